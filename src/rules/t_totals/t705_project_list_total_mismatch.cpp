#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Σ 执行数 of the project list against the 项目支出 of the final accounts: the projects are
// what the department spent on projects. (Σ 预算数 differs by the returned balances, which
// T704 checks row by row.)
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->figures.project || se->projects.empty()) return;
  std::vector<Amount> spent;
  for (const EvaluatedProject& p : se->projects) {
    if (!p.spent) return;  // an incomplete row: the sum would mean nothing
    spent.push_back(p.spent->value);
  }
  const Figure& total = *se->figures.project;
  Consistency c = check_sum(total.money.value.in_wan(), spent);
  if (c.consistent) return;
  Finding& f = ctx.report(total.money.span);
  int decimals = std::max(total.money.value.amount.decimals, c.expected.decimals);
  arg(f, "total", total.money.value.amount.to_string());
  arg(f, "count", std::to_string(spent.size()));
  arg(f, "sum", c.expected.to_string(decimals));
  arg(f, "diff", c.difference.to_string(decimals));
  f.evidence.expected = c.expected.to_string(decimals);
  f.evidence.actual = total.money.value.amount.to_string();
  f.evidence.difference = c.difference.to_string(decimals);
  f.evidence.tolerance = c.tolerance.to_string();
  f.evidence.unit = "万元";
  f.evidence.figures.push_back(evidence_of("narrative", total));
}

const RuleInfo kInfo{
    "T705",
    "project-list-total-mismatch",
    Severity::Error,
    RuleInput::Model,
    "分项绩效项目清单执行数之和与项目支出不符",
    "The project list's spending does not add up to project expenditure",
    "项目支出 {total} 万元，而分项绩效项目清单 {count} 个项目执行数之和为 {sum} 万元，差 {diff} 万元",
    "project expenditure is {total}, but the {count} projects of the list spent {sum}, difference {diff}",
    "检查内容：分项绩效项目清单中各项目执行数之和是否等于“部门决算收支情况”中的项目支出。\n"
    "为何重要：清单应覆盖全部项目支出；不符说明漏列、多列项目或金额有误。\n"
    "示例：项目支出 580.01 万元，清单 22 个项目执行数之和 570.01 万元。\n"
    "正确写法：Σ 项目执行数 = 项目支出（决算）。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数），合计的容差为各数容差之和。\n"
    "依据：部门决算报表；部门整体支出绩效自评报告（分项绩效项目清单）。",
    "What it checks: that the spending of the projects in the list adds up to the project expenditure of the final "
    "accounts.\n"
    "Why it matters: the list should cover all project spending; a gap means a project is missing, extra or wrong.\n"
    "Example: project expenditure 580.01, the 22 projects spent 570.01.\n"
    "Correct: Σ project spending = project expenditure.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed over the figures.\n"
    "References: the final-accounts statements; the self-evaluation's project list.",
    "0.1.0"};

}  // namespace

const Rule kT705{kInfo, check};

}  // namespace budgetlint::rules
