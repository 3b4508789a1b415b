// A table from the word boxes of PDF pages (the stream method of tabula and camelot, on words):
// the header's words stacked into columns bottom up, the body's figures clustered into columns
// by where they stand, rows built around the text of their label columns — a wrapped name is one
// row, and a figure centred beside it belongs to the row whose text is nearest — and a table that
// goes on over pages keeps the first page's columns. Knows no budget words: what a row or column
// means is the interpreter's business.
#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <set>
#include <optional>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "grid_readers.hpp"

namespace budgetlint::parse {
namespace {

enum class TokKind { Amount, Dash, Digits, Text };

struct Tok {
  std::string_view text;
  Span span;
  Box box;
  float em = 1;
  std::uint32_t page = 0;
  std::uint32_t line = 0;
  TokKind kind = TokKind::Text;
  int column = -1;
  float cx() const { return (box.x0 + box.x1) / 2; }
  float cy() const { return box.centre_y(); }
};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// “1,234.56”, “-12.5”, “(3.00)”, “12%”: a figure. Bare digits are kept apart (a code or a figure).
TokKind kind_of(std::string_view t) {
  if (t == "-" || t == "—" || t == "——" || t == "--" || t == "/" || t == "－") return TokKind::Dash;
  std::string_view s = t;
  if (!s.empty() && s.back() == '%') s.remove_suffix(1);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = s.substr(1, s.size() - 2);
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) s.remove_prefix(1);
  if (s.empty()) return TokKind::Text;
  bool digits_only = true;
  bool has_digit = false;
  int dots = 0;
  for (char c : s) {
    if (is_digit(c)) {
      has_digit = true;
    } else if (c == '.') {
      ++dots;
      digits_only = false;
    } else if (c == ',') {
      digits_only = false;
    } else {
      return TokKind::Text;
    }
  }
  if (!has_digit || dots > 1 || s.front() == ',' || s.back() == ',') return TokKind::Text;
  if (digits_only && t == s) return TokKind::Digits;
  return TokKind::Amount;
}



float overlap(float a0, float a1, float b0, float b1) { return std::min(a1, b1) - std::max(a0, b0); }

struct Line {
  std::vector<Tok*> toks;  // left to right
  float y0 = 0;
  float y1 = 0;
  std::uint32_t page = 0;
  std::string joined() const {
    std::string s;
    for (const Tok* t : toks) s += t->text;
    return s;
  }
};

// The words of one page in lines, by vertical centre (as the input reader lines them up).
std::vector<Line> lines_of(std::vector<Tok*> toks) {
  std::stable_sort(toks.begin(), toks.end(), [](const Tok* a, const Tok* b) { return a->cy() < b->cy(); });
  std::vector<Line> lines;
  float centre_sum = 0;
  for (Tok* t : toks) {
    if (!lines.empty()) {
      Line& l = lines.back();
      float centre = centre_sum / static_cast<float>(l.toks.size());
      float height = std::max(1.0f, std::min(t->box.height(), l.y1 - l.y0));
      if (std::abs(t->cy() - centre) <= 0.4f * height) {
        l.toks.push_back(t);
        l.y0 = std::min(l.y0, t->box.y0);
        l.y1 = std::max(l.y1, t->box.y1);
        centre_sum += t->cy();
        continue;
      }
    }
    lines.push_back({{t}, t->box.y0, t->box.y1, t->page});
    centre_sum = t->cy();
  }
  for (Line& l : lines) {
    std::stable_sort(l.toks.begin(), l.toks.end(), [](const Tok* a, const Tok* b) { return a->box.x0 < b->box.x0; });
  }
  return lines;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The unit line (“单位：万元”, “金额单位：元”) and the lines naming who made the table stand between
// the title and the header; they label no column.
bool is_caption_line(const std::string& joined) {
  return contains_any(joined, {"单位:", "单位：", "编制部门", "编制单位", "填报单位", "部门(单位)", "单位名称:"}) ||
         ((starts_with(joined, "公开") || starts_with(joined, "预算") || starts_with(joined, "附表")) &&
          count_code_points(joined) <= 8);
}

std::string unit_of(const std::string& joined) {
  std::size_t at = joined.find("单位");
  if (at == std::string::npos) return "";
  std::string_view rest = std::string_view(joined).substr(at + 6);
  if (!rest.empty() && (rest.front() == ':')) rest.remove_prefix(1);
  if (starts_with(rest, "：")) rest.remove_prefix(3);
  for (std::string_view u : {"万元", "千元", "亿元", "元"}) {
    if (starts_with(rest, u)) return std::string(u);
  }
  return "";
}

// “栏次 1 2 3”, “** 1 2 3”, “1 2 3 4 5”: the numbers of the columns, the header's last line.
bool is_column_number_line(const Line& l) {
  if (l.toks.empty()) return false;
  std::size_t numbers = 0;
  for (const Tok* t : l.toks) {
    bool small = t->kind == TokKind::Digits && t->text.size() <= 2;
    bool mark = t->text == "栏次" || t->text == "**" || t->text == "*" || t->text == "行次" || t->text == "甲" ||
                t->text == "乙" || t->text == "丙";
    if (!small && !mark) return false;
    numbers += small;
  }
  return numbers >= 2;
}

// A label that opens a body row at the table's left edge: a code, 合计/总计, an ordinal item.
bool opens_row(const Tok& t) {
  if (t.kind == TokKind::Digits) return t.text.size() == 3 || t.text.size() == 5 || t.text.size() == 7;
  std::string_view s = t.text;
  if (starts_with(s, "合") || starts_with(s, "总计") || starts_with(s, "本年") || starts_with(s, "上年")) return true;
  if (s.size() > 7 && is_digit(s[0]) && is_digit(s[1]) && is_digit(s[2]) && s.find('-') != std::string_view::npos)
    return true;  // “2050803-培训支出”
  return parse_heading_number(s).level > 0;
}

// Where the body starts on a page: the first line with a figure, or with a row label at the
// left edge, or the line after the column numbers. Lines before it are the header (or on a later
// page the repeated title and header).
std::size_t body_start(const std::vector<Line>& lines, float left_edge) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line& l = lines[i];
    if (is_column_number_line(l)) return i + 1;
    for (const Tok* t : l.toks) {
      if (t->kind == TokKind::Amount) return i;
    }
    // A code or an ordinal item at the left edge opens the body too (a first row without figures);
    // 合计 or 本年… there may be the header's own first label.
    const Tok& first = *l.toks.front();
    bool item = first.kind == TokKind::Digits ? opens_row(first) : parse_heading_number(first.text).level > 0;
    if (first.box.x0 <= left_edge + 2 * first.em && item && !is_caption_line(l.joined())) return i;
  }
  return lines.size();
}

// Notes and the empty-table remark end the body: “注：…”, “说明：…”, “本表无数据”.
bool ends_body(const Line& l) {
  std::string j = l.joined();
  return starts_with(j, "注") || starts_with(j, "说明:") || starts_with(j, "备注") || contains(j, "空表") ||
         contains(j, "本表无数据");
}

// A column of the table being built: where it stands, what the body prints in it, and the
// header words over it — its own (a label wrapped over lines, or letter-spaced into words) and
// those of the group headings that span it and its neighbours.
struct Col {
  float x0 = 0;
  float x1 = 0;
  bool has_numbers = false;
  bool has_codes = false;
  bool has_text = false;
  std::vector<const Tok*> own;                   // header words over this column alone
  std::vector<std::vector<const Tok*>> groups;  // header words spanning it and others, top first
  bool body() const { return has_numbers || has_codes || has_text; }
};

std::string words_text(std::vector<const Tok*> w) {
  std::stable_sort(w.begin(), w.end(), [](const Tok* a, const Tok* b) {
    return std::abs(a->cy() - b->cy()) > 0.4f * a->box.height() ? a->cy() < b->cy() : a->box.x0 < b->box.x0;
  });
  std::string s;
  for (const Tok* t : w) s += t->text;
  return s;
}

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

bool same_line(const Tok* a, const Tok* b) { return std::abs(a->cy() - b->cy()) < 0.4f * a->box.height(); }

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

// A row as it is built: the words of its label columns and of its figure columns.
struct Block {
  std::vector<Tok*> toks;
  float y0 = 0;
  float y1 = 0;
  std::uint32_t page = 0;
  bool has_code = false;
  std::vector<float> label_centres;  // of each line of its label words
  float centre() const { return (y0 + y1) / 2; }
  void add(Tok* t) {
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

// The second piece of a figure broken inside a narrow cell (“1682.7” over “6”, “0.0” over “0”):
// the first has fewer than two decimals, and the second is digits only.
bool completes(std::string_view first, std::string_view second) {
  std::size_t dot = first.find('.');
  if (dot == std::string_view::npos || first.size() - dot - 1 >= 2 || second.empty()) return false;
  for (char c : second) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A figure with `decimals` decimals at the start of `s`, thousands grouped or not: its length.
std::size_t figure_length(std::string_view s, int decimals) {
  std::size_t i = 0;
  if (i < s.size() && s[i] == '-') ++i;
  std::size_t digits = i;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9' && i - digits < 3) ++i;
  if (i == digits) return 0;
  bool grouped = i < s.size() && s[i] == ',';
  if (!grouped)
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
  while (grouped && i + 3 < s.size() && s[i] == ',' && is_digit(s[i + 1]) && is_digit(s[i + 2]) && is_digit(s[i + 3]))
    i += 4;
  if (i >= s.size() || s[i] != '.') return 0;
  ++i;
  for (int d = 0; d < decimals; ++d, ++i) {
    if (i >= s.size() || !is_digit(s[i])) return 0;
  }
  return i;
}

// Where each figure ends in a word of figures set without a gap, all with the same decimals
// (two decimals tried first, then the others up to six); empty when the word is no such thing.
std::vector<std::size_t> glued_figures(std::string_view s) {
  for (int decimals : {2, 6, 1, 3, 4, 5}) {
    std::vector<std::size_t> ends;
    std::size_t at = 0;
    while (at < s.size()) {
      std::size_t n = figure_length(s.substr(at), decimals);
      if (n == 0) break;
      at += n;
      ends.push_back(at);
    }
    if (at == s.size() && ends.size() >= 2) return ends;
  }
  return {};
}

struct Side {
  std::size_t first = 0;  // columns [first, last)
  std::size_t last = 0;
};

class PdfGridReader {
 public:
  PdfGridReader(const SourceText& source, const std::vector<const LayoutWord*>& words) {
    toks_.reserve(words.size());
    for (const LayoutWord* w : words) {
      Tok t;
      t.text = trim(std::string_view(source.text()).substr(w->span.begin, w->span.end - w->span.begin));
      if (t.text.empty()) continue;
      t.span = w->span;
      t.box = w->box;
      t.em = w->font_size > 0.5f ? w->font_size : std::max(1.0f, w->box.height());
      t.page = w->page;
      t.line = w->line;
      t.kind = kind_of(t.text);
      // Figures of neighbouring cells a producer set without a gap come as one word
      // (“992,619.176095870,741.793967”): one token per figure, each with its share of the box.
      std::vector<std::size_t> ends = t.kind == TokKind::Text ? glued_figures(t.text) : std::vector<std::size_t>{};
      if (ends.empty()) {
        toks_.push_back(t);
        continue;
      }
      float per_char = t.box.width() / static_cast<float>(t.text.size());
      std::size_t from = 0;
      for (std::size_t end : ends) {
        Tok piece = t;
        piece.text = t.text.substr(from, end - from);
        auto begin = static_cast<std::uint32_t>(piece.text.data() - source.text().data());
        piece.span = {begin, static_cast<std::uint32_t>(begin + piece.text.size())};
        piece.box.x0 = t.box.x0 + per_char * static_cast<float>(from);
        piece.box.x1 = t.box.x0 + per_char * static_cast<float>(end);
        piece.kind = kind_of(piece.text);
        toks_.push_back(piece);
        from = end;
      }
    }
  }

  // A table read page by page: a page that goes on below the first (no header, or the same one
  // again) adds rows; a page with a header of other words goes on to the right (a wide table
  // printed over two pages), and its rows are those of the first part, in the same order.
  Grid read() {
    Grid grid;
    grid.flavour = Flavour::PdfGeometry;
    if (toks_.empty()) return grid;
    std::map<std::uint32_t, std::vector<Tok*>> by_page;
    for (Tok& t : toks_) by_page[t.page].push_back(&t);
    std::vector<Segment> segments;
    for (auto& [page, toks] : by_page) {
      std::vector<Line> lines = lines_of(toks);
      float left = 1e9f;
      for (const Tok* t : toks) left = std::min(left, t->box.x0);
      std::size_t start = body_start(lines, left);
      std::vector<Line> header;
      for (std::size_t i = 0; i < start && i < lines.size(); ++i) {
        std::string j = lines[i].joined();
        if (grid.unit.empty()) grid.unit = unit_of(j);
        if (!is_caption_line(j) && !is_column_number_line(lines[i])) header.push_back(lines[i]);
      }
      if (segments.empty() || (!header.empty() && !same_words(header, segments.back().header))) {
        segments.emplace_back();
        segments.back().header = std::move(header);
      }
      bool ended = false;
      for (std::size_t i = start; i < lines.size() && !ended; ++i) {
        ended = ends_body(lines[i]);
        if (!ended) segments.back().body.push_back(lines[i]);
      }
      if (ended) break;
    }
    const std::vector<Line>& header = segments.front().header;
    if (!header.empty()) {
      grid.header_first_line = header.front().toks.front()->line;
      grid.header_last_line = header.back().toks.front()->line;
    }
    read_segment(segments.front(), grid);
    for (std::size_t k = 1; k < segments.size(); ++k) {
      Grid more;
      read_segment(segments[k], more);
      if (more.rows.size() != grid.rows.size()) {
        grid.sideways_unjoined = true;  // the rows of the part to the right do not pair up
        break;
      }
      auto offset = static_cast<int>(grid.columns.size());
      grid.columns.insert(grid.columns.end(), more.columns.begin(), more.columns.end());
      for (std::size_t r = 0; r < grid.rows.size(); ++r) {
        for (GridCell& c : more.rows[r].cells) {
          c.column += offset;
          grid.rows[r].cells.push_back(std::move(c));
        }
        grid.rows[r].last_line = std::max(grid.rows[r].last_line, more.rows[r].last_line);
      }
    }
    return grid;
  }

 private:
  struct Segment {
    std::vector<Line> header;
    std::vector<Line> body;
  };

  // Two headers are one when most words of the shorter are in the longer (a repeated header may
  // come with the table's title and number again, or lose a word at the page edge). Lines naming
  // a table are left out of the comparison.
  static bool same_words(const std::vector<Line>& a, const std::vector<Line>& b) {
    auto words = [](const std::vector<Line>& lines) {
      std::multiset<std::string> w;
      for (const Line& l : lines) {
        std::string j = l.joined();
        if (contains(j, "表")) continue;
        for (const Tok* t : l.toks) {
          for (std::size_t i = 0; i < t->text.size();) {  // by character: letter-spacing varies
            std::size_t n = 1;
            while (i + n < t->text.size() && (static_cast<unsigned char>(t->text[i + n]) & 0xC0) == 0x80) ++n;
            w.insert(std::string(t->text.substr(i, n)));
            i += n;
          }
        }
      }
      return w;
    };
    std::multiset<std::string> x = words(a);
    std::multiset<std::string> y = words(b);
    if (x.empty() || y.empty()) return true;
    std::vector<std::string> common;
    std::set_intersection(x.begin(), x.end(), y.begin(), y.end(), std::back_inserter(common));
    return 10 * common.size() >= 6 * std::min(x.size(), y.size());
  }

  void read_segment(const Segment& s, Grid& grid) {
    cols_ = columns(s.header, s.body);
    for (const Col& c : cols_) {
      GridColumn g;
      g.x0 = c.x0;
      g.x1 = c.x1;
      for (const auto& group : c.groups) g.labels.push_back(words_text(group));
      for (const auto& level : own_levels(c.own)) g.labels.push_back(words_text(level));
      g.numeric = c.has_numbers;
      g.codes = c.has_codes;
      g.text = c.has_text;
      grid.columns.push_back(std::move(g));
    }
    for (const Line& l : s.body) {
      for (Tok* t : l.toks) t->column = column_of(*t, cols_);
    }
    grid.rows = rows(s.body);
  }

  // The body's columns (figures, codes, words), labelled by the first page's header.
  std::vector<Col> columns(const std::vector<Line>& header, const std::vector<Line>& body) {
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

  // Two tables side by side (收入 | 支出): a label column after a column of figures opens the
  // second side.
  std::vector<Side> sides() const {
    std::vector<Side> out;
    Side s;
    bool figures_seen = false;
    for (std::size_t c = 0; c < cols_.size(); ++c) {
      if (cols_[c].has_numbers && !cols_[c].has_text) figures_seen = true;
      if (figures_seen && cols_[c].has_text && !cols_[c].has_numbers) {
        s.last = c;
        out.push_back(s);
        s.first = c;
        figures_seen = false;
      }
    }
    s.last = cols_.size();
    out.push_back(s);
    return out;
  }

  bool labels_column(std::size_t c) const { return (cols_[c].has_text || cols_[c].has_codes) && !cols_[c].has_numbers; }

  // The rows of one side: blocks of label words close above one another, each figure in the
  // block it stands beside.
  std::vector<Block> side_rows(const std::vector<Line>& body, const Side& side) {
    auto in_side = [&](const Tok* t) {
      return t->column >= static_cast<int>(side.first) && t->column < static_cast<int>(side.last);
    };
    struct LabelLine {
      std::vector<Tok*> labels;
      float y0 = 1e9f;
      float y1 = -1e9f;
      std::uint32_t page = 0;
    };
    std::vector<LabelLine> label_lines;
    std::vector<Tok*> figures;
    for (const Line& l : body) {
      LabelLine ll;
      ll.page = l.page;
      for (Tok* t : l.toks) {
        if (!in_side(t)) continue;
        if (labels_column(static_cast<std::size_t>(t->column))) {
          ll.labels.push_back(t);
          ll.y0 = std::min(ll.y0, t->box.y0);
          ll.y1 = std::max(ll.y1, t->box.y1);
        } else {
          figures.push_back(t);
        }
      }
      if (!ll.labels.empty()) label_lines.push_back(std::move(ll));
    }
    // The lines of one wrapped cell stand closer than the rows of the table do: half the usual gap
    // between rows at most (a dense table's rows may be as close as a loose table's wrapped lines).
    std::vector<float> gaps;
    for (std::size_t i = 1; i < label_lines.size(); ++i) {
      if (label_lines[i].page == label_lines[i - 1].page && label_lines[i].y0 > label_lines[i - 1].y1)
        gaps.push_back(label_lines[i].y0 - label_lines[i - 1].y1);
    }
    float usual_gap = 1e9f;
    if (!gaps.empty()) {
      std::nth_element(gaps.begin(), gaps.begin() + static_cast<long>(gaps.size() / 2), gaps.end());
      usual_gap = gaps[gaps.size() / 2];
    }
    std::vector<Block> blocks;
    for (const LabelLine& l : label_lines) {
      const Tok& lead = *l.labels.front();
      float wrap_gap = std::min(kWrapGap * lead.em, 0.5f * usual_gap);
      bool new_row = blocks.empty() || blocks.back().page != l.page || l.y0 > blocks.back().y1 + wrap_gap;
      // A second code always opens a row (a name wrapped round a code centred beside it does not);
      // so does an ordinal label where the row's label column starts.
      bool code = cols_[static_cast<std::size_t>(lead.column)].has_codes && lead.kind == TokKind::Digits;
      if (!new_row && code && blocks.back().has_code) new_row = true;
      if (!new_row && !code && opens_row(lead) && lead.kind != TokKind::Digits &&
          lead.column == blocks.back().toks.front()->column &&
          lead.box.x0 <= blocks.back().toks.front()->box.x0 + lead.em)
        new_row = true;
      if (new_row) blocks.emplace_back();
      blocks.back().label_centres.push_back((l.y0 + l.y1) / 2);
      for (Tok* t : l.labels) {
        blocks.back().add(t);
        if (t->kind == TokKind::Digits && cols_[static_cast<std::size_t>(t->column)].has_codes)
          blocks.back().has_code = true;
      }
    }
    // A name wrapped over two lines with its figures centred between them (“杭州市气象服务中心（…” /
    // “信息发布中心）”, the figures on neither line): the second line goes on with the first, unless
    // it opens a row of its own.
    for (std::size_t b = 1; b < blocks.size();) {
      Block& above = blocks[b - 1];
      Block& below = blocks[b];
      bool between = false;
      for (const Tok* f : figures) {
        if (f->page != below.page) continue;
        float quarter = 0.25f * f->box.height();
        if (f->cy() > above.centre() + quarter && f->cy() < below.centre() - quarter) between = true;
      }
      const Tok& lead = *below.toks.front();
      if (above.page == below.page && between && !below.has_code && !opens_row(lead)) {
        for (Tok* t : below.toks) above.add(t);
        blocks.erase(blocks.begin() + static_cast<long>(b));
        continue;
      }
      ++b;
    }
    // A column holds one figure per row: a second one on another line is another row's (a row with
    // figures alone, 行次 9 beside a blank item) — unless it completes a figure broken in a narrow
    // cell (“1682.7” over “6”).
    auto column_taken = [](const Block& b, const Tok* f) {
      for (const Tok* other : b.toks) {
        if (other->column == f->column && std::abs(other->cy() - f->cy()) > 0.4f * f->box.height() &&
            !completes(other->text, f->text))
          return true;
      }
      return false;
    };
    // Figures on the line of a row's label words are that row's.
    std::vector<Tok*> rest;
    for (Tok* f : figures) {
      Block* aligned = nullptr;
      for (Block& b : blocks) {
        if (b.page != f->page) continue;
        for (float c : b.label_centres) {
          if (std::abs(f->cy() - c) < 0.4f * f->box.height()) aligned = &b;
        }
      }
      if (aligned && !column_taken(*aligned, f))
        aligned->add(f);
      else
        rest.push_back(f);
    }
    // The others go to the block whose span holds their centre (figures centred beside a wrapped
    // name), else the nearest on the page; a figure far from every block is a row of figures alone.
    for (Tok* f : rest) {
      Block* best = nullptr;
      float best_distance = 1e9f;
      for (Block& b : blocks) {
        if (b.page != f->page) continue;
        float d = f->cy() < b.y0 ? b.y0 - f->cy() : f->cy() > b.y1 ? f->cy() - b.y1 : 0;
        d = d * 4 + std::abs(f->cy() - b.centre()) * 0.01f;  // inside beats near; then the centre
        if (d < best_distance) {
          best_distance = d;
          best = &b;
        }
      }
      if (best && column_taken(*best, f)) best = nullptr;
      if (!best || best_distance > 4 * 1.5f * f->em) {
        blocks.emplace_back();
        best = &blocks.back();
      }
      best->add(f);
    }
    std::stable_sort(blocks.begin(), blocks.end(), [](const Block& a, const Block& b) {
      return a.page != b.page ? a.page < b.page : a.centre() < b.centre();
    });
    return blocks;
  }

  GridRow to_row(const std::vector<const Block*>& parts) const {
    GridRow row;
    std::map<int, std::vector<Tok*>> by_column;
    bool first = true;
    for (const Block* b : parts) {
      for (Tok* t : b->toks) {
        by_column[t->column].push_back(t);
        if (first) {
          row.first_line = row.last_line = t->line;
          row.page = t->page;
          first = false;
        }
        row.first_line = std::min(row.first_line, t->line);
        row.last_line = std::max(row.last_line, t->line);
      }
    }
    for (auto& [column, toks] : by_column) {
      std::stable_sort(toks.begin(), toks.end(), [](const Tok* a, const Tok* b) {
        return std::abs(a->cy() - b->cy()) > 0.4f * a->box.height() ? a->cy() < b->cy() : a->box.x0 < b->box.x0;
      });
      GridCell cell;
      cell.column = column;
      for (const Tok* t : toks) cell.pieces.push_back({t->text, t->span.begin});
      cell.span = toks.front()->span;
      row.cells.push_back(std::move(cell));
    }
    return row;
  }

  std::vector<GridRow> rows(const std::vector<Line>& body) {
    std::vector<Side> all = sides();
    std::vector<std::vector<Block>> per_side;
    for (const Side& s : all) per_side.push_back(side_rows(body, s));
    std::vector<GridRow> out;
    if (per_side.size() == 1) {
      for (const Block& b : per_side[0]) out.push_back(to_row({&b}));
      return out;
    }
    // Sides side by side: a left row and a right row on the same printed line are one row.
    std::vector<std::size_t> at(per_side.size(), 0);
    for (;;) {
      const Block* lead = nullptr;
      for (std::size_t s = 0; s < per_side.size(); ++s) {
        if (at[s] >= per_side[s].size()) continue;
        const Block& b = per_side[s][at[s]];
        if (!lead || b.page < lead->page || (b.page == lead->page && b.centre() < lead->centre())) lead = &b;
      }
      if (!lead) break;
      std::vector<const Block*> parts;
      for (std::size_t s = 0; s < per_side.size(); ++s) {
        if (at[s] >= per_side[s].size()) continue;
        const Block& b = per_side[s][at[s]];
        if (b.page == lead->page && overlap(b.y0, b.y1, lead->y0, lead->y1) > 0) {
          parts.push_back(&b);
          ++at[s];
        }
      }
      out.push_back(to_row(parts));
    }
    return out;
  }

  static constexpr float kWrapGap = 0.35f;  // lines of one wrapped cell stand this close (in ems)
  std::vector<Tok> toks_;
  std::vector<Col> cols_;
};

}  // namespace

Grid read_pdf_grid(const SourceText& source, const std::vector<const LayoutWord*>& words) {
  return PdfGridReader(source, words).read();
}

}  // namespace budgetlint::parse
