#include "regions.hpp"

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "tables.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::uint32_t kMaxTitleCodePoints = 30;

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// The title of any table, statistical or not (“预算10表 政府采购预算明细表”, “项目支出绩效目标表”):
// a short line that ends in 表, perhaps followed by its number (“（预算表 5）”, “(续)”).
bool is_any_table_title(std::string_view t) {
  if (count_code_points(t) > 40 || contains(t, "。") || !contains(t, "表")) return false;
  std::string_view s = t;
  // “表10：2026年…表”: the table's number before its title.
  if (s.substr(0, 3) == "表") {
    std::size_t i = 3;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i > 3 && i < s.size() && (s[i] == ':' || s[i] == '.')) s = trim(s.substr(i + 1));
  }
  if (!s.empty() && (s.back() == ')')) {
    std::size_t open = s.rfind('(');
    if (open != std::string_view::npos) s = trim(s.substr(0, open));
  }
  if (!ends_with(s, "表") || contains(s, ",") || contains(s, ":")) return false;
  // “公开 01 表”, “预算表 5”: the number of the table whose title it stands by, no title itself.
  std::string squeezed;
  bool digit = false;
  for (char c : s) {
    if (c != ' ') squeezed.push_back(c);
    digit |= c >= '0' && c <= '9';
  }
  return !(digit && count_code_points(squeezed) <= 8);
}

// A region ends at the next table's title, or where the narrative starts (“第一部分 …说明”).
bool ends_region(std::string_view trimmed) {
  return is_table_title(trimmed) || is_any_table_title(trimmed) || trimmed.substr(0, 3) == "第" ||
         contains(trimmed, "情况说明");
}

// A blank line or a page number (“20”, “— 26 —”, “- 3 -”).
bool is_page_furniture(std::string_view line) {
  std::string_view t = trim(line);
  while (t.substr(0, 3) == "—") t = trim(t.substr(3));
  while (t.size() >= 3 && t.substr(t.size() - 3) == "—") t = trim(t.substr(0, t.size() - 3));
  for (char c : t) {
    if (!(c >= '0' && c <= '9') && c != ' ' && c != '-') return false;
  }
  return true;
}

// “表4.…总表表5.…支出预算表”: titles of a list of the tables run together on one line.
bool is_list_of_titles(std::string_view line) {
  std::size_t start = 0;
  for (std::size_t at = line.find("表", 3); start < line.size(); at = line.find("表", at + 3)) {
    bool numbered = at != std::string_view::npos && at + 4 < line.size() && line[at + 3] >= '0' && line[at + 3] <= '9';
    if (at != std::string_view::npos && !numbered) continue;
    std::size_t end = at == std::string_view::npos ? line.size() : at;
    if (!is_any_table_title(trim(line.substr(start, end - start)))) return false;
    start = end;
  }
  return true;
}

}  // namespace

// Not “（四）财政拨款收支预算情况的总体说明（详见表 4）”: a heading of the narrative about a table.
bool is_table_title(std::string_view trimmed) {
  return count_code_points(trimmed) <= kMaxTitleCodePoints && !contains_any(trimmed, {"。", "详见", "说明"}) &&
         table_kind_of_title(trimmed);
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
    // Nothing under the title before the next one: an entry of a list of the tables, or a
    // numbered part heading (“一、收支预算总表”) over the table's own title.
    bool has_content = false;
    for (std::size_t i = titles[k] + 1; i < end && !has_content; ++i)
      has_content = !is_page_furniture(source.line(i)) && !is_list_of_titles(trim(source.line(i)));
    if (!has_content && end < source.line_count()) continue;
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
