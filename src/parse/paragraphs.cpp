#include "paragraphs.hpp"

#include <algorithm>
#include <array>

namespace budgetlint::parse {
namespace {

// pdftotext wraps narrative lines at about 50 code points; a shorter line ended on purpose.
constexpr std::uint32_t kMinWrappedLineCodePoints = 38;

constexpr std::array<std::string_view, 11> kChineseDigits = {"一", "二", "三", "四", "五", "六",
                                                             "七", "八", "九", "十", "〇"};

// Length in bytes of a run of Chinese numerals (一…十) at the start of s.
std::size_t chinese_numeral_length(std::string_view s) {
  std::size_t n = 0;
  bool found = true;
  while (found) {
    found = false;
    for (std::string_view d : kChineseDigits) {
      if (s.substr(n, d.size()) == d) {
        n += d.size();
        found = true;
        break;
      }
    }
  }
  return n;
}

std::size_t ascii_digits_length(std::string_view s) {
  std::size_t n = 0;
  while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
  return n;
}

bool ends_sentence(std::string_view trimmed) {
  for (std::string_view end : {"。", "!", "?", ";"}) {
    if (trimmed.size() >= end.size() && trimmed.substr(trimmed.size() - end.size()) == end) return true;
  }
  return false;
}

}  // namespace

std::string_view trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

HeadingNumber parse_heading_number(std::string_view s) {
  HeadingNumber h;
  // “第二部分 预算项目绩效目标”: a part inside a section, ranked with (一).
  if (s.substr(0, 3) == "第") {
    std::size_t n = chinese_numeral_length(s.substr(3));
    if (n > 0 && s.substr(3 + n, 6) == "部分") return {std::string(s.substr(0, 3 + n + 6)), 2, 3 + n + 6};
  }
  if (std::size_t n = chinese_numeral_length(s); n > 0) {
    std::size_t rest = n;
    while (rest < s.size() && s[rest] == ' ') ++rest;
    if (s.substr(rest, 3) == "、") return {std::string(s.substr(0, n)), 1, rest + 3};
    return h;
  }
  if (!s.empty() && s[0] == '(') {
    std::size_t n = chinese_numeral_length(s.substr(1));
    int level = 2;
    if (n == 0) {
      n = ascii_digits_length(s.substr(1));
      level = 4;
    }
    if (n > 0 && s.size() > n + 1 && s[n + 1] == ')') return {std::string(s.substr(0, n + 2)), level, n + 2};
    return h;
  }
  if (std::size_t n = ascii_digits_length(s); n > 0 && n <= 2) {
    std::size_t rest = n;
    while (rest < s.size() && s[rest] == ' ') ++rest;
    if (s.substr(rest, 3) == "、") return {std::string(s.substr(0, n)), 3, rest + 3};
    // "1." but not "1.5" (a decimal)
    if (rest < s.size() && s[rest] == '.' && (rest + 1 >= s.size() || s[rest + 1] < '0' || s[rest + 1] > '9'))
      return {std::string(s.substr(0, n)), 3, rest + 1};
  }
  return h;
}

void Paragraph::append_piece(std::string_view piece, std::uint32_t doc_offset) {
  pieces_.push_back({static_cast<std::uint32_t>(text.size()), doc_offset});
  text.append(piece);
}

Span Paragraph::to_doc(std::size_t begin, std::size_t end) const {
  auto map = [&](std::size_t offset, bool is_end) {
    // For an end offset the piece it closes is the one that holds offset - 1.
    std::size_t probe = is_end && offset > 0 ? offset - 1 : offset;
    auto it = std::upper_bound(pieces_.begin(), pieces_.end(), probe,
                               [](std::size_t v, const Piece& p) { return v < p.para_offset; });
    if (it != pieces_.begin()) --it;
    return static_cast<std::uint32_t>(it->doc_offset + (offset - it->para_offset));
  };
  if (pieces_.empty()) return {};
  return {map(begin, false), map(end, true)};
}

std::vector<Paragraph> build_paragraphs(const SourceText& source, bool lines_are_paragraphs) {
  std::vector<Paragraph> paragraphs;
  bool open = false;            // the last paragraph may still take a wrapped line
  std::uint32_t blank_run = 0;  // blank lines since the last text line
  std::string_view previous;
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    std::string_view trimmed = trim(raw);
    if (trimmed.empty()) {
      ++blank_run;
      continue;
    }
    // A Word cell starts with a TAB; an OCR table row has TABs between its cells; a PDF line
    // read from word boxes keeps a cell gap as a run of spaces (its prose never has two).
    bool cell = !raw.empty() && (raw[0] == '\t' || trimmed.find('\t') != std::string_view::npos ||
                                 (lines_are_paragraphs && trimmed.find("  ") != std::string_view::npos));
    auto offset = static_cast<std::uint32_t>(source.line_start(i) + (trimmed.data() - raw.data()));
    bool joins = !lines_are_paragraphs && open && !cell && blank_run <= 1 && !ends_sentence(previous) &&
                 count_code_points(previous) >= kMinWrappedLineCodePoints && parse_heading_number(trimmed).level == 0;
    if (joins) {
      paragraphs.back().append_piece(trimmed, offset);
      paragraphs.back().last_line = static_cast<std::uint32_t>(i);
    } else {
      Paragraph p;
      p.first_line = p.last_line = static_cast<std::uint32_t>(i);
      p.table_cell = cell;
      p.append_piece(trimmed, offset);
      paragraphs.push_back(std::move(p));
    }
    open = !cell;
    previous = trimmed;
    blank_run = 0;
  }
  return paragraphs;
}

}  // namespace budgetlint::parse
