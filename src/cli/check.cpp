#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <new>
#include <sstream>
#include <thread>

#include "budgetlint/input.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/report.hpp"
#include "cli.hpp"

namespace budgetlint::cli {
namespace {

struct CheckOptions {
  std::vector<std::string> paths;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::vector<std::string> select;
  std::vector<std::string> ignore;
  unsigned jobs = 0;
  std::string lang = "zh";
  std::vector<std::string> extensions;
  std::size_t max_file_mb = 256;
  double max_file_seconds = 120;
};

// One file inside its own boundary: whatever it does — too big, out of memory, a bug — it ends
// as that file's finding and the batch goes on (with --jobs 1 and with a pool alike).
FileResult check_one(const InputFile& input, const RuleSelection& selection, const CheckOptions& o) {
  try {
    std::string bytes;
    std::size_t max_bytes = o.max_file_mb << 20;
    if (std::optional<ReadFailure> failure = read_checked(input, max_bytes, bytes))
      return file_problem(input.path, failure->code, std::move(failure->args));
    input::Limits limits;
    limits.max_bytes = max_bytes;
    limits.max_seconds = o.max_file_seconds;
    return check_read(input::read_document(bytes, limits), input.path, selection);
  } catch (const std::bad_alloc&) {
    return file_problem(input.path, "P110",
                        {{"reason", "内存不足（本文件需要的内存超过了机器或 ulimit 允许的上限）"},
                         {"reason_en", "out of memory (the file needs more than the machine or ulimit allows)"}});
  } catch (const std::exception& e) {
    return file_problem(input.path, "P110",
                        {{"reason", std::string("程序内部错误（") + e.what() + "），请把文件报告给维护者"},
                         {"reason_en", std::string("internal error (") + e.what() + "); please report the file"}});
  }
}

void validate_codes(const std::vector<std::string>& codes) {
  for (const std::string& c : codes) {
    bool known = false;
    for (const Rule* r : all_rules()) known |= r->info.code.substr(0, c.size()) == c;
    if (!known) throw UsageError::unknown_rule(c);
  }
}

int exit_status(const std::vector<FileResult>& results, const std::string& fail_on) {
  for (const FileResult& r : results) {
    if (r.unreadable) return 2;
  }
  if (fail_on == "never") return 0;
  Severity threshold = *severity_from_string(fail_on);
  for (const FileResult& r : results) {
    for (const Finding& f : r.findings) {
      if (f.severity >= threshold) return 1;
    }
  }
  return 0;
}

int run(const CheckOptions& o) {
  validate_codes(o.select);
  validate_codes(o.ignore);
  RuleSelection selection(o.select, o.ignore);
  report::Lang lang = o.lang == "en" ? report::Lang::En : report::Lang::Zh;
  bool zh = lang == report::Lang::Zh;
  Walk walk = expand_paths(o.paths, o.extensions);
  const std::vector<InputFile>& inputs = walk.files;
  check_output_target(o.output, inputs, zh);  // before any work: never overwrite an input
  std::vector<FileResult> results(inputs.size());
  unsigned jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  run_parallel(inputs.size(), jobs, [&](std::size_t i) { results[i] = check_one(inputs[i], selection, o); });
  std::ostringstream out;
  if (o.format == "json") {
    out << report::findings_json(results, lang, walk.skipped)
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
  } else {
    bool color = o.output.empty() && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    report::write_text(out, results, {lang, color, walk.skipped});
  }
  write_output(o.output, out.str(), zh);
  // A gate that checked nothing must not pass.
  if (results.empty()) {
    std::cerr << (lang == report::Lang::Zh ? "budgetlint: 没有检查任何文件：给出的路径中没有 PDF、.docx 或文本文件\n"
                                           : "budgetlint: no file was checked: the paths hold no PDF, .docx or text file\n");
    return 2;
  }
  return exit_status(results, o.fail_on);
}

}  // namespace

Command add_check(CLI::App& app) {
  auto options = std::make_shared<CheckOptions>();
  CLI::App* sub = app.add_subcommand("check", "检查文件或文件夹中的公开文本 / check disclosures");
  sub->add_option("paths", options->paths, "files or folders (recursive), '-' for stdin")->required();
  sub->add_option("--format", options->format, "text | json")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("--output,-o", options->output, "write the report to FILE (whole or not at all)");
  sub->add_option("--fail-on", options->fail_on, "exit 1 at or above: error | warning | info | never")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}));
  sub->add_option("--select", options->select, "only these rule codes or prefixes (T, T1, T101)")->delimiter(',');
  sub->add_option("--ignore", options->ignore, "skip these rule codes or prefixes")->delimiter(',');
  sub->add_option("--jobs,-j", options->jobs, "worker threads (default: all cores)");
  sub->add_option("--lang", options->lang, "zh | en")->check(CLI::IsMember({"zh", "en"}));
  sub->add_option("--max-file-mb", options->max_file_mb,
                  "per-file budget: larger files are not read and get P110 (default 256)")
      ->check(CLI::Range(1, 1 << 20));
  sub->add_option("--max-file-seconds", options->max_file_seconds,
                  "per-file time budget for reading a PDF, checked page by page (default 120)")
      ->check(CLI::Range(1.0, 86400.0));
  sub->add_option("--ext", options->extensions,
                  "only files with these extensions from folders, e.g. .pdf,.docx (default: every supported type)")
      ->delimiter(',');
  return {sub, [options] { return run(*options); }};
}

}  // namespace budgetlint::cli
