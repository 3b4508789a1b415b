// A project 绩效目标表 in Word cells: a TAB opens each cell, a blank line ends a row, a cell may
// go on over untabbed lines (seeds pingxiang 2021, weixian 2020, langfang 2021).
#include <array>

#include "mentions.hpp"
#include "performance_text.hpp"

namespace budgetlint::parse::performance {
namespace {

constexpr std::array<int, 4> kPlanMonths = {3, 6, 10, 12};
constexpr std::size_t kMaxLabelBytes = 64;

// The 二级指标 cell of an indicator row is its first or second: “数量指标”, “服务对象满意度指标”.
bool is_indicator_row(const Row& row) {
  for (std::size_t k = 0; k < 2 && k < row.size(); ++k) {
    const Cell& c = row[k];
    if (c.pieces.size() == 1 && is_level2_word(c.pieces[0].text)) return true;
  }
  return false;
}

// `canonical`: the row is 一级 | 二级 | 三级 | (描述) | 指标值 | 依据 by its columns (a reader that
// knows them), whatever words its 二级 cell holds.
void read_word_indicator(const Row& row, std::string& level1, Project& p, bool canonical = false) {
  std::size_t k = 0;
  if (canonical || (row.size() >= 5 && is_level2_word(spaceless(row[1].text())))) {
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

// The project's budget as the provinces name it: 预算数, 资金总额, 项目总额, 年度预算资金总额.
bool is_budget_key(std::string_view key) {
  if (!key.empty() && key.back() == ':') key.remove_suffix(1);
  return key == "预算数" || key == "资金总额" || key == "项目总额" || key == "年度资金总额" || key == "年度预算资金总额";
}

bool budget_row(const std::vector<std::string>& keys) {
  for (const std::string& k : keys) {
    if (is_budget_key(k)) return true;
  }
  return false;
}

bool is_goal_key(std::string_view key) {
  return key == "绩效目标" || key == "年度绩效目标" || key == "年度目标" || key == "总体目标" || key == "项目绩效目标";
}

bool only_figures(const Row& row) {
  bool any = false;
  for (const Cell& c : row) {
    std::string t = c.text("");
    if (t.empty()) continue;
    if (t.back() == '%') t.pop_back();
    if (!Amount::parse(t)) return false;
    any = true;
  }
  return any;
}

}  // namespace

void read_word_project(const SourceText& source, std::size_t first, std::size_t last, Project& p) {
  interpret_project(join_split_rows(word_rows(source, first, last)), p);
}

void interpret_project(const std::vector<Row>& rows, Project& p, bool canonical) {
  std::string level1;
  bool after_header = false;
  enum class Expect { Nothing, Purpose, PlanValues } expect = Expect::Nothing;
  for (const Row& row : rows) {
    // Most rows are indicators: read them before looking for header labels.
    if (expect == Expect::Nothing && (canonical ? after_header && row.size() >= 5 : is_indicator_row(row))) {
      read_word_indicator(row, level1, p, canonical);
      continue;
    }
    // Labels are short; a long cell (a description, a 依据) is never one.
    std::vector<std::string> keys;
    for (const Cell& c : row) {
      std::string text = c.text("");  // a label wrapped in its cell (“资金支出计” / “划（%）”) is one
      keys.push_back(text.size() <= kMaxLabelBytes ? spaceless(text) : std::string());
    }
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
    } else if (std::size_t n = find_key("项目名称"); n + 1 < row.size() && !row[n + 1].blank()) {
      p.name = row[n + 1].text("");  // a 项目名称 row names the project better than its title
    } else if (!budget_row(keys) && (find_key("财政拨款") < keys.size() || find_key("财政资金") < keys.size() ||
                                     find_key("其他资金") < keys.size())) {
      // 其中：财政拨款 and 其他资金 on rows of their own under the 资金总额 row.
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        if (contains_any(keys[c], {"财政资金", "财政拨款"})) p.fiscal = amount_of(row[c + 1]);
        if (contains(keys[c], "其他资金")) p.other = amount_of(row[c + 1]);
      }
    } else if (budget_row(keys)) {
      for (std::size_t c = 0; c + 1 < row.size(); ++c) {
        if (is_budget_key(keys[c])) p.budget = amount_of(row[c + 1]);
        if (contains_any(keys[c], {"财政资金", "财政拨款"})) p.fiscal = amount_of(row[c + 1]);
        if (contains(keys[c], "其他资金")) p.other = amount_of(row[c + 1]);
      }
      expect = Expect::Purpose;
    } else if (std::size_t s = find_key("资金支出计划"); s < keys.size()) {
      SpendingPlan plan;
      plan.percent_header = contains(keys[s], "%");
      plan.span = row[s].span;
      p.plan = plan;
      expect = Expect::PlanValues;
    } else if (!keys.empty() && is_goal_key(keys[0])) {
      p.has_goal_cell = true;
      p.goals_span = row[0].span;
      for (std::size_t c = 1; c < row.size(); ++c) {
        for (const Piece& piece : row[c].pieces) add_goal_line(piece.text, piece.begin, p);
      }
    } else if (find_key("一级指标") < keys.size()) {
      after_header = true;
    } else {
      std::size_t before = p.indicators.size();
      read_word_indicator(row, level1, p);
      // After the header every row is an indicator; before it, a row of bare figures belongs
      // to no label (pingxiang 2021 prints a 资金支出计划 row without its header).
      if (p.indicators.size() > before || (!after_header && !only_figures(row))) continue;
      std::string text;
      Span span;
      for (const Cell& c : row) {
        if (c.blank()) continue;
        if (text.empty()) span = c.span;
        text += (text.empty() ? "" : " ") + c.text("");
      }
      if (!text.empty()) p.stray_rows.push_back({text, span, text});
    }
  }
}

}  // namespace budgetlint::parse::performance
