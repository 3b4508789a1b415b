#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (i.category != IndicatorCategory::Cost || (i.value.unit != "%" && i.value.unit != "百分比")) return;
    // A rate such as 三公经费控制率 ≤100% is a share of the budget, rightly in %.
    if (has_any(i.level3, {"率", "比例"})) return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    arg(f, "unit", i.value.unit);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{
    "I301",
    "cost-indicator-in-percent",
    Severity::Warning,
    RuleInput::Model,
    "成本指标以百分比计量",
    "A cost indicator is measured in percent",
    "成本指标“{indicator}”的指标值“{value}”以“{unit}”计量，成本应以元或万元表示",
    "The cost indicator “{indicator}” is “{value}”, in “{unit}”; a cost is an amount of 元 or 万元",
    "检查内容：成本指标的指标值单位是否为百分比（% 或“百分比”）。名称为“…率”“…比例”的成本指标"
    "（如三公经费控制率）本身是比率，不在此列。\n"
    "为何重要：成本是金额，写成百分比既无法与预算数对照，也常常是把金额错填了单位，如“≤364815百分比”。\n"
    "示例：“成本指标 在预算范围内 ≤48000百分比”。\n"
    "正确写法：“成本指标 运维服务费 ≤4.80万元”。\n"
    "容差：无。\n"
    "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）："
    "成本指标反映预期提供产出所需成本。",
    "What it checks: whether a cost indicator's value is in percent (% or 百分比). Cost indicators "
    "named as a rate or share (…率, …比例, such as a spending control rate) are rates and are "
    "not checked.\n"
    "Why it matters: a cost is an amount; in percent it cannot be compared with the budget, and it "
    "is usually an amount with the wrong unit, as in “≤364815百分比”.\n"
    "Example: “成本指标 在预算范围内 ≤48000百分比”.\n"
    "Correct: “成本指标 运维服务费 ≤4.80万元”.\n"
    "Tolerance: none.\n"
    "References: MoF guide to core performance targets (财预〔2021〕101号): cost indicators state "
    "what the outputs cost.",
    "0.1.0"};

}  // namespace

const Rule kI301{kInfo, check};

}  // namespace budgetlint::rules
