#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check_changes(RuleContext& ctx, const YearOverYear& y) {
  for (const Change& c : y.changes) {
    if (c.direction.value == Direction::Flat || !c.magnitude) continue;
    bool zero = c.magnitude->value.amount.is_zero();
    bool restated_flat = c.restated && c.restated->value == Direction::Flat;
    if (!zero && !restated_flat) continue;
    Finding& f = ctx.report(c.direction.span);
    std::string claim = c.direction.raw + c.magnitude->raw;
    arg(f, "label", display_label(c));
    arg(f, "claim", claim);
    arg(f, "problem_zh", restated_flat ? "又称“" + c.restated->raw + "”" : "增减额为零却写“" + c.direction.raw + "”");
    arg(f, "problem_en",
        restated_flat ? "then says “" + c.restated->raw + "”" : "a zero change described as “" + c.direction.raw + "”");
    f.evidence.actual = c.magnitude->value.amount.to_string();
    f.evidence.unit = to_string(c.magnitude->value.unit);
    f.evidence.figures.push_back(evidence_of("stated", Figure{c.label, *c.magnitude}));
    if (c.restated) {
      EvidenceFigure word;
      word.role = "stated";
      word.label = c.restated->raw;
      word.span = c.restated->span;
      f.evidence.figures.push_back(word);
    }
  }
}

void check(RuleContext& ctx) {
  check_changes(ctx, ctx.model().change);
  check_changes(ctx, ctx.model().three_public.change);
}

const RuleInfo kInfo{
    "Y102",
    "direction-word-contradiction",
    Severity::Warning,
    RuleInput::Model,
    "增减用词与增减额矛盾",
    "The direction word contradicts the amount of the change",
    "{label}“{claim}”，{problem_zh}：增减用词与数额自相矛盾",
    "{label} “{claim}”: {problem_en}; the words contradict the amount",
    "检查内容：“增加/减少”与增减额是否相符：增减额为0却写“减少”，或写了“减少X万元”又称“与去年持平”。\n"
    "为何重要：读者无法从自相矛盾的句子判断到底有没有变化。\n"
    "示例：公务接待费减少0万元，与去年持平。\n"
    "正确写法：没有变化时写“与上年持平”；有变化时写“减少X万元”，不再说持平。\n"
    "容差：不适用（判断用词）。\n"
    "依据：财政拨款“三公”经费增减变化说明的填报要求。",
    "What it checks: that 增加/减少 agrees with the amount: a change of 0 described as a decrease, or “decreased by X” "
    "followed by “unchanged”.\n"
    "Why it matters: a self-contradictory sentence leaves the reader unable to tell whether anything changed.\n"
    "Example: 公务接待费减少0万元，与去年持平.\n"
    "Correct: “与上年持平” when nothing changed; “减少X万元” alone when it did.\n"
    "Tolerance: not applicable (wording).\n"
    "References: the rules for explaining changes in three-public spending.",
    "0.1.0"};

}  // namespace

const Rule kY102{kInfo, check};

}  // namespace budgetlint::rules
