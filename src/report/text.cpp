// The report a finance officer reads: ninja's file:line:col and caret, ruff's grouping.
#include <fmt/format.h>

#include "budgetlint/report.hpp"
#include "quote.hpp"

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

void write_quote(std::ostream& out, const FileResult& r, const Finding& f, const Style& style) {
  std::optional<Quote> q = quote_of(r, f);
  if (!q) return;
  out << "   | " << q->text << "\n";
  out << "   | " << std::string(q->mark_pad, ' ') << style.paint(std::string(q->marks, '^'), severity_color(f.severity))
      << "\n";
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
    std::string where = fig.origin ? describe(*fig.origin, lang) : "";
    if (where.empty()) where = fmt::format("{}:{}", fig.location.line, fig.location.column);
    out << fmt::format("   - {} {}{}\n", where, fig.label, value);
  }
}

// Files of other types in the folders are not checked; say so rather than pass them over.
void write_skipped(std::ostream& out, const std::map<std::string, std::size_t>& skipped, bool zh) {
  if (skipped.empty()) return;
  std::size_t total = 0;
  std::string list;
  for (const auto& [ext, n] : skipped) {
    total += n;
    if (!list.empty()) list += zh ? "，" : ", ";
    list += fmt::format("{} {}", ext, n);
  }
  out << fmt::format(fmt::runtime(zh ? "另有 {} 个文件不是公开文件的格式，未检查：{}。\n"
                                     : "{} more files are of no disclosure format and were not checked: {}.\n"),
                     total, list);
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
      out << fmt::format("{}: {} {}\n", place_of(r, f, options.lang),
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
    write_skipped(out, options.skipped, zh);
  } else {
    out << fmt::format("Checked {} files, {} with findings: {} errors, {} warnings, {} info.\n", results.size(),
                       files_with_findings, c.error, c.warning, c.info);
    write_skipped(out, options.skipped, zh);
  }
}

}  // namespace budgetlint::report
