// Table rows in the two flavours that keep empty cells (OCR tabs, Word cells), so a reader can
// carry a merged cell down and see where a page broke the table.
#include "cell_rows.hpp"

#include "../paragraphs.hpp"

namespace budgetlint::parse {
namespace {

bool is_word_cell(std::string_view raw) {
  return !raw.empty() && raw[0] == '\t' && raw.find('\t', 1) == std::string_view::npos;
}

bool is_ocr_row(std::string_view raw) { return raw.find('\t', 1) != std::string_view::npos; }

GridCell make_cell(std::string_view piece, std::uint32_t piece_begin, int column) {
  std::string_view t = trim(piece);
  auto begin = static_cast<std::uint32_t>(piece_begin + (t.empty() ? 0 : t.data() - piece.data()));
  GridCell c;
  if (!t.empty()) c.pieces.push_back({t, begin});
  c.span = {begin, static_cast<std::uint32_t>(begin + t.size())};
  c.column = column;
  return c;
}

std::optional<Sourced<Amount>> token_amount(const Token& t, bool percent) {
  if (!percent) return amount_in(t);
  std::string_view s = t.text;
  if (s.size() < 2 || s.back() != '%') return std::nullopt;
  s = trim(s.substr(0, s.size() - 1));
  auto a = Amount::parse(s);
  if (!a) return std::nullopt;
  auto b = static_cast<std::uint32_t>(t.begin + (s.data() - t.text.data()));
  return Sourced<Amount>{*a, {b, static_cast<std::uint32_t>(b + s.size())}, std::string(t.text)};
}

}  // namespace

std::vector<GridRow> read_cell_rows(const SourceText& source, std::size_t first, std::size_t last, bool plain_lines) {
  std::vector<GridRow> rows;
  bool word_rows = false;  // the last row is Word's
  bool in_word_row = false;
  bool pending_break = false;
  for (std::size_t i = first; i < last && i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    std::uint32_t start = source.line_start(i);
    if (is_ocr_row(raw)) {
      GridRow row;
      row.first_line = row.last_line = static_cast<std::uint32_t>(i);
      row.after_break = pending_break;
      std::size_t from = 0;
      while (from <= raw.size()) {
        std::size_t tab = raw.find('\t', from);
        if (tab == std::string_view::npos) tab = raw.size();
        row.cells.push_back(make_cell(raw.substr(from, tab - from), static_cast<std::uint32_t>(start + from), -1));
        from = tab + 1;
      }
      rows.push_back(std::move(row));
      word_rows = false;
      in_word_row = false;
      pending_break = false;
      continue;
    }
    if (is_word_cell(raw)) {
      if (!in_word_row) {
        GridRow row;
        row.first_line = static_cast<std::uint32_t>(i);
        row.after_break = pending_break;
        rows.push_back(std::move(row));
        word_rows = true;
        in_word_row = true;
        pending_break = false;
      }
      GridRow& row = rows.back();
      row.last_line = static_cast<std::uint32_t>(i);
      row.cells.push_back(make_cell(raw.substr(1), start + 1, static_cast<int>(row.cells.size())));
      continue;
    }
    in_word_row = false;
    // Word rows are always separated by a blank line; OCR rows only by a page break.
    bool blank = trim(raw).empty();
    if (plain_lines && !blank) {
      GridRow row;
      row.first_line = row.last_line = static_cast<std::uint32_t>(i);
      row.after_break = pending_break;
      for (const Token& t : tokens_of(source, i)) row.cells.push_back(make_cell(t.text, t.begin, -1));
      rows.push_back(std::move(row));
      word_rows = false;
      pending_break = false;
      continue;
    }
    if (!blank || (!rows.empty() && !word_rows)) pending_break = true;
  }
  return rows;
}

std::optional<Sourced<Amount>> cell_amount(const GridCell& cell, bool percent) {
  if (cell.pieces.empty()) return std::nullopt;
  if (cell.pieces.size() == 1) return token_amount(cell.pieces.front(), percent);
  std::string whole = cell.text();
  auto a = token_amount({whole, 0}, percent);
  if (!a) return std::nullopt;
  const Token& last = cell.pieces.back();
  a->span = {cell.pieces.front().begin, static_cast<std::uint32_t>(last.begin + last.text.size())};
  return a;
}

std::pair<std::string, std::optional<Sourced<Amount>>> split_cell_maximum(const GridCell& cell) {
  if (cell.pieces.empty()) return {"", std::nullopt};
  const Token& last = cell.pieces.back();
  auto [rest, max] = split_maximum(last.text, last.begin);
  std::string name;
  for (std::size_t i = 0; i + 1 < cell.pieces.size(); ++i) name += cell.pieces[i].text;
  name += rest;
  return {name, max};
}

std::pair<std::string_view, std::optional<Sourced<Amount>>> split_maximum(std::string_view name, std::uint32_t begin) {
  std::string_view t = trim(name);
  if (t.empty() || t.back() != ')') return {t, std::nullopt};
  std::size_t open = t.rfind('(');
  if (open == std::string_view::npos) return {t, std::nullopt};
  std::string_view inside = trim(t.substr(open + 1, t.size() - open - 2));
  if (inside.size() >= 3 && inside.substr(inside.size() - 3) == "分")
    inside = trim(inside.substr(0, inside.size() - 3));
  auto a = Amount::parse(inside);
  if (!a) return {t, std::nullopt};
  auto b = static_cast<std::uint32_t>(begin + (inside.data() - name.data()));
  Sourced<Amount> max{*a, {b, static_cast<std::uint32_t>(b + inside.size())}, std::string(inside)};
  return {trim(t.substr(0, open)), max};
}

}  // namespace budgetlint::parse
