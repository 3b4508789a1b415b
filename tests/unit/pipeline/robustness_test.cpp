// Any bytes in → findings out, never a crash or a hang (run under ASan+UBSan by scripts/test.sh).
// Deterministic damage of the samples and seeds: flipped bytes, cut files, spliced halves.
#include <catch2/catch.hpp>

#include <filesystem>
#include <random>

#include "budgetlint/report.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> corpus() {
  std::vector<std::string> out;
  std::vector<fs::path> dirs = {testing::source_dir() / "samples", testing::source_dir() / "tests" / "rules"};
  if (auto seeds = testing::seeds_dir()) dirs.push_back(*seeds);
  for (const fs::path& d : dirs) {
    for (const auto& e : fs::recursive_directory_iterator(d)) {
      if (e.path().extension() == ".txt") out.push_back(testing::read_file(e.path()));
    }
  }
  return out;
}

}  // namespace

TEST_CASE("robustness: damaged documents give findings, not crashes", "[pipeline][robustness]") {
  auto texts = corpus();
  REQUIRE_FALSE(texts.empty());
  for (const std::string& text : texts) CHECK_NOTHROW(report::model_json(parse_document(text), "t.txt").dump());
  std::mt19937 rng(20261124);
  RuleSelection all;
  for (std::size_t round = 0; round < 300; ++round) {
    const std::string& base = texts[round % texts.size()];
    std::string damaged = base;
    switch (round % 4) {
      case 0:  // flip bytes
        for (int k = 0; k < 20 && !damaged.empty(); ++k)
          damaged[rng() % damaged.size()] = static_cast<char>(rng() % 256);
        break;
      case 1:  // cut anywhere, even inside a character
        damaged.resize(base.empty() ? 0 : rng() % base.size());
        break;
      case 2:  // splice the tail of one document onto the head of another
        damaged = base.substr(0, base.size() / 2) +
                  texts[(round * 7 + 3) % texts.size()].substr(texts[(round * 7 + 3) % texts.size()].size() / 3);
        break;
      case 3:  // digits and units everywhere
        for (int k = 0; k < 50 && !damaged.empty(); ++k)
          damaged.insert(rng() % damaged.size(), k % 2 ? "0.0万元" : "减少");
        break;
    }
    INFO("round " << round);
    FileResult r;
    REQUIRE_NOTHROW(r = check_document(damaged, "damaged.txt", all));
    for (const Finding& f : r.findings) {
      CHECK(f.location.line >= 1);
      CHECK(f.location.column >= 1);
    }
    // Every string handed to the reports is whole UTF-8 (dump() throws on a cut character).
    CHECK_NOTHROW(report::findings_json({r}, report::Lang::Zh).dump());
    CHECK_NOTHROW(report::model_json(parse_document(damaged), "damaged.txt").dump());
  }
}

TEST_CASE("robustness: pathological inputs", "[pipeline][robustness]") {
  RuleSelection all;
  for (const std::string& input :
       {std::string(), std::string("\n\n\n"), std::string(100000, '9'), std::string(50000, '\t'),
        std::string("\xEF\xBB\xBF"), std::string("\xFF\xFE"), std::string(1, '\0'), std::string(20000, '(') + "万元",
        std::string("2025年部门预算") + std::string(30000, '.')}) {
    CHECK_NOTHROW(check_document(input, "odd.txt", all));
  }
}
