#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  std::vector<std::vector<Amount>> figures = by_group(*se, &ScoreRow::maximum);
  for (std::size_t g = 0; g < se->groups.size(); ++g) {
    const ScoreGroup& group = se->groups[g];
    if (!group.maximum) continue;
    const std::vector<Amount>& maxima = figures[g];
    if (maxima.empty()) continue;
    std::optional<Amount> summed = checked_sum(maxima);
    if (!summed) continue;  // beyond any real figure: no verdict
    Amount total = *summed;
    if (total == group.maximum->value) continue;
    Finding& f = ctx.report(group.maximum->span);
    f.section_path = {"部门整体支出绩效自评表", group_path(*se, static_cast<int>(g))};
    arg(f, "group", group_path(*se, static_cast<int>(g)));
    arg(f, "sum", total.to_string());
    arg(f, "maximum", group.maximum->value.to_string());
    arg(f, "count", std::to_string(maxima.size()));
    set_exact_evidence(f, total, group.maximum->value, "分");
    f.evidence.figures.push_back(evidence_of("stated", group.name + "（满分）", *group.maximum, "分"));
  }
}

const RuleInfo kInfo{
    "E103",
    "group-maximum-mismatch",
    Severity::Error,
    RuleInput::Model,
    "一级或二级指标的满分与其下各指标分值之和不符",
    "A group's maximum differs from the sum of its indicators' maxima",
    "“{group}”标明满分 {maximum} 分，其下 {count} 个指标的分值之和却为 {sum} 分",
    "group “{group}” states a maximum of {maximum}, but its {count} indicators' maxima add up to {sum}",
    "检查内容：自评表中每个一级、二级指标括号里的满分是否等于其下各三级指标分值之和。\n"
    "为何重要：分组满分与分值对不上，说明分值或分组有误，评分体系本身就不成立。\n"
    "示例：投入（20）下各指标分值为 7、3、2、6、3，合计 21。\n"
    "正确写法：组满分 = Σ 组内分值。\n"
    "容差：无，分值是精确值。\n"
    "依据：部门整体支出绩效评价指标体系（评分表）。",
    "What it checks: that each 一级/二级 group's maximum in brackets equals the sum of its indicators' maxima.\n"
    "Why it matters: if they differ, a maximum or the grouping is wrong and the scale does not hold.\n"
    "Example: 投入（20） over maxima 7, 3, 2, 6 and 3 (21).\n"
    "Correct: group maximum = Σ maxima in the group.\n"
    "Tolerance: none; maxima are exact.\n"
    "References: the department-wide performance indicator framework (scoring table).",
    "0.1.0"};

}  // namespace

const Rule kE103{kInfo, check};

}  // namespace budgetlint::rules
