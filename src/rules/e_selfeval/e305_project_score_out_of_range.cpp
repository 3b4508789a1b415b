#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

constexpr std::int64_t kFullMarks = 100 * Amount::kScale;

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (const EvaluatedProject& p : se->projects) {
    if (!p.score || (p.score->value.micros >= 0 && p.score->value.micros <= kFullMarks)) continue;
    Finding& f = ctx.report(p.score->span);
    f.section_path = {"分项绩效项目清单", p.name};
    arg(f, "project", p.name);
    arg(f, "score", p.score->value.to_string());
    f.evidence.figures.push_back(evidence_of("table", "自评得分", *p.score, "分"));
  }
}

const RuleInfo kInfo{"E305",
                     "project-score-out-of-range",
                     Severity::Error,
                     RuleInput::Model,
                     "分项项目自评得分不在 0–100 分之间",
                     "A project's score is outside 0–100",
                     "项目“{project}”自评得分 {score} 分，不在 0–100 分之间",
                     "project “{project}” scores {score}, outside 0–100",
                     "检查内容：分项绩效项目清单中每个项目的自评得分是否在 0 到 100 分之间。\n"
                     "为何重要：项目绩效自评按百分制打分，超出范围说明得分填错了（常见为多打一位数字）。\n"
                     "示例：自评得分 930。\n"
                     "正确写法：0 ≤ 得分 ≤ 100。\n"
                     "容差：无。\n"
                     "依据：《项目支出绩效评价管理办法》（财预〔2020〕10号），百分制。",
                     "What it checks: that every project's self-assessed score lies between 0 and 100.\n"
                     "Why it matters: project self-evaluations are scored out of 100; anything else is a typo.\n"
                     "Example: a score of 930.\n"
                     "Correct: 0 ≤ score ≤ 100.\n"
                     "Tolerance: none.\n"
                     "References: 项目支出绩效评价管理办法 (财预〔2020〕10号), scored out of 100.",
                     "0.1.0"};

}  // namespace

const Rule kE305{kInfo, check};

}  // namespace budgetlint::rules
