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
#include "pdf_words.hpp"
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

struct HeaderColumn {
  Part part = Part::Other;
  float x0 = 0;
  float x1 = 0;
  std::string label;
};

// The indicator header: the first line holding 一级指标 and 三级指标 (or 二级指标). A label
// wrapped onto the line above or below (“指标值确定” / “依据”) joins the word it stands over.
std::optional<std::pair<std::size_t, std::vector<HeaderColumn>>> find_header(const std::vector<Line>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string j = performance::spaceless(lines[i].joined());
    if (!contains(j, "一级指标") || !contains_any(j, {"三级指标", "二级指标"})) continue;
    std::vector<HeaderColumn> cols;
    for (const Tok* t : lines[i].toks) cols.push_back({Part::Other, t->box.x0, t->box.x1, std::string(t->text)});
    for (std::size_t k : {i - 1, i + 1}) {
      if (k >= lines.size() || lines[k].page != lines[i].page) continue;
      float gap = std::max(lines[k].y0 - lines[i].y1, lines[i].y0 - lines[k].y1);
      if (gap > 0.6f * lines[i].toks.front()->em) continue;
      for (const Tok* t : lines[k].toks) {
        for (HeaderColumn& c : cols) {
          if (overlap(t->box.x0, t->box.x1, c.x0, c.x1) > 0.2f)
            c.label = k < i ? std::string(t->text) + c.label : c.label + std::string(t->text);
        }
      }
    }
    for (HeaderColumn& c : cols) c.part = part_of(c.label);
    return std::pair{i, cols};
  }
  return std::nullopt;
}

// Which header column a body word stands in: the one whose stretch between its neighbours' labels
// holds the word's middle.
Part part_at(const std::vector<HeaderColumn>& cols, float x) {
  for (std::size_t c = 0; c < cols.size(); ++c) {
    float right = c + 1 < cols.size() ? (cols[c].x1 + cols[c + 1].x0) / 2 : 1e9f;
    if (x < right) return cols[c].part;
  }
  return Part::Other;
}

// Words close above one another in one column: one cell (a label wrapped over lines).
struct Block {
  std::vector<const Tok*> toks;
  float y0 = 0;
  float y1 = 0;
  std::uint32_t page = 0;
  float centre() const { return (y0 + y1) / 2; }
  void add(const Tok* t) {
    if (toks.empty()) {
      y0 = t->box.y0;
      y1 = t->box.y1;
      page = t->page;
    }
    toks.push_back(t);
    y0 = std::min(y0, t->box.y0);
    y1 = std::max(y1, t->box.y1);
  }
};

std::vector<Block> blocks_of(std::vector<const Tok*> toks, float wrap_gap) {
  std::stable_sort(toks.begin(), toks.end(), [](const Tok* a, const Tok* b) {
    return a->page != b->page ? a->page < b->page : a->box.y0 < b->box.y0;
  });
  std::vector<Block> blocks;
  for (const Tok* t : toks) {
    bool same = !blocks.empty() && blocks.back().page == t->page && t->box.y0 <= blocks.back().y1 + wrap_gap;
    if (!same) blocks.emplace_back();
    blocks.back().add(t);
  }
  return blocks;
}

// The rows a merged cell covers: its words stand centred in its span, so on each page the spans
// follow from the first row's top on (a span ends as far below its label's middle as it began
// above it); where the sizes disagree, halfway to the next label.
std::vector<const Block*> labels_of_rows(const std::vector<Block>& rows, const std::vector<Block>& labels) {
  std::vector<const Block*> out(rows.size(), nullptr);
  std::map<std::uint32_t, std::vector<const Block*>> by_page;
  for (const Block& l : labels) by_page[l.page].push_back(&l);
  const Block* carried = nullptr;  // a page without labels: its rows go on under the last one
  for (std::size_t r = 0; r < rows.size();) {
    std::uint32_t page = rows[r].page;
    std::size_t end = r;
    while (end < rows.size() && rows[end].page == page) ++end;
    const std::vector<const Block*>& ls = by_page[page];
    float start = rows[r].y0;
    std::size_t k = 0;
    std::vector<float> span_end(ls.size());
    for (std::size_t i = 0; i < ls.size(); ++i) {
      float next = i + 1 < ls.size() ? ls[i + 1]->centre() : 1e9f;
      float e = 2 * ls[i]->centre() - start;
      if (e < ls[i]->centre() || e > next) e = i + 1 < ls.size() ? (ls[i]->centre() + next) / 2 : 1e9f;
      span_end[i] = e;
      start = e;
    }
    for (std::size_t i = r; i < end; ++i) {
      if (ls.empty()) {
        out[i] = carried;
        continue;
      }
      float c = rows[i].centre();
      while (k + 1 < ls.size() && c > span_end[k]) ++k;
      out[i] = ls[k];
    }
    if (!ls.empty()) carried = ls.back();
    r = end;
  }
  return out;
}

Cell cell_of(const std::vector<const Tok*>& toks, Span at) {
  Cell c;
  for (const Tok* t : toks) c.pieces.push_back({t->text, t->span.begin});
  c.span = toks.empty() ? at : toks.front()->span;
  return c;
}

// The words of a form line as cells: words a small gap apart are one cell.
Row form_row(const Line& l) {
  Row row;
  const Tok* previous = nullptr;
  for (const Tok* t : l.toks) {
    if (!previous || t->box.x0 - previous->box.x1 > previous->em) {
      Cell c;
      c.span = t->span;
      row.push_back(std::move(c));
    }
    row.back().pieces.push_back({t->text, t->span.begin});
    previous = t;
  }
  return row;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// A label glued to its text (“总体目标主要用于保障…”): the label and the text as two cells.
void split_glued_label(Row& row) {
  if (row.empty() || row.front().pieces.size() != 1) return;
  Token t = row.front().pieces.front();
  for (std::string_view key : {"年度绩效目标", "项目绩效目标", "绩效目标", "年度目标", "总体目标"}) {
    if (!starts_with(t.text, key) || t.text.size() == key.size()) continue;
    std::string_view rest = t.text.substr(key.size());
    if (starts_with(rest, ":")) rest.remove_prefix(1);
    Cell label;
    label.pieces.push_back({t.text.substr(0, key.size()), t.begin});
    label.span = {t.begin, static_cast<std::uint32_t>(t.begin + key.size())};
    Cell text;
    auto begin = static_cast<std::uint32_t>(t.begin + (rest.data() - t.text.data()));
    text.pieces.push_back({rest, begin});
    text.span = {begin, static_cast<std::uint32_t>(begin + rest.size())};
    row.front() = std::move(label);
    row.insert(row.begin() + 1, std::move(text));
    return;
  }
}

// A label cell of the form: 项目名称, a figure's name, a goal's heading.
bool is_form_label(std::string_view text) {
  std::string t = performance::spaceless(text);
  return contains_any(t, {"项目名称", "项目编码", "资金总额", "项目总额", "预算数", "财政拨款", "财政资金", "其他资金",
                          "绩效目标", "年度目标", "总体目标", "主管部门", "实施单位"});
}

class ProjectReader {
 public:
  ProjectReader(const SourceText& source, const std::vector<const LayoutWord*>& words)
      : toks_(tokens_of(source, words)) {}

  std::vector<Row> rows(bool& basis_column) {
    std::map<std::uint32_t, std::vector<Tok*>> by_page;
    for (Tok& t : toks_) by_page[t.page].push_back(&t);
    std::vector<Line> lines;
    for (auto& [page, toks] : by_page) {
      std::vector<Line> page_lines = lines_of(toks);
      lines.insert(lines.end(), page_lines.begin(), page_lines.end());
    }
    std::vector<Row> out;
    auto header = find_header(lines);
    std::size_t form_end = header ? header->first : lines.size();
    for (std::size_t i = 0; i < form_end; ++i) {
      Row row = form_row(lines[i]);
      split_glued_label(row);
      // A line of prose under a goal's label goes on with it (the goal cell wrapped over lines).
      bool label = !row.empty() && is_form_label(row.front().text());
      if (!label && !out.empty() && !out.back().empty() && performance::spaceless(out.back().front().text()).find("目标") != std::string::npos) {
        for (Cell& c : row) out.back().push_back(std::move(c));
        continue;
      }
      out.push_back(std::move(row));
    }
    if (!header) return out;
    const std::vector<HeaderColumn>& cols = header->second;
    basis_column = std::any_of(cols.begin(), cols.end(), [](const HeaderColumn& c) { return c.part == Part::Basis; });
    bool described = std::any_of(cols.begin(), cols.end(), [](const HeaderColumn& c) { return c.part == Part::Description; });
    // The header as the interpreter knows it, then the indicators.
    Row head;
    Span at = lines[header->first].toks.front()->span;
    Cell label;
    label.pieces.push_back({std::string_view("一级指标"), at.begin});  // the interpreter's own word for the header
    label.span = at;
    head.push_back(std::move(label));
    out.push_back(std::move(head));
    std::map<Part, std::vector<const Tok*>> by_part;
    for (std::size_t i = header->first + 1; i < lines.size(); ++i) {
      std::string j = performance::spaceless(lines[i].joined());
      if (starts_with(j, "备注") || starts_with(j, "注:")) break;
      if (contains(j, "一级指标") && contains_any(j, {"三级指标", "二级指标"})) continue;  // repeated on a new page
      for (const Tok* t : lines[i].toks) by_part[part_at(cols, t->cx())].push_back(t);
    }
    Part anchor = by_part.count(Part::Level3) ? Part::Level3 : Part::Level2;
    std::vector<Block> rows = blocks_of(by_part[anchor], wrap_gap(by_part[anchor]));
    // The other cells of a row stand beside its 三级指标: in its span, else nearest on the page.
    std::map<Part, std::vector<std::vector<const Tok*>>> cells;
    for (Part p : {Part::Description, Part::Value, Part::Nature, Part::Unit, Part::Basis}) {
      cells[p].assign(rows.size(), {});
      for (const Tok* t : by_part[p]) {
        if (auto r = nearest(rows, t)) cells[p][*r].push_back(t);
      }
    }
    std::vector<Block> level1 = blocks_of(by_part[Part::Level1], 0.35f * em());
    std::vector<Block> level2 = anchor == Part::Level2 ? std::vector<Block>{} : blocks_of(by_part[Part::Level2], 0.35f * em());
    std::vector<const Block*> l1 = labels_of_rows(rows, level1);
    std::vector<const Block*> l2 = labels_of_rows(rows, level2);
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

  // Half the usual gap between the rows' lines, and never more than a third of a line: the lines of
  // one wrapped cell stand closer than rows do.
  float wrap_gap(const std::vector<const Tok*>& toks) const {
    std::vector<const Tok*> sorted = toks;
    std::stable_sort(sorted.begin(), sorted.end(), [](const Tok* a, const Tok* b) {
      return a->page != b->page ? a->page < b->page : a->box.y0 < b->box.y0;
    });
    std::vector<float> gaps;
    for (std::size_t i = 1; i < sorted.size(); ++i) {
      float g = sorted[i]->box.y0 - sorted[i - 1]->box.y1;
      if (sorted[i]->page == sorted[i - 1]->page && g > 0) gaps.push_back(g);
    }
    float usual = 1e9f;
    if (!gaps.empty()) {
      std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
      usual = gaps[gaps.size() / 2];
    }
    return std::min(0.35f * em(), 0.5f * usual);
  }

  static std::optional<std::size_t> nearest(const std::vector<Block>& rows, const Tok* t) {
    std::optional<std::size_t> best;
    float best_distance = 1e9f;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (rows[r].page != t->page) continue;
      float c = t->cy();
      float d = c < rows[r].y0 ? rows[r].y0 - c : c > rows[r].y1 ? c - rows[r].y1 : 0;
      d = d * 4 + std::abs(c - rows[r].centre()) * 0.01f;
      if (d < best_distance) {
        best_distance = d;
        best = r;
      }
    }
    return best;
  }

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
