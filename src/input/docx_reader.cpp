// DOCX through libzip + pugixml. The body is written as Word's own text export writes it, the
// flavour the seeds have: a line per paragraph; a table row as one cell per line, each cell
// opening with a TAB (its further paragraphs on lines of their own) and a blank line after the
// row. Field instructions ({ TC … }, { PAGEREF … }) and bookmarks are not text and never appear;
// field results (a 目录's entries) do.
#include <pugixml.hpp>
#include <zip.h>

#include <algorithm>
#include <cstdlib>
#include <memory>

#include "budgetlint/input.hpp"
#include "problems.hpp"

namespace budgetlint::input {
namespace {

std::string_view local_name(const pugi::xml_node& n) {
  std::string_view name = n.name();
  std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is(const pugi::xml_node& n, std::string_view name) { return local_name(n) == name; }

// The value of w:val (or any prefix's val) of a node.
std::string_view val_of(const pugi::xml_node& n) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    std::string_view name = a.name();
    if (name == "val" || (name.size() > 4 && name.substr(name.size() - 4) == ":val")) return a.value();
  }
  return {};
}

pugi::xml_node child_named(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_node& c : n.children()) {
    if (is(c, name)) return c;
  }
  return {};
}

// The text of one paragraph: its runs, with field instructions left out.
class ParagraphText {
 public:
  std::string read(const pugi::xml_node& p) {
    text_.clear();
    depth_ = 0;
    walk(p);
    return text_;
  }

 private:
  void walk(const pugi::xml_node& n) {
    for (const pugi::xml_node& c : n.children()) {
      std::string_view name = local_name(c);
      if (name == "fldChar") {
        std::string_view type;
        for (const pugi::xml_attribute& a : c.attributes()) {
          std::string_view an = a.name();
          if (an == "fldCharType" || (an.size() > 12 && an.substr(an.size() - 12) == "fldCharType")) type = a.value();
        }
        if (type == "begin") instruction_.push_back(true);
        if (type == "separate" && !instruction_.empty()) instruction_.back() = false;
        if (type == "end" && !instruction_.empty()) instruction_.pop_back();
        continue;
      }
      bool in_instruction = !instruction_.empty() && instruction_.back();
      if (name == "t") {
        if (!in_instruction) text_ += c.text().get();
      } else if (name == "tab" || name == "ptab") {
        if (!in_instruction) text_ += ' ';
      } else if (name == "noBreakHyphen") {
        if (!in_instruction) text_ += '-';
      } else if (name == "instrText" || name == "delText" || name == "del" || name == "drawing" || name == "pict" ||
                 name == "AlternateContent" || name == "footnoteReference" || name == "endnoteReference" ||
                 name == "rPr" || name == "pPr") {
        // not text of this paragraph
      } else if (++depth_ < kMaxDepth) {
        walk(c);  // r, hyperlink, fldSimple, smartTag, ins, sdt, sdtContent …
        --depth_;
      }
    }
  }

  static constexpr int kMaxDepth = 64;
  std::string text_;
  std::vector<bool> instruction_;  // per open field: still in its instruction part
  int depth_ = 0;
};

class BodyWriter {
 public:
  explicit BodyWriter(Document& doc) : doc_(doc), text_(doc.decoded.utf8) {}

  void body(const pugi::xml_node& n, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "p")) {
        Origin o;
        o.paragraph = ++paragraphs_;
        line(paragraph_.read(c), o);
      } else if (is(c, "tbl")) {
        table(c);
      } else if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml")) {
        body(c, depth + 1);
      }
    }
  }

 private:
  static constexpr int kMaxDepth = 32;

  void line(const std::string& text, const Origin& origin, bool cell_start = false) {
    doc_.pieces.push_back({line_, 0, origin});
    if (cell_start) text_ += '\t';
    for (char c : text) text_ += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    text_ += '\n';
    ++line_;
  }

  void blank() {
    text_ += '\n';
    ++line_;
  }

  // Rows, possibly inside content controls.
  void rows_of(const pugi::xml_node& n, std::vector<pugi::xml_node>& out, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "tr"))
        out.push_back(c);
      else if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml"))
        rows_of(c, out, depth + 1);
    }
  }

  void cells_of(const pugi::xml_node& n, std::vector<pugi::xml_node>& out, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "tc"))
        out.push_back(c);
      else if (is(c, "sdt") || is(c, "sdtContent") || is(c, "customXml"))
        cells_of(c, out, depth + 1);
    }
  }

  // The paragraphs of a cell, those of tables inside it included.
  void cell_paragraphs(const pugi::xml_node& n, std::vector<std::string>& out, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "p"))
        out.push_back(paragraph_.read(c));
      else if (is(c, "tbl") || is(c, "tr") || is(c, "tc") || is(c, "sdt") || is(c, "sdtContent") ||
               is(c, "customXml"))
        cell_paragraphs(c, out, depth + 1);
    }
  }

  void table(const pugi::xml_node& tbl) {
    DocxTable t;
    t.first_line = line_;
    std::uint32_t number = ++tables_;
    std::vector<pugi::xml_node> rows;
    rows_of(tbl, rows);
    for (std::size_t r = 0; r < rows.size(); ++r) {
      DocxRow row;
      std::vector<pugi::xml_node> cells;
      cells_of(rows[r], cells);
      std::uint32_t column = 0;
      if (pugi::xml_node pr = child_named(rows[r], "trPr")) {
        if (pugi::xml_node before = child_named(pr, "gridBefore"))
          column = static_cast<std::uint32_t>(std::strtoul(std::string(val_of(before)).c_str(), nullptr, 10));
      }
      for (std::size_t k = 0; k < cells.size(); ++k) {
        DocxCell cell;
        cell.column = column;
        pugi::xml_node pr = child_named(cells[k], "tcPr");
        if (pugi::xml_node span = child_named(pr, "gridSpan")) {
          unsigned long n = std::strtoul(std::string(val_of(span)).c_str(), nullptr, 10);
          cell.column_span = static_cast<std::uint32_t>(std::clamp(n, 1ul, 64ul));
        }
        if (pugi::xml_node merge = child_named(pr, "vMerge")) cell.merged_above = val_of(merge) != "restart";
        column += cell.column_span;
        Origin o;
        o.table = number;
        o.row = static_cast<std::uint32_t>(r + 1);
        o.cell = static_cast<std::uint32_t>(k + 1);
        cell.first_line = line_;
        std::vector<std::string> paragraphs;
        if (!cell.merged_above) cell_paragraphs(cells[k], paragraphs);
        if (paragraphs.empty()) paragraphs.emplace_back();
        for (std::size_t i = 0; i < paragraphs.size(); ++i) line(paragraphs[i], o, i == 0);
        cell.last_line = line_ - 1;
        row.cells.push_back(cell);
      }
      t.rows.push_back(std::move(row));
      blank();
    }
    t.last_line = line_ == 0 ? 0 : line_ - 1;
    doc_.tables.push_back(std::move(t));
  }

  Document& doc_;
  std::string& text_;
  ParagraphText paragraph_;
  std::uint32_t line_ = 0;
  std::uint32_t paragraphs_ = 0;
  std::uint32_t tables_ = 0;
};

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};

}  // namespace

Document read_docx(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes) return problem_document(FileType::Docx, too_large(bytes.size(), limits));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_error_fini(&error);
  if (!source) return problem_document(FileType::Docx, damaged("DOCX 无法读取 ZIP 结构", "cannot read the DOCX ZIP structure"));
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, nullptr));
  if (!archive) {
    zip_source_free(source);
    return problem_document(FileType::Docx, damaged("DOCX ZIP 结构已损坏", "the DOCX ZIP structure is damaged"));
  }
  zip_int64_t index = zip_name_locate(archive.get(), "word/document.xml", ZIP_FL_NOCASE);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (index < 0 || zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
    return problem_document(FileType::Docx, damaged("DOCX 缺少正文 word/document.xml", "the DOCX has no word/document.xml"));
  if ((stat.valid & ZIP_STAT_SIZE) && stat.size > limits.max_unpacked_bytes)
    return problem_document(FileType::Docx,
                            damaged("DOCX 正文解压后超过大小上限", "the DOCX text unpacks beyond the size limit"));
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE)
    return problem_document(FileType::Docx, ReadProblem{"P107", {}});
  zip_file_t* file = zip_fopen_index(archive.get(), static_cast<zip_uint64_t>(index), 0);
  if (!file) return problem_document(FileType::Docx, damaged("DOCX 无法解压正文", "cannot unpack the DOCX text"));
  std::string xml;
  char buffer[1 << 16];
  for (;;) {
    zip_int64_t n = zip_fread(file, buffer, sizeof buffer);
    if (n < 0) {
      zip_fclose(file);
      return problem_document(FileType::Docx, damaged("DOCX 正文解压出错", "unpacking the DOCX text failed"));
    }
    if (n == 0) break;
    xml.append(buffer, static_cast<std::size_t>(n));
    if (xml.size() > limits.max_unpacked_bytes) {
      zip_fclose(file);
      return problem_document(FileType::Docx,
                              damaged("DOCX 正文解压后超过大小上限", "the DOCX text unpacks beyond the size limit"));
    }
  }
  zip_fclose(file);
  pugi::xml_document dom;
  pugi::xml_parse_result parsed = dom.load_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed)
    return problem_document(FileType::Docx, damaged(std::string("DOCX 正文 XML 有误：") + parsed.description(),
                                                    std::string("the DOCX XML is broken: ") + parsed.description()));
  pugi::xml_node body;
  for (const pugi::xml_node& root : dom.children()) {
    if (is(root, "document")) body = child_named(root, "body");
  }
  Document doc;
  doc.type = FileType::Docx;
  doc.decoded.encoding = "DOCX";
  if (!body) return doc;  // an empty document: P103 says so
  BodyWriter(doc).body(body);
  return doc;
}

}  // namespace budgetlint::input
