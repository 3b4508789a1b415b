#include <memory>

#include "budgetlint/input.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/report.hpp"
#include "cli.hpp"

namespace budgetlint::cli {

Command add_parse(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("json");
  CLI::App* sub = app.add_subcommand("parse", "打印一份文件的结构化模型 / print the typed model of one file");
  sub->add_option("file", *file, "the file, or '-' for stdin")->required();
  sub->add_option("--format", *format, "json (the model) | text (the text as read from a PDF or DOCX)")
      ->check(CLI::IsMember({"json", "text"}));
  return {sub, [file, format] {
            InputFile input{*file, *file == "-", ""};
            std::string bytes;
            std::string error;
            if (!read_input(input, bytes, error)) throw UsageError("cannot read '" + *file + "': " + error);
            if (*format == "text") {
              Document read = input::read_document(bytes);
              write_output("", read.decoded.utf8);
              return read.problem ? 2 : 0;
            }
            ParsedDocument doc = parse_document(bytes);
            write_output(
                "",
                report::model_json(doc, *file).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
            return 0;
          }};
}

}  // namespace budgetlint::cli
