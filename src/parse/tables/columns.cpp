// Which header column each printed cell belongs to. pdftotext drops empty cells, so a row
// “4 2010301 行政运行 449.30 449.30” could be 合计 + 基本 or 合计 + 项目. The row's own
// identity (合计 = Σ parts) and its parent's column sums (20103's 基本 = Σ its 项's 基本)
// decide; where the text still admits several placements the row is marked ambiguous and the
// leftmost placement is kept, never silently.
#include <algorithm>
#include <functional>
#include <optional>

#include "tables.hpp"

namespace budgetlint::parse {
namespace {

using Placement = std::vector<int>;

constexpr std::size_t kMaxSolutions = 2;          // one to use, a second to know it is not the only one
constexpr std::size_t kMaxSearchSteps = 200'000;  // beyond this a table is too open to decide

// The 决算 tables name their columns differently, and two of them have no 合计 column first:
// the 政府性基金 table carries the balance over (年初 + 本年收入 − 本年支出 = 年末), and the 三公
// table is one row of 预算数 then 决算数.
std::vector<std::string> final_columns_of(TableKind kind) {
  switch (kind) {
    case TableKind::Income:
      return {"合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入", "附属单位上缴收入", "其他收入"};
    case TableKind::Expenditure:
      return {"合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"};
    case TableKind::GovernmentFund:
      return {"年初结转和结余", "本年收入", "本年支出", "基本支出", "项目支出", "年末结转和结余"};
    case TableKind::ThreePublic: {
      std::vector<std::string> columns;
      for (const char* part : {"预算数", "决算数"}) {
        for (const char* item :
             {"合计", "因公出国（境）费", "公务用车购置及运行费", "公务用车购置费", "公务用车运行费", "公务接待费"})
          columns.push_back(std::string(part) + item);
      }
      return columns;
    }
    default:
      return {};
  }
}

std::vector<std::string> columns_of(TableKind kind, bool final_accounts) {
  if (final_accounts) {
    if (auto columns = final_columns_of(kind); !columns.empty()) return columns;
  }
  switch (kind) {
    case TableKind::Income:
      return {"合计",     "小计",         "财政拨款收入",     "财政专户收入", "事业收入",
              "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入",     "上年结转"};
    case TableKind::Expenditure:
      return {"合计", "基本支出", "项目支出", "经营支出", "上解上级支出", "对附属单位补助支出"};
    case TableKind::GeneralBudgetExpenditure:
    case TableKind::GovernmentFund:
    case TableKind::StateCapital:
      return {"合计", "基本支出", "项目支出"};
    case TableKind::BasicExpenditure:
      return {"合计", "人员经费", "公用经费"};
    case TableKind::ThreePublic:
      return {"合计", "一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"};
    case TableKind::Summary:
    case TableKind::FiscalSummary:
      return {};
  }
  return {};
}

// Values by column, absent cells as zero with no printed digits (they stand for nothing).
std::vector<Amount> by_column(const TableRow& row, const Placement& p, std::size_t n) {
  std::vector<Amount> v(n, Amount{0, Amount::kScaleDigits});
  for (std::size_t k = 0; k < p.size(); ++k) v[static_cast<std::size_t>(p[k])] = row.amounts[k].value;
  return v;
}

// 合计 = Σ the other columns; for the income table 合计 = 小计 + 上年结转 and 小计 = Σ sources,
// with whichever of those columns the header has.
bool identity_holds(TableKind kind, const std::vector<std::string>& columns, const std::vector<Amount>& v) {
  if (kind != TableKind::Income) return check_sum(v[0], std::vector<Amount>(v.begin() + 1, v.end())).consistent;
  std::vector<Amount> sources;
  std::optional<Amount> subtotal;
  std::optional<Amount> carry;
  for (std::size_t c = 1; c < v.size(); ++c) {
    if (columns[c] == "小计")
      subtotal = v[c];
    else if (columns[c] == "上年结转")
      carry = v[c];
    else
      sources.push_back(v[c]);
  }
  std::vector<Amount> top = subtotal ? std::vector<Amount>{*subtotal} : sources;
  if (carry) top.push_back(*carry);
  bool total_ok = check_sum(v[0], top).consistent;
  return subtotal ? total_ok && check_sum(*subtotal, sources).consistent : total_ok;
}

// Every order-keeping placement of the row's cells (the first is 合计) into `allowed`
// columns that satisfies the row identity, leftmost first.
std::vector<Placement> candidates(TableKind kind, const std::vector<std::string>& columns, const TableRow& row,
                                  const std::vector<bool>& allowed) {
  std::size_t n = columns.size();
  std::vector<Placement> out;
  std::size_t k = row.amounts.size();
  if (k == 0) return {Placement{}};
  if (k > n) return out;
  Placement p = {0};
  std::function<void(int)> extend = [&](int next) {
    if (p.size() == k) {
      if (k == 1 || identity_holds(kind, columns, by_column(row, p, n))) out.push_back(p);
      return;
    }
    for (int c = next; c < static_cast<int>(n); ++c) {
      if (!allowed[static_cast<std::size_t>(c)]) continue;
      p.push_back(c);
      extend(c + 1);
      p.pop_back();
    }
  };
  extend(1);
  return out;
}

std::vector<std::size_t> children_of(const StatTable& t, std::size_t parent) {
  const TableRow& p = t.rows[parent];
  std::size_t length = p.code.empty() ? 3 : p.code.size() + 2;
  bool is_total = p.code.empty() && p.name.find("合计") != std::string::npos;
  if (!is_total && p.code.size() != 3 && p.code.size() != 5) return {};
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < t.rows.size(); ++i) {
    const TableRow& r = t.rows[i];
    if (r.code.size() == length && r.code.compare(0, p.code.size(), p.code) == 0 && !r.amounts.empty())
      out.push_back(i);
  }
  return out;
}

class Placer {
 public:
  explicit Placer(StatTable& t) : t_(t), n_(t.columns.size()) {}

  void place_all() {
    std::vector<bool> placed(t_.rows.size(), false);
    for (std::size_t i = 0; i < t_.rows.size(); ++i) {
      TableRow& r = t_.rows[i];
      bool root = r.code.empty() && r.name.find("合计") != std::string::npos;
      if (!root || r.amounts.empty()) continue;
      place_subtree(i, std::vector<bool>(n_, true), placed);
    }
    // Rows outside any tree (the 三公 table's lines, or orphans): on their own.
    for (std::size_t i = 0; i < t_.rows.size(); ++i) {
      if (!placed[i]) place_alone(i);
    }
  }

 private:
  void place_alone(std::size_t i) {
    TableRow& r = t_.rows[i];
    auto c = candidates(t_.kind, t_.columns, r, std::vector<bool>(n_, true));
    if (c.empty()) return;  // the row does not add up in any placement: T202 reports it
    r.columns = c.front();
    r.placement_ambiguous = c.size() > 1;
  }

  void place_subtree(std::size_t i, const std::vector<bool>& allowed, std::vector<bool>& placed) {
    TableRow& r = t_.rows[i];
    placed[i] = true;
    // A row its parent already placed keeps that placement; its children follow it.
    auto own = r.columns.empty() ? candidates(t_.kind, t_.columns, r, allowed) : std::vector<Placement>{r.columns};
    if (own.empty()) return;
    std::vector<std::size_t> kids = children_of(t_, i);
    // Keep the placements of this row under which its children can be placed consistently.
    struct Workable {
      Placement own;
      std::vector<std::vector<Placement>> children;  // at most kMaxSolutions
    };
    std::vector<Workable> workable;
    for (const Placement& p : own) {
      auto solutions = solve_children(r, p, kids);
      if (!solutions.empty() || kids.empty()) workable.push_back({p, std::move(solutions)});
      if (workable.size() == kMaxSolutions) break;
    }
    if (workable.empty()) {  // the children do not add up under any placement: keep the leftmost
      r.columns = own.front();
      r.placement_ambiguous = own.size() > 1;
      return;
    }
    const Workable& chosen = workable.front();
    r.columns = chosen.own;
    r.placement_ambiguous = r.placement_ambiguous || workable.size() > 1;
    std::vector<bool> sub(n_, false);
    for (int c : r.columns) sub[static_cast<std::size_t>(c)] = true;
    for (std::size_t k = 0; k < kids.size(); ++k) {
      placed[kids[k]] = true;
      if (!chosen.children.empty()) {
        TableRow& kid = t_.rows[kids[k]];
        kid.columns = chosen.children.front()[k];
        kid.placement_ambiguous = chosen.children.size() > 1 && chosen.children[1][k] != kid.columns;
      }
      if (!children_of(t_, kids[k]).empty()) place_subtree(kids[k], sub, placed);
    }
  }

  // Placements of all children whose columns add up to the parent's, column by column;
  // at most two (a second one only tells that the first is not the only one).
  std::vector<std::vector<Placement>> solve_children(const TableRow& parent, const Placement& p,
                                                     const std::vector<std::size_t>& kids) {
    std::vector<bool> allowed(n_, false);
    for (int c : p) allowed[static_cast<std::size_t>(c)] = true;
    std::vector<std::vector<Placement>> options;
    for (std::size_t k : kids) {
      options.push_back(candidates(t_.kind, t_.columns, t_.rows[k], allowed));
      if (options.back().empty()) return {};
    }
    std::vector<Amount> target = by_column(parent, p, n_);
    std::vector<std::vector<Placement>> solutions;
    std::vector<Placement> chosen;
    std::size_t steps = 0;
    std::function<void(std::size_t)> search = [&](std::size_t k) {
      if (solutions.size() == kMaxSolutions || ++steps > kMaxSearchSteps) return;
      if (k == kids.size()) {
        for (std::size_t c = 1; c < n_; ++c) {
          std::vector<Amount> parts;
          for (std::size_t j = 0; j < kids.size(); ++j) parts.push_back(by_column(t_.rows[kids[j]], chosen[j], n_)[c]);
          if (!check_sum(target[c], parts).consistent) return;
        }
        solutions.push_back(chosen);
        return;
      }
      for (const Placement& o : options[k]) {
        chosen.push_back(o);
        search(k + 1);
        chosen.pop_back();
      }
    };
    search(0);
    if (steps > kMaxSearchSteps && solutions.size() == 1) solutions.push_back(solutions.front());  // undecided
    return solutions;
  }

  StatTable& t_;
  std::size_t n_;
};

}  // namespace

std::vector<std::string> standard_columns(TableKind kind, bool final_accounts) { return columns_of(kind, final_accounts); }

std::vector<std::string> header_columns(const StatTable& table) {
  std::vector<std::string> all = columns_of(table.kind, table.final_accounts);
  std::vector<std::string> named;
  for (const std::string& c : all) {
    if (table.header.find(c) != std::string::npos) named.push_back(c);
  }
  // A header we cannot read (or that names no amount column) leaves the standard columns.
  return named.size() >= 2 && named.front() == "合计" ? named : all;
}

void place_cells(StatTable& table) {
  table.columns = header_columns(table);
  if (table.columns.empty()) return;
  if (table.columns.front() == "合计") {
    Placer(table).place_all();
    return;
  }
  // No 合计 to anchor the search: only a row that prints every column has certain places.
  for (TableRow& r : table.rows) {
    if (r.amounts.size() != table.columns.size()) continue;
    r.columns.clear();
    for (std::size_t c = 0; c < table.columns.size(); ++c) r.columns.push_back(static_cast<int>(c));
  }
}

bool place_by_position(const SourceText& source, StatTable& table) {
  constexpr std::uint32_t kSameColumn = 4;  // right edges this close belong to one column
  std::vector<std::string> columns = header_columns(table);
  if (columns.empty()) return false;
  std::vector<std::uint32_t> edges;
  for (const TableRow& r : table.rows) {
    for (const auto& a : r.amounts) edges.push_back(source.column_of(a.span.end - 1));
  }
  if (edges.empty()) return false;
  std::sort(edges.begin(), edges.end());
  std::vector<std::uint32_t> group_end;  // the right-most edge of each group
  for (std::uint32_t e : edges) {
    if (group_end.empty() || e - group_end.back() > kSameColumn)
      group_end.push_back(e);
    else
      group_end.back() = e;
  }
  if (group_end.size() != columns.size()) return false;
  std::vector<std::vector<int>> placed;
  for (const TableRow& r : table.rows) {
    std::vector<int> p;
    for (const auto& a : r.amounts) {
      std::uint32_t e = source.column_of(a.span.end - 1);
      int g = 0;
      while (static_cast<std::size_t>(g) + 1 < group_end.size() && e > group_end[static_cast<std::size_t>(g)]) ++g;
      if (!p.empty() && g <= p.back()) return false;  // two cells in one column: not layout
      p.push_back(g);
    }
    if (!p.empty() && p.front() != 0) return false;  // every row starts with its 合计
    placed.push_back(std::move(p));
  }
  table.columns = std::move(columns);
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    table.rows[i].columns = placed[i];
    table.rows[i].placement_ambiguous = false;
  }
  return true;
}

}  // namespace budgetlint::parse
