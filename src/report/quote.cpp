#include "quote.hpp"

#include <utf8proc.h>

#include <fmt/format.h>

namespace budgetlint::report {
namespace {

// Terminal cells taken by a string: CJK characters are two cells wide.
std::size_t display_width(std::string_view s) {
  std::size_t width = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (len <= 0) len = 1;
    int w = cp >= 0 ? utf8proc_charwidth(cp) : 1;
    width += static_cast<std::size_t>(w > 0 ? w : 0);
    i += static_cast<std::size_t>(len);
  }
  return width;
}

// Byte offset of 1-based code-point column `column` in `line` (or its end).
std::size_t byte_of_column(std::string_view line, std::uint32_t column) {
  std::size_t i = 0;
  for (std::uint32_t c = 1; c < column && i < line.size(); ++c) {
    ++i;
    while (i < line.size() && (static_cast<unsigned char>(line[i]) & 0xC0) == 0x80) ++i;
  }
  return i;
}

std::size_t previous_char(std::string_view s, std::size_t i) {
  do --i;
  while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

std::size_t next_char(std::string_view s, std::size_t i) {
  do ++i;
  while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  return i;
}

// A long line (a whole paragraph) is cut to a window around the figure, as ruff does.
constexpr std::size_t kMaxLineCells = 100;
constexpr std::size_t kContextCells = 40;

}  // namespace

std::optional<Quote> quote_of(const FileResult& r, const Finding& f) {
  auto it = r.quoted_lines.find(f.location.line);
  if (it == r.quoted_lines.end() || f.location.column == 0) return std::nullopt;
  std::string line = it->second;
  for (char& c : line) {
    if (c == '\t') c = ' ';
  }
  std::string_view view = line;
  std::size_t begin = std::min(byte_of_column(line, f.location.column), line.size());
  std::size_t end = f.end_column > f.location.column ? byte_of_column(line, f.end_column) : next_char(view, begin);
  end = std::max(std::min(end, line.size()), std::min(begin + 1, line.size()));
  bool long_line = display_width(view) > kMaxLineCells;
  std::size_t from = long_line ? begin : 0;
  while (long_line && from > 0 &&
         display_width(view.substr(previous_char(view, from), begin - previous_char(view, from))) <= kContextCells)
    from = previous_char(view, from);
  std::size_t to = long_line ? end : line.size();
  while (long_line && to < line.size() && display_width(view.substr(end, next_char(view, to) - end)) <= kContextCells)
    to = next_char(view, to);
  std::string lead = from > 0 ? "…" : "";
  std::string tail = to < line.size() ? "…" : "";
  Quote q;
  q.text = lead + std::string(view.substr(from, to - from)) + tail;
  q.mark_pad = display_width(lead) + display_width(view.substr(from, begin - from));
  q.marks = std::max<std::size_t>(1, display_width(view.substr(begin, end - begin)));
  return q;
}

std::string describe(const Origin& o, Lang lang) {
  bool zh = lang == Lang::Zh;
  if (o.page > 0) return fmt::format(fmt::runtime(zh ? "第 {} 页第 {} 行" : "page {}, line {}"), o.page, o.page_line);
  if (o.table > 0)
    return fmt::format(fmt::runtime(zh ? "表 {} 第 {} 行第 {} 格" : "table {}, row {}, cell {}"), o.table, o.row, o.cell);
  if (o.paragraph > 0) return fmt::format(fmt::runtime(zh ? "第 {} 段" : "paragraph {}"), o.paragraph);
  return "";
}

std::string place_of(const FileResult& r, const Finding& f, Lang lang) {
  if (r.unreadable) return r.path;  // the file as a whole
  if (f.origin) {
    std::string where = describe(*f.origin, lang);
    if (!where.empty()) return r.path + " " + where;
  }
  return fmt::format("{}:{}:{}", r.path, f.location.line, f.location.column);
}

}  // namespace budgetlint::report
