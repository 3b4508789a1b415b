#include "budgetlint/registry.hpp"

#include "rules.hpp"

namespace budgetlint {

const std::vector<const Rule*>& all_rules() {
  // One line per rule, in code order. Explicit, so that the linker keeps every rule.
  static const std::vector<const Rule*> rules = {
      &rules::kE101, &rules::kE102, &rules::kE103, &rules::kE104,  //
      &rules::kE105, &rules::kE106, &rules::kE107,                 //
      &rules::kE201, &rules::kE202,                                //
      &rules::kE301, &rules::kE302, &rules::kE303, &rules::kE304,  //
      &rules::kE305,                                               //
      &rules::kE401,                                               //
      &rules::kI101, &rules::kI102, &rules::kI103, &rules::kI104,  //
      &rules::kI201, &rules::kI202,                                //
      &rules::kI301, &rules::kI302, &rules::kI303, &rules::kI304,  //
      &rules::kI401, &rules::kI402,                                //
      &rules::kP101, &rules::kP102, &rules::kP103, &rules::kP104,  //
      &rules::kP105, &rules::kP106, &rules::kP107, &rules::kP108,  //
      &rules::kP109, &rules::kP110, &rules::kP111, &rules::kP112,  //
      &rules::kP113,                                               //
      &rules::kP201, &rules::kP202, &rules::kP203, &rules::kP204,  //
      &rules::kP205,                                               //
      &rules::kS101, &rules::kS201, &rules::kS202, &rules::kS203,  //
      &rules::kS301, &rules::kS302, &rules::kS303, &rules::kS304,  //
      &rules::kT101, &rules::kT102, &rules::kT103, &rules::kT104,  //
      &rules::kT201, &rules::kT202, &rules::kT203, &rules::kT204,  //
      &rules::kT211, &rules::kT212,                                //
      &rules::kT301, &rules::kT302, &rules::kT303,                 //
      &rules::kT401, &rules::kT402, &rules::kT403,                 //
      &rules::kT501,                                               //
      &rules::kT601, &rules::kT602, &rules::kT603, &rules::kT604,  //
      &rules::kT605, &rules::kT606, &rules::kT607, &rules::kT608,  //
      &rules::kT701, &rules::kT702, &rules::kT703, &rules::kT704,  //
      &rules::kT705, &rules::kT706,                                //
      &rules::kU101, &rules::kU102,                                //
      &rules::kX101, &rules::kX102, &rules::kX103,                 //
      &rules::kY101, &rules::kY102, &rules::kY103,
  };
  return rules;
}

const Rule* find_rule(std::string_view code) {
  for (const Rule* r : all_rules()) {
    if (r->info.code == code) return r;
  }
  return nullptr;
}

RuleSelection::RuleSelection(std::vector<std::string> select, std::vector<std::string> ignore)
    : select_(std::move(select)), ignore_(std::move(ignore)) {}

bool RuleSelection::enabled(std::string_view code) const {
  auto matches = [&](const std::vector<std::string>& prefixes) {
    for (const std::string& p : prefixes) {
      if (code.substr(0, p.size()) == p) return true;
    }
    return false;
  };
  if (!select_.empty() && !matches(select_)) return false;
  return !matches(ignore_);
}

}  // namespace budgetlint
