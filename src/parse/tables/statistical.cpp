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

// Every cell of column `c` a whole number of at most three digits, or empty: row numbers.
bool small_integers(const Grid& g, std::size_t c) {
  for (const GridRow& r : g.rows) {
    for (const GridCell& cell : r.cells) {
      if (cell.column == static_cast<int>(c) && !(all_digits(squeezed(cell.text)) && squeezed(cell.text).size() <= 3))
        return false;
    }
  }
  return true;
}

Role role_of(const Grid& g, std::size_t index) {
  const GridColumn& c = g.columns[index];
  std::string label = squeezed(c.label());
  if (contains_any(label, {"序号", "行次", "栏次"}) && (!c.numeric || small_integers(g, index))) return Role::Seq;
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
  for (std::size_t c = 0; c < roles.size(); ++c) {
    if (roles[c] == Role::Amount) {
      figures_seen = true;
    } else if (figures_seen && (roles[c] == Role::Name || roles[c] == Role::Code || roles[c] == Role::Seq)) {
      sides.emplace_back();
      figures_seen = false;
    }
    Side& s = sides.back();
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

// The standard column a printed column is, by its lowest level, then by all its levels (“小计”
// under 基本支出 is 基本支出), when exactly one standard name fits.
std::string standard_name(const GridColumn& c, const std::vector<std::string>& standard) {
  std::string leaf = c.labels.empty() ? "" : squeezed(c.labels.back());
  for (const std::string& s : standard) {
    if (leaf == s || (s == "合计" && (leaf == "总计" || leaf == "合计"))) return s;
  }
  for (const std::string& s : standard) {
    if (s != "合计" && contains(leaf, s)) return s;
  }
  if (leaf == "小计" && c.labels.size() >= 2) {
    std::string group = squeezed(c.labels[c.labels.size() - 2]);
    for (const std::string& s : standard) {
      if (s != "合计" && contains(group, s)) return s;
    }
  }
  return "";
}

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
  void name_columns() {
    const Side& left = sides_.front();
    t_.labels = labels_of(g_, left.amount);
    std::vector<std::string> standard = header_columns(t_);
    std::vector<std::string> named;
    for (std::size_t c : left.amount) named.push_back(standard_name(g_.columns[c], standard));
    std::vector<std::string> sorted = named;
    std::sort(sorted.begin(), sorted.end());
    bool unique = std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end();
    bool all_named = std::find(named.begin(), named.end(), "") == named.end();
    if (!standard.empty() && unique && all_named && !named.empty() && named.front() == "合计") {
      t_.columns = named;
    } else {
      t_.columns = t_.labels;
      t_.columns_as_printed = !left.amount.empty() && !standard.empty();
    }
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
      parts.push_back(cell ? squeezed(cell->text) : "");
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
      if (const GridCell* cell = cell_at(r, c)) s += squeezed(cell->text);
    }
    return s;
  }

  // The figures of a row's side, in printed order, each with its column.
  void figures(const GridRow& r, const Side& side, std::vector<Sourced<Amount>>& amounts, std::vector<int>* placed,
               TableRow& row) {
    for (std::size_t k = 0; k < side.amount.size(); ++k) {
      const GridCell* cell = cell_at(r, side.amount[k]);
      if (!cell) continue;
      std::string text = squeezed(cell->text);
      if (text.empty() || text == "-" || text == "—" || text == "--" || text == "——" || text == "/") continue;
      std::string plain;
      for (char c : text) {
        if (c != ',') plain.push_back(c);
      }
      std::optional<Amount> a = Amount::parse(plain);
      Span span{cell->span().begin, cell->pieces.back().span.end};
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
    row.span = r.cells.empty() ? Span{} : r.cells.front().span();
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
  for (const GridColumn& c : grid.columns) table.header += squeezed(c.label());
  Interpreter(grid, table).run();
}

}  // namespace budgetlint::parse
