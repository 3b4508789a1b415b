// The pieces every PDF table reader builds rows from (pdf_rows.hpp).
#include "pdf_rows.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "../mentions.hpp"
#include "../performance_text.hpp"

namespace budgetlint::parse::pdf {

using Cell = GridCell;
using Row = std::vector<GridCell>;

std::vector<Line> lines_of_pages(std::vector<Tok>& toks) {
  std::map<std::uint32_t, std::vector<Tok*>> by_page;
  for (Tok& t : toks) by_page[t.page].push_back(&t);
  std::vector<Line> lines;
  for (auto& [page, page_toks] : by_page) {
    std::vector<Line> page_lines = lines_of(page_toks);
    lines.insert(lines.end(), page_lines.begin(), page_lines.end());
  }
  return lines;
}

namespace {

// A line of a header's labels: words only, each short.
bool is_label_line(const Line& l, std::size_t label_chars) {
  return std::all_of(l.toks.begin(), l.toks.end(), [&](const Tok* t) {
    return t->kind == TokKind::Text && performance::spaceless(t->text).size() <= label_chars * 3;
  });
}

void stack(Header& h, const Line& l, bool above) {
  // Columns this line wrote under, with their labels before it: a second word under one label
  // makes a column of its own (“其中：” over “财政资金” and “其他资金”).
  std::vector<std::pair<std::size_t, HeaderColumn>> under;
  for (const Tok* t : l.toks) {
    auto over = std::find_if(h.columns.begin(), h.columns.end(), [&](const HeaderColumn& c) {
      return overlap(t->box.x0, t->box.x1, c.x0, c.x1) > 0.2f;
    });
    auto index = static_cast<std::size_t>(over - h.columns.begin());
    auto seen = std::find_if(under.begin(), under.end(), [&](const auto& u) { return u.first == index; });
    if (over != h.columns.end() && !above && seen != under.end()) {
      HeaderColumn& first = h.columns[index];
      first.x0 = first.toks.back()->box.x0;  // the first word under the group takes its own place
      first.x1 = first.toks.back()->box.x1;
      HeaderColumn group = seen->second;
      group.x0 = t->box.x0;
      group.x1 = t->box.x1;
      group.label += t->text;
      group.toks.push_back(t);
      h.columns.push_back(std::move(group));
      continue;
    }
    if (over != h.columns.end() && !above) under.emplace_back(index, *over);
    if (over == h.columns.end()) {
      h.columns.push_back({t->box.x0, t->box.x1, std::string(t->text), {t}});
    } else if (above) {
      over->label = std::string(t->text) + over->label;
      over->toks.insert(over->toks.begin(), t);
    } else {
      over->label += t->text;
      over->toks.push_back(t);
    }
  }
}

}  // namespace

std::optional<Header> find_header(const std::vector<Line>& lines, const std::function<bool(const std::string&)>& is_header,
                                  const HeaderShape& shape) {
  auto touching = [&](std::size_t a, std::size_t b) {  // line b wraps the labels of line a
    if (lines[a].page != lines[b].page || !is_label_line(lines[b], shape.label_chars)) return false;
    float gap = std::max(lines[b].y0 - lines[a].y1, lines[a].y0 - lines[b].y1);
    return gap <= shape.wrap_gap_em * lines[a].toks.front()->em;
  };
  auto labels_of = [](const Header& h) {
    std::string labels;
    for (const HeaderColumn& c : h.columns) labels += performance::spaceless(c.label);
    return labels;
  };
  // Line i with up to `above` touching lines over it and `below` under it, `most` lines in all.
  auto stacked = [&](std::size_t i, std::size_t above, std::size_t below, std::size_t most = SIZE_MAX) {
    Header h{i, i, {}};
    stack(h, lines[i], false);
    while (above-- > 0 && h.first > 0 && touching(h.first, h.first - 1)) stack(h, lines[--h.first], true);
    below = std::min(below, most - 1 - (h.last - h.first));
    while (below-- > 0 && h.last + 1 < lines.size() && touching(h.last, h.last + 1)) stack(h, lines[++h.last], false);
    std::sort(h.columns.begin(), h.columns.end(), [](const HeaderColumn& a, const HeaderColumn& b) { return a.x0 < b.x0; });
    return h;
  };
  // A line that holds the header's labels itself, with one line over and one under it.
  for (std::size_t i = 0; i < lines.size(); ++i) {
    Header one{i, i, {}};
    stack(one, lines[i], false);
    if (!is_header(labels_of(one))) continue;
    Header h = stacked(i, shape.wrap_lines, shape.wrap_lines);
    if (is_header(labels_of(h))) return h;
  }
  // Else, in a header of two levels, a line of labels that holds them with the lines wrapped over
  // and under it (“绩效指标性” over “质”, half a line higher than “项目名称”): of the lines that
  // do, the one whose header takes most lines.
  std::optional<Header> best;
  for (std::size_t i = 0; i < lines.size() && shape.wrap_lines > 1; ++i) {
    if (best && i > best->last) break;
    if (!is_label_line(lines[i], shape.label_chars)) continue;
    Header h = stacked(i, shape.wrap_lines, shape.wrap_lines);
    if (is_header(labels_of(h)) && (!best || h.last - h.first > best->last - best->first)) best = std::move(h);
  }
  if (best || !shape.labels_split) return best;
  // Else the first line of labels that does so with the lines touching it (“序” over “号”).
  constexpr std::size_t kMaxLines = 4;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!is_label_line(lines[i], shape.label_chars)) continue;
    Header h = stacked(i, kMaxLines - 1, kMaxLines - 1, kMaxLines);
    if (is_header(labels_of(h))) return h;
  }
  return std::nullopt;
}

// Where one column ends and the next begins: in the stretch between their labels, where fewest
// body words stand (the rule between the cells, with its padding), else halfway. A word left-
// aligned in a wide column starts left of the middle between a short label and the next one.
std::vector<float> column_bounds(const std::vector<HeaderColumn>& cols, const std::vector<const Tok*>& body) {
  std::vector<float> bounds;
  for (std::size_t c = 0; c + 1 < cols.size(); ++c) {
    float a = cols[c].x1;
    float b = cols[c + 1].x0;
    if (b <= a) {
      bounds.push_back((a + b) / 2);
      continue;
    }
    std::vector<float> cuts = {a, b};
    for (const Tok* t : body) {
      for (float x : {t->box.x0, t->box.x1})
        if (x > a && x < b) cuts.push_back(x);
    }
    std::sort(cuts.begin(), cuts.end());
    float best = (a + b) / 2;
    std::size_t fewest = SIZE_MAX;
    float widest = -1;
    for (std::size_t k = 0; k + 1 < cuts.size(); ++k) {
      float mid = (cuts[k] + cuts[k + 1]) / 2;
      std::size_t covering = 0;
      for (const Tok* t : body) covering += t->box.x0 < mid && t->box.x1 > mid;
      float width = cuts[k + 1] - cuts[k];
      if (covering < fewest || (covering == fewest && width > widest)) {
        fewest = covering;
        widest = width;
        best = mid;
      }
    }
    bounds.push_back(best);
  }
  return bounds;
}

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

// Rows of the anchor column that are one wrapped cell: close below the one above, and either a
// word beside them stands centred across the gap between the two (a cell centred on the wrapped
// one) or nothing stands beside the lower one (its row would hold no value).
std::vector<Block> join_wrapped(std::vector<Block> rows, const std::vector<const Tok*>& beside, float em) {
  std::vector<Block> out;
  for (Block& b : rows) {
    if (!out.empty()) {
      Block& a = out.back();
      float gap = b.y0 - a.y1;
      if (a.page == b.page && gap >= -0.3f * em && gap <= 0.6f * em) {
        bool across = false;
        bool alongside = false;
        for (const Tok* t : beside) {
          if (t->page != b.page) continue;
          across |= t->cy() > a.y1 - 0.2f * em && t->cy() < b.y0 + 0.2f * em && t->box.y0 < a.y1 && t->box.y1 > b.y0;
          alongside |= overlap(t->box.y0, t->box.y1, b.y0, b.y1) > 0.3f * em;
        }
        if (across || !alongside) {
          for (const Tok* t : b.toks) a.add(t);
          continue;
        }
      }
    }
    out.push_back(std::move(b));
  }
  return out;
}

// Where the first label of a page begins its span when the label of the page before may go on
// over the page's first rows: at the first row's top whose centred span then ends at a row's
// bottom (within a third of a line), else at the page's first row.
float first_span_start(const std::vector<Block>& rows, std::size_t first, std::size_t end, const Block& label, float em) {
  for (std::size_t s = first; s < end && rows[s].y0 <= label.centre(); ++s) {
    float e = 2 * label.centre() - rows[s].y0;
    for (std::size_t b = s; b < end; ++b) {
      if (std::abs(rows[b].y1 - e) <= 0.3f * em) return rows[s].y0;
    }
  }
  return rows[first].y0;
}

// The rows a merged cell covers. Its words stand centred in it: then on each page the spans
// follow from the first row's top on (a span ends as far below its label's middle as it began
// above it); where the sizes disagree, halfway to the next label. Or its words stand at the top of
// its span (LibreOffice sets some so): when the first label begins where the first row does and
// centred spans disagree, each label covers the rows down to the next one.
std::vector<const Block*> labels_of_rows(const std::vector<Block>& rows, const std::vector<Block>& labels, float em) {
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
    if (carried && !ls.empty()) start = first_span_start(rows, r, end, *ls.front(), em);
    const float page_start = start;
    std::size_t k = 0;
    std::vector<float> span_end(ls.size());
    bool disagree = false;
    for (std::size_t i = 0; i < ls.size(); ++i) {
      float next = i + 1 < ls.size() ? ls[i + 1]->centre() : 1e9f;
      float e = 2 * ls[i]->centre() - start;
      if (e < ls[i]->centre() || e > next) {
        disagree |= i + 1 < ls.size();
        e = i + 1 < ls.size() ? (ls[i]->centre() + next) / 2 : 1e9f;
      }
      span_end[i] = e;
      start = e;
    }
    bool top = disagree && !ls.empty() && std::all_of(ls.begin(), ls.end(), [&](const Block* l) {
      return std::any_of(rows.begin() + static_cast<long>(r), rows.begin() + static_cast<long>(end),
                         [&](const Block& row) { return std::abs(l->y0 - row.y0) <= 0.3f * em; });
    });
    for (std::size_t i = r; i < end; ++i) {
      if (ls.empty()) {
        out[i] = carried;
        continue;
      }
      if (top) {
        // Rows above the page's first label go on under the last label of the page before.
        while (k + 1 < ls.size() && ls[k + 1]->y0 <= rows[i].y0 + 0.3f * em) ++k;
        out[i] = ls[k]->y0 <= rows[i].y0 + 0.3f * em ? ls[k] : carried;
        continue;
      }
      float c = rows[i].centre();
      if (rows[i].y1 <= page_start) {  // rows the last label of the page before goes on over
        out[i] = carried;
        continue;
      }
      while (k + 1 < ls.size() && c > span_end[k]) ++k;
      out[i] = ls[k];
    }
    if (!ls.empty()) carried = ls.back();
    r = end;
  }
  return out;
}

Runs runs_by_centres(const std::vector<float>& centres, const std::vector<float>& anchors, bool empty_runs, bool tops,
                     const std::vector<bool>& apart) {
  std::size_t n = centres.size();
  std::size_t a = anchors.size();
  empty_runs |= n < a;
  constexpr float kNone = 1e30f;
  constexpr float kEmptyRun = 0.5f;  // points: a twentieth of a line, a tie-break only
  std::vector<std::vector<float>> cost(a + 1, std::vector<float>(n + 1, kNone));
  std::vector<std::vector<std::size_t>> from(a + 1, std::vector<std::size_t>(n + 1, 0));
  cost[0][0] = 0;
  for (std::size_t j = 1; j <= a; ++j) {
    for (std::size_t i = 0; i <= n; ++i) {
      float sum = 0;
      for (std::size_t k = i + 1; k-- > 0;) {  // run j is [k, i)
        if (k + 1 < i && k < apart.size() && apart[k]) break;
        if (k < i) sum += centres[k];
        if (cost[j - 1][k] >= kNone || (k == i && !empty_runs)) continue;
        // An empty run costs a little: lines as far from one anchor as from three (single lines
        // at three anchors, their mean at the middle one) go one to each.
        float at = k == i ? 0 : tops ? centres[k] : sum / static_cast<float>(i - k);
        float run = k == i ? kEmptyRun : std::abs(at - anchors[j - 1]) * static_cast<float>(i - k);
        if (cost[j - 1][k] + run < cost[j][i]) {
          cost[j][i] = cost[j - 1][k] + run;
          from[j][i] = k;
        }
      }
    }
  }
  Runs out{std::vector<std::size_t>(n, 0), cost[a][n]};
  for (std::size_t j = a, i = n; j > 0; --j) {
    for (std::size_t l = from[j][i]; l < i; ++l) out.anchor_of[l] = j - 1;
    i = from[j][i];
  }
  return out;
}

// The words of a cell, one piece per line (its words with the spaces between them as printed,
// so a goal “1.完成 20 个以上…” stays one line).
Cell cell_of(std::vector<const Tok*> toks, Span at) {
  std::stable_sort(toks.begin(), toks.end(), [](const Tok* a, const Tok* b) {
    return a->line != b->line ? a->line < b->line : a->box.x0 < b->box.x0;
  });
  Cell c;
  c.span = toks.empty() ? at : toks.front()->span;
  for (std::size_t i = 0; i < toks.size();) {
    std::size_t j = i + 1;
    while (j < toks.size() && toks[j]->line == toks[i]->line && toks[j]->span.begin >= toks[j - 1]->span.end) ++j;
    const char* begin = toks[i]->text.data();
    const char* end = toks[j - 1]->text.data() + toks[j - 1]->text.size();
    c.pieces.push_back({std::string_view(begin, static_cast<std::size_t>(end - begin)), toks[i]->span.begin});
    i = j;
  }
  return c;
}

// A label cell of the form: 项目名称, a figure's name, a goal's heading.
bool is_form_label(std::string_view text) {
  std::string t = performance::spaceless(text);
  return contains_any(t, {"项目名称", "项目编码", "资金总额", "项目总额", "预算数", "财政拨款", "财政资金", "其他资金",
                          "绩效目标", "年度目标", "总体目标", "主管部门", "实施单位"});
}

// A cell of the form: words a small gap apart on one line, and the lines of a label wrapped
// under it.
struct FormCell {
  std::vector<const Tok*> toks;
  float x0 = 0, x1 = 0, y0 = 0, y1 = 0;
  std::size_t first_line = 0;  ///< of the lines of the form
  std::size_t last_line = 0;
  bool text = true;  ///< no figure in it
  float centre() const { return (y0 + y1) / 2; }
};

// The segments of one line: words a small gap apart are one cell.
std::vector<FormCell> segments_of(const Line& l, std::size_t index) {
  std::vector<FormCell> out;
  const Tok* previous = nullptr;
  for (const Tok* t : l.toks) {
    // A figure and a label beside it are two cells, however close (“60.00 其中：财政资金”).
    bool apart = previous && (t->box.x0 - previous->box.x1 > previous->em ||
                              (previous->kind == TokKind::Amount && is_form_label(t->text)) ||
                              (t->kind == TokKind::Amount && is_form_label(previous->text)));
    if (!previous || apart) out.push_back({{}, t->box.x0, t->box.x1, t->box.y0, t->box.y1, index, index, true});
    FormCell& c = out.back();
    c.toks.push_back(t);
    c.x1 = std::max(c.x1, t->box.x1);
    c.y0 = std::min(c.y0, t->box.y0);
    c.y1 = std::max(c.y1, t->box.y1);
    c.text &= t->kind == TokKind::Text || t->kind == TokKind::Digits;
    previous = t;
  }
  return out;
}

// A segment that goes on a wrapped cell: text under text, close below it, no wider, aligned with
// it (left, centred or right), and the only segment of its line under it.
bool goes_on(const FormCell& c, const FormCell& seg, const std::vector<FormCell>& line, std::uint32_t page) {
  float em = seg.toks.front()->em;
  if (!c.text || !seg.text || c.toks.front()->page != page || is_form_label(words_text(seg.toks))) return false;
  // The lines of one cell touch (within a sixth of a line); the padding of two rows parts them.
  float gap = seg.y0 - c.y1;
  if (gap < -0.3f * em || gap > 0.35f * em) return false;
  auto under = [&](const FormCell& s) { return s.x0 >= c.x0 - em && s.x1 <= c.x1 + em; };
  if (!under(seg)) return false;
  float tol = 0.6f * em;
  bool aligned = std::abs(seg.x0 - c.x0) < tol || std::abs(seg.x1 - c.x1) < tol ||
                 std::abs((seg.x0 + seg.x1) / 2 - (c.x0 + c.x1) / 2) < tol;
  return aligned && std::count_if(line.begin(), line.end(), under) == 1;
}

// The form above the indicator header, as rows of cells. A label wrapped in its cell (“其中：财政资”
// / “金”) puts its next line under its first, no wider, and alone under it; it joins its first line
// and the whole cell stands on the line nearest its middle, as the producer centred it. A line with
// nothing in the label column opens with a blank cell; prose beside 绩效目标, centred among its
// goals, goes on in the goal row nearest it.
std::vector<Row> form_rows(const std::vector<Line>& lines, std::size_t end) {
  std::vector<FormCell> cells;
  for (std::size_t i = 0; i < end; ++i) {
    std::vector<FormCell> segs = segments_of(lines[i], i);
    for (FormCell& seg : segs) {
      // The latest cell the segment goes on (lines of other cells may stand between, centred).
      auto into = std::find_if(cells.rbegin(), cells.rend(),
                               [&](const FormCell& c) { return goes_on(c, seg, segs, lines[i].page); });
      if (into == cells.rend()) {
        cells.push_back(std::move(seg));
        continue;
      }
      FormCell& c = *into;
      c.toks.insert(c.toks.end(), seg.toks.begin(), seg.toks.end());
      c.x0 = std::min(c.x0, seg.x0);
      c.x1 = std::max(c.x1, seg.x1);
      c.y1 = std::max(c.y1, seg.y1);
      c.last_line = i;
    }
  }
  // The label column: cells that begin left of the leftmost cell's end. A cell stands on the line
  // nearest its middle (the upper one of two as near); a label over several rows (“预算规模及资金用途”
  // over 预算数 and the purpose) on the line nearest its middle that holds other cells.
  const FormCell* leftmost = nullptr;
  for (const FormCell& c : cells) {
    if (!leftmost || c.x0 < leftmost->x0) leftmost = &c;
  }
  auto is_label = [&](const FormCell& c) { return c.x0 < leftmost->x1; };
  auto middle = [&](std::size_t i) { return (lines[i].y0 + lines[i].y1) / 2; };
  std::vector<std::vector<const FormCell*>> on_line(end);
  for (bool labels : {false, true}) {
    for (const FormCell& c : cells) {
      if (is_label(c) != labels) continue;
      std::optional<std::size_t> best;
      for (bool need_others : {labels, false}) {
        for (std::size_t i = c.first_line; i <= c.last_line; ++i) {
          if (need_others && on_line[i].empty()) continue;
          if (!best || std::abs(middle(i) - c.centre()) < std::abs(middle(*best) - c.centre()) - 0.01f) best = i;
        }
        if (best) break;
      }
      on_line[best.value_or(c.first_line)].push_back(&c);
    }
  }
  struct Placed {
    Row row;
    float y;
    std::uint32_t page;
    bool labelled;
  };
  std::vector<Placed> placed;
  for (std::size_t i = 0; i < end; ++i) {
    if (on_line[i].empty()) continue;
    std::sort(on_line[i].begin(), on_line[i].end(), [](const FormCell* a, const FormCell* b) { return a->x0 < b->x0; });
    Placed p{{}, middle(i), lines[i].page, is_label(*on_line[i].front())};
    Span at = on_line[i].front()->toks.front()->span;
    if (!p.labelled) p.row.push_back(cell_of({}, at));
    for (const FormCell* c : on_line[i]) p.row.push_back(cell_of(c->toks, at));
    placed.push_back(std::move(p));
  }
  auto goal_row = [](const Placed& p) {
    return p.labelled && !p.row.empty() && performance::spaceless(p.row.front().text()).find("目标") != std::string::npos;
  };
  std::vector<Row> out;
  std::vector<bool> taken(placed.size(), false);
  std::map<std::size_t, std::size_t> above;
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (placed[i].labelled || taken[i]) continue;
    bool prose = std::all_of(placed[i].row.begin() + 1, placed[i].row.end(), [](const Cell& c) { return !performance::amount_of(c); });
    std::size_t nearest = SIZE_MAX;
    float distance = 1e9f;
    for (std::size_t j = 0; j < placed.size(); ++j) {
      if (!placed[j].labelled || placed[j].page != placed[i].page) continue;
      float d = std::abs(placed[j].y - placed[i].y);
      if (d < distance) {
        distance = d;
        nearest = j;
      }
    }
    if (prose && nearest != SIZE_MAX && goal_row(placed[nearest])) {
      taken[i] = true;
      Row& goal = placed[nearest].row;
      // The goals above the label come before those beside and below it, in their order.
      std::size_t n = placed[i].row.size() - 1;
      auto at = goal.end();
      if (i < nearest) {
        at = goal.begin() + 1 + static_cast<long>(above[nearest]);
        above[nearest] += n;
      }
      goal.insert(at, placed[i].row.begin() + 1, placed[i].row.end());
    }
  }
  for (std::size_t i = 0; i < placed.size(); ++i) {
    if (taken[i]) continue;
    out.push_back(std::move(placed[i].row));
  }
  return out;
}

std::size_t column_at(const std::vector<float>& bounds, float x) {
  std::size_t c = 0;
  while (c < bounds.size() && x >= bounds[c]) ++c;
  return c;
}

// Where the gaps fall in two groups (the lines of a cell touch, rows stand apart by their
// padding), between the two; else half the usual gap, and never more than a third of a line.
float wrap_gap(const std::vector<const Tok*>& toks, float em, bool least_is_cells) {
  std::vector<const Tok*> sorted = toks;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Tok* a, const Tok* b) {
    return a->page != b->page ? a->page < b->page : a->box.y0 < b->box.y0;
  });
  std::vector<float> gaps;
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    float g = sorted[i]->box.y0 - sorted[i - 1]->box.y1;
    if (sorted[i]->page == sorted[i - 1]->page && g > 0) gaps.push_back(g);
  }
  if (gaps.empty()) return 0.35f * em;
  std::sort(gaps.begin(), gaps.end());
  float usual = gaps[gaps.size() / 2];
  for (std::size_t i = 0; i + 1 < gaps.size(); ++i) {
    if (gaps[i] <= 0.35f * em && gaps[i + 1] >= 2 * gaps[i] + 0.3f * em)
      return (gaps[i] + gaps[i + 1]) / 2 > 0.6f * em ? gaps[i] + 0.1f * em : (gaps[i] + gaps[i + 1]) / 2;
  }
  float half = 0.5f * usual;
  if (least_is_cells) {  // the least gap that is a line's (over a tenth of one), and a little more
    auto least = std::find_if(gaps.begin(), gaps.end(), [&](float g) { return g > 0.1f * em; });
    if (least != gaps.end()) half = std::max(half, 1.25f * *least);
  }
  return std::min(0.35f * em, half);
}

std::optional<std::size_t> nearest_row(const std::vector<Block>& rows, const Tok* t) {
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

}  // namespace budgetlint::parse::pdf
