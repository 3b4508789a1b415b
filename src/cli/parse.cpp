#include <fmt/format.h>
#include <fmt/ranges.h>

#include <memory>

#include "budgetlint/input.hpp"
#include "budgetlint/pipeline.hpp"
#include "budgetlint/report.hpp"
#include "cli.hpp"

namespace budgetlint::cli {
namespace {

// The statistical tables as read, one line per row: what to look at when a table is misread.
std::string tables_text(const ParsedDocument& doc) {
  std::string out;
  for (const StatTable& t : doc.model.tables) {
    Location at = doc.source.location(t.title_span.begin);
    out += fmt::format("== {} [{}] line {}{}{}\n", t.title, to_string(t.kind), at.line,
                       t.unit.empty() ? "" : " unit " + t.unit, t.columns_as_printed ? " (columns as printed)" : "");
    out += "   columns: " + fmt::format("{}", fmt::join(t.columns, " | ")) + "\n";
    for (const TableRow& r : t.rows) {
      std::string cells;
      for (std::size_t k = 0; k < r.amounts.size(); ++k) {
        std::string column = k < r.columns.size() ? t.columns[static_cast<std::size_t>(r.columns[k])] + "=" : "";
        cells += " " + column + r.amounts[k].value.to_string();
      }
      std::string right;
      for (const auto& a : r.right_amounts) right += " " + a.value.to_string();
      out += fmt::format("   {:>3} {:<8} {}{}{}{}\n", r.seq, r.code, r.name, cells,
                         r.right_name.empty() && right.empty() ? "" : "  ||  " + r.right_name, right);
    }
  }
  return out;
}

}  // namespace

Command add_parse(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto format = std::make_shared<std::string>("json");
  CLI::App* sub = app.add_subcommand("parse", "打印一份文件的结构化模型 / print the typed model of one file");
  sub->add_option("file", *file, "the file, or '-' for stdin")->required();
  sub->add_option("--format", *format,
                  "json (the model) | text (the text as read from a PDF or DOCX) | tables (the statistical "
                  "tables as read)")
      ->check(CLI::IsMember({"json", "text", "tables"}));
  return {sub, [file, format] {
            InputFile input{*file, *file == "-", "", "", {}};
            std::string bytes;
            std::string error;
            if (!read_input(input, bytes, error)) throw UsageError("cannot read '" + *file + "': " + error);
            if (*format == "text") {
              Document read = input::read_document(bytes);
              write_output("", read.decoded.utf8);
              return read.problem ? 2 : 0;
            }
            ParsedDocument doc = parse_document(bytes);
            if (*format == "tables") {
              write_output("", tables_text(doc));
              return 0;
            }
            write_output(
                "",
                report::model_json(doc, *file).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n");
            return 0;
          }};
}

}  // namespace budgetlint::cli
