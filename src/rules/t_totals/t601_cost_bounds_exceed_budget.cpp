#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// An upper bound or a stated amount for the whole project; a lower bound bounds nothing.
bool bounds_cost(const Indicator& i) {
  Comparator c = i.value.comparator;
  return i.category == IndicatorCategory::Cost && !is_unit_cost(i) &&
         (c == Comparator::AtMost || c == Comparator::Less || c == Comparator::Equal || c == Comparator::None);
}

// A cost indicator that states the whole (“项目支出总成本 ≤550万元”) beside its parts: it adds up
// the others, so it is not one more part.
void drop_stated_total(std::vector<Amount>& costs, std::vector<const Indicator*>& rows) {
  if (costs.size() < 3) return;
  for (std::size_t i = 0; i < costs.size(); ++i) {
    std::vector<Amount> others;
    for (std::size_t j = 0; j < costs.size(); ++j) {
      if (j != i) others.push_back(costs[j]);
    }
    Consistency c = check_sum(costs[i], others);
    if (c.consistent || (c.difference.micros > 0 && rows[i]->level3.find("总") != std::string::npos)) {
      costs.erase(costs.begin() + static_cast<long>(i));
      rows.erase(rows.begin() + static_cast<long>(i));
      return;
    }
  }
}

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.budget) continue;
    std::vector<Amount> costs;
    std::vector<const Indicator*> rows;
    for (const Indicator& i : p.indicators) {
      auto wan = value_in_wan(i.value);
      if (!bounds_cost(i) || !wan) continue;
      costs.push_back(*wan);
      rows.push_back(&i);
    }
    drop_stated_total(costs, rows);
    if (costs.empty()) continue;
    Consistency c = check_sum(p.budget->value, costs);
    if (c.consistent || c.difference.micros >= 0) continue;  // within the budget is fine
    Finding& f = ctx.report(p.budget->span);
    describe_cost_sum(f, p, rows, c, c.difference.negated(), "≤ " + p.budget->value.to_string());
  }
}

const RuleInfo kInfo{"T601",
                     "cost-bounds-exceed-budget",
                     Severity::Error,
                     RuleInput::Model,
                     "成本指标之和超过项目预算数",
                     "The cost indicators add up to more than the project budget",
                     "“{project}”的成本指标 {costs} 合计 {sum} 万元，超过预算数 {budget} 万元（多 {diff} 万元）",
                     "The cost indicators of “{project}”, {costs}, add up to {sum}, more than its budget {budget} "
                     "(by {diff})",
                     "检查内容：一张项目绩效目标表中，以元或万元计的成本指标（上限或金额；单价、人均等单位成本除外）"
                     "折合万元相加，是否超过表头的预算数。\n"
                     "为何重要：成本指标是项目资金的用途分解，合计超过预算数，说明成本或预算数填错了。\n"
                     "示例：预算数 24.00，成本指标“云资源租用费 ≤18万元”“运维服务费 ≤10万元”，合计 28 万元。\n"
                     "正确写法：成本指标之和不超过预算数，如 ≤18 + ≤6 = 24.00。\n"
                     "容差：按上下文精度的舍入容差（每个数 ±半个末位单位，末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：财政部《项目支出绩效目标表》表样；成本指标反映预期产出所需成本。",
                     "What it checks: whether the cost indicators of a project table stated in 元 or 万元 (upper "
                     "bounds or amounts; unit costs such as per-seat or per-person costs excluded), converted to "
                     "万元, add up to more than the table's budget.\n"
                     "Why it matters: the cost indicators break the project's money down; more than the budget "
                     "means a cost or the budget is wrong.\n"
                     "Example: budget 24.00; costs “≤18万元” and “≤10万元”, 28 in all.\n"
                     "Correct: costs within the budget, such as ≤18 + ≤6 = 24.00.\n"
                     "Tolerance: rounding of the printed figures (± half a unit of each last digit; the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kT601{kInfo, check};

}  // namespace budgetlint::rules
