#pragma once

#include <nlohmann/json.hpp>

#include "budgetlint/self_evaluation.hpp"

namespace budgetlint::report {

/// The `self_evaluation` object of `parse --format json`: figures, `scores`, `projects`, grade.
nlohmann::json self_evaluation_json(const SelfEvaluation& se, const SourceText& source);

}  // namespace budgetlint::report
