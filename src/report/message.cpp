#include <fmt/args.h>
#include <fmt/format.h>

#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"

namespace budgetlint::report {

std::string render_message(const Finding& finding, Lang lang) {
  const Rule* rule = find_rule(finding.code);
  if (!rule) return finding.code;
  std::string_view pattern = lang == Lang::Zh ? rule->info.message_zh : rule->info.message_en;
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : finding.args) store.push_back(fmt::arg(name.c_str(), value));
  try {
    return fmt::vformat(pattern, store);
  } catch (const fmt::format_error&) {
    // A template naming a field the rule did not set is a bug the registry test catches;
    // the reader still gets the title rather than nothing.
    return std::string(lang == Lang::Zh ? rule->info.title_zh : rule->info.title_en);
  }
}

std::string rule_title(std::string_view code, Lang lang) {
  const Rule* rule = find_rule(code);
  if (!rule) return std::string(code);
  return std::string(lang == Lang::Zh ? rule->info.title_zh : rule->info.title_en);
}

Counts count(const std::vector<FileResult>& results) {
  Counts c;
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      switch (f.severity) {
        case Severity::Error:
          ++c.error;
          break;
        case Severity::Warning:
          ++c.warning;
          break;
        case Severity::Info:
          ++c.info;
          break;
      }
    }
  }
  return c;
}

}  // namespace budgetlint::report
