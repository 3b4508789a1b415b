// DOCX through libzip + pugixml. The body is written as Word's own text export writes it, the
// flavour the Word seeds have: a line per paragraph (and per w:br inside one); a table row as one
// cell per line, each cell opening with a TAB (its further paragraphs on lines of their own) and
// a blank line after the row; lines joined by newlines. Field instructions ({ TC … }, { PAGEREF … })
// and bookmarks are not text and never appear; field results (a 目录's entries) do.
#include <zip.h>
#include <pugixml.hpp>
#include <utf8proc.h>

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

// The value of the attribute named `local` under any prefix (w:val, w:fldCharType …).
std::string_view attribute(const pugi::xml_node& n, std::string_view local) {
  for (const pugi::xml_attribute& a : n.attributes()) {
    std::string_view name = a.name();
    std::size_t colon = name.find(':');
    if ((colon == std::string_view::npos ? name : name.substr(colon + 1)) == local) return a.value();
  }
  return {};
}

std::string_view val_of(const pugi::xml_node& n) { return attribute(n, "val"); }

pugi::xml_node child_named(const pugi::xml_node& n, std::string_view name) {
  for (const pugi::xml_node& c : n.children()) {
    if (is(c, name)) return c;
  }
  return {};
}

// Parts of a paragraph that are no text of it: field instructions, deleted and moved-away text,
// pictures and text boxes, note marks, properties (w:pPr's tab stops are named w:tab too).
bool is_not_text(std::string_view name) {
  // clang-format off
  static constexpr std::string_view kSkipped[] = {
      "instrText", "delInstrText",
      "del", "delText", "moveFrom",
      "drawing", "pict", "object", "AlternateContent",
      "footnoteReference", "endnoteReference",
      "rPr", "pPr", "sdtPr", "sdtEndPr"};
  // clang-format on
  return std::find(std::begin(kSkipped), std::end(kSkipped), name) != std::end(kSkipped);
}

// The text of one paragraph as lines: a w:br or w:cr starts a new line, as in Word's export.
// Field state carries over from one paragraph to the next, since a TOC field spans many.
class ParagraphText {
 public:
  std::vector<std::string> read(const pugi::xml_node& p) {
    lines_.assign(1, std::string());
    depth_ = 0;
    walk(p);
    return lines_;
  }

 private:
  void walk(const pugi::xml_node& n) {
    for (const pugi::xml_node& c : n.children()) {
      std::string_view name = local_name(c);
      if (name == "fldChar") {
        field_char(attribute(c, "fldCharType"));
        continue;
      }
      if (is_not_text(name)) continue;
      // A field nested in another's instruction ({ IF { MERGEFIELD … } = …}) shows nothing either.
      bool shown = std::find(instruction_.begin(), instruction_.end(), true) == instruction_.end();
      if (name == "t") {
        if (shown) lines_.back() += c.text().get();
      } else if (name == "tab" || name == "ptab") {
        if (shown) lines_.back() += ' ';  // a TAB would make the line a table cell
      } else if (name == "noBreakHyphen") {
        if (shown) lines_.back() += '-';
      } else if (name == "br" || name == "cr") {
        if (shown && !is_page_break(c)) lines_.emplace_back();
      } else if (++depth_ < kMaxDepth) {
        walk(c);  // r, hyperlink, fldSimple, smartTag, ins, moveTo, sdt, sdtContent …
        --depth_;
      }
    }
  }

  // A page or column break is layout, not a line of text.
  static bool is_page_break(const pugi::xml_node& br) {
    std::string_view type = attribute(br, "type");
    return type == "page" || type == "column";
  }

  void field_char(std::string_view type) {
    if (type == "begin") instruction_.push_back(true);
    if (type == "separate" && !instruction_.empty()) instruction_.back() = false;
    if (type == "end" && !instruction_.empty()) instruction_.pop_back();
  }

  static constexpr int kMaxDepth = 64;
  std::vector<std::string> lines_;
  std::vector<bool> instruction_;  // per open field: still in its instruction part
  int depth_ = 0;
};

bool is_container(const pugi::xml_node& n) { return is(n, "sdt") || is(n, "sdtContent") || is(n, "customXml"); }

class BodyWriter {
 public:
  explicit BodyWriter(Document& doc) : doc_(doc), text_(doc.decoded.utf8) {}

  void body(const pugi::xml_node& n, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "p")) {
        Origin o;
        o.paragraph = ++paragraphs_;
        lines(paragraph_.read(c), o);
      } else if (is(c, "tbl")) {
        table(c);
      } else if (is_container(c)) {
        body(c, depth + 1);
      }
    }
  }

 private:
  static constexpr int kMaxDepth = 32;

  // Lines are joined by newlines, none after the last: the Word seeds end without one.
  void line(const std::string& text, const Origin& origin, bool cell_start = false) {
    if (line_ > 0) text_ += '\n';
    doc_.pieces.push_back({line_, 0, origin});
    if (cell_start) text_ += '\t';
    for (char c : text) text_ += c == '\n' || c == '\r' || c == '\t' ? ' ' : c;
    ++line_;
  }

  void lines(const std::vector<std::string>& paragraph, const Origin& origin, bool cell_start = false) {
    for (std::size_t i = 0; i < paragraph.size(); ++i) line(paragraph[i], origin, cell_start && i == 0);
  }

  void blank() {
    if (line_ > 0) text_ += '\n';
    ++line_;
  }

  // The children named `name` of n, through content controls.
  void children_of(const pugi::xml_node& n, std::string_view name, std::vector<pugi::xml_node>& out, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, name))
        out.push_back(c);
      else if (is_container(c))
        children_of(c, name, out, depth + 1);
    }
  }

  // The paragraphs of a cell, those of tables inside it included.
  void cell_paragraphs(const pugi::xml_node& n, std::vector<std::vector<std::string>>& out, int depth = 0) {
    if (depth > kMaxDepth) return;
    for (const pugi::xml_node& c : n.children()) {
      if (is(c, "p"))
        out.push_back(paragraph_.read(c));
      else if (is(c, "tbl") || is(c, "tr") || is(c, "tc") || is_container(c))
        cell_paragraphs(c, out, depth + 1);
    }
  }

  // The w:val of a w:gridSpan or w:gridBefore, within bounds whatever the file says.
  static std::uint32_t number_of(const pugi::xml_node& n, unsigned long least) {
    unsigned long v = std::strtoul(std::string(val_of(n)).c_str(), nullptr, 10);
    return static_cast<std::uint32_t>(std::clamp(v, least, 64ul));
  }

  DocxCell cell(const pugi::xml_node& tc, std::uint32_t column, const Origin& origin) {
    DocxCell cell;
    cell.column = column;
    pugi::xml_node pr = child_named(tc, "tcPr");
    if (pugi::xml_node span = child_named(pr, "gridSpan")) cell.column_span = number_of(span, 1);
    // A continuation's own paragraphs are empty in Word; the text is the restart cell's.
    if (pugi::xml_node merge = child_named(pr, "vMerge")) cell.merged_above = val_of(merge) != "restart";
    cell.first_line = line_;
    std::vector<std::vector<std::string>> paragraphs;
    if (!cell.merged_above) cell_paragraphs(tc, paragraphs);
    if (paragraphs.empty()) paragraphs.emplace_back(1, std::string());
    for (std::size_t i = 0; i < paragraphs.size(); ++i) lines(paragraphs[i], origin, i == 0);
    cell.last_line = line_ - 1;
    return cell;
  }

  DocxRow row(const pugi::xml_node& tr, std::uint32_t table, std::uint32_t number) {
    DocxRow row;
    std::uint32_t column = 0;
    if (pugi::xml_node before = child_named(child_named(tr, "trPr"), "gridBefore")) column = number_of(before, 0);
    std::vector<pugi::xml_node> cells;
    children_of(tr, "tc", cells);
    for (std::size_t k = 0; k < cells.size(); ++k) {
      Origin o;
      o.table = table;
      o.row = number;
      o.cell = static_cast<std::uint32_t>(k + 1);
      row.cells.push_back(cell(cells[k], column, o));
      column += row.cells.back().column_span;
    }
    blank();
    return row;
  }

  void table(const pugi::xml_node& tbl) {
    DocxTable t;
    t.first_line = line_;
    std::uint32_t number = ++tables_;
    std::vector<pugi::xml_node> rows;
    children_of(tbl, "tr", rows);
    for (std::size_t r = 0; r < rows.size(); ++r)
      t.rows.push_back(row(rows[r], number, static_cast<std::uint32_t>(r + 1)));
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

// Length of the valid UTF-8 sequence at `i`, or 0 (utf8proc's rules: no overlongs, no surrogates).
std::size_t valid_sequence(std::string_view s, std::size_t i) {
  utf8proc_int32_t cp = 0;
  auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + i),
                            static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
  return n > 0 ? static_cast<std::size_t>(n) : 0;
}

// pugixml passes on bytes that are not UTF-8 (a part declared UTF-8 that is not): each such
// byte becomes “?” in place, so every offset of the text stays, and is listed for P101.
void repair_utf8(text::Decoded& decoded) {
  std::string& s = decoded.utf8;
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < s.size();) {
    if (std::size_t n = valid_sequence(s, i)) {
      if (s[i] == '\n') {
        ++line;
        column = 0;
      }
      i += n;
      ++column;
      continue;
    }
    static const char* const kHex = "0123456789ABCDEF";
    auto byte = static_cast<unsigned char>(s[i]);
    decoded.invalid.push_back({line, column, std::string{kHex[byte >> 4], kHex[byte & 15]}});
    s[i] = '?';
    ++i;
    ++column;
  }
}

}  // namespace

Document read_docx(std::string_view bytes, const Limits& limits) {
  if (bytes.size() > limits.max_bytes) return problem_document(FileType::Docx, too_large(bytes.size(), limits));
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_error_fini(&error);
  if (!source)
    return problem_document(FileType::Docx, damaged("DOCX 无法读取 ZIP 结构", "cannot read the DOCX ZIP structure"));
  std::unique_ptr<zip_t, ZipCloser> archive(zip_open_from_source(source, ZIP_RDONLY, nullptr));
  if (!archive) {
    zip_source_free(source);
    return problem_document(FileType::Docx, damaged("DOCX ZIP 结构已损坏", "the DOCX ZIP structure is damaged"));
  }
  zip_int64_t index = zip_name_locate(archive.get(), "word/document.xml", ZIP_FL_NOCASE);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (index < 0 || zip_stat_index(archive.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0)
    return problem_document(FileType::Docx,
                            damaged("DOCX 缺少正文 word/document.xml", "the DOCX has no word/document.xml"));
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
  repair_utf8(doc.decoded);
  return doc;
}

}  // namespace budgetlint::input
