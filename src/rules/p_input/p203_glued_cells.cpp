#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    for (const TableRow& row : t.rows) {
      for (const Sourced<std::string>& g : row.glued) {
        Finding& f = ctx.report(g.span);
        arg(f, "table", t.title);
        arg(f, "seq", std::to_string(row.seq));
        arg(f, "row", row_label(row));
        arg(f, "token", g.raw);
        f.section_path = {t.title, "行 " + std::to_string(row.seq) + " " + row_label(row)};
      }
    }
  }
}

const RuleInfo kInfo{
    "P203",
    "glued-table-cells",
    Severity::Warning,
    RuleInput::Model,
    "统计表中有连在一起、无法读成数字的单元格",
    "Table cells run together into something that is not a number",
    "{table}第 {seq} 行“{row}”：“{token}”不是一个数，像是几个单元格连在了一起；本行的数字无法完整读出，请核对原表",
    "{table} row {seq} “{row}”: “{token}” is not a number but looks like cells run together; the row's figures "
    "cannot all be read, check the original table",
    "检查内容：统计表各行中由数字和小数点组成、却有两个以上小数点的片段，例如“4.004.00”。这通常是提取时两个相邻单元格之"
    "间的空格丢了，也可能是表格本身排版有误。\n"
    "为何重要：这样的片段读不成金额，本行就少了两个数，合计和上下级的核对会漏掉或错报；不报告就会让人以为本行已核对。\n"
    "示例：2 201 一般公共服务支出 950.10 950.10950.10\n"
    "正确写法：单元格之间留有间隔（950.10 950.10 950.10），或用 pdftotext -layout 重新提取。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: pieces of a table row made of digits and dots but with two or more dots, such as “4.004.00”. "
    "This usually means the space between two neighbouring cells was lost in extraction, or the table itself is "
    "typeset wrongly.\n"
    "Why it matters: such a piece is no amount, so the row loses two figures and its totals and hierarchy checks "
    "would miss or misreport; saying nothing would let the reader believe the row was checked.\n"
    "Example: 2 201 一般公共服务支出 950.10 950.10950.10\n"
    "Correct: cells kept apart (950.10 950.10 950.10), or extract again with pdftotext -layout.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP203{kInfo, check};

}  // namespace budgetlint::rules
