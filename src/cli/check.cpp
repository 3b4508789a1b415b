#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <sstream>
#include <thread>

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
};

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
  Walk walk = expand_paths(o.paths, o.extensions);
  const std::vector<InputFile>& inputs = walk.files;
  std::vector<FileResult> results(inputs.size());
  unsigned jobs = o.jobs > 0 ? o.jobs : std::max(1u, std::thread::hardware_concurrency());
  run_parallel(inputs.size(), jobs, [&](std::size_t i) {
    std::string bytes;
    std::string error;
    if (!read_input(inputs[i], bytes, error)) {
      results[i] = unreadable_file(inputs[i].path, error);
      return;
    }
    results[i] = check_document(bytes, inputs[i].path, selection);
  });
  report::Lang lang = o.lang == "en" ? report::Lang::En : report::Lang::Zh;
  std::ostringstream out;
  if (o.format == "json") {
    out << report::findings_json(results, lang, walk.skipped)
               .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
        << "\n";
  } else {
    bool color = o.output.empty() && isatty(STDOUT_FILENO) && std::getenv("NO_COLOR") == nullptr;
    report::write_text(out, results, {lang, color, walk.skipped});
  }
  write_output(o.output, out.str());
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
  sub->add_option("--ext", options->extensions,
                  "only files with these extensions from folders, e.g. .pdf,.docx (default: every supported type)")
      ->delimiter(',');
  return {sub, [options] { return run(*options); }};
}

}  // namespace budgetlint::cli
