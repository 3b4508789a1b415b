#include <catch2/catch.hpp>

#include "rules/i_indicators/indicators.hpp"

using budgetlint::rules::names_match;

TEST_CASE("names_match: short names in the narrative against table titles", "[rules][indicators]") {
  CHECK(names_match("人防宣教基地建设", "人民防空宣教基地建设"));
  CHECK(names_match("政务服务与管理", "政务服务与政务管理"));
  CHECK(names_match("政府电子政务", "政府电子政务管理与服务"));
  CHECK(names_match("12345热线平台", "12345 热线平台"));
  CHECK(names_match("市招待处2021年度工资保险等项经费", "市招待处2021年度工资、保险等项经费"));
  CHECK(names_match("国民经济规划编制", "“十五五”规划编制"));  // the same ending, 规划编制
  CHECK_FALSE(names_match("政务外网运维", "政务云平台运维经费"));
  CHECK_FALSE(names_match("政务外网运维经费", "政务云平台运维经费"));  // 运维经费 is no name of its own
  CHECK_FALSE(names_match("财政信息化运维", "预算绩效评价"));
  CHECK_FALSE(names_match("", "预算绩效评价"));
}
