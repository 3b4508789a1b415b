// Single-figure mutations of the seeds' narrative: each changed figure takes part in an
// identity, and `check` must report it at the line of that figure. The table of mutations is
// narrative_mutations.tsv (seed, line, from, to, rule) — the closing notes quote it.
#include <catch2/catch.hpp>

#include <sstream>

#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

struct Mutation {
  std::string seed;
  std::uint32_t line = 0;
  std::string from;
  std::string to;
  std::string rule;
};

std::vector<Mutation> mutations() {
  std::vector<Mutation> out;
  std::istringstream in(testing::read_file(testing::source_dir() / "tests" / "mutation" / "narrative_mutations.tsv"));
  std::string row;
  while (std::getline(in, row)) {
    if (row.empty() || row[0] == '#') continue;
    std::istringstream cells(row);
    Mutation m;
    std::string line;
    std::getline(cells, m.seed, '\t');
    std::getline(cells, line, '\t');
    std::getline(cells, m.from, '\t');
    std::getline(cells, m.to, '\t');
    std::getline(cells, m.rule, '\t');
    m.line = static_cast<std::uint32_t>(std::stoul(line));
    out.push_back(m);
  }
  return out;
}

std::string mutate(const std::string& text, const Mutation& m) {
  std::size_t begin = 0;
  for (std::uint32_t l = 1; l < m.line; ++l) begin = text.find('\n', begin) + 1;
  std::size_t end = text.find('\n', begin);
  std::size_t at = text.find(m.from, begin);
  REQUIRE(at != std::string::npos);
  REQUIRE(at < end);  // the figure is on the stated line
  return text.substr(0, at) + m.to + text.substr(at + m.from.size());
}

}  // namespace

TEST_CASE("mutation: every single-figure change of the narrative is reported at its line", "[mutation][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  auto all = mutations();
  REQUIRE(all.size() >= 30);
  std::size_t detected = 0;
  for (const Mutation& m : all) {
    INFO(m.seed << ":" << m.line << " " << m.from << " → " << m.to << " expects " << m.rule);
    std::string original = testing::read_file(*seeds / m.seed);
    CHECK_FALSE(testing::reported_at(testing::check_text(original), m.rule, m.line));  // the seed is clean there
    FileResult mutated = testing::check_text(mutate(original, m));
    bool found = testing::reported_at(mutated, m.rule, m.line);
    CHECK(found);
    detected += found;
  }
  WARN("narrative mutations detected: " << detected << " of " << all.size());
}
