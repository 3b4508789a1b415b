// A project 绩效目标表 as pdftotext (without -layout) leaves it: a row on one line or wrapped
// over several, the header repeated after a page break (seed pingxiang 2024).
#include <array>

#include "indicator_value.hpp"
#include "mentions.hpp"
#include "paragraphs.hpp"
#include "performance_text.hpp"

namespace budgetlint::parse::performance {
namespace {

constexpr std::array<int, 4> kPlanMonths = {3, 6, 10, 12};

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

}  // namespace

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
      if (!level2) {
        // Words before the first row that name no 一级指标 belong to no row.
        if (k < tokens.size())
          p.stray_rows.push_back({std::string(line), span_of(piece.begin, line), std::string(line)});
        continue;
      }
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

}  // namespace budgetlint::parse::performance
