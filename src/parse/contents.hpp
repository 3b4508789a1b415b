#pragma once

#include <vector>

#include "budgetlint/model.hpp"

namespace budgetlint::parse {

/// The table of contents (目录) at the head of a document, if it has one.
struct Contents {
  std::vector<ContentsEntry> entries;
  std::size_t body_line = 0;  ///< the first line (0-based) after the contents
};

/// Reads the 目录 block: its entries without dot leaders and page numbers, and where the body
/// starts, so that an entry is never taken for a heading or a table title.
Contents read_contents(const SourceText& source);

}  // namespace budgetlint::parse
