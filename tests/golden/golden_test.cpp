// Golden tests: each sample and seed → its full findings, checked against a reviewed
// expected JSON. A difference writes <name>.findings.json.new for a human to read; nothing
// here regenerates an expected file.
#include <catch2/catch.hpp>

#include <filesystem>

#include "budgetlint/report.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;
namespace fs = std::filesystem;
using nlohmann::json;

namespace {

json findings_of(const std::string& bytes, const std::string& display_path) {
  json j = report::findings_json({check_document(bytes, display_path, RuleSelection())}, report::Lang::Zh);
  j.erase("tool");  // the version is not part of what a file is found to contain
  return j;
}

std::string first_difference(const json& expected, const json& actual) {
  json patch = json::diff(expected, actual);
  return patch.empty() ? "" : patch[0].dump();
}

void compare_golden(const fs::path& input, const std::string& display_path, const fs::path& expected_path) {
  INFO(display_path);
  json actual = findings_of(testing::read_file(input), display_path);
  if (!fs::exists(expected_path)) {
    testing::write_file(expected_path.string() + ".new", actual.dump(2) + "\n");
    FAIL_CHECK("no expected findings: review " << expected_path.string() << ".new and rename it");
    return;
  }
  json expected = json::parse(testing::read_file(expected_path));
  if (expected != actual) {
    testing::write_file(expected_path.string() + ".new", actual.dump(2) + "\n");
    FAIL_CHECK("findings differ (first: " << first_difference(expected, actual) << "); review "
                                          << expected_path.string() << ".new");
  }
}

std::vector<fs::path> sample_files() {
  std::vector<fs::path> out;
  for (const auto& e : fs::recursive_directory_iterator(testing::source_dir() / "samples")) {
    if (e.path().extension() == ".txt" || e.path().extension() == ".docx") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("golden: every sample's findings", "[golden]") {
  auto samples = sample_files();
  REQUIRE(samples.size() >= 3);
  for (const fs::path& p : samples) {
    std::string rel = fs::relative(p, testing::source_dir()).generic_string();
    std::string flat = fs::relative(p, testing::source_dir() / "samples").replace_extension().generic_string();
    std::replace(flat.begin(), flat.end(), '/', '_');
    compare_golden(p, rel, testing::source_dir() / "tests" / "golden" / "samples" / (flat + ".findings.json"));
  }
}

TEST_CASE("golden: every seed's findings", "[golden][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  for (const auto& e : fs::directory_iterator(*seeds)) {
    if (e.path().extension() != ".txt") continue;
    std::string name = e.path().stem().string();
    compare_golden(e.path(), "seeds/" + e.path().filename().string(),
                   testing::source_dir() / "tests" / "golden" / "seeds" / (name + ".findings.json"));
  }
}

TEST_CASE("golden: a GB18030 copy of a seed gives exactly the same findings", "[golden][seeds][decode]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  for (const auto& e : fs::directory_iterator(*seeds)) {
    if (e.path().extension() != ".txt") continue;
    INFO(e.path().filename().string());
    std::string utf8 = testing::read_file(e.path());
    json original = findings_of(utf8, "seed.txt");
    json converted = findings_of(testing::encode(utf8, "GB18030"), "seed.txt");
    CHECK(converted["files"][0]["encoding"] == "GB18030");
    original["files"][0].erase("encoding");
    converted["files"][0].erase("encoding");
    CHECK(original == converted);
    json utf16 = findings_of("\xFF\xFE" + testing::encode(utf8, "UTF-16LE"), "seed.txt");
    utf16["files"][0].erase("encoding");
    CHECK(original == utf16);
  }
}
