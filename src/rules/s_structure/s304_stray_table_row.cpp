#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    for (const Sourced<std::string>& row : p.stray_rows) {
      Finding& f = ctx.report(row.span);
      arg(f, "project", p.name);
      arg(f, "row", row.value);
      f.section_path = project_path(p);
    }
  }
}

const RuleInfo kInfo{"S304",
                     "stray-table-row",
                     Severity::Warning,
                     RuleInput::Model,
                     "绩效目标表中有不属于任何栏目的行",
                     "A performance-target table has a row that belongs to no column",
                     "“{project}”绩效目标表中有一行不属于任何栏目：“{row}”",
                     "The performance-target table of “{project}” has a row that belongs to nowhere: “{row}”",
                     "检查内容：项目绩效目标表中无法归入任何栏目的行：指标表头之后不是指标的行，以及表头之前只有数字、"
                     "没有栏目名称的行（如缺了“资金支出计划”标题的一行百分比）。\n"
                     "为何重要：这样的行读者无从理解，往往是复制表格时丢了标题或错位的行，其中的数字也无法核对。\n"
                     "示例：表名下直接一行“20.00% 50.00% 80.00% 100.00%”，没有“资金支出计划”和月份。\n"
                     "正确写法：补上栏目名称（“资金支出计划（%）3月底 6月底 10月底 12月底”），或删去多余的行。\n"
                     "容差：无。\n"
                     "依据：财政部《项目支出绩效目标表》表样。",
                     "What it checks: rows of a project performance-target table that belong to no column: rows "
                     "after the indicator header that are no indicator, and rows before it made only of figures with "
                     "no label (a row of percentages that lost its 资金支出计划 heading).\n"
                     "Why it matters: nobody can tell what such a row means; it is usually a heading lost when the "
                     "table was copied, and its figures cannot be checked.\n"
                     "Example: “20.00% 50.00% 80.00% 100.00%” right under the title, without 资金支出计划 and the "
                     "months.\n"
                     "Correct: restore the labels (“资金支出计划（%）3月底 6月底 10月底 12月底”) or delete the row.\n"
                     "Tolerance: none.\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kS304{kInfo, check};

}  // namespace budgetlint::rules
