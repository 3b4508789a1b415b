#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.goals.empty()) continue;
    Finding& f = ctx.report(p.has_goal_cell ? p.goals_span : p.title);
    arg(f, "project", p.name);
    f.section_path = project_path(p);
  }
}

const RuleInfo kInfo{"I104",
                     "goal-list-empty",
                     Severity::Warning,
                     RuleInput::Model,
                     "绩效目标表没有填写绩效目标",
                     "A performance-target table states no goals",
                     "“{project}”绩效目标表的绩效目标为空",
                     "The performance-target table of “{project}” states no goals",
                     "检查内容：每张项目绩效目标表的“绩效目标”栏是否至少写有一条目标。\n"
                     "为何重要：指标是用来衡量目标的；没有目标，指标就失去了方向，也无法判断指标是否覆盖了目标。\n"
                     "示例：“绩效目标”一栏为空，或整张表没有这一栏。\n"
                     "正确写法：逐条列出项目要达成的目标，如“1.保障全县政务系统上云运行稳定。”\n"
                     "容差：无。\n"
                     "依据：财政部《项目支出绩效目标表》表样。",
                     "What it checks: that every project performance-target table states at least one goal in its "
                     "绩效目标 cell.\n"
                     "Why it matters: indicators measure goals; without goals nobody can tell whether the indicators "
                     "cover what the money is for.\n"
                     "Example: an empty 绩效目标 cell, or a table without one.\n"
                     "Correct: list the goals one by one, e.g. “1.保障全县政务系统上云运行稳定。”\n"
                     "Tolerance: none.\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kI104{kInfo, check};

}  // namespace budgetlint::rules
