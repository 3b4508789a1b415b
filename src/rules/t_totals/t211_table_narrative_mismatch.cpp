#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

const StatTable* find_table(const Disclosure& d, TableKind kind) {
  for (const StatTable& t : d.tables) {
    if (t.kind == kind && !t.final_accounts && t.checkable()) return &t;
  }
  return nullptr;
}

// The first row whose name starts with one of `names` (after “一、”-style numbering).
const TableRow* find_row(const StatTable& t, std::initializer_list<std::string_view> names) {
  for (const TableRow& r : t.rows) {
    for (std::string_view n : names) {
      if (r.code.empty() && r.name.find(n) != std::string::npos && !r.amounts.empty()) return &r;
    }
  }
  return nullptr;
}

// The cell of `row` in header column `column`, when its placement is certain.
const Sourced<Amount>* cell_in(const StatTable& table, const TableRow& row, std::string_view column) {
  if (row.placement_ambiguous) return nullptr;
  for (std::size_t k = 0; k < row.columns.size() && k < row.amounts.size(); ++k) {
    if (table.columns[static_cast<std::size_t>(row.columns[k])] == column) return &row.amounts[k];
  }
  return nullptr;
}

// The same figure stated in a table's cell (合计 column unless named) and in the narrative.
void compare(RuleContext& ctx, const StatTable& table, const TableRow* row, const std::optional<Figure>& narrative,
             std::string_view column = "") {
  if (!row || !narrative) return;
  const Sourced<Amount>* found = column.empty() ? &row->amounts.front() : cell_in(table, *row, column);
  if (!found) return;
  const Sourced<Amount>& cell = *found;
  std::string where = table.title + " " + row->name + (column.empty() ? "" : " " + std::string(column));
  Term t = term("table", where, table, cell);
  t.shown = cell.raw + " " + (table.unit.empty() ? std::string("万元") : table.unit);
  if (!check_identity(ctx, t, {term("narrative", *narrative)})) return;
  Finding& f = ctx.out_back();
  arg(f, "table", table.title);
  arg(f, "row", column.empty() ? row->name : row->name + "·" + std::string(column));
  arg(f, "narrative_label", narrative->label);
  Term n = term("narrative", *narrative);
  arg(f, "narrative", n.shown + (narrative->money.value.unit == MoneyUnit::Wan ? " 万元" : ""));
  f.section_path = {table.title, "行 " + std::to_string(row->seq) + " " + row->name,
                    "列 " + (column.empty() ? std::string("合计") : std::string(column))};
}

// Tables of general-budget appropriations equal the narrative's totals only when all income
// is general budget (no fund, special-account or unit money, no carry-over).
bool all_general_budget(const Income& income) {
  if (!income.total) return false;
  for (const IncomeItem& i : income.sources) {
    if (i.source == IncomeSource::GeneralBudget)
      return check_sum(income.total->money.value.in_wan(), {i.figure.money.value.in_wan()}).consistent;
  }
  return false;
}

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (const StatTable* t = find_table(d, TableKind::Income)) compare(ctx, *t, find_row(*t, {"合计"}), d.income.total);
  if (const StatTable* t = find_table(d, TableKind::Expenditure)) {
    const TableRow* total = find_row(*t, {"合计"});
    compare(ctx, *t, total, d.expenditure.total);
    compare(ctx, *t, total, d.expenditure.basic, "基本支出");
    compare(ctx, *t, total, d.expenditure.project, "项目支出");
  }
  if (all_general_budget(d.income)) {
    if (const StatTable* t = find_table(d, TableKind::GeneralBudgetExpenditure)) {
      const TableRow* total = find_row(*t, {"合计"});
      compare(ctx, *t, total, d.expenditure.total);
      compare(ctx, *t, total, d.expenditure.basic, "基本支出");
      compare(ctx, *t, total, d.expenditure.project, "项目支出");
    }
    if (const StatTable* t = find_table(d, TableKind::BasicExpenditure)) {
      const TableRow* total = find_row(*t, {"合计"});
      compare(ctx, *t, total, d.expenditure.basic);
      compare(ctx, *t, total, d.expenditure.personnel, "人员经费");
      compare(ctx, *t, total, d.expenditure.public_, "公用经费");
    }
  }
  // The procurement table's 合计 and “安排政府采购预算X万元”.
  if (d.procurement_table && d.procurement_total) {
    for (const ProcurementRow& r : d.procurement_table->rows) {
      if (r.kind != ProcurementRow::Kind::Total || !r.total) continue;
      Term t{"table", d.procurement_table->title + " 合计", r.total->value, r.total->span, r.total->raw};
      if (!check_identity(ctx, t, {term("narrative", *d.procurement_total)})) break;
      Finding& f = ctx.out_back();
      arg(f, "table", d.procurement_table->title);
      arg(f, "row", "合计");
      arg(f, "narrative_label", d.procurement_total->label);
      arg(f, "narrative", term("narrative", *d.procurement_total).shown);
      f.section_path = {d.procurement_table->title, "合计"};
      break;
    }
  }
  if (const StatTable* t = find_table(d, TableKind::ThreePublic)) {
    const ThreePublic& n = d.three_public;
    compare(ctx, *t, find_row(*t, {"三公”经费小计", "三公\"经费小计", "三公经费小计"}), n.total);
    compare(ctx, *t, find_row(*t, {"一、因公出国"}), n.abroad);
    compare(ctx, *t, find_row(*t, {"二、公务用车购置及运"}), n.vehicle);
    compare(ctx, *t, find_row(*t, {"公务用车运行维护费"}), n.vehicle_operation);
    compare(ctx, *t, find_row(*t, {"三、公务接待费"}), n.reception);
  }
}

const RuleInfo kInfo{
    "T211",
    "table-narrative-mismatch",
    Severity::Error,
    RuleInput::Model,
    "统计表数字与文字说明不一致",
    "A statistical table disagrees with the narrative",
    "{table}“{row}”为 {total}，而文字说明中{narrative_label}为 {narrative}，差 {diff} 万元",
    "{table} “{row}” is {total} while the narrative gives {narrative_label} as {narrative}, difference {diff}",
    "检查内容：收入总表的合计与收入说明的收入合计、支出总表的合计（及能确定位置的基本支出、项目支出列）与支出说明；收入"
    "全部为一般公共预算时，一般公共预算财政拨款支出表的合计、基本、项目列和基本支出表的合计、人员经费、公用经费列与支出"
    "说明；“三"
    "公”经费支出表的小计及出国、公车、运维、接待各行与“三公”经费说明中的数字是否一致。\n"
    "为何重要：读者会同时看表和文字，同一个数字两处不同，至少有一处是错的。\n"
    "示例：支出总表合计 1166.60，支出说明写“2024年支出预算1176.60万元”。\n"
    "正确写法：表与文字使用同一个数字。\n"
    "容差：两个数字各自 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《地方预决算公开操作规程》；部门预算公开表样。",
    "What it checks: that the income table's total equals the narrative's income total, the expenditure table's total "
    "the narrative's expenditure total, the basic-expenditure table's total the narrative's basic expenditure, and the "
    "three-public table's subtotal and its abroad, vehicle, operation and reception rows the narrative's three-public "
    "figures.\n"
    "Why it matters: readers see both; one figure given two ways means one of them is wrong.\n"
    "Example: 支出总表 合计 1166.60 while the narrative says 1176.60.\n"
    "Correct: the table and the text give the same figure.\n"
    "Tolerance: ± half a unit of each figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: 地方预决算公开操作规程; the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT211{kInfo, check};

}  // namespace budgetlint::rules
