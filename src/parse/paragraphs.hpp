#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/source.hpp"

namespace budgetlint::parse {

/// A logical paragraph: the lines pdftotext wrapped (with blank lines between) joined again,
/// so that "人员经费 625.60" / "" / "万元" reads as one sentence. Offsets map back exactly.
struct Paragraph {
  std::string text;
  std::uint32_t first_line = 0;  ///< 0-based
  std::uint32_t last_line = 0;   ///< 0-based, inclusive
  bool table_cell = false;       ///< a Word table cell or an OCR table row (TABs)

  /// Maps [begin, end) of `text` to a span of the normalised document.
  Span to_doc(std::size_t begin, std::size_t end) const;
  void append_piece(std::string_view piece, std::uint32_t doc_offset);

 private:
  struct Piece {
    std::uint32_t para_offset;
    std::uint32_t doc_offset;
  };
  std::vector<Piece> pieces_;
};

/// `lines_are_paragraphs`: the reader already joined wrapped lines (PDF geometry), so every line
/// is a paragraph of its own.
std::vector<Paragraph> build_paragraphs(const SourceText& source, bool lines_are_paragraphs = false);

/// The number a heading opens with: 一、 (level 1), (一) or 第一部分 (2), 1、 or 1. (3), (1) (4).
struct HeadingNumber {
  std::string number;      ///< "一", "(一)", "1", "(1)"
  int level = 0;           ///< 0 when the line has no heading number
  std::size_t length = 0;  ///< bytes taken by the number and its punctuation
};
HeadingNumber parse_heading_number(std::string_view trimmed_line);

/// Leading and trailing ASCII whitespace removed (NFKC already turned U+3000 into a space).
std::string_view trim(std::string_view s);

}  // namespace budgetlint::parse
