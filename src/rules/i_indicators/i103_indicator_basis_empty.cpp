#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (!i.basis.empty() || (project && !project->basis_column)) return;
    Finding& f = ctx.report(i.basis_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{
    "I103",
    "indicator-basis-empty",
    Severity::Warning,
    RuleInput::Model,
    "绩效指标没有指标值确定依据",
    "A performance indicator does not say where its value comes from",
    "“{indicator}”（指标值 {value}）的指标值确定依据为空",
    "“{indicator}” (value {value}) gives no basis for its value",
    "检查内容：绩效目标表每一行的“指标值确定依据”是否填写。\n"
    "为何重要：依据说明指标值从何而来（计划、标准、合同、历史数据），没有依据的指标值难以判断是否合理。\n"
    "示例：“成本指标 运维服务费 全年运维服务费用 ≤6万元 （空）”。\n"
    "正确写法：写明依据，如“年初预算”“服务合同”“行业标准”。\n"
    "容差：无。\n"
    "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）。",
    "What it checks: that every row of a performance-target table says what its value is based on.\n"
    "Why it matters: the basis (plan, standard, contract, history) is what makes a value "
    "reviewable; without it nobody can tell whether the target is ambitious or trivial.\n"
    "Example: “成本指标 运维服务费 全年运维服务费用 ≤6万元 (blank)”.\n"
    "Correct: name the basis: 年初预算, 服务合同, 行业标准.\n"
    "Tolerance: none.\n"
    "References: MoF guide to core performance targets and indicator values (财预〔2021〕101号).",
    "0.1.0"};

}  // namespace

const Rule kI103{kInfo, check};

}  // namespace budgetlint::rules
