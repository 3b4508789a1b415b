#include "budgetlint/parse.hpp"

namespace budgetlint::parse {

Layout layout_of(const Document& document, const SourceText& source) {
  Layout layout;
  layout.type = document.type;
  layout.docx_tables = document.tables;
  layout.words.reserve(document.words.size());
  for (const PdfWord& w : document.words) {
    if (w.line >= source.line_count()) continue;
    Span span{source.offset_at(w.line, w.column), source.offset_at(w.line, w.column + w.length)};
    layout.words.push_back({span, w.line, w.page, w.box, w.font_size});
  }
  return layout;
}

}  // namespace budgetlint::parse
