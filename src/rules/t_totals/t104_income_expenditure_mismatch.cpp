#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (!d.income.total || !d.expenditure.total) return;
  check_identity(ctx, term("total", *d.income.total), {term("part", *d.expenditure.total)});
}

const RuleInfo kInfo{
    "T104",
    "income-expenditure-mismatch",
    Severity::Error,
    RuleInput::Model,
    "收入合计与支出合计不相等",
    "Total income does not equal total expenditure",
    "{total_label} {total} 万元与支出合计 {parts} 不相等，差 {diff} 万元",
    "total income {total_label} {total} differs from total expenditure {parts}, difference {diff}",
    "检查内容：收入说明的收入合计与支出说明的支出合计是否相等。\n"
    "为何重要：部门预算收支平衡，收入总计必须等于支出总计；不等说明收入或支出有一处写错。\n"
    "示例：2025年预算收入1166.60万元……2025年支出预算1176.60万元。\n"
    "正确写法：收入总计 = 支出总计（含上年结转时，两边都含）。\n"
    "容差：两个数字各自 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门预算收支总表（收入总计 = 支出总计）。",
    "What it checks: that the income total of the 收入说明 equals the expenditure total of the 支出说明.\n"
    "Why it matters: a department budget balances; unequal totals mean one side is misstated.\n"
    "Example: income 1166.60, expenditure 1176.60.\n"
    "Correct: total income = total expenditure (both including carry-over where there is one).\n"
    "Tolerance: ± half a unit of each figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the 部门预算收支总表 (收入总计 = 支出总计).",
    "0.1.0"};

}  // namespace

const Rule kT104{kInfo, check};

}  // namespace budgetlint::rules
