#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (i.category != IndicatorCategory::Satisfaction || !i.value.number) return;
    if (i.value.unit == "%" || i.value.unit == "百分比") return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    arg(f, "unit", i.value.unit.empty() ? "无单位" : i.value.unit);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{"I304",
                     "satisfaction-not-percent",
                     Severity::Warning,
                     RuleInput::Model,
                     "满意度指标不以百分比计量",
                     "A satisfaction indicator is not in percent",
                     "满意度指标“{indicator}”的指标值“{value}”（{unit}）不是百分比",
                     "The satisfaction indicator “{indicator}” is “{value}” ({unit}), not a percentage",
                     "检查内容：服务对象满意度指标的数值指标值是否以百分比（% 或“百分比”）计量。\n"
                     "为何重要：满意度是满意人数占受访人数的比例；没有单位或用“分”“人”计量，无法与调查结果对照，"
                     "也看不出 80 是 80% 还是 80 分。\n"
                     "示例：“服务对象满意度指标 使用单位满意度 ≥90分”。\n"
                     "正确写法：“服务对象满意度指标 使用单位满意度 ≥90%”。\n"
                     "容差：无。没有数值的满意度由 I201 报告。\n"
                     "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）："
                     "满意度指标一般以百分比表示。",
                     "What it checks: that a numeric service-recipient satisfaction value is in percent (% or "
                     "百分比).\n"
                     "Why it matters: satisfaction is the share of satisfied respondents; with no unit, or in points "
                     "or persons, it cannot be compared with the survey, and 80 may be 80% or 80 points.\n"
                     "Example: “服务对象满意度指标 使用单位满意度 ≥90分”.\n"
                     "Correct: “服务对象满意度指标 使用单位满意度 ≥90%”.\n"
                     "Tolerance: none. A satisfaction value with no number is I201.\n"
                     "References: MoF guide to core performance targets (财预〔2021〕101号): satisfaction is "
                     "usually stated in percent.",
                     "0.1.0"};

}  // namespace

const Rule kI304{kInfo, check};

}  // namespace budgetlint::rules
