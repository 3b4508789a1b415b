#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (t.empty_noted) continue;
    bool empty = true;
    for (const TableRow& r : t.rows) empty &= r.amounts.empty();
    if (!empty) continue;
    Finding& f = ctx.report(t.title_span);
    arg(f, "table", t.title);
    f.section_path = {t.title};
  }
}

const RuleInfo kInfo{"S202",
                     "empty-table-not-noted",
                     Severity::Warning,
                     RuleInput::Model,
                     "空表未注明“空表列示”",
                     "An empty table does not say why it is empty",
                     "{table}没有任何数字，也没有“注：无…，空表列示。”的说明",
                     "{table} has no figures and no note such as “注：无…，空表列示。”",
                     "检查内容：没有数字的统计表（如政府性基金预算财政拨款支出表）是否注明“注：无政府性基金预算财政拨款"
                     "预算，空表列示。”。\n"
                     "为何重要：公开规定要求空表也要列示并说明原因；没有说明，读者无法区分“没有这项收支”和“漏填了”。\n"
                     "示例：部门预算国有资本经营预算财政拨款支出表只有表头。\n"
                     "正确写法：表下注明“注：无国有资本经营预算财政拨款预算，空表列示。”\n"
                     "容差：不适用。\n"
                     "依据：《地方预决算公开操作规程》。",
                     "What it checks: that a statistical table without any figure (for example the government-fund "
                     "expenditure table) carries a note such as “注：无政府性基金预算财政拨款预算，空表列示。”.\n"
                     "Why it matters: the rules require empty tables to be listed with the reason; without it readers "
                     "cannot tell “nothing to report” from “left out”.\n"
                     "Example: a 国有资本经营预算财政拨款支出表 with only its header.\n"
                     "Correct: a note under it: “注：无国有资本经营预算财政拨款预算，空表列示。”\n"
                     "Tolerance: not applicable.\n"
                     "References: 地方预决算公开操作规程.",
                     "0.1.0"};

}  // namespace

const Rule kS202{kInfo, check};

}  // namespace budgetlint::rules
