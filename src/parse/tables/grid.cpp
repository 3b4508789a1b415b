#include "grid.hpp"

namespace budgetlint::parse {

std::string GridCell::text(std::string_view separator) const {
  std::string out;
  for (const Token& p : pieces) {
    if (p.text.empty()) continue;
    if (!out.empty()) out.append(separator);
    out.append(p.text);
  }
  return out;
}

bool GridCell::blank() const {
  for (const Token& p : pieces) {
    if (!p.text.empty()) return false;
  }
  return true;
}

std::string GridColumn::label() const {
  std::string s;
  for (const std::string& l : labels) s += l;
  return s;
}

}  // namespace budgetlint::parse
