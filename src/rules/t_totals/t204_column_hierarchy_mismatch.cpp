#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// The cell of `row` in column `c`, or nullptr when the row has no cell there.
const Sourced<Amount>* cell_at(const TableRow& row, int c) {
  for (std::size_t k = 0; k < row.columns.size() && k < row.amounts.size(); ++k) {
    if (row.columns[k] == c) return &row.amounts[k];
  }
  return nullptr;
}

// Beyond the 合计 column (T201): every other column adds up level by level too, for rows
// whose cells have a certain place (pdftotext -layout, or decided by the totals).
void check_parent(RuleContext& ctx, const StatTable& t, std::size_t index, std::size_t child_length) {
  const TableRow& parent = t.rows[index];
  if (parent.columns.empty() || parent.placement_ambiguous) return;
  std::vector<const TableRow*> kids;
  for (const TableRow* r : children_of(t, index, child_length)) {
    if (r->amounts.empty()) continue;
    if (r->columns.empty() || r->placement_ambiguous) return;  // a child without certain places
    kids.push_back(r);
  }
  if (kids.empty()) return;
  for (std::size_t c = 1; c < t.columns.size(); ++c) {
    const Sourced<Amount>* total = cell_at(parent, static_cast<int>(c));
    std::vector<Term> parts;
    for (const TableRow* k : kids) {
      if (const Sourced<Amount>* a = cell_at(*k, static_cast<int>(c)))
        parts.push_back({"part", row_label(*k), a->value, a->span, a->raw});
    }
    if (!total && parts.empty()) continue;
    Term whole = total ? Term{"total", row_label(parent), total->value, total->span, total->raw}
                       : Term{"total", row_label(parent), Amount{0, Amount::kScaleDigits}, parent.span, "(空)"};
    if (!check_identity(ctx, whole, parts)) continue;
    Finding& f = ctx.out_back();
    arg(f, "table", t.title);
    arg(f, "seq", std::to_string(parent.seq));
    arg(f, "column", t.columns[c]);
    f.section_path = {t.title, "行 " + std::to_string(parent.seq) + " " + row_label(parent), "列 " + t.columns[c]};
  }
}

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (!t.checkable()) continue;  // P202/P204 say the rows cannot be trusted
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
      const TableRow& row = t.rows[i];
      if (row.code.empty() && row.name.find("合计") != std::string::npos) check_parent(ctx, t, i, 3);
      if (row.code.size() == 3) check_parent(ctx, t, i, 5);
      if (row.code.size() == 5) check_parent(ctx, t, i, 7);
    }
  }
}

const RuleInfo kInfo{
    "T204",
    "column-hierarchy-mismatch",
    Severity::Error,
    RuleInput::Model,
    "分类科目某一列与下级科目之和不符",
    "A column of a classification row does not equal its sub-rows",
    "{table}第 {seq} 行“{total_label}”的“{column}”为 {total} 万元，而其下级科目该列之和为 {sum} 万元，差 {diff} 万元",
    "{table} row {seq} “{total_label}”: column {column} is {total} but its sub-rows add up to {sum}, difference {diff}",
    "检查内容：除合计列（T201）外，基本支出、项目支出、人员经费、公用经费及各收入来源等每一列，也要求上级科目等于其下级"
    "科目之和。只检查单元格位置确定的行（-layout 文本按位置，普通 pdftotext 文本由合计关系推定；无法确定时见 P201）。\n"
    "为何重要：行的合计和合计列都对得上，分列却对不上，说明某些数字放错了列（如基本支出与项目支出互换）。\n"
    "示例：20106 的基本支出 330.30，其下 2010601 基本支出 320.30、2010602 基本支出 0。\n"
    "正确写法：每一列逐级汇总。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《政府收支分类科目》；部门预算公开表样。",
    "What it checks: beyond the 合计 column (T201), that in every other column (basic, project, personnel, public, "
    "each income source) a parent equals the sum of its children, for rows whose cells have a certain place (by "
    "position in -layout text, by the totals in plain pdftotext; see P201 when they cannot be placed).\n"
    "Why it matters: rows and the 合计 column may all add up while a figure sits in the wrong column (basic and "
    "project swapped).\n"
    "Example: 20106 基本支出 330.30 whose 项 rows give 320.30.\n"
    "Correct: every column adds up level by level.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: 政府收支分类科目; the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT204{kInfo, check};

}  // namespace budgetlint::rules
