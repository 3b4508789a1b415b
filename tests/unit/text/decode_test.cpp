#include <catch2/catch.hpp>

#include "budgetlint/decode.hpp"
#include "support/fixtures.hpp"

using budgetlint::text::decode;

TEST_CASE("decode: UTF-8 with and without BOM", "[text][decode]") {
  auto plain = decode("收入合计1166.60万元");
  CHECK(plain.encoding == "UTF-8");
  CHECK(plain.utf8 == "收入合计1166.60万元");
  CHECK(plain.invalid.empty());
  auto bom = decode("\xEF\xBB\xBF收入");
  CHECK(bom.encoding == "UTF-8 (BOM)");
  CHECK(bom.utf8 == "收入");
}

TEST_CASE("decode: GB18030 text is detected and converted", "[text][decode]") {
  std::string text =
      "平乡县人民政府办公室\n2021年部门预算信息公开情况说明\n"
      "2021年预算收入1384.07万元，其中：一般公共预算收入1384.07万元，基金预算收入0万元。\n"
      "2021年部门支出预算为1384.07万元，其中基本支出519.07万元，项目支出865万元。\n";
  auto d = decode(budgetlint::testing::encode(text, "GB18030"));
  CHECK(d.encoding == "GB18030");
  CHECK(d.utf8 == text);
  CHECK(d.invalid.empty());
}

TEST_CASE("decode: UTF-16 with a BOM", "[text][decode]") {
  std::string le = "\xFF\xFE" + budgetlint::testing::encode("三公经费18.00万元", "UTF-16LE");
  CHECK(decode(le).utf8 == "三公经费18.00万元");
  CHECK(decode(le).encoding == "UTF-16LE");
  std::string be = "\xFE\xFF" + budgetlint::testing::encode("三公经费", "UTF-16BE");
  CHECK(decode(be).utf8 == "三公经费");
}

TEST_CASE("decode: invalid bytes become U+FFFD with their line", "[text][decode]") {
  std::string text = "第一行收入说明\n第二行\xFF\xFE支出说明\n第三行";
  auto d = decode(text);
  CHECK(d.encoding == "UTF-8");
  REQUIRE(d.invalid.size() == 1);  // one run, not two findings
  CHECK(d.invalid[0].line == 2);
  CHECK(d.invalid[0].column == 4);
  CHECK(d.invalid[0].bytes_hex == "FF FE");
  CHECK(d.utf8 == "第一行收入说明\n第二行\xEF\xBF\xBD支出说明\n第三行");
}

TEST_CASE("decode: arbitrary bytes never throw", "[text][decode]") {
  std::string junk;
  for (int i = 0; i < 4096; ++i) junk.push_back(static_cast<char>((i * 7919) % 256));
  auto d = decode(junk);
  CHECK_FALSE(d.utf8.empty());
  auto truncated = decode(std::string("\xFF\xFE\x41", 3));  // UTF-16LE cut in the middle of a unit
  CHECK(truncated.invalid.size() == 1);
}
