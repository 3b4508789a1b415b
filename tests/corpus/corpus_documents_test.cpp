// Every document of the real corpus, as a user would give it: each PDF with a text layer is
// read as a disclosure of a known kind, each scan gets its one P106 finding and nothing else, and
// no file crashes or hangs the reader (the ASan+UBSan run of scripts/test.sh runs this too).
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/fixtures.hpp"

using namespace budgetlint;
namespace fs = std::filesystem;

TEST_CASE("corpus: every PDF is read — a known kind, or the scanned finding", "[corpus][pdf]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;  // ../shared/corpus is not beside the clone
  std::ifstream catalogue(*corpus / "catalogue.csv");
  REQUIRE(catalogue);
  std::string line;
  std::getline(catalogue, line);  // header
  std::size_t documents = 0;
  while (std::getline(catalogue, line)) {
    std::istringstream fields(line);
    std::string file, province, kind;
    std::getline(fields, file, ',');
    std::getline(fields, province, ',');
    std::getline(fields, kind, ',');
    INFO(file << " (" << province << ", " << kind << ")");
    FileResult r = check_document(testing::read_file(*corpus / file), file, RuleSelection());
    ++documents;
    if (kind.rfind("scanned", 0) == 0) {
      CHECK(r.unreadable);
      REQUIRE(r.findings.size() == 1);
      CHECK(r.findings.front().code == "P106");
      continue;
    }
    CHECK_FALSE(r.unreadable);
    CHECK(r.kind != DocumentKind::Unknown);
    CHECK(r.type == FileType::Pdf);
  }
  CHECK(documents == 170);
}

// Fujian's 部门整体绩效自评表 prints 年度指标值 | 实际完成值 | 指标分值 | 自评得分 under a block of
// budget columns that has its own 分值 and 得分: the score-table reader knows no 分值 column there
// and must leave the table unread rather than add the budget figures up as scores (E104 said
// “22 个指标的分值之和为 1221.03 分” before).
TEST_CASE("corpus: a self-evaluation table of another form is left unread, not misread", "[corpus][pdf]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;
  FileResult r = check_document(testing::read_file(*corpus / "rw083_ningde_001.pdf"), "rw083_ningde_001.pdf", RuleSelection());
  CHECK(r.kind == DocumentKind::SelfEvaluation);
  for (const Finding& f : r.findings) CHECK(f.code.rfind("E1", 0) != 0);
}
