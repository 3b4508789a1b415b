#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

constexpr std::int64_t kFullMarks = 100 * Amount::kScale;

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || se->scores.empty()) return;
  std::vector<Amount> maxima;
  for (const ScoreRow& r : se->scores) maxima.push_back(r.maximum.value);
  std::optional<Amount> summed = checked_sum(maxima);
  if (!summed) return;  // beyond any real figure: no verdict
  Amount total = *summed;
  bool stated_ok = !se->total_maximum || se->total_maximum->value.micros == kFullMarks;
  if (total.micros == kFullMarks && stated_ok) return;
  Finding& f = ctx.report(se->total_maximum ? se->total_maximum->span : se->scores.front().maximum.span);
  f.section_path = {"部门整体支出绩效自评表", "合计"};
  arg(f, "sum", total.to_string());
  arg(f, "count", std::to_string(maxima.size()));
  arg(f, "stated", se->total_maximum ? se->total_maximum->value.to_string() : "（未列）");
  set_exact_evidence(f, Amount{kFullMarks, 0}, total, "分");
  if (se->total_maximum) f.evidence.figures.push_back(evidence_of("stated", "合计（分值）", *se->total_maximum, "分"));
}

const RuleInfo kInfo{
    "E104",
    "maximum-total-mismatch",
    Severity::Error,
    RuleInput::Model,
    "各指标分值之和或合计分值不是 100 分",
    "The indicators' maxima do not add up to 100, or the 合计 maximum is not 100",
    "{count} 个指标的分值之和为 {sum} 分，合计行分值为 {stated}，满分应为 100 分",
    "the {count} indicators' maxima add up to {sum} and the 合计 row states {stated}; full marks are 100",
    "检查内容：自评表各三级指标的分值之和以及合计行的分值是否都是 100 分。\n"
    "为何重要：部门整体支出绩效自评按百分制打分，等级也按百分制划分；满分不是 100，总分和等级就没有意义。\n"
    "示例：各指标分值之和为 98，合计行写 100。\n"
    "正确写法：Σ 分值 = 合计分值 = 100。\n"
    "容差：无，分值是精确值。\n"
    "依据：部门整体支出绩效评价指标体系（满分100分）。",
    "What it checks: that the indicators' maxima add up to 100 and that the 合计 row's maximum is 100.\n"
    "Why it matters: the self-evaluation is scored and graded out of 100; any other full mark makes total and grade "
    "meaningless.\n"
    "Example: maxima adding up to 98 under a 合计 of 100.\n"
    "Correct: Σ maxima = 合计 maximum = 100.\n"
    "Tolerance: none; maxima are exact.\n"
    "References: the department-wide performance indicator framework (100 points).",
    "0.1.0"};

}  // namespace

const Rule kE104{kInfo, check};

}  // namespace budgetlint::rules
