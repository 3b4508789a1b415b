#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (const ScoreRow& r : se->scores) {
    const Amount& score = r.score.value;
    const Amount& max = r.maximum.value;
    if (score.micros >= 0 && score.micros <= max.micros) continue;
    Finding& f = ctx.report(r.score.span);
    f.section_path = {"部门整体支出绩效自评表", r.name};
    arg(f, "item", r.name);
    arg(f, "score", score.to_string());
    arg(f, "maximum", max.to_string());
    set_exact_evidence(f, score.micros < 0 ? Amount{0, 0} : max, score, "分");
    f.evidence.figures.push_back(evidence_of("table", "分值", r.maximum, "分"));
    f.evidence.figures.push_back(evidence_of("table", "自评得分", r.score, "分"));
  }
}

const RuleInfo kInfo{
    "E101",
    "score-outside-maximum",
    Severity::Error,
    RuleInput::Model,
    "自评得分超出该指标分值或为负数",
    "A self-evaluation score is above its maximum or below zero",
    "指标“{item}”自评得分 {score} 分，超出 0–{maximum} 分（分值 {maximum} 分）",
    "indicator “{item}” scores {score}, outside 0–{maximum} (its maximum is {maximum})",
    "检查内容：部门整体支出绩效自评表中每个三级指标的自评得分是否在 0 与该指标分值之间。\n"
    "为何重要：得分超过分值说明打分或分值填错了，总分也随之失真。\n"
    "示例：资金结余结转率 分值 2，自评得分 2.5。\n"
    "正确写法：0 ≤ 自评得分 ≤ 分值。\n"
    "容差：无。分值和得分是打出来的分数，不是四舍五入的金额。\n"
    "依据：部门整体支出绩效评价指标体系（评分表）。",
    "What it checks: that every indicator's self-assessed score lies between 0 and its maximum (分值).\n"
    "Why it matters: a score above the maximum means the score or the maximum is wrong, and so is the total.\n"
    "Example: maximum 2, score 2.5.\n"
    "Correct: 0 ≤ score ≤ maximum.\n"
    "Tolerance: none; scores are awarded points, not rounded amounts.\n"
    "References: the department-wide performance indicator framework (scoring table).",
    "0.1.0"};

}  // namespace

const Rule kE101{kInfo, check};

}  // namespace budgetlint::rules
