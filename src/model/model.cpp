#include "budgetlint/model.hpp"

#include <algorithm>

namespace budgetlint {

Amount Money::in_wan() const {
  switch (unit) {
    case MoneyUnit::Wan:
      return amount;
    case MoneyUnit::Yuan:  // exact: 1 元 = 0.0001 万元, four more decimals
      return Amount{amount.micros / 10'000, std::min(amount.decimals + 4, Amount::kScaleDigits)};
    case MoneyUnit::Yi:
      return Amount{amount.micros * 10'000, std::max(amount.decimals - 4, 0)};
  }
  return amount;
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
