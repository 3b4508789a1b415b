#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "budgetlint/document.hpp"

namespace budgetlint::input {

/// What one file may cost. Beyond them the file gets a P108 finding instead of its text.
struct Limits {
  std::size_t max_bytes = std::size_t{512} << 20;       ///< of the file itself
  std::size_t max_unpacked_bytes = std::size_t{256} << 20;  ///< of the XML inside a DOCX
  std::uint32_t max_pages = 10'000;
  double max_seconds = 120;  ///< reading one PDF, checked page by page
};

/// The type of a file from its first bytes (and, for ZIP and OLE containers, their entries).
FileType sniff(std::string_view bytes);

/// What a file of an unsupported type is, in words for a finance officer, and how to make a
/// PDF or .docx of it.
struct FormatAdvice {
  std::string name_zh, name_en;
  std::string advice_zh, advice_en;
};
FormatAdvice advice_for(FileType type, std::string_view bytes);

/// Reads any file: sniffs its type and hands it to the reader of that type. Never throws for
/// bad input; a file that gives no text has `problem` set.
Document read_document(std::string_view bytes, const Limits& limits = {});

/// The readers of each type, for tests and fuzzers.
Document read_text(std::string_view bytes);
Document read_pdf(std::string_view bytes, const Limits& limits = {});
Document read_docx(std::string_view bytes, const Limits& limits = {});

}  // namespace budgetlint::input
