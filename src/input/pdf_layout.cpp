#include "pdf_layout.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace budgetlint::input::detail {
namespace {

// Words whose vertical centres are this share of the smaller height apart stand on one line.
constexpr float kSameLine = 0.4f;
// A gap of this many ems between two words is a gap between cells, not between words.
constexpr float kCellGap = 1.5f;
// Page numbers stand in this share of the page nearest its top or bottom edge.
constexpr float kMarginBand = 0.12f;

float em_of(const RawWord& w) { return w.font_size > 0.5f ? w.font_size : std::max(1.0f, w.box.height()); }

// A line of a page as the eye reads it: words left to right whose vertical centres agree.
struct VisualLine {
  std::vector<const RawWord*> words;
  Box box;
  float em = 0;         // the median font size of its words
  bool spaced = false;  // some words stand a cell gap apart: a table row or a signature line
  std::uint32_t page = 0;
  std::uint32_t page_line = 0;  // 1-based, counting every line of the page
  bool furniture = false;       // a page number
};

utf8proc_int32_t first_code_point(std::string_view s) {
  utf8proc_int32_t cp = -1;
  utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()), &cp);
  return cp;
}

utf8proc_int32_t last_code_point(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i;
  return i > 0 ? first_code_point(s.substr(i - 1)) : -1;
}

std::size_t utf8_length(std::string_view s) {
  std::size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool is_wide(utf8proc_int32_t cp) { return cp >= 0 && utf8proc_charwidth(cp) == 2; }

bool is_alnum(utf8proc_int32_t cp) {
  return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
}

// The words of a page in lines: sorted by vertical centre, a word joins the line above when
// their centres agree; each line then reads left to right.
std::vector<VisualLine> lines_of(const RawPage& page, std::uint32_t page_number) {
  std::vector<const RawWord*> words;
  for (const RawWord& w : page.words) {
    if (!w.text.empty() && w.box.width() >= 0 && w.box.height() >= 0) words.push_back(&w);
  }
  std::stable_sort(words.begin(), words.end(),
                   [](const RawWord* a, const RawWord* b) { return a->box.centre_y() < b->box.centre_y(); });
  std::vector<VisualLine> lines;
  float centre_sum = 0;
  for (const RawWord* w : words) {
    if (!lines.empty()) {
      VisualLine& line = lines.back();
      float centre = centre_sum / static_cast<float>(line.words.size());
      float height = std::min(w->box.height(), line.box.height());
      if (std::abs(w->box.centre_y() - centre) <= kSameLine * std::max(height, 1.0f)) {
        line.words.push_back(w);
        line.box.y0 = std::min(line.box.y0, w->box.y0);
        line.box.y1 = std::max(line.box.y1, w->box.y1);
        centre_sum += w->box.centre_y();
        continue;
      }
    }
    VisualLine line;
    line.words.push_back(w);
    line.box = w->box;
    line.page = page_number;
    lines.push_back(std::move(line));
    centre_sum = w->box.centre_y();
  }
  for (VisualLine& line : lines) {
    auto& ws = line.words;
    std::stable_sort(ws.begin(), ws.end(), [](const RawWord* a, const RawWord* b) { return a->box.x0 < b->box.x0; });
    // Some producers print a word twice at the same place (fake bold): keep one.
    ws.erase(std::unique(ws.begin(), ws.end(),
                         [](const RawWord* a, const RawWord* b) {
                           return a->text == b->text && std::abs(a->box.x0 - b->box.x0) < 1 &&
                                  std::abs(a->box.y0 - b->box.y0) < 1;
                         }),
             ws.end());
    line.box.x0 = ws.front()->box.x0;
    line.box.x1 = ws.front()->box.x1;
    std::vector<float> ems;
    for (std::size_t k = 0; k < ws.size(); ++k) {
      line.box.x1 = std::max(line.box.x1, ws[k]->box.x1);
      ems.push_back(em_of(*ws[k]));
      if (k > 0 && ws[k]->box.x0 - ws[k - 1]->box.x1 >= kCellGap * std::min(em_of(*ws[k]), em_of(*ws[k - 1])))
        line.spaced = true;
    }
    std::nth_element(ems.begin(), ems.begin() + static_cast<long>(ems.size() / 2), ems.end());
    line.em = ems[ems.size() / 2];
  }
  for (std::size_t k = 0; k < lines.size(); ++k) lines[k].page_line = static_cast<std::uint32_t>(k + 1);
  return lines;
}

std::string text_of(const VisualLine& line) {
  std::string s;
  for (const RawWord* w : line.words) s += w->text;
  return s;
}

// “3”, “- 3 -”, “—3—”, “第3页”, “第 3 页 共 12 页”, “3/12”: a page number and nothing else.
bool is_page_number(std::string text) {
  for (std::string_view drop : {" ", "-", "—", "–", "－", "―", "_", "·", "•", "(", ")", "（", "）", ",", "，"}) {
    for (std::size_t at = text.find(drop); at != std::string::npos; at = text.find(drop)) text.erase(at, drop.size());
  }
  auto digits = [&](std::size_t& i) {
    std::size_t from = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    return i > from && i - from <= 4;
  };
  auto eat = [&](std::size_t& i, std::string_view w) {
    if (text.compare(i, w.size(), w) != 0) return false;
    i += w.size();
    return true;
  };
  std::size_t i = 0;
  if (digits(i)) {
    if (i == text.size()) return true;
    return eat(i, "/") && digits(i) && i == text.size();
  }
  i = 0;
  if (!(eat(i, "第") && digits(i) && eat(i, "页"))) return false;
  if (i == text.size()) return true;
  return eat(i, "共") && digits(i) && eat(i, "页") && i == text.size();
}

// Page numbers are the first or last lines of a page, near its edge.
void mark_page_numbers(std::vector<VisualLine>& lines, const RawPage& page) {
  auto near_edge = [&](const VisualLine& l) {
    return l.box.y1 <= page.height * kMarginBand || l.box.y0 >= page.height * (1 - kMarginBand);
  };
  std::size_t n = lines.size();
  for (std::size_t k = 0; k < n; ++k) {
    if (k >= 2 && k + 2 < n) continue;
    if (near_edge(lines[k]) && is_page_number(text_of(lines[k]))) lines[k].furniture = true;
  }
}

// The words of a running header or footer, the same on every page but for its numbers.
std::string running_key(const VisualLine& line) {
  std::string key;
  for (char c : text_of(line)) {
    if (c == ' ') continue;
    key.push_back(c >= '0' && c <= '9' ? '#' : c);
  }
  return key;
}

// “一、”, “(一)”, “第一部分”, “1.”, “1、” at the start of a line: a heading or list item, never
// the second half of a wrapped line.
bool starts_with_heading_number(std::string_view s) {
  static constexpr std::string_view kNumerals = "一二三四五六七八九十";
  auto numeral_run = [&](std::size_t i) {
    std::size_t from = i;
    while (i + 3 <= s.size() && kNumerals.find(s.substr(i, 3)) != std::string_view::npos &&
           kNumerals.find(s.substr(i, 3)) % 3 == 0)
      i += 3;
    return i - from;
  };
  auto starts = [&](std::size_t i, std::string_view w) { return s.compare(i, w.size(), w) == 0; };
  if (std::size_t n = numeral_run(0); n > 0) return starts(n, "、");
  if (starts(0, "第")) {
    std::size_t n = numeral_run(3);
    return n > 0 && (starts(3 + n, "部分") || starts(3 + n, "章") || starts(3 + n, "节"));
  }
  for (std::string_view open : {"(", "（"}) {
    if (!starts(0, open)) continue;
    std::size_t i = open.size();
    std::size_t n = numeral_run(i);
    if (n == 0)
      while (i + n < s.size() && s[i + n] >= '0' && s[i + n] <= '9') ++n;
    return n > 0 && (starts(i + n, ")") || starts(i + n, "）"));
  }
  std::size_t d = 0;
  while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
  if (d == 0 || d > 2) return false;
  if (starts(d, "、") || starts(d, "．")) return true;
  return starts(d, ".") && !(d + 1 < s.size() && s[d + 1] >= '0' && s[d + 1] <= '9');
}

// Where a page's prose lines start and end: the leftmost start and the rightmost end that at
// least two lines share (justified text ends on the right margin), so one odd line moves neither.
struct Margins {
  float left = 0;
  float right = 0;
};

Margins margins_of(const std::vector<VisualLine>& lines) {
  std::map<int, int> starts;
  std::map<int, int> ends;
  for (const VisualLine& l : lines) {
    if (l.spaced || l.furniture) continue;
    ++starts[static_cast<int>(std::lround(l.box.x0 / 2))];
    ++ends[static_cast<int>(std::lround(l.box.x1 / 2))];
  }
  Margins m;
  if (starts.empty()) return m;
  auto shared = [](const std::map<int, int>& h, int key) {
    int n = 0;
    for (int k = key - 1; k <= key + 1; ++k) {
      auto it = h.find(k);
      if (it != h.end()) n += it->second;
    }
    return n >= 2;
  };
  m.left = static_cast<float>(starts.begin()->first) * 2;
  for (const auto& [key, count] : starts) {
    if (shared(starts, key)) {
      m.left = static_cast<float>(key) * 2;
      break;
    }
  }
  m.right = static_cast<float>(ends.rbegin()->first) * 2;
  for (auto it = ends.rbegin(); it != ends.rend(); ++it) {
    if (shared(ends, it->first)) {
      m.right = static_cast<float>(it->first) * 2;
      break;
    }
  }
  return m;
}

struct PageLines {
  std::vector<VisualLine> lines;
  Margins margins;
};

// A running header or footer (“某某局 2026 年度部门预算公开” atop every page) is the first or last
// line of at least half the pages, three at least, the same but for its numbers. It is no part of
// the text: it would split a paragraph or a table going on over the page. A line naming a table
// (its title repeated on the pages it goes on over) is kept: the first one locates the table.
void mark_running_lines(std::vector<PageLines>& pages) {
  std::map<std::string, std::size_t> firsts;
  std::map<std::string, std::size_t> lasts;
  auto first_of = [](std::vector<VisualLine>& lines) -> VisualLine* {
    for (VisualLine& l : lines) {
      if (!l.furniture) return &l;
    }
    return nullptr;
  };
  auto last_of = [](std::vector<VisualLine>& lines) -> VisualLine* {
    for (auto it = lines.rbegin(); it != lines.rend(); ++it) {
      if (!it->furniture) return &*it;
    }
    return nullptr;
  };
  auto candidate = [](const VisualLine* l) {
    if (!l || l->spaced) return false;
    std::string text = text_of(*l);
    return text.find("表") == std::string::npos && utf8_length(text) <= 40;
  };
  for (PageLines& p : pages) {
    if (VisualLine* l = first_of(p.lines); candidate(l)) ++firsts[running_key(*l)];
    if (VisualLine* l = last_of(p.lines); candidate(l)) ++lasts[running_key(*l)];
  }
  auto running = [&](const std::map<std::string, std::size_t>& counts, const VisualLine* l) {
    if (!candidate(l)) return false;
    auto it = counts.find(running_key(*l));
    return it != counts.end() && it->second >= 3 && 2 * it->second >= pages.size();
  };
  for (PageLines& p : pages) {
    VisualLine* first = first_of(p.lines);
    VisualLine* last = last_of(p.lines);
    if (running(firsts, first)) first->furniture = true;
    if (last && !last->furniture && running(lasts, last)) last->furniture = true;
  }
}

bool ends_sentence(std::string_view text) {
  for (std::string_view end : {"。", "！", "？", "；", "：", ":", ";"}) {
    if (text.size() >= end.size() && text.substr(text.size() - end.size()) == end) return true;
  }
  return false;
}

// `next` goes on with the paragraph `line` began: prose of the same size, `line` ending at the
// right margin (justified text) or short of it only by less than `next`'s first word (text set
// ragged-right, broken at a space), `next` starting at the left margin without indent, directly
// below or at the top of the next page.
bool continues(const VisualLine& line, const Margins& m, const VisualLine& next, const Margins& next_m,
               bool next_page) {
  if (line.spaced || next.spaced) return false;
  if (std::abs(line.em - next.em) > 0.15f * line.em) return false;
  bool at_margin = line.box.x1 >= m.right - kCellGap * line.em;
  std::string text = text_of(line);
  bool long_line = line.box.x1 - m.left >= 0.6f * (m.right - m.left);  // prose, not a cell's fragment
  bool word_did_not_fit = long_line && line.box.x1 + next.words.front()->box.width() + 0.5f * line.em > m.right &&
                          !ends_sentence(text) && !starts_with_heading_number(text);
  if (!at_margin && !word_did_not_fit) return false;
  if (next.box.x0 > next_m.left + 0.5f * next.em) return false;
  if (!next_page && (next.box.y0 < line.box.y1 - 0.5f * line.em || next.box.y0 - line.box.y1 > 1.2f * line.em))
    return false;
  std::string first = next.words.front()->text;
  return !starts_with_heading_number(first + (next.words.size() > 1 ? next.words[1]->text : ""));
}

// Control characters and line breaks inside a PDF word are none of the text.
std::string clean_word(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out.push_back(c);
  }
  return out;
}

class Writer {
 public:
  explicit Writer(Document& doc) : doc_(doc), text_(doc.decoded.utf8) {}

  void begin_visual_line(const VisualLine& line, bool joined) {
    if (joined && !line.words.empty()) {
      // A wrapped line goes on without a space, except between two Latin letters or digits.
      std::string first = clean_word(line.words.front()->text);
      if (is_alnum(last_code_point(text_)) && is_alnum(first_code_point(first))) put(" ");
    }
    doc_.pieces.push_back({line_, column_, Origin{line.page, line.page_line, line.box, 0, 0, 0, 0}});
    for (std::size_t k = 0; k < line.words.size(); ++k) {
      const RawWord& w = *line.words[k];
      std::string text = clean_word(w.text);
      if (text.empty()) continue;
      if (k > 0) put(separator(*line.words[k - 1], w, text));
      doc_.words.push_back({line_, column_, count(text), line.page, w.box, w.font_size});
      put(text);
    }
  }

  void end_line() {
    text_.push_back('\n');
    ++line_;
    column_ = 0;
  }

 private:
  // Between words of one line: spaces for a cell gap (about one per half em, as pdftotext
  // -layout does), nothing inside Chinese text, one space where the PDF or the gap has one.
  std::string separator(const RawWord& a, const RawWord& b, const std::string& b_text) const {
    float em = std::min(em_of(a), em_of(b));
    float gap = b.box.x0 - a.box.x1;
    if (gap >= kCellGap * em) return std::string(std::clamp(std::lround(gap / (em / 2)), 2L, 80L), ' ');
    if (is_wide(last_code_point(text_)) && is_wide(first_code_point(b_text))) return "";
    return a.space_after || gap >= 0.2f * em ? " " : "";
  }

  static std::uint32_t count(std::string_view s) {
    std::uint32_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
  }

  void put(const std::string& s) {
    text_ += s;
    column_ += count(s);
  }

  Document& doc_;
  std::string& text_;
  std::uint32_t line_ = 0;
  std::uint32_t column_ = 0;
};

}  // namespace

Document compose_pdf(const std::vector<RawPage>& pages) {
  Document doc;
  doc.type = FileType::Pdf;
  doc.decoded.encoding = "PDF";
  doc.pages = static_cast<std::uint32_t>(pages.size());
  std::vector<PageLines> laid;
  laid.reserve(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    PageLines pl;
    pl.lines = lines_of(pages[p], static_cast<std::uint32_t>(p + 1));
    mark_page_numbers(pl.lines, pages[p]);
    laid.push_back(std::move(pl));
  }
  mark_running_lines(laid);
  for (PageLines& pl : laid) pl.margins = margins_of(pl.lines);
  Writer writer(doc);
  const VisualLine* previous = nullptr;
  const Margins* previous_margins = nullptr;
  std::size_t previous_page = 0;
  for (std::size_t p = 0; p < laid.size(); ++p) {
    for (const VisualLine& line : laid[p].lines) {
      if (line.furniture) continue;
      bool turned = previous_page != p;
      bool joined = previous && (!turned || p == previous_page + 1) &&
                    continues(*previous, *previous_margins, line, laid[p].margins, turned);
      if (previous && !joined) writer.end_line();
      writer.begin_visual_line(line, joined);
      previous = &line;
      previous_margins = &laid[p].margins;
      previous_page = p;
    }
  }
  if (previous) writer.end_line();
  return doc;
}

}  // namespace budgetlint::input::detail
