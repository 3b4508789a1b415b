#pragma once

// The columns of a PDF table: the body's words clustered by where they stand (figures, codes,
// words), the header's words stacked over them — a word over one column labels it, over several
// heads a group — and a group heading extended over the columns it is centred over.
#include <optional>
#include <vector>

#include "pdf_words.hpp"

namespace budgetlint::parse::pdf {

/// A column: where it stands, what the body prints in it, and the header words over it — its own
/// (a label wrapped over lines, or letter-spaced into words) and those of the group headings over
/// it and its neighbours.
struct Col {
  float x0 = 0;
  float x1 = 0;
  bool has_numbers = false;
  bool has_codes = false;
  bool has_text = false;
  std::vector<const Tok*> own;                   ///< header words over this column alone
  std::vector<std::vector<const Tok*>> groups;  ///< header words over it and others, top first
  bool body() const { return has_numbers || has_codes || has_text; }
};

/// A column's own words by header level, top first.
std::vector<std::vector<const Tok*>> own_levels(std::vector<const Tok*> own);

/// The columns of a table from its header lines and its body lines.
std::vector<Col> table_columns(const std::vector<Line>& header, const std::vector<Line>& body);

/// The column a body word stands in: the one it overlaps most, else the nearest.
int column_of(const Tok& t, const std::vector<Col>& cols);

}  // namespace budgetlint::parse::pdf
