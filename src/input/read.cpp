#include <algorithm>

#include "budgetlint/input.hpp"
#include "problems.hpp"

namespace budgetlint {

std::optional<Origin> Document::origin_of(std::uint32_t line, std::uint32_t column) const {
  auto after = std::upper_bound(pieces.begin(), pieces.end(), std::pair{line, column},
                                [](const std::pair<std::uint32_t, std::uint32_t>& at, const TextPiece& p) {
                                  return at.first < p.line || (at.first == p.line && at.second < p.column);
                                });
  if (after == pieces.begin()) return std::nullopt;
  const TextPiece& piece = *(after - 1);
  if (piece.line != line) return std::nullopt;
  return piece.origin;
}

std::optional<Box> Document::word_box(std::uint32_t line, std::uint32_t begin, std::uint32_t end) const {
  auto it = std::lower_bound(words.begin(), words.end(), line, [](const PdfWord& w, std::uint32_t l) { return w.line < l; });
  std::optional<Box> box;
  for (; it != words.end() && it->line == line; ++it) {
    if (it->column + it->length <= begin || it->column >= std::max(end, begin + 1)) continue;
    if (!box) {
      box = it->box;
      continue;
    }
    box->x0 = std::min(box->x0, it->box.x0);
    box->y0 = std::min(box->y0, it->box.y0);
    box->x1 = std::max(box->x1, it->box.x1);
    box->y1 = std::max(box->y1, it->box.y1);
  }
  return box;
}

namespace input {

Document read_text(std::string_view bytes) {
  Document d;
  d.type = FileType::Text;
  d.decoded = text::decode(bytes);
  return d;
}

Document read_document(std::string_view bytes, const Limits& limits) {
  FileType type = sniff(bytes);
  switch (type) {
    case FileType::Text:
      if (bytes.size() > limits.max_bytes) return problem_document(type, too_large(bytes.size(), limits));
      return read_text(bytes);
    case FileType::Pdf:
      return read_pdf(bytes, limits);
    case FileType::Docx:
      return read_docx(bytes, limits);
    case FileType::EncryptedOffice:
      return problem_document(type, ReadProblem{"P107", {}});
    default: {
      FormatAdvice a = advice_for(type, bytes);
      return problem_document(type, ReadProblem{"P105",
                                                {{"format", a.name_zh},
                                                 {"advice", a.advice_zh},
                                                 {"format_en", a.name_en},
                                                 {"advice_en", a.advice_en}}});
    }
  }
}

}  // namespace input
}  // namespace budgetlint
