// The 目录 of a disclosure: “目 录”, then one entry per line (“二、部门预算收入总表……3”),
// until the body repeats the first entry or a paragraph begins.
#include "contents.hpp"

#include "mentions.hpp"
#include "paragraphs.hpp"
#include "tables/tables.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::uint32_t kMaxEntryCodePoints = 40;
constexpr std::size_t kMaxEntries = 80;
constexpr std::size_t kMaxLinesToHeading = 40;  // the 目录 stands near the top

bool is_contents_heading(std::string_view line) {
  std::string squeezed;
  for (std::size_t i = 0; i < line.size();) {
    if (line[i] == ' ') {
      ++i;
    } else if (line.substr(i, 3) == "　") {  // ideographic space
      i += 3;
    } else {
      squeezed.push_back(line[i++]);
    }
  }
  return squeezed == "目录";
}

// “一、部门预算收支总表……………3” → “一、部门预算收支总表”.
std::string_view without_leaders(std::string_view line) {
  for (;;) {
    std::string_view before = line;
    while (!line.empty() && ((line.back() >= '0' && line.back() <= '9') || line.back() == ' ' || line.back() == '.' ||
                             line.back() == '-'))
      line.remove_suffix(1);
    for (std::string_view leader : {"…", "·", "　", "－", "—"}) {
      while (line.size() >= leader.size() && line.substr(line.size() - leader.size()) == leader)
        line.remove_suffix(leader.size());
    }
    if (line == before) return line;
  }
}

}  // namespace

Contents read_contents(const SourceText& source) {
  Contents c;
  std::size_t heading = 0;
  while (heading < source.line_count() && heading < kMaxLinesToHeading &&
         !is_contents_heading(trim(source.line(heading))))
    ++heading;
  if (heading >= source.line_count() || heading >= kMaxLinesToHeading) return c;
  std::size_t i = heading + 1;
  for (; i < source.line_count() && c.entries.size() < kMaxEntries; ++i) {
    std::string_view raw = source.line(i);
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    std::string_view title = without_leaders(line);
    if (title.empty() || count_code_points(title) > kMaxEntryCodePoints || contains(title, "。")) break;
    if (!c.entries.empty() && title == c.entries.front().title) break;  // the body begins
    auto begin = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
    c.entries.push_back(
        {std::string(title), {begin, static_cast<std::uint32_t>(begin + title.size())}, table_kind_of_title(title)});
  }
  c.body_line = i;
  return c;
}

}  // namespace budgetlint::parse
