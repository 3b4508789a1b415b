#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// 数量 × 单价 against the item's amount. The quantity is a count, exact; the price and the
// amount each stand for ± half their last digit, so the product may differ by q × h_price.
void check(RuleContext& ctx) {
  const auto& table = ctx.model().procurement_table;
  if (!table) return;
  for (const ProcurementRow& r : table->rows) {
    if (r.kind != ProcurementRow::Kind::Item || !r.quantity || !r.unit_price || !r.total) continue;
    const Amount& q = r.quantity->value;
    if (q.decimals != 0 || q.micros < 0) continue;  // not a count
    std::int64_t count = q.micros / Amount::kScale;
    const Amount& p = r.unit_price->value;
    std::optional<Amount> times = checked_times(p, count);
    if (!times) continue;  // beyond any real figure
    Amount product = *times;
    __int128 twice_tolerance = __int128(count) * p.twice_half_unit() + r.total->value.twice_half_unit();
    __int128 diff = __int128(r.total->value.micros) - product.micros;
    if (2 * (diff < 0 ? -diff : diff) < twice_tolerance) continue;
    Finding& f = ctx.report(r.total->span);
    int decimals = std::max(p.decimals, r.total->value.decimals);
    Amount difference{static_cast<std::int64_t>(diff), decimals};  // both within ±10^18: fits
    Amount tolerance{static_cast<std::int64_t>(std::min<__int128>(twice_tolerance / 2, Amount::kMaxMicros)),
                     std::min(decimals + 1, Amount::kScaleDigits)};
    arg(f, "item", r.item.empty() ? r.project : r.item);
    arg(f, "quantity", q.to_string());
    arg(f, "price", p.to_string());
    arg(f, "product", product.to_string(decimals));
    arg(f, "total", r.total->value.to_string());
    arg(f, "diff", difference.to_string(decimals));
    f.evidence.expected = product.to_string(decimals);
    f.evidence.actual = r.total->value.to_string();
    f.evidence.difference = difference.to_string(decimals);
    f.evidence.tolerance = tolerance.to_string();
    f.evidence.unit = "万元";
    f.evidence.figures.push_back(evidence_of("part", "数量", *r.quantity, r.unit));
    f.evidence.figures.push_back(evidence_of("part", "单价", *r.unit_price, "万元"));
    f.evidence.figures.push_back(evidence_of("part", "金额", *r.total, "万元"));
    f.section_path = {table->title, r.project};
  }
}

const RuleInfo kInfo{
    "T401",
    "procurement-item-amount-mismatch",
    Severity::Error,
    RuleInput::Model,
    "政府采购金额与数量×单价不符",
    "A procurement amount differs from quantity × unit price",
    "“{item}”：数量 {quantity} × 单价 {price} = {product} 万元，而采购金额为 {total} 万元，差 {diff} 万元",
    "“{item}”: quantity {quantity} × unit price {price} = {product}, but the amount is {total}, difference {diff}",
    "检查内容：政府采购预算表中每一项采购的金额是否等于数量乘以单价。\n"
    "为何重要：采购金额是按数量和单价算出来的，对不上说明数量、单价或金额有一个填错了。\n"
    "示例：其他安全设备 1 套，单价 79.00，金额 97.00。\n"
    "正确写法：金额 = 数量 × 单价。\n"
    "容差：数量是件数，没有误差；单价和金额各自 ±半个末位单位，乘积的误差为数量 × 单价的半个末位单位。\n"
    "依据：政府采购预算表表样。",
    "What it checks: that every purchase in the government procurement table costs its quantity times its unit price.\n"
    "Why it matters: the amount is computed from the two; a mismatch means one of the three is wrong.\n"
    "Example: 1 set at 79.00 with an amount of 97.00.\n"
    "Correct: amount = quantity × unit price.\n"
    "Tolerance: the quantity is a count (exact); the price and amount each ± half a unit of their last digit, the "
    "product's error being quantity × that of the price.\n"
    "References: the standard procurement table.",
    "0.1.0"};

}  // namespace

const Rule kT401{kInfo, check};

}  // namespace budgetlint::rules
