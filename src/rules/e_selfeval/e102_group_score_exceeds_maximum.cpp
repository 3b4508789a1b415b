#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  std::vector<std::vector<Amount>> figures = by_group(*se, &ScoreRow::score);
  for (std::size_t g = 0; g < se->groups.size(); ++g) {
    const ScoreGroup& group = se->groups[g];
    if (!group.maximum) continue;
    const std::vector<Amount>& scores = figures[g];
    if (scores.empty()) continue;
    std::optional<Amount> summed = checked_sum(scores);
    if (!summed) continue;  // beyond any real figure: no verdict
    Amount total = *summed;
    if (total.micros <= group.maximum->value.micros) continue;
    Finding& f = ctx.report(group.maximum->span);
    f.section_path = {"部门整体支出绩效自评表", group_path(*se, static_cast<int>(g))};
    arg(f, "group", group_path(*se, static_cast<int>(g)));
    arg(f, "sum", total.to_string());
    arg(f, "maximum", group.maximum->value.to_string());
    arg(f, "count", std::to_string(scores.size()));
    set_exact_evidence(f, group.maximum->value, total, "分");
    f.evidence.figures.push_back(evidence_of("stated", group.name + "（满分）", *group.maximum, "分"));
  }
}

const RuleInfo kInfo{
    "E102",
    "group-score-exceeds-maximum",
    Severity::Error,
    RuleInput::Model,
    "一级或二级指标的得分之和超过其满分",
    "The scores of an indicator group add up to more than the group's maximum",
    "“{group}”满分 {maximum} 分，其下 {count} 个指标得分之和为 {sum} 分，超出满分",
    "group “{group}” has a maximum of {maximum}, but its {count} indicators score {sum}",
    "检查内容：自评表中每个一级、二级指标（如“投入（20）”“预算执行（25）”）下各三级指标的自评得分之和是否不超过括号里的"
    "满分。\n"
    "为何重要：一组得分超过该组满分，说明某项得分、分值或分组填错了。\n"
    "示例：预算执行（25）下各项得分之和为 26.5。\n"
    "正确写法：Σ 组内得分 ≤ 组满分。\n"
    "容差：无，分数是精确值。\n"
    "依据：部门整体支出绩效评价指标体系（评分表）。",
    "What it checks: that the scores under each 一级/二级 group (“投入（20）”, “预算执行（25）”) add up to no more "
    "than "
    "the maximum in brackets.\n"
    "Why it matters: a group scoring above its maximum means a score, a maximum or the grouping is wrong.\n"
    "Example: the indicators under 预算执行（25） score 26.5 together.\n"
    "Correct: Σ scores in the group ≤ the group's maximum.\n"
    "Tolerance: none; scores are exact.\n"
    "References: the department-wide performance indicator framework (scoring table).",
    "0.1.0"};

}  // namespace

const Rule kE102{kInfo, check};

}  // namespace budgetlint::rules
