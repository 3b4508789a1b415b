#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

// Words are allowed for 效益指标; these categories are counted, timed, priced or surveyed.
bool must_be_numeric(IndicatorCategory c) {
  return c == IndicatorCategory::Quantity || c == IndicatorCategory::Quality || c == IndicatorCategory::Timeliness ||
         c == IndicatorCategory::Cost || c == IndicatorCategory::Satisfaction;
}

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (!must_be_numeric(i.category) || i.value.number || i.value_raw.empty()) return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "level2", i.level2);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{"I201",
                     "indicator-not-measurable",
                     Severity::Warning,
                     RuleInput::Model,
                     "应量化的指标没有数值",
                     "An indicator that should be quantified has no number",
                     "{level2}“{indicator}”的指标值“{value}”没有数值，无法考核",
                     "The {level2} “{indicator}” has the value “{value}”, which has no number to assess",
                     "检查内容：数量、质量、时效、成本和满意度指标的指标值是否含有数值（如“≥95%”“≤2万元”“4个”）。"
                     "效益指标允许用“明显提升”之类的文字，不在此列。\n"
                     "为何重要：“稳定可靠”“及时”这样的值到年底无法判断是否达成，自评只能主观打分。\n"
                     "示例：“质量指标 系统可用率 稳定可靠”。\n"
                     "正确写法：“质量指标 系统可用率 ≥99%”。\n"
                     "容差：无。空白的指标值由 I102 报告。\n"
                     "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）："
                     "指标值应尽量量化。",
                     "What it checks: that quantity, quality, timeliness, cost and satisfaction indicators have a "
                     "number in their value (“≥95%”, “≤2万元”, “4个”). Benefit indicators may use words such as "
                     "明显提升 and are not checked.\n"
                     "Why it matters: a value like 稳定可靠 cannot be found met or missed at year end; the "
                     "self-evaluation becomes a matter of opinion.\n"
                     "Example: “质量指标 系统可用率 稳定可靠”.\n"
                     "Correct: “质量指标 系统可用率 ≥99%”.\n"
                     "Tolerance: none. A blank value is I102.\n"
                     "References: MoF guide to core performance targets (财预〔2021〕101号): values should be "
                     "quantified wherever possible.",
                     "0.1.0"};

}  // namespace

const Rule kI201{kInfo, check};

}  // namespace budgetlint::rules
