#include <cmath>
#include <map>

#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"
#include "budgetlint/version.hpp"
#include "quote.hpp"

namespace budgetlint::report {
namespace {

using nlohmann::json;

// Page, line on the page and word box of a PDF; paragraph or table cell of a DOCX.
void add_origin(json& j, const std::optional<Origin>& o) {
  if (!o) return;
  if (o->page > 0) {
    j["page"] = o->page;
    j["page_line"] = o->page_line;
    auto round = [](float v) { return static_cast<double>(std::lround(v * 10)) / 10; };
    j["box"] = {round(o->box.x0), round(o->box.y0), round(o->box.x1), round(o->box.y1)};
  } else if (o->table > 0) {
    j["table"] = o->table;
    j["row"] = o->row;
    j["cell"] = o->cell;
  } else if (o->paragraph > 0) {
    j["paragraph"] = o->paragraph;
  }
}

const char* format_name(FileType type) {
  switch (type) {
    case FileType::Pdf:
      return "pdf";
    case FileType::Docx:
      return "docx";
    case FileType::Text:
      return "text";
    default:
      return "other";
  }
}

json evidence_json(const Evidence& e) {
  json j = json::object();
  if (e.expected) j["expected"] = *e.expected;
  if (e.actual) j["actual"] = *e.actual;
  if (e.difference) j["difference"] = *e.difference;
  if (e.tolerance) j["tolerance"] = *e.tolerance;
  if (!e.unit.empty()) j["unit"] = e.unit;
  json figures = json::array();
  for (const EvidenceFigure& f : e.figures) {
    json fig = {{"role", f.role}, {"label", f.label}};
    if (!f.value.empty()) {
      fig["value"] = f.value;
      fig["unit"] = f.unit;
    }
    if (f.location.line > 0) {
      fig["line"] = f.location.line;
      fig["column"] = f.location.column;
    }
    add_origin(fig, f.origin);
    figures.push_back(std::move(fig));
  }
  j["figures"] = std::move(figures);
  return j;
}

}  // namespace

json findings_json(const std::vector<FileResult>& results, Lang lang,
                   const std::map<std::string, std::size_t>& skipped) {
  json files = json::array();
  json findings = json::array();
  std::map<std::string, std::size_t> by_rule;
  for (const FileResult& r : results) {
    json file = {{"path", r.path}, {"kind", r.unreadable ? "unreadable" : to_string(r.kind)}};
    file["department"] = r.department ? json(*r.department) : json(nullptr);
    file["year"] = r.year ? json(*r.year) : json(nullptr);
    file["encoding"] = r.encoding.empty() ? json(nullptr) : json(r.encoding);
    file["format"] = format_name(r.type);
    if (r.pages > 0) file["pages"] = r.pages;
    files.push_back(std::move(file));
    for (const Finding& f : r.findings) {
      json j = {{"rule", f.code},
                {"severity", to_string(f.severity)},
                {"file", r.path},
                {"line", f.location.line},
                {"column", f.location.column},
                {"title", rule_title(f.code, lang)},
                {"message", render_message(f, lang)},
                {"section_path", f.section_path},
                {"evidence", evidence_json(f.evidence)}};
      add_origin(j, f.origin);
      if (std::optional<Quote> q = quote_of(r, f)) j["excerpt"] = q->text;
      findings.push_back(std::move(j));
      ++by_rule[f.code];
    }
  }
  Counts c = count(results);
  json summary = {{"files", results.size()},
                  {"findings", c.error + c.warning + c.info},
                  {"by_severity", {{"error", c.error}, {"warning", c.warning}, {"info", c.info}}},
                  {"by_rule", by_rule},
                  {"skipped", skipped}};
  return {{"tool", {{"name", "budgetlint"}, {"version", std::string(kVersion)}}},
          {"files", std::move(files)},
          {"findings", std::move(findings)},
          {"summary", std::move(summary)}};
}

json rules_json() {
  json rules = json::array();
  for (const Rule* r : all_rules()) {
    const RuleInfo& i = r->info;
    rules.push_back({{"code", i.code},
                     {"name", i.name},
                     {"severity", to_string(i.severity)},
                     {"title_zh", i.title_zh},
                     {"title_en", i.title_en},
                     {"doc_zh", i.doc_zh},
                     {"doc_en", i.doc_en},
                     {"since", i.since}});
  }
  return {{"tool", {{"name", "budgetlint"}, {"version", std::string(kVersion)}}}, {"rules", std::move(rules)}};
}

}  // namespace budgetlint::report
