// Every amount of every statistical table of the 2024 Pingxiang seed, changed one at a time
// (its first digit bumped), must be reported at that amount's line: the 合计 cells of the
// classification tables by T201, and every cell by some error or warning.
#include <catch2/catch.hpp>

#include <algorithm>
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
  std::size_t at = testing::offset_of(text, line, column);
  std::string out = text;
  REQUIRE(out[at] >= '0');
  REQUIRE(out[at] <= '9');
  out[at] = out[at] == '9' ? '8' : static_cast<char>(out[at] + 1);
  return out;
}

struct Detection {
  std::size_t tried = 0;
  std::size_t detected = 0;
  std::size_t totals_tried = 0;
  std::size_t totals_by_t201 = 0;
};

Detection mutate_every_cell(const std::string& text) {
  SourceText source = SourceText::from_utf8(text);
  Disclosure d = parse::extract(source);
  Detection n;
  for (const StatTable& table : d.tables) {
    for (const TableRow& row : table.rows) {
      for (const auto* cells : {&row.amounts, &row.right_amounts}) {
        for (const Sourced<Amount>& cell : *cells) {
          Location at = source.location(cell.span.begin);
          INFO(table.title << " row " << row.seq << " " << cell.raw << " at " << at.line << ":" << at.column);
          FileResult r = testing::check_text(bump_digit(text, at.line, at.column));
          bool found = testing::problem_at(r, at.line);
          CHECK(found);
          ++n.tried;
          n.detected += found;
          // The 合计 cell of a classification row is T201's own.
          if (has_codes(table.kind) && &cell == &row.amounts.front()) {
            bool by_t201 = testing::reported_at(r, "T201", at.line);
            CHECK(by_t201);
            ++n.totals_tried;
            n.totals_by_t201 += by_t201;
          }
        }
      }
    }
  }
  return n;
}

}  // namespace

TEST_CASE("table mutation: every amount of every table, one at a time", "[mutation][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Detection n = mutate_every_cell(testing::read_file(*seeds / "pingxiang-office-2024-budget.txt"));
  CHECK(n.tried == 248);
  CHECK(n.totals_tried == 88);  // 22 rows in each of the four classification tables
  WARN("table mutations detected: " << n.detected << " of " << n.tried << "; 合计 cells by T201: " << n.totals_by_t201
                                    << " of " << n.totals_tried);
}

TEST_CASE("table mutation: every amount of our nine 决算 tables, one at a time", "[mutation][tables]") {
  Detection n = mutate_every_cell(testing::read_file(testing::source_dir() / "tests" / "tables" / "final-accounts" /
                                                     "songling-sjj-2024-final.txt"));
  CHECK(n.tried == 176);
  WARN("决算 table mutations detected: " << n.detected << " of " << n.tried
                                         << "; 合计 cells by T201: " << n.totals_by_t201 << " of " << n.totals_tried);
}

namespace {

// Every amount the text breaks over two lines (“1166” / “.60”) with the break moved one
// character to the left (“116” / “6.60”), and every two amounts that share a line merged into
// one token (“4.00 4.00” → “4.004.00”): either misreading must be reported at the row.
struct Reshaped {
  std::string text;
  std::uint32_t first_line = 0;  // the row's lines, where the finding is due
  std::uint32_t last_line = 0;
  std::string what;
};

std::vector<Reshaped> reshaped_cells(const std::string& original) {
  SourceText source = SourceText::from_utf8(original);
  Disclosure d = parse::extract(source);
  std::string text(source.text());  // spans are offsets into the normalized text
  std::vector<Reshaped> out;
  for (const StatTable& table : d.tables) {
    for (const TableRow& row : table.rows) {
      std::uint32_t first = source.location(row.span.begin).line;
      std::uint32_t last = first;
      for (const auto* cells : {&row.amounts, &row.right_amounts}) {
        for (const auto& a : *cells) last = std::max(last, source.location(a.span.end).line + 1);
      }
      for (const auto* cells : {&row.amounts, &row.right_amounts}) {
        for (std::size_t k = 0; k < cells->size(); ++k) {
          const Sourced<Amount>& cell = (*cells)[k];
          std::string_view printed = std::string_view(text).substr(cell.span.begin, cell.span.end - cell.span.begin);
          std::size_t brk = printed.find('\n');
          if (brk != std::string_view::npos && brk > 1) {  // split one character earlier
            std::string t = text;
            std::size_t at = cell.span.begin + brk;
            std::swap(t[at - 1], t[at]);
            out.push_back({t, first, last, table.title + " " + cell.raw + " split"});
          }
          if (k + 1 < cells->size()) {
            const Sourced<Amount>& next = (*cells)[k + 1];
            if (next.span.begin == cell.span.end + 1 && text[cell.span.end] == ' ') {  // merged with the next
              std::string t = text;
              t.erase(cell.span.end, 1);
              out.push_back({t, first, last, table.title + " " + cell.raw + " + " + next.raw + " merged"});
            }
          }
        }
      }
    }
  }
  return out;
}

// Every figure of every table, in order: what the reader made of the text.
std::vector<std::string> table_figures(const std::string& text) {
  std::vector<std::string> out;
  for (const StatTable& t : parse::extract(SourceText::from_utf8(text)).tables) {
    for (const TableRow& row : t.rows) {
      for (const auto* cells : {&row.amounts, &row.right_amounts}) {
        for (const auto& a : *cells) out.push_back(std::to_string(a.value.micros));  // “6.” is 6.00
      }
    }
  }
  return out;
}

struct Reshaping {
  std::size_t tried = 0;
  std::size_t read_alike = 0;  // “950.” / “10” split as “950” / “.10” is still 950.10
  std::size_t detected = 0;
};

Reshaping reshape_every_cell(const std::string& text) {
  std::vector<std::string> figures = table_figures(text);
  Reshaping n;
  for (const Reshaped& c : reshaped_cells(text)) {
    INFO(c.what << " in lines " << c.first_line << "–" << c.last_line);
    ++n.tried;
    if (table_figures(c.text) == figures) {
      ++n.read_alike;
      continue;
    }
    FileResult r = testing::check_text(c.text);
    bool found = false;
    for (std::uint32_t line = c.first_line; line <= c.last_line; ++line) found |= testing::problem_at(r, line);
    CHECK(found);
    n.detected += found;
  }
  WARN("split/merged cells: " << n.tried << " mutations, " << n.read_alike << " still read right, " << n.detected
                              << " of the other " << n.tried - n.read_alike << " reported at their row");
  return n;
}

}  // namespace

TEST_CASE("table mutation: broken cells split elsewhere and neighbouring cells merged", "[mutation][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  CHECK(reshape_every_cell(testing::read_file(*seeds / "pingxiang-office-2024-budget.txt")).tried == 152);
}

TEST_CASE("table mutation: the 决算 tables' cells split elsewhere and merged", "[mutation][tables]") {
  auto path = testing::source_dir() / "tests" / "tables" / "final-accounts" / "songling-sjj-2024-final.txt";
  CHECK(reshape_every_cell(testing::read_file(path)).tried == 92);
}
