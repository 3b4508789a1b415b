#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

const StatTable* find_table(const Disclosure& d, TableKind kind) {
  for (const StatTable& t : d.tables) {
    if (t.kind == kind && !t.final_accounts) return &t;
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

// The same figure stated in a table's 合计 column and in the narrative.
void compare(RuleContext& ctx, const StatTable& table, const TableRow* row, const std::optional<Figure>& narrative) {
  if (!row || !narrative) return;
  const Sourced<Amount>& cell = row->amounts.front();
  Term t{"table", table.title + " " + row->name, cell.value, cell.span, cell.raw};
  if (!check_identity(ctx, t, {term("narrative", *narrative)})) return;
  Finding& f = ctx.out_back();
  arg(f, "table", table.title);
  arg(f, "row", row->name);
  arg(f, "narrative_label", narrative->label);
  arg(f, "narrative", term("narrative", *narrative).shown);
  f.section_path = {table.title, "行 " + std::to_string(row->seq) + " " + row->name, "列 合计"};
}

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (const StatTable* t = find_table(d, TableKind::Income)) compare(ctx, *t, find_row(*t, {"合计"}), d.income.total);
  if (const StatTable* t = find_table(d, TableKind::Expenditure))
    compare(ctx, *t, find_row(*t, {"合计"}), d.expenditure.total);
  if (const StatTable* t = find_table(d, TableKind::BasicExpenditure))
    compare(ctx, *t, find_row(*t, {"合计"}), d.expenditure.basic);
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
    "{table}“{row}”为 {total} 万元，而文字说明中{narrative_label}为 {narrative} 万元，差 {diff} 万元",
    "{table} “{row}” is {total} while the narrative gives {narrative_label} as {narrative}, difference {diff}",
    "检查内容：收入总表的合计与收入说明的收入合计、支出总表的合计与支出说明的支出合计、基本支出表的合计与基本支出、“三"
    "公”经费支出表的小计及出国、公车、运维、接待各行与“三公”经费说明中的数字是否一致。\n"
    "为何重要：读者会同时看表和文字，同一个数字两处不同，至少有一处是错的。\n"
    "示例：支出总表合计 1166.60，支出说明写“2024年支出预算1176.60万元”。\n"
    "正确写法：表与文字使用同一个数字。\n"
    "容差：两个数字各自 ±半个末位单位。\n"
    "依据：《地方预决算公开操作规程》；部门预算公开表样。",
    "What it checks: that the income table's total equals the narrative's income total, the expenditure table's total "
    "the narrative's expenditure total, the basic-expenditure table's total the narrative's basic expenditure, and the "
    "three-public table's subtotal and its abroad, vehicle, operation and reception rows the narrative's three-public "
    "figures.\n"
    "Why it matters: readers see both; one figure given two ways means one of them is wrong.\n"
    "Example: 支出总表 合计 1166.60 while the narrative says 1176.60.\n"
    "Correct: the table and the text give the same figure.\n"
    "Tolerance: ± half a unit of each figure's last digit.\n"
    "References: 地方预决算公开操作规程; the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT211{kInfo, check};

}  // namespace budgetlint::rules
