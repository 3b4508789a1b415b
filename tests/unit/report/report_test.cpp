#include <catch2/catch.hpp>

#include <sstream>

#include "budgetlint/report.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

const char* kText =
    "云溪县发展和改革局\n"
    "2025年部门预算信息公开情况说明\n"
    "2025年预算收入812.40万元，其中：一般公共预算收入800.40万元，上年结转10.00万元。\n";

FileResult sample() { return check_document(kText, "yunxi.txt", RuleSelection({"T101"}, {})); }

}  // namespace

TEST_CASE("report text: file:line:col, the marked figure, the evidence", "[report][text]") {
  FileResult r = sample();
  REQUIRE(r.findings.size() == 1);
  std::ostringstream out;
  report::write_text(out, {r}, {report::Lang::Zh, false, {}});
  std::string s = out.str();
  CHECK(s.find("yunxi.txt  (预算 · 云溪县发展和改革局 · 2025)\n") != std::string::npos);
  CHECK(s.find("yunxi.txt:3:10: 错误[T101] 收入来源之和与收入合计不符\n") != std::string::npos);
  CHECK(s.find("   | 2025年预算收入812.40万元，其中") != std::string::npos);
  // The caret sits under “812.40万元”: 11 CJK/ASCII cells in (2025年预算收入 = 4 + 2×5 … wide characters).
  CHECK(s.find("\n   |               ^^^^^^^^^^\n") != std::string::npos);
  CHECK(s.find("= 2025年预算收入 812.40 万元与各项收入来源之和 810.40 万元不符") != std::string::npos);
  CHECK(s.find(
            "证据：2025年预算收入 812.40 ≠ 一般公共预算收入 800.40 + 上年结转 10.00 = 810.40，差 2.00（容差 0.015）") !=
        std::string::npos);
  CHECK(s.find("   - 3:") == std::string::npos);  // figures on the quoted line are not listed again
  CHECK(s.find("检查了 1 个文件，1 个有问题：1 个错误，0 个警告，0 条提示。") != std::string::npos);
  CHECK(s.find("\x1b[") == std::string::npos);
}

TEST_CASE("report text: colour only when asked, English with --lang en", "[report][text]") {
  std::ostringstream coloured;
  report::write_text(coloured, {sample()}, {report::Lang::Zh, true, {}});
  CHECK(coloured.str().find("\x1b[1;31m错误[T101]\x1b[0m") != std::string::npos);
  std::ostringstream english;
  report::write_text(english, {sample()}, {report::Lang::En, false, {}});
  CHECK(english.str().find("error[T101] Income sources do not add up to the income total") != std::string::npos);
  CHECK(english.str().find("Checked 1 files, 1 with findings: 1 errors, 0 warnings, 0 info.") != std::string::npos);
}

TEST_CASE("report json: tool, files, findings with figures as strings, summary", "[report][json]") {
  auto j = report::findings_json({sample(), unreadable_file("missing.txt", "no such file")}, report::Lang::Zh);
  CHECK(j["tool"]["name"] == "budgetlint");
  REQUIRE(j["files"].size() == 2);
  CHECK(j["files"][0]["kind"] == "预算");
  CHECK(j["files"][0]["department"] == "云溪县发展和改革局");
  CHECK(j["files"][0]["year"] == 2025);
  CHECK(j["files"][1]["kind"] == "unreadable");
  REQUIRE(j["findings"].size() == 2);
  const auto& f = j["findings"][0];
  CHECK(f["rule"] == "T101");
  CHECK(f["severity"] == "error");
  CHECK(f["line"] == 3);
  CHECK(f["column"] == 10);
  CHECK(f["evidence"]["expected"] == "810.40");
  CHECK(f["evidence"]["actual"] == "812.40");
  CHECK(f["evidence"]["difference"] == "2.00");
  CHECK(f["evidence"]["figures"][1]["value"] == "800.40");
  CHECK(f["evidence"]["figures"][1]["line"] == 3);
  CHECK(j["findings"][1]["rule"] == "P104");
  CHECK(j["summary"]["by_severity"]["error"] == 2);
  CHECK(j["summary"]["by_rule"]["T101"] == 1);
}
