#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

std::string band_text(const GradeBand& b) {
  if (b.lower && b.upper) return b.lower->to_string() + " ≤ 得分 < " + b.upper->to_string() + " 为" + b.grade;
  if (b.lower) return "得分 ≥ " + b.lower->to_string() + " 为" + b.grade;
  return "得分 < " + (b.upper ? b.upper->to_string() : std::string("?")) + " 为" + b.grade;
}

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->stated_grade || se->grade_bands.empty()) return;
  const auto& total = se->stated_total ? se->stated_total : se->total_score;
  if (!total) return;
  std::int64_t t = total->value.micros;
  for (const GradeBand& b : se->grade_bands) {
    if ((b.lower && t < b.lower->micros) || (b.upper && t >= b.upper->micros)) continue;
    if (b.grade == se->stated_grade->value) return;
    Finding& f = ctx.report(se->stated_grade->span);
    arg(f, "total", total->value.to_string());
    arg(f, "grade", se->stated_grade->value);
    arg(f, "expected", b.grade);
    arg(f, "band", band_text(b));
    f.evidence.expected = b.grade;
    f.evidence.actual = se->stated_grade->value;
    f.evidence.figures.push_back(evidence_of("stated", "总得分", *total, "分"));
    return;
  }
}

const RuleInfo kInfo{
    "E107",
    "grade-threshold-mismatch",
    Severity::Error,
    RuleInput::Model,
    "评价等级与报告自己规定的分数段不符",
    "The grade does not follow the thresholds the report itself states",
    "总得分 {total} 分，按报告所列“{band}”应评为“{expected}”，报告却评为“{grade}”",
    "a total of {total} is “{expected}” by the report's own scale ({band}), but the report says “{grade}”",
    "检查内容：综合评价等级是否与报告自己列出的分数段一致（如 得分 ≥ 85 为优秀，75 ≤ 得分 < 85 为良好）。\n"
    "为何重要：等级由总分按既定分数段得出，写错等级会误导对部门绩效的判断。\n"
    "示例：总分 83 分，评价等级写“优秀”。\n"
    "正确写法：按报告所列分数段确定等级。\n"
    "容差：无。分数段的下限含、上限不含，以报告写法为准。\n"
    "依据：报告“评价结论和评价等级”部分自身所列的等级划分。",
    "What it checks: that the grade follows the score bands the report itself lists (e.g. ≥ 85 优秀, 75–85 良好).\n"
    "Why it matters: the grade is derived from the total by the stated bands; a wrong grade misleads.\n"
    "Example: a total of 83 graded 优秀.\n"
    "Correct: the grade of the band the total falls in.\n"
    "Tolerance: none; lower bounds are inclusive and upper bounds exclusive, as the report writes them.\n"
    "References: the grading scale stated in the report's conclusion.",
    "0.1.0"};

}  // namespace

const Rule kE107{kInfo, check};

}  // namespace budgetlint::rules
