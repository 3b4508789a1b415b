#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

constexpr Amount kHundred{100 * Amount::kScale, 0};

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.plan || !p.plan->percent_header || p.plan->points.empty() || !p.budget) continue;
    const SpendingPlan::Point& last = p.plan->points.back();
    // Figures that end at the budget (and the budget is not 100) are amounts, whatever the header says.
    if (check_sum(p.budget->value, {kHundred}).consistent) continue;
    if (!check_sum(p.budget->value, {last.value}).consistent) continue;
    Finding& f = ctx.report(p.plan->span);
    arg(f, "project", p.name);
    arg(f, "last", last.raw);
    arg(f, "budget", p.budget->value.to_string());
    f.evidence.expected = "100";
    f.evidence.actual = last.value.to_string();
    f.evidence.figures.push_back(evidence_of("total", "预算数", *p.budget, "万元"));
    f.section_path = project_path(p);
    f.section_path.push_back("资金支出计划");
  }
}

const RuleInfo kInfo{"T605",
                     "spending-plan-unit-mismatch",
                     Severity::Error,
                     RuleInput::Model,
                     "资金支出计划标明百分比却填写金额",
                     "The spending plan says percent but holds amounts",
                     "“{project}”资金支出计划标明“（%）”，各期数字却是金额：最后一期 {last} 等于预算数 {budget} 万元",
                     "The spending plan of “{project}” is headed “(%)” but holds amounts: it ends at {last}, the "
                     "budget {budget}",
                     "检查内容：资金支出计划标题写明“（%）”时，各期数字是否确为百分比：最后一期等于预算数（且预算数"
                     "不是 100）说明填的是金额。\n"
                     "为何重要：单位与数字不符，读者无法判断“2.00”是 2% 还是 2 万元，支出进度也就无从考核。\n"
                     "示例：预算数 24.00，“资金支出计划（%）”为 6.00、12.00、18.00、24.00。\n"
                     "正确写法：按百分比填 25.00、50.00、75.00、100.00，或把标题改为金额（万元）。\n"
                     "容差：最后一期与预算数按打印位数的舍入容差比较。\n"
                     "依据：财政部《项目支出绩效目标表》表样“资金支出计划（%）”栏。",
                     "What it checks: when the spending plan is headed “(%)”, whether its figures are percentages: "
                     "a last figure equal to the budget (a budget other than 100) shows they are amounts.\n"
                     "Why it matters: with unit and figures at odds nobody can tell whether “2.00” is 2% or 2 万元, "
                     "and the spending progress cannot be assessed.\n"
                     "Example: budget 24.00; “资金支出计划（%）” 6.00, 12.00, 18.00, 24.00.\n"
                     "Correct: percentages 25.00, 50.00, 75.00, 100.00, or a header in 万元.\n"
                     "Tolerance: the last figure and the budget compared within their printed rounding.\n"
                     "References: the MoF project performance-target table template, spending plan row.",
                     "0.1.0"};

}  // namespace

const Rule kT605{kInfo, check};

}  // namespace budgetlint::rules
