#include <utf8proc.h>

#include <algorithm>
#include <array>

#include "budgetlint/source.hpp"

namespace budgetlint {
namespace {

// NFKC of one code point. Normalising code point by code point keeps an exact map back to the
// original columns; the compatibility mappings we rely on (full-width forms, ideographic
// space, circled numbers) are all single-character ones.
void append_nfkc(utf8proc_int32_t cp, std::string& out, std::uint32_t& produced) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
    produced = 1;
    return;
  }
  std::array<utf8proc_int32_t, 18> buffer{};
  int last_boundclass = 0;
  utf8proc_ssize_t n = utf8proc_decompose_char(
      cp, buffer.data(), static_cast<utf8proc_ssize_t>(buffer.size()),
      static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_STABLE), &last_boundclass);
  if (n <= 0 || n > static_cast<utf8proc_ssize_t>(buffer.size())) {
    buffer[0] = cp;
    n = 1;
  } else if (n > 1) {
    n = utf8proc_normalize_utf32(buffer.data(), n, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    if (n <= 0) {
      buffer[0] = cp;
      n = 1;
    }
  }
  for (utf8proc_ssize_t i = 0; i < n; ++i) {
    utf8proc_uint8_t bytes[4];
    utf8proc_ssize_t len = utf8proc_encode_char(buffer[static_cast<std::size_t>(i)], bytes);
    out.append(reinterpret_cast<const char*>(bytes), static_cast<std::size_t>(len));
  }
  produced = static_cast<std::uint32_t>(n);
}

}  // namespace

std::uint32_t count_code_points(std::string_view s) {
  std::uint32_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

namespace {

// Bytes that NFKC leaves as they are and that map one code point to one: printable ASCII
// and the CJK ideographs (U+3400–U+9FFF), which are most of a disclosure. Returns their
// length at `i`, or 0 when the character needs utf8proc (or is a line break).
std::size_t invariant_length(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return c == '\n' || c == '\r' ? 0 : 1;
  if (c >= 0xE3 && c <= 0xE9 && i + 2 < s.size()) {
    std::uint32_t cp = ((c & 0x0Fu) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3Fu) << 6) |
                       (static_cast<unsigned char>(s[i + 2]) & 0x3Fu);
    if ((cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0x4E00 && cp <= 0x9FFF)) return 3;
  }
  return 0;
}

}  // namespace

SourceText SourceText::from_utf8(std::string_view decoded) {
  SourceText st;
  st.original_.assign(decoded.data(), decoded.size());
  st.text_.reserve(decoded.size());
  st.line_starts_.push_back(0);
  st.original_line_starts_.push_back(0);
  st.shifts_.emplace_back();
  std::uint32_t normalized_cp = 0;
  std::uint32_t original_cp = 0;
  std::size_t i = 0;
  while (i < decoded.size()) {
    // Copy a run of invariant characters in one go; they advance both counts alike.
    std::size_t run = i;
    std::uint32_t run_cps = 0;
    while (i < decoded.size()) {
      std::size_t len = invariant_length(decoded, i);
      if (len == 0) break;
      i += len;
      ++run_cps;
    }
    st.text_.append(decoded.data() + run, i - run);
    normalized_cp += run_cps;
    original_cp += run_cps;
    if (i >= decoded.size()) break;

    unsigned char c = static_cast<unsigned char>(decoded[i]);
    if (c == '\n') {
      st.text_.push_back('\n');
      ++i;
      st.line_starts_.push_back(static_cast<std::uint32_t>(st.text_.size()));
      st.original_line_starts_.push_back(static_cast<std::uint32_t>(i));
      st.shifts_.emplace_back();
      normalized_cp = original_cp = 0;
      continue;
    }
    if (c == '\r') {  // CRLF files: the CR is not part of the line
      ++i;
      continue;
    }
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(decoded.data() + i),
                                            static_cast<utf8proc_ssize_t>(decoded.size() - i), &cp);
    if (len <= 0) {  // decode() replaces invalid bytes; be safe anyway
      cp = 0xFFFD;
      len = 1;
    }
    i += static_cast<std::size_t>(len);
    std::uint32_t produced = 0;
    append_nfkc(cp, st.text_, produced);
    normalized_cp += produced;
    ++original_cp;
    if (produced != 1) st.shifts_.back().push_back({normalized_cp, original_cp});
  }
  return st;
}

std::string_view SourceText::line(std::size_t index) const {
  std::uint32_t begin = line_starts_[index];
  std::uint32_t end =
      index + 1 < line_starts_.size() ? line_starts_[index + 1] - 1 : static_cast<std::uint32_t>(text_.size());
  return std::string_view(text_).substr(begin, end - begin);
}

std::string_view SourceText::original_line(std::size_t index) const {
  std::uint32_t begin = original_line_starts_[index];
  std::uint32_t end = index + 1 < original_line_starts_.size() ? original_line_starts_[index + 1] - 1
                                                               : static_cast<std::uint32_t>(original_.size());
  std::string_view line = std::string_view(original_).substr(begin, end - begin);
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

std::size_t SourceText::line_of(std::uint32_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(it - line_starts_.begin()) - 1;
}

std::uint32_t SourceText::column_of(std::uint32_t offset) const {
  std::size_t index = line_of(offset);
  std::uint32_t begin = line_starts_[index];
  std::uint32_t cp = count_code_points(std::string_view(text_).substr(begin, offset - begin));
  const auto& shifts = shifts_[index];
  // Last shift at or before this code point tells how far the columns have drifted.
  auto it = std::upper_bound(shifts.begin(), shifts.end(), cp,
                             [](std::uint32_t value, const Shift& s) { return value < s.normalized_cp; });
  if (it == shifts.begin()) return cp + 1;
  --it;
  return it->original_cp + (cp - it->normalized_cp) + 1;
}

std::uint32_t SourceText::offset_at(std::size_t index, std::uint32_t column) const {
  if (index >= line_starts_.size()) return static_cast<std::uint32_t>(text_.size());
  // The last shift at or before this original column says how far the normalised count drifted.
  const auto& shifts = shifts_[index];
  auto it = std::upper_bound(shifts.begin(), shifts.end(), column,
                             [](std::uint32_t value, const Shift& s) { return value < s.original_cp; });
  std::uint32_t cp = it == shifts.begin() ? column : (it - 1)->normalized_cp + (column - (it - 1)->original_cp);
  std::string_view line = this->line(index);
  std::size_t i = 0;
  for (std::uint32_t n = 0; n < cp && i < line.size(); ++n) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return static_cast<std::uint32_t>(line_starts_[index] + i);
}

Location SourceText::location(std::uint32_t offset) const {
  return {static_cast<std::uint32_t>(line_of(offset) + 1), column_of(offset)};
}

}  // namespace budgetlint
