#pragma once

#include <nlohmann/json.hpp>

#include "budgetlint/model.hpp"

namespace budgetlint::report {

/// `projects` (each with its `indicators`) of `parse --format json`.
nlohmann::json projects_json(const SourceText& source, const std::vector<Project>& projects);
/// `department_indicators`: null, or the table with its `indicators`.
nlohmann::json department_indicators_json(const SourceText& source, const std::optional<DepartmentIndicators>& table);

}  // namespace budgetlint::report
