// The statistical tables of ten real PDFs from ten provinces, read by hand from the page images
// (tests/corpus/expected/*.json: figures, codes, row names and column labels only), against what
// the PDF geometry reader makes of the same pages. Runs when ../shared/corpus is beside the clone.
#include <catch2/catch.hpp>

#include <utf8proc.h>

#include <nlohmann/json.hpp>

#include <filesystem>

#include "support/fixtures.hpp"

using namespace budgetlint;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

// NFKC without spaces and thousands separators, as the model holds names and figures.
std::string normalised(const std::string& s) {
  utf8proc_uint8_t* out = utf8proc_NFKC(reinterpret_cast<const utf8proc_uint8_t*>(s.c_str()));
  std::string n = out ? reinterpret_cast<char*>(out) : s;
  std::free(out);
  std::string r;
  for (char c : n) {
    if (c != ' ' && c != ',') r.push_back(c);
  }
  return r;
}

// One printed figure cell: its text without separators; an empty or dashed cell is no figure.
std::optional<std::string> figure(const json& cell) {
  if (cell.is_null()) return std::nullopt;
  std::string s = normalised(cell.get<std::string>());
  if (s.empty() || s == "-" || s == "—" || s == "--") return std::nullopt;
  return s;
}

struct Row {
  std::string code, name, right_name;
  std::vector<std::optional<std::string>> cells;  // by printed column
  std::vector<std::string> right;                  // the right side's figures, left to right
};

Row expected_row(const json& r) {
  Row row;
  row.code = r.value("code", "");
  row.name = normalised(r.value("name", ""));
  row.right_name = normalised(r.value("right_name", ""));
  for (const json& c : r["amounts"]) row.cells.push_back(figure(c));
  if (r.contains("right_amounts")) {
    for (const json& c : r["right_amounts"]) {
      if (auto f = figure(c)) row.right.push_back(*f);
    }
  }
  return row;
}

Row model_row(const TableRow& r, std::size_t columns) {
  Row row;
  row.code = r.code;
  row.name = normalised(r.name);
  row.right_name = normalised(r.right_name);
  row.cells.assign(columns, std::nullopt);
  for (std::size_t k = 0; k < r.amounts.size(); ++k) {
    std::size_t c = k < r.columns.size() ? static_cast<std::size_t>(r.columns[k]) : k;
    if (c < columns) row.cells[c] = normalised(r.amounts[k].raw);
  }
  for (const auto& a : r.right_amounts) row.right.push_back(normalised(a.raw));
  return row;
}

bool same(const Row& a, const Row& b) {
  return a.code == b.code && a.name == b.name && a.right_name == b.right_name && a.cells == b.cells &&
         a.right == b.right;
}

std::string show(const Row& r) {
  std::string s = r.code + " " + r.name;
  for (const auto& c : r.cells) s += " | " + c.value_or("·");
  if (!r.right_name.empty() || !r.right.empty()) {
    s += "  ||  " + r.right_name;
    for (const auto& c : r.right) s += " " + c;
  }
  return s;
}

}  // namespace

TEST_CASE("corpus: the hand-read tables of ten provinces' PDFs are read exactly", "[corpus][pdf][tables]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;  // ../shared/corpus is not beside the clone
  std::size_t tables = 0;
  std::size_t figures = 0;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / "tests" / "corpus" / "expected")) {
    if (entry.path().extension() != ".json") continue;
    json expected = json::parse(testing::read_file(entry.path()));
    std::string file = expected["file"];
    INFO(file);
    ParsedDocument doc = parse_document(testing::read_file(*corpus / file));
    for (const json& et : expected["tables"]) {
      INFO(et["kind"].get<std::string>() << " on page " << et["title_page"].get<int>());
      std::size_t columns = et["columns"].size();
      std::vector<Row> want;
      for (const json& r : et["rows"]) want.push_back(expected_row(r));
      // The table of that kind whose rows are these (a document may have a table of the kind per unit).
      const StatTable* found = nullptr;
      std::size_t best = 0;
      for (const StatTable& t : doc.model.tables) {
        if (to_string(t.kind) != et["kind"].get<std::string>()) continue;
        std::size_t matching = 0;
        for (std::size_t i = 0; i < std::min(t.rows.size(), want.size()); ++i)
          matching += same(model_row(t.rows[i], columns), want[i]);
        if (!found || matching > best) {
          found = &t;
          best = matching;
        }
      }
      REQUIRE(found);
      CHECK(found->labels.size() == columns);
      REQUIRE(found->rows.size() == want.size());
      for (std::size_t i = 0; i < want.size(); ++i) {
        Row got = model_row(found->rows[i], columns);
        INFO("row " << i + 1 << ": expected " << show(want[i]) << "\n      read " << show(got));
        CHECK(same(got, want[i]));
        for (const auto& c : want[i].cells) figures += c.has_value();
        figures += want[i].right.size();
      }
      ++tables;
    }
  }
  CHECK(tables == 39);
  CHECK(figures == 1416);
}
