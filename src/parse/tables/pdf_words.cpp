#include "pdf_words.hpp"

#include <algorithm>
#include <cmath>

#include "../paragraphs.hpp"
#include "tokens.hpp"

namespace budgetlint::parse::pdf {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

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

}  // namespace

TokKind kind_of(std::string_view t) {
  if (is_empty_mark(t)) return TokKind::Dash;
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





std::vector<Tok> tokens_of(const SourceText& source, const std::vector<const LayoutWord*>& words) {
    std::vector<Tok> toks;
  toks.reserve(words.size());
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
        toks.push_back(t);
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
        toks.push_back(piece);
        from = end;
      }
    }
  return toks;
}

std::string Line::joined() const {
  std::string s;
  for (const Tok* t : toks) s += t->text;
  return s;
}

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


bool same_line(const Tok* a, const Tok* b) { return std::abs(a->cy() - b->cy()) < 0.4f * a->box.height(); }

std::string words_text(std::vector<const Tok*> w) {
  std::stable_sort(w.begin(), w.end(), [](const Tok* a, const Tok* b) {
    return std::abs(a->cy() - b->cy()) > 0.4f * a->box.height() ? a->cy() < b->cy() : a->box.x0 < b->box.x0;
  });
  std::string s;
  for (const Tok* t : w) s += t->text;
  return s;
}

bool completes(std::string_view first, std::string_view second) {
  std::size_t dot = first.find('.');
  if (dot == std::string_view::npos || first.size() - dot - 1 >= 2 || second.empty()) return false;
  for (char c : second) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

}  // namespace budgetlint::parse::pdf
