// Rule fixtures (clang-tidy's inline expectations + ruff's snapshots): a line expected to fire
// ends with "  #! CODE". Each fixture runs with only its rule selected; the (line, code) pairs
// must equal the markers, and the text rendering must equal <fixture>.snap.
#include <catch2/catch.hpp>

#include <fmt/args.h>
#include <fmt/format.h>

#include <filesystem>
#include <set>
#include <sstream>

#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;
namespace fs = std::filesystem;

namespace {

struct Fixture {
  std::string text;  // markers stripped, line numbers unchanged
  std::set<std::pair<std::uint32_t, std::string>> expected;
};

Fixture strip_markers(const std::string& raw) {
  Fixture f;
  std::istringstream in(raw);
  std::string line;
  std::uint32_t number = 0;
  bool first = true;
  while (std::getline(in, line)) {
    ++number;
    std::size_t at = line.find("  #! ");
    if (at != std::string::npos) {
      std::istringstream codes(line.substr(at + 5));
      std::string code;
      while (codes >> code) f.expected.emplace(number, code);
      line.erase(at);
    }
    if (!first) f.text += '\n';
    f.text += line;
    first = false;
  }
  if (!raw.empty() && raw.back() == '\n') f.text += '\n';
  return f;
}

// A text fixture carries its markers; a binary one (a PDF, a .docx, an image …) fires its rule
// (anywhere in it) when its name starts with fail_ and stays silent when it starts with pass_.
bool is_text_fixture(const fs::path& p) { return p.extension() == ".txt"; }

std::vector<fs::path> fixtures() {
  std::vector<fs::path> out;
  for (const auto& entry : fs::recursive_directory_iterator(testing::source_dir() / "tests" / "rules")) {
    std::string ext = entry.path().extension().string();
    bool in_rule_folder = entry.path().parent_path().filename().string().size() == 4;  // tests/rules/T101/…
    if (entry.is_regular_file() && in_rule_folder && ext != ".snap" && ext != ".new") out.push_back(entry.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

// Every template renders with the arguments its rule sets (a misspelt field throws).
void check_messages_render(const Finding& finding) {
  const Rule* rule = find_rule(finding.code);
  REQUIRE(rule);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& [name, value] : finding.args) store.push_back(fmt::arg(name.c_str(), value));
  CHECK_NOTHROW(fmt::vformat(rule->info.message_zh, store));
  CHECK_NOTHROW(fmt::vformat(rule->info.message_en, store));
}

}  // namespace

TEST_CASE("rule fixtures: findings equal the inline markers and the snapshot", "[rules][fixtures]") {
  auto paths = fixtures();
  REQUIRE_FALSE(paths.empty());
  for (const fs::path& path : paths) {
    std::string code = path.parent_path().filename().string();
    std::string name = path.filename().string();
    INFO(code << "/" << name);
    bool failing = name.rfind("fail_", 0) == 0;
    Fixture fixture;
    if (is_text_fixture(path)) {
      fixture = strip_markers(testing::read_file(path));
    } else {
      fixture.text = testing::read_file(path);
      if (failing) fixture.expected.emplace(0, code);
    }
    CHECK(failing == !fixture.expected.empty());  // fail_ fixtures fire; pass_ fixtures are silent

    FileResult result = check_document(fixture.text, code + "/" + name, RuleSelection({code}, {}));
    std::set<std::pair<std::uint32_t, std::string>> actual;
    for (const Finding& f : result.findings) {
      actual.emplace(is_text_fixture(path) ? f.location.line : 0, f.code);
      check_messages_render(f);
    }
    CHECK(actual == fixture.expected);

    std::ostringstream rendered;
    report::write_text(rendered, {result}, {report::Lang::Zh, false, {}});
    fs::path snap = path;
    snap.replace_extension(".snap");
    std::string expected_snap = fs::exists(snap) ? testing::read_file(snap) : std::string();
    if (rendered.str() != expected_snap) {
      fs::path fresh = snap;
      fresh += ".new";
      testing::write_file(fresh, rendered.str());
      FAIL_CHECK("snapshot differs: review " << fresh.string() << " and rename it to " << snap.filename().string());
    }
  }
}
