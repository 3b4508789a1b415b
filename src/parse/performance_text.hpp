#pragma once

// What the readers of the performance-target tables share: Word cells, table titles, where the
// tables' part ends, and how an indicator row is finished.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/model.hpp"
#include "tables/grid.hpp"
#include "tables/tokens.hpp"

namespace budgetlint::parse::performance {

constexpr std::size_t kMaxTitleCodePoints = 80;
constexpr std::size_t kMaxTableLines = 600;

Span span_of(std::uint32_t begin, std::string_view text);
std::string spaceless(std::string_view s);
bool starts_with(std::string_view s, std::string_view prefix);

/// “1.”, “2、”, “16. ”: a goal or title number. parse_heading_number reads “7.12345热线” and
/// “1.2021年…” as decimals, so titles and goals read their digits themselves.
struct LeadingNumber {
  int number = 0;
  std::size_t length = 0;  ///< 0 when the line opens with no number
};
LeadingNumber leading_number(std::string_view line);

/// The line without the “[bookmark: _Toc…]” and “{ TC … }” Word leaves in titles.
std::string without_residue(std::string_view line);

/// A “3、农田水利维修绩效目标表” title line.
struct Title {
  int seq = 0;
  std::string name;
  Span span;
};
std::optional<Title> table_title(const SourceText& source, std::size_t index);

/// The end of the tables' part: the next top-level heading (“六、…”, “第三部分 …”).
bool ends_tables(std::string_view raw);

/// One line of a Word cell, trimmed, and where it starts.
using Piece = Token;

/// A cell of a performance-target table, whatever flavour it was read from.
using Cell = GridCell;
using Row = std::vector<Cell>;

Piece piece_of(const SourceText& source, std::size_t index, std::size_t skip);
/// The Word rows of lines [first, last): a blank line followed by a TAB ends a row.
std::vector<Row> word_rows(const SourceText& source, std::size_t first, std::size_t last);

std::optional<Sourced<Amount>> amount_of(std::string_view text, std::uint32_t begin);
std::optional<Sourced<Amount>> amount_of(const Cell& cell);

/// “1.建设一所…”, “2、为各级领导…”: a new goal; other lines go on with the one before.
void add_goal_line(std::string_view line, std::uint32_t begin, Project& project);

bool is_level1_word(std::string_view s);  ///< 产出指标 效益指标 效果指标 满意度指标
bool is_level2_word(std::string_view s);  ///< 数量指标 … 服务对象满意度指标

void set_value(Indicator& indicator, std::string_view raw, Span span);
/// Sets 一级指标 and the level and category the words name.
void finish_indicator(Indicator& indicator, const std::string& level1);

/// A project table's rows, whatever flavour they were read from: cells left to right, a label
/// cell (项目名称, 预算数 …) before its value, an indicator row as 一级 | 二级 | 三级 | (描述) |
/// 指标值 | (依据). `canonical`: after the header every row of five or six cells is an indicator in
/// that layout (the reader knew the columns), whatever words its 二级 cell holds.
void interpret_project(const std::vector<Row>& rows, Project& project, bool canonical = false);

/// The two flavours of a project table, lines [first, last) after its title.
void read_word_project(const SourceText& source, std::size_t first, std::size_t last, Project& project);
void read_pdf_project(const SourceText& source, std::size_t first, std::size_t last, Project& project);

}  // namespace budgetlint::parse::performance
