#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const ThreePublic& t = ctx.model().three_public;
  if (!t.total) return;
  // The vehicle part may be stated only through its two sub-parts.
  std::vector<Term> parts;
  if (t.abroad) parts.push_back(term("part", *t.abroad));
  if (t.vehicle) {
    parts.push_back(term("part", *t.vehicle));
  } else {
    if (t.vehicle_purchase) parts.push_back(term("part", *t.vehicle_purchase));
    if (t.vehicle_operation) parts.push_back(term("part", *t.vehicle_operation));
  }
  if (t.reception) parts.push_back(term("part", *t.reception));
  if (parts.size() < 2) return;  // a lone part is not a breakdown
  check_identity(ctx, term("total", *t.total), parts);
}

const RuleInfo kInfo{
    "T301",
    "three-public-parts-mismatch",
    Severity::Error,
    RuleInput::Model,
    "“三公”经费各项之和与合计不符",
    "The three public-spending items do not add up to their total",
    "“三公”经费 {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "three-public total {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：财政拨款“三公”经费合计是否等于因公出国（境）费、公务用车购置及运维费、公务接待费之和。\n"
    "为何重要：“三公”经费是公众最关注的数字之一，合计与分项必须一致。\n"
    "示例：“三公”经费预算安排35万元，其中：因公出国（境）费0万元；公务用车购置及运维费25万元；公务接待费12万元。\n"
    "正确写法：“三公”合计 = 出国 + 公车 + 接待。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：财政拨款“三公”经费支出表。",
    "What it checks: that the three-public total equals travel abroad + official vehicles + official reception.\n"
    "Why it matters: the three-public figures are among the most read of a disclosure; total and parts must agree.\n"
    "Example: total 35 with 0, 25 and 12.\n"
    "Correct: total = abroad + vehicles + reception.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the 财政拨款“三公”经费支出表.",
    "0.1.0"};

}  // namespace

const Rule kT301{kInfo, check};

}  // namespace budgetlint::rules
