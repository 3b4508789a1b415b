#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace budgetlint::cli {

/// Usage and configuration errors; main() prints them and exits with 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
  static UsageError unknown_rule(const std::string& code) {
    return UsageError("unknown rule code '" + code + "' (see `budgetlint rules`)");
  }
  static UsageError cannot_write(const std::string& path, const std::string& why) {
    return UsageError("cannot write '" + path + "': " + why);
  }
};

/// A subcommand and what runs it once its options are parsed.
struct Command {
  CLI::App* app;
  std::function<int()> run;
};
Command add_check(CLI::App& app);
Command add_parse(CLI::App& app);
Command add_rules(CLI::App& app);
Command add_explain(CLI::App& app);

struct InputFile {
  std::string path;
  bool stdin_input = false;
  std::string missing_reason;  ///< set when the path does not exist or cannot be listed
};

/// Files to check, sorted by path, and how many files of other types the folders held.
struct Walk {
  std::vector<InputFile> files;
  std::map<std::string, std::size_t> skipped;  ///< by extension
};

/// Files named on their own are always taken; folders are walked recursively for `extensions`
/// (case-insensitive; empty: PDF, .docx, text and the document types that get a P105);
/// '-' is stdin.
Walk expand_paths(const std::vector<std::string>& paths, const std::vector<std::string>& extensions);

/// Reads a whole file (or stdin); false with `error` set when it cannot.
bool read_input(const InputFile& input, std::string& bytes, std::string& error);

/// Runs task(i) for i in [0, count) on `jobs` threads; results stay in index order.
void run_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task);

/// Writes `content` to `path` whole or not at all (temporary file, then rename),
/// or to stdout when `path` is empty.
void write_output(const std::string& path, const std::string& content);

}  // namespace budgetlint::cli
