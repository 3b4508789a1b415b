#include <fmt/format.h>

#include <memory>

#include "budgetlint/registry.hpp"
#include "budgetlint/report.hpp"
#include "cli.hpp"

namespace budgetlint::cli {

Command add_rules(CLI::App& app) {
  auto format = std::make_shared<std::string>("text");
  CLI::App* sub = app.add_subcommand("rules", "列出全部规则 / list the rules");
  sub->add_option("--format", *format, "text | json")->check(CLI::IsMember({"text", "json"}));
  return {sub, [format] {
            std::string out;
            if (*format == "json") {
              out = report::rules_json().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            } else {
              for (const Rule* r : all_rules()) {
                const RuleInfo& i = r->info;
                out += fmt::format("{}  {:<7}  {:<36}  {}\n", i.code, to_string(i.severity), i.name, i.title_zh);
              }
            }
            write_output("", out);
            return 0;
          }};
}

Command add_explain(CLI::App& app) {
  auto code = std::make_shared<std::string>();
  CLI::App* sub = app.add_subcommand("explain", "说明一条规则 / explain one rule");
  sub->add_option("code", *code, "rule code, e.g. T101")->required();
  return {sub, [code] {
            const Rule* rule = find_rule(*code);
            if (!rule) throw UsageError::unknown_rule(*code);
            const RuleInfo& i = rule->info;
            write_output("", fmt::format("{} {} ({}, {})\n{}\n\n{}\n\n{}\n\n{}\n", i.code, i.name,
                                         to_string(i.severity), i.since, i.title_zh, i.doc_zh, i.title_en, i.doc_en));
            return 0;
          }};
}

}  // namespace budgetlint::cli
