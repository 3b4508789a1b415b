#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

// Spending above the budget needs an explanation in the deviation text.
bool explained(const SelfEvaluation& se) {
  for (std::string_view w : {"超支", "超出", "超过预算", "追加"}) {
    if (se.deviation.find(w) != std::string::npos) return true;
  }
  return false;
}

void report(RuleContext& ctx, std::vector<std::string> path, const std::string& what, const Sourced<Amount>& spent,
            const Sourced<Amount>& budget) {
  if (spent.value.micros <= budget.value.micros) return;
  Finding& f = ctx.report(spent.span);
  f.section_path = std::move(path);
  arg(f, "what", what);
  arg(f, "spent", spent.value.to_string());
  arg(f, "budget", budget.value.to_string());
  int decimals = std::max(spent.value.decimals, budget.value.decimals);
  arg(f, "diff", Amount{spent.value.micros - budget.value.micros, decimals}.to_string(decimals));
  set_exact_evidence(f, budget.value, spent.value, "万元");
  f.evidence.figures.push_back(evidence_of("part", "执行数", spent, "万元"));
  f.evidence.figures.push_back(evidence_of("total", "预算数", budget, "万元"));
}

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || explained(*se)) return;
  if (se->table_spent && se->table_budget)
    report(ctx, {"部门整体支出绩效自评表", "预算执行情况"}, "部门整体", *se->table_spent, *se->table_budget);
  for (const EvaluatedProject& p : se->projects) {
    if (p.spent && p.budget) report(ctx, {"分项绩效项目清单", p.name}, "项目“" + p.name + "”", *p.spent, *p.budget);
  }
}

const RuleInfo kInfo{
    "E302",
    "execution-exceeds-budget",
    Severity::Warning,
    RuleInput::Model,
    "执行数超过预算数且未作说明",
    "Spending exceeds the budget without an explanation",
    "{what}执行数 {spent} 万元超过预算数 {budget} 万元（多 {diff} 万元），偏差说明中未作解释",
    "{what}: spent {spent} exceeds the budget {budget} by {diff}, and the deviation text does not explain it",
    "检查内容：自评表的执行数和分项项目清单中各项目的执行数是否超过预算数（调整后）；超过时，"
    "“绩效目标执行出现的偏差和采取的措施”中是否说明了超支或追加。\n"
    "为何重要：支出不得超过调整后的预算；确有追加的，应当在偏差说明中写明。\n"
    "示例：预算数 120.00，执行数 125.00，偏差说明未提超支。\n"
    "正确写法：执行数 ≤ 预算数，或在偏差说明中写明超支、追加的原因。\n"
    "容差：无，超过即提示。\n"
    "依据：《中华人民共和国预算法》关于预算调整的规定；部门整体支出绩效自评表表样。",
    "What it checks: that spending in the table and in the project list does not exceed the (adjusted) budget, or "
    "that the deviation text explains an overrun or a supplementary appropriation.\n"
    "Why it matters: spending may not exceed the adjusted budget; a supplement must be stated.\n"
    "Example: budget 120.00, spent 125.00, no word of it in the deviation text.\n"
    "Correct: spent ≤ budget, or an explanation of the overrun.\n"
    "Tolerance: none.\n"
    "References: the Budget Law on budget adjustments; the self-evaluation table form.",
    "0.1.0"};

}  // namespace

const Rule kE302{kInfo, check};

}  // namespace budgetlint::rules
