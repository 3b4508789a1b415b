#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (!t.scrambled) continue;
    Finding& f = ctx.report(t.title_span);
    arg(f, "table", t.title);
    f.section_path = {t.title};
  }
}

const RuleInfo kInfo{
    "P202",
    "scrambled-table",
    Severity::Warning,
    RuleInput::Model,
    "统计表的提取文本顺序错乱，无法核对",
    "A table's extracted text is out of order and cannot be checked",
    "{table}：提取的文本按列而不是按行排列（表头的栏次号散落在数据行之间），各行数字无法可靠还原，本表未作核对；请用 "
    "pdftotext -layout 重新提取",
    "{table}: the extracted text runs column by column rather than row by row (the header's column numbers are "
    "scattered among the rows), so its rows cannot be rebuilt reliably and the table was not checked; extract it "
    "again with pdftotext -layout",
    "检查内容：有些 PDF（例如 LibreOffice 生成的）用不带 -layout 的 pdftotext 提取时，表格按列输出：“栏次 1”之后的 "
    "2、3、4 各占一行，后几列的栏次号出现在数据行中间，单元格的先后也随之错乱。工具识别这种顺序，报告该表，并且不对它做"
    "合计、上下级和表间核对。\n"
    "为何重要：按错乱的顺序读表，会把别的列、别的行的数字拼进一行，报出大量并不存在的差错；不报告又会让人以为表已核对。"
    "\n"
    "示例：栏次 1 / 2 / 4 / 1 / 一、一般公共预算拨款收入 / 610.25 / 2 / … / 3（栏次 3 出现在第 2 行之后）。\n"
    "正确写法：用 pdftotext -layout 提取（保留各列位置，本工具能按行读出），或使用 Word/Excel 原表导出的文本。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: plain pdftotext (without -layout) of some PDFs, LibreOffice's among them, emits tables column "
    "by column: after “栏次 1” the numbers 2, 3, 4 stand one per line and the later columns' numbers turn up among "
    "the rows, with the cells out of order too. The tool recognises this order, reports the table, and leaves it "
    "out of the total, hierarchy and cross-table checks.\n"
    "Why it matters: read in that order, figures of other rows and columns end up in one row and the checks would "
    "report many errors that are not there; saying nothing would let the reader believe the table was checked.\n"
    "Example: 栏次 1 / 2 / 4 / 1 / 一、一般公共预算拨款收入 / 610.25 / 2 / … / 3 (栏次 3 after the second row).\n"
    "Correct: extract with pdftotext -layout (which keeps column positions; the tool reads it row by row), or use "
    "the text of the Word/Excel original.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP202{kInfo, check};

}  // namespace budgetlint::rules
