#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

Term term_of(const ProcurementRow& r, const char* role) {
  std::string label = r.kind == ProcurementRow::Kind::Item ? (r.item.empty() ? r.project : r.item) : r.project;
  return {role, label, r.total->value, r.total->span, r.total->raw};
}

void report(RuleContext& ctx, const ProcurementTable& t, const ProcurementRow& total, const std::vector<Term>& parts) {
  if (parts.empty() || !check_identity(ctx, term_of(total, "total"), parts)) return;
  Finding& f = ctx.out_back();
  arg(f, "table", t.title);
  f.section_path = {t.title, total.project};
}

// 合计 = Σ 小计 (or Σ items when there is no 小计); each 小计 = Σ the items below it.
void check(RuleContext& ctx) {
  const auto& table = ctx.model().procurement_table;
  if (!table) return;
  const auto& rows = table->rows;
  const ProcurementRow* grand = nullptr;
  std::vector<Term> subtotals;
  std::vector<Term> all_items;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const ProcurementRow& r = rows[i];
    if (r.kind == ProcurementRow::Kind::Total) grand = &r;
    if (r.kind == ProcurementRow::Kind::Item) all_items.push_back(term_of(r, "part"));
    if (r.kind != ProcurementRow::Kind::Subtotal) continue;
    subtotals.push_back(term_of(r, "part"));
    std::vector<Term> items;
    for (std::size_t k = i + 1; k < rows.size() && rows[k].kind == ProcurementRow::Kind::Item; ++k)
      items.push_back(term_of(rows[k], "part"));
    report(ctx, *table, r, items);
  }
  if (grand) report(ctx, *table, *grand, subtotals.empty() ? all_items : subtotals);
}

const RuleInfo kInfo{"T402",
                     "procurement-total-mismatch",
                     Severity::Error,
                     RuleInput::Model,
                     "政府采购预算表合计与各项之和不符",
                     "The procurement table's total does not match its items",
                     "{table}“{total_label}”{total} 万元，而 {parts} 之和为 {sum} 万元，差 {diff} 万元",
                     "{table} “{total_label}” {total} but {parts} add up to {sum}, difference {diff}",
                     "检查内容：政府采购预算表的合计是否等于各单位小计之和（没有小计时等于各项采购之和），每个小计是否"
                     "等于其下各项采购之和。\n"
                     "为何重要：采购合计是公开的采购规模，与明细对不上，读者无法知道哪一个是真的。\n"
                     "示例：合计 175.61，两项采购 79.00 + 106.61。\n"
                     "正确写法：合计 = Σ 小计；小计 = Σ 各项。\n"
                     "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：政府采购预算表表样。",
                     "What it checks: that the procurement table's total equals its subtotals (or its items where "
                     "there are no subtotals), and each subtotal the items under it.\n"
                     "Why it matters: the total is the published size of procurement; if the items disagree, readers "
                     "cannot tell which is right.\n"
                     "Example: total 175.61 with items 79.00 and 106.61.\n"
                     "Correct: total = Σ subtotals; subtotal = Σ items.\n"
                     "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the standard procurement table.",
                     "0.1.0"};

}  // namespace

const Rule kT402{kInfo, check};

}  // namespace budgetlint::rules
