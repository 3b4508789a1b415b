#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace budgetlint {

/// Byte offsets [begin, end) into the normalised text of a document.
struct Span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  bool empty() const { return begin == end; }
};

/// 1-based line and column; columns count Unicode code points of the original line.
struct Location {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

/// The decoded document after NFKC normalisation, with the way back to the original lines.
/// Full-width digits, ％, （）, ＝ become ASCII here, yet every offset still maps to the
/// line and column a reader sees in the file.
class SourceText {
 public:
  /// Normalises decoded UTF-8 text (invalid sequences must already be replaced).
  static SourceText from_utf8(std::string_view decoded);

  std::string_view text() const { return text_; }
  std::size_t line_count() const { return line_starts_.size(); }
  /// 0-based line of normalised text, without its newline.
  std::string_view line(std::size_t index) const;
  /// 0-based line as it was in the file (decoded), without its newline.
  std::string_view original_line(std::size_t index) const;
  /// Byte offset of the start of 0-based line `index` in the normalised text.
  std::uint32_t line_start(std::size_t index) const { return line_starts_[index]; }
  /// 0-based index of the line holding `offset`.
  std::size_t line_of(std::uint32_t offset) const;
  Location location(std::uint32_t offset) const;
  /// The original code-point column (1-based) of a normalised byte offset within its line.
  std::uint32_t column_of(std::uint32_t offset) const;
  /// The normalised byte offset of original code-point column `column` (0-based) of 0-based line
  /// `index`: the inverse of column_of, for readers that locate text by line and column.
  std::uint32_t offset_at(std::size_t index, std::uint32_t column) const;

 private:
  // Where a normalised code point index diverges from the original one on a line.
  struct Shift {
    std::uint32_t normalized_cp;
    std::uint32_t original_cp;
  };
  std::string text_;
  std::string original_;
  std::vector<std::uint32_t> line_starts_;
  std::vector<std::uint32_t> original_line_starts_;
  std::vector<std::vector<Shift>> shifts_;  // per line, usually empty
};

/// Number of UTF-8 code points in `s`.
std::uint32_t count_code_points(std::string_view s);

}  // namespace budgetlint
