#include <catch2/catch.hpp>

#include "parse/paragraphs.hpp"

using budgetlint::SourceText;
using budgetlint::parse::build_paragraphs;
using budgetlint::parse::parse_heading_number;

TEST_CASE("paragraphs: pdftotext wrapping is joined, figure and unit meet again", "[parse][paragraphs]") {
  auto st = SourceText::from_utf8(
      "年度部门预算中支出预算的总体情况。2025年支出预算 812.40万元，其中基本支出 600.00万元，包括人员经费 550.10\n"
      "\n"
      "万元和日常公用经费 49.90万元；项目支出 212.40万元。\n"
      "3、比上年增减情况\n");
  auto ps = build_paragraphs(st);
  REQUIRE(ps.size() == 2);
  CHECK(ps[0].text.find("人员经费 550.10万元和日常公用经费") != std::string::npos);
  CHECK(ps[0].first_line == 0);
  CHECK(ps[0].last_line == 2);
  // The joined offset of “万元和” maps back to line 3, column 1.
  std::size_t at = ps[0].text.find("万元和");
  CHECK(st.location(ps[0].to_doc(at, at + 3).begin).line == 3);
  CHECK(st.location(ps[0].to_doc(at, at + 3).begin).column == 1);
  CHECK(ps[1].text == "3、比上年增减情况");
}

TEST_CASE("paragraphs: short lines, sentences and table cells stay apart", "[parse][paragraphs]") {
  auto st = SourceText::from_utf8("1、收入说明\n反映本部门当年全部收入。\n\t项目\n\t数量\n");
  auto ps = build_paragraphs(st);
  REQUIRE(ps.size() == 4);
  CHECK(ps[2].table_cell);
  CHECK(ps[2].text == "项目");
}

TEST_CASE("paragraphs: heading numbers", "[parse][paragraphs]") {
  CHECK(parse_heading_number("一、部门职责").level == 1);
  CHECK(parse_heading_number("二十、其他").number == "二十");
  CHECK(parse_heading_number("(三)工作保障措施").level == 2);
  CHECK(parse_heading_number("(三)工作保障措施").number == "(三)");
  CHECK(parse_heading_number("1、收入说明").level == 3);
  CHECK(parse_heading_number("1 、 收入").level == 3);
  CHECK(parse_heading_number("2.增强意识").level == 3);
  CHECK(parse_heading_number("(4)访谈").level == 4);
  CHECK(parse_heading_number("1.5万元").level == 0);
  CHECK(parse_heading_number("2021年预算").level == 0);
  CHECK(parse_heading_number("部门职责").level == 0);
}
