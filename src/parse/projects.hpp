#pragma once

#include <optional>
#include <vector>

#include "budgetlint/parse.hpp"
#include "budgetlint/performance.hpp"
#include "budgetlint/source.hpp"
#include "extract_context.hpp"

namespace budgetlint::parse {

/// Every project 绩效目标表 in the document, in order: Word cells (one per line after a TAB)
/// or pdftotext lines (rows on one line or wrapped, the header repeated after a page break).
std::vector<Project> read_projects(const SourceText& source);

/// The same from a PDF's word boxes: the form above the indicator header and the indicator rows
/// by the header's columns, the cells merged over several rows given to each of them.
std::vector<Project> read_pdf_layout_projects(const SourceText& source, const Layout& layout);

/// The 项目支出绩效目标表 printed as one table of all projects (项目名称 … 三级指标 | 绩效指标性质
/// | 指标值 | 度量单位 in one header, a row per indicator): a project per 项目名称 cell; none when
/// the words are of another form.
std::vector<Project> read_pdf_project_list(const SourceText& source, const std::vector<const LayoutWord*>& words);

/// The department-level indicator table with 符号/值/单位 columns, the narrative's
/// 绩效目标/绩效指标 paragraphs and the projects it names where it explains 项目支出.
DepartmentPerformance read_department_performance(const ExtractContext& ctx, const Disclosure& d);

}  // namespace budgetlint::parse
