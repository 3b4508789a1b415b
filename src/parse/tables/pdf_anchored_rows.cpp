// The rows of a PDF table anchored by one word per row (pdf_rows.hpp). A row's other cells wrap
// over several lines and stand centred beside its anchor, so a cell joins the row whose anchor is
// nearest its middle, whole; a cell that spans two anchors (two rows' texts printed too close to
// part) goes word by word. Merged columns cover the rows their labels stand centred in.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "../performance_text.hpp"
#include "pdf_rows.hpp"

namespace budgetlint::parse::pdf {
namespace {

std::string spaceless_line(const Line& l) { return performance::spaceless(l.joined()); }

void place(GridRow& row, const std::vector<const Tok*>& toks) {
  for (const Tok* t : toks) {
    if (row.page == 0) {
      row.page = t->page;
      row.first_line = row.last_line = t->line;
    }
    row.first_line = std::min(row.first_line, t->line);
    row.last_line = std::max(row.last_line, t->line);
  }
}

// A row of one cell per word, columns unknown.
GridRow words_row(const Line& l) {
  GridRow row;
  for (const Tok* t : l.toks) row.cells.push_back(cell_of({t}, t->span));
  place(row, {l.toks.begin(), l.toks.end()});
  return row;
}

float usual_em(const std::vector<Tok>& toks) {
  if (toks.empty()) return 10.0f;
  std::vector<float> ems;
  for (const Tok& t : toks) ems.push_back(t.em);
  std::nth_element(ems.begin(), ems.begin() + static_cast<long>(ems.size() / 2), ems.end());
  return ems[ems.size() / 2];
}

// The lines of a header printed again on a later page: its line and the label lines wrapped
// over and under it.
std::set<std::size_t> repeated_header_lines(const std::vector<Line>& lines, std::size_t from, const AnchoredForm& form) {
  std::set<std::size_t> out;
  for (std::size_t i = from; i < lines.size(); ++i) {
    std::size_t first = i > from ? i - 1 : i;
    std::vector<Line> near(lines.begin() + static_cast<long>(first),
                           lines.begin() + static_cast<long>(std::min(i + 2, lines.size())));
    auto h = find_header(near, form.is_header, form.header);
    if (!h) continue;
    for (std::size_t k = h->first; k <= h->last; ++k) out.insert(first + k);
    i = std::max(i, first + h->last);  // never back: a header on the line before is found again
  }
  return out;
}

// The anchor words, a row per line they stand on.
std::vector<Block> anchor_rows(const std::vector<const Tok*>& toks, const AnchoredForm& form) {
  std::vector<const Tok*> figures;
  for (const Tok* t : toks) {
    if (form.is_anchor_word(*t)) figures.push_back(t);
  }
  std::stable_sort(figures.begin(), figures.end(), [](const Tok* a, const Tok* b) {
    return a->page != b->page ? a->page < b->page : a->cy() < b->cy();
  });
  std::vector<Block> rows;
  for (const Tok* t : figures) {
    if (rows.empty() || rows.back().page != t->page || !same_line(rows.back().toks.front(), t)) rows.emplace_back();
    rows.back().add(t);
  }
  return rows;
}

// A block of touching lines across several anchors: cells of those rows, each centred on its
// anchor. Cut it into runs of lines, one run per anchor in order (a run may be empty), so that
// each run stands as near its anchor's middle as can be: a row's wrapped value (“优，…展” over
// “示、推介”) stays whole though its last line stands nearer the next anchor than its own.
void split_by_anchors(const Block& b, const std::vector<Block>& rows, const std::vector<std::size_t>& anchors,
                      float em, std::vector<std::vector<const Tok*>>& cells) {
  std::vector<const Tok*> toks = b.toks;
  std::stable_sort(toks.begin(), toks.end(), [](const Tok* x, const Tok* y) { return x->cy() < y->cy(); });
  // A line's words stand side by side: a word under another (“子” wrapped under “…影响因”) starts
  // a line of its own though it stands close to the next row's words.
  std::vector<std::vector<const Tok*>> lines;
  for (const Tok* t : toks) {
    bool under = !lines.empty() && std::any_of(lines.back().begin(), lines.back().end(), [&](const Tok* o) {
      return overlap(o->box.x0, o->box.x1, t->box.x0, t->box.x1) > 0;
    });
    if (lines.empty() || under || t->cy() - lines.back().front()->cy() > 0.5f * em) lines.emplace_back();
    lines.back().push_back(t);
  }
  std::vector<float> centres, middles;
  for (const auto& l : lines) centres.push_back(l.front()->cy());
  // A cell's lines stack without touching: a line that overlaps the one under it (a cell run
  // over its row's height onto the next row) is the end of its cell.
  std::vector<bool> apart(lines.size(), false);
  for (std::size_t l = 0; l + 1 < lines.size(); ++l) {
    for (const Tok* a : lines[l]) {
      for (const Tok* b : lines[l + 1]) {
        apart[l] = apart[l] || (overlap(a->box.x0, a->box.x1, b->box.x0, b->box.x1) > 0 &&
                                overlap(a->box.y0, a->box.y1, b->box.y0, b->box.y1) > 0.2f * em);
      }
    }
  }
  for (std::size_t r : anchors) middles.push_back(rows[r].centre());
  // A row's cell may be blank. Its words stand centred beside the anchor, or at the top of the
  // row: whichever the lines fit better.
  Runs centred = runs_by_centres(centres, middles, true, false, apart);
  Runs top = runs_by_centres(centres, middles, true, true, apart);
  const std::vector<std::size_t>& run = top.cost < centred.cost ? top.anchor_of : centred.anchor_of;
  for (std::size_t l = 0; l < lines.size(); ++l) {
    auto& cell = cells[anchors[run[l]]];
    cell.insert(cell.end(), lines[l].begin(), lines[l].end());
  }
}

// Each word of a column in the row it belongs to: a wrapped cell whole in the row whose anchor
// is nearest its middle, a cell across several anchors cut between them (split_by_anchors). A row the page broke (WeasyPrint
// splits rows) goes on at the top of the next page: a cell there above the page's first anchor
// belongs to the last row of the page before, where that row has none in this column.
void assign(const std::vector<Block>& rows, const std::vector<const Tok*>& column, float em,
            std::vector<std::vector<const Tok*>>& cells) {
  std::vector<std::pair<const Block*, std::size_t>> tops;  // a cell above the first row of its page
  std::vector<Block> blocks = blocks_of(column, wrap_gap(column, em, true));
  for (const Block& b : blocks) {
    auto first = std::find_if(rows.begin(), rows.end(), [&](const Block& r) { return r.page == b.page; });
    if (first != rows.begin() && first != rows.end() && b.y1 < first->y0 && (first - 1)->page < b.page) {
      tops.emplace_back(&b, static_cast<std::size_t>(first - rows.begin()));
      continue;
    }
    std::optional<std::size_t> best;
    std::vector<std::size_t> inside;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      if (rows[r].page != b.page) continue;
      if (rows[r].centre() >= b.y0 && rows[r].centre() <= b.y1) inside.push_back(r);
      if (!best || std::abs(rows[r].centre() - b.centre()) < std::abs(rows[*best].centre() - b.centre())) best = r;
    }
    if (!best) continue;  // a page without rows: nothing to stand beside
    if (inside.size() < 2) {
      cells[*best].insert(cells[*best].end(), b.toks.begin(), b.toks.end());
      continue;
    }
    split_by_anchors(b, rows, inside, em, cells);
  }
  for (auto [b, first] : tops) {
    std::size_t r = cells[first - 1].empty() ? first - 1 : first;
    cells[r].insert(cells[r].end(), b->toks.begin(), b->toks.end());
  }
}

// Below the body: rows labelled in the first column (“三、…偏差…” wrapped in it), the rest of
// their words one cell beside the label.
void tail_rows(const std::vector<Line>& lines, std::size_t from, float first_bound, float em, std::vector<GridRow>& out) {
  // The label begins in the first column; its wrapped lines stand within its width.
  float x0 = 1e9f, x1 = -1e9f;
  for (std::size_t i = from; i < lines.size(); ++i) {
    for (const Tok* t : lines[i].toks) {
      if (t->box.x0 >= first_bound) continue;
      x0 = std::min(x0, t->box.x0);
      x1 = std::max(x1, t->box.x1);
    }
  }
  std::vector<const Tok*> labels;
  std::vector<const Tok*> rest;
  for (std::size_t i = from; i < lines.size(); ++i) {
    for (const Tok* t : lines[i].toks) (t->box.x0 >= x0 - 1 && t->box.x1 <= x1 + 1 ? labels : rest).push_back(t);
  }
  // A label the page broke goes on at the top of the next page, with nothing beside it there.
  std::vector<Block> rows;
  for (Block& b : blocks_of(labels, 0.35f * em)) {
    bool alone = std::none_of(rest.begin(), rest.end(), [&](const Tok* t) { return t->page == b.page && t->box.y0 < b.y1; });
    if (!rows.empty() && rows.back().page < b.page && alone) {
      for (const Tok* t : b.toks) rows.back().toks.push_back(t);
      continue;
    }
    rows.push_back(std::move(b));
  }
  std::vector<std::vector<const Tok*>> beside(rows.size());
  std::set<std::uint32_t> lone;  // lines of pages without a label: rows of their words
  for (const Tok* t : rest) {
    if (auto r = nearest_row(rows, t)) {
      beside[*r].push_back(t);
    } else {
      lone.insert(t->line);
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    GridRow row;
    row.cells.push_back(cell_of(rows[r].toks, rows[r].toks.front()->span));
    row.cells.push_back(cell_of(beside[r], rows[r].toks.front()->span));
    place(row, rows[r].toks);
    place(row, beside[r]);
    out.push_back(std::move(row));
  }
  for (std::size_t i = from; i < lines.size(); ++i) {
    if (!lines[i].toks.empty() && lone.count(lines[i].toks.front()->line)) out.push_back(words_row(lines[i]));
  }
}

// The merged cells of each record: the key column's label of the record, and in every other
// merged column the words that stand within the record's rows on the first page it runs over
// where there are any (its 总额 set on one page stands for its rows on both). Rows above the
// first record have the words beside them. False where the records cannot be cut: then each
// merged column finds its own labels.
bool group_records(const std::vector<Block>& rows, const std::vector<bool>& merged,
                   const std::vector<std::vector<Block>>& blocks, const AnchoredForm& form,
                   const std::vector<HeaderColumn>& cols, float em, std::vector<std::vector<Block>>& record_cells,
                   std::vector<std::vector<const Block*>>& labels) {
  auto key = std::find_if(cols.begin(), cols.end(), [&](const HeaderColumn& c) { return form.record_key(performance::spaceless(c.label)); });
  if (key == cols.end() || !merged[static_cast<std::size_t>(key - cols.begin())]) return false;
  auto k = static_cast<std::size_t>(key - cols.begin());
  std::vector<const Block*> cells;
  for (std::size_t c = 0; c < merged.size(); ++c) {
    if (!merged[c]) continue;
    for (const Block& b : blocks[c]) cells.push_back(&b);
  }
  auto records = records_of_rows(rows, blocks[k], cells, em);
  if (!records) return false;
  // A run: rows of one record on one page, and the stretch of the page they stand in.
  struct Run {
    std::size_t first, end;
    float y0, y1;
  };
  std::vector<Run> runs;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    bool same = !runs.empty() && rows[runs.back().first].page == rows[r].page && (*records)[runs.back().first] == (*records)[r];
    if (!same) runs.push_back({r, r + 1, rows[r].y0, rows[r].y1});
    runs.back().end = r + 1;
    runs.back().y1 = rows[r].y1;
  }
  // The slot of each run's cell: its record's, or its own where it has none.
  std::vector<std::size_t> slot(runs.size());
  std::map<std::size_t, std::size_t> slot_of_record;
  std::size_t slots = 0;
  for (std::size_t u = 0; u < runs.size(); ++u) {
    std::optional<std::size_t> record = (*records)[runs[u].first];
    if (!record) {
      slot[u] = slots++;
    } else {
      auto [at, fresh] = slot_of_record.emplace(*record, slots);
      slots += fresh;
      slot[u] = at->second;
    }
  }
  for (std::size_t c = 0; c < merged.size(); ++c) {
    if (!merged[c]) continue;
    record_cells[c].assign(slots, Block{});
    for (std::size_t u = 0; u < runs.size(); ++u) {
      const Run& run = runs[u];
      std::optional<std::size_t> record = (*records)[run.first];
      Block& cell = record_cells[c][slot[u]];
      if (c == k && record) {
        if (cell.toks.empty()) cell = blocks[k][*record];
        continue;
      }
      std::uint32_t page = rows[run.first].page;
      // A cell set on both pages the record runs over is the same cell twice: the first stands.
      if (!cell.toks.empty() && cell.toks.front()->page != page) continue;
      // The run stretches halfway to the runs beside it on its page.
      float top = u > 0 && rows[runs[u - 1].first].page == page ? (runs[u - 1].y1 + run.y0) / 2 : -1e9f;
      float bottom = u + 1 < runs.size() && rows[runs[u + 1].first].page == page ? (run.y1 + runs[u + 1].y0) / 2 : 1e9f;
      for (const Block& b : blocks[c]) {
        if (b.page != page || b.centre() < top || b.centre() > bottom) continue;
        for (const Tok* t : b.toks) cell.add(t);
      }
    }
    for (std::size_t u = 0; u < runs.size(); ++u) {
      const Block* cell = record_cells[c][slot[u]].toks.empty() ? nullptr : &record_cells[c][slot[u]];
      for (std::size_t r = runs[u].first; r < runs[u].end; ++r) labels[c][r] = cell;
    }
  }
  return true;
}

}  // namespace

std::vector<GridRow> anchored_rows(const SourceText& source, const std::vector<const LayoutWord*>& words,
                                   const AnchoredForm& form) {
  std::vector<Tok> toks = tokens_of(source, words);
  std::vector<Line> lines = lines_of_pages(toks);
  float em = usual_em(toks);
  std::vector<GridRow> out;
  auto header = find_header(lines, form.is_header, form.header);
  if (!header) return out;
  for (std::vector<GridCell>& cells : form_rows(lines, header->first)) {
    GridRow row;
    row.cells = std::move(cells);
    if (!row.cells.empty()) row.first_line = row.last_line = static_cast<std::uint32_t>(source.line_of(row.cells.front().span.begin));
    out.push_back(std::move(row));
  }
  const std::vector<HeaderColumn>& cols = header->columns;
  GridRow head;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    head.cells.push_back(cell_of(cols[c].toks, cols[c].toks.front()->span));
    head.cells.back().column = static_cast<int>(c);
    place(head, cols[c].toks);
  }
  out.push_back(std::move(head));

  std::set<std::size_t> skipped = repeated_header_lines(lines, header->last + 1, form);
  std::size_t end = header->last + 1;
  std::vector<const Tok*> body;
  for (; end < lines.size(); ++end) {
    if (skipped.count(end)) continue;
    if (form.ends_body(spaceless_line(lines[end]))) break;
    body.insert(body.end(), lines[end].toks.begin(), lines[end].toks.end());
  }
  std::vector<float> bounds = column_bounds(cols, body);
  std::vector<std::vector<const Tok*>> by_column(cols.size());
  for (const Tok* t : body) by_column[column_at(bounds, t->cx())].push_back(t);
  auto anchor = std::find_if(cols.begin(), cols.end(), [&](const HeaderColumn& c) { return form.anchor(performance::spaceless(c.label)); });
  std::vector<Block> rows = anchor == cols.end() ? std::vector<Block>{} : anchor_rows(by_column[static_cast<std::size_t>(anchor - cols.begin())], form);
  if (rows.empty()) return {};  // another form of the table: better unread than misread
  auto a = static_cast<std::size_t>(anchor - cols.begin());
  std::vector<bool> merged(cols.size());
  for (std::size_t c = 0; c < cols.size(); ++c) merged[c] = c != a && form.merged(performance::spaceless(cols[c].label));
  std::vector<std::vector<std::vector<const Tok*>>> cells(cols.size(), std::vector<std::vector<const Tok*>>(rows.size()));
  std::vector<std::vector<const Block*>> labels(cols.size());
  std::vector<std::vector<Block>> label_blocks(cols.size());
  // Anchor words that are no row's (a text in the column) go beside the rows as other cells do.
  std::vector<const Tok*> stray;
  for (const Tok* t : by_column[a]) {
    if (!form.is_anchor_word(*t)) stray.push_back(t);
  }
  assign(rows, stray, em, cells[a]);
  std::vector<Block> grown = rows;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    if (c == a || merged[c]) continue;
    assign(rows, by_column[c], em, cells[c]);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      for (const Tok* t : cells[c][r]) {
        if (t->page == grown[r].page) grown[r].cover(*t, false);
      }
    }
  }
  for (std::size_t c = 0; c < cols.size(); ++c) {
    if (!merged[c]) continue;
    label_blocks[c] = blocks_of(by_column[c], 0.35f * em);
    labels[c].assign(rows.size(), nullptr);
  }
  std::vector<std::vector<Block>> record_cells(cols.size());
  bool records = form.record_key && group_records(grown, merged, label_blocks, form, cols, em, record_cells, labels);
  for (std::size_t c = 0; c < cols.size() && !records; ++c) {
    if (merged[c]) labels[c] = labels_of_rows(grown, label_blocks[c], em);
  }
  // A merged cell of a lower level never spans two cells of the level before it: rows of
  // 投入, 过程 and 产出 with a 二级 cell only in the middle one leave the other two without.
  for (std::size_t c = 0; c + 1 < cols.size() && !records; ++c) {
    if (!merged[c] || !merged[c + 1]) continue;
    for (std::size_t r = 0; r < rows.size(); ++r) {
      const Block* l = labels[c + 1][r];
      if (!l) continue;
      std::optional<std::size_t> home;
      for (std::size_t k = 0; k < rows.size(); ++k) {
        if (grown[k].page != l->page) continue;
        if (!home || std::abs(grown[k].centre() - l->centre()) < std::abs(grown[*home].centre() - l->centre())) home = k;
      }
      if (home && labels[c][*home] != labels[c][r]) labels[c + 1][r] = nullptr;
    }
  }
  for (std::size_t r = 0; r < rows.size(); ++r) {
    GridRow row;
    place(row, rows[r].toks);  // the row stands where its anchor does
    Span here = rows[r].toks.front()->span;
    for (std::size_t c = 0; c < cols.size(); ++c) {
      std::vector<const Tok*> in = cells[c][r];
      if (c == a) in.insert(in.begin(), rows[r].toks.begin(), rows[r].toks.end());
      if (merged[c]) in = labels[c][r] ? labels[c][r]->toks : std::vector<const Tok*>{};
      row.cells.push_back(cell_of(in, here));
      row.cells.back().column = static_cast<int>(c);
      if (!merged[c]) place(row, in);
    }
    row.after_break = !out.empty() && out.back().page != 0 && out.back().page != row.page;
    out.push_back(std::move(row));
  }
  if (end < lines.size()) {
    out.push_back(words_row(lines[end]));
    tail_rows(lines, end + 1, bounds.empty() ? 1e9f : bounds.front(), em, out);
  }
  return out;
}

}  // namespace budgetlint::parse::pdf
