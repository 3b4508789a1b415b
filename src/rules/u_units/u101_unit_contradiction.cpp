#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// A figure this small is too often the same by chance to call it the same figure.
constexpr std::int64_t kMinComparableMicros = 10 * Amount::kScale;

void check(RuleContext& ctx) {
  const auto& figures = ctx.model().figures;
  for (const Figure& yuan : figures) {
    const Money& m = yuan.money.value;
    if (m.unit != MoneyUnit::Yuan || m.amount.micros < kMinComparableMicros) continue;
    for (const Figure& wan : figures) {
      if (wan.money.value.unit != MoneyUnit::Wan || wan.money.value.amount != m.amount) continue;
      Finding& f = ctx.report(yuan.money.span);
      arg(f, "label", yuan.label);
      arg(f, "value", m.amount.to_string());
      arg(f, "other_label", wan.label);
      arg(f, "other", wan.money.value.amount.to_string());
      f.evidence.expected = m.amount.to_string() + " 万元";
      f.evidence.actual = m.amount.to_string() + " 元";
      f.evidence.figures.push_back(evidence_of("stated", yuan));
      f.evidence.figures.push_back(evidence_of("narrative", wan));
      break;
    }
  }
}

const RuleInfo kInfo{
    "U101",
    "unit-contradiction",
    Severity::Error,
    RuleInput::Model,
    "金额单位与他处同一数字矛盾",
    "An amount's unit contradicts the same figure elsewhere",
    "{label}写作“{value}元”，而{other_label}同一数字为 {other} 万元：单位应为万元",
    "{label} is written as {value} yuan while {other_label} gives the same figure as {other} 万元: the unit should be "
    "万元",
    "检查内容：以“元”为单位的金额，是否与文中以“万元”为单位的同一数字相同（如机关运行经费“293元”而日常公用经费为293万元"
    "）。\n"
    "为何重要：单位错一字，金额差一万倍；读者会以为机关运行经费只有几百元。\n"
    "示例：机关运行经费共计安排293元……日常公用经费支出预算293万元。\n"
    "正确写法：机关运行经费共计安排293万元。\n"
    "容差：数字必须完全相同；小于10的数字不比较（巧合太多）。\n"
    "依据：部门预算公开以万元为金额单位。",
    "What it checks: that an amount in 元 is not the same number as an amount in 万元 elsewhere (机关运行经费 “293元” "
    "while 日常公用经费 is 293 万元).\n"
    "Why it matters: one wrong character makes a figure ten thousand times smaller.\n"
    "Example: 机关运行经费共计安排293元 … 日常公用经费支出预算293万元.\n"
    "Correct: 机关运行经费共计安排293万元.\n"
    "Tolerance: the numbers must be identical; numbers below 10 are not compared (too many coincidences).\n"
    "References: department budgets are published in 万元.",
    "0.1.0"};

}  // namespace

const Rule kU101{kInfo, check};

}  // namespace budgetlint::rules
