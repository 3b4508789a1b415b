// Every document of the real corpus, as a user would give it: each PDF with a text layer is
// read as a disclosure of a known kind, each scan gets its one P106 finding and nothing else, and
// no file crashes or hangs the reader (the ASan+UBSan run of scripts/test.sh runs this too).
#include <catch2/catch.hpp>

#include <algorithm>
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

// Beijing prints its 项目支出绩效目标表 as one table of all projects, a row per indicator, the
// project's cells merged over its rows: each project is read with its code, 项目总额 and rows.
TEST_CASE("corpus: a table of all projects gives each project its own rows", "[corpus][pdf]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;
  ParsedDocument doc = parse_document(testing::read_file(*corpus / "rw002_beijing_009.pdf"));
  const std::vector<Project>& projects = doc.model.projects;
  CHECK(projects.size() == 142);
  std::size_t with_code = 0;
  for (const Project& p : projects) with_code += p.code.size() == 21;
  CHECK(with_code >= 140);
  auto first = std::find_if(projects.begin(), projects.end(), [](const Project& p) { return p.code == "11000021Y000000390848"; });
  REQUIRE(first != projects.end());
  REQUIRE(first->budget);
  CHECK(first->budget->value.to_string() == "18.690000");
  REQUIRE(first->fiscal);
  CHECK(first->fiscal->value.to_string() == "18.690000");
  CHECK(first->indicators.size() == 5);
  CHECK_FALSE(first->basis_column);
}

// Yantai's 总体目标 is one cell merged over many lines, its label centred beside the middle one:
// the goal is all of those lines, not the one beside the label.
TEST_CASE("corpus: a goal cell merged over many lines is read whole", "[corpus][pdf]") {
  auto corpus = testing::corpus_dir();
  if (!corpus) return;
  ParsedDocument doc = parse_document(testing::read_file(*corpus / "rw025_yantai_005.pdf"));
  auto p = std::find_if(doc.model.projects.begin(), doc.model.projects.end(),
                        [](const Project& x) { return x.budget && x.budget->value.to_string() == "891.00"; });
  REQUIRE(p != doc.model.projects.end());
  CHECK(p->has_goal_cell);
  REQUIRE(p->goals.size() == 1);
  CHECK(p->goals.front().text.size() > 600);  // five numbered aims over nine lines
}
