#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->stated_total || !se->total_score) return;
  if (se->stated_total->value == se->total_score->value) return;
  Finding& f = ctx.report(se->stated_total->span);
  arg(f, "stated", se->stated_total->value.to_string());
  arg(f, "table", se->total_score->value.to_string());
  set_exact_evidence(f, se->total_score->value, se->stated_total->value, "分");
  f.evidence.figures.push_back(evidence_of("narrative", "评价结论中的总得分", *se->stated_total, "分"));
  f.evidence.figures.push_back(evidence_of("table", "自评表合计", *se->total_score, "分"));
}

const RuleInfo kInfo{
    "E106",
    "grade-total-mismatch",
    Severity::Error,
    RuleInput::Model,
    "评价结论中的总得分与自评表合计不符",
    "The total in the conclusion differs from the scoring table's total",
    "评价结论写总得分 {stated} 分，自评表合计为 {table} 分",
    "the conclusion states a total of {stated}, the scoring table's total is {table}",
    "检查内容：“评价结论和评价等级”中的总得分是否等于部门整体支出绩效自评表合计行的自评得分。\n"
    "为何重要：报告正文与附表是同一次评价，总分必须一致，否则读者不知道哪个才是结果。\n"
    "示例：正文“整体项目自评得分96.5分”，表中合计 95.5。\n"
    "正确写法：两处写同一个总分。\n"
    "容差：无，分数是精确值。\n"
    "依据：部门整体支出绩效自评报告格式。",
    "What it checks: that the total score in the conclusion equals the 合计 score of the scoring table.\n"
    "Why it matters: text and table report the same evaluation; two totals leave the reader without a result.\n"
    "Example: the text says 96.5, the table's total is 95.5.\n"
    "Correct: the same total in both places.\n"
    "Tolerance: none; scores are exact.\n"
    "References: the self-evaluation report format.",
    "0.1.0"};

}  // namespace

const Rule kE106{kInfo, check};

}  // namespace budgetlint::rules
