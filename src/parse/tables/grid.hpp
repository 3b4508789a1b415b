#pragma once

// The one table layer (tabula's and camelot's shape): a reader per extraction flavour turns a
// located table region into a Grid — rows of cells with their text, place and column — and an
// interpreter per table kind turns a Grid into typed rows, whatever the flavour. Grid readers know
// no budget words; interpreters know no flavour.
#include <cstdint>
#include <string>
#include <vector>

#include "budgetlint/document.hpp"
#include "budgetlint/source.hpp"
#include "tokens.hpp"

namespace budgetlint::parse {

/// How a table's text reached us, and so how far its columns can be trusted.
enum class Flavour {
  PdfGeometry,  ///< word boxes of a PDF page: columns by position
  DocxCells,    ///< real cells of a .docx table: columns by grid position and span
  WordText,     ///< Word's text export: a cell per TAB-led line, rows apart by blank lines
  PdfText,      ///< pdftotext without -layout: cells in reading order, empty cells gone
  LayoutText,   ///< pdftotext -layout: cells at their place on the line
  OcrTabs,      ///< OCR output: a row per line, TABs between cells
};

/// One cell: the pieces of its text (a cell wrapped over lines has several), each a view of the
/// document text with its offset, and the column it stands in.
struct GridCell {
  std::vector<Token> pieces;  ///< top to bottom, left to right; none for a blank cell
  Span span;                  ///< its first piece, or where a blank cell stands
  int column = -1;            ///< index into Grid::columns; -1 when the flavour cannot tell
  int column_span = 1;
  bool merged_above = false;  ///< a vertically merged cell: the text of the cell above spans here
  /// The pieces joined by `separator`.
  std::string text(std::string_view separator = "") const;
  bool blank() const;
};

struct GridRow {
  std::vector<GridCell> cells;   ///< left to right
  std::uint32_t first_line = 0;  ///< 0-based document lines the row's text stands on
  std::uint32_t last_line = 0;
  std::uint32_t page = 0;        ///< PDF: 1-based
  bool after_break = false;      ///< a page break (or text between) comes before this row
};

/// A column: where it stands and the header words over it, top to bottom.
struct GridColumn {
  float x0 = 0;
  float x1 = 0;
  std::vector<std::string> labels;  ///< header levels, top first (“本年收入”, “一般公共预算”)
  bool numeric = false;             ///< the body prints figures in it
  bool codes = false;               ///< the body prints digits before a row's words (codes)
  bool text = false;                ///< the body prints words in it
  std::string label() const;        ///< the lowest level, or all levels joined where needed
};

struct Grid {
  Flavour flavour = Flavour::PdfGeometry;
  std::vector<GridColumn> columns;  ///< empty when the flavour cannot tell columns
  std::vector<GridRow> rows;        ///< the body, header rows and repeated headers left out
  std::uint32_t header_first_line = 0;
  std::uint32_t header_last_line = 0;
  std::string unit;  ///< “万元”, “元”, “千元” from the table's unit line, if it has one
  /// The table goes on to the right on a later page whose rows do not pair with these: the rows
  /// hold only the first part's columns.
  bool sideways_unjoined = false;
};

}  // namespace budgetlint::parse
