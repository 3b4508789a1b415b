#pragma once

// The words of pdftotext table text: one token per run of non-spaces, with its offset, and
// the pieces amounts are broken into (“950.” + “10”, “47.9” + “4”, “1166” + “.60”).
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "budgetlint/model.hpp"

namespace budgetlint::parse {

constexpr int kAmountDecimals = 2;  // statistical tables print 万元 to the cent

struct Token {
  std::string_view text;
  std::uint32_t begin = 0;  // document offset
};

bool is_digits(std::string_view s);
/// A 序号, 行次 or 栏次: a whole number of at most three digits.
bool is_row_number(std::string_view s);
/// Digits with at most one dot: a whole amount or a piece of one.
bool is_number_piece(std::string_view s);
/// Digits and more than one dot: no number, but cells run together (“4.004.00”).
bool is_glued_numbers(std::string_view s);
/// A whole cell as an amount (its text trimmed), if it is one.
std::optional<Sourced<Amount>> amount_in(const Token& cell);

/// “-”, “—”, “——”, “/”: what a table prints in a cell that has no figure.
bool is_empty_mark(std::string_view t);
/// A line that says its table is empty: “注：无…，空表列示。”, “本表无数据”, and the notes that
/// say so in words: “（注：2026年没有使用政府性基金预算拨款安排的支出。）”, “备注：本单位无…”.
bool is_empty_table_note(std::string_view line);

/// The token as a value of the model, with its span.
Sourced<std::string> sourced(const Token& t);
/// Digits after the dot, -1 without one.
int decimals_of(std::string_view s);

/// The tokens of line `i`, split at spaces.
std::vector<Token> tokens_of(const SourceText& source, std::size_t i);

/// The last amount is only a piece of a number (fewer than two decimals).
bool ends_in_piece(const std::vector<Sourced<Amount>>& amounts);

/// Adds a number token to a row's amounts: it completes the last one when that is a piece
/// (“950.” + “10”, “1166” + “.60”), else it is a new amount.
void add_amount_piece(std::vector<Sourced<Amount>>& amounts, const Token& t);

}  // namespace budgetlint::parse
