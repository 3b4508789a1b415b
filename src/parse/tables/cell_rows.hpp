#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "budgetlint/self_evaluation.hpp"
#include "grid.hpp"

namespace budgetlint::parse {

/// The rows of lines [first, last) in the two text flavours that keep empty cells: an OCR line
/// with TABs between its cells (columns unknown), or Word's one cell per line (each starting with
/// a TAB) up to a blank line (cells in their columns). `after_break`: text or (OCR) a blank line
/// since the previous row, as a page break leaves. With `plain_lines` every other line with
/// text is a row too, a cell per word (pdftotext's lines, a PDF's lines with their cell gaps).
std::vector<GridRow> read_cell_rows(const SourceText& source, std::size_t first, std::size_t last,
                                    bool plain_lines = false);

/// The cell as an amount (“1308.05”, “69%” → 69 when `percent`), with its span; a figure
/// broken over the lines of a narrow cell reads whole.
std::optional<Sourced<Amount>> cell_amount(const GridCell& cell, bool percent = false);

/// A heading cell's name and the maximum after it: “投入（20）” → “投入” and 20, also when the
/// maximum stands on a line of its own under the name.
std::pair<std::string, std::optional<Sourced<Amount>>> split_cell_maximum(const GridCell& cell);

/// The 部门整体支出绩效自评表: the 预算执行 row, the indicator rows, 合计 and the deviation text.
void read_score_table(const std::vector<GridRow>& rows, SelfEvaluation& se);

/// The 分项绩效项目清单, one row per project.
void read_project_list(const std::vector<GridRow>& rows, SelfEvaluation& se);

/// Splits a heading's maximum off its name: “投入（20）” → “投入” and 20; “预算执行（25 分）” too.
std::pair<std::string_view, std::optional<Sourced<Amount>>> split_maximum(std::string_view name, std::uint32_t begin);

}  // namespace budgetlint::parse
