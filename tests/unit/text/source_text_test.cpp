#include <catch2/catch.hpp>

#include "budgetlint/source.hpp"

using budgetlint::SourceText;

TEST_CASE("source text: NFKC makes full-width forms ASCII", "[text][normalize]") {
  auto st = SourceText::from_utf8("预算收入１１６６．６０万元（其中：１００％）");
  CHECK(st.text() == "预算收入1166.60万元(其中:100%)");
  CHECK(st.original_line(0) == "预算收入１１６６．６０万元（其中：１００％）");
}

TEST_CASE("source text: offsets map back to original lines and columns", "[text][normalize]") {
  auto st = SourceText::from_utf8("第一行\n基本支出５１９．０７万元\r\n末行");
  REQUIRE(st.line_count() == 3);
  CHECK(st.line(1) == "基本支出519.07万元");
  CHECK(st.original_line(1) == "基本支出５１９．０７万元");
  auto at = static_cast<std::uint32_t>(st.text().find("519"));
  CHECK(st.location(at).line == 2);
  CHECK(st.location(at).column == 5);
  CHECK(st.line(2) == "末行");
}

TEST_CASE("source text: a character that expands keeps later columns true", "[text][normalize]") {
  // “㎡” becomes “m2”: one original column, two normalised code points.
  auto st = SourceText::from_utf8("面积㎡共计12万元");
  CHECK(st.text() == "面积m2共计12万元");
  auto at = static_cast<std::uint32_t>(st.text().find("12"));
  CHECK(st.column_of(at) == 6);
}

TEST_CASE("source text: empty input has one empty line", "[text][normalize]") {
  auto st = SourceText::from_utf8("");
  CHECK(st.line_count() == 1);
  CHECK(st.location(0).line == 1);
  CHECK(st.location(0).column == 1);
}
