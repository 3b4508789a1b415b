#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <map>
#include <optional>
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
  /// The report could not be written: in the reader's language, since a finance officer reads it.
  static UsageError cannot_write_report(const std::string& path, const std::string& why_zh, const std::string& why_en,
                                        bool zh) {
    std::string where = path.empty() ? (zh ? "标准输出" : "standard output") : "“" + path + "”";
    return UsageError(zh ? "无法写出报告到" + where + "：" + why_zh : "cannot write the report to " + where + ": " + why_en);
  }
};

/// What errno says, in Chinese and in English.
struct ErrnoText {
  std::string zh;
  std::string en;
};
ErrnoText errno_text(int error);

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
  /// Set when the walk found something that is not a file to read: P111 (FIFO, socket,
  /// device) or P112 (unlistable folder, symlink loop, dangling symlink), with its message args.
  std::string problem;
  std::vector<std::pair<std::string, std::string>> problem_args;
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

/// Why a file was not read, as the finding that says so (P104, P110, P111, P112).
struct ReadFailure {
  std::string code;
  std::vector<std::pair<std::string, std::string>> args;
};

/// Reads a whole file of at most `max_bytes`, never blocking: a FIFO or device is not opened
/// for reading (O_NONBLOCK, then fstat), a file over the budget is not read at all.
std::optional<ReadFailure> read_checked(const InputFile& input, std::size_t max_bytes, std::string& bytes);

/// Refuses an --output that is, or resolves to, one of the inputs, or that is not a regular file.
void check_output_target(const std::string& path, const std::vector<InputFile>& inputs, bool zh);

/// Runs task(i) for i in [0, count) on `jobs` threads; results stay in index order.
void run_parallel(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& task);

/// Writes `content` to `path` whole or not at all (temporary file, then rename),
/// or to stdout when `path` is empty.
/// Every write and the close are checked, stdout included; a failure is a UsageError (exit 2).
void write_output(const std::string& path, const std::string& content, bool zh = true);

}  // namespace budgetlint::cli
