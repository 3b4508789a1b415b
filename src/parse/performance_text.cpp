#include "performance_text.hpp"

#include "indicator_value.hpp"
#include "mentions.hpp"
#include "paragraphs.hpp"

namespace budgetlint::parse::performance {
namespace {

constexpr std::string_view kTableWord = "绩效目标表";

}  // namespace

Span span_of(std::uint32_t begin, std::string_view text) {
  return {begin, static_cast<std::uint32_t>(begin + text.size())};
}

std::string spaceless(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ' && c != '\n') out.push_back(c);
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

LeadingNumber leading_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i == 3) return {};
  for (std::string_view mark : {".", "、"}) {
    if (line.substr(i, mark.size()) == mark) return {std::stoi(std::string(line.substr(0, i))), i + mark.size()};
  }
  return {};
}

std::string without_residue(std::string_view line) {
  std::string out;
  for (std::size_t i = 0; i < line.size();) {
    if (line.substr(i, 10) == "[bookmark:") {
      std::size_t close = line.find(']', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
    } else if (line[i] == '{') {
      std::size_t close = line.find('}', i);
      if (close == std::string_view::npos) break;
      i = close + 1;
    } else {
      out.push_back(line[i++]);
    }
  }
  return out;
}

std::optional<Title> table_title(const SourceText& source, std::size_t index) {
  std::string_view raw = source.line(index);
  if ((!raw.empty() && raw[0] == '\t') || !contains(raw, kTableWord)) return std::nullopt;
  std::string clean = without_residue(raw);
  std::string_view line = trim(clean);
  if (line.size() <= kTableWord.size() || line.substr(line.size() - kTableWord.size()) != kTableWord ||
      count_code_points(line) > kMaxTitleCodePoints || contains_any(line, {"。", ":"}))
    return std::nullopt;
  LeadingNumber number = leading_number(line);
  Title t;
  t.seq = number.number;
  std::string_view name = trim(line.substr(number.length, line.size() - number.length - kTableWord.size()));
  if (name.empty()) return std::nullopt;
  t.name = std::string(name);
  std::size_t at = raw.find(name);
  std::uint32_t begin = source.line_start(index) + static_cast<std::uint32_t>(at == std::string_view::npos ? 0 : at);
  t.span = span_of(begin, at == std::string_view::npos ? std::string_view() : name);
  return t;
}

bool ends_tables(std::string_view raw) {
  if (!raw.empty() && raw[0] == '\t') return false;
  bool residue = raw.find('[') != std::string_view::npos || raw.find('{') != std::string_view::npos;
  std::string clean = residue ? without_residue(raw) : std::string();
  std::string_view line = trim(residue ? std::string_view(clean) : raw);
  if (line.empty()) return false;
  if (starts_with(line, "第") && contains(line.substr(0, 18), "部分")) return true;
  return parse_heading_number(line).level == 1;
}

Piece piece_of(const SourceText& source, std::size_t index, std::size_t skip) {
  std::string_view raw = source.line(index);
  std::string_view t = trim(raw.substr(skip));
  auto begin = static_cast<std::uint32_t>(source.line_start(index) + (t.empty() ? skip : t.data() - raw.data()));
  return {t, begin};
}

std::vector<Row> word_rows(const SourceText& source, std::size_t first, std::size_t last) {
  std::vector<Row> rows;
  Row row;
  bool gap = false;
  for (std::size_t i = first; i < last; ++i) {
    std::string_view raw = source.line(i);
    if (!raw.empty() && raw[0] == '\t') {
      if (gap && !row.empty()) rows.push_back(std::move(row)), row.clear();
      gap = false;
      Cell c;
      c.pieces.push_back(piece_of(source, i, 1));
      c.span = span_of(c.pieces[0].begin, c.pieces[0].text);
      row.push_back(std::move(c));
    } else if (trim(raw).empty()) {
      gap = true;
    } else if (!row.empty()) {
      row.back().pieces.push_back(piece_of(source, i, 0));  // a cell going on over lines
      gap = false;
    }
  }
  if (!row.empty()) rows.push_back(std::move(row));
  return rows;
}

std::optional<Sourced<Amount>> amount_of(std::string_view text, std::uint32_t begin) {
  return amount_in({text, begin});
}

std::optional<Sourced<Amount>> amount_of(const Cell& c) {
  if (c.pieces.empty()) return std::nullopt;
  return amount_in(c.pieces[0]);
}

void add_goal_line(std::string_view line, std::uint32_t begin, Project& p) {
  line = trim(line);
  // A Word bookmark before a goal's number (“[bookmark: _GoBack]3.保障…”) hides no number.
  while (starts_with(line, "[bookmark:") && line.find(']') != std::string_view::npos) {
    std::size_t close = line.find(']');
    begin += static_cast<std::uint32_t>(close + 1);
    std::string_view rest = line.substr(close + 1);
    std::string_view trimmed = trim(rest);
    begin += static_cast<std::uint32_t>(trimmed.data() - rest.data());
    line = trimmed;
  }
  if (line.empty()) return;
  LeadingNumber n = leading_number(line);
  if (n.length > 0 || p.goals.empty()) {
    Goal g;
    g.number = n.number;
    g.text = std::string(line);
    g.span = span_of(begin, line);
    p.goals.push_back(std::move(g));
  } else {
    p.goals.back().text.append(line);
  }
}

bool is_level1_word(std::string_view s) {
  return s == "产出指标" || s == "效益指标" || s == "效果指标" || s == "满意度指标";
}

bool is_level2_word(std::string_view s) {
  return !is_level1_word(s) && s.size() > 6 && s.substr(s.size() - 6) == "指标" &&
         category_of(s) != IndicatorCategory::Other;
}

void set_value(Indicator& ind, std::string_view raw, Span span) {
  ind.value_raw = std::string(trim(raw));
  ind.value = read_indicator_cell(raw);
  ind.value_span = span;
}

void finish_indicator(Indicator& ind, const std::string& level1) {
  ind.level1 = level1;
  ind.level = level_of(level1);
  ind.category = category_of(spaceless(ind.level2));
}

}  // namespace budgetlint::parse::performance
