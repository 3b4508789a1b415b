// Project 绩效目标表 in the two flavours of the seeds: Word cells (a TAB opens each cell, a
// blank line ends a row, a cell may go on over untabbed lines) and pdftotext lines (a row on
// one line or wrapped over several, the header repeated after a page break).
#include <array>
#include <string>

#include "indicator_value.hpp"
#include "mentions.hpp"
#include "paragraphs.hpp"
#include "projects.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxTitleCodePoints = 80;
constexpr std::size_t kMaxTableLines = 600;
constexpr std::array<int, 4> kPlanMonths = {3, 6, 10, 12};
constexpr std::string_view kTableWord = "绩效目标表";
constexpr std::size_t kMaxLabelBytes = 64;

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

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// “1.”, “2、”, “16. ”: a goal or title number. parse_heading_number reads “7.12345热线” and
// “1.2021年…” as decimals, so titles and goals read their digits themselves.
struct LeadingNumber {
  int number = 0;
  std::size_t length = 0;  // 0 when the line opens with no number
};

LeadingNumber leading_number(std::string_view line) {
  std::size_t i = 0;
  while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i == 3) return {};
  for (std::string_view mark : {".", "、"}) {
    if (line.substr(i, mark.size()) == mark) return {std::stoi(std::string(line.substr(0, i))), i + mark.size()};
  }
  return {};
}

// Word leaves “[bookmark: _Toc…]” and “{ TC … }” in titles; the words around them remain.
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

struct Title {
  int seq = 0;
  std::string name;
  Span span;
};

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

// The end of the tables' part: the next top-level heading (“六、…”, “第三部分 …”).
bool ends_tables(std::string_view raw) {
  if (!raw.empty() && raw[0] == '\t') return false;
  bool residue = raw.find('[') != std::string_view::npos || raw.find('{') != std::string_view::npos;
  std::string clean = residue ? without_residue(raw) : std::string();
  std::string_view line = trim(residue ? std::string_view(clean) : raw);
  if (line.empty()) return false;
  if (starts_with(line, "第") && contains(line.substr(0, 18), "部分")) return true;
  return parse_heading_number(line).level == 1;
}

struct Piece {
  std::string_view text;
  std::uint32_t begin = 0;
};

struct Cell {
  std::vector<Piece> pieces;  // the cell's lines, trimmed
  Span span;                  // its first line's text, or where the TAB is for a blank cell
  std::string text(std::string_view separator = "\n") const {
    std::string out;
    for (const Piece& p : pieces) {
      if (p.text.empty()) continue;
      if (!out.empty()) out.append(separator);
      out.append(p.text);
    }
    return out;
  }
  bool blank() const { return text().empty(); }
};

using Row = std::vector<Cell>;

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
  std::string_view t = trim(text);
  auto a = Amount::parse(t);
  if (!a) return std::nullopt;
  return Sourced<Amount>{*a, span_of(begin, t), std::string(t)};
}

std::optional<Sourced<Amount>> amount_of(const Cell& c) {
  if (c.pieces.empty()) return std::nullopt;
  return amount_of(c.pieces[0].text, c.pieces[0].begin);
}

// “1.建设一所…”, “2、为各级领导…”: a new goal; other lines go on with the one before.
void add_goal_line(std::string_view line, std::uint32_t begin, Project& p) {
  line = trim(line);
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
  ind.value = parse_indicator_value(raw);
  ind.value_span = span;
}

void finish_indicator(Indicator& ind, const std::string& level1) {
  ind.level1 = level1;
  ind.level = level_of(level1);
  ind.category = category_of(spaceless(ind.level2));
}

// ----- Word cells -----

// The 二级指标 cell of an indicator row is its first or second: “数量指标”, “服务对象满意度指标”.
bool is_indicator_row(const Row& row) {
  for (std::size_t k = 0; k < 2 && k < row.size(); ++k) {
    const Cell& c = row[k];
    if (c.pieces.size() == 1 && is_level2_word(c.pieces[0].text)) return true;
  }
  return false;
}

void read_word_indicator(const Row& row, std::string& level1, Project& p) {
  std::size_t k = 0;
  if (row.size() >= 5 && is_level2_word(spaceless(row[1].text()))) {
    k = 1;
  } else if (!is_level2_word(spaceless(row[0].text()))) {
    return;
  }
  if (k == 1 && !row[0].blank()) level1 = spaceless(row[0].text());
  std::size_t rest = row.size() - k - 1;
  if (rest < 3) return;
  Indicator ind;
  ind.level2 = spaceless(row[k].text());
  ind.level3 = row[k + 1].text("");
  std::size_t value_at = k + 2;
  if (rest >= 4) {
    ind.description = row[k + 2].text("");
    value_at = k + 3;
  }
  const Cell& value = row[value_at];
  set_value(ind, value.text(""), value.span);
  ind.basis = row[value_at + 1].text("");
  ind.basis_span = row[value_at + 1].span;
  ind.span = row[0].span;
  finish_indicator(ind, level1);
  p.indicators.push_back(std::move(ind));
}

// Word may leave blank lines inside a cell, which split an indicator row in two: after the
// header, a short row is joined with the next while together they fit the header's width.
std::vector<Row> join_split_rows(std::vector<Row> rows) {
  std::vector<Row> out;
  std::size_t width = 0;
  for (Row& row : rows) {
    bool header = false;
    for (const Cell& c : row) header |= !c.pieces.empty() && c.pieces[0].text == "一级指标";
    if (header) width = row.size();
    if (!header && width > 0 && !out.empty() && out.back().size() < width && out.back().size() + row.size() <= width &&
        !row.empty() && !row[0].blank()) {
      for (Cell& c : row) out.back().push_back(std::move(c));
      continue;
    }
    out.push_back(std::move(row));
  }
  return out;
}

void read_word_project(const SourceText& source, std::size_t first, std::size_t last, Project& p) {
  std::string level1;
  enum class Expect { Nothing, Purpose, PlanValues } expect = Expect::Nothing;
  for (const Row& row : join_split_rows(word_rows(source, first, last))) {
    // Most rows are indicators: read them before looking for header labels.
    if (expect == Expect::Nothing && is_indicator_row(row)) {
      read_word_indicator(row, level1, p);
      continue;
    }
    // Labels are short; a long cell (a description, a 依据) is never one.
    std::vector<std::string> keys;
    for (const Cell& c : row)
      keys.push_back(c.pieces.size() == 1 && c.pieces[0].text.size() <= kMaxLabelBytes ? spaceless(c.pieces[0].text)
                                                                                       : std::string());
    auto find_key = [&](std::string_view word) {
      for (std::size_t j = 0; j < keys.size(); ++j) {
        if (contains(keys[j], word)) return j;
      }
      return keys.size();
    };
    if (Expect e = expect; e != Expect::Nothing) {
      expect = Expect::Nothing;
      if (e == Expect::Purpose && find_key("资金支出计划") == keys.size()) {
        for (const Cell& c : row) {
          if (!c.blank()) p.purpose = c.text("");
        }
        continue;
      }
      if (e == Expect::PlanValues && p.plan) {
        // The values row has a blank first cell under the label, then one cell per month.
        for (std::size_t j = 1; j < row.size() && j <= kPlanMonths.size(); ++j) {
          if (auto a = amount_of(row[j])) p.plan->points.push_back({kPlanMonths[j - 1], a->value, a->span, a->raw});
        }
        continue;
      }
    }
    if (std::size_t j = find_key("项目编码"); j < keys.size()) {
      if (j + 1 < row.size()) {
        p.code = row[j + 1].text("");
        p.code_span = row[j + 1].span;
      }
      if (std::size_t n = find_key("项目名称"); n + 1 < row.size() && !row[n + 1].blank()) p.name = row[n + 1].text("");
    } else if (std::size_t b = find_key("预算数"); b < keys.size()) {
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        if (keys[c] == "预算数") p.budget = amount_of(row[c + 1]);
        if (contains(keys[c], "财政资金")) p.fiscal = amount_of(row[c + 1]);
        if (contains(keys[c], "其他资金")) p.other = amount_of(row[c + 1]);
      }
      expect = Expect::Purpose;
    } else if (std::size_t s = find_key("资金支出计划"); s < keys.size()) {
      SpendingPlan plan;
      plan.percent_header = contains(keys[s], "%");
      plan.span = row[s].span;
      p.plan = plan;
      expect = Expect::PlanValues;
    } else if (!keys.empty() && keys[0] == "绩效目标") {
      p.has_goal_cell = true;
      p.goals_span = row[0].span;
      for (std::size_t c = 1; c < row.size(); ++c) {
        for (const Piece& piece : row[c].pieces) add_goal_line(piece.text, piece.begin, p);
      }
    } else if (find_key("一级指标") < keys.size()) {
      continue;
    } else {
      read_word_indicator(row, level1, p);
    }
  }
}

// ----- pdftotext lines -----

struct Token {
  std::string_view text;
  std::uint32_t begin = 0;
  int line = 0;  // index of the row's line it stands on
};

std::vector<Token> tokens_of(std::string_view line, std::uint32_t begin, int line_no) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && line[i] == ' ') ++i;
    std::size_t j = i;
    while (j < line.size() && line[j] != ' ') ++j;
    if (j > i) out.push_back({line.substr(i, j - i), static_cast<std::uint32_t>(begin + i), line_no});
    i = j;
  }
  return out;
}

bool is_page_number(std::string_view line) {
  if (line.empty() || line.size() > 4) return false;
  for (char c : line) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::string join(const std::vector<Token>& tokens, std::size_t from, std::size_t to, std::string_view sep) {
  std::string out;
  for (std::size_t i = from; i < to && i < tokens.size(); ++i) {
    if (!out.empty()) out.append(sep);
    out.append(tokens[i].text);
  }
  return out;
}

// A numeric value: “≥95%”, “≤2 万元” (two tokens), “4 个”, “100%”.
std::optional<std::pair<std::size_t, std::size_t>> numeric_value(const std::vector<Token>& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    IndicatorValue v = parse_indicator_value(t[i].text);
    if (!v.number) continue;
    bool same_line_unit = i + 1 < t.size() && t[i + 1].line == t[i].line && is_value_unit(t[i + 1].text);
    if (v.unit.empty() && same_line_unit) return std::make_pair(i, i + 2);
    if (v.comparator != Comparator::None || !v.unit.empty()) return std::make_pair(i, i + 1);
  }
  return std::nullopt;
}

// The row's tokens after its 二级指标; `lines` is how many lines the row spans.
void read_pdf_indicator(const Token& level2, const std::vector<Token>& t, int lines, const std::string& level1,
                        Project& p) {
  Indicator ind;
  ind.level2 = std::string(level2.text);
  ind.span = span_of(level2.begin, level2.text);
  std::size_t value_begin = t.size();
  std::size_t value_end = t.size();
  std::size_t level3_cells = 0;  // tokens of the 三级指标 when the columns were told apart by width
  if (auto numeric = numeric_value(t)) {
    value_begin = numeric->first;
    value_end = numeric->second;
  } else {
    // Words: on the first line with two cells or more, the value is the last one when the
    // 依据 wraps onto the following lines, else the one before last.
    for (int line = 0; line < lines && value_begin == t.size(); ++line) {
      std::size_t first = t.size();
      std::size_t count = 0;
      for (std::size_t i = 0; i < t.size(); ++i) {
        if (t[i].line != line) continue;
        if (first == t.size()) first = i;
        ++count;
      }
      if (count < 2) continue;
      // A whole row on its first line is 三级 描述 值 依据; below a wrapped 三级, 描述 值 依据.
      std::size_t full = line == 0 ? 4 : 3;
      bool basis_below = t.back().line > line;
      value_begin = count >= full ? first + full - 2 : first + count - (basis_below ? 1 : 2);
      value_end = value_begin + 1;
    }
    // Every cell wrapped, one piece per line: pdftotext prints the columns one after another,
    // each a run of lines as wide as its column; a cell ends with a shorter line or where the
    // width grows (“省市平台的无缝共享” … “据底座” | “省市平台的无缝共享对接，…” …).
    if (value_begin == t.size() && t.size() >= 4) {
      std::vector<std::size_t> starts = {0};
      std::uint32_t width = count_code_points(t[0].text);
      for (std::size_t k = 1; k < t.size(); ++k) {
        std::uint32_t previous = count_code_points(t[k - 1].text);
        std::uint32_t current = count_code_points(t[k].text);
        // A line one wider than the first is the same column (a wrap before punctuation).
        if (previous < width || current > width + 1) {
          starts.push_back(k);
          width = current;
        }
      }
      if (starts.size() >= 4) {
        level3_cells = starts[1];
        value_begin = starts[2];
        value_end = starts[3];
      }
    }
    // Otherwise the 依据 is the last line and the value the one before.
    if (value_begin == t.size() && t.size() >= 3) {
      value_begin = t.size() - 2;
      value_end = t.size() - 1;
    }
  }
  // 三级指标: the first token, or the lone-token lines before the first line with two.
  std::size_t level3_end = t.empty() ? 0 : 1;
  if (level3_cells > 0) {
    level3_end = level3_cells;
  } else if (!t.empty() && (t.size() < 2 || t[1].line != t[0].line)) {
    while (level3_end < value_begin && level3_end < t.size() && t[level3_end].line != t[level3_end - 1].line &&
           (level3_end + 1 >= t.size() || t[level3_end + 1].line != t[level3_end].line))
      ++level3_end;
  }
  level3_end = std::min(level3_end, value_begin);
  ind.level3 = join(t, 0, level3_end, "");
  ind.description = join(t, level3_end, value_begin, "");
  if (value_begin < t.size()) {
    std::string raw = join(t, value_begin, value_end, "");
    Span span{t[value_begin].begin, static_cast<std::uint32_t>(t[value_end - 1].begin + t[value_end - 1].text.size())};
    set_value(ind, raw, span);
  } else {
    ind.value_span = Span{ind.span.begin, ind.span.begin};
  }
  ind.basis = join(t, value_end, t.size(), "");
  ind.basis_span = value_end < t.size() ? span_of(t[value_end].begin, t[value_end].text)
                                        : Span{ind.value_span.end, ind.value_span.end};
  finish_indicator(ind, level1);
  p.indicators.push_back(std::move(ind));
}

void read_pdf_project(const SourceText& source, std::size_t first, std::size_t last, Project& p) {
  enum class State { Header, Purpose, PlanMonths, PlanValues, Goals, Indicators } state = State::Header;
  std::string level1;
  std::optional<Token> level2;
  std::vector<Token> row;
  int row_lines = 0;
  auto flush = [&] {
    if (level2) read_pdf_indicator(*level2, row, row_lines, level1, p);
    level2.reset();
    row.clear();
    row_lines = 0;
  };
  for (std::size_t i = first; i < last; ++i) {
    Piece piece = piece_of(source, i, 0);
    std::string_view line = piece.text;
    if (line.empty() || is_page_number(line) || starts_with(line, "单位:")) continue;
    if (starts_with(line, "一级指标")) {
      state = State::Indicators;  // the header, first or repeated after a page break
      continue;
    }
    std::vector<Token> tokens = tokens_of(line, piece.begin, row_lines);
    if (state == State::Indicators) {
      std::size_t k = 0;
      if (!tokens.empty() && is_level1_word(tokens[0].text)) {
        flush();
        level1 = std::string(tokens[0].text);
        k = 1;
      }
      if (k < tokens.size() && is_level2_word(tokens[k].text)) {
        flush();
        level2 = tokens[k];
        ++k;
      }
      if (!level2) continue;
      for (std::size_t j = k; j < tokens.size(); ++j) {
        tokens[j].line = row_lines;
        row.push_back(tokens[j]);
      }
      ++row_lines;
      continue;
    }
    if (starts_with(line, "项目编码")) {
      if (tokens.size() >= 2) {
        p.code = std::string(tokens[1].text);
        p.code_span = span_of(tokens[1].begin, tokens[1].text);
      }
      if (std::size_t at = line.find("项目名称"); at != std::string_view::npos) {
        std::string_view name = trim(line.substr(at + std::string_view("项目名称").size()));
        if (!name.empty()) p.name = std::string(name);
      }
    } else if (starts_with(line, "预算数")) {
      // “预算数 2.00 其中:财政 资金 2.00 其他资金 [0.00]”
      enum { kBudget, kFiscal, kOther, kNone } next = kNone;
      for (const Token& tok : tokens) {
        if (tok.text == "预算数")
          next = kBudget;
        else if (contains(tok.text, "资金") && contains(tok.text, "其他"))
          next = kOther;
        else if (contains(tok.text, "资金") || contains(tok.text, "财政"))
          next = next == kOther ? kOther : kFiscal;
        else if (auto a = amount_of(tok.text, tok.begin); a && next != kNone) {
          (next == kBudget ? p.budget : next == kFiscal ? p.fiscal : p.other) = a;
          next = kNone;
        }
      }
      state = State::Purpose;
    } else if (starts_with(line, "资金支出计划")) {
      SpendingPlan plan;
      plan.percent_header = contains(line, "%");
      plan.span = span_of(piece.begin, line);
      p.plan = plan;
      state = State::PlanMonths;
    } else if (state == State::PlanMonths && contains(line, "月底")) {
      state = State::PlanValues;
    } else if (state == State::PlanValues && p.plan && amount_of(tokens[0].text, 0)) {
      // Blank months leave no trace in pdftotext: the columns are certain only when all four print.
      for (std::size_t j = 0; j < tokens.size(); ++j) {
        if (auto a = amount_of(tokens[j].text, tokens[j].begin))
          p.plan->points.push_back(
              {tokens.size() == kPlanMonths.size() ? kPlanMonths[j] : 0, a->value, a->span, a->raw});
      }
      state = State::Header;
    } else if (starts_with(line, "绩效目标")) {
      p.has_goal_cell = true;
      p.goals_span = span_of(piece.begin, std::string_view(line.data(), 12));
      std::string_view rest = trim(line.substr(12));
      if (!rest.empty()) add_goal_line(rest, static_cast<std::uint32_t>(piece.begin + (rest.data() - line.data())), p);
      state = State::Goals;
    } else if (state == State::Goals) {
      add_goal_line(line, piece.begin, p);
    } else if (state == State::Purpose && line != "预算规模及资金用途") {
      p.purpose.append(line);
    }
  }
  flush();
}

}  // namespace

std::vector<Project> read_projects(const SourceText& source) {
  std::vector<Project> projects;
  std::vector<std::pair<std::size_t, Title>> titles;
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    if (auto t = table_title(source, i)) titles.emplace_back(i, *t);
  }
  for (std::size_t n = 0; n < titles.size(); ++n) {
    std::size_t first = titles[n].first + 1;
    std::size_t last = n + 1 < titles.size() ? titles[n + 1].first : source.line_count();
    last = std::min(last, first + kMaxTableLines);
    std::size_t tabbed = 0;
    for (std::size_t i = first; i < last; ++i) {
      if (ends_tables(source.line(i))) {
        last = i;
        break;
      }
      tabbed += !source.line(i).empty() && source.line(i)[0] == '\t';
    }
    Project p;
    p.seq = titles[n].second.seq;
    p.name = titles[n].second.name;
    p.title = titles[n].second.span;
    if (tabbed > 3) {
      read_word_project(source, first, last, p);
    } else {
      read_pdf_project(source, first, last, p);
    }
    projects.push_back(std::move(p));
  }
  return projects;
}

namespace {

void read_department_table(const SourceText& source, DepartmentPerformance& out) {
  // 一级 二级 三级 评分规则 描述 符号 值 单位 依据
  enum Column : std::size_t {
    kLevel1,
    kLevel2,
    kLevel3,
    kScoring,
    kDescription,
    kSymbol,
    kValue,
    kUnit,
    kBasis,
    kCells
  };
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    if (raw.empty() || raw[0] == '\t' || !contains(raw, "部门整体支出绩效指标") ||
        count_code_points(trim(raw)) > kMaxTitleCodePoints)
      continue;
    std::size_t last = std::min(source.line_count(), i + 1 + kMaxTableLines);
    for (std::size_t j = i + 1; j < last; ++j) {
      if (ends_tables(source.line(j)) || table_title(source, j)) {
        last = j;
        break;
      }
    }
    std::vector<Indicator> indicators;
    std::string level1;
    std::string level2;
    for (const Row& row : word_rows(source, i + 1, last)) {
      if (row.size() < kCells || contains(spaceless(row[kSymbol].text()), "符号")) continue;
      if (!row[kLevel1].blank()) level1 = spaceless(row[kLevel1].text());
      if (!row[kLevel2].blank()) level2 = spaceless(row[kLevel2].text());
      Indicator ind;
      ind.level2 = level2;
      ind.level3 = row[kLevel3].text("");
      ind.scoring = row[kScoring].text("");
      ind.description = row[kDescription].text("");
      std::string value = row[kSymbol].text("") + row[kValue].text("") + row[kUnit].text("");
      set_value(ind, value, row[kValue].blank() ? row[kSymbol].span : row[kValue].span);
      ind.basis = row[kBasis].text("");
      ind.basis_span = row[kBasis].span;
      ind.span = row[kLevel3].span;
      finish_indicator(ind, level1);
      indicators.push_back(std::move(ind));
    }
    if (indicators.empty()) continue;
    out.table_title = span_of(piece_of(source, i, 0).begin, trim(raw));
    out.indicators = std::move(indicators);
    return;
  }
}

std::string_view after_label(std::string_view text, std::string_view label) {
  text = trim(text);
  return starts_with(text, label) ? trim(text.substr(label.size())) : std::string_view();
}

// “（一）政务督查” / “绩效目标：…” / “绩效指标：…”, as paragraphs of the narrative.
void read_narrative_goals(const ExtractContext& ctx, DepartmentPerformance& out) {
  const auto& paragraphs = ctx.paragraphs();
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    std::string_view goal = after_label(p.text, "绩效目标:");
    if (p.table_cell || goal.empty()) continue;
    NarrativeGoal g;
    g.goal = std::string(goal);
    std::size_t at = p.text.find("绩效目标:");
    g.span = p.to_doc(at, at + std::string_view("绩效目标:").size());
    if (i + 1 < paragraphs.size()) g.indicators = std::string(after_label(paragraphs[i + 1].text, "绩效指标:"));
    if (i > 0) {
      std::string_view above = trim(paragraphs[i - 1].text);
      if (!above.empty() && count_code_points(above) <= 30 && !starts_with(above, "绩效")) g.title = std::string(above);
    }
    out.goals.push_back(std::move(g));
  }
}

// “项目支出493.36万元，主要为政务服务与管理、政府电子政务、…等项目支出。”
void read_project_mentions(const ExtractContext& ctx, const Disclosure& d, DepartmentPerformance& out) {
  if (!d.expenditure.project) return;
  const Span figure = d.expenditure.project->money.span;
  for (std::size_t i = 0; i < ctx.paragraphs().size(); ++i) {
    for (const Mention& m : ctx.mentions(i)) {
      if (m.money.span.begin != figure.begin) continue;
      const Paragraph& p = ctx.paragraphs()[i];
      std::size_t end = p.text.find("。", m.end);
      if (end == std::string::npos) end = p.text.size();
      std::size_t list = p.text.find("主要", m.end);
      if (list == std::string::npos || list >= end || list > m.end + 9) return;
      list += std::string_view("主要").size();
      for (std::string_view verb : {"用于", "包括", "为", "是", "有"}) {
        if (p.text.compare(list, verb.size(), verb) == 0) {
          list += verb.size();
          break;
        }
      }
      std::string_view items(p.text.data() + list, end - list);
      out.mentions_complete = true;
      for (std::string_view tail : {"等项目支出", "等项目", "等支出", "等"}) {
        if (items.size() >= tail.size() && items.substr(items.size() - tail.size()) == tail) {
          items.remove_suffix(tail.size());
          out.mentions_complete = false;
          break;
        }
      }
      std::size_t from = 0;
      while (from <= items.size()) {
        std::size_t to = items.find("、", from);
        if (to == std::string_view::npos) to = items.size();
        std::string_view name = trim(items.substr(from, to - from));
        if (!name.empty() && count_code_points(name) <= kMaxTitleCodePoints) {
          std::size_t begin = list + static_cast<std::size_t>(name.data() - items.data());
          out.project_mentions.push_back({std::string(name), p.to_doc(begin, begin + name.size())});
        }
        from = to + std::string_view("、").size();
      }
      return;
    }
  }
}

}  // namespace

DepartmentPerformance read_department_performance(const ExtractContext& ctx, const Disclosure& d) {
  DepartmentPerformance out;
  read_department_table(ctx.source(), out);
  read_narrative_goals(ctx, out);
  read_project_mentions(ctx, d, out);
  return out;
}

}  // namespace budgetlint::parse
