// Statistical tables of a PDF read from its word boxes: each located region becomes a Grid by
// geometry, and the Grid a StatTable.

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "grid_readers.hpp"
#include "interpreters.hpp"
#include "regions.hpp"
#include "tables.hpp"
#include "tokens.hpp"

namespace budgetlint::parse {

std::vector<StatTable> read_pdf_layout_tables(const SourceText& source, const Layout& layout, std::size_t first_line) {
  std::vector<StatTable> tables;
  for (const TableRegion& region : locate_statistical_tables(source, first_line)) {
    StatTable t;
    t.kind = region.kind;
    std::string_view raw = source.line(region.title);
    std::string_view title = trim(raw);
    t.title = std::string(title);
    auto begin = static_cast<std::uint32_t>(source.line_start(region.title) + (title.data() - raw.data()));
    t.title_span = {begin, static_cast<std::uint32_t>(begin + title.size())};
    t.final_accounts = contains(title, "决算");
    std::vector<const LayoutWord*> words;
    for (const LayoutWord& w : layout.words) {
      if (w.line > region.title && w.line < region.end) words.push_back(&w);
    }
    for (std::size_t i = region.title + 1; i < region.end; ++i) {
      if (is_empty_table_note(source.line(i))) t.empty_noted = true;
    }
    Grid grid = read_pdf_grid(source, words);
    interpret_statistical(grid, t);
    tables.push_back(std::move(t));
  }
  return tables;
}

}  // namespace budgetlint::parse
