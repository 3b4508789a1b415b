#include "regions.hpp"

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "tables.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::uint32_t kMaxTitleCodePoints = 30;

// A region ends at the next table title, or where the narrative starts (“第一部分 …说明”).
bool ends_region(std::string_view trimmed) {
  return is_table_title(trimmed) || trimmed.substr(0, 3) == "第" || contains(trimmed, "情况说明");
}

}  // namespace

bool is_table_title(std::string_view trimmed) {
  return count_code_points(trimmed) <= kMaxTitleCodePoints && !contains(trimmed, "。") && table_kind_of_title(trimmed);
}

std::vector<TableRegion> locate_statistical_tables(const SourceText& source, std::size_t first_line) {
  std::vector<std::size_t> titles;
  for (std::size_t i = first_line; i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    if (!raw.empty() && raw[0] == '\t') continue;  // Word cells are another flavour
    if (raw.find("表") != std::string_view::npos && is_table_title(trim(raw))) titles.push_back(i);
  }
  std::vector<TableRegion> regions;
  for (std::size_t k = 0; k < titles.size(); ++k) {
    std::size_t end = source.line_count();
    for (std::size_t i = titles[k] + 1; i < end; ++i) {
      if (ends_region(trim(source.line(i)))) end = i;
    }
    std::string_view title = trim(source.line(titles[k]));
    TableKind kind = *table_kind_of_title(title);
    // The same title again right after the region: the table goes on over the next page.
    if (!regions.empty() && trim(source.line(regions.back().title)) == title && regions.back().end == titles[k]) {
      regions.back().repeated_titles.push_back(titles[k]);
      regions.back().end = end;
      continue;
    }
    regions.push_back({kind, titles[k], end, {}});
  }
  return regions;
}

}  // namespace budgetlint::parse
