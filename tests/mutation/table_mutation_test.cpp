// Every 合计-column amount of every classification table of the 2024 Pingxiang seed, changed
// one at a time (its first digit bumped), must be reported by T201 at that amount's line.
#include <catch2/catch.hpp>

#include <sstream>

#include "budgetlint/parse.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

bool has_codes(TableKind kind) {
  return kind == TableKind::Income || kind == TableKind::Expenditure || kind == TableKind::GeneralBudgetExpenditure ||
         kind == TableKind::BasicExpenditure;
}

// Bumps the digit at 1-based code-point `column` of 1-based `line` of the original text.
std::string bump_digit(const std::string& text, std::uint32_t line, std::uint32_t column) {
  std::size_t at = 0;
  for (std::uint32_t l = 1; l < line; ++l) at = text.find('\n', at) + 1;
  for (std::uint32_t c = 1; c < column; ++c) {
    ++at;
    while ((static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) ++at;
  }
  std::string out = text;
  REQUIRE(out[at] >= '0');
  REQUIRE(out[at] <= '9');
  out[at] = out[at] == '9' ? '8' : static_cast<char>(out[at] + 1);
  return out;
}

}  // namespace

TEST_CASE("table mutation: every 合计 amount of the classification tables", "[mutation][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  std::string text = testing::read_file(*seeds / "pingxiang-office-2024-budget.txt");
  SourceText source = SourceText::from_utf8(text);
  Disclosure d = parse::extract(source);
  std::size_t tried = 0;
  std::size_t detected = 0;
  for (const StatTable& table : d.tables) {
    if (!has_codes(table.kind)) continue;
    for (const TableRow& row : table.rows) {
      if (row.amounts.empty()) continue;
      Location at = source.location(row.amounts.front().span.begin);
      INFO(table.title << " row " << row.seq << " " << row.code << " at " << at.line << ":" << at.column);
      FileResult r = testing::check_text(bump_digit(text, at.line, at.column), {"T201"});
      bool found = testing::reported_at(r, "T201", at.line);
      CHECK(found);
      ++tried;
      detected += found;
    }
  }
  CHECK(tried == 88);  // 22 rows in each of the four classification tables
  WARN("table 合计 mutations detected: " << detected << " of " << tried);
}
