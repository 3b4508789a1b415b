// One libFuzzer target per reader; BUDGETLINT_FUZZ_TARGET names it (pdf, docx, docx_xml, text,
// pipeline). The text and pipeline targets also mutate figures, not only bytes.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <random>
#include <string>

#include "fuzz_run.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  budgetlint::fuzz::run(BUDGETLINT_FUZZ_TARGET, {reinterpret_cast<const char*>(data), size});
  return 0;
}

#if defined(BUDGETLINT_FUZZ_FIGURES)
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

// Byte mutations rarely turn 812.40 into a figure that overflows a sum; this one does.
extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
  std::mt19937 rng(seed);
  if (size == 0 || rng() % 3 != 0) return LLVMFuzzerMutate(data, size, max_size);
  std::string text(reinterpret_cast<const char*>(data), size);
  std::string mutated = budgetlint::fuzz::mutate_figure(text, rng());
  if (mutated.size() > max_size || mutated == text) return LLVMFuzzerMutate(data, size, max_size);
  std::memcpy(data, mutated.data(), mutated.size());
  return mutated.size();
}
#endif
