#pragma once

// What the reports show of a finding's place: the quoted line (cut to a window around the figure
// when it is long) and the location in the reader's terms — line and column of a text file, page
// and line of a PDF, paragraph or table cell of a DOCX.
#include <string>

#include "budgetlint/pipeline.hpp"
#include "budgetlint/report.hpp"

namespace budgetlint::report {

struct Quote {
  std::string text;          ///< the window of the line, with “…” where it was cut; TABs as spaces
  std::size_t mark_pad = 0;  ///< terminal cells before the marked figure
  std::size_t marks = 0;     ///< terminal cells the figure takes (at least 1)
};

/// The quoted line of `finding`, if the result holds one.
std::optional<Quote> quote_of(const FileResult& result, const Finding& finding);

/// “第 3 页第 12 行”, “第 5 段”, “表 2 第 3 行第 4 格” (or in English); empty for a text file.
std::string describe(const Origin& origin, Lang lang);

/// Where a finding is, as the text report prints it before the severity: “path:12:5” for a text
/// file, “path 第 3 页第 12 行” for a PDF.
std::string place_of(const FileResult& result, const Finding& finding, Lang lang);

}  // namespace budgetlint::report
