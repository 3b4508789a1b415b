#include <map>

#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  std::map<std::string, const Project*> first;
  for (const Project& p : ctx.model().projects) {
    if (p.code.empty()) continue;
    auto [it, inserted] = first.emplace(p.code, &p);
    if (inserted) continue;
    Finding& f = ctx.report(p.code_span);
    arg(f, "code", p.code);
    arg(f, "project", p.name);
    arg(f, "other", it->second->name);
    EvidenceFigure e;
    e.role = "stated";
    e.label = it->second->name + " 项目编码 " + it->second->code;
    e.span = it->second->code_span;
    f.evidence.figures.push_back(std::move(e));
    f.section_path = project_path(p);
  }
}

const RuleInfo kInfo{"I402",
                     "duplicate-project-code",
                     Severity::Error,
                     RuleInput::Model,
                     "项目编码重复",
                     "Two projects share a project code",
                     "“{project}”的项目编码 {code} 与“{other}”相同",
                     "“{project}” has the project code {code}, the same as “{other}”",
                     "检查内容：各项目绩效目标表中的项目编码是否互不相同。\n"
                     "为何重要：项目编码在预算管理一体化系统中唯一标识一个项目；两个表用同一编码，说明复制表格后"
                     "忘了改编码，或两张表其实是同一项目。\n"
                     "示例：两张表都写“项目编码 101-2025-YX-0001”。\n"
                     "正确写法：每个项目填写系统中的本项目编码。\n"
                     "容差：无，逐字比较。\n"
                     "依据：财政部《预算管理一体化规范》项目库管理。",
                     "What it checks: that no two project performance-target tables give the same project code.\n"
                     "Why it matters: the code identifies a project in the integrated budget system; a repeated "
                     "code means a table was copied without changing it, or two tables are one project.\n"
                     "Example: two tables both say “项目编码 101-2025-YX-0001”.\n"
                     "Correct: each table gives its own project's code.\n"
                     "Tolerance: none; codes are compared exactly.\n"
                     "References: MoF integrated budget management standard, project library.",
                     "0.1.0"};

}  // namespace

const Rule kI402{kInfo, check};

}  // namespace budgetlint::rules
