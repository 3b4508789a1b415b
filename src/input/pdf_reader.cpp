// PDF through libpoppler-cpp: the words of every page with their boxes and font sizes, then
// pdf_layout makes the document text of them.
#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>
#include <poppler/cpp/poppler-page.h>

#include <chrono>
#include <climits>
#include <memory>
#include <mutex>

#include "budgetlint/input.hpp"
#include "pdf_layout.hpp"
#include "problems.hpp"

namespace budgetlint::input {
namespace {

// poppler prints its complaints about damaged files on stderr; the findings say what matters.
void silence_poppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function([](const std::string&, void*) {}, nullptr); });
}

// A page whose text a reader sees: in the coordinates poppler reports its words in, which are
// those of the page as displayed (turned by its /Rotate).
detail::RawPage read_page(const poppler::page& page) {
  detail::RawPage out;
  poppler::rectf rect = page.page_rect();
  bool turned = page.orientation() == poppler::page::landscape || page.orientation() == poppler::page::seascape;
  out.width = static_cast<float>(turned ? rect.height() : rect.width());
  out.height = static_cast<float>(turned ? rect.width() : rect.height());
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    poppler::byte_array utf8 = box.text().to_utf8();
    detail::RawWord w;
    w.text.assign(utf8.begin(), utf8.end());
    if (w.text.find_first_not_of(" \t\r\n\f") == std::string::npos) continue;
    poppler::rectf b = box.bbox();
    w.box = {static_cast<float>(b.x()), static_cast<float>(b.y()), static_cast<float>(b.x() + b.width()),
             static_cast<float>(b.y() + b.height())};
    w.font_size = box.has_font_info() ? static_cast<float>(box.get_font_size()) : 0.0f;
    w.space_after = box.has_space_after();
    out.words.push_back(std::move(w));
  }
  return out;
}

std::size_t text_characters(const std::vector<detail::RawPage>& pages) {
  std::size_t n = 0;
  for (const detail::RawPage& p : pages) {
    for (const detail::RawWord& w : p.words) n += w.text.size();
  }
  return n;
}

}  // namespace

Document read_pdf(std::string_view bytes, const Limits& limits) {
  silence_poppler();
  if (bytes.size() > limits.max_bytes || bytes.size() > static_cast<std::size_t>(INT_MAX))
    return problem_document(FileType::Pdf, too_large(bytes.size(), limits));
  std::unique_ptr<poppler::document> pdf(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!pdf) return problem_document(FileType::Pdf, damaged("PDF 结构损坏，无法打开", "the PDF structure is damaged and cannot be opened"));
  if (pdf->is_locked()) return problem_document(FileType::Pdf, ReadProblem{"P107", {}});
  int count = pdf->pages();
  if (count <= 0) return problem_document(FileType::Pdf, damaged("PDF 没有页面", "the PDF has no pages"));
  if (static_cast<std::uint32_t>(count) > limits.max_pages)
    return problem_document(FileType::Pdf, damaged("PDF 页数超过 " + std::to_string(limits.max_pages) + " 页的上限", "the PDF has more than " + std::to_string(limits.max_pages) + " pages"));
  auto start = std::chrono::steady_clock::now();
  std::vector<detail::RawPage> pages;
  pages.reserve(static_cast<std::size_t>(count));
  for (int i = 0; i < count; ++i) {
    std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
    if (spent.count() > limits.max_seconds)
      return problem_document(FileType::Pdf, damaged("读取 PDF 超过 " + std::to_string(static_cast<int>(limits.max_seconds)) + " 秒的上限", "reading the PDF took more than " + std::to_string(static_cast<int>(limits.max_seconds)) + " seconds"));
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    pages.push_back(page ? read_page(*page) : detail::RawPage{});
  }
  // A scan has no text layer, or only a stray character or two per page.
  if (text_characters(pages) < 8 * pages.size() + 16)
    return problem_document(FileType::Pdf, ReadProblem{"P106", {{"pages", std::to_string(count)}}});
  return detail::compose_pdf(pages);
}

}  // namespace budgetlint::input
