#include "budgetlint/model.hpp"

#include <algorithm>
#include <string_view>

namespace budgetlint {

namespace {

// The same value in a unit 10^shift times smaller (shift > 0) or larger: 1 元 = 0.0001 万元
// exactly, with four more decimals; 1.2亿元 = 12000 万元, exact only to the 1000 万元. A value
// beyond any real figure saturates (such a figure is reported as absurd, P205) rather than overflow.
std::int64_t pow10(int n) {
  std::int64_t f = 1;
  for (int i = 0; i < n; ++i) f *= 10;
  return f;
}

Amount shifted(const Amount& a, int shift) {
  Amount out = a;
  if (shift > 0) {
    out.micros = a.micros / pow10(shift);
    out.decimals = std::min(a.decimals + shift, Amount::kScaleDigits);
  } else {
    std::optional<Amount> larger = checked_times(a, pow10(-shift));
    out.micros = larger ? larger->micros : (a.micros < 0 ? -Amount::kMaxMicros : Amount::kMaxMicros);
    out.decimals = std::max(a.decimals + shift, 0);
  }
  out.exact_to = std::min(a.precision() + shift, Amount::kScaleDigits);
  return out;
}

}  // namespace

Amount Money::in_wan() const {
  switch (unit) {
    case MoneyUnit::Wan:
      return amount;
    case MoneyUnit::Yuan:
      return shifted(amount, 4);
    case MoneyUnit::Qian:
      return shifted(amount, 1);
    case MoneyUnit::Yi:
      return shifted(amount, -4);
  }
  return amount;
}

std::optional<MoneyUnit> money_unit(std::string_view name) {
  if (name == "万元") return MoneyUnit::Wan;
  if (name == "元") return MoneyUnit::Yuan;
  if (name == "千元") return MoneyUnit::Qian;
  if (name == "亿元") return MoneyUnit::Yi;
  return std::nullopt;
}

Amount Change::delta_wan() const {
  if (!magnitude) return Amount{0, 2};
  Amount wan = magnitude->value.in_wan();
  return direction.value == Direction::Decrease ? wan.negated() : wan;
}

const char* to_string(DocumentKind kind) {
  switch (kind) {
    case DocumentKind::Budget:
      return "预算";
    case DocumentKind::FinalAccounts:
      return "决算";
    case DocumentKind::SelfEvaluation:
      return "绩效自评";
    case DocumentKind::Unknown:
      return "unknown";
  }
  return "unknown";
}

const char* to_string(MoneyUnit unit) {
  switch (unit) {
    case MoneyUnit::Wan:
      return "万元";
    case MoneyUnit::Yuan:
      return "元";
    case MoneyUnit::Qian:
      return "千元";
    case MoneyUnit::Yi:
      return "亿元";
  }
  return "万元";
}

const char* to_string(SectionTopic topic) {
  switch (topic) {
    case SectionTopic::None:
      return "none";
    case SectionTopic::Duties:
      return "duties";
    case SectionTopic::Overview:
      return "overview";
    case SectionTopic::OperatingCosts:
      return "operating_costs";
    case SectionTopic::ThreePublic:
      return "three_public";
    case SectionTopic::Performance:
      return "performance";
    case SectionTopic::Procurement:
      return "procurement";
    case SectionTopic::Assets:
      return "assets";
    case SectionTopic::Glossary:
      return "glossary";
    case SectionTopic::OtherNotes:
      return "other_notes";
    case SectionTopic::EvalBasics:
      return "eval_basics";
    case SectionTopic::EvalProcess:
      return "eval_process";
    case SectionTopic::EvalResults:
      return "eval_results";
    case SectionTopic::EvalConclusion:
      return "eval_conclusion";
    case SectionTopic::EvalProblems:
      return "eval_problems";
  }
  return "none";
}

const char* to_string(IncomeSource source) {
  switch (source) {
    case IncomeSource::GeneralBudget:
      return "general_budget";
    case IncomeSource::GovernmentFund:
      return "government_fund";
    case IncomeSource::StateCapital:
      return "state_capital";
    case IncomeSource::FiscalSpecialAccount:
      return "fiscal_special_account";
    case IncomeSource::UnitFunds:
      return "unit_funds";
    case IncomeSource::CarryOver:
      return "carry_over";
    case IncomeSource::FiscalAppropriation:
      return "fiscal_appropriation";
  }
  return "general_budget";
}

const char* to_string(Direction direction) {
  switch (direction) {
    case Direction::Increase:
      return "increase";
    case Direction::Decrease:
      return "decrease";
    case Direction::Flat:
      return "flat";
  }
  return "flat";
}

const char* to_string(ChangeSubject subject) {
  switch (subject) {
    case ChangeSubject::Total:
      return "total";
    case ChangeSubject::Basic:
      return "basic";
    case ChangeSubject::Personnel:
      return "personnel";
    case ChangeSubject::Public:
      return "public";
    case ChangeSubject::Project:
      return "project";
    case ChangeSubject::ThreePublicTotal:
      return "three_public_total";
    case ChangeSubject::Abroad:
      return "abroad";
    case ChangeSubject::Vehicle:
      return "vehicle";
    case ChangeSubject::VehiclePurchase:
      return "vehicle_purchase";
    case ChangeSubject::VehicleOperation:
      return "vehicle_operation";
    case ChangeSubject::Reception:
      return "reception";
    case ChangeSubject::Other:
      return "other";
  }
  return "other";
}

const char* to_string(YearUse use) {
  switch (use) {
    case YearUse::Statement:
      return "statement";
    case YearUse::Comparison:
      return "comparison";
    case YearUse::Reference:
      return "reference";
  }
  return "reference";
}

const char* to_string(TableKind kind) {
  switch (kind) {
    case TableKind::Summary:
      return "summary";
    case TableKind::Income:
      return "income";
    case TableKind::Expenditure:
      return "expenditure";
    case TableKind::FiscalSummary:
      return "fiscal_summary";
    case TableKind::GeneralBudgetExpenditure:
      return "general_budget_expenditure";
    case TableKind::BasicExpenditure:
      return "basic_expenditure";
    case TableKind::GovernmentFund:
      return "government_fund";
    case TableKind::StateCapital:
      return "state_capital";
    case TableKind::ThreePublic:
      return "three_public";
  }
  return "summary";
}

}  // namespace budgetlint
