// Throughput and memory of `check` on a corpus built from the samples (and the seeds when
// ../shared/seeds is present), against a simple baseline measured in the same run:
// reading every byte once (counting lines), and decoding + normalising only.
//   budgetlint_bench [--docs N] [--jobs N] [DIR...]
#include <sys/resource.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <thread>
#include <vector>

#include <fmt/format.h>

#include "budgetlint/decode.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/source.hpp"

namespace fs = std::filesystem;

namespace {

long peak_rss_kib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

template <class F>
double seconds(F&& f) {
  auto start = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void report(const char* name, double secs, std::size_t bytes, std::size_t docs) {
  double mb = static_cast<double>(bytes) / 1e6;
  fmt::print("{:<34} {:>9.3f} s {:>10.1f} MB/s {:>10.0f} docs/s   peak RSS {:>7.1f} MiB\n", name, secs, mb / secs,
             static_cast<double>(docs) / secs, static_cast<double>(peak_rss_kib()) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t docs = 400;
  unsigned jobs = std::max(1u, std::thread::hardware_concurrency());
  std::vector<fs::path> dirs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--docs") == 0 && i + 1 < argc)
      docs = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--jobs") == 0 && i + 1 < argc)
      jobs = static_cast<unsigned>(std::stoul(argv[++i]));
    else
      dirs.emplace_back(argv[i]);
  }
  if (dirs.empty()) {
    dirs.emplace_back(BUDGETLINT_SOURCE_DIR "/samples");
    if (fs::is_directory(BUDGETLINT_SOURCE_DIR "/../shared/seeds"))
      dirs.emplace_back(BUDGETLINT_SOURCE_DIR "/../shared/seeds");
  }
  std::vector<std::string> files;
  for (const fs::path& d : dirs) {
    for (const auto& e : fs::recursive_directory_iterator(d)) {
      if (e.path().extension() != ".txt") continue;
      std::ifstream in(e.path(), std::ios::binary);
      files.emplace_back(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
  }
  if (files.empty()) {
    std::cerr << "no .txt files found\n";
    return 2;
  }
  std::vector<const std::string*> corpus;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < docs; ++i) {
    corpus.push_back(&files[i % files.size()]);
    bytes += corpus.back()->size();
  }
  fmt::print(
      "corpus: {} documents ({} distinct), {:.1f} MB; largest {:.1f} KB\n", corpus.size(), files.size(),
      static_cast<double>(bytes) / 1e6,
      static_cast<double>(
          std::max_element(files.begin(), files.end(), [](auto& a, auto& b) { return a.size() < b.size(); })->size()) /
          1e3);

  std::size_t lines = 0;
  report("baseline: read bytes, count lines", seconds([&] {
           for (const std::string* d : corpus) {
             for (const char* p = d->data();
                  (p = static_cast<const char*>(std::memchr(p, '\n', d->data() + d->size() - p))); ++p)
               ++lines;
           }
         }),
         bytes, corpus.size());
  std::size_t code_points = 0;
  report("baseline: decode + NFKC", seconds([&] {
           for (const std::string* d : corpus) {
             auto st = budgetlint::SourceText::from_utf8(budgetlint::text::decode(*d).utf8);
             code_points += st.text().size();
           }
         }),
         bytes, corpus.size());
  std::size_t findings = 0;
  budgetlint::RuleSelection all;
  report("check, 1 thread", seconds([&] {
           for (const std::string* d : corpus)
             findings += budgetlint::check_document(*d, "bench.txt", all).findings.size();
         }),
         bytes, corpus.size());
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> parallel_findings{0};
  report(fmt::format("check, {} threads", jobs).c_str(), seconds([&] {
           std::vector<std::thread> pool;
           for (unsigned t = 0; t < jobs; ++t) {
             pool.emplace_back([&] {
               for (std::size_t i = next++; i < corpus.size(); i = next++)
                 parallel_findings += budgetlint::check_document(*corpus[i], "bench.txt", all).findings.size();
             });
           }
           for (std::thread& t : pool) t.join();
         }),
         bytes, corpus.size());
  fmt::print("({} lines, {} normalised bytes, {} findings; {} in the parallel run)\n", lines, code_points, findings,
             parallel_findings.load());
  return findings == parallel_findings ? 0 : 1;
}
