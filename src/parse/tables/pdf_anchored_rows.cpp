// The rows of a PDF table anchored by one word per row (pdf_rows.hpp). A row's other cells wrap
// over several lines and stand centred beside its anchor, so a cell joins the row whose anchor is
// nearest its middle, whole; a cell that spans two anchors (two rows' texts printed too close to
// part) goes word by word. Merged columns cover the rows their labels stand centred in.
#include <algorithm>
#include <cmath>
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
  std::vector<std::vector<const Tok*>> lines;
  for (const Tok* t : toks) {
    if (lines.empty() || t->cy() - lines.back().front()->cy() > 0.5f * em) lines.emplace_back();
    lines.back().push_back(t);
  }
  std::vector<float> centres, middles;
  for (const auto& l : lines) centres.push_back(l.front()->cy());
  for (std::size_t r : anchors) middles.push_back(rows[r].centre());
  std::vector<std::size_t> run = runs_by_centres(centres, middles, true);  // a row's cell may be blank
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
  std::vector<Block> blocks = blocks_of(column, wrap_gap(column, em));
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
    labels[c] = labels_of_rows(grown, label_blocks[c], em);
  }
  // A merged cell of a lower level never spans two cells of the level before it: rows of
  // 投入, 过程 and 产出 with a 二级 cell only in the middle one leave the other two without.
  for (std::size_t c = 0; c + 1 < cols.size(); ++c) {
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
