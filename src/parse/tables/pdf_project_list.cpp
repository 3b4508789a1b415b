// The 项目支出绩效目标表 as one table of every project (Beijing's 预算表12): a row per
// indicator, anchored by its 绩效指标性质 (≥, ≤, =, 定性); the project's 项目名称 | 项目总额 |
// 财政资金 | 其他资金 | 绩效目标 merged over its rows; 一级 | 二级 | 三级 | 指标值 | 度量单位 in
// each row, wrapped over lines and centred beside the anchor.
#include <algorithm>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "../performance_text.hpp"
#include "../projects.hpp"
#include "pdf_rows.hpp"

namespace budgetlint::parse {
namespace {

using performance::spaceless;

bool is_nature_word(std::string_view t) {
  for (std::string_view w : {"≥", "≤", "=", ">", "<", "≧", "≦", "定性", "定量"}) {
    if (t == w) return true;
  }
  return false;
}

pdf::AnchoredForm list_form() {
  pdf::AnchoredForm f;
  f.is_header = [](const std::string& labels) {
    return contains(labels, "项目名称") && contains(labels, "三级指标") && contains_any(labels, {"性质", "指标值"});
  };
  f.anchor = [](const std::string& label) { return contains(label, "性质"); };
  f.anchor_word = is_nature_word;
  f.merged = [](const std::string& label) {
    return contains_any(label, {"项目名称", "项目总额", "财政资金", "其他资金", "绩效目标", "资金总额"});
  };
  f.ends_body = [](const std::string& line) { return starts_with_any(line, {"备注", "注:"}); };
  f.record_key = [](const std::string& label) { return contains(label, "项目名称"); };
  f.header.label_chars = 8;     // “本年绩效指标值”
  f.header.wrap_gap_em = 0.3f;  // the header's lines touch (“绩效指标性” over “质”); the first row stands apart
  f.header.wrap_lines = 2;
  return f;
}

enum class Column { Name, Total, Fiscal, Other, Goal, Level1, Level2, Level3, Nature, Value, Unit, Unknown };

Column column_of(const std::string& label) {
  if (contains(label, "项目名称")) return Column::Name;
  if (contains_any(label, {"项目总额", "资金总额"})) return Column::Total;
  if (contains(label, "财政资金")) return Column::Fiscal;
  if (contains(label, "其他资金")) return Column::Other;
  if (contains(label, "绩效目标")) return Column::Goal;
  if (contains(label, "一级")) return Column::Level1;
  if (contains(label, "二级")) return Column::Level2;
  if (contains(label, "三级")) return Column::Level3;
  if (contains(label, "性质")) return Column::Nature;
  if (contains(label, "指标值")) return Column::Value;
  if (contains(label, "单位")) return Column::Unit;
  return Column::Unknown;
}

// “11000022T000000457203-对外交流合作…经费(出国)”: the 项目编码 before the name.
std::size_t code_length(std::string_view name) {
  std::size_t i = 0;
  while (i < name.size() && ((name[i] >= '0' && name[i] <= '9') || (name[i] >= 'A' && name[i] <= 'Z'))) ++i;
  return i >= 10 && i < name.size() && name[i] == '-' ? i : 0;
}

void start_project(const GridCell& name_cell, Project& p) {
  std::string name = spaceless(name_cell.text());
  std::size_t code = code_length(name);
  p.code = name.substr(0, code);
  p.code_span = name_cell.span;
  p.name = code > 0 ? name.substr(code + 1) : name;
  p.title = name_cell.span;
}

// A merged cell is carried down to the rows under it until the next one starts; a blank 其他资金
// would carry an earlier project's figure. The figure is this project's only where it stands
// beside the project's 项目名称 cell (merged over the same rows, centred alike).
std::optional<Sourced<Amount>> money_of(const SourceText& source, const GridCell& cell, const GridCell* name) {
  if (cell.blank()) return std::nullopt;
  if (name && !name->blank()) {
    std::size_t line = source.line_of(cell.span.begin);
    std::size_t first = source.line_of(name->pieces.front().begin);
    std::size_t last = source.line_of(name->pieces.back().begin);
    if (line + 3 < first || line > last + 3) return std::nullopt;
  }
  return performance::amount_of(spaceless(cell.text()), cell.span.begin);
}

}  // namespace

std::vector<Project> read_pdf_project_list(const SourceText& source, const std::vector<const LayoutWord*>& words) {
  std::vector<GridRow> rows = pdf::anchored_rows(source, words, list_form());
  std::vector<Project> projects;
  // The header row: a cell per column, every one placed; the indicator rows follow in its shape.
  auto header = std::find_if(rows.begin(), rows.end(), [](const GridRow& r) {
    return !r.cells.empty() && std::all_of(r.cells.begin(), r.cells.end(), [](const GridCell& c) { return c.column >= 0; });
  });
  if (header == rows.end()) return projects;
  std::vector<Column> columns;
  for (const GridCell& c : header->cells) columns.push_back(column_of(spaceless(c.text())));
  auto at = [&](const GridRow& r, Column k) -> const GridCell* {
    auto i = std::find(columns.begin(), columns.end(), k);
    return i == columns.end() ? nullptr : &r.cells[static_cast<std::size_t>(i - columns.begin())];
  };
  std::string current;  // the 项目名称 cell of the project being read, its code when it has one
  std::string current_text;
  for (auto r = header + 1; r != rows.end(); ++r) {
    if (r->cells.size() != columns.size()) continue;  // the tail under the table
    const GridCell* nature = at(*r, Column::Nature);
    if (!nature || !is_nature_word(spaceless(nature->text()))) continue;
    const GridCell* name = at(*r, Column::Name);
    std::string text = name ? spaceless(name->text()) : "";
    std::size_t code = code_length(text);
    std::string key = code > 0 ? text.substr(0, code) : text;
    // The page break cuts a merged 项目名称 cell: its second part ends the project's name.
    bool continued = !key.empty() && key != current && code == 0 && current_text.size() > text.size() &&
                     current_text.compare(current_text.size() - text.size(), text.size(), text) == 0;
    if (projects.empty() || (!key.empty() && key != current && !continued)) {
      projects.emplace_back();
      Project& p = projects.back();
      if (name) start_project(*name, p);
      if (const GridCell* c = at(*r, Column::Total)) p.budget = money_of(source, *c, name);
      if (const GridCell* c = at(*r, Column::Fiscal)) p.fiscal = money_of(source, *c, name);
      if (const GridCell* c = at(*r, Column::Other)) p.other = money_of(source, *c, name);
      if (const GridCell* goal = at(*r, Column::Goal)) {
        p.has_goal_cell = true;
        p.goals_span = goal->span;
        for (const Token& piece : goal->pieces) performance::add_goal_line(piece.text, piece.begin, p);
      }
      p.basis_column = false;  // the form has no 指标值确定依据 column
      current = key;
      current_text = text;
    }
    Project& p = projects.back();
    Indicator ind;
    const GridCell* l1 = at(*r, Column::Level1);
    if (const GridCell* c = at(*r, Column::Level2)) ind.level2 = spaceless(c->text());
    if (const GridCell* c = at(*r, Column::Level3)) ind.level3 = spaceless(c->text());
    // ≥ | 90 | % printed apart make one value; 定性 says the value is words, not a bound.
    std::string raw;
    std::string mark = spaceless(nature->text());
    if (mark != "定性" && mark != "定量") raw = mark;
    const GridCell* value = at(*r, Column::Value);
    if (value) raw += value->text();
    if (const GridCell* c = at(*r, Column::Unit)) raw += c->text();
    performance::set_value(ind, raw, value && !value->blank() ? value->span : nature->span);
    performance::finish_indicator(ind, l1 ? spaceless(l1->text()) : std::string());
    ind.span = l1 && !l1->blank() ? l1->span : nature->span;
    p.indicators.push_back(std::move(ind));
  }
  return projects;
}

}  // namespace budgetlint::parse
