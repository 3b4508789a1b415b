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
#include "pdf_columns.hpp"
#include "pdf_words.hpp"

namespace budgetlint::parse {
namespace {

using namespace pdf;

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

// The unit line (“单位：万元”, “金额单位：元”) and the lines naming who made the table stand between
// the title and the header; they label no column.
bool is_caption_line(const std::string& joined) {
  return contains_any(joined, {"单位:", "单位：", "编制部门", "编制单位", "填报单位", "部门(单位)", "单位名称:"}) ||
         ((starts_with(joined, "公开") || starts_with(joined, "预算") || starts_with(joined, "附表")) &&
          count_code_points(joined) <= 8);
}

// “单位：元”, also after “编制单位：某某中心” on the same line.
std::string unit_of(const std::string& joined) {
  for (std::size_t at = joined.find("单位"); at != std::string::npos; at = joined.find("单位", at + 6)) {
    std::string_view rest = std::string_view(joined).substr(at + 6);
    if (!rest.empty() && (rest.front() == ':')) rest.remove_prefix(1);
    if (starts_with(rest, "：")) rest.remove_prefix(3);
    for (std::string_view u : {"万元", "千元", "亿元", "元"}) {
      if (starts_with(rest, u)) return std::string(u);
    }
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
  if (s.size() > 7 && is_digits(s.substr(0, 3)) && s.find('-') != std::string_view::npos)
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

// A row as it is built: the words of its label columns and of its figure columns.
struct Block : Band {
  std::vector<Tok*> toks;
  bool has_code = false;
  std::vector<float> label_centres;  // of each line of its label words
  void add(Tok* t) {
    cover(*t, toks.empty());
    toks.push_back(t);
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

struct Side {
  std::size_t first = 0;  // columns [first, last)
  std::size_t last = 0;
};

class PdfGridReader {
 public:
  PdfGridReader(const SourceText& source, const std::vector<const LayoutWord*>& words)
      : toks_(tokens_of(source, words)) {}

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
    cols_ = table_columns(s.header, s.body);
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
