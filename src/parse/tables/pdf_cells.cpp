// Statistical tables from pdftotext without -layout (seed pingxiang-office-2024-budget.txt):
// every cell is a token, lines break anywhere, the page header repeats, empty cells vanish.
// Rows are anchored by their 序号 (1, 2, 3 …), codes by their lengths (3/5/7 digits), and
// amounts are put back together from their pieces (“950.” + “10”, “47.9” + “4”).
#include <algorithm>
#include <array>
#include <memory>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "readers.hpp"
#include "regions.hpp"
#include "tables.hpp"
#include "tokens.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxHeaderLines = 120;        // the 收入总表 header is 60 broken lines
constexpr std::size_t kMinIntegerAmountDigits = 4;  // shorter lone numbers are 栏次 or page numbers

// The header of a table ends with its 栏次 line; everything from the title to there is header.
std::size_t header_end(const SourceText& source, std::size_t title) {
  for (std::size_t i = title + 1; i < source.line_count() && i <= title + kMaxHeaderLines; ++i) {
    if (trim(source.line(i)).substr(0, 6) == "栏次") return i;
  }
  return title;
}

bool two_sided(TableKind kind) { return kind == TableKind::Summary || kind == TableKind::FiscalSummary; }

// Words that open the expenditure side of a 收支总表 row.
bool opens_expenditure_side(std::string_view token) {
  return token.substr(0, 6) == "年终" || token.substr(0, 6) == "年末" || token.substr(0, 12) == "本年支出" ||
         token.substr(0, 12) == "支出总计";
}

bool is_code(std::string_view s) { return is_digits(s) && (s.size() == 3 || s.size() == 5 || s.size() == 7); }

// Rows of a table with a 序号 column (部门预算) start at their number; rows of a table without
// one (部门决算: 合计, then 201, 20101 …) start at 合计, at a classification code after the
// previous row's cells, or — in a table of one row of figures (the 三公 决算表) — at the
// first figure.
class RowReader : public TableReader {
 public:
  RowReader(StatTable& table, bool numbered) : table_(table), two_sided_(two_sided(table.kind)), numbered_(numbered) {}

  void take(const Token& t) override {
    if (tentative_) {
      Token held = *tentative_;
      tentative_.reset();
      if (t.text.front() == '.') {  // “1166” + “.60”
        add_amount_piece(held);
        add_amount_piece(t);
        return;
      }
      if (!numbered_ && is_code(held.text) && opens_row()) {
        start_row(held);
        row_->code = std::string(held.text);
        state_ = State::Name;
      } else if (held.text.size() >= kMinIntegerAmountDigits) {
        // A whole-number amount stands; a short lone number between the cells is a stray
        // 栏次 or page number that pdftotext put in reading order.
        add_amount_piece(held);
      }
    }
    if (!numbered_ && !pending_piece()) {
      if (t.text == "合计" && !row_) {
        start_row(t);
        row_->name = "合计";
        state_ = State::Name;
        return;
      }
      if (is_code(t.text) && opens_row()) {
        tentative_ = t;  // a code, unless “.60” follows
        return;
      }
      if (!row_ && (is_number_piece(t.text) || is_glued_numbers(t.text)) &&
          !is_digits(t.text)) {  // the 三公 决算表's one row
        start_row(t);
        if (table_.kind == TableKind::ThreePublic) row_->name = "“三公”经费";
      }
    }
    // “2010” “3” is the code 20103: a code shorter than 3/5/7 digits takes the next digits.
    if (row_ && state_ == State::Code && !row_->code.empty() && needs_more_code() && is_digits(t.text)) {
      row_->code += std::string(t.text);
      return;
    }
    if (numbered_ && is_row_number(t.text) && std::stoi(std::string(t.text)) == next_seq() && !pending_piece()) {
      start_row(t);
      return;
    }
    if (!row_) return;  // before the first row: stray header text
    if (state_ == State::Code && row_->code.empty() && is_digits(t.text) && t.text.size() >= 3) {
      row_->code = std::string(t.text);
      return;
    }
    if (is_number_piece(t.text)) {
      if (is_digits(t.text) && !pending_piece()) {
        tentative_ = t;  // decided by the next token: “1166” may wait for “.60”
        return;
      }
      add_amount_piece(t);
      return;
    }
    if (is_glued_numbers(t.text)) {
      row_->glued.push_back(sourced(t));
      return;
    }
    state_ = State::Name;
    // A 收支总表 row reads “income item, its amount, expenditure item, its amounts”; the
    // expenditure side starts after an income amount, at a second numbered item (“二、外交
    // 支出”), or at 本年支出合计/支出总计/年终结转结余.
    if (two_sided_ && !right_ &&
        (!row_->amounts.empty() ||
         (!row_->name.empty() && (parse_heading_number(t.text).level == 1 || opens_expenditure_side(t.text))))) {
      right_ = true;
    }
    (right_ ? row_->right_name : row_->name) += std::string(t.text);  // a name broken over lines
  }

  void finish() override {
    if (tentative_ && tentative_->text.size() >= kMinIntegerAmountDigits) add_amount_piece(*tentative_);
    tentative_.reset();
    close_row();
    row_ = nullptr;
  }

  // The last amount is only a piece of a number: “1166” waiting for “.60”.
  bool pending_piece() const override {
    if (tentative_) return true;
    if (!row_) return false;
    return ends_in_piece(right_ ? row_->right_amounts : row_->amounts);
  }

 private:
  enum class State { Code, Name };

  int next_seq() const { return table_.rows.empty() ? 1 : table_.rows.back().seq + 1; }

  // Without 序号, a code opens a row when the row before has its words or figures.
  bool opens_row() const { return !row_ || !row_->amounts.empty() || !row_->name.empty(); }

  bool needs_more_code() const {
    std::size_t n = row_->code.size();
    return n != 3 && n != 5 && n < 7;
  }

  // A one-sided row of a two-sided table whose only item is not an income item (“六、科学技术
  // 支出 40.50”, “二十四、预备费”) belongs on the right.
  void close_row() {
    if (!row_ || !two_sided_ || right_) return;
    if (!contains_any(row_->name, {"收入", "拨款", "资金", "结转", "结余"})) {
      row_->right_name = std::move(row_->name);
      row_->right_amounts = std::move(row_->amounts);
      row_->name.clear();
      row_->amounts.clear();
    }
  }

  // Numbered rows keep their 序号; others are counted.
  void start_row(const Token& t) {
    close_row();
    right_ = false;
    int seq = numbered_ ? std::stoi(std::string(t.text)) : next_seq();
    table_.rows.emplace_back();
    row_ = &table_.rows.back();
    row_->seq = seq;
    row_->span = {t.begin, static_cast<std::uint32_t>(t.begin + t.text.size())};
    state_ = State::Code;
  }

  void add_amount_piece(const Token& t) {
    parse::add_amount_piece(right_ ? row_->right_amounts : row_->amounts, t);
    state_ = State::Name;
  }

  StatTable& table_;
  const bool two_sided_;
  const bool numbered_;
  TableRow* row_ = nullptr;
  bool right_ = false;              // reading the expenditure side of a two-sided row
  std::optional<Token> tentative_;  // a whole number that may be the first piece of an amount
  State state_ = State::Code;
};

// The page header repeats from the department line down to 栏次; a lone page number sits
// just before it (or before the next title).
bool is_page_header_start(std::string_view trimmed, std::string_view first_header_line) {
  return !first_header_line.empty() && trimmed.substr(0, first_header_line.size()) == first_header_line;
}

// pdftotext -layout keeps cells at their place on the line, so the cells of a line are apart
// by runs of spaces; plain pdftotext never prints three spaces in a row.
bool is_layout(const SourceText& source, std::size_t begin, std::size_t end) {
  std::size_t multi_cell = 0;
  std::size_t spaced = 0;
  for (std::size_t i = begin; i < end; ++i) {
    std::string_view line = trim(source.line(i));
    if (line.find(' ') == std::string_view::npos) continue;  // one cell: says nothing
    ++multi_cell;
    if (contains(line, "   ")) ++spaced;
  }
  return multi_cell > 0 && spaced * 2 >= multi_cell;
}

bool starts_header(std::string_view first_token) { return first_token == "序号"; }

// A cell of a -layout row band: its tokens top to bottom and the columns they cover.
struct BandCell {
  std::vector<Token> tokens;
  std::uint32_t left = 0;
  std::uint32_t right = 0;  // one past the last column
};

// The tokens of a band of lines in reading order. pdftotext -layout centres a wrapped cell on
// its row: “二、社会保障和就业支” stands above the row's 序号 line and “出” below it, and the
// continuation is not always exactly under its first part (“行政事业单位” / “医疗” one column to
// the left, touching it). So a band with a single 序号 line is read cell by cell: the 序号 line's tokens are
// cells, each line above (nearest first) or below joins the cell it touches or opens a new
// one, and cells are read left to right.
// The header is read the same way, around its 序号 line.
std::vector<Token> band_tokens(const SourceText& source, const std::vector<std::size_t>& band,
                               bool (*is_anchor)(std::string_view first_token)) {
  std::vector<std::vector<Token>> lines;
  std::vector<std::size_t> anchors;
  for (std::size_t i : band) {
    lines.push_back(tokens_of(source, i));
    const auto& line = lines.back();
    if (!line.empty() && is_anchor(line.front().text)) anchors.push_back(lines.size() - 1);
  }
  std::vector<Token> out;
  if (lines.size() == 1 || anchors.size() != 1) {  // one line, or no single 序号 line: as printed
    for (const auto& line : lines) out.insert(out.end(), line.begin(), line.end());
    return out;
  }
  auto span_of = [&](const Token& t) {
    std::uint32_t left = source.column_of(t.begin);
    return std::pair{left, left + count_code_points(t.text)};
  };
  std::vector<BandCell> cells;
  for (const Token& t : lines[anchors[0]]) {
    auto [left, right] = span_of(t);
    cells.push_back({{t}, left, right});
  }
  // A name joins the name cell it overlaps most or touches, else it opens a new cell. Numbers
  // (codes, amounts) are never wrapped, so they neither join nor are joined.
  auto join = [&](const Token& t, bool above) {
    auto [left, right] = span_of(t);
    BandCell* best = nullptr;
    long best_score = -1;
    for (BandCell& c : cells) {
      if (is_number_piece(t.text) || is_number_piece(c.tokens.front().text)) continue;
      long overlap = static_cast<long>(std::min(c.right, right)) - static_cast<long>(std::max(c.left, left));
      if (overlap > best_score) {
        best = &c;
        best_score = overlap;
      }
    }
    if (!best) {
      cells.push_back({{t}, left, right});
      return;
    }
    best->tokens.insert(above ? best->tokens.begin() : best->tokens.end(), t);
    best->left = std::min(best->left, left);
    best->right = std::max(best->right, right);
  };
  for (std::size_t k = anchors[0]; k-- > 0;) {
    // Right to left, so that prepending keeps a line's own order within one cell.
    for (auto it = lines[k].rbegin(); it != lines[k].rend(); ++it) join(*it, true);
  }
  for (std::size_t k = anchors[0] + 1; k < lines.size(); ++k) {
    for (const Token& t : lines[k]) join(t, false);
  }
  std::stable_sort(cells.begin(), cells.end(), [](const BandCell& x, const BandCell& y) { return x.left < y.left; });
  for (const BandCell& c : cells) out.insert(out.end(), c.tokens.begin(), c.tokens.end());
  return out;
}

// Plain pdftotext of some PDFs (LibreOffice's, for one) emits a table column by column inside
// each row band: the 栏次 numbers then stand one per line, and those of the later columns turn
// up among the rows (“栏次 1” “2” “4” … “3”, or “6” “7” “8” after the first row). Rows read
// from such text are a guess, so the table is marked rather than checked. The seeds print
// “栏次 1 2 3 4” on one line and are not affected.
bool column_numbers_scattered(const SourceText& source, std::size_t header, std::size_t end) {
  std::string_view numbers = trim(trim(source.line(header)).substr(6));  // after 栏次
  if (numbers != "1") return false;
  int last = 1;
  std::size_t i = header + 1;
  for (; i < end; ++i) {
    std::string_view line = trim(source.line(i));
    if (line.empty()) continue;
    if (!is_row_number(line)) return false;  // a row's words before its 序号: not this flavour
    int n = std::stoi(std::string(line));
    if (n == 1) break;               // the first row
    if (n != last + 1) return true;  // a 栏次 number skipped: it stands elsewhere
    last = n;
  }
  // Among the rows, two lone numbers counting on from beyond the 栏次 line (“7” “8”): a row
  // always has words, so they are column numbers out of place.
  std::optional<int> previous;
  for (++i; i < end; ++i) {
    std::string_view line = trim(source.line(i));
    if (line.empty()) continue;
    std::optional<int> n;
    if (is_row_number(line)) n = std::stoi(std::string(line));
    if (previous && n && *previous > last && *n == *previous + 1) return true;
    previous = n;
  }
  return false;
}

StatTable read_table(const SourceText& source, std::size_t title, std::size_t end, TableKind kind) {
  StatTable table;
  table.kind = kind;
  std::string_view title_text = trim(source.line(title));
  table.title = std::string(title_text);
  auto tb = static_cast<std::uint32_t>(source.line_start(title) + (title_text.data() - source.line(title).data()));
  table.title_span = {tb, static_cast<std::uint32_t>(tb + title_text.size())};
  table.final_accounts = contains(title_text, "决算");

  std::size_t header = header_end(source, title);
  const bool layout = is_layout(source, header + 1, end);
  table.scrambled = header > title && column_numbers_scattered(source, header, end);
  std::vector<std::size_t> header_lines;
  for (std::size_t i = title + 1; i < header; ++i) header_lines.push_back(i);
  if (layout) {
    // “财政拨” / “款收入” stand over each other: read the header cell by cell.
    for (const Token& t : band_tokens(source, header_lines, starts_header)) table.header += std::string(t.text);
  } else {
    for (std::size_t i : header_lines) {
      for (char c : trim(source.line(i))) {
        if (c != ' ') table.header.push_back(c);
      }
    }
  }
  std::string_view first_header_line;
  for (std::size_t i = title + 1; i < header; ++i) {
    first_header_line = trim(source.line(i));
    if (!first_header_line.empty()) break;
  }
  // Department code and name only (“434 平乡县人民政府办公室”), which every page repeats.
  if (std::size_t space = first_header_line.find(' '); space != std::string_view::npos) {
    std::size_t second = first_header_line.find(' ', space + 1);
    if (second != std::string_view::npos) first_header_line = first_header_line.substr(0, second);
  }

  // A 决算 total table gives each item its 行次 instead of a row 序号.
  std::unique_ptr<TableReader> reader;
  if (two_sided(kind) && contains(table.header, "行次"))
    reader = make_item_number_reader(table);
  else
    reader = std::make_unique<RowReader>(table, !table.final_accounts || contains(table.header, "序号"));
  std::vector<std::size_t> band;  // -layout: the lines of one row band, read together
  auto flush_band = [&] {
    for (const Token& t : band_tokens(source, band, is_row_number)) reader->take(t);
    band.clear();
  };
  bool in_header = false;
  bool in_note = false;
  for (std::size_t i = header + 1; i < end; ++i) {
    std::string_view line = trim(source.line(i));
    if (line.empty()) {
      flush_band();
      continue;
    }
    if (is_page_header_start(line, first_header_line)) in_header = true;
    if (in_header) {
      if (line.substr(0, 6) == "栏次") in_header = false;
      continue;
    }
    if (is_empty_table_note(line)) {  // 空表列示, 本表为空表, 公开空表, 注：没有…安排的支出
      table.empty_noted = true;
      continue;
    }
    // “注：本表反映…” closes the table; its words are no row's.
    if (line.substr(0, 3) == "注" || in_note) {
      in_note = true;
      continue;
    }
    // A page number stands alone before the next page's header or the next title — unless a
    // number is waiting for its last digits (“449.” / “30” / page break).
    if (is_digits(line) && !reader->pending_piece()) {
      std::size_t next = i + 1;
      while (next < source.line_count() && trim(source.line(next)).empty()) ++next;
      if (next >= end || is_page_header_start(trim(source.line(next)), first_header_line)) continue;
    }
    band.push_back(i);
    if (!layout) flush_band();
  }
  flush_band();
  reader->finish();
  return table;
}

}  // namespace

std::optional<TableKind> table_kind_of_title(std::string_view t) {
  if (!contains(t, "表")) return std::nullopt;
  if (contains(t, "基本支出")) return TableKind::BasicExpenditure;
  if (contains(t, "三公")) return TableKind::ThreePublic;
  if (contains(t, "政府性基金")) return TableKind::GovernmentFund;
  if (contains(t, "国有资本经营")) return TableKind::StateCapital;
  if (contains_any(t, {"财政拨款收支", "财政拨款收入支出"})) return TableKind::FiscalSummary;
  if (contains_any(t, {"收支总表", "收入支出决算总表", "收支预算总表", "收支总体情况表", "财务收支预算总表"}))
    return TableKind::Summary;
  if (contains_any(t, {"收入总表", "收入决算表", "收入总体情况表", "收入预算总表"})) return TableKind::Income;
  // 一般公共预算支出表, …财政拨款支出表, …拨款支出预算表, …支出情况表, …支出功能分类预算表; not the
  // economic-classification table, nor the 机关运行经费 one.
  if (contains(t, "一般公共预算") && contains(t, "支出") && !contains_any(t, {"经济分类", "机关运行", "项目"}))
    return TableKind::GeneralBudgetExpenditure;
  if (contains_any(t, {"支出总表", "支出决算表", "支出总体情况表", "支出预算总表"})) return TableKind::Expenditure;
  return std::nullopt;
}

std::vector<StatTable> read_pdf_tables(const SourceText& source, std::size_t first_line) {
  std::vector<StatTable> tables;
  for (const TableRegion& region : locate_statistical_tables(source, first_line)) {
    tables.push_back(read_table(source, region.title, region.end, region.kind));
    // pdftotext -layout keeps each column at its place on the line; plain pdftotext does not,
    // and then the totals decide.
    if (!place_by_position(source, tables.back())) place_cells(tables.back());
  }
  return tables;
}

}  // namespace budgetlint::parse
