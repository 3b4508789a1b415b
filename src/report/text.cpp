// The report a finance officer reads: ninja's file:line:col and caret, ruff's grouping.
#include <utf8proc.h>

#include <fmt/format.h>

#include "budgetlint/report.hpp"

namespace budgetlint::report {
namespace {

struct Style {
  bool color;
  std::string paint(std::string_view text, const char* code) const {
    if (!color) return std::string(text);
    return fmt::format("\x1b[{}m{}\x1b[0m", code, text);
  }
};

const char* severity_color(Severity s) {
  switch (s) {
    case Severity::Error:
      return "1;31";
    case Severity::Warning:
      return "1;33";
    case Severity::Info:
      return "1;36";
  }
  return "1";
}

std::string severity_word(Severity s, Lang lang) {
  if (lang == Lang::En) return to_string(s);
  switch (s) {
    case Severity::Error:
      return "错误";
    case Severity::Warning:
      return "警告";
    case Severity::Info:
      return "提示";
  }
  return "";
}

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

std::string untab(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\t') c = ' ';
  }
  return out;
}

// A long line (a whole Word paragraph) is cut to a window around the figure, as ruff does.
constexpr std::size_t kMaxLineCells = 100;
constexpr std::size_t kContextCells = 40;

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

void write_quote(std::ostream& out, const FileResult& r, const Finding& f, const Style& style) {
  auto it = r.quoted_lines.find(f.location.line);
  if (it == r.quoted_lines.end() || f.location.column == 0) return;
  std::string line = untab(it->second);
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
  std::size_t pad = display_width(lead) + display_width(view.substr(from, begin - from));
  std::size_t marks = std::max<std::size_t>(1, display_width(view.substr(begin, end - begin)));
  out << "   | " << lead << view.substr(from, to - from) << tail << "\n";
  out << "   | " << std::string(pad, ' ') << style.paint(std::string(marks, '^'), severity_color(f.severity)) << "\n";
}

void write_evidence(std::ostream& out, const Finding& f, Lang lang) {
  const Evidence& e = f.evidence;
  bool zh = lang == Lang::Zh;
  if (e.expected && e.actual && e.difference && !e.figures.empty() && e.figures.front().role == "total") {
    std::string parts;
    for (std::size_t i = 1; i < e.figures.size(); ++i) {
      if (!parts.empty()) parts += " + ";
      parts += e.figures[i].label + " " + e.figures[i].value;
    }
    std::string tolerance;
    if (e.tolerance) tolerance = fmt::format(fmt::runtime(zh ? "（容差 {}）" : " (tolerance {})"), *e.tolerance);
    if (parts.empty()) parts = zh ? "（空）" : "(none)";
    // With a single part the sum is that part: “A ≠ B”, not “A ≠ B = B”.
    std::string sum = e.figures.size() > 2 ? " = " + *e.expected : "";
    out << fmt::format(
        fmt::runtime(zh ? "   = 证据：{} {} ≠ {}{}，差 {}{}\n" : "   = evidence: {} {} ≠ {}{}, difference {}{}\n"),
        e.figures.front().label, *e.actual, parts, sum, *e.difference, tolerance);
  }
  // Figures on other lines than the finding (pdftotext wraps a sentence over several).
  for (const EvidenceFigure& fig : e.figures) {
    if (fig.location.line == 0) continue;
    if (fig.location.line == f.location.line) continue;
    std::string value = fig.value.empty() ? "" : " " + fig.value + (fig.unit.empty() ? "" : " " + fig.unit);
    out << fmt::format("   - {}:{} {}{}\n", fig.location.line, fig.location.column, fig.label, value);
  }
}

}  // namespace

void write_text(std::ostream& out, const std::vector<FileResult>& results, const TextOptions& options) {
  Style style{options.color};
  bool zh = options.lang == Lang::Zh;
  std::size_t files_with_findings = 0;
  for (const FileResult& r : results) {
    if (r.findings.empty()) continue;
    ++files_with_findings;
    std::string about = r.unreadable ? "" : to_string(r.kind);
    if (r.department) about += " · " + *r.department;
    if (r.year) about += fmt::format(" · {}", *r.year);
    out << style.paint(r.path, "1") << (about.empty() ? "" : "  (" + about + ")") << "\n";
    // A project's findings stand together under its name (its table's lines are contiguous).
    std::string project;
    for (const Finding& f : r.findings) {
      bool in_project = f.section_path.size() >= 2 && f.section_path[0] == "绩效目标表";
      if (!in_project) project.clear();  // a finding of another part closes the group
      if (in_project && f.section_path[1] != project) {
        project = f.section_path[1];
        out << style.paint(
            fmt::format(fmt::runtime(zh ? "  ▸ 绩效目标表：{}\n" : "  ▸ performance targets: {}\n"), project), "1");
      }
      out << fmt::format("{}:{}:{}: {} {}\n", r.path, f.location.line, f.location.column,
                         style.paint(fmt::format("{}[{}]", severity_word(f.severity, options.lang), f.code),
                                     severity_color(f.severity)),
                         rule_title(f.code, options.lang));
      write_quote(out, r, f, style);
      out << "   = " << render_message(f, options.lang) << "\n";
      write_evidence(out, f, options.lang);
    }
    out << "\n";
  }
  Counts c = count(results);
  if (zh) {
    out << fmt::format("检查了 {} 个文件，{} 个有问题：{} 个错误，{} 个警告，{} 条提示。\n", results.size(),
                       files_with_findings, c.error, c.warning, c.info);
  } else {
    out << fmt::format("Checked {} files, {} with findings: {} errors, {} warnings, {} info.\n", results.size(),
                       files_with_findings, c.error, c.warning, c.info);
  }
}

}  // namespace budgetlint::report
