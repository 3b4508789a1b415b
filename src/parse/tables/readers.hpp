#pragma once

#include <memory>

#include "tokens.hpp"

namespace budgetlint::parse {

/// Turns the tokens of a table's body, in reading order, into its rows.
class TableReader {
 public:
  virtual ~TableReader() = default;
  virtual void take(const Token& t) = 0;
  virtual void finish() = 0;
  /// The last amount is only a piece of a number (“449.” waiting for “30”).
  virtual bool pending_piece() const = 0;
};

/// The two-sided 决算 total tables (收入支出决算总表, 财政拨款收入支出决算总表): each item is
/// “name 行次 amounts”, income on the left numbered 1, 2, 3 …, expenditure on the right
/// numbered from its own start (32, 33 …), one row holding the left and right items of the
/// same line of the table.
std::unique_ptr<TableReader> make_item_number_reader(StatTable& table);

}  // namespace budgetlint::parse
