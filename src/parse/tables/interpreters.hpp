#pragma once

// One interpreter per table kind; each reads a Grid, whatever its flavour.
#include "budgetlint/model.hpp"
#include "grid.hpp"

namespace budgetlint::parse {

/// The rows of a statistical table from its Grid; `table` has its kind, title and title span.
void interpret_statistical(const Grid& grid, StatTable& table);

}  // namespace budgetlint::parse
