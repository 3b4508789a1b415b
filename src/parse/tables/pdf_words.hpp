#pragma once

// The words of a PDF table region as the table readers see them: each word with its text (a view
// of the document text), box, font size, page and kind (a figure, a dash, bare digits, words),
// and the lines they stand on. Figures a producer set without a gap come apart here.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/parse.hpp"

namespace budgetlint::parse::pdf {

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

/// “1,234.56”, “-12.5”, “(3.00)”, “12%”: a figure; bare digits are a kind of their own (a code or a
/// figure); “-”, “—”: a dash.
TokKind kind_of(std::string_view t);

/// The words of a region, figures glued together split apart (“992,619.176095870,741.793967”).
std::vector<Tok> tokens_of(const SourceText& source, const std::vector<const LayoutWord*>& words);

inline float overlap(float a0, float a1, float b0, float b1) { return std::min(a1, b1) - std::max(a0, b0); }

/// Two words on one line: their vertical centres agree.
bool same_line(const Tok* a, const Tok* b);

/// The stretch of a page that some words cover from top to bottom, grown word by word.
struct Band {
  float y0 = 0;
  float y1 = 0;
  std::uint32_t page = 0;
  float centre() const { return (y0 + y1) / 2; }
  void cover(const Tok& t, bool first) {
    if (first) {
      y0 = t.box.y0;
      y1 = t.box.y1;
      page = t.page;
    }
    y0 = std::min(y0, t.box.y0);
    y1 = std::max(y1, t.box.y1);
  }
};

struct Line {
  std::vector<Tok*> toks;  ///< left to right
  float y0 = 0;
  float y1 = 0;
  std::uint32_t page = 0;
  std::string joined() const;
};

/// The words of one page in lines, by vertical centre (as the input reader lines them up).
std::vector<Line> lines_of(std::vector<Tok*> toks);

/// Words in reading order (line by line, left to right), joined without spaces.
std::string words_text(std::vector<const Tok*> words);

/// The second piece of a figure broken inside a narrow cell (“1682.7” over “6”).
bool completes(std::string_view first, std::string_view second);

}  // namespace budgetlint::parse::pdf
