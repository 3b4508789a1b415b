#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->total_score || se->scores.empty()) return;
  std::vector<Amount> scores;
  for (const ScoreRow& r : se->scores) scores.push_back(r.score.value);
  std::optional<Amount> summed = checked_sum(scores);
  if (!summed) return;  // beyond any real figure: no verdict
  Amount total = *summed;
  if (total == se->total_score->value) return;
  Finding& f = ctx.report(se->total_score->span);
  f.section_path = {"部门整体支出绩效自评表", "合计"};
  arg(f, "total", se->total_score->value.to_string());
  arg(f, "sum", total.to_string());
  arg(f, "count", std::to_string(scores.size()));
  int decimals = std::max(total.decimals, se->total_score->value.decimals);
  arg(f, "diff", Amount{se->total_score->value.micros - total.micros, decimals}.to_string(decimals));
  set_exact_evidence(f, total, se->total_score->value, "分");
  f.evidence.figures.push_back(evidence_of("stated", "合计（自评得分）", *se->total_score, "分"));
}

const RuleInfo kInfo{
    "E105",
    "score-total-mismatch",
    Severity::Error,
    RuleInput::Model,
    "自评得分合计与各指标得分之和不符",
    "The total score differs from the sum of the indicators' scores",
    "合计自评得分 {total} 分，而 {count} 个指标得分之和为 {sum} 分，差 {diff} 分",
    "the total score is {total}, but the {count} indicators' scores add up to {sum}, difference {diff}",
    "检查内容：自评表合计行的自评得分是否等于各三级指标自评得分之和。\n"
    "为何重要：总分决定评价等级；总分与明细不符，等级就不可信。\n"
    "示例：各项得分之和 96.5，合计写 97。\n"
    "正确写法：合计 = Σ 自评得分。\n"
    "容差：无，分数是精确值。\n"
    "依据：部门整体支出绩效自评表。",
    "What it checks: that the 合计 row's score equals the sum of the indicators' scores.\n"
    "Why it matters: the total decides the grade; a total that disagrees with its rows makes the grade doubtful.\n"
    "Example: scores adding up to 96.5 under a total of 97.\n"
    "Correct: total = Σ scores.\n"
    "Tolerance: none; scores are exact.\n"
    "References: the 部门整体支出绩效自评表.",
    "0.1.0"};

}  // namespace

const Rule kE105{kInfo, check};

}  // namespace budgetlint::rules
