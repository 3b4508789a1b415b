#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (!i.value_raw.empty()) return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "level2", i.level2);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{"I102",
                     "indicator-value-empty",
                     Severity::Warning,
                     RuleInput::Model,
                     "绩效指标没有指标值",
                     "A performance indicator has no target value",
                     "{level2}“{indicator}”的指标值为空",
                     "The {level2} “{indicator}” has no target value",
                     "检查内容：绩效目标表和部门整体绩效指标表中每一行的“指标值”是否填写。\n"
                     "为何重要：没有指标值的指标无从考核，年终自评时只能凭印象打分。\n"
                     "示例：“质量指标 系统可用率 平台全年正常运行时间占比 （空） 服务合同”。\n"
                     "正确写法：填写可考核的值，如“≥99%”。\n"
                     "容差：无。\n"
                     "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）。",
                     "What it checks: that every row of a performance-target table and of the department-level "
                     "indicator table has a target value.\n"
                     "Why it matters: an indicator without a value cannot be assessed; the year-end self-evaluation "
                     "can only guess.\n"
                     "Example: “质量指标 系统可用率 … (blank) 服务合同”.\n"
                     "Correct: a measurable value such as “≥99%”.\n"
                     "Tolerance: none.\n"
                     "References: MoF guide to core performance targets and indicator values (财预〔2021〕101号).",
                     "0.1.0"};

}  // namespace

const Rule kI102{kInfo, check};

}  // namespace budgetlint::rules
