// The DOCX reader on small Word bodies written inline: the text Word's export would give, the
// table cells with their grid columns, spans and merges, and where every line came from.
#include <catch2/catch.hpp>

#include <zip.h>

#include <cstdio>

#include "budgetlint/input.hpp"
#include "budgetlint/pipeline.hpp"

using namespace budgetlint;

namespace {

// A .docx package around `body`, the XML inside <w:body>, zipped in memory with libzip.
std::string docx(const std::string& body) {
  const std::string types =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
      R"(<Default Extension="xml" ContentType="application/xml"/>)"
      R"(<Override PartName="/word/document.xml" )"
      R"(ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)";
  const std::string document =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)" +
      body + "</w:body></w:document>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* out = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* archive = zip_open_from_source(out, ZIP_TRUNCATE, &error);
  REQUIRE(archive);
  zip_source_keep(out);
  for (const auto& [name, content] : {std::pair{"[Content_Types].xml", &types}, {"word/document.xml", &document}}) {
    zip_source_t* part = zip_source_buffer(archive, content->data(), content->size(), 0);
    REQUIRE(zip_file_add(archive, name, part, ZIP_FL_ENC_UTF_8) >= 0);
  }
  REQUIRE(zip_close(archive) == 0);
  std::string bytes;
  REQUIRE(zip_source_open(out) == 0);
  char buffer[4096];
  for (zip_int64_t n; (n = zip_source_read(out, buffer, sizeof buffer)) > 0;)
    bytes.append(buffer, static_cast<std::size_t>(n));
  zip_source_close(out);
  zip_source_free(out);
  zip_error_fini(&error);
  return bytes;
}

std::string p(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
}

std::string tc(const std::string& content, const std::string& properties = "") {
  return "<w:tc><w:tcPr>" + properties + "</w:tcPr>" + content + "</w:tc>";
}

Document read(const std::string& body) {
  Document d = input::read_docx(docx(body));
  REQUIRE_FALSE(d.problem);
  return d;
}

}  // namespace

TEST_CASE("docx: paragraphs in order, one a line, joined without a newline after the last", "[input][docx]") {
  Document d = read(p("平乡县人民政府办公室") + "<w:p/>" + p("一、部门职责及机构设置情况"));
  CHECK(d.type == FileType::Docx);
  CHECK(d.decoded.encoding == "DOCX");
  CHECK(d.decoded.utf8 == "平乡县人民政府办公室\n\n一、部门职责及机构设置情况");
  CHECK(d.tables.empty());
  for (std::uint32_t line : {0u, 1u, 2u}) {
    INFO("line " << line);
    auto o = d.origin_of(line, 0);
    REQUIRE(o);
    CHECK(o->paragraph == line + 1);
    CHECK(o->table == 0);
    CHECK(o->page == 0);
  }
  CHECK(d.origin_of(2, 5)->paragraph == 3);  // any column of the line
  CHECK_FALSE(d.origin_of(3, 0));
}

TEST_CASE("docx: a table with gridSpan, gridBefore and vMerge restart + continue", "[input][docx][table]") {
  const std::string grid = "<w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>";
  const std::string rows =
      "<w:tr>" + tc(p("产出指标"), "<w:vMerge w:val=\"restart\"/>") + tc(p("数量指标")) + tc(p("≥2次")) + "</w:tr>" +
      // Word keeps a continuation cell's paragraph empty; stale text in it is not shown either.
      "<w:tr>" + tc(p("旧文字"), "<w:vMerge/>") + tc(p("质量指标")) + tc(p("100%") + p("验收合格")) + "</w:tr>" +
      "<w:tr>" + tc(p("合计"), "<w:gridSpan w:val=\"3\"/>") + "</w:tr>" +
      "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc(p("单位：万元"), "<w:gridSpan w:val=\"2\"/>") +
      "</w:tr>";
  Document d = read(p("绩效目标表") + "<w:tbl><w:tblPr/>" + grid + rows + "</w:tbl>" + p("说明"));
  CHECK(d.decoded.utf8 ==
        "绩效目标表\n"
        "\t产出指标\n\t数量指标\n\t≥2次\n\n"
        "\t\n\t质量指标\n\t100%\n验收合格\n\n"
        "\t合计\n\n"
        "\t单位：万元\n\n"
        "说明");
  REQUIRE(d.tables.size() == 1);
  const DocxTable& t = d.tables[0];
  CHECK(t.first_line == 1);
  CHECK(t.last_line == 13);  // the blank line after the last row
  REQUIRE(t.rows.size() == 4);
  REQUIRE(t.rows[0].cells.size() == 3);
  CHECK_FALSE(t.rows[0].cells[0].merged_above);
  CHECK(t.rows[0].cells[2].column == 2);
  REQUIRE(t.rows[1].cells.size() == 3);
  CHECK(t.rows[1].cells[0].merged_above);
  CHECK(t.rows[1].cells[0].first_line == 5);
  CHECK(t.rows[1].cells[0].last_line == 5);
  CHECK(t.rows[1].cells[2].first_line == 7);
  CHECK(t.rows[1].cells[2].last_line == 8);  // its second paragraph
  REQUIRE(t.rows[2].cells.size() == 1);
  CHECK(t.rows[2].cells[0].column == 0);
  CHECK(t.rows[2].cells[0].column_span == 3);
  REQUIRE(t.rows[3].cells.size() == 1);
  CHECK(t.rows[3].cells[0].column == 1);
  CHECK(t.rows[3].cells[0].column_span == 2);

  auto o = d.origin_of(8, 0);  // 验收合格
  REQUIRE(o);
  CHECK(o->table == 1);
  CHECK(o->row == 2);
  CHECK(o->cell == 3);
  CHECK(o->paragraph == 0);
  CHECK(d.origin_of(10, 1)->row == 3);
  CHECK_FALSE(d.origin_of(9, 0));             // the blank line after a row comes from no cell
  CHECK(d.origin_of(14, 0)->paragraph == 2);  // body paragraphs are counted outside tables
}

TEST_CASE("docx: a TOC field keeps its entries, not “TOC \\o” nor the PAGEREF instructions", "[input][docx][field]") {
  auto entry = [](const std::string& title, const std::string& anchor, const std::string& page) {
    return "<w:hyperlink w:anchor=\"" + anchor + "\"><w:r><w:t>" + title + "</w:t></w:r><w:r><w:tab/></w:r>" +
           "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" + "<w:r><w:instrText xml:space=\"preserve\"> PAGEREF " +
           anchor + " \\h </w:instrText></w:r>" + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>" +
           page + "</w:t></w:r>" + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:hyperlink>";
  };
  // As Word writes it: a content control around the 目录, the field open over several paragraphs.
  const std::string toc =
      "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/></w:docPartObj></w:sdtPr>"
      "<w:sdtContent>" +
      p("目录") + "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" +
      "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h \\z \\u </w:instrText></w:r>" +
      "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + entry("一、部门职责", "_Toc1", "1") + "</w:p>" + "<w:p>" +
      entry("二、部门预算安排的总体情况", "_Toc2", "3") + "</w:p>" +
      "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:sdtContent></w:sdt>";
  Document d = read(toc + p("一、部门职责"));
  CHECK(d.decoded.utf8 == "目录\n一、部门职责 1\n二、部门预算安排的总体情况 3\n\n一、部门职责");
}

TEST_CASE("docx: a TC field and bookmarks leave no residue; a simple field its result", "[input][docx][field]") {
  const std::string heading =
      "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"_Toc29799657\"/><w:bookmarkEnd w:id=\"0\"/>"
      "<w:r><w:t>1.培育和发展信用服务市场专项经费绩效目标表</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> TC 2、办公自动化（OA）和督查督办系统升级及推广费绩效目标表 \\f C \\l "
      "1 "
      "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
  const std::string only_bookmark =
      "<w:p><w:bookmarkStart w:id=\"1\" w:name=\"_Toc63672449\"/><w:bookmarkEnd w:id=\"1\"/></w:p>";
  const std::string page =
      "<w:p><w:r><w:t xml:space=\"preserve\">第 </w:t></w:r><w:fldSimple w:instr=\" PAGE \">"
      "<w:r><w:t>3</w:t></w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> 页</w:t></w:r></w:p>";
  Document d = read(heading + only_bookmark + page);
  CHECK(d.decoded.utf8 == "1.培育和发展信用服务市场专项经费绩效目标表\n\n第 3 页");
  FileResult r = check_document(docx(heading + only_bookmark + page), "t.docx", RuleSelection());
  for (const Finding& f : r.findings) {
    CHECK(f.code != "X101");
    CHECK(f.code != "X102");
  }
}

TEST_CASE("docx: a field nested in another's instruction shows only the outer result", "[input][docx][field]") {
  auto fld = [](const char* type) { return std::string("<w:r><w:fldChar w:fldCharType=\"") + type + "\"/></w:r>"; };
  auto instr = [](const char* text) {
    return std::string("<w:r><w:instrText xml:space=\"preserve\">") + text + "</w:instrText></w:r>";
  };
  const std::string body = "<w:p><w:r><w:t>性质：</w:t></w:r>" + fld("begin") + instr(" IF ") + fld("begin") +
                           instr(" MERGEFIELD 单位性质 ") + fld("separate") + "<w:r><w:t>1</w:t></w:r>" + fld("end") +
                           instr(" = 1 \"行政\" \"事业\" ") + fld("separate") + "<w:r><w:t>行政</w:t></w:r>" +
                           fld("end") + "</w:p>";
  CHECK(read(body).decoded.utf8 == "性质：行政");
}

TEST_CASE("docx: w:tab is a space, w:br a new line, a page break nothing", "[input][docx]") {
  const std::string body =
      "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>"
      "<w:r><w:t>1、优化政务服务</w:t><w:tab/></w:r></w:p>"
      "<w:p><w:r><w:t>合计</w:t><w:tab/><w:t>100.00</w:t></w:r></w:p>"
      "<w:p><w:r><w:t>指挥中心正常</w:t><w:br/><w:t>运行天数占总天数的比例</w:t></w:r></w:p>"
      "<w:p><w:r><w:br w:type=\"page\"/></w:r><w:r><w:t>二、部门预算</w:t></w:r></w:p>"
      "<w:tbl><w:tr>" +
      tc("<w:p><w:r><w:t>正常</w:t><w:br/><w:t>运行</w:t></w:r></w:p>") + "</w:tr></w:tbl>";
  Document d = read(body);
  CHECK(d.decoded.utf8 ==
        "1、优化政务服务 \n合计 100.00\n指挥中心正常\n运行天数占总天数的比例\n二、部门预算\n\t正常\n运行\n");
  CHECK(d.origin_of(3, 0)->paragraph == 3);  // the line after a w:br is still paragraph 3
  CHECK(d.origin_of(6, 0)->cell == 1);
  CHECK(d.tables[0].rows[0].cells[0].last_line == 6);
}

TEST_CASE("docx: tracked insertions are kept, deletions and moved-away text dropped", "[input][docx]") {
  const std::string body =
      "<w:p><w:r><w:t>比上年</w:t></w:r>"
      "<w:del w:id=\"1\" w:author=\"a\"><w:r><w:delText>减少</w:delText></w:r></w:del>"
      "<w:ins w:id=\"2\" w:author=\"a\"><w:r><w:t>增加</w:t></w:r></w:ins>"
      "<w:r><w:t>30.50万元</w:t></w:r></w:p>"
      "<w:p><w:moveFrom w:id=\"3\" w:author=\"a\"><w:r><w:t>旧位置</w:t></w:r></w:moveFrom>"
      "<w:moveTo w:id=\"4\" w:author=\"a\"><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>";
  CHECK(read(body).decoded.utf8 == "比上年增加30.50万元\n新位置");
}

TEST_CASE("docx: content controls around paragraphs, rows, cells and runs", "[input][docx][sdt]") {
  auto sdt = [](const std::string& content) {
    return "<w:sdt><w:sdtPr><w:alias w:val=\"项目名称\"/><w:rPr><w:b/></w:rPr></w:sdtPr><w:sdtEndPr/>"
           "<w:sdtContent>" +
           content + "</w:sdtContent></w:sdt>";
  };
  const std::string body = sdt(p("一、部门职责")) + "<w:tbl>" +
                           sdt("<w:tr>" + tc(p("项目名称")) + sdt(tc(p("机关运行经费"))) + "</w:tr>") + "<w:tr>" +
                           tc(p("预算数")) + tc(p("49.90")) + "</w:tr></w:tbl>" + "<w:p><w:r><w:t>单位：</w:t></w:r>" +
                           sdt("<w:r><w:t>万元</w:t></w:r>") + "</w:p>";
  Document d = read(body);
  CHECK(d.decoded.utf8 == "一、部门职责\n\t项目名称\n\t机关运行经费\n\n\t预算数\n\t49.90\n\n单位：万元");
  REQUIRE(d.tables.size() == 1);
  REQUIRE(d.tables[0].rows.size() == 2);
  CHECK(d.tables[0].rows[0].cells.size() == 2);
  CHECK(d.tables[0].rows[0].cells[1].column == 1);
  CHECK(d.origin_of(2, 0)->cell == 2);
  CHECK(d.origin_of(7, 0)->paragraph == 2);
}

TEST_CASE("docx: an empty document gives no text and a P103", "[input][docx]") {
  Document d = read("<w:sectPr/>");
  CHECK(d.decoded.utf8.empty());
  CHECK(d.pieces.empty());
  CHECK(d.tables.empty());
  FileResult r = check_document(docx("<w:sectPr/>"), "empty.docx", RuleSelection());
  REQUIRE(r.findings.size() == 1);
  CHECK(r.findings[0].code == "P103");
  CHECK(read("<w:p/><w:sectPr/>").decoded.utf8.empty());  // Word's blank document: one empty paragraph
}

TEST_CASE("docx: read_document sniffs a .docx from its bytes", "[input][docx]") {
  Document d = input::read_document(docx(p("2025年部门预算")));
  CHECK(d.type == FileType::Docx);
  CHECK(d.decoded.utf8 == "2025年部门预算");
}

TEST_CASE("docx: bytes that are not UTF-8 become “?” in place and are listed", "[input][docx]") {
  Document d = read(p("收入\xff合计"));
  CHECK(d.decoded.utf8 == "收入?合计");
  REQUIRE(d.decoded.invalid.size() == 1);
  CHECK(d.decoded.invalid[0].bytes_hex == "FF");
  CHECK(d.decoded.invalid[0].line == 1);
  CHECK(d.decoded.invalid[0].column == 3);
}
