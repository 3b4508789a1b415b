// Rows of the two-sided 决算 total tables, anchored by the 行次 of each item rather than by a
// row 序号: “一、一般公共预算财政拨款收入 1 386.40 一、一般公共服务支出 32 301.20”. A left 行次
// counts the rows (1, 2, 3 …); a right one is the row plus a fixed offset, learnt from the first
// right item. A name broken over lines belongs to the 行次 that follows it.
#include <optional>
#include <string>

#include "readers.hpp"

namespace budgetlint::parse {
namespace {

class ItemNumberReader : public TableReader {
 public:
  explicit ItemNumberReader(StatTable& table) : table_(table) {}

  void take(const Token& t) override {
    if (is_number_piece(t.text) && (pending_piece() || !is_row_number(t.text))) {
      if (TableRow* row = current()) parse::add_amount_piece(right_ ? row->right_amounts : row->amounts, t);
      return;
    }
    if (is_row_number(t.text)) {
      item_number(t);
      return;
    }
    if (is_glued_numbers(t.text)) {
      if (TableRow* row = current()) row->glued.push_back(sourced(t));
      return;
    }
    name_ += std::string(t.text);
  }

  void finish() override {}

  bool pending_piece() const override {
    const TableRow* row = table_.rows.empty() ? nullptr : &table_.rows.back();
    return row && ends_in_piece(right_ ? row->right_amounts : row->amounts);
  }

 private:
  TableRow* current() { return table_.rows.empty() ? nullptr : &table_.rows.back(); }

  void item_number(const Token& t) {
    int n = std::stoi(std::string(t.text));
    int rows = static_cast<int>(table_.rows.size());
    Span span{t.begin, static_cast<std::uint32_t>(t.begin + t.text.size())};
    if (n == rows + 1) {  // the next left item
      open_row(span);
      right_ = false;
      table_.rows.back().name = std::move(name_);
    } else if (offset_ && n == rows + 1 + *offset_) {  // a right item whose left cell is empty
      open_row(span);
      right_ = true;
      table_.rows.back().right_name = std::move(name_);
    } else if (rows > 0 && ((offset_ && n == rows + *offset_) || (!offset_ && n > rows))) {
      if (!offset_) offset_ = n - rows;
      right_ = true;
      table_.rows.back().right_name = std::move(name_);
    }
    name_.clear();  // a number that fits nowhere is a stray page or 栏次 number
  }

  void open_row(Span span) {
    table_.rows.emplace_back();
    table_.rows.back().seq = static_cast<int>(table_.rows.size());
    table_.rows.back().span = span;
  }

  StatTable& table_;
  std::string name_;           // words waiting for their 行次
  std::optional<int> offset_;  // right 行次 − row
  bool right_ = false;         // amounts go to the right item
};

}  // namespace

std::unique_ptr<TableReader> make_item_number_reader(StatTable& table) {
  return std::make_unique<ItemNumberReader>(table);
}

}  // namespace budgetlint::parse
