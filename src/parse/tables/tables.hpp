#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "budgetlint/model.hpp"

namespace budgetlint::parse {

/// The kind of statistical table a title names (“部门预算支出总表”), if it names one.
std::optional<TableKind> table_kind_of_title(std::string_view title);

/// Statistical tables as pdftotext (without -layout) leaves them: titles, a header repeated
/// on every page, rows anchored by their 序号, cells broken over lines (“1166” / “.60”).
std::vector<StatTable> read_pdf_tables(const SourceText& source);

/// Puts each printed cell of a table's rows in its header column, using the row identities
/// and the classification hierarchy; marks rows whose placement the text leaves open.
void place_cells(StatTable& table);

}  // namespace budgetlint::parse
