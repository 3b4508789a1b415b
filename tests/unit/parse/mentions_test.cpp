#include <catch2/catch.hpp>

#include "parse/mentions.hpp"

using namespace budgetlint;
using budgetlint::parse::scan_mentions;

namespace {
std::vector<parse::Mention> scan(const std::string& text) {
  static std::vector<SourceText> keep;  // paragraphs point into their source
  keep.push_back(SourceText::from_utf8(text));
  auto ps = parse::build_paragraphs(keep.back());
  REQUIRE(ps.size() == 1);
  return scan_mentions(ps[0]);
}
}  // namespace

TEST_CASE("mentions: labels run from the last clause break", "[parse][mentions]") {
  auto ms = scan(
      "2021年部门支出预算为1384.07万元，其中基本支出519.07万元，包括人员经费488.85万元和日常公用经费30."
      "22万元；项目支出865万元。");
  REQUIRE(ms.size() == 5);
  CHECK(ms[0].label == "2021年部门支出预算");
  CHECK(ms[1].label == "基本支出");
  CHECK(ms[2].label == "人员经费");
  CHECK(ms[3].label == "日常公用经费");
  CHECK(ms[4].label == "项目支出");
  CHECK(ms[4].money.value.amount.to_string() == "865");
  CHECK(ms[4].money.raw == "865万元");
}

TEST_CASE("mentions: direction words and units", "[parse][mentions]") {
  auto ms = scan(
      "较2020年减少257.06万元，其中：基本支出减少2.19万元，人员经费增加了3."
      "00万元、日常公用经费降低10万元，机关运行经费共计安排293元。");
  REQUIRE(ms.size() == 5);
  REQUIRE(ms[0].direction);
  CHECK(ms[0].direction->value == Direction::Decrease);
  CHECK(ms[0].direction->raw == "减少");
  CHECK(ms[0].label == "较2020年");
  CHECK(ms[2].direction->value == Direction::Increase);
  CHECK(ms[2].label == "人员经费");
  CHECK(ms[3].label == "日常公用经费");
  CHECK(ms[3].direction->value == Direction::Decrease);
  CHECK(ms[4].money.value.unit == MoneyUnit::Yuan);
}

TEST_CASE("mentions: “持平” after a figure, up to the next figure", "[parse][mentions]") {
  auto ms = scan(
      "因公出国(境)费0 万元没有变动，与去年持平；公务接待费减少0万元，与去年持平，原因是从严管理；公务用车费5万元。");
  REQUIRE(ms.size() == 3);
  CHECK(ms[0].label == "因公出国(境)费");
  REQUIRE(ms[0].after);
  CHECK(ms[0].after->raw == "没有变动");
  CHECK(ms[1].direction->value == Direction::Decrease);
  REQUIRE(ms[1].after);
  CHECK(ms[1].after->value == Direction::Flat);
  CHECK_FALSE(ms[2].after);
}

TEST_CASE("mentions: “持平” of another subject stays with it", "[parse][mentions]") {
  auto ms =
      scan("公务用车运行维护费减少1.50万元，公务接待费与2024年持平；公务接待费4.00万元，与2024年持平，无增减变化。");
  REQUIRE(ms.size() == 2);
  CHECK_FALSE(ms[0].after);  // “公务接待费与2024年持平” is about 公务接待费
  REQUIRE(ms[1].after);
  CHECK(ms[1].after->raw == "持平");
}

TEST_CASE("mentions: codes and percentages are not money", "[parse][mentions]") {
  auto ms = scan("目录序号A02010399，数量1，完成率95%，12345热线，单价79.00万元");
  REQUIRE(ms.size() == 1);
  CHECK(ms[0].money.value.amount.to_string() == "79.00");
}
