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

TableCell make_cell(std::string_view piece, std::uint32_t piece_begin) {
  std::string_view t = trim(piece);
  auto begin = static_cast<std::uint32_t>(piece_begin + (t.empty() ? 0 : t.data() - piece.data()));
  return {t, begin};
}

}  // namespace

std::vector<CellRow> read_cell_rows(const SourceText& source, std::size_t first, std::size_t last) {
  std::vector<CellRow> rows;
  bool in_word_row = false;
  bool pending_break = false;
  for (std::size_t i = first; i < last && i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    std::uint32_t start = source.line_start(i);
    if (is_ocr_row(raw)) {
      CellRow row;
      row.line = static_cast<std::uint32_t>(i);
      row.after_break = pending_break;
      std::size_t from = 0;
      while (from <= raw.size()) {
        std::size_t tab = raw.find('\t', from);
        if (tab == std::string_view::npos) tab = raw.size();
        row.cells.push_back(make_cell(raw.substr(from, tab - from), static_cast<std::uint32_t>(start + from)));
        from = tab + 1;
      }
      rows.push_back(std::move(row));
      in_word_row = false;
      pending_break = false;
      continue;
    }
    if (is_word_cell(raw)) {
      if (!in_word_row) {
        CellRow row;
        row.line = static_cast<std::uint32_t>(i);
        row.word = true;
        row.after_break = pending_break;
        rows.push_back(std::move(row));
        in_word_row = true;
        pending_break = false;
      }
      rows.back().cells.push_back(make_cell(raw.substr(1), start + 1));
      continue;
    }
    in_word_row = false;
    // Word rows are always separated by a blank line; OCR rows only by a page break.
    bool blank = trim(raw).empty();
    if (!blank || (!rows.empty() && !rows.back().word)) pending_break = true;
  }
  return rows;
}

std::optional<Sourced<Amount>> cell_amount(const TableCell& cell, bool percent) {
  if (!percent) return amount_in(cell);
  std::string_view t = cell.text;
  if (t.size() < 2 || t.back() != '%') return std::nullopt;
  t = trim(t.substr(0, t.size() - 1));
  auto a = Amount::parse(t);
  if (!a) return std::nullopt;
  auto b = static_cast<std::uint32_t>(cell.begin + (t.data() - cell.text.data()));
  return Sourced<Amount>{*a, {b, static_cast<std::uint32_t>(b + t.size())}, std::string(cell.text)};
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
