#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/document.hpp"
#include "budgetlint/finding.hpp"
#include "budgetlint/model.hpp"
#include "budgetlint/registry.hpp"

namespace budgetlint {

/// The result of checking one file: what it is, and what is wrong with it.
struct FileResult {
  std::string path;
  FileType type = FileType::Text;
  std::string encoding;  ///< of a text file; "PDF" or "DOCX" otherwise
  std::uint32_t pages = 0;  ///< of a PDF
  DocumentKind kind = DocumentKind::Unknown;
  std::optional<std::string> department;
  std::optional<int> year;
  bool unreadable = false;        ///< could not be opened, read or given text (exit status 2)
  std::vector<Finding> findings;  ///< sorted by line, column, code
  /// The original text of every line a finding points at, for the reports to quote.
  std::map<std::uint32_t, std::string> quoted_lines;
};

/// Read (PDF, DOCX or text) → normalise → extract → rules, for the bytes of one file.
FileResult check_document(std::string_view bytes, std::string path, const RuleSelection& selection);
/// The same for a file already read.
FileResult check_read(Document document, std::string path, const RuleSelection& selection);

/// The typed model of one file's bytes, for `budgetlint parse`.
struct ParsedDocument {
  std::string encoding;
  SourceText source;
  Disclosure model;
  std::optional<ReadProblem> problem;  ///< why the file gave no text, if it gave none
};
ParsedDocument parse_document(std::string_view bytes);
ParsedDocument parse_read(Document document);

/// A path that gave no text (P104, P110, P111, P112) becomes a result with that one finding,
/// marked unreadable (exit status 2).
FileResult file_problem(std::string path, std::string code, std::vector<std::pair<std::string, std::string>> args);

/// A file that could not be read becomes a result with one P104 finding.
FileResult unreadable_file(std::string path, std::string reason);

}  // namespace budgetlint
