#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const auto& table = ctx.model().procurement_table;
  if (!table) return;
  for (const ProcurementRow& r : table->rows) {
    if (r.kind != ProcurementRow::Kind::Item || !r.total || !r.project_budget) continue;
    const Amount& amount = r.total->value;
    const Amount& budget = r.project_budget->value;
    // Over the budget by more than the two figures' rounding.
    if (2 * (amount.micros - budget.micros) <= amount.twice_half_unit() + budget.twice_half_unit()) continue;
    Finding& f = ctx.report(r.total->span);
    int decimals = std::max(amount.decimals, budget.decimals);
    arg(f, "item", r.item.empty() ? r.project : r.item);
    arg(f, "project", r.project);
    arg(f, "total", amount.to_string());
    arg(f, "budget", budget.to_string());
    arg(f, "diff", Amount{amount.micros - budget.micros, decimals}.to_string(decimals));
    f.evidence.expected = "≤ " + budget.to_string();
    f.evidence.actual = amount.to_string();
    f.evidence.unit = "万元";
    EvidenceFigure b;
    b.role = "table";
    b.label = r.project + " 预算资金";
    b.value = budget.to_string();
    b.unit = "万元";
    b.span = r.project_budget->span;
    f.evidence.figures.push_back(b);
    f.section_path = {table->title, r.project};
  }
}

const RuleInfo kInfo{"T403",
                     "procurement-exceeds-project-budget",
                     Severity::Error,
                     RuleInput::Model,
                     "采购金额超过所属项目的预算资金",
                     "A purchase costs more than its project's budget",
                     "“{item}”采购金额 {total} 万元，超过所属项目“{project}”的预算资金 {budget} 万元（多 {diff} 万元）",
                     "“{item}” costs {total}, more than the budget {budget} of its project “{project}” (by {diff})",
                     "检查内容：政府采购预算表中每一项采购的金额是否不超过其所属项目的预算资金。\n"
                     "为何重要：采购资金来自项目预算，超过项目预算说明金额或项目填错了。\n"
                     "示例：项目预算资金 96.61，采购金额 106.61。\n"
                     "正确写法：采购金额 ≤ 项目预算资金。\n"
                     "容差：两个数字各自 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：政府采购预算表表样。",
                     "What it checks: that no purchase in the procurement table costs more than the budget of the "
                     "project it belongs to.\n"
                     "Why it matters: procurement is paid from the project's budget; more than the budget means the "
                     "amount or the project is wrong.\n"
                     "Example: project budget 96.61, purchase 106.61.\n"
                     "Correct: purchase ≤ project budget.\n"
                     "Tolerance: ± half a unit of each figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the standard procurement table.",
                     "0.1.0"};

}  // namespace

const Rule kT403{kInfo, check};

}  // namespace budgetlint::rules
