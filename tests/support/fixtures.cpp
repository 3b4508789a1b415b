#include "support/fixtures.hpp"

#include <iconv.h>

#include <fstream>
#include <iterator>
#include <stdexcept>

namespace budgetlint::testing {

std::filesystem::path source_dir() { return BUDGETLINT_SOURCE_DIR; }

std::optional<std::filesystem::path> seeds_dir() {
  std::filesystem::path p = BUDGETLINT_SEEDS_DIR;
  if (std::filesystem::is_directory(p)) return p;
  return std::nullopt;
}

std::optional<std::filesystem::path> corpus_dir() {
  std::filesystem::path p = BUDGETLINT_CORPUS_DIR;
  if (std::filesystem::is_directory(p)) return p;
  return std::nullopt;
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

void write_file(const std::filesystem::path& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
}

FileResult check_text(const std::string& text, const std::vector<std::string>& select) {
  return check_document(text, "test.txt", RuleSelection(select, {}));
}

std::vector<std::pair<std::uint32_t, std::string>> lines_and_codes(const FileResult& result) {
  std::vector<std::pair<std::uint32_t, std::string>> out;
  for (const Finding& f : result.findings) out.emplace_back(f.location.line, f.code);
  return out;
}

bool reported_at(const FileResult& result, const std::string& code, std::uint32_t line) {
  for (const Finding& f : result.findings) {
    if (f.code != code) continue;
    if (f.location.line == line) return true;
    for (const EvidenceFigure& e : f.evidence.figures) {
      if (e.location.line == line) return true;
    }
  }
  return false;
}

bool problem_at(const FileResult& result, std::uint32_t line) {
  for (const Finding& f : result.findings) {
    if (f.severity == Severity::Info) continue;
    if (f.location.line == line) return true;
    for (const EvidenceFigure& e : f.evidence.figures) {
      if (e.location.line == line) return true;
    }
  }
  return false;
}

std::size_t offset_of(const std::string& text, std::uint32_t line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t l = 1; l < line; ++l) at = text.find('\n', at) + 1;
  for (std::uint32_t c = 1; c < column; ++c) {
    ++at;
    while (at < text.size() && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  return at;
}

std::string encode(const std::string& utf8, const char* to) {
  iconv_t cd = iconv_open(to, "UTF-8");
  if (cd == reinterpret_cast<iconv_t>(-1)) throw std::runtime_error("iconv_open");
  std::string out(utf8.size() * 4 + 16, '\0');
  char* in = const_cast<char*>(utf8.data());
  std::size_t in_left = utf8.size();
  char* o = out.data();
  std::size_t out_left = out.size();
  std::size_t r = iconv(cd, &in, &in_left, &o, &out_left);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1)) throw std::runtime_error("iconv");
  out.resize(out.size() - out_left);
  return out;
}

}  // namespace budgetlint::testing
