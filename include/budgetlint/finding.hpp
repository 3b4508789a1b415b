#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "budgetlint/document.hpp"
#include "budgetlint/source.hpp"

namespace budgetlint {

enum class Severity { Info, Warning, Error };

const char* to_string(Severity severity);
std::optional<Severity> severity_from_string(std::string_view text);

/// One figure a finding rests on: “基本支出 519.07 万元 at 53:41”.
struct EvidenceFigure {
  std::string role;   ///< total | part | prior | narrative | table | stated
  std::string label;  ///< the words that name it in the document
  std::string value;  ///< as a decimal string with its printed decimals
  std::string unit;   ///< 万元, 元, …
  Span span;
  Location location;              ///< filled in by the pipeline
  std::optional<Origin> origin;  ///< page and line of a PDF, paragraph or cell of a DOCX
};

/// What disagrees, as data: expected vs actual, their difference and the tolerance used.
struct Evidence {
  std::optional<std::string> expected;
  std::optional<std::string> actual;
  std::optional<std::string> difference;
  std::optional<std::string> tolerance;
  std::string unit;
  std::vector<EvidenceFigure> figures;
};

/// A finding stores data, not text: the emitters render the rule's message template with
/// `args` in the reader's language.
struct Finding {
  std::string code;
  Severity severity = Severity::Error;
  Span span;
  Location location;             ///< filled in by the pipeline
  std::uint32_t end_column = 0;  ///< where the marked figure ends on that line (exclusive)
  std::optional<Origin> origin;  ///< page, line and word box of a PDF; paragraph or cell of a DOCX
  std::vector<std::string> section_path;
  std::vector<std::pair<std::string, std::string>> args;
  Evidence evidence;
};

}  // namespace budgetlint
