// One libFuzzer target per reader; BUDGETLINT_FUZZ_TARGET names it (pdf, docx, docx_xml, text).
#include <cstddef>
#include <cstdint>

#include "fuzz_run.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  budgetlint::fuzz::run(BUDGETLINT_FUZZ_TARGET, {reinterpret_cast<const char*>(data), size});
  return 0;
}
