#include "pdf_columns.hpp"

#include <algorithm>
#include <cmath>

#include "../mentions.hpp"

namespace budgetlint::parse::pdf {

// A column's own words by header level: the lines of one wrapped label stand close, header rows
// stand a cell's padding apart (“支” over the 总计 of the 支出 side).
std::vector<std::vector<const Tok*>> own_levels(std::vector<const Tok*> own) {
  std::stable_sort(own.begin(), own.end(), [](const Tok* a, const Tok* b) { return a->box.y0 < b->box.y0; });
  std::vector<std::vector<const Tok*>> levels;
  float bottom = 0;
  for (const Tok* t : own) {
    if (levels.empty() || t->box.y0 > bottom + 0.6f * t->em) levels.emplace_back();
    levels.back().push_back(t);
    bottom = std::max(levels.size() == 1 && levels.back().size() == 1 ? t->box.y1 : bottom, t->box.y1);
  }
  return levels;
}

namespace {

struct Range {
  float x0 = 0;
  float x1 = 0;
  int kind = 0;  // bit 1: figures, 2: codes, 4: words
};

// Every cell's content stays within its cell (right-aligned, centred or left-aligned), so the
// ranges of a column's words overlap and those of two columns do not: merged where they overlap,
// the ranges are the body's columns.
std::vector<Range> clusters_of(std::vector<Range> ranges) {
  std::sort(ranges.begin(), ranges.end(), [](const Range& a, const Range& b) { return a.x0 < b.x0; });
  std::vector<Range> out;
  for (const Range& r : ranges) {
    if (!out.empty() && r.x0 < out.back().x1 - 0.2f) {
      out.back().x1 = std::max(out.back().x1, r.x1);
      out.back().kind |= r.kind;
    } else {
      out.push_back(r);
    }
  }
  return out;
}

bool overlaps(const Tok& t, float x0, float x1) { return overlap(t.box.x0, t.box.x1, x0, x1) > 0.2f; }

// Header lines are taken bottom up, so a group heading goes above those already there; the words
// of one letter-spaced heading (“收  入”) stay one.
void add_group(Col& c, const Tok* t) {
  if (!c.groups.empty() && std::abs(c.groups.front().front()->cy() - t->cy()) < 0.4f * t->box.height()) {
    c.groups.front().push_back(t);
    return;
  }
  c.groups.insert(c.groups.begin(), {t});
}

// The middle of a column's lowest label level: how deep in the header its own label stands (a
// label wrapped over two lines is centred in its cell as one line is).
std::optional<float> depth_of(const Col& c) {
  auto levels = own_levels(c.own);
  if (levels.empty()) return std::nullopt;
  float top = 1e9f;
  float bottom = -1e9f;
  for (const Tok* t : levels.back()) {
    top = std::min(top, t->box.y0);
    bottom = std::max(bottom, t->box.y1);
  }
  return (top + bottom) / 2;
}

void insert_group(Col& c, const std::vector<const Tok*>& words) {
  for (const auto& g : c.groups) {
    if (g.front() == words.front()) return;
  }
  auto at = c.groups.begin();
  while (at != c.groups.end() && at->front()->cy() < words.front()->cy()) ++at;
  c.groups.insert(at, words);
}

// A group heading is centred over its group and often narrower than it, so it stands over some of
// the group's columns only. The columns beside it whose labels stand as deep in the header belong
// to its group too: between two headings of one line, split where each heading is best centred
// over its columns (“当年预算” over 小计 | 基本支出 | 项目支出 | 经营支出, “上年结转结余” over the
// next four); beyond the first and the last heading of the line, as far as the depth holds (not
// over 合计, whose label is centred higher up).
void extend_groups(std::vector<Col>& cols) {
  auto heads_of = [](const Col& c) {
    std::vector<std::vector<const Tok*>> h = c.groups;
    auto levels = own_levels(c.own);
    if (levels.size() > 1) h.insert(h.end(), levels.begin(), levels.end() - 1);
    return h;
  };
  struct Heading {
    std::vector<const Tok*> words;
    std::size_t first = 0;  // columns it stands over for certain
    std::size_t last = 0;
    float centre = 0;
  };
  std::vector<Heading> headings;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    for (auto& words : heads_of(cols[c])) {
      auto it = std::find_if(headings.begin(), headings.end(), [&](const Heading& h) { return h.words.front() == words.front(); });
      if (it == headings.end()) {
        float x0 = 1e9f, x1 = -1e9f;
        for (const Tok* t : words) {
          x0 = std::min(x0, t->box.x0);
          x1 = std::max(x1, t->box.x1);
        }
        headings.push_back({words, c, c, (x0 + x1) / 2});
      } else {
        it->last = c;
      }
    }
  }
  auto span_centre = [&](std::size_t first, std::size_t last) { return (cols[first].x0 + cols[last].x1) / 2; };
  auto same_depth = [&](std::size_t a, std::size_t b, float em) {
    auto da = depth_of(cols[a]);
    auto db = depth_of(cols[b]);
    return da && db && std::abs(*da - *db) <= 0.6f * em;
  };
  std::vector<bool> done(headings.size(), false);
  for (std::size_t i = 0; i < headings.size(); ++i) {
    if (done[i]) continue;
    // The headings of one header line, left to right.
    std::vector<Heading*> line;
    for (std::size_t j = i; j < headings.size(); ++j) {
      if (!done[j] && same_line(headings[j].words.front(), headings[i].words.front())) {
        line.push_back(&headings[j]);
        done[j] = true;
      }
    }
    std::sort(line.begin(), line.end(), [](const Heading* a, const Heading* b) { return a->first < b->first; });
    std::vector<std::size_t> firsts(line.size());
    std::vector<std::size_t> lasts(line.size());
    float em = line.front()->words.front()->em;
    std::size_t first = line.front()->first;
    while (first > 0 && same_depth(first - 1, line.front()->first, em)) --first;
    for (std::size_t k = 0; k < line.size(); ++k) {
      firsts[k] = first;
      if (k + 1 < line.size()) {
        const Heading& h = *line[k];
        const Heading& next = *line[k + 1];
        std::size_t split = h.last;
        float best_cost = 1e9f;
        for (std::size_t at = h.last; at < next.first; ++at) {
          float cost = std::abs(span_centre(firsts[k], at) - h.centre) + std::abs(span_centre(at + 1, next.last) - next.centre);
          if (cost < best_cost) {
            best_cost = cost;
            split = at;
          }
        }
        lasts[k] = split;
        first = split + 1;
      } else {
        std::size_t last = line[k]->last;
        while (last + 1 < cols.size() && same_depth(last + 1, line[k]->last, em)) ++last;
        lasts[k] = last;
      }
    }
    for (std::size_t k = 0; k < line.size(); ++k) {
      for (std::size_t c = firsts[k]; c <= lasts[k]; ++c) {
        if (!same_depth(c, line[k]->first, em)) continue;
        bool has = false;
        for (const auto& words : heads_of(cols[c])) has |= words.front() == line[k]->words.front();
        if (!has) insert_group(cols[c], line[k]->words);
      }
    }
  }
}

// The header's words over the body's columns: a word over one column labels it, a word over
// several is a group heading over them. Words over none are columns the body leaves empty,
// stacked bottom up (a word over exactly one of them labels it, over several heads them); a body
// column no word stands over takes the empty header column beside it (a label centred in its cell
// while the figures stand right-aligned).
std::vector<Col> build_columns(const std::vector<Line>& header, const std::vector<Range>& body) {
  std::vector<Col> cols;
  for (const Range& r : body) {
    Col c;
    c.x0 = r.x0;
    c.x1 = r.x1;
    c.has_numbers = r.kind & 1;
    c.has_codes = r.kind & 2;
    c.has_text = r.kind & 4;
    cols.push_back(std::move(c));
  }
  // Words over exactly one body column label it, words over several head them.
  std::vector<const Tok*> pending;  // bottom up
  for (std::size_t k = header.size(); k-- > 0;) {
    for (const Tok* t : header[k].toks) {
      std::vector<std::size_t> over;
      for (std::size_t c = 0; c < cols.size(); ++c) {
        if (overlaps(*t, cols[c].x0, cols[c].x1)) over.push_back(c);
      }
      if (over.size() == 1)
        cols[over[0]].own.push_back(t);
      else if (over.size() > 1)
        for (std::size_t c : over) add_group(cols[c], t);
      else
        pending.push_back(t);
    }
  }
  // A word stacked on a column's label (the second line of a wrapped label, shorter and centred
  // off the figures) goes with it.
  for (bool moved = true; moved;) {
    moved = false;
    for (auto it = pending.begin(); it != pending.end();) {
      const Tok* t = *it;
      Col* with = nullptr;
      for (Col& c : cols) {
        for (const Tok* o : c.own) {
          float gap = std::max(t->box.y0 - o->box.y1, o->box.y0 - t->box.y1);
          if (overlaps(*t, o->box.x0, o->box.x1) && gap < 0.6f * t->em) with = &c;
        }
      }
      // A label centred in its cell may stand just beside the figures, right-aligned in the same
      // cell: it is the column's lowest label when it stands below every word over the column.
      if (!with) {
        float best_gap = t->em;
        for (Col& c : cols) {
          float gap = t->box.x1 <= c.x0 ? c.x0 - t->box.x1 : t->box.x0 >= c.x1 ? t->box.x0 - c.x1 : 1e9f;
          bool below = true;
          for (const Tok* o : c.own) below &= t->box.y0 >= o->box.y1 - 0.2f * t->em;
          for (const auto& g : c.groups) below &= t->box.y0 >= g.front()->box.y1 - 0.2f * t->em;
          if (c.body() && below && gap < best_gap) {
            best_gap = gap;
            with = &c;
          }
        }
      }
      if (with) {
        with->own.push_back(t);
        it = pending.erase(it);
        moved = true;
      } else {
        ++it;
      }
    }
  }
  // The rest stand over columns the body leaves empty, stacked bottom up likewise.
  std::vector<Col> empty;
  for (const Tok* t : pending) {
    std::vector<std::size_t> under;
    for (std::size_t c = 0; c < empty.size(); ++c) {
      if (overlaps(*t, empty[c].x0, empty[c].x1)) under.push_back(c);
    }
    if (under.empty()) {
      Col c;
      c.x0 = t->box.x0;
      c.x1 = t->box.x1;
      c.own.push_back(t);
      empty.push_back(std::move(c));
    } else if (under.size() == 1) {
      empty[under[0]].own.push_back(t);
      empty[under[0]].x0 = std::min(empty[under[0]].x0, t->box.x0);
      empty[under[0]].x1 = std::max(empty[under[0]].x1, t->box.x1);
    } else {
      for (std::size_t c : under) add_group(empty[c], t);
    }
  }
  // A body column without a word over it takes the nearest empty header column beside it, when
  // nothing stands between them.
  auto by_x = [](const Col& a, const Col& b) { return a.x0 < b.x0; };
  std::sort(empty.begin(), empty.end(), by_x);
  std::vector<bool> taken(empty.size(), false);
  for (Col& c : cols) {
    if (!c.own.empty()) continue;
    std::optional<std::size_t> best;
    float best_gap = 1e9f;
    for (std::size_t e = 0; e < empty.size(); ++e) {
      if (taken[e]) continue;
      float gap = empty[e].x1 <= c.x0 ? c.x0 - empty[e].x1 : empty[e].x0 >= c.x1 ? empty[e].x0 - c.x1 : 0;
      bool between = false;
      for (const Col& other : cols) {
        if (&other == &c) continue;
        float lo = std::min(c.x1, empty[e].x1);
        float hi = std::max(c.x0, empty[e].x0);
        if (other.x0 >= lo && other.x1 <= hi) between = true;
      }
      if (!between && gap < best_gap) {
        best_gap = gap;
        best = e;
      }
    }
    if (best && best_gap < 3 * (c.x1 - c.x0 + 10)) {
      taken[*best] = true;
      c.own = empty[*best].own;
      if (c.groups.empty()) c.groups = empty[*best].groups;
    }
  }
  // Header columns over nothing in the body: a column the body leaves empty has its label down
  // in the header's lower half; words only in the upper half head a group (a letter-spaced
  // “收  入” over 项目 | 预算数), and head nothing once the columns below have their own words.
  float top = header.empty() ? 0 : header.front().y0;
  float bottom = header.empty() ? 0 : header.back().y1;
  for (std::size_t e = 0; e < empty.size(); ++e) {
    if (taken[e]) continue;
    float lowest = 0;
    for (const Tok* t : empty[e].own) lowest = std::max(lowest, t->box.y1);
    if (header.size() > 1 && lowest < (top + bottom) / 2) continue;
    cols.push_back(std::move(empty[e]));
  }
  std::sort(cols.begin(), cols.end(), by_x);
  // A letter-spaced label (“合   计”) is one word per character; one of them may stand over the
  // figures and the next over nothing: the second joins the first.
  auto single_char = [](const Col& c) {
    return c.own.size() == 1 && c.groups.empty() && count_code_points(c.own.front()->text) == 1;
  };
  for (std::size_t c = 0; c + 1 < cols.size();) {
    Col& a = cols[c];
    Col& b = cols[c + 1];
    bool same_line = !a.own.empty() && !b.own.empty() &&
                     std::abs(a.own.back()->cy() - b.own.front()->cy()) < 0.4f * b.own.front()->box.height();
    // Two characters of one label, one over nothing: however far apart the cell spreads them.
    bool spaced_word = same_line && (single_char(b) || single_char(a)) && (!a.body() || !b.body()) &&
                       count_code_points(a.own.back()->text) == 1 && count_code_points(b.own.front()->text) == 1;
    if (!spaced_word) {
      ++c;
      continue;
    }
    Col& keep = a.body() ? a : b;
    Col& drop = a.body() ? b : a;
    keep.own.insert(keep.own.end(), drop.own.begin(), drop.own.end());
    keep.x0 = std::min(keep.x0, drop.x0);
    keep.x1 = std::max(keep.x1, drop.x1);
    Col merged = keep;
    cols[c] = std::move(merged);
    cols.erase(cols.begin() + static_cast<long>(c) + 1);
  }
  extend_groups(cols);
  return cols;
}

}  // namespace

std::vector<Col> table_columns(const std::vector<Line>& header, const std::vector<Line>& body) {
    std::vector<Range> ranges;
    for (const Line& l : body) {
      bool text_seen = false;
      for (const Tok* t : l.toks) {
        if (t->kind == TokKind::Text) text_seen = true;
        int kind = t->kind == TokKind::Text ? 4 : (t->kind == TokKind::Digits && !text_seen) ? 2 : 1;
        ranges.push_back({t->box.x0, t->box.x1, kind});
      }
    }
    std::vector<Range> clusters = clusters_of(ranges);
    // Digits before a row's words are its code — unless they stand in a column of figures.
    for (Range& r : clusters) {
      if ((r.kind & 2) && (r.kind & 1)) r.kind &= ~2;
    }
    return build_columns(header, clusters);
}

// The column a body word stands in: the one it overlaps most, else the nearest.
int column_of(const Tok& t, const std::vector<Col>& cols) {
  int best = -1;
  float best_score = -1e9f;
  for (std::size_t c = 0; c < cols.size(); ++c) {
    float o = overlap(t.box.x0, t.box.x1, cols[c].x0, cols[c].x1);
    if (o > best_score) {
      best_score = o;
      best = static_cast<int>(c);
    }
  }
  return best;
}

}  // namespace budgetlint::parse::pdf
