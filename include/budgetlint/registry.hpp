#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/rule.hpp"

namespace budgetlint {

/// Every rule, in code order (src/rules/registry.cpp is the one table).
const std::vector<const Rule*>& all_rules();
const Rule* find_rule(std::string_view code);

/// --select / --ignore by code or prefix, as ruff does: "T", "T1", "T101".
class RuleSelection {
 public:
  RuleSelection() = default;
  RuleSelection(std::vector<std::string> select, std::vector<std::string> ignore);
  bool enabled(std::string_view code) const;

 private:
  std::vector<std::string> select_;
  std::vector<std::string> ignore_;
};

}  // namespace budgetlint
