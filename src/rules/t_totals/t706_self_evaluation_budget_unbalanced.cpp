#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// A department budget balances: the 预算收入 the report states equals its 预算支出.
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->figures.budget_income || !se->figures.budget_expenditure) return;
  check_identity(ctx, term("total", *se->figures.budget_income), {term("part", *se->figures.budget_expenditure)});
}

const RuleInfo kInfo{
    "T706",
    "self-evaluation-budget-unbalanced",
    Severity::Error,
    RuleInput::Model,
    "自评报告中的预算收入与预算支出不相等",
    "In a self-evaluation, budgeted income differs from budgeted spending",
    "{total_label} {total} 万元与 {parts} 万元不相等，差 {diff} 万元",
    "{total_label} {total} differs from {parts}, difference {diff}",
    "检查内容：自评报告“部门预算收支情况”中的预算收入是否等于预算支出。\n"
    "为何重要：部门预算收支平衡，收入总计等于支出总计；两者不等说明其中一个数字抄错了。\n"
    "示例：预算收入 977.56 万元，预算支出 987.56 万元。\n"
    "正确写法：预算收入 = 预算支出。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《中华人民共和国预算法》第十二条（收支平衡）；部门预算收支总表。",
    "What it checks: that the budgeted income stated in the self-evaluation equals the budgeted spending.\n"
    "Why it matters: a department budget balances, total income equal to total spending; a difference means one "
    "figure was copied wrong.\n"
    "Example: income 977.56, spending 987.56.\n"
    "Correct: budgeted income = budgeted spending.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: Budget Law art. 12 (balanced budgets); the budget summary table.",
    "0.1.0"};

}  // namespace

const Rule kT706{kInfo, check};

}  // namespace budgetlint::rules
