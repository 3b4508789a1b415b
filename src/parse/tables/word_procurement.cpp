// The 政府采购预算表 from its grid rows: as Word exports it, one cell per line starting with a
// TAB, rows separated by blank lines, empty cells kept (seed langfang-office-2021-budget.txt);
// OCR rows with TABs between their cells read alike.
#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "cell_rows.hpp"
#include "tables.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxTitleCodePoints = 24;
constexpr std::size_t kMaxTableLines = 400;
// 项目名称 预算资金 物品 目录序号 单位 数量 单价 | 合计 and the funding columns
enum Cell : std::size_t { kProject, kBudget, kItem, kCatalog, kUnit, kQuantity, kUnitPrice, kTotal, kMinCells };

std::string spaceless(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

void add_row(const GridRow& grid_row, ProcurementTable& table) {
  const std::vector<GridCell>& cells = grid_row.cells;
  if (cells.size() < kMinCells) return;
  std::string first = spaceless(cells[kProject].text());
  auto total = cell_amount(cells[kTotal]);
  if (!total || first.empty() || first == "项目名称") return;  // header rows
  ProcurementRow row;
  row.kind = first == "合计"           ? ProcurementRow::Kind::Total
             : contains(first, "小计") ? ProcurementRow::Kind::Subtotal
                                       : ProcurementRow::Kind::Item;
  row.project = first;
  row.project_budget = cell_amount(cells[kBudget]);
  row.item = cells[kItem].text();
  row.catalog = cells[kCatalog].text();
  row.unit = cells[kUnit].text();
  row.quantity = cell_amount(cells[kQuantity]);
  row.unit_price = cell_amount(cells[kUnitPrice]);
  row.total = total;
  row.span = cells[kProject].span;
  table.rows.push_back(std::move(row));
}

}  // namespace

std::optional<ProcurementTable> read_procurement_table(const SourceText& source) {
  std::size_t first = find_any(source.text(), {"政府采购预算"});  // most documents say it once or twice
  if (first == std::string_view::npos) return std::nullopt;
  for (std::size_t i = source.line_of(static_cast<std::uint32_t>(first)); i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    if (!raw.empty() && raw[0] == '\t') continue;
    std::string_view line = trim(raw);
    // “[bookmark: _Toc…]部门政府采购预算”
    if (std::size_t close = line.find(']'); line.substr(0, 10) == "[bookmark:" && close != std::string_view::npos)
      line = trim(line.substr(close + 1));
    if (!contains(line, "政府采购预算") || contains_any(line, {"。", ","}) ||
        count_code_points(line) > kMaxTitleCodePoints || parse_heading_number(line).level != 0)
      continue;
    ProcurementTable table;
    table.title = std::string(line);
    auto b = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
    table.title_span = {b, static_cast<std::uint32_t>(b + line.size())};
    std::size_t end = i + 1;  // to the next section
    for (; end < source.line_count() && end <= i + kMaxTableLines; ++end) {
      std::string_view l = source.line(end);
      if (!l.empty() && l[0] == '\t') continue;
      std::string_view t = trim(l);
      if (contains(t, "空表列示")) table.empty_noted = true;
      if (!t.empty() && (parse_heading_number(t).level == 1 || contains(t, "固定资产"))) break;
    }
    for (const GridRow& row : read_cell_rows(source, i + 1, end)) add_row(row, table);
    return table;
  }
  return std::nullopt;
}

}  // namespace budgetlint::parse
