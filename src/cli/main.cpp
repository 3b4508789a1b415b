#include <iostream>

#include "budgetlint/version.hpp"
#include "cli.hpp"

int main(int argc, char** argv) {
  using namespace budgetlint::cli;
  CLI::App app{"budgetlint — 部门预算/决算公开与绩效自评报告的一致性检查"};
  app.set_version_flag("--version", std::string(budgetlint::kVersion));
  app.require_subcommand(1);
  std::vector<Command> commands = {add_check(app), add_parse(app), add_rules(app), add_explain(app)};
  try {
    app.parse(argc, argv);
    for (const Command& c : commands) {
      if (c.app->parsed()) return c.run();
    }
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;  // DESIGN.md: 2 = usage error
  } catch (const UsageError& e) {
    std::cerr << "budgetlint: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {  // a bug, not bad input: say so rather than abort
    std::cerr << "budgetlint: internal error: " << e.what() << "\n";
    return 2;
  }
  return 2;
}
