#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

Term term_of(std::string role, std::string label, const Sourced<Amount>& a) {
  return {std::move(role), std::move(label), a.value, a.span, a.value.to_string()};
}

// 预算数 = 执行数 + 结余交回财政数, project by project.
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (const EvaluatedProject& p : se->projects) {
    if (!p.budget || !p.spent || !p.returned) continue;
    if (check_identity(ctx, term_of("total", "预算数", *p.budget),
                       {term_of("part", "执行数", *p.spent), term_of("part", "结余交回财政数", *p.returned)})) {
      arg(ctx.out_back(), "project", p.name);
      ctx.out_back().section_path = {"分项绩效项目清单", p.name};
    }
  }
}

const RuleInfo kInfo{
    "T704",
    "project-balance-mismatch",
    Severity::Error,
    RuleInput::Model,
    "项目执行数与结余交回之和与预算数不符",
    "A project's spending plus the returned balance differs from its budget",
    "项目“{project}”预算数 {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "project “{project}”: budget {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：分项绩效项目清单中每个项目的预算数（调整后）是否等于执行数加结余交回财政数。\n"
    "为何重要：预算要么花掉，要么交回；对不上说明有一笔钱去向不明或填错。\n"
    "示例：预算数 120.00，执行数 85.00，结余交回 30.00。\n"
    "正确写法：预算数 = 执行数 + 结余交回财政数。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门整体支出绩效自评报告（分项绩效项目清单）。",
    "What it checks: that each project's (adjusted) budget equals its spending plus the balance returned to the "
    "treasury.\n"
    "Why it matters: a budget is either spent or returned; a gap means money unaccounted for or a typo.\n"
    "Example: budget 120.00, spent 85.00, returned 30.00.\n"
    "Correct: budget = spent + returned.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the self-evaluation's project list.",
    "0.1.0"};

}  // namespace

const Rule kT704{kInfo, check};

}  // namespace budgetlint::rules
