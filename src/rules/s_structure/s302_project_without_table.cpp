#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  // A document without any table is missing a part, not a table per project.
  if (d.projects.empty()) return;
  for (const ProjectMention& m : d.department_performance.project_mentions) {
    bool has_table = false;
    for (const Project& p : d.projects) has_table |= names_match(m.name, p.name);
    if (has_table) continue;
    Finding& f = ctx.report(m.span);
    arg(f, "project", m.name);
    arg(f, "tables", std::to_string(d.projects.size()));
    f.section_path = {"项目支出", m.name};
  }
}

const RuleInfo kInfo{"S302",
                     "project-without-table",
                     Severity::Warning,
                     RuleInput::Model,
                     "文字说明列出的项目没有绩效目标表",
                     "A project named in the narrative has no performance-target table",
                     "文字说明的项目支出列出了“{project}”，但 {tables} 张绩效目标表中没有这个项目",
                     "The narrative names the project “{project}”, but none of the {tables} performance-target "
                     "tables is for it",
                     "检查内容：支出说明在“项目支出……万元，主要为……”中列出的每个项目，是否都有对应的项目绩效目标表。"
                     "名称按包含关系或多数字符相同来对应，“人防宣教基地建设”对应“人民防空宣教基地建设”。文件中没有"
                     "任何绩效目标表时不检查。\n"
                     "为何重要：项目支出应当公开绩效目标；列出的项目找不到表，说明漏公开了表，或文字与表格的项目名称"
                     "对不上。\n"
                     "示例：“项目支出184.45万元，主要为预算绩效评价、财政信息化运维等项目支出”，只有“预算绩效评价"
                     "绩效目标表”。\n"
                     "正确写法：每个列出的项目都附绩效目标表，名称一致。\n"
                     "容差：名称比较忽略空格和标点。\n"
                     "依据：《地方预决算公开操作规程》（财预〔2016〕143号）：项目支出应公开绩效目标。",
                     "What it checks: that every project the narrative lists where it explains the project "
                     "expenditure (“项目支出……万元，主要为……”) has a performance-target table. Names match when one "
                     "contains the other or most of their characters agree (人防宣教基地建设 is 人民防空宣教基地建设). "
                     "Not checked when the document has no table at all.\n"
                     "Why it matters: project spending must publish its targets; a listed project without a table "
                     "means a table was left out or the names disagree.\n"
                     "Example: the narrative lists 预算绩效评价 and 财政信息化运维, only the first has a table.\n"
                     "Correct: a table for every listed project, under the same name.\n"
                     "Tolerance: names are compared without spaces and punctuation.\n"
                     "References: rules for disclosing local budgets (财预〔2016〕143号).",
                     "0.1.0"};

}  // namespace

const Rule kS302{kInfo, check};

}  // namespace budgetlint::rules
