#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  const SelfEvaluationFigures& f = se->figures;
  if (f.total && f.carry_over && f.income)
    check_identity(ctx, term("total", *f.total), {term("part", *f.carry_over), term("part", *f.income)});
}

const RuleInfo kInfo{
    "T702",
    "final-accounts-total-mismatch",
    Severity::Error,
    RuleInput::Model,
    "年初结转和结余与本年收入之和与总计不符",
    "Carry-over plus the year's income differs from the grand total",
    "总计 {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "the grand total {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：自评报告“部门决算收支情况”中的总计是否等于年初结转和结余加本年收入。\n"
    "为何重要：总计是可用资金的全部，结转结余率等指标都以它为基础。\n"
    "示例：年初结转和结余 98.12 万元，本年度收入 1308.05 万元，总计 1416.17 万元。\n"
    "正确写法：总计 = 年初结转和结余 + 本年收入。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门决算报表（收入支出决算总表）。",
    "What it checks: that the grand total of the final accounts equals the carry-over plus the year's income.\n"
    "Why it matters: the total is all the money available; rates such as the carry-over rate rest on it.\n"
    "Example: 98.12 + 1308.05 stated as 1416.17.\n"
    "Correct: total = carry-over + income.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the final-accounts statements.",
    "0.1.0"};

}  // namespace

const Rule kT702{kInfo, check};

}  // namespace budgetlint::rules
