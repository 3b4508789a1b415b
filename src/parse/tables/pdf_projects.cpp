// The project 绩效目标表 of a PDF from its word boxes. Above the indicator header stands a form
// (项目名称, 资金总额 with its 财政拨款 and 其他资金, 年度目标); below it the indicator rows, each
// anchored by its 三级指标, its 指标值 and 依据 beside it, and the 一级 and 二级 cells merged over
// several rows with their words centred in the span they cover. The rows go to the one project
// interpreter in its canonical layout: 一级 | 二级 | 三级 | (描述) | 指标值 | 依据.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "../performance_text.hpp"
#include "../projects.hpp"
#include "pdf_rows.hpp"
#include "tables.hpp"

namespace budgetlint::parse {
namespace {

using namespace pdf;
using performance::Cell;
using performance::Row;

enum class Part { Level1, Level2, Level3, Description, Value, Nature, Unit, Basis, Other };

Part part_of(std::string_view label) {
  std::string l = performance::spaceless(label);
  if (contains(l, "一级")) return Part::Level1;
  if (contains(l, "二级")) return Part::Level2;
  if (contains(l, "三级")) return Part::Level3;
  if (contains(l, "依据")) return Part::Basis;
  if (contains(l, "描述")) return Part::Description;
  if (contains(l, "性质")) return Part::Nature;
  if (contains_any(l, {"度量单位", "计量单位"})) return Part::Unit;
  if (contains_any(l, {"指标值", "目标值"})) return Part::Value;
  return Part::Other;
}

bool is_header(const std::string& labels) {
  return contains(labels, "一级指标") && contains_any(labels, {"三级指标", "二级指标"});
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

constexpr std::string_view kGoalLabels[] = {"年度绩效目标", "项目绩效目标", "项目实施期目标", "绩效目标", "年度目标",
                                            "总体目标"};

// A label glued to its text (“总体目标主要用于保障…”): the label and the text as two cells.
void split_glued_label(Row& row) {
  if (row.empty() || row.front().pieces.empty()) return;
  Token t = row.front().pieces.front();
  for (std::string_view key : kGoalLabels) {
    if (!starts_with(t.text, key) || t.text.size() == key.size()) continue;
    std::string_view rest = t.text.substr(key.size());
    if (starts_with(rest, ":")) rest.remove_prefix(1);
    Cell label;
    label.pieces.push_back({t.text.substr(0, key.size()), t.begin});
    label.span = {t.begin, static_cast<std::uint32_t>(t.begin + key.size())};
    Cell text;
    auto begin = static_cast<std::uint32_t>(t.begin + (rest.data() - t.text.data()));
    text.pieces.push_back({rest, begin});
    text.pieces.insert(text.pieces.end(), row.front().pieces.begin() + 1, row.front().pieces.end());
    text.span = {begin, static_cast<std::uint32_t>(begin + rest.size())};
    row.front() = std::move(label);
    row.insert(row.begin() + 1, std::move(text));
    return;
  }
}

bool is_goal_label(const Cell& c) {
  std::string t = performance::spaceless(c.text());
  return std::any_of(std::begin(kGoalLabels), std::end(kGoalLabels), [&](std::string_view k) { return t == k; });
}

// The goal's text in a cell merged over many lines, its label centred beside the middle one
// (Yantai): the lines above and below the label's row are rows of one cell each. They are the
// goal's, up to the row above that holds a label of its own (其他资金) and down to the header.
void gather_goal(std::vector<Row>& rows) {
  auto g = std::find_if(rows.begin(), rows.end(), [](const Row& r) { return r.size() == 2 && is_goal_label(r.front()); });
  if (g == rows.end()) return;
  auto lone = [](const Row& r) { return r.size() == 1 && !is_form_label(performance::spaceless(r.front().text())); };
  auto first = g;
  while (first != rows.begin() && lone(*(first - 1))) --first;
  auto last = g + 1;
  while (last != rows.end() && lone(*last)) ++last;
  if (first == g && last == g + 1) return;
  Cell text;
  for (auto r = first; r != last; ++r) {
    const Cell& c = r == g ? r->back() : r->front();
    text.pieces.insert(text.pieces.end(), c.pieces.begin(), c.pieces.end());
  }
  text.span = text.pieces.empty() ? g->back().span : Span{text.pieces.front().begin, text.pieces.front().begin};
  Row goal = {g->front(), std::move(text)};
  auto at = rows.erase(first, last);
  rows.insert(at, std::move(goal));
}


class ProjectReader {
 public:
  ProjectReader(const SourceText& source, const std::vector<const LayoutWord*>& words)
      : toks_(tokens_of(source, words)) {}

  std::vector<Row> rows(bool& basis_column) {
    std::vector<Line> lines = lines_of_pages(toks_);
    auto header = find_header(lines, is_header);
    std::vector<Row> out = form_rows(lines, header ? header->first : lines.size());
    for (Row& row : out) split_glued_label(row);
    gather_goal(out);
    if (!header) return out;
    std::vector<Part> parts;
    for (const HeaderColumn& c : header->columns) parts.push_back(part_of(c.label));
    auto has = [&](Part p) { return std::find(parts.begin(), parts.end(), p) != parts.end(); };
    basis_column = has(Part::Basis);
    bool described = has(Part::Description);
    // The header as the interpreter knows it, then the indicators.
    Row head;
    Span at = lines[header->first].toks.front()->span;
    Cell label;
    label.pieces.push_back({std::string_view("一级指标"), at.begin});  // the interpreter's own word for the header
    label.span = at;
    head.push_back(std::move(label));
    out.push_back(std::move(head));
    std::vector<const Tok*> body;
    for (std::size_t i = header->last + 1; i < lines.size(); ++i) {
      std::string j = performance::spaceless(lines[i].joined());
      if (starts_with(j, "备注") || starts_with(j, "注:")) break;
      if (is_header(performance::spaceless(lines[i].joined()))) continue;  // repeated on a new page
      body.insert(body.end(), lines[i].toks.begin(), lines[i].toks.end());
    }
    std::vector<float> bounds = column_bounds(header->columns, body);
    std::map<Part, std::vector<const Tok*>> by_part;
    for (const Tok* t : body) by_part[parts[column_at(bounds, t->cx())]].push_back(t);
    Part anchor = by_part.count(Part::Level3) ? Part::Level3 : Part::Level2;
    std::vector<const Tok*> beside;
    for (const auto& [part, toks] : by_part) {
      if (part != anchor && part != Part::Level1 && part != Part::Level2) beside.insert(beside.end(), toks.begin(), toks.end());
    }
    std::vector<Block> rows = join_wrapped(blocks_of(by_part[anchor], wrap_gap(by_part[anchor], em())), beside, em());
    // The other cells of a row stand beside its 三级指标: in its span, else nearest on the page.
    std::map<Part, std::vector<std::vector<const Tok*>>> cells;
    for (Part p : {Part::Description, Part::Value, Part::Nature, Part::Unit, Part::Basis}) {
      cells[p].assign(rows.size(), {});
      for (const Tok* t : by_part[p]) {
        if (auto r = nearest_row(rows, t)) cells[p][*r].push_back(t);
      }
    }
    std::vector<Block> level1 = blocks_of(by_part[Part::Level1], 0.35f * em());
    std::vector<Block> level2 = anchor == Part::Level2 ? std::vector<Block>{} : blocks_of(by_part[Part::Level2], 0.35f * em());
    std::vector<const Block*> l1 = labels_of_rows(rows, level1, em());
    std::vector<const Block*> l2 = labels_of_rows(rows, level2, em());
    for (std::size_t r = 0; r < rows.size(); ++r) {
      Span here = rows[r].toks.front()->span;
      Row row;
      row.push_back(cell_of(l1[r] ? l1[r]->toks : std::vector<const Tok*>{}, here));
      row.push_back(anchor == Part::Level2 ? cell_of(rows[r].toks, here)
                                           : cell_of(l2[r] ? l2[r]->toks : std::vector<const Tok*>{}, here));
      row.push_back(anchor == Part::Level2 ? cell_of({}, here) : cell_of(rows[r].toks, here));
      if (described) row.push_back(cell_of(cells[Part::Description][r], here));
      // 指标性质 | 指标值 | 度量单位 printed apart (“≥” “90” “%”) make one value.
      std::vector<const Tok*> value = cells[Part::Nature][r];
      value.insert(value.end(), cells[Part::Value][r].begin(), cells[Part::Value][r].end());
      value.insert(value.end(), cells[Part::Unit][r].begin(), cells[Part::Unit][r].end());
      row.push_back(cell_of(value, here));
      row.push_back(cell_of(cells[Part::Basis][r], here));
      out.push_back(std::move(row));
    }
    return out;
  }

 private:
  float em() const { return toks_.empty() ? 10.0f : toks_.front().em; }

  std::vector<Tok> toks_;
};

}  // namespace

std::vector<Project> read_pdf_layout_projects(const SourceText& source, const Layout& layout) {
  std::vector<Project> projects;
  std::vector<std::pair<std::size_t, performance::Title>> titles;
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    if (auto t = performance::table_title(source, i)) titles.emplace_back(i, *t);
  }
  for (std::size_t n = 0; n < titles.size(); ++n) {
    std::size_t first = titles[n].first + 1;
    std::size_t last = n + 1 < titles.size() ? titles[n + 1].first : source.line_count();
    for (std::size_t i = first; i < last; ++i) {
      if (performance::ends_tables(source.line(i))) {
        last = i;
        break;
      }
    }
    std::vector<const LayoutWord*> words;
    for (const LayoutWord& w : layout.words) {
      if (w.line >= first && w.line < last) words.push_back(&w);
    }
    if (std::vector<Project> list = read_pdf_project_list(source, words); !list.empty()) {
      projects.insert(projects.end(), std::make_move_iterator(list.begin()), std::make_move_iterator(list.end()));
      continue;
    }
    Project p;
    p.seq = titles[n].second.seq;
    p.name = titles[n].second.name;
    p.title = titles[n].second.span;
    bool basis_column = true;
    std::vector<Row> rows = ProjectReader(source, words).rows(basis_column);
    performance::interpret_project(rows, p, true);
    p.basis_column = basis_column;
    projects.push_back(std::move(p));
  }
  return projects;
}

}  // namespace budgetlint::parse
