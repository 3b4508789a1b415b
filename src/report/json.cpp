#include <map>

#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"
#include "budgetlint/version.hpp"

namespace budgetlint::report {
namespace {

using nlohmann::json;

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
    figures.push_back(std::move(fig));
  }
  j["figures"] = std::move(figures);
  return j;
}

}  // namespace

json findings_json(const std::vector<FileResult>& results, Lang lang) {
  json files = json::array();
  json findings = json::array();
  std::map<std::string, std::size_t> by_rule;
  for (const FileResult& r : results) {
    json file = {{"path", r.path}, {"kind", r.unreadable ? "unreadable" : to_string(r.kind)}};
    file["department"] = r.department ? json(*r.department) : json(nullptr);
    file["year"] = r.year ? json(*r.year) : json(nullptr);
    file["encoding"] = r.encoding.empty() ? json(nullptr) : json(r.encoding);
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
      findings.push_back(std::move(j));
      ++by_rule[f.code];
    }
  }
  Counts c = count(results);
  json summary = {{"files", results.size()},
                  {"findings", c.error + c.warning + c.info},
                  {"by_severity", {{"error", c.error}, {"warning", c.warning}, {"info", c.info}}},
                  {"by_rule", by_rule}};
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
