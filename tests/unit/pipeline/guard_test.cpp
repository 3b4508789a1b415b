// Issue 15: no input goes unreported and no file costs more than its size — the per-rule cap and
// its P113, control characters, line endings, UTF-16 without a BOM.
#include <catch2/catch.hpp>

#include <map>
#include <random>

#include "budgetlint/decode.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/rule.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

std::map<std::string, std::size_t> by_rule(const FileResult& r) {
  std::map<std::string, std::size_t> n;
  for (const Finding& f : r.findings) ++n[f.code];
  return n;
}

const Finding* first_of(const FileResult& r, std::string_view code) {
  for (const Finding& f : r.findings) {
    if (f.code == code) return &f;
  }
  return nullptr;
}

std::string arg_of(const Finding& f, std::string_view name) {
  for (const auto& [k, v] : f.args) {
    if (k == name) return v;
  }
  return {};
}

std::string random_text(std::size_t size) {
  std::mt19937 rng(15);
  std::string s(size, ' ');
  for (char& c : s) c = static_cast<char>(1 + rng() % 255);
  return s;
}

}  // namespace

TEST_CASE("guard: a rule lists at most its cap in one file, and one P113 counts the rest", "[pipeline][guard]") {
  // Random bytes without NUL (so not sniffed as binary): thousands of undecodable runs in any encoding.
  std::string junk = random_text(1 << 18);
  std::size_t runs = text::decode(junk).invalid.size() + text::decode(junk).invalid_unlisted;
  REQUIRE(runs > kMaxFindingsPerRule);
  FileResult r = check_document(junk, "junk.txt", RuleSelection({"P101", "P113"}, {}));
  auto n = by_rule(r);
  CHECK(n["P101"] == kMaxFindingsPerRule);
  REQUIRE(n["P113"] == 1);
  const Finding* more = first_of(r, "P113");
  CHECK(arg_of(*more, "rule") == "P101");
  CHECK(arg_of(*more, "count") == std::to_string(runs - kMaxFindingsPerRule));
}

TEST_CASE("guard: without P113 selected the cap still holds", "[pipeline][guard]") {
  FileResult r = check_document(random_text(1 << 16), "junk.txt", RuleSelection({"P101"}, {}));
  CHECK(r.findings.size() == kMaxFindingsPerRule);
}

TEST_CASE("guard: decode lists the first runs of bad bytes and counts the others", "[text][decode][guard]") {
  text::Decoded d = text::decode(random_text(1 << 20));
  CHECK(d.invalid.size() == text::kMaxListedInvalid);
  CHECK(d.invalid_unlisted > 0);
}

TEST_CASE("guard: NUL and control characters are one P109 per file", "[pipeline][guard]") {
  std::string body = testing::read_file(testing::source_dir() / "samples" / "word" / "yunxi-fgj-2025-budget.txt");
  std::string damaged = body;
  damaged.insert(damaged.size() / 2, std::string("\0\0\0", 3));
  damaged.insert(damaged.size() / 3, "\x07");
  FileResult r = check_document(damaged, "nul.txt", RuleSelection({"P109"}, {}));
  REQUIRE(by_rule(r)["P109"] == 1);
  CHECK(arg_of(*first_of(r, "P109"), "count") == "4");
  CHECK(by_rule(check_document(body, "clean.txt", RuleSelection({"P109"}, {})))["P109"] == 0);
}

TEST_CASE("guard: CR-only and mixed line endings give the same lines as LF", "[text][decode][guard]") {
  std::string lf = testing::read_file(testing::source_dir() / "samples" / "word" / "yunxi-fgj-2025-budget.txt");
  std::string cr = lf;
  std::string mixed = lf;
  std::size_t line = 0;
  for (std::size_t i = 0; i < lf.size(); ++i) {
    if (lf[i] != '\n') continue;
    cr[i] = '\r';
  }
  // CR and CRLF by turns (a bare LF after a CR would itself read as one CRLF break).
  mixed.clear();
  for (char c : lf) {
    if (c != '\n') {
      mixed += c;
      continue;
    }
    mixed += line++ % 2 ? "\r" : "\r\n";
  }
  FileResult expected = check_document(lf, "a.txt", RuleSelection{});
  for (const std::string& variant : {cr, mixed}) {
    FileResult got = check_document(variant, "a.txt", RuleSelection{});
    CHECK(got.kind == expected.kind);
    CHECK(by_rule(got) == by_rule(expected));
  }
  CHECK(text::decode(cr).cr_line_breaks);
}

TEST_CASE("guard: UTF-16 without a BOM is detected, both byte orders", "[text][decode][guard]") {
  std::string text = testing::read_file(testing::source_dir() / "samples" / "word" / "yunxi-fgj-2025-budget.txt");
  for (const char* order : {"UTF-16LE", "UTF-16BE"}) {
    INFO(order);
    text::Decoded d = text::decode(testing::encode(text, order));
    CHECK(d.encoding == std::string(order) + " (无 BOM)");
    CHECK(d.utf8 == text);
    FileResult r = check_document(testing::encode(text, order), "wide.txt", RuleSelection{});
    CHECK(r.kind == check_document(text, "a.txt", RuleSelection{}).kind);
  }
}

TEST_CASE("guard: random bytes are never mistaken for UTF-16", "[text][decode][guard]") {
  std::mt19937 rng(15);
  std::string junk(1 << 16, '\0');
  for (char& c : junk) c = static_cast<char>(rng() & 0xFF);
  CHECK(text::decode(junk).encoding.find("UTF-16") == std::string::npos);
}

TEST_CASE("guard: a paragraph of many figures keeps every figure and its clause", "[parse][mentions][guard]") {
  // The clause end is found once and reused (linear time); the findings must be those of the
  // old per-figure search: every figure a mention, the last clause ending at the full stop.
  std::string para = "云溪县发展和改革局\n2025年部门预算信息公开情况说明\n";
  for (int i = 0; i < 2000; ++i) para += "项目" + std::to_string(i) + "支出1.00万元，";
  para += "合计2000.00万元。\n";
  FileResult r = check_document(para, "many.txt", RuleSelection{});
  CHECK(r.kind != DocumentKind::Unknown);
}
