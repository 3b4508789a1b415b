#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const YearOverYear& y = ctx.model().three_public.change;
  if (y.has_reason) return;
  for (const Change& c : y.changes) {
    if (c.direction.value == Direction::Flat || !c.magnitude || c.magnitude->value.amount.is_zero()) continue;
    Finding& f = ctx.report(c.direction.span);
    arg(f, "label", display_label(c));
    arg(f, "claim", c.direction.raw + c.magnitude->raw);
    f.evidence.actual = c.magnitude->value.amount.to_string();
    f.evidence.unit = to_string(c.magnitude->value.unit);
    f.evidence.figures.push_back(evidence_of("stated", Figure{c.label, *c.magnitude}));
    return;  // one finding for the statement, not one per part
  }
}

const RuleInfo kInfo{
    "Y103",
    "three-public-change-without-reason",
    Severity::Warning,
    RuleInput::Model,
    "“三公”经费增减变化未说明原因",
    "A change in three-public spending is given without its reason",
    "{label}“{claim}”，但未说明增减变化的原因",
    "three-public spending {label} “{claim}” without a reason for the change",
    "检查内容：“三公”经费比上年有增减时，是否说明了增减变化的原因（“主要原因是…”“主要是…”“由于…”）。\n"
    "为何重要：公开规定要求对“三公”经费的增减变化作出说明，这是公众监督的重点。\n"
    "示例：与2024年相比减少8.00万元。（没有原因）\n"
    "正确写法：与2024年相比减少8.00万元，主要原因是严格公务接待管理。\n"
    "容差：不适用。\n"
    "依据：《地方预决算公开操作规程》：“三公”经费增减变化原因应当说明。",
    "What it checks: that a change in three-public spending comes with its reason (主要原因是…, 主要是…, 由于…).\n"
    "Why it matters: the disclosure rules require the reason for every change in three-public spending.\n"
    "Example: 与2024年相比减少8.00万元 — and nothing more.\n"
    "Correct: …减少8.00万元，主要原因是严格公务接待管理.\n"
    "Tolerance: not applicable.\n"
    "References: 地方预决算公开操作规程.",
    "0.1.0"};

}  // namespace

const Rule kY103{kInfo, check};

}  // namespace budgetlint::rules
