#include <catch2/catch.hpp>

#include "parse/indicator_value.hpp"

using namespace budgetlint;
using budgetlint::parse::parse_indicator_value;

namespace {

std::string number(const IndicatorValue& v) { return v.number ? v.number->to_string() : "<none>"; }

}  // namespace

TEST_CASE("indicator value: comparator, number and unit", "[parse][indicator]") {
  auto v = parse_indicator_value("≥95%");
  CHECK(v.comparator == Comparator::AtLeast);
  CHECK(number(v) == "95");
  CHECK(v.unit == "%");

  v = parse_indicator_value("≤3.5 万元");  // pdftotext keeps the space before the unit
  CHECK(v.comparator == Comparator::AtMost);
  CHECK(number(v) == "3.5");
  CHECK(v.unit == "万元");

  v = parse_indicator_value("6 个");
  CHECK(v.comparator == Comparator::None);
  CHECK(number(v) == "6");
  CHECK(v.unit == "个");

  v = parse_indicator_value("≤48000百分比");
  CHECK(v.unit == "百分比");

  v = parse_indicator_value("=100%");
  CHECK(v.comparator == Comparator::Equal);

  v = parse_indicator_value(">80%");
  CHECK(v.comparator == Comparator::Greater);

  v = parse_indicator_value("<60");
  CHECK(v.comparator == Comparator::Less);
  CHECK(v.unit.empty());
}

TEST_CASE("indicator value: comparators in words, before and after", "[parse][indicator]") {
  auto v = parse_indicator_value("不少于12户");
  CHECK(v.comparator == Comparator::AtLeast);
  CHECK(number(v) == "12");
  CHECK(v.unit == "户");

  v = parse_indicator_value("不低于90%");
  CHECK(v.comparator == Comparator::AtLeast);

  v = parse_indicator_value("20人次以上");
  CHECK(v.comparator == Comparator::AtLeast);
  CHECK(v.unit == "人次");

  v = parse_indicator_value("3天以内");
  CHECK(v.comparator == Comparator::AtMost);
  CHECK(v.unit == "天");

  v = parse_indicator_value("1200平方米");
  CHECK(v.unit == "平方米");

  v = parse_indicator_value("30万条");
  CHECK(v.unit == "万条");
}

TEST_CASE("indicator value: glued to prose, words, blank", "[parse][indicator]") {
  auto v = parse_indicator_value("≥85以全年工作进度为指标100。");
  CHECK(v.comparator == Comparator::AtLeast);
  CHECK(number(v) == "85");
  CHECK(v.unit.empty());
  CHECK(v.qualitative.empty());

  v = parse_indicator_value("明显提升");
  CHECK(!v.number);
  CHECK(v.comparator == Comparator::None);
  CHECK(v.qualitative == "明显提升");
  CHECK(!v.empty());

  v = parse_indicator_value("  ");
  CHECK(v.empty());

  v = parse_indicator_value("≥良好");  // a comparator before words measures nothing
  CHECK(!v.number);
  CHECK(v.qualitative == "≥良好");
}

TEST_CASE("indicator value cell: words before the bound or between the bound and its figure", "[parse][indicator]") {
  using budgetlint::parse::read_indicator_cell;
  auto v = read_indicator_cell("较上一年下降或≤14.5/10万");
  CHECK(v.comparator == Comparator::AtMost);
  CHECK(number(v) == "14.5");

  v = read_indicator_cell("≤资金下达后2日");
  CHECK(v.comparator == Comparator::AtMost);
  CHECK(number(v) == "2");
  CHECK(v.unit == "日");

  // Words alone, or a figure with no bound before it, stay words.
  v = read_indicator_cell("按照计划完成具体工作进度");
  CHECK_FALSE(v.number);
  v = read_indicator_cell("完成2026年度工作任务");
  CHECK_FALSE(v.number);
  // A figure too far from its sign is not its bound.
  v = read_indicator_cell("≥按照上级部门的统一要求和本单位的工作安排完成3项");
  CHECK_FALSE(v.number);
}
