#pragma once

// From the words of PDF pages to the text of a document: lines by vertical centre, page numbers
// and running headers dropped, wrapped prose joined back into paragraphs. Knows no PDF library,
// so that it can be tested with words made by hand.
#include <string>
#include <vector>

#include "budgetlint/document.hpp"

namespace budgetlint::input::detail {

struct RawWord {
  std::string text;  ///< UTF-8
  Box box;
  float font_size = 0;
  bool space_after = false;  ///< the PDF's own word break after this word
};

struct RawPage {
  float width = 0;
  float height = 0;
  std::vector<RawWord> words;  ///< in any order
};

/// The text, pieces and words of a PDF document (`decoded.encoding` is "PDF").
Document compose_pdf(const std::vector<RawPage>& pages);

}  // namespace budgetlint::input::detail
