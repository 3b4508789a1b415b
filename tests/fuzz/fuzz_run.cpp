#include "fuzz_run.hpp"

#include <zip.h>

#include <sstream>
#include <string>
#include <vector>

#include "budgetlint/input.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"

namespace budgetlint::fuzz {
namespace {

// Small budgets, so one input never takes the fuzzer's whole time.
input::Limits limits() {
  input::Limits l;
  l.max_bytes = std::size_t{4} << 20;
  l.max_unpacked_bytes = std::size_t{16} << 20;
  l.max_pages = 50;
  l.max_seconds = 5;
  return l;
}

// Mutating a ZIP mostly breaks its checksums; wrapping the bytes as word/document.xml of a
// well-formed .docx reaches the XML reader that mutated archives rarely do.
std::string docx_with(std::string_view document) {
  static const std::string types =
      R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = out ? zip_open_from_source(out, ZIP_TRUNCATE, &error) : nullptr;
  std::string bytes;
  if (archive) {
    zip_source_keep(out);
    zip_file_add(archive, "[Content_Types].xml", zip_source_buffer(archive, types.data(), types.size(), 0), 0);
    zip_file_add(archive, "word/document.xml", zip_source_buffer(archive, document.data(), document.size(), 0), 0);
    if (zip_close(archive) == 0 && zip_source_open(out) == 0) {
      char buffer[8192];
      for (zip_int64_t n; (n = zip_source_read(out, buffer, sizeof buffer)) > 0;)
        bytes.append(buffer, static_cast<std::size_t>(n));
      zip_source_close(out);
    }
  }
  if (out) zip_source_free(out);
  zip_error_fini(&error);
  return bytes;
}

Document read(std::string_view target, std::string_view bytes) {
  if (target == "pipeline") return input::read_document(bytes, limits());
  if (target == "pdf") return input::read_pdf(bytes, limits());
  if (target == "docx") return input::read_docx(bytes, limits());
  if (target == "docx_xml") return input::read_docx(docx_with(bytes), limits());
  return input::read_text(bytes);
}

constexpr const char* kHugeFigures[] = {
    "999999999999999999999999999999",  // past any integer type
    "9223372036854775807",             // INT64_MAX
    "922337203685.4775807",            // near the limit in 0.0001 万元
    "999999999999.9999",               // the largest amount
    "1000000000000",                   // one past it
    "0.000000000000000001",            // more decimals than the scale
    "9,999,999,999,999,999.99",        // separated giant
    "-999999999999.99",                // negative
    "00000000000000000000000001",      // leading zeros
};

}  // namespace

std::string mutate_figure(const std::string& text, unsigned choice) {
  std::vector<std::pair<std::size_t, std::size_t>> figures;  // begin, length of each digit run
  for (std::size_t i = 0; i < text.size();) {
    if (text[i] < '0' || text[i] > '9') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && ((text[j] >= '0' && text[j] <= '9') || text[j] == '.' || text[j] == ',')) ++j;
    figures.emplace_back(i, j - i);
    i = j;
  }
  const char* huge = kHugeFigures[choice % (sizeof kHugeFigures / sizeof kHugeFigures[0])];
  if (figures.empty()) return text + huge + "万元";
  auto [begin, length] = figures[(choice / 16) % figures.size()];
  std::string out = text;
  out.replace(begin, length, huge);
  return out;
}

void run(std::string_view target, std::string_view bytes) {
  Document document = read(target, bytes);
  (void)report::model_json(parse_read(document), "fuzz-input").dump();
  std::vector<FileResult> results;
  results.push_back(check_read(std::move(document), "fuzz-input", RuleSelection{}));
  (void)report::findings_json(results, report::Lang::Zh).dump();
  std::ostringstream text;
  report::write_text(text, results, report::TextOptions{});
}

}  // namespace budgetlint::fuzz
