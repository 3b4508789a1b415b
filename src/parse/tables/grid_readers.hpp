#pragma once

// One Grid reader per flavour; each takes a located table region and knows nothing of budgets.
#include <vector>

#include "budgetlint/parse.hpp"
#include "grid.hpp"

namespace budgetlint::parse {

/// A table standing on PDF pages: `words` are the words of its region after the title, in text
/// order (a table that goes on has those of every page).
Grid read_pdf_grid(const SourceText& source, const std::vector<const LayoutWord*>& words);

}  // namespace budgetlint::parse
