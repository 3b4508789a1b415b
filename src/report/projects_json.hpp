#pragma once

#include <nlohmann/json.hpp>

#include "budgetlint/model.hpp"

namespace budgetlint::report {

/// `projects` (each with its `indicators`) of `parse --format json`.
nlohmann::json projects_json(const SourceText& source, const std::vector<Project>& projects);
/// `department_performance`: the department-level `indicators`, the narrative's goals and the
/// projects it names.
nlohmann::json department_performance_json(const SourceText& source, const DepartmentPerformance& department);

}  // namespace budgetlint::report
