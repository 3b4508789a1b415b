#include "budgetlint/pipeline.hpp"

#include <algorithm>

#include "budgetlint/decode.hpp"
#include "budgetlint/parse.hpp"

namespace budgetlint {

Finding& RuleContext::report(Span span) {
  Finding& f = out_.emplace_back();
  f.code = std::string(info_.code);
  f.severity = info_.severity;
  f.span = span;
  return f;
}

namespace {

void locate(const SourceText& source, FileResult& result) {
  for (Finding& f : result.findings) {
    if (f.location.line == 0) {
      f.location = source.location(f.span.begin);
      Location end = source.location(f.span.end);
      f.end_column = end.line == f.location.line ? end.column : 0;
    }
    for (EvidenceFigure& e : f.evidence.figures) e.location = source.location(e.span.begin);
    if (f.location.line >= 1 && f.location.line <= source.line_count())
      result.quoted_lines.emplace(f.location.line, std::string(source.original_line(f.location.line - 1)));
  }
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    if (a.location.column != b.location.column) return a.location.column < b.location.column;
    return a.code < b.code;
  });
}

// Each top-level section a finding falls in names where it is: ["四、财政拨款“三公”经费…"].
void add_section_paths(const Disclosure& model, FileResult& result) {
  for (Finding& f : result.findings) {
    if (!f.section_path.empty()) continue;  // the rule named the table and row itself
    for (const Section& s : model.sections) {
      if (s.level <= 2 && f.location.line >= s.first_line && f.location.line <= s.last_line)
        f.section_path.push_back(s.number + (s.level == 1 ? "、" : s.number.rfind("第", 0) == 0 ? " " : "") + s.title);
    }
  }
}

}  // namespace

ParsedDocument parse_document(std::string_view bytes) {
  text::Decoded decoded = text::decode(bytes);
  SourceText source = SourceText::from_utf8(decoded.utf8);
  Disclosure model = parse::extract(source);
  return {decoded.encoding, std::move(source), std::move(model)};
}

FileResult check_document(std::string_view bytes, std::string path, const RuleSelection& selection) {
  FileResult result;
  result.path = std::move(path);
  text::Decoded decoded = text::decode(bytes);
  SourceText source = SourceText::from_utf8(decoded.utf8);
  Disclosure model = parse::extract(source);
  result.encoding = decoded.encoding;
  result.kind = model.kind;
  if (model.department) result.department = model.department->value;
  if (model.year) result.year = model.year->value;
  // Not a disclosure: only the input rules speak, or every S rule would fire.
  bool is_disclosure = model.kind != DocumentKind::Unknown;
  for (const Rule* rule : all_rules()) {
    if (!selection.enabled(rule->info.code)) continue;
    if (!is_disclosure && rule->info.input != RuleInput::Input && rule->info.input != RuleInput::Lines) continue;
    RuleContext ctx(rule->info, source, decoded, model, result.findings);
    rule->check(ctx);
  }
  locate(source, result);
  add_section_paths(model, result);
  return result;
}

FileResult unreadable_file(std::string path, std::string reason) {
  FileResult result;
  result.path = std::move(path);
  result.unreadable = true;
  Finding f;
  f.code = "P104";
  f.severity = Severity::Error;
  f.location = {1, 1};
  f.args.emplace_back("reason", std::move(reason));
  result.findings.push_back(std::move(f));
  return result;
}

}  // namespace budgetlint
