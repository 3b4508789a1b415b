#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.budget) continue;
    std::vector<Amount> costs;
    std::vector<const Indicator*> rows;
    bool totals_only = true;
    for (const Indicator& i : p.indicators) {
      if (i.category != IndicatorCategory::Cost) continue;
      auto wan = value_in_wan(i.value);
      // Only when every cost indicator is a total in money: a unit cost or a rate accounts
      // for an unknown share of the budget.
      if (!wan || is_unit_cost(i) || i.value.comparator == Comparator::AtLeast ||
          i.value.comparator == Comparator::Greater) {
        totals_only = false;
        break;
      }
      costs.push_back(*wan);
      rows.push_back(&i);
    }
    if (!totals_only || costs.empty()) continue;
    Consistency c = check_sum(p.budget->value, costs);
    if (c.consistent || c.difference.micros <= 0) continue;  // over the budget is T601's
    Finding& f = ctx.report(p.budget->span);
    describe_cost_sum(f, p, rows, c, c.difference, p.budget->value.to_string());
  }
}

const RuleInfo kInfo{"T608",
                     "cost-bounds-below-budget",
                     Severity::Info,
                     RuleInput::Model,
                     "成本指标之和少于项目预算数",
                     "The cost indicators account for less than the project budget",
                     "“{project}”的成本指标 {costs} 合计 {sum} 万元，比预算数 {budget} 万元少 {diff} 万元，"
                     "这部分资金没有成本指标",
                     "The cost indicators of “{project}”, {costs}, add up to {sum}, {diff} less than its budget "
                     "{budget}: that part of the money has no cost target",
                     "检查内容：一张项目绩效目标表的成本指标全部以元或万元的总额表示时，其合计是否少于预算数。"
                     "含单位成本（每个、单价、人均）、比率或下限的表不检查。\n"
                     "为何重要：成本指标通常把预算数分解到各项用途；合计少于预算数，说明有一部分资金没有成本目标，"
                     "或漏了一行成本指标。这是提示，不一定是错误。\n"
                     "示例：预算数 24.00，成本指标“云资源租用费 ≤18万元”，再无其他成本指标。\n"
                     "正确写法：成本指标覆盖全部预算，如 ≤18 + ≤6 = 24.00。\n"
                     "容差：按上下文精度的舍入容差（每个数 ±半个末位单位，末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：财政部《项目支出绩效目标表》表样；成本指标反映预期产出所需成本。",
                     "What it checks: when every cost indicator of a project table is a total in 元 or 万元, whether "
                     "they add up to less than the budget. Tables with a unit cost (per item, 单价, per person), a "
                     "rate or a lower bound are not checked.\n"
                     "Why it matters: cost indicators usually break the whole budget down; less than the budget means "
                     "part of the money has no cost target, or a cost row is missing. A hint, not necessarily an "
                     "error.\n"
                     "Example: budget 24.00 and a single cost indicator “≤18万元”.\n"
                     "Correct: cost indicators that cover the budget, such as ≤18 + ≤6 = 24.00.\n"
                     "Tolerance: rounding of the printed figures (± half a unit of each last digit; the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kT608{kInfo, check};

}  // namespace budgetlint::rules
