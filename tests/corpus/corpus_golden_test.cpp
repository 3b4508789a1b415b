// Reviewed findings of ten real PDFs from ten cities (tests/corpus/golden/*.json): each finding's
// rule, page, line and figures, with the verdict a reviewer gave it against the page (true, or
// false and why). The test holds the tool to exactly those findings, false ones included, so
// that a change in what it reports on a real document is seen and reviewed; it never rewrites an
// expected file. Runs when ../shared/corpus is beside the clone.
#include <catch2/catch.hpp>

#include <filesystem>

#include "budgetlint/report.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// What a golden file holds of a finding: no message text (it quotes the document).
json essentials(const json& finding) {
  json figures = json::array();
  if (finding.contains("evidence") && finding["evidence"].contains("figures")) {
    for (const json& f : finding["evidence"]["figures"]) figures.push_back(f["value"]);
  }
  return {{"rule", finding["rule"]}, {"page", finding["page"]}, {"line", finding["page_line"]}, {"figures", figures}};
}

}  // namespace

TEST_CASE("corpus goldens: the reviewed findings of ten real documents", "[corpus][pdf]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;
  std::size_t documents = 0;
  for (const auto& entry : fs::directory_iterator(testing::source_dir() / "tests" / "corpus" / "golden")) {
    if (entry.path().extension() != ".json") continue;
    json golden = json::parse(testing::read_file(entry.path()));
    std::string file = golden["file"];
    INFO(file);
    FileResult r = check_document(testing::read_file(*corpus / file), file, RuleSelection());
    json report = report::findings_json({r}, report::Lang::Zh);
    json actual = json::array();
    for (const json& f : report["findings"]) actual.push_back(essentials(f));
    json expected = json::array();
    for (const json& f : golden["findings"]) {
      CHECK((f["verdict"] == "true" || f["verdict"] == "false"));  // every finding reviewed
      expected.push_back({{"rule", f["rule"]}, {"page", f["page"]}, {"line", f["line"]}, {"figures", f["figures"]}});
    }
    if (expected != actual) {
      testing::write_file(entry.path().string() + ".new", actual.dump(1) + "\n");
      FAIL_CHECK("findings differ (first: " << json::diff(expected, actual)[0].dump() << "); review "
                                            << entry.path().string() << ".new against the pages");
    }
    ++documents;
  }
  CHECK(documents == 10);
}
