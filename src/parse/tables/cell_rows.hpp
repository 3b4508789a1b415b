#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "budgetlint/self_evaluation.hpp"
#include "tokens.hpp"

namespace budgetlint::parse {

/// One cell of a table row, trimmed, with its document offset.
using TableCell = Token;

/// One table row in either flavour that keeps empty cells: an OCR line with TABs between
/// its cells, or Word's one cell per line (each starting with a TAB) up to a blank line.
struct CellRow {
  std::vector<TableCell> cells;
  std::uint32_t line = 0;    ///< 0-based, of the first cell
  bool word = false;         ///< one cell per line, so cells stand in their columns
  bool after_break = false;  ///< text or (OCR) a blank line since the previous row: a page break
};

/// The rows of lines [first, last).
std::vector<CellRow> read_cell_rows(const SourceText& source, std::size_t first, std::size_t last);

/// The cell as an amount (“1308.05”, “69%” → 69 when `percent`), with its span.
std::optional<Sourced<Amount>> cell_amount(const TableCell& cell, bool percent = false);

/// The 部门整体支出绩效自评表: the 预算执行 row, the indicator rows, 合计 and the deviation text.
void read_score_table(const std::vector<CellRow>& rows, SelfEvaluation& se);

/// The 分项绩效项目清单, one row per project.
void read_project_list(const std::vector<CellRow>& rows, SelfEvaluation& se);

/// Splits a heading's maximum off its name: “投入（20）” → “投入” and 20; “预算执行（25 分）” too.
std::pair<std::string_view, std::optional<Sourced<Amount>>> split_maximum(std::string_view name, std::uint32_t begin);

}  // namespace budgetlint::parse
