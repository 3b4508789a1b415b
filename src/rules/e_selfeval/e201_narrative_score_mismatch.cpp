#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (auto [narrative, row] : pair_narrative_with_table(*se)) {
    if (narrative->score.value == row->score.value) continue;
    Finding& f = ctx.report(narrative->score.span);
    arg(f, "item", narrative->name);
    arg(f, "narrative", narrative->score.value.to_string());
    arg(f, "row", row->name);
    arg(f, "table", row->score.value.to_string());
    set_exact_evidence(f, row->score.value, narrative->score.value, "分");
    f.evidence.figures.push_back(evidence_of("narrative", narrative->name, narrative->score, "分"));
    f.evidence.figures.push_back(evidence_of("table", row->name, row->score, "分"));
  }
}

const RuleInfo kInfo{
    "E201",
    "narrative-score-mismatch",
    Severity::Error,
    RuleInput::Model,
    "正文中的指标得分与自评表不符",
    "A score in the narrative differs from the scoring table",
    "正文“{item}”得 {narrative} 分，自评表“{row}”得 {table} 分",
    "the narrative scores “{item}” {narrative}, the table scores “{row}” {table}",
    "检查内容：正文逐项分析中“故此项得分X分”的得分是否等于自评表中同一指标的自评得分。"
    "正文逐项打分的个数与表中指标个数相同时按顺序对应，否则按指标名称对应。\n"
    "为何重要：正文和附表是同一次评价，同一指标两个得分，总分就至少有一处是错的。\n"
    "示例：正文“资金结余结转率……故此项得1.5分”，表中该项得 2 分。\n"
    "正确写法：正文与表格写同一个得分。\n"
    "容差：无，分数是精确值。\n"
    "依据：部门整体支出绩效自评报告格式。",
    "What it checks: that each score of the narrative (“故此项得分X分”) equals the table's score for the same "
    "indicator; they are paired in order when the narrative scores every row, by name otherwise.\n"
    "Why it matters: text and table report one evaluation; two scores for one indicator make a total wrong.\n"
    "Example: the text gives 1.5, the table 2.\n"
    "Correct: the same score in both places.\n"
    "Tolerance: none; scores are exact.\n"
    "References: the self-evaluation report format.",
    "0.1.0"};

}  // namespace

const Rule kE201{kInfo, check};

}  // namespace budgetlint::rules
