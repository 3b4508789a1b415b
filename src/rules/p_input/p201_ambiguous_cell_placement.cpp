#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (!t.checkable()) continue;  // P202/P204 cover the whole table
    std::string rows;
    const TableRow* first = nullptr;
    for (const TableRow& r : t.rows) {
      if (!r.placement_ambiguous) continue;
      if (!first) first = &r;
      rows += (rows.empty() ? "" : "、") + std::to_string(r.seq);
    }
    if (!first) continue;
    Finding& f = ctx.report(first->span);
    arg(f, "table", t.title);
    arg(f, "rows", rows);
    f.section_path = {t.title};
  }
}

const RuleInfo kInfo{
    "P201",
    "ambiguous-cell-placement",
    Severity::Info,
    RuleInput::Model,
    "统计表空单元格的位置无法从文本确定",
    "Where a table's empty cells were cannot be told from the text",
    "{table}第 {rows} "
    "行（含其下级科目）：提取的文本丢掉了空单元格，几种放法都能使合计和上下级成立，已按表头从左到右放置；这些行的分列核"
    "对请以原表为准",
    "{table} rows {rows} (and their sub-rows): the extracted text lost the empty cells and several placements satisfy "
    "every total, so the cells were placed left to right; check these rows' columns against the original table",
    "检查内容：pdftotext 不留空单元格，一行“449.30 "
    "449."
    "30”可能是“合计、基本支出”，也可能是“合计、项目支出”。工具用本行的合计关系和上下级科目的分列合计来确定每个数字属于"
    "哪一列；仍有几种放法都成立时（例如两个类科目金额相同、一个属于基本支出一个属于项目支出），报告这些行，并按表头从左"
    "到右放置。\n"
    "为何重要：不声明就猜，后面的分列核对可能建立在错误的位置上。\n"
    "示例：206 科学技术支出 40.50 与 210 卫生健康支出 40.50，一个为基本支出、一个为项目支出，文本无法区分。\n"
    "正确写法：发布时附上 Word/Excel 原表，或用 pdftotext -layout 导出以保留列位置。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: pdftotext keeps no empty cells, so “449.30 449.30” may be 合计 and 基本支出 or 合计 and 项目支出. "
    "The tool places each figure by the row's own identity and by the column sums of the classification hierarchy; "
    "where several placements still fit (two categories with the same amount, one basic and one project), it reports "
    "those rows and places their cells left to right.\n"
    "Why it matters: a silent guess could make later per-column checks rest on the wrong column.\n"
    "Example: 206 at 40.50 and 210 at 40.50, one basic and one project, indistinguishable in the text.\n"
    "Correct: publish the Word/Excel table too, or extract with pdftotext -layout, which keeps column positions.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP201{kInfo, check};

}  // namespace budgetlint::rules
