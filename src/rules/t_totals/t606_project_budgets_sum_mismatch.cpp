#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (!d.expenditure.project || d.projects.empty()) return;
  std::vector<Term> parts;
  for (const Project& p : d.projects) {
    // Only when every table states its budget: a partial sum proves nothing.
    if (!p.budget) return;
    parts.push_back({"part", p.name, p.budget->value, p.budget->span, p.budget->value.to_string()});
  }
  if (!check_identity(ctx, term("total", *d.expenditure.project), parts)) return;
  Finding& f = ctx.out_back();
  arg(f, "count", std::to_string(parts.size()));
  f.section_path = {"绩效目标表"};
}

const RuleInfo kInfo{
    "T606",
    "project-budgets-sum-mismatch",
    Severity::Error,
    RuleInput::Model,
    "各项目预算数之和与项目支出不符",
    "The project budgets do not add up to the project expenditure",
    "{total_label} {total} 万元与 {count} 张绩效目标表预算数之和 {sum} 万元不符，差 {diff} 万元",
    "{total_label} {total} is not the sum {sum} of the budgets of the {count} performance-target "
    "tables (difference {diff})",
    "检查内容：文字说明中的项目支出，是否等于各项目绩效目标表预算数之和。只在每张表都列出预算数时检查。\n"
    "为何重要：每个项目都应公开绩效目标表；合计不符，说明漏了项目的表、多列了表，或某个预算数填错。\n"
    "示例：项目支出 30.00 万元，两张绩效目标表预算数 24.00 和 4.00。\n"
    "正确写法：项目支出 28.00 万元 = 24.00 + 4.00。\n"
    "容差：按上下文精度的舍入容差（每个数 ±半个末位单位，末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《地方预决算公开操作规程》（财预〔2016〕143号）：项目支出应公开绩效目标。",
    "What it checks: whether the project expenditure stated in the narrative equals the sum of the "
    "budgets of the project performance-target tables. Checked only when every table states its "
    "budget.\n"
    "Why it matters: every project should publish its table; a sum that differs means a table is "
    "missing or extra, or a budget is wrong.\n"
    "Example: project expenditure 30.00; tables with budgets 24.00 and 4.00.\n"
    "Correct: project expenditure 28.00 = 24.00 + 4.00.\n"
    "Tolerance: rounding of the printed figures (± half a unit of each last digit; the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: rules for disclosing local budgets (财预〔2016〕143号).",
    "0.1.0"};

}  // namespace

const Rule kT606{kInfo, check};

}  // namespace budgetlint::rules
