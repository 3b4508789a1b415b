#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (const ScoreGroup& n : se->narrative_groups) {
    if (!n.maximum) continue;
    std::string key = match_key(n.name);
    for (const ScoreGroup& t : se->groups) {
      if (t.level != n.level || !t.maximum || match_key(t.name) != key) continue;
      if (t.maximum->value != n.maximum->value) {
        Finding& f = ctx.report(n.maximum->span);
        arg(f, "group", n.name);
        arg(f, "narrative", n.maximum->value.to_string());
        arg(f, "table", t.maximum->value.to_string());
        set_exact_evidence(f, t.maximum->value, n.maximum->value, "分");
        f.evidence.figures.push_back(evidence_of("narrative", n.name, *n.maximum, "分"));
        f.evidence.figures.push_back(evidence_of("table", t.name, *t.maximum, "分"));
      }
      break;
    }
  }
}

const RuleInfo kInfo{
    "E202",
    "narrative-group-maximum-mismatch",
    Severity::Error,
    RuleInput::Model,
    "正文中指标组的满分与自评表不符",
    "A group maximum in the narrative differs from the scoring table",
    "正文“{group}”满分 {narrative} 分，自评表中为 {table} 分",
    "the narrative gives “{group}” a maximum of {narrative}, the table {table}",
    "检查内容：正文小标题中一级、二级指标的满分（如“投入指标（20分）”“预算执行（25 "
    "分）”）是否与自评表中同名指标括号里的满分一致。"
    "按名称对应，名称比较时忽略空格、括号内容和“指标”二字。\n"
    "为何重要：同一指标组两个满分，说明评分体系在正文和表格中不一致。\n"
    "示例：正文“过程（执行）指标（40 分）”，表中“过程（执行）（35）”。\n"
    "正确写法：正文与表格写同一个满分。\n"
    "容差：无，分值是精确值。\n"
    "依据：部门整体支出绩效自评报告格式。",
    "What it checks: that each group maximum in the narrative's headings (“投入指标（20分）”) equals the table's "
    "maximum for the group of the same name (compared without spaces, brackets and “指标”).\n"
    "Why it matters: two maxima for one group mean the scale differs between text and table.\n"
    "Example: 40 in the text, 35 in the table.\n"
    "Correct: the same maximum in both places.\n"
    "Tolerance: none; maxima are exact.\n"
    "References: the self-evaluation report format.",
    "0.1.0"};

}  // namespace

const Rule kE202{kInfo, check};

}  // namespace budgetlint::rules
