#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

constexpr Amount kHundred{100 * Amount::kScale, 0};

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (i.value.unit != "%" && i.value.unit != "百分比") return;
    if (!i.value.number || i.value.number->micros <= kHundred.micros) return;
    if (!has_any(i.level3, {"率"})) return;
    // Growth and improvement rates may exceed 100%.
    if (has_any(i.level3 + i.description, {"增长", "提升", "提高", "增加", "增速", "上涨", "较上年", "较往年"})) return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{
    "I302",
    "rate-above-hundred-percent",
    Severity::Warning,
    RuleInput::Model,
    "比率指标超过100%",
    "A rate indicator exceeds 100%",
    "“{indicator}”是比率，指标值“{value}”超过100%",
    "“{indicator}” is a rate, yet its value “{value}” exceeds 100%",
    "检查内容：名称为“…率”的指标，其百分比指标值是否超过100%。增长率、提升率、提高率等变化率可以"
    "超过100%，不在此列。\n"
    "为何重要：完成率、合格率、覆盖率之类是部分占整体的比例，不可能超过100%；超过说明数值或单位填错。\n"
    "示例：“质量指标 系统可用率 ≥120%”。\n"
    "正确写法：“质量指标 系统可用率 ≥99%”。\n"
    "容差：无；等于100%不报告。\n"
    "依据：比率的定义。",
    "What it checks: whether an indicator named as a rate (…率) has a percentage above 100%. "
    "Growth and improvement rates (增长率, 提升率, 提高率) may exceed 100% and are not checked.\n"
    "Why it matters: completion, pass and coverage rates are parts of a whole and cannot exceed "
    "100%; a larger value is a wrong figure or unit.\n"
    "Example: “质量指标 系统可用率 ≥120%”.\n"
    "Correct: “质量指标 系统可用率 ≥99%”.\n"
    "Tolerance: none; exactly 100% is not reported.\n"
    "References: the definition of a rate.",
    "0.1.0"};

}  // namespace

const Rule kI302{kInfo, check};

}  // namespace budgetlint::rules
