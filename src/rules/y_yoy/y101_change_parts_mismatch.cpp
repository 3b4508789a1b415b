#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

const Change* find(const YearOverYear& y, ChangeSubject subject) {
  for (const Change& c : y.changes) {
    if (c.subject == subject) return &c;
  }
  return nullptr;
}

// 比上年增减 of the budget: the parts must partition the total (基本 + 项目, or
// 人员 + 公用 + 项目 where 基本 is not named).
void check_budget(RuleContext& ctx, const YearOverYear& y) {
  const Change* total = find(y, ChangeSubject::Total);
  const Change* project = find(y, ChangeSubject::Project);
  if (!total || !project) return;
  const Change* basic = find(y, ChangeSubject::Basic);
  const Change* personnel = find(y, ChangeSubject::Personnel);
  const Change* public_ = find(y, ChangeSubject::Public);
  if (basic) {
    check_identity(ctx, term("total", *total), {term("part", *basic), term("part", *project)});
  } else if (personnel && public_) {
    check_identity(ctx, term("total", *total),
                   {term("part", *personnel), term("part", *public_), term("part", *project)});
  }
}

// “三公”经费比上年减少6.5万元（其中公务用车运行维护费减少4.5万元，公务接待费减少2万元）:
// a part not named did not change. A single named part is not a breakdown.
void check_three_public(RuleContext& ctx, const YearOverYear& y) {
  const Change* vehicle = find(y, ChangeSubject::Vehicle);
  const Change* purchase = find(y, ChangeSubject::VehiclePurchase);
  const Change* operation = find(y, ChangeSubject::VehicleOperation);
  if (vehicle && (purchase || operation)) {
    std::vector<Term> parts;
    if (purchase) parts.push_back(term("part", *purchase));
    if (operation) parts.push_back(term("part", *operation));
    check_identity(ctx, term("total", *vehicle), parts);
  }
  const Change* total = find(y, ChangeSubject::ThreePublicTotal);
  if (!total) return;
  std::vector<Term> parts;
  int named = 0;
  if (const Change* abroad = find(y, ChangeSubject::Abroad)) {
    parts.push_back(term("part", *abroad));
    ++named;
  }
  if (vehicle) {
    parts.push_back(term("part", *vehicle));
    ++named;
  } else if (purchase || operation) {
    if (purchase) parts.push_back(term("part", *purchase));
    if (operation) parts.push_back(term("part", *operation));
    ++named;
  }
  if (const Change* reception = find(y, ChangeSubject::Reception)) {
    parts.push_back(term("part", *reception));
    ++named;
  }
  if (named >= 2) check_identity(ctx, term("total", *total), parts);
}

void check(RuleContext& ctx) {
  check_budget(ctx, ctx.model().change);
  check_three_public(ctx, ctx.model().three_public.change);
}

const RuleInfo kInfo{
    "Y101",
    "change-parts-mismatch",
    Severity::Error,
    RuleInput::Model,
    "各部分的增减额之和与总增减额不符",
    "The parts' year-over-year changes do not add up to the total change",
    "{total_label}{total}万元，而各部分增减额 {parts} 合计 {sum}万元，差 {diff}万元",
    "total change {total_label} {total} differs from the parts' changes {parts} = {sum}, difference {diff}",
    "检查内容：“比上年增减情况”中，基本支出与项目支出（或人员经费、公用经费、项目支出）的增减额之和是否等于收支总额的增"
    "减额；“三公”经费的增减额是否等于各项增减额之和（未提到的项目视为未变）。\n"
    "为何重要：增减额是读者比较两年预算的依据，分项之和对不上，说明增减额或某一分项写错。\n"
    "示例：较2020年减少257.06万元，其中：基本支出减少2.19万元，项目支出减少244.87万元。（−2.19 − 244.87 = −247.06）\n"
    "正确写法：总增减额 = 各部分增减额之和（减少记为负数）。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《地方预决算公开操作规程》对预算增减变化说明的要求。",
    "What it checks: that in 比上年增减 the changes of basic and project expenditure (or personnel, public and project "
    "costs) add up to the change of the total, and that the three-public parts' changes add up to the three-public "
    "change (parts not named did not change).\n"
    "Why it matters: the changes are how readers compare two years; parts that do not add up mean a misstated change.\n"
    "Example: total −257.06 with basic −2.19 and project −244.87 (sum −247.06).\n"
    "Correct: total change = sum of the parts' changes (decreases negative).\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed.\n"
    "References: 地方预决算公开操作规程.",
    "0.1.0"};

}  // namespace

const Rule kY101{kInfo, check};

}  // namespace budgetlint::rules
