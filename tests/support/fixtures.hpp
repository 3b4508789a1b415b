#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "budgetlint/pipeline.hpp"

namespace budgetlint::testing {

std::filesystem::path source_dir();
/// ../shared/seeds beside the clone, when it is there (it is in CI).
std::optional<std::filesystem::path> seeds_dir();
/// ../shared/corpus beside the clone (170 real published PDFs), when it is there (it is in CI).
std::optional<std::filesystem::path> corpus_dir();

std::string read_file(const std::filesystem::path& path);
void write_file(const std::filesystem::path& path, const std::string& content);

/// Checks `text` with only the rules selected (all when empty).
FileResult check_text(const std::string& text, const std::vector<std::string>& select = {});

/// The (line, code) pairs of a result, for comparing with expectations.
std::vector<std::pair<std::uint32_t, std::string>> lines_and_codes(const FileResult& result);

/// Whether a finding of `code` points at `line`, itself or through one of its figures.
bool reported_at(const FileResult& result, const std::string& code, std::uint32_t line);

/// Whether an error or warning points at `line`, itself or through one of its figures.
bool problem_at(const FileResult& result, std::uint32_t line);

/// The byte offset of 1-based code-point `column` of 1-based `line` in `text` (as Location
/// counts them), for editing a seed where the model says a figure stands.
std::size_t offset_of(const std::string& text, std::uint32_t line, std::uint32_t column);

/// Converts UTF-8 to another encoding with iconv (for the encoding tests).
std::string encode(const std::string& utf8, const char* to);

}  // namespace budgetlint::testing
