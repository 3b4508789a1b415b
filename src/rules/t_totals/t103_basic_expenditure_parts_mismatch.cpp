#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Expenditure& e = ctx.model().expenditure;
  if (!e.basic || !e.personnel || !e.public_) return;
  check_identity(ctx, term("total", *e.basic), {term("part", *e.personnel), term("part", *e.public_)});
}

const RuleInfo kInfo{
    "T103",
    "basic-expenditure-parts-mismatch",
    Severity::Error,
    RuleInput::Model,
    "人员经费与公用经费之和与基本支出不符",
    "Personnel and public costs do not add up to basic expenditure",
    "{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "basic expenditure {total_label} {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：基本支出是否等于人员经费加（日常）公用经费。\n"
    "为何重要：基本支出只由人员经费和公用经费构成，二者之和对不上说明至少一个数字有误。\n"
    "示例：基本支出519.07万元，包括人员经费488.85万元和日常公用经费40.22万元。（488.85 + 40.22 = 529.07）\n"
    "正确写法：基本支出 = 人员经费 + 公用经费。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）；差额小于各数半个末位单位之和即视为一致。\n"
    "依据：一般公共预算财政拨款基本支出表（合计 = 人员经费 + 公用经费）。",
    "What it checks: that basic expenditure equals personnel costs plus (daily) public costs.\n"
    "Why it matters: basic expenditure consists of exactly these two; a mismatch means one figure is wrong.\n"
    "Example: basic 519.07 with personnel 488.85 and public 40.22 (sum 529.07).\n"
    "Correct: basic = personnel + public.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed.\n"
    "References: the 一般公共预算财政拨款基本支出表.",
    "0.1.0"};

}  // namespace

const Rule kT103{kInfo, check};

}  // namespace budgetlint::rules
