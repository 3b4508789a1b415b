#include "budgetlint/pipeline.hpp"

#include <algorithm>

#include "budgetlint/decode.hpp"
#include "budgetlint/input.hpp"
#include "budgetlint/parse.hpp"

namespace budgetlint {

Finding& RuleContext::report(Span span) {
  if (listed_ >= kMaxFindingsPerRule) {
    ++unlisted_;
    overflow_ = Finding{};
    last_ = &overflow_;
    return overflow_;
  }
  ++listed_;
  Finding& f = out_.emplace_back();
  f.code = std::string(info_.code);
  f.severity = info_.severity;
  f.span = span;
  last_ = &f;
  return f;
}

namespace {

// Where a finding's figure stands in the file: page, line and word box of a PDF, paragraph or
// cell of a DOCX (text files have only their lines and columns).
std::optional<Origin> origin_at(const Document& doc, Location at, std::uint32_t end_column) {
  if (at.line == 0 || at.column == 0) return std::nullopt;
  std::optional<Origin> o = doc.origin_of(at.line - 1, at.column - 1);
  if (!o) return o;
  if (o->page > 0) {
    std::uint32_t end = end_column > at.column ? end_column - 1 : at.column;
    if (auto box = doc.word_box(at.line - 1, at.column - 1, end)) o->box = *box;
  }
  return o;
}

void locate(const SourceText& source, const Document& doc, FileResult& result) {
  for (Finding& f : result.findings) {
    if (f.location.line == 0) {
      f.location = source.location(f.span.begin);
      Location end = source.location(f.span.end);
      f.end_column = end.line == f.location.line ? end.column : 0;
    }
    f.origin = origin_at(doc, f.location, f.end_column);
    for (EvidenceFigure& e : f.evidence.figures) {
      e.location = source.location(e.span.begin);
      e.origin = origin_at(doc, e.location, 0);
    }
    if (f.location.line >= 1 && f.location.line <= source.line_count())
      result.quoted_lines.emplace(f.location.line, std::string(source.original_line(f.location.line - 1)));
  }
  std::stable_sort(result.findings.begin(), result.findings.end(), [](const Finding& a, const Finding& b) {
    if (a.location.line != b.location.line) return a.location.line < b.location.line;
    if (a.location.column != b.location.column) return a.location.column < b.location.column;
    return a.code < b.code;
  });
}

// A file that gave no text: its one P finding, and exit status 2.
FileResult problem_result(const Document& doc, std::string path) {
  FileResult result;
  result.path = std::move(path);
  result.type = doc.type;
  result.unreadable = true;
  Finding f;
  f.code = doc.problem->code;
  f.severity = Severity::Error;
  f.location = {1, 1};
  f.args = doc.problem->args;
  result.findings.push_back(std::move(f));
  return result;
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

// One P113 for all the findings of a rule past its cap in this file.
Finding more_findings(const RuleInfo& info, std::size_t count) {
  Finding f;
  f.code = "P113";
  f.severity = Severity::Info;
  f.location = {1, 1};
  f.args = {{"rule", std::string(info.code)},
            {"title", std::string(info.title_zh)},
            {"title_en", std::string(info.title_en)},
            {"count", std::to_string(count)}};
  return f;
}

}  // namespace

ParsedDocument parse_read(Document document) {
  SourceText source = SourceText::from_utf8(document.decoded.utf8);
  Disclosure model = document.problem ? Disclosure{} : parse::extract(source, parse::layout_of(document, source));
  return {document.decoded.encoding, std::move(source), std::move(model), document.problem};
}

ParsedDocument parse_document(std::string_view bytes) { return parse_read(input::read_document(bytes)); }

FileResult check_read(Document document, std::string path, const RuleSelection& selection) {
  if (document.problem) return problem_result(document, std::move(path));
  FileResult result;
  result.path = std::move(path);
  result.type = document.type;
  result.pages = document.pages;
  const text::Decoded& decoded = document.decoded;
  SourceText source = SourceText::from_utf8(decoded.utf8);
  Disclosure model = parse::extract(source, parse::layout_of(document, source));
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
    // decode() itself lists only the first runs of bad bytes; the rest count here.
    std::size_t unlisted = ctx.unlisted() + (rule->info.code == "P101" ? decoded.invalid_unlisted : 0);
    if (unlisted > 0 && selection.enabled("P113")) result.findings.push_back(more_findings(rule->info, unlisted));
  }
  locate(source, document, result);
  add_section_paths(model, result);
  return result;
}

FileResult check_document(std::string_view bytes, std::string path, const RuleSelection& selection) {
  return check_read(input::read_document(bytes), std::move(path), selection);
}

FileResult file_problem(std::string path, std::string code, std::vector<std::pair<std::string, std::string>> args) {
  FileResult result;
  result.path = std::move(path);
  result.unreadable = true;
  Finding f;
  f.code = std::move(code);
  const Rule* rule = find_rule(f.code);
  f.severity = rule ? rule->info.severity : Severity::Error;
  f.location = {1, 1};
  f.args = std::move(args);
  result.findings.push_back(std::move(f));
  return result;
}

FileResult unreadable_file(std::string path, std::string reason) {
  return file_problem(std::move(path), "P104", {{"reason", std::move(reason)}});
}

}  // namespace budgetlint
