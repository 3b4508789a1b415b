#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  // Only a list that claims to be whole (no “等”) can leave a project out.
  const DepartmentPerformance& dp = d.department_performance;
  if (!dp.mentions_complete || dp.project_mentions.empty()) return;
  for (const Project& p : d.projects) {
    bool named = false;
    for (const ProjectMention& m : dp.project_mentions) named |= names_match(m.name, p.name);
    if (named) continue;
    Finding& f = ctx.report(p.title);
    arg(f, "project", p.name);
    EvidenceFigure e;
    e.role = "narrative";
    e.label = "项目支出列出的项目";
    e.span = dp.project_mentions.front().span;
    f.evidence.figures.push_back(std::move(e));
    f.section_path = project_path(p);
  }
}

const RuleInfo kInfo{"S303",
                     "table-without-narrative",
                     Severity::Warning,
                     RuleInput::Model,
                     "绩效目标表的项目不在文字说明列出的项目中",
                     "A performance-target table's project is missing from the narrative's complete list",
                     "“{project}”有绩效目标表，但支出说明列举项目支出时没有它（列举未以“等”结尾，应为全部项目）",
                     "“{project}” has a performance-target table, but the narrative's list of projects, which does "
                     "not end in 等 and so claims to be complete, leaves it out",
                     "检查内容：支出说明列举项目支出的项目且没有用“等”结尾时，每张项目绩效目标表的项目是否都在其中。\n"
                     "为何重要：不带“等”的列举表示全部项目；表里有、文字里没有，说明文字漏了项目，或表是多余的。\n"
                     "示例：“项目支出28.00万元，主要为政务云平台运维。”，另有“政务外网运维经费绩效目标表”。\n"
                     "正确写法：列举全部项目，或在列举末尾加“等”。\n"
                     "容差：名称比较忽略空格和标点，包含关系或多数字符相同即视为同一项目。\n"
                     "依据：《地方预决算公开操作规程》（财预〔2016〕143号）。",
                     "What it checks: when the narrative lists the projects of the project expenditure without "
                     "ending in 等 (“and others”), whether every project with a performance-target table is in the "
                     "list.\n"
                     "Why it matters: a list without 等 claims to be complete; a table missing from it means the "
                     "narrative left a project out or the table is extra.\n"
                     "Example: “项目支出28.00万元，主要为政务云平台运维。” and a table for 政务外网运维经费.\n"
                     "Correct: list every project, or end the list with 等.\n"
                     "Tolerance: names compared without spaces and punctuation; containment or most characters in "
                     "common is a match.\n"
                     "References: rules for disclosing local budgets (财预〔2016〕143号).",
                     "0.1.0"};

}  // namespace

const Rule kS303{kInfo, check};

}  // namespace budgetlint::rules
