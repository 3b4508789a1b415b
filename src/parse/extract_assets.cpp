// 国有资产: the fixed-asset total and categories, from the sentence and from the
// 固定资产占用情况表 from its rows in any flavour (Word cells, OCR tabs, PDF and pdftotext lines).
#include <algorithm>

#include "extract_context.hpp"
#include "tables/cell_rows.hpp"
#include "tables/tokens.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxTableLines = 80;

bool is_total_label(std::string_view label) {
  return label.substr(0, 12) == "资产总额" || label.substr(0, 6) == "合计" || label.substr(0, 6) == "总计";
}

bool is_asset_row(std::string_view label) {
  return is_total_label(label) || label.substr(0, 6) == "其中" || parse_heading_number(label).level != 0;
}

void add_item(const GridCell& label, const std::optional<Sourced<Amount>>& quantity,
              const std::optional<Sourced<Amount>>& value, FixedAssets& fa) {
  FixedAssetItem item;
  item.name = label.text();
  item.subitem = item.name.substr(0, 6) == "其中";
  item.span = label.span;
  item.quantity = quantity;
  if (value) item.value = Sourced<Money>{Money{value->value, MoneyUnit::Wan}, value->span, value->raw};
  if (is_total_label(item.name)) {
    if (!fa.table_total && item.value) fa.table_total = item.value;
    return;
  }
  fa.table_items.push_back(std::move(item));
}

// “2、车辆（台、辆） 7 118.12” in words or OCR cells, columns unknown: the figures are the
// trailing cells, “——” or a blank an empty one, the words before them the label.
void add_words_row(const GridRow& row, FixedAssets& fa) {
  const std::vector<GridCell>& cells = row.cells;
  auto figure = [](const GridCell& c) { return c.blank() || is_empty_mark(c.text()) || cell_amount(c); };
  std::size_t first_number = cells.size();
  while (first_number > 1 && figure(cells[first_number - 1])) --first_number;
  GridCell label;
  for (std::size_t k = 0; k < first_number; ++k) label.pieces.insert(label.pieces.end(), cells[k].pieces.begin(), cells[k].pieces.end());
  label.span = cells.front().span;
  std::optional<Sourced<Amount>> quantity;
  std::optional<Sourced<Amount>> value;
  std::size_t count = cells.size() - first_number;
  if (count >= 2) {
    quantity = cell_amount(cells[cells.size() - 2]);
    value = cell_amount(cells.back());
  } else if (count == 1) {
    auto only = cell_amount(cells.back());
    std::string name = label.text();
    // A lone integer on a row counted in 平方米/台/辆 is its quantity; otherwise its value.
    bool counted = contains_any(name, {"平方米", "台", "辆", "套", "个"});
    if (only && (only->raw.find('.') != std::string::npos || is_total_label(name) || !counted))
      value = only;
    else
      quantity = only;
  }
  add_item(label, quantity, value, fa);
}

// The 固定资产占用情况表 from its rows: by position where cells keep their places (Word's
// label | 数量 | 价值), else by words.
void read_asset_rows(const std::vector<GridRow>& rows, FixedAssets& fa) {
  for (const GridRow& row : rows) {
    auto filled = std::find_if(row.cells.begin(), row.cells.end(), [](const GridCell& c) { return !c.blank(); });
    if (filled == row.cells.end() || !is_asset_row(trim(filled->text()))) continue;
    if (filled->column < 0) {
      add_words_row(row, fa);
      continue;
    }
    auto at = [&](std::size_t i) { return i < row.cells.size() ? cell_amount(row.cells[i]) : std::nullopt; };
    add_item(*filled, at(1), at(2), fa);
  }
}

void extract_table(const SourceText& source, FixedAssets& fa) {
  std::size_t at = find_any(source.text(), {"固定资产占用情况表", "固定资产情况表", "资产占用情况表"});
  if (at == std::string_view::npos) return;
  std::size_t title = source.line_of(static_cast<std::uint32_t>(at));
  std::string_view tl = trim(source.line(title));
  auto tb = static_cast<std::uint32_t>(source.line_start(title) + (tl.data() - source.line(title).data()));
  fa.table_title = Span{tb, static_cast<std::uint32_t>(tb + tl.size())};
  std::size_t first = title + 1;
  std::size_t end = first;  // the table runs to the next section
  while (end < source.line_count() && end <= title + kMaxTableLines &&
         parse_heading_number(trim(source.line(end))).level != 1)
    ++end;
  // Read from its lines in every flavour: a PDF's lines keep this small table's cells apart,
  // where read_pdf_grid, made for the statistical tables, takes its one-line header for a row.
  read_asset_rows(read_cell_rows(source, first, end, true), fa);
}

// The words after the last clause break, ignoring breaks at the very end: “；汽车9辆，” → “汽车9辆”.
std::string_view last_clause(std::string_view text) {
  static constexpr std::string_view kBreaks[] = {",", ":", ";", ","};
  bool trimmed = true;
  while (trimmed) {
    trimmed = false;
    text = trim(text);
    for (std::string_view b : kBreaks) {
      if (text.size() >= b.size() && text.substr(text.size() - b.size()) == b) {
        text.remove_suffix(b.size());
        trimmed = true;
      }
    }
  }
  std::size_t cut = 0;
  for (std::string_view b : kBreaks) {
    std::size_t at = text.rfind(b);
    if (at != std::string_view::npos) cut = std::max(cut, at + b.size());
  }
  return trim(text.substr(cut));
}

// “其中：房屋建筑物0平方米，账面价值0万元；汽车9辆，账面价值209.08万元；其他固定资产账面价值215.77万元”
void extract_narrative(const ExtractContext& ctx, FixedAssets& fa) {
  for (std::size_t pi : ctx.paragraphs_about(SectionTopic::Assets)) {
    const Paragraph& p = ctx.paragraphs()[pi];
    const auto& ms = ctx.mentions(pi);
    for (std::size_t n = 0; n < ms.size(); ++n) {
      const Mention& m = ms[n];
      // “上年末固定资产金额为448.9万元”, not “固定资产原值/净值/累计折旧” of a self-evaluation.
      if (!contains(m.label, "固定资产") || !contains_any(m.label, {"金额", "总额", "合计", "总计"}) ||
          contains_any(m.label, {"购置", "拟", "原值", "净值", "折旧"}))
        continue;
      fa.narrative_total = to_figure(m);
      for (std::size_t k = n + 1; k < ms.size(); ++k) {
        const Mention& part = ms[k];
        if (contains_any(part.label, {"购置", "拟"})) break;
        std::string name = part.label;
        for (std::string_view w : {"账面价值", "价值", "金额"}) {
          if (std::size_t at = name.find(w); at != std::string::npos) name.erase(at);
        }
        if (name.empty()) {  // the category stands in the clause before: “汽车9辆，账面价值…”
          std::string_view before = last_clause(text_between(p, ms[k - 1].end, part.label_begin));
          std::size_t digit = 0;
          while (digit < before.size() && !(before[digit] >= '0' && before[digit] <= '9')) ++digit;
          name = std::string(trim(before.substr(0, digit)));
        }
        FixedAssetItem item;
        item.name = name;
        item.value = part.money;
        item.span = part.money.span;
        fa.narrative_items.push_back(std::move(item));
      }
      return;
    }
  }
}

}  // namespace

void extract_assets(const ExtractContext& ctx, Disclosure& d) {
  extract_narrative(ctx, d.fixed_assets);
  extract_table(ctx.source(), d.fixed_assets);
}

}  // namespace budgetlint::parse
