#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// Units that count things a per-unit cost can be multiplied by.
bool counts_items(const std::string& unit) {
  return has_any(unit, {"个", "套", "台", "辆", "人", "户", "件", "份", "所", "家", "项",
                        "册", "本", "名", "座", "间", "张", "块", "条", "部", "席"});
}

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.budget) continue;
    const Indicator* unit_cost = nullptr;
    const Indicator* quantity = nullptr;
    int unit_costs = 0;
    int quantities = 0;
    for (const Indicator& i : p.indicators) {
      // “≤30万元” bounds the price: times a count it makes no identity with the 预算数.
      bool bounded = i.value.comparator != Comparator::None && i.value.comparator != Comparator::Equal;
      if (i.category == IndicatorCategory::Cost && is_unit_cost(i) && value_in_wan(i.value) && !bounded) {
        unit_cost = &i;
        ++unit_costs;
      }
      // “810人/天” is a rate, not a count.
      if (i.category == IndicatorCategory::Quantity && i.value.number && counts_items(i.value.unit) &&
          i.value.unit.find('/') == std::string::npos) {
        quantity = &i;
        ++quantities;
      }
    }
    // Only when the table leaves no doubt which cost goes with which quantity.
    if (unit_costs != 1 || quantities != 1) continue;
    const Amount& count = *quantity->value.number;
    if (count.micros % Amount::kScale != 0) continue;
    std::int64_t n = count.micros / Amount::kScale;
    Amount price = *value_in_wan(unit_cost->value);
    const Amount& budget = p.budget->value;
    std::optional<Amount> times = checked_times(price, n);
    if (!times) continue;  // beyond any real figure
    Amount product = *times;
    // The price's rounding grows with the count; the count itself is exact (128 bits: no overflow).
    __int128 twice_diff = 2 * (__int128(product.micros) - budget.micros);
    if (twice_diff < 0) twice_diff = -twice_diff;
    if (twice_diff < __int128(n) * price.twice_half_unit() + budget.twice_half_unit()) continue;
    Finding& f = ctx.report(unit_cost->value_span);
    int decimals = std::max(budget.decimals, price.decimals);
    arg(f, "project", p.name);
    arg(f, "price", unit_cost->value_raw);
    arg(f, "quantity", quantity->value_raw);
    arg(f, "product", product.to_string(decimals));
    arg(f, "budget", budget.to_string());
    arg(f, "diff", Amount{product.micros - budget.micros, decimals}.to_string(decimals));
    f.evidence.expected = product.to_string(decimals);
    f.evidence.actual = budget.to_string();
    f.evidence.difference = Amount{budget.micros - product.micros, decimals}.to_string(decimals);
    f.evidence.unit = "万元";
    EvidenceFigure q;
    q.role = "part";
    q.label = indicator_label(*quantity);
    q.value = count.to_string();
    q.unit = quantity->value.unit;
    q.span = quantity->value_span;
    f.evidence.figures.push_back(std::move(q));
    EvidenceFigure b;
    b.role = "total";
    b.label = "预算数";
    b.value = budget.to_string();
    b.unit = "万元";
    b.span = p.budget->span;
    f.evidence.figures.push_back(std::move(b));
    f.section_path = indicator_path(p, *unit_cost);
  }
}

const RuleInfo kInfo{
    "T607",
    "unit-cost-times-quantity-mismatch",
    Severity::Error,
    RuleInput::Model,
    "单位成本×数量与项目预算数不符",
    "Unit cost times quantity disagrees with the project budget",
    "“{project}”单位成本 {price} × 数量 {quantity} = {product} 万元，与预算数 {budget} 万元不符，"
    "差 {diff} 万元",
    "“{project}”: unit cost {price} × quantity {quantity} = {product}, not the budget {budget} "
    "(difference {diff})",
    "检查内容：绩效目标表中只有一个单位成本指标（“每个…费”“单价”“人均”）和一个计件的数量指标时，"
    "两者相乘是否等于预算数。单价写成上限（“≤30万元”）或数量是比率（“810人/天”）时二者相乘不成等式，不比较。\n"
    "为何重要：按单价和数量编制的项目，预算数就是二者之积；不等说明单价、数量或预算数有一个填错。\n"
    "示例：数量指标“云主机数量 40台”，成本指标“每台云主机年租用费 0.50万元”，预算数 24.00（应为 20.00）。\n"
    "正确写法：0.60 万元 × 40 台 = 24.00 万元。\n"
    "容差：单价的舍入容差乘以数量，加上预算数的舍入容差。\n"
    "依据：财政部《项目支出绩效目标表》表样；成本指标反映预期产出所需成本。",
    "What it checks: when a table has exactly one unit-cost indicator (per item, 单价, per person) "
    "and one quantity counted in items, whether their product equals the budget. A price given as a bound "
    "(“≤30万元”) or a quantity that is a rate (“810人/天”) makes no such identity and is not compared.\n"
    "Why it matters: a project priced per item costs price × quantity; a different budget means "
    "the price, the quantity or the budget is wrong.\n"
    "Example: 40 cloud hosts at 0.50 万元 each, budget 24.00 (should be 20.00).\n"
    "Correct: 0.60 万元 × 40 = 24.00 万元.\n"
    "Tolerance: the price's rounding times the quantity, plus the budget's rounding.\n"
    "References: the MoF project performance-target table template.",
    "0.1.0"};

}  // namespace

const Rule kT607{kInfo, check};

}  // namespace budgetlint::rules
