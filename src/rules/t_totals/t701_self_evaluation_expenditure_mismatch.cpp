#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// The budget and the final accounts each state 支出 = 基本支出 + 项目支出.
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  const SelfEvaluationFigures& f = se->figures;
  if (f.budget_expenditure && f.budget_basic && f.budget_project)
    check_identity(ctx, term("total", *f.budget_expenditure),
                   {term("part", *f.budget_basic), term("part", *f.budget_project)});
  if (f.expenditure && f.basic && f.project)
    check_identity(ctx, term("total", *f.expenditure), {term("part", *f.basic), term("part", *f.project)});
}

const RuleInfo kInfo{
    "T701",
    "self-evaluation-expenditure-mismatch",
    Severity::Error,
    RuleInput::Model,
    "自评报告中基本支出与项目支出之和与支出总额不符",
    "In a self-evaluation, basic plus project spending differs from the total",
    "{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "{total_label} {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：自评报告“部门收支预决算情况”中，预算支出和决算本年支出是否各自等于其中基本支出与项目支出之和。\n"
    "为何重要：自评以这些数字为基础，分项与总额不符，后面的执行率和项目清单都无从核对。\n"
    "示例：本年支出 906.09 万元，其中基本支出 326.08 万元，项目支出 590.01 万元。\n"
    "正确写法：支出 = 基本支出 + 项目支出。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门决算报表（收入支出决算总表）。",
    "What it checks: that the budgeted spending and the year's actual spending each equal their basic plus project "
    "parts in the self-evaluation's 部门收支预决算情况.\n"
    "Why it matters: the evaluation rests on these figures; if they do not add up, neither rate nor project list "
    "can be checked.\n"
    "Example: spent 906.09 of which basic 326.08 and projects 590.01.\n"
    "Correct: spending = basic + project.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the final-accounts statements.",
    "0.1.0"};

}  // namespace

const Rule kT701{kInfo, check};

}  // namespace budgetlint::rules
