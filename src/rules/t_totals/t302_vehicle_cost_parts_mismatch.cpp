#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const ThreePublic& t = ctx.model().three_public;
  if (!t.vehicle || !t.vehicle_purchase || !t.vehicle_operation) return;
  check_identity(ctx, term("total", *t.vehicle),
                 {term("part", *t.vehicle_purchase), term("part", *t.vehicle_operation)});
}

const RuleInfo kInfo{
    "T302",
    "vehicle-cost-parts-mismatch",
    Severity::Error,
    RuleInput::Model,
    "公务用车购置费与运行维护费之和与公务用车购置及运维费不符",
    "Vehicle purchase and operation do not add up to vehicle costs",
    "{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "vehicle costs {total_label} {total} differ from {parts} = {sum}, difference {diff}",
    "检查内容：公务用车购置及运维费是否等于公务用车购置费加公务用车运行维护费。\n"
    "为何重要：括号里的两项就是这一项的全部构成，不一致说明至少一个数字有误。\n"
    "示例：公务用车购置及运维费25万元（其中：公务用车购置费0万元，公务用车运行维护费24万元）。\n"
    "正确写法：购置及运维费 = 购置费 + 运行维护费。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：财政拨款“三公”经费支出表。",
    "What it checks: that vehicle costs equal vehicle purchase plus vehicle operation and maintenance.\n"
    "Why it matters: the two items in the parenthesis are the whole of it.\n"
    "Example: 25 with purchase 0 and operation 24.\n"
    "Correct: vehicle costs = purchase + operation.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the 财政拨款“三公”经费支出表.",
    "0.1.0"};

}  // namespace

const Rule kT302{kInfo, check};

}  // namespace budgetlint::rules
