#include <algorithm>
#include <atomic>
#include <thread>

#include "cli.hpp"

namespace budgetlint::cli {

void run_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task) {
  unsigned workers = std::max(1u, std::min<unsigned>(jobs, static_cast<unsigned>(count)));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < count; i = next++) task(i);
  };
  std::vector<std::thread> threads;
  for (unsigned t = 1; t < workers; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
}

}  // namespace budgetlint::cli
