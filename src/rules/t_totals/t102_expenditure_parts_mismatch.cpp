#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Expenditure& e = ctx.model().expenditure;
  if (!e.total || !e.project) return;
  // 支出 = 基本 + 项目; where 基本 is not stated (weixian 2020), 人员 + 公用 + 项目.
  if (e.basic) {
    check_identity(ctx, term("total", *e.total), {term("part", *e.basic), term("part", *e.project)});
  } else if (e.personnel && e.public_) {
    check_identity(ctx, term("total", *e.total),
                   {term("part", *e.personnel), term("part", *e.public_), term("part", *e.project)});
  }
}

const RuleInfo kInfo{
    "T102",
    "expenditure-parts-mismatch",
    Severity::Error,
    RuleInput::Model,
    "基本支出与项目支出之和与支出合计不符",
    "Basic and project expenditure do not add up to total expenditure",
    "{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "total expenditure {total_label} {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：支出说明中的支出合计是否等于基本支出加项目支出；未单列基本支出时，是否等于人员经费、公用经费与项目支出之"
    "和。\n"
    "为何重要：基本支出与项目支出是支出的完整划分，二者之和必须等于支出合计。\n"
    "示例：2025年支出预算1166.60万元，其中基本支出673.24万元……项目支出503.36万元。（673.24 + 503.36 = 1176.60）\n"
    "正确写法：支出合计 = 基本支出 + 项目支出。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）；差额小于各数半个末位单位之和即视为一致。\n"
    "依据：部门预算支出总表（合计 = 基本支出 + 项目支出）。",
    "What it checks: that total expenditure equals basic plus project expenditure, or personnel + public + project "
    "costs where basic expenditure is not stated.\n"
    "Why it matters: basic and project expenditure partition the budget; their sum must be the total.\n"
    "Example: total 1166.60 with basic 673.24 and project 503.36 (sum 1176.60).\n"
    "Correct: total = basic + project.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed.\n"
    "References: the 部门预算支出总表 (合计 = 基本支出 + 项目支出).",
    "0.1.0"};

}  // namespace

const Rule kT102{kInfo, check};

}  // namespace budgetlint::rules
