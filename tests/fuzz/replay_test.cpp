// Every input a fuzzer ever crashed on (tests/fuzz/crashers/<target>/, saved by scripts/fuzz.sh)
// goes through the same reader and pipeline again: it must give a result, not a crash.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iterator>

#include "fuzz/fuzz_run.hpp"

namespace fs = std::filesystem;

TEST_CASE("fuzz: every saved crasher reads and checks without a crash", "[fuzz]") {
  fs::path root = fs::path(BUDGETLINT_SOURCE_DIR) / "tests" / "fuzz" / "crashers";
  std::size_t replayed = 0;
  for (const char* target : {"pdf", "docx", "docx_xml", "text", "pipeline"}) {
    if (!fs::is_directory(root / target)) continue;
    for (const auto& entry : fs::directory_iterator(root / target)) {
      if (!entry.is_regular_file() || entry.path().filename() == ".gitkeep") continue;
      INFO(entry.path().string());
      std::ifstream in(entry.path(), std::ios::binary);
      std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
      CHECK_NOTHROW(budgetlint::fuzz::run(target, bytes));
      if (std::string_view(target) == "text" || std::string_view(target) == "pipeline") {
        for (unsigned choice = 0; choice < 9; ++choice)  // every huge figure in place of the first one
          CHECK_NOTHROW(budgetlint::fuzz::run(target, budgetlint::fuzz::mutate_figure(bytes, choice)));
      }
      ++replayed;
    }
  }
  SUCCEED("replayed " << replayed << " crashers");
}
