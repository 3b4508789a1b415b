#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

using Wide = __int128;

// 执行数 / 预算数 with every printed figure standing for ± half its last digit: the printed
// rate is wrong only when its interval and the quotient's interval do not meet.
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->table_budget || !se->table_spent || !se->table_rate) return;
  const Amount& b = se->table_budget->value;
  const Amount& s = se->table_spent->value;
  const Amount& r = se->table_rate->value;
  if (b.micros <= 0 || s.micros < 0) return;
  // Everything doubled so that half-units stay integral.
  Wide B = 2 * Wide(b.micros), HB = b.twice_half_unit();
  Wide S = 2 * Wide(s.micros), HS = s.twice_half_unit();
  Wide R = 2 * Wide(r.micros), HR = r.twice_half_unit();
  Wide hundred = 100 * Wide(Amount::kScale);
  bool too_high = (S + HS) * hundred * 2 < (R - HR) * (B - HB);
  bool too_low = (S - HS) * hundred * 2 > (R + HR) * (B + HB);
  if (!too_high && !too_low) return;
  // The quotient to two decimals of a percent, rounded half up.
  Wide hundredths = (Wide(s.micros) * 10000 * 2 + b.micros) / (2 * Wide(b.micros));
  Amount computed{static_cast<std::int64_t>(hundredths) * (Amount::kScale / 100), 2};
  Finding& f = ctx.report(se->table_rate->span);
  f.section_path = {"部门整体支出绩效自评表", "预算执行情况"};
  arg(f, "rate", se->table_rate->raw);
  arg(f, "spent", s.to_string());
  arg(f, "budget", b.to_string());
  arg(f, "computed", computed.to_string());
  f.evidence.expected = computed.to_string();
  f.evidence.actual = r.to_string();
  f.evidence.difference = Amount{r.micros - computed.micros, std::max(2, r.decimals)}.to_string(2);
  f.evidence.tolerance = Amount{r.twice_half_unit() / 2, std::min(r.decimals + 1, Amount::kScaleDigits)}.to_string();
  f.evidence.unit = "%";
  f.evidence.figures.push_back(evidence_of("part", "执行数", *se->table_spent, "万元"));
  f.evidence.figures.push_back(evidence_of("part", "预算数", *se->table_budget, "万元"));
  f.evidence.figures.push_back(evidence_of("total", "预算执行率", *se->table_rate, "%"));
}

const RuleInfo kInfo{
    "E301",
    "execution-rate-mismatch",
    Severity::Error,
    RuleInput::Model,
    "预算执行率与执行数÷预算数不符",
    "The budget execution rate differs from spent ÷ budget",
    "预算执行率写 {rate}，而执行数 {spent} ÷ 预算数 {budget} = {computed}%",
    "the execution rate is {rate}, but spent {spent} ÷ budget {budget} = {computed}%",
    "检查内容：自评表“预算执行情况”一行的预算执行率是否等于执行数除以预算数（按印出的精度）。\n"
    "为何重要：执行率是预算执行的核心指标，也常是打分依据；算错会影响得分。\n"
    "示例：预算数 1308.05，执行数 906.09，执行率写 75%（应为 69.27%）。\n"
    "正确写法：执行率 = 执行数 ÷ 预算数 × 100%，按印出的位数四舍五入。\n"
    "容差：每个印出的数字代表 ±半个末位单位（“69%”代表 68.5%–69.5%），执行数和预算数的区间也计入。\n"
    "依据：部门整体支出绩效自评表表样。",
    "What it checks: that the execution rate of the table's 预算执行情况 row equals spent ÷ budget, to the printed "
    "precision.\n"
    "Why it matters: the rate is the core figure of budget execution and often a scoring basis.\n"
    "Example: budget 1308.05, spent 906.09, rate printed 75% (it is 69.27%).\n"
    "Correct: rate = spent ÷ budget × 100%, rounded to the printed digits.\n"
    "Tolerance: each printed figure stands for ± half a unit of its last digit (“69%” is 68.5%–69.5%), "
    "spent and budget included.\n"
    "References: the 部门整体支出绩效自评表 form.",
    "0.1.0"};

}  // namespace

const Rule kE301{kInfo, check};

}  // namespace budgetlint::rules
