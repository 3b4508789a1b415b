#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

constexpr Amount kHundred{100 * Amount::kScale, 0};

bool same(const Amount& a, const Amount& b) { return check_sum(a, {b}).consistent; }

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.plan || p.plan->points.empty()) continue;
    const SpendingPlan::Point& last = p.plan->points.back();
    // Percentages end at 100, amounts at the budget; which one the header says is T605's concern.
    if (same(last.value, kHundred) || (p.budget && same(last.value, p.budget->value))) continue;
    Finding& f = ctx.report(last.span);
    arg(f, "project", p.name);
    arg(f, "last", last.raw);
    // The table may not state its budget; the dash says so in either language.
    arg(f, "budget", p.budget ? p.budget->value.to_string() + " 万元" : "—");
    f.evidence.expected = p.budget ? "100 或 " + p.budget->value.to_string() : "100";
    f.evidence.actual = last.value.to_string();
    if (p.budget) f.evidence.figures.push_back(evidence_of("total", "预算数", *p.budget, "万元"));
    f.section_path = project_path(p);
    f.section_path.push_back("资金支出计划");
  }
}

const RuleInfo kInfo{
    "T604",
    "spending-plan-incomplete",
    Severity::Error,
    RuleInput::Model,
    "资金支出计划最终未达到100%或预算数",
    "The spending plan does not end at 100% or at the budget",
    "“{project}”资金支出计划最后为 {last}，既不是 100%，也不等于预算数 {budget}",
    "The spending plan of “{project}” ends at {last}: neither 100% nor the budget {budget}",
    "检查内容：项目绩效目标表资金支出计划的最后一个累计数，是否为 100（按百分比）或等于预算数（按金额）。"
    "空白的月份不计。\n"
    "为何重要：年底前应支出全部预算；最后一期不到 100% 或预算数，说明计划不完整或数字填错。\n"
    "示例：预算数 24.00，计划 25.00、50.00、75.00、90.00（%）。\n"
    "正确写法：最后一期为 100.00（%），或按金额为 24.00。\n"
    "容差：按上下文精度的舍入容差（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：财政部《项目支出绩效目标表》表样“资金支出计划”栏。",
    "What it checks: whether the last cumulative figure of a project's spending plan is 100 (as a "
    "percentage) or the budget (as an amount). Blank months are skipped.\n"
    "Why it matters: the whole budget should be spent by year end; a plan that stops short is "
    "incomplete or wrong.\n"
    "Example: budget 24.00; plan 25.00, 50.00, 75.00, 90.00 (%).\n"
    "Correct: the last figure 100.00 (%), or 24.00 as an amount.\n"
    "Tolerance: rounding of the printed figures (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the MoF project performance-target table template, spending plan row.",
    "0.1.0"};

}  // namespace

const Rule kT604{kInfo, check};

}  // namespace budgetlint::rules
