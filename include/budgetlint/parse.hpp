#pragma once

#include <vector>

#include "budgetlint/document.hpp"
#include "budgetlint/model.hpp"
#include "budgetlint/source.hpp"

namespace budgetlint::parse {

/// A PDF word in terms of the normalised text.
struct LayoutWord {
  Span span;
  std::uint32_t line = 0;  ///< 0-based
  std::uint32_t page = 0;  ///< 1-based
  Box box;
  float font_size = 0;
};

/// What a PDF or DOCX gives beyond its text: every PDF word with its box, every DOCX table with
/// its cells. Text files have none of it.
struct Layout {
  FileType type = FileType::Text;
  std::vector<LayoutWord> words;       ///< PDF, in text order
  std::vector<DocxTable> docx_tables;  ///< DOCX
};

/// The layout of a document read from a file, against its normalised text.
Layout layout_of(const Document& document, const SourceText& source);

/// Document kind from the title lines: 自评报告 before 决算 before 预算.
DocumentKind detect_kind(const SourceText& source);

/// The numbered headings (一、 (一) 1、 (1)) with their line ranges and topics, from
/// `first_line` (0-based) on: the lines of a 目录 before it are not headings.
std::vector<Section> segment(const SourceText& source, DocumentKind kind, std::size_t first_line = 0);

/// Builds the typed model of one disclosure. Never throws for bad input: what cannot be
/// read is simply absent from the model, and the rules report what is missing.
Disclosure extract(const SourceText& source, const Layout& layout = {});

}  // namespace budgetlint::parse
