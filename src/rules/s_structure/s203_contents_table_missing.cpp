#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// A document without any table publishes its tables apart (Beijing's 情况说明 and 报表 are two
// files): its contents list them all, and none is missing from what it sets out to hold.
void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (d.tables.empty()) return;
  for (const ContentsEntry& e : d.contents) {
    if (!e.table) continue;
    bool found = false;
    for (const StatTable& t : d.tables) found |= t.kind == *e.table;
    if (found) continue;
    Finding& f = ctx.report(e.span);
    arg(f, "entry", e.title);
    f.section_path = {"目录"};
  }
}

const RuleInfo kInfo{
    "S203",
    "contents-table-missing",
    Severity::Warning,
    RuleInput::Model,
    "目录列出的统计表在正文中没有",
    "A statistical table named in the table of contents is not in the document",
    "目录列有“{entry}”，正文中却没有这张表",
    "the table of contents lists “{entry}”, but the document does not contain that table",
    "检查内容：目录（“目 录”下的各行）中列出的每一张统计表，正文中是否有标题相符的表（按表名识别表的种类，“部门预算收支"
    "总表”“收入支出决算总表”等）。\n"
    "为何重要：目录是读者找表的入口；列了却没有，多半是发布时漏附了表或删表后没有更新目录。\n"
    "示例：目录列出“八、部门预算国有资本经营预算财政拨款支出表……9”，正文的表到政府性基金预算财政拨款支出表为止。\n"
    "正确写法：补上这张表（无数据时列出空表并注明“空表列示”），或从目录中删去。不含任何报表的文件（报表另行公开）不查。\n"
    "容差：不适用。\n"
    "依据：《地方预决算公开操作规程》；财政部部门预算公开表样。",
    "What it checks: that every statistical table listed in the table of contents (the lines under “目 录”) is in "
    "the document, recognised by its title (“部门预算收支总表”, “收入支出决算总表” …).\n"
    "Why it matters: the table of contents is how readers find a table; an entry without its table usually means "
    "the table was left out when publishing, or removed without updating the contents.\n"
    "Example: the contents list “八、部门预算国有资本经营预算财政拨款支出表……9”, but the tables stop at the "
    "government-fund one.\n"
    "Correct: add the table (empty, noted 空表列示, if it has no data), or drop the entry. A file with no table at "
    "all (its tables published as another file) is not checked.\n"
    "Tolerance: not applicable.\n"
    "References: 地方预决算公开操作规程; the Ministry of Finance's disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kS203{kInfo, check};

}  // namespace budgetlint::rules
