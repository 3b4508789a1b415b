#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "budgetlint/model.hpp"
#include "budgetlint/parse.hpp"

namespace budgetlint::parse {

/// The kind of statistical table a title names (“部门预算支出总表”), if it names one.
std::optional<TableKind> table_kind_of_title(std::string_view title);

/// Statistical tables as pdftotext (without -layout) leaves them: titles, a header repeated
/// on every page, rows anchored by their 序号, cells broken over lines (“1166” / “.60”); and
/// as pdftotext -layout leaves them. Titles are looked for from `first_line` (0-based) on.
std::vector<StatTable> read_pdf_tables(const SourceText& source, std::size_t first_line = 0);

/// Statistical tables of a PDF from its word boxes (`layout`), titles from `first_line` on.
std::vector<StatTable> read_pdf_layout_tables(const SourceText& source, const Layout& layout, std::size_t first_line);

/// The 政府采购预算表 in Word cells, if the document has one.
std::optional<ProcurementTable> read_procurement_table(const SourceText& source);

/// The standard amount columns of a kind of table, 合计 first (empty for the 收支总表).
std::vector<std::string> standard_columns(TableKind kind, bool final_accounts);

/// The amount columns a table's header names, in the standard order (合计 first).
std::vector<std::string> header_columns(const StatTable& table);

/// Puts each printed cell of a table's rows in its header column, using the row identities
/// and the classification hierarchy; marks rows whose placement the text leaves open.
void place_cells(StatTable& table);

/// For pdftotext -layout output: places cells by where they stand on the line, when the
/// amounts fall into exactly one position group per header column. False when they do not.
bool place_by_position(const SourceText& source, StatTable& table);

}  // namespace budgetlint::parse
