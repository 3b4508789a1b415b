// The interpreter of statistical tables: a Grid of any flavour whose columns are known becomes a
// StatTable — which columns hold the 序号, the code (whole, or split over 类 | 款 | 项), the name and
// the figures, which side of a 收入 | 支出 table a cell is on, and what each figure column is.
#include <algorithm>

#include "../mentions.hpp"
#include "../paragraphs.hpp"
#include "interpreters.hpp"
#include "tables.hpp"
#include "tokens.hpp"

namespace budgetlint::parse {
namespace {

enum class Role { Seq, Code, Name, Amount };

std::string squeezed(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c != ' ') out.push_back(c);
  }
  return out;
}

bool all_digits(std::string_view s);

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> ends) {
  for (std::string_view e : ends) {
    if (s.size() >= e.size() && s.substr(s.size() - e.size()) == e) return true;
  }
  return false;
}

// Every cell of column `c` a whole number of at most three digits, or empty: row numbers.
bool small_integers(const Grid& g, std::size_t c) {
  for (const GridRow& r : g.rows) {
    for (const GridCell& cell : r.cells) {
      if (cell.column == static_cast<int>(c) && !(all_digits(squeezed(cell.text())) && squeezed(cell.text()).size() <= 3))
        return false;
    }
  }
  return true;
}

// Every cell of column `c` digits without a separator or a decimal point.
bool bare_digits(const Grid& g, std::size_t c) {
  for (const GridRow& r : g.rows) {
    for (const GridCell& cell : r.cells) {
      if (cell.column == static_cast<int>(c) && !all_digits(squeezed(cell.text()))) return false;
    }
  }
  return true;
}

bool code_label(std::string_view label) {
  return label == "类" || label == "款" || label == "项" || contains_any(label, {"编码", "代码"}) ||
         (contains(label, "科目") && (label.size() <= 12 || ends_with_any(label, {"类", "款", "项"})));
}

Role role_of(const Grid& g, std::size_t index) {
  const GridColumn& c = g.columns[index];
  std::string label = squeezed(c.label());
  if (contains_any(label, {"序号", "行次", "栏次"}) && (!c.numeric || small_integers(g, index))) return Role::Seq;
  // Digits under a code heading are codes even after a row's name (a second classification).
  if (c.numeric && code_label(label) && bare_digits(g, index)) return Role::Code;
  if (c.numeric && !c.codes) return Role::Amount;
  if (c.codes) return Role::Code;
  if (c.text) return Role::Name;  // words under it, whatever its label (a letter-spaced “项  目”)
  if (label == "类" || label == "款" || label == "项" || contains(label, "编码") || contains(label, "代码"))
    return Role::Code;
  if (contains(label, "名称") || label == "项目" || contains(label, "科目")) return Role::Name;
  return Role::Amount;
}

struct Side {
  std::vector<std::size_t> seq, code, name, amount;  // column indices by role
};

// A 收入 | 支出 table prints two tables side by side: a name column after a figure column opens
// the second.
std::vector<Side> sides_of(const std::vector<Role>& roles) {
  std::vector<Side> sides(1);
  bool figures_seen = false;
  bool second_classification = false;
  for (std::size_t c = 0; c < roles.size(); ++c) {
    if (roles[c] == Role::Amount) {
      figures_seen = true;
    } else if (figures_seen && (roles[c] == Role::Name || roles[c] == Role::Code || roles[c] == Role::Seq)) {
      sides.emplace_back();
      figures_seen = false;
      second_classification = false;
    }
    Side& s = sides.back();
    // A table of two classifications side by side (部门经济分类 | 政府经济分类): a row is read by
    // the first one; the second's codes and names are left out.
    if (roles[c] == Role::Code && !s.code.empty() && s.code.back() + 1 != c) second_classification = true;
    if (roles[c] == Role::Amount) second_classification = false;
    if (second_classification && (roles[c] == Role::Code || roles[c] == Role::Name)) continue;
    switch (roles[c]) {
      case Role::Seq:
        s.seq.push_back(c);
        break;
      case Role::Code:
        s.code.push_back(c);
        break;
      case Role::Name:
        s.name.push_back(c);
        break;
      case Role::Amount:
        s.amount.push_back(c);
        break;
    }
  }
  return sides;
}

// Printed labels of a side's figure columns: the lowest header level, with the levels above
// prepended where two columns would otherwise share a name (预算数合计 | 决算数合计).
std::vector<std::string> labels_of(const Grid& g, const std::vector<std::size_t>& columns) {
  std::vector<std::string> leaves;
  for (std::size_t c : columns) {
    const auto& levels = g.columns[c].labels;
    leaves.push_back(levels.empty() ? "" : squeezed(levels.back()));
  }
  std::vector<std::string> out;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    bool shared = std::count(leaves.begin(), leaves.end(), leaves[k]) > 1;
    out.push_back(shared ? squeezed(g.columns[columns[k]].label()) : leaves[k]);
  }
  return out;
}

// Other words the provinces print for the standard columns.
std::string_view synonym_of(std::string_view label) {
  static constexpr std::pair<std::string_view, std::string_view> kSynonyms[] = {
      {"总计", "合计"},         {"人员支出", "人员经费"},         {"日常公用支出", "公用经费"},
      {"公用支出", "公用经费"}, {"日常公用经费", "公用经费"},     {"事业单位经营支出", "经营支出"},
      {"上缴上级支出", "上解上级支出"}, {"上解上级支出", "上缴上级支出"}};
  for (const auto& [printed, standard] : kSynonyms) {
    if (label == printed) return standard;
  }
  return label;
}

// The standard column a printed column is: its lowest label level or a synonym of it; “小计”
// under 基本支出 is 基本支出; a label holding a standard name (“项目支出总数”) is that column; a
// first column “小计” or “本年支出合计” is the 合计.
std::string standard_name(const GridColumn& c, const std::vector<std::string>& standard, bool first) {
  std::string leaf = c.labels.empty() ? "" : squeezed(c.labels.back());
  auto known = [&](std::string_view name) { return std::find(standard.begin(), standard.end(), name) != standard.end(); };
  for (std::string_view name : {std::string_view(leaf), synonym_of(leaf)}) {
    if (known(name)) return std::string(name);
  }
  if ((leaf == "小计" || leaf == "合计") && c.labels.size() >= 2) {
    std::string group = squeezed(c.labels[c.labels.size() - 2]);
    for (const std::string& s : standard) {
      if (s != "合计" && contains(group, s)) return s;
    }
  }
  std::string best;
  for (const std::string& s : standard) {
    if (contains(leaf, s) && s.size() > best.size()) best = s;
  }
  if (!best.empty()) return best;
  if (first && leaf == "小计" && known("合计")) return "合计";
  return "";
}

// The columns the interpreter knows by name for a kind of table: the standard ones and, for the
// expenditure tables, 人员经费 and 公用经费 (printed beside or under 基本支出 in most provinces).
std::vector<std::string> known_columns(const StatTable& t) {
  std::vector<std::string> standard = standard_columns(t.kind, t.final_accounts);
  bool expenditure = t.kind == TableKind::Expenditure || t.kind == TableKind::GeneralBudgetExpenditure;
  if (expenditure && !t.final_accounts) {
    for (const char* extra : {"人员经费", "公用经费"}) {
      if (std::find(standard.begin(), standard.end(), extra) == standard.end()) standard.push_back(extra);
    }
  }
  return standard;
}

// A column that is part of no identity: “其中：…” and “扣除…后” columns restate a part of another.
bool restates_a_part(std::string_view label) { return contains(label, "其中") || contains(label, "扣除"); }

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// A code at the start of a name cell: “2050803-培训支出”, “201 一般公共服务支出”.
std::pair<std::string, std::string> split_code(std::string_view name) {
  std::size_t n = 0;
  while (n < name.size() && name[n] >= '0' && name[n] <= '9') ++n;
  if (n != 3 && n != 5 && n != 7) return {"", std::string(name)};
  std::string_view rest = name.substr(n);
  if (rest.empty()) return {std::string(name), ""};
  if (rest.front() != '-' && rest.front() != ' ') return {"", std::string(name)};
  return {std::string(name.substr(0, n)), std::string(trim(rest.substr(1)))};
}

class Interpreter {
 public:
  Interpreter(const Grid& grid, StatTable& table) : g_(grid), t_(table) {
    for (std::size_t c = 0; c < g_.columns.size(); ++c) roles_.push_back(role_of(g_, c));
    sides_ = sides_of(roles_);
  }

  void run() {
    name_columns();
    for (const GridRow& r : g_.rows) add_row(r);
  }

 private:
  // Each printed figure column by its standard name where it has one. A column of unknown meaning
  // that prints figures leaves the table's columns as printed: checks that need the standard
  // columns then leave the table alone rather than guess.
  void name_columns() {
    const Side& left = sides_.front();
    t_.labels = labels_of(g_, left.amount);
    std::vector<std::string> standard = known_columns(t_);
    if (left.amount.empty() || standard.empty()) {
      t_.columns = t_.labels;
      return;
    }
    std::vector<std::string> named;
    bool understood = true;
    for (std::size_t k = 0; k < left.amount.size(); ++k) {
      const GridColumn& column = g_.columns[left.amount[k]];
      // Under a “其中” heading a column restates part of another: never a part of the 合计.
      bool restates = restates_a_part(squeezed(column.label()));
      std::string name = restates ? "" : standard_name(column, standard, k == 0);
      if (name.empty()) {
        name = restates ? squeezed(column.label()) : t_.labels[k];
        if (!restates && !empty_column(left.amount[k])) understood = false;
      }
      named.push_back(name);
    }
    std::vector<std::string> sorted = named;
    std::sort(sorted.begin(), sorted.end());
    bool unique = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
    if (unique && understood && named.front() == "合计") {
      t_.columns = named;
    } else {
      t_.columns = t_.labels;
      t_.columns_as_printed = true;
    }
  }

  bool empty_column(std::size_t column) const {
    for (const GridRow& r : g_.rows) {
      if (const GridCell* c = cell_at(r, column); c && !trim(c->text()).empty()) return false;
    }
    return true;
  }

  const GridCell* cell_at(const GridRow& r, std::size_t column) const {
    for (const GridCell& c : r.cells) {
      if (c.column == static_cast<int>(column)) return &c;
    }
    return nullptr;
  }

  // The code of a row: whole in one column, or split over 类 | 款 | 项 where a row may print only
  // its own part (“05” under 款), the rest being its parent's.
  std::string code_of(const GridRow& r, const Side& side, std::string& name) {
    std::vector<std::string> parts;
    for (std::size_t c : side.code) {
      const GridCell* cell = cell_at(r, c);
      parts.push_back(cell ? squeezed(cell->text()) : "");
    }
    std::string code;
    if (parts.size() == 1) {
      code = parts[0];
      if (!code.empty() && !all_digits(code)) {  // “2050803-培训支出” in the code column
        auto [c, rest] = split_code(code);
        code = c;
        if (name.empty()) name = rest;
      }
    } else if (parts.size() >= 2) {
      std::size_t first = 0;
      while (first < parts.size() && parts[first].empty()) ++first;
      if (first < parts.size()) {
        std::string joined;
        for (std::size_t k = first; k < parts.size(); ++k) joined += parts[k];
        // The parts before the first printed one are the previous row's: 3 digits of 类, 2 of 款.
        std::size_t keep = first == 0 ? 0 : 3 + 2 * (first - 1);
        code = first == 0 || parts[first].size() >= 3 ? joined : previous_code_.substr(0, keep) + joined;
        if (first > 0 && previous_code_.size() < keep) code.clear();
      }
    }
    if (code.empty() && !name.empty()) {
      auto [c, rest] = split_code(name);
      if (!c.empty()) {
        code = c;
        name = rest;
      }
    }
    if (!all_digits(code)) code.clear();
    return code;
  }

  std::string text_of(const GridRow& r, const std::vector<std::size_t>& columns) const {
    std::string s;
    for (std::size_t c : columns) {
      if (const GridCell* cell = cell_at(r, c)) s += squeezed(cell->text());
    }
    return s;
  }

  // The figures of a row's side, in printed order, each with its column.
  void figures(const GridRow& r, const Side& side, std::vector<Sourced<Amount>>& amounts, std::vector<int>* placed,
               TableRow& row) {
    for (std::size_t k = 0; k < side.amount.size(); ++k) {
      const GridCell* cell = cell_at(r, side.amount[k]);
      if (!cell) continue;
      std::string text = squeezed(cell->text());
      if (text.empty() || text == "-" || text == "—" || text == "--" || text == "——" || text == "/") continue;
      std::string plain;
      for (char c : text) {
        if (c != ',') plain.push_back(c);
      }
      std::optional<Amount> a = Amount::parse(plain);
      const Token& last = cell->pieces.back();
      Span span{cell->span.begin, static_cast<std::uint32_t>(last.begin + last.text.size())};
      if (!a) {
        row.glued.push_back({text, span, text});
        continue;
      }
      amounts.push_back({*a, span, text});
      if (placed) placed->push_back(static_cast<int>(k));
    }
  }

  void add_row(const GridRow& r) {
    TableRow row;
    const Side& left = sides_.front();
    row.name = text_of(r, left.name);
    row.code = code_of(r, left, row.name);
    std::string seq = text_of(r, left.seq);
    row.seq = all_digits(seq) && seq.size() <= 4 ? std::stoi(seq) : (t_.rows.empty() ? 1 : t_.rows.back().seq + 1);
    figures(r, left, row.amounts, &row.columns, row);
    if (sides_.size() > 1) {
      const Side& right = sides_[1];
      row.right_name = text_of(r, right.name);
      figures(r, right, row.right_amounts, nullptr, row);
    }
    if (row.name.empty() && row.code.empty() && row.right_name.empty() && row.amounts.empty() &&
        row.right_amounts.empty())
      return;
    if (!row.code.empty()) previous_code_ = row.code;
    row.span = r.cells.empty() ? Span{} : r.cells.front().span;
    t_.rows.push_back(std::move(row));
  }

  const Grid& g_;
  StatTable& t_;
  std::vector<Role> roles_;
  std::vector<Side> sides_;
  std::string previous_code_;
};

}  // namespace

void interpret_statistical(const Grid& grid, StatTable& table) {
  table.unit = grid.unit;
  table.sideways_unjoined = grid.sideways_unjoined;
  for (const GridColumn& c : grid.columns) table.header += squeezed(c.label());
  Interpreter(grid, table).run();
}

}  // namespace budgetlint::parse
