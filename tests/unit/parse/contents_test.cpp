#include <catch2/catch.hpp>

#include "budgetlint/parse.hpp"
#include "parse/contents.hpp"

using namespace budgetlint;

namespace {

const char* const kDocument =
    "松岭县财政局2025年部门预算公开\n"
    "目　录\n"
    "第一部分 松岭县财政局概况……………1\n"
    "一、部门预算收支总表 ........ 2\n"
    "二、部门预算国有资本经营预算财政拨款支出表·····10\n"
    "三、部门预算财政拨款“三公”经费支出表 11\n"
    "第一部分 松岭县财政局概况\n"
    "一、部门职责\n"
    "松岭县财政局负责全县财政收支管理、预算编制和执行、国有资产监督等工作。\n";

}  // namespace

TEST_CASE("contents: entries without leaders and page numbers, up to where the body repeats the first",
          "[parse][contents]") {
  auto source = SourceText::from_utf8(kDocument);
  parse::Contents c = parse::read_contents(source);
  REQUIRE(c.entries.size() == 4);
  CHECK(c.entries[0].title == "第一部分 松岭县财政局概况");
  CHECK_FALSE(c.entries[0].table);
  CHECK(c.entries[1].title == "一、部门预算收支总表");
  CHECK(c.entries[1].table == TableKind::Summary);
  CHECK(c.entries[2].title == "二、部门预算国有资本经营预算财政拨款支出表");
  CHECK(c.entries[2].table == TableKind::StateCapital);
  CHECK(c.entries[3].table == TableKind::ThreePublic);
  CHECK(source.location(c.entries[2].span.begin).line == 5);
  CHECK(c.body_line == 6);
}

TEST_CASE("contents: its lines are neither headings nor table titles", "[parse][contents]") {
  Disclosure d = parse::extract(SourceText::from_utf8(kDocument));
  CHECK(d.contents.size() == 4);
  CHECK(d.tables.empty());  // “一、部门预算收支总表 ........ 2” is an entry, not a table
  REQUIRE(d.sections.size() == 2);
  CHECK(d.sections[0].first_line == 7);
  CHECK(d.sections[1].title == "部门职责");
}

TEST_CASE("contents: a document without 目录 has none, and a late “目录” word is not one", "[parse][contents]") {
  CHECK(parse::read_contents(SourceText::from_utf8("一、部门职责\n负责全县财政工作。\n")).entries.empty());
  CHECK(parse::read_contents(SourceText::from_utf8("政府采购目录序号\n")).entries.empty());
}
