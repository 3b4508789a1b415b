#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "budgetlint/pipeline.hpp"

namespace budgetlint::report {

enum class Lang { Zh, En };

struct TextOptions {
  Lang lang = Lang::Zh;
  bool color = false;
  std::map<std::string, std::size_t> skipped;  ///< files of other types in the folders, by extension
};

/// The rule's message template rendered with the finding's arguments.
std::string render_message(const Finding& finding, Lang lang);
/// The rule's title in the reader's language.
std::string rule_title(std::string_view code, Lang lang);

/// Grouped by file: file:line:col, the source line with the figure marked, the evidence.
void write_text(std::ostream& out, const std::vector<FileResult>& results, const TextOptions& options);

/// One object: tool, files, findings, summary (schemas/findings.schema.json).
nlohmann::json findings_json(const std::vector<FileResult>& results, Lang lang,
                             const std::map<std::string, std::size_t>& skipped = {});

/// The typed model (schemas/disclosure.schema.json).
nlohmann::json model_json(const ParsedDocument& document, const std::string& path);

/// The rule catalogue for `budgetlint rules --format json`.
nlohmann::json rules_json();

/// Counts by severity, for summaries and the exit status.
struct Counts {
  std::size_t error = 0;
  std::size_t warning = 0;
  std::size_t info = 0;
};
Counts count(const std::vector<FileResult>& results);

}  // namespace budgetlint::report
