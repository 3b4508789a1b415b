#include "fuzz_run.hpp"

#include <zip.h>

#include <sstream>
#include <string>

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
  if (target == "pdf") return input::read_pdf(bytes, limits());
  if (target == "docx") return input::read_docx(bytes, limits());
  if (target == "docx_xml") return input::read_docx(docx_with(bytes), limits());
  return input::read_text(bytes);
}

}  // namespace

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
