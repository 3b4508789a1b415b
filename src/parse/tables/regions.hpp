#pragma once

// Locating tables: where each statistical table's title stands and how far its region goes —
// the same for every flavour, since every flavour has the text of its titles.
#include <cstddef>
#include <vector>

#include "budgetlint/model.hpp"

namespace budgetlint::parse {

struct TableRegion {
  TableKind kind = TableKind::Summary;
  std::size_t title = 0;  ///< 0-based line of the title
  std::size_t end = 0;    ///< one past the region's last line
  /// Lines of the region where the same title stands again (a table going on over pages).
  std::vector<std::size_t> repeated_titles;
};

/// A table's title: short, no sentence, naming one of the statistical tables.
bool is_table_title(std::string_view trimmed);

/// The statistical tables' regions from line `first_line` on (after a 目录). A title repeated at
/// the head of the next page goes on with the same table; a title with nothing before the next
/// one (a heading over the table's own title) opens no region.
std::vector<TableRegion> locate_statistical_tables(const SourceText& source, std::size_t first_line);

}  // namespace budgetlint::parse
