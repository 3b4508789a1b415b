// 国有资产: the fixed-asset total and categories, from the sentence and from the
// 固定资产占用情况表 in any of the three flavours (Word cells, pdftotext rows, OCR tabs).
#include "extract_context.hpp"
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

void add_row(const std::vector<Token>& cells, bool positional, FixedAssets& fa) {
  if (cells.empty() || !is_asset_row(trim(cells[0].text))) return;
  FixedAssetItem item;
  std::optional<Sourced<Amount>> quantity;
  std::optional<Sourced<Amount>> value;
  std::size_t label_cells = 1;
  if (positional) {  // label | 数量 | 价值, empty cells kept
    if (cells.size() > 1) quantity = amount_in(cells[1]);
    if (cells.size() > 2) value = amount_in(cells[2]);
  } else {  // “2、车辆（台、辆） 7 118.12”: the figures are the trailing tokens, “——” an empty one
    std::size_t first_number = cells.size();
    while (first_number > 1 && (amount_in(cells[first_number - 1]) || is_empty_mark(trim(cells[first_number - 1].text))))
      --first_number;
    label_cells = first_number;
    std::size_t count = cells.size() - first_number;
    if (count >= 2) {
      quantity = amount_in(cells[cells.size() - 2]);
      value = amount_in(cells.back());
    } else if (count == 1) {
      auto only = amount_in(cells.back());
      std::string_view label = cells[0].text;
      // A lone integer on a row counted in 平方米/台/辆 is its quantity; otherwise its value.
      bool counted = contains_any(label, {"平方米", "台", "辆", "套", "个"});
      if (only && (only->raw.find('.') != std::string::npos || is_total_label(label) || !counted))
        value = only;
      else
        quantity = only;
    }
  }
  std::string name;
  for (std::size_t k = 0; k < label_cells; ++k) name += trim(cells[k].text);
  item.name = name;
  item.subitem = name.substr(0, 6) == "其中";
  item.span = {cells[0].begin,
               static_cast<std::uint32_t>(cells[label_cells - 1].begin + cells[label_cells - 1].text.size())};
  item.quantity = quantity;
  if (value) item.value = Sourced<Money>{Money{value->value, MoneyUnit::Wan}, value->span, value->raw};
  if (is_total_label(name)) {
    if (!fa.table_total && item.value) fa.table_total = item.value;
    return;
  }
  fa.table_items.push_back(std::move(item));
}

std::vector<Token> split(std::string_view line, std::uint32_t line_begin, char separator) {
  std::vector<Token> cells;
  std::size_t start = 0;
  while (start <= line.size()) {
    std::size_t end = line.find(separator, start);
    if (end == std::string_view::npos) end = line.size();
    std::string_view piece = line.substr(start, end - start);
    if (separator == '\t' || !trim(piece).empty())
      cells.push_back({piece, static_cast<std::uint32_t>(line_begin + start)});
    start = end + 1;
  }
  return cells;
}

void extract_table(const SourceText& source, FixedAssets& fa) {
  std::size_t at = find_any(source.text(), {"固定资产占用情况表", "固定资产情况表", "资产占用情况表"});
  if (at == std::string_view::npos) return;
  std::size_t title = source.line_of(static_cast<std::uint32_t>(at));
  std::string_view tl = trim(source.line(title));
  auto tb = static_cast<std::uint32_t>(source.line_start(title) + (tl.data() - source.line(title).data()));
  fa.table_title = Span{tb, static_cast<std::uint32_t>(tb + tl.size())};

  std::vector<Token> word_row;  // Word: one cell per line, rows end at a blank line
  auto flush = [&] {
    add_row(word_row, true, fa);
    word_row.clear();
  };
  for (std::size_t i = title + 1; i < source.line_count() && i <= title + kMaxTableLines; ++i) {
    std::string_view raw = source.line(i);
    std::uint32_t begin = source.line_start(i);
    if (!raw.empty() && raw[0] == '\t') {
      word_row.push_back({raw.substr(1), begin + 1});
      continue;
    }
    flush();
    std::string_view t = trim(raw);
    if (t.empty()) continue;
    if (parse_heading_number(t).level == 1) break;  // the next section
    auto line_begin = static_cast<std::uint32_t>(begin + (t.data() - raw.data()));
    if (t.find('\t') != std::string_view::npos)
      add_row(split(t, line_begin, '\t'), true, fa);
    else
      add_row(split(t, line_begin, ' '), false, fa);
  }
  flush();
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
