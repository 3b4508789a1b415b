#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Income& income = ctx.model().income;
  if (!income.total || income.sources.empty()) return;
  std::vector<Term> parts;
  for (const IncomeItem& item : income.sources) parts.push_back(term("part", item.figure));
  check_identity(ctx, term("total", *income.total), parts);
}

const RuleInfo kInfo{
    "T101",
    "income-sources-mismatch",
    Severity::Error,
    RuleInput::Model,
    "收入来源之和与收入合计不符",
    "Income sources do not add up to the income total",
    "{total_label} {total} 万元与各项收入来源之和 {sum} 万元不符（{parts}），差 {diff} 万元",
    "income total {total_label} {total} differs from the sum of its sources {sum} ({parts}), difference {diff}",
    "检查内容：收入说明中的收入合计是否等于一般公共预算、政府性基金、国有资本经营、财政专户、单位资金、上年结转等各项来"
    "源之和。\n"
    "为何重要：收入合计是整份公开的起点，来源之和对不上，读者无法判断哪一个数字是真的。\n"
    "示例：2025年预算收入812.40万元，其中：一般公共预算收入800.40万元，上年结转10.00万元。（800.40 + 10.00 = 810.40）\n"
    "正确写法：各来源之和与合计一致，没有的来源写“0万元”。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）；|合计 − Σ来源| < 各数半个末位单位之和即视为一致。\n"
    "依据：《地方预决算公开操作规程》；部门预算收支总表的“本年收入合计”。",
    "What it checks: that the income total of the 收入说明 equals the sum of the sources it lists (general budget, "
    "government funds, state capital, special account, unit funds, carry-over).\n"
    "Why it matters: the income total is where the disclosure starts; if its sources do not add up, readers cannot "
    "tell which figure is true.\n"
    "Example: total 812.40 with sources 800.40 and 10.00 (sum 810.40).\n"
    "Correct: the sources add up to the total; absent sources are written as 0.\n"
    "Tolerance: each printed figure stands for ± half a unit of its last digit; consistent when |total − Σ sources| < "
    "the sum of those half-units.\n"
    "References: 地方预决算公开操作规程; the 本年收入合计 of the 收支总表.",
    "0.1.0"};

}  // namespace

const Rule kT101{kInfo, check};

}  // namespace budgetlint::rules
