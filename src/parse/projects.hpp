#pragma once

#include <optional>
#include <vector>

#include "budgetlint/performance.hpp"
#include "budgetlint/source.hpp"

namespace budgetlint::parse {

/// Every project 绩效目标表 in the document, in order: Word cells (one per line after a TAB)
/// or pdftotext lines (rows on one line or wrapped, the header repeated after a page break).
std::vector<Project> read_projects(const SourceText& source);

/// The department-level indicator table with 符号/值/单位 columns, if there is one.
std::optional<DepartmentIndicators> read_department_indicators(const SourceText& source);

}  // namespace budgetlint::parse
