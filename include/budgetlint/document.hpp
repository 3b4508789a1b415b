#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "budgetlint/decode.hpp"

namespace budgetlint {

/// What a file is, from its first bytes (never from its name).
enum class FileType {
  Text,
  Pdf,
  Docx,
  OleDocument,  // .doc .wps .xls .et .ppt (OLE compound file)
  EncryptedOffice,
  Xlsx,
  Pptx,
  Odf,
  Ofd,
  Rtf,
  Image,
  Archive,
  Binary,
};

/// A rectangle on a PDF page, in points, origin at the top left.
struct Box {
  float x0 = 0;
  float y0 = 0;
  float x1 = 0;
  float y1 = 0;
  float width() const { return x1 - x0; }
  float height() const { return y1 - y0; }
  float centre_y() const { return (y0 + y1) / 2; }
};

/// Where a piece of a document's text stands in the file it was read from.
struct Origin {
  std::uint32_t page = 0;       ///< PDF: 1-based page; 0 when the file is no PDF
  std::uint32_t page_line = 0;  ///< PDF: 1-based line on that page
  Box box;                      ///< PDF: the box of that line
  std::uint32_t paragraph = 0;  ///< DOCX: 1-based paragraph of the body, outside tables
  std::uint32_t table = 0;      ///< DOCX: 1-based table of the body
  std::uint32_t row = 0;        ///< DOCX: 1-based row of that table
  std::uint32_t cell = 0;       ///< DOCX: 1-based cell of that row
};

/// The text of line `line` from code point `column` (0-based) on came from `origin`, up to the
/// next piece.
struct TextPiece {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  Origin origin;
};

/// One word of a PDF page and where its text stands in the document text.
struct PdfWord {
  std::uint32_t line = 0;    ///< 0-based line of the document text
  std::uint32_t column = 0;  ///< 0-based code point column in that line
  std::uint32_t length = 0;  ///< code points
  std::uint32_t page = 0;    ///< 1-based
  Box box;
  float font_size = 0;
};

/// One cell of a DOCX table, with the lines of the document text that hold its paragraphs.
struct DocxCell {
  std::uint32_t first_line = 0;  ///< 0-based
  std::uint32_t last_line = 0;   ///< inclusive
  std::uint32_t column = 0;      ///< 0-based grid column
  std::uint32_t column_span = 1; ///< w:gridSpan
  bool merged_above = false;     ///< w:vMerge continuation: the cell above spans this row
};

struct DocxRow {
  std::vector<DocxCell> cells;
};

struct DocxTable {
  std::uint32_t first_line = 0;  ///< 0-based
  std::uint32_t last_line = 0;   ///< inclusive
  std::vector<DocxRow> rows;
};

/// Why a file gave no text to check: the P finding that says so and its arguments.
struct ReadProblem {
  std::string code;  ///< P105 unsupported format, P106 scanned PDF, P107 encrypted, P108 damaged
  std::vector<std::pair<std::string, std::string>> args;
};

/// A file as read: its text (a line per visual line of a PDF, per paragraph or table cell of a
/// DOCX, as decoded for a text file) and where every part of it came from.
struct Document {
  FileType type = FileType::Text;
  text::Decoded decoded;  ///< the text; for PDF and DOCX `encoding` names the format
  std::vector<TextPiece> pieces;  ///< sorted by line and column; empty for text files
  std::vector<PdfWord> words;     ///< PDF only, in text order
  std::vector<DocxTable> tables;  ///< DOCX only
  std::uint32_t pages = 0;        ///< PDF only
  std::optional<ReadProblem> problem;

  /// Where code point `column` (0-based) of 0-based `line` came from, if the format says.
  std::optional<Origin> origin_of(std::uint32_t line, std::uint32_t column) const;
  /// The box around the PDF words that code points [begin, end) of 0-based `line` touch.
  std::optional<Box> word_box(std::uint32_t line, std::uint32_t begin, std::uint32_t end) const;
};

}  // namespace budgetlint
