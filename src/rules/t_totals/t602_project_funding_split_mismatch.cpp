#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

Term term_of(std::string role, std::string label, const Sourced<Amount>& a) {
  return {std::move(role), std::move(label), a.value, a.span, a.value.to_string()};
}

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.budget || !p.fiscal) continue;
    std::vector<Term> parts = {term_of("part", "财政资金", *p.fiscal)};
    if (p.other) parts.push_back(term_of("part", "其他资金", *p.other));  // a blank cell is none
    if (!check_identity(ctx, term_of("total", "预算数", *p.budget), parts)) continue;
    Finding& f = ctx.out_back();
    arg(f, "project", p.name);
    f.section_path = project_path(p);
  }
}

const RuleInfo kInfo{"T602",
                     "project-funding-split-mismatch",
                     Severity::Error,
                     RuleInput::Model,
                     "项目预算数与财政资金、其他资金之和不符",
                     "A project budget is not the sum of its fiscal and other funds",
                     "“{project}”{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
                     "“{project}”: {total_label} {total} is not {parts} = {sum} (difference {diff})",
                     "检查内容：项目绩效目标表表头的预算数是否等于“其中：财政资金”与“其他资金”之和（其他资金空白"
                     "视为 0）。\n"
                     "为何重要：预算数按资金来源拆分，两者之和不等于预算数，说明有一个数填错。\n"
                     "示例：预算数 24.00，其中：财政资金 20.00，其他资金空白。\n"
                     "正确写法：预算数 24.00，其中：财政资金 24.00，其他资金 0 或空白。\n"
                     "容差：按上下文精度的舍入容差（每个数 ±半个末位单位，末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：财政部《项目支出绩效目标表》表样。",
                     "What it checks: whether the budget in a project table's header equals its fiscal funds plus "
                     "its other funds (a blank other-funds cell counts as none).\n"
                     "Why it matters: the budget is split by source; parts that do not add up mean a wrong figure.\n"
                     "Example: budget 24.00, fiscal 20.00, other funds blank.\n"
                     "Correct: budget 24.00, fiscal 24.00, other funds 0 or blank.\n"
                     "Tolerance: rounding of the printed figures (± half a unit of each last digit; the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kT602{kInfo, check};

}  // namespace budgetlint::rules
