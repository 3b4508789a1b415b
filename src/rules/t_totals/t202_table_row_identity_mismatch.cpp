#include <algorithm>
#include <optional>

#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

Term cell(const TableRow& row, std::size_t k, const char* role) {
  const Sourced<Amount>& a = row.amounts[k];
  return {role, k == 0 ? "合计" : "第 " + std::to_string(k + 1) + " 个数", a.value, a.span, a.raw};
}

bool holds(const TableRow& row, std::size_t total, std::size_t first, std::size_t last) {
  std::vector<Amount> parts;
  for (std::size_t k = first; k < last; ++k) parts.push_back(row.amounts[k].value);
  return check_sum(row.amounts[total].value, parts).consistent;
}

void report(RuleContext& ctx, const StatTable& table, const TableRow& row, std::size_t total, std::size_t first,
            std::size_t last) {
  std::vector<Term> parts;
  for (std::size_t k = first; k < last; ++k) parts.push_back(cell(row, k, "part"));
  if (!check_identity(ctx, cell(row, total, "total"), parts)) return;
  Finding& f = ctx.out_back();
  arg(f, "table", table.title);
  arg(f, "seq", std::to_string(row.seq));
  arg(f, "row", row_label(row));
  f.section_path = {table.title, "行 " + std::to_string(row.seq) + " " + row.name};
}

// The 决算 tables without a 合计 column first, when the row prints every cell: the 政府性基金
// table carries its balance over (本年支出 = 基本 + 项目; 年末 = 年初 + 本年收入 − 本年支出), and
// the 三公 table states 预算数 then 决算数 (合计 = 出国 + 公车 + 接待; 公车 = 购置 + 运行).
void check_final_row(RuleContext& ctx, const StatTable& table, const TableRow& row) {
  if (row.amounts.size() != table.columns.size()) return;
  auto named = [&](std::size_t k, const char* role) {
    const Sourced<Amount>& a = row.amounts[k];
    return Term{role, table.columns[k], a.value, a.span, a.raw};
  };
  auto identity = [&](std::size_t total, std::vector<Term> parts) {
    if (!check_identity(ctx, named(total, "total"), parts)) return;
    Finding& f = ctx.out_back();
    arg(f, "table", table.title);
    arg(f, "seq", std::to_string(row.seq));
    arg(f, "row", row_label(row));
    f.section_path = {table.title, "行 " + std::to_string(row.seq) + " " + row.name};
  };
  if (table.kind == TableKind::GovernmentFund && table.columns.size() == 6) {
    identity(2, {named(3, "part"), named(4, "part")});
    Term spent = named(2, "part");
    spent.value = spent.value.negated();
    spent.shown = "减" + spent.shown;
    identity(5, {named(0, "part"), named(1, "part"), spent});
  } else if (table.kind == TableKind::ThreePublic && table.columns.size() == 12) {
    for (std::size_t half : {0, 6}) {
      identity(half, {named(half + 1, "part"), named(half + 2, "part"), named(half + 5, "part")});
      identity(half + 2, {named(half + 3, "part"), named(half + 4, "part")});
    }
  }
}

// The sources of income a 收入总表 names (budget and 决算 wordings).
const std::vector<std::string> standard_income_sources = {
    "财政拨款收入", "财政专户收入", "事业收入", "经营收入", "上级补助收入", "附属单位上缴收入", "其他收入"};

// A row identity by column name: the total's column and its parts'.
struct Identity {
  std::size_t total;
  std::vector<std::size_t> parts;
};

// The identities the named columns of a table stand in: an expenditure table's 合计 = 基本 + 项目
// (+ 经营, 上缴, 对附属单位补助), with 基本 = 人员 + 公用 where those are printed (or 人员 + 公用
// in place of 基本); the 三公 table's 合计 = the funds; the 基本支出表's 合计 = 人员 + 公用.
std::vector<Identity> identities(const StatTable& t) {
  auto at = [&](std::string_view name) -> std::optional<std::size_t> {
    for (std::size_t c = 0; c < t.columns.size(); ++c) {
      if (t.columns[c] == name) return c;
    }
    return std::nullopt;
  };
  auto present = [&](std::initializer_list<std::string_view> names) {
    std::vector<std::size_t> out;
    for (std::string_view n : names) {
      if (auto c = at(n)) out.push_back(*c);
    }
    return out;
  };
  std::vector<Identity> out;
  auto total = at("合计");
  if (!total) return out;
  switch (t.kind) {
    case TableKind::Expenditure:
    case TableKind::GeneralBudgetExpenditure:
    case TableKind::GovernmentFund:
    case TableKind::StateCapital: {
      auto basic = at("基本支出");
      std::vector<std::size_t> staff = present({"人员经费", "公用经费"});
      std::vector<std::size_t> parts = basic ? std::vector<std::size_t>{*basic} : staff;
      for (std::size_t c : present({"项目支出", "经营支出", "上解上级支出", "上缴上级支出", "对附属单位补助支出"}))
        parts.push_back(c);
      out.push_back({*total, parts});
      if (basic && staff.size() == 2) out.push_back({*basic, staff});
      break;
    }
    case TableKind::Income: {
      // 合计 = 小计 + 上年结转 and 小计 = the sources; without a 小计, 合计 = the sources + 上年结转.
      auto subtotal = at("小计");
      auto carry = at("上年结转");
      std::vector<std::size_t> sources;
      for (std::size_t c = 0; c < t.columns.size(); ++c) {
        if (c != *total && c != subtotal && c != carry && std::find(standard_income_sources.begin(),
            standard_income_sources.end(), t.columns[c]) != standard_income_sources.end())
          sources.push_back(c);
      }
      if (subtotal) {
        std::vector<std::size_t> top = {*subtotal};
        if (carry) top.push_back(*carry);
        out.push_back({*total, top});
        out.push_back({*subtotal, sources});
      } else {
        if (carry) sources.push_back(*carry);
        out.push_back({*total, sources});
      }
      break;
    }
    case TableKind::BasicExpenditure:
      out.push_back({*total, present({"人员经费", "公用经费"})});
      break;
    case TableKind::ThreePublic:
      out.push_back({*total, present({"一般公共预算财政拨款", "政府性基金预算拨款", "国有资本经营预算财政拨款"})});
      break;
    default:
      break;
  }
  return out;
}

// A row whose every printed cell has its column: each identity checked on the cells printed,
// an empty cell standing for nothing.
void check_named(RuleContext& ctx, const StatTable& table, const TableRow& row) {
  for (const Identity& id : identities(table)) {
    auto cell = [&](std::size_t column) -> const Sourced<Amount>* {
      for (std::size_t k = 0; k < row.columns.size(); ++k) {
        if (static_cast<std::size_t>(row.columns[k]) == column) return &row.amounts[k];
      }
      return nullptr;
    };
    const Sourced<Amount>* total = cell(id.total);
    if (!total) continue;
    std::vector<Term> parts;
    for (std::size_t c : id.parts) {
      if (const Sourced<Amount>* a = cell(c)) parts.push_back({"part", table.columns[c], a->value, a->span, a->raw});
    }
    if (parts.empty()) continue;  // a lone total: its parts are not printed, nothing to add
    if (!check_identity(ctx, {"total", table.columns[id.total], total->value, total->span, total->raw}, parts))
      continue;
    Finding& f = ctx.out_back();
    arg(f, "table", table.title);
    arg(f, "seq", std::to_string(row.seq));
    arg(f, "row", row_label(row));
    f.section_path = {table.title, "行 " + std::to_string(row.seq) + " " + row.name};
  }
}

// Expenditure tables: 合计 = 基本 + 项目 (+ 经营 …), whichever of those cells are printed;
// the 三公 table: 合计 = 一般公共预算 + 政府性基金 + 国有资本经营 financing.
// Income table: 合计 = 小计 (+ 上年结转) and 小计 = Σ sources; with the carry-over cell absent
// or present, one of the two readings must hold. A 决算 income table has no 小计: 合计 = Σ sources.
// A row whose cells all have certain columns is checked by column name; the others (cells of
// pdftotext text, whose empty cells vanish) by their order.
void check(RuleContext& ctx) {
  for (const StatTable& table : ctx.model().tables) {
    if (!table.checkable()) continue;      // P202/P204 say the rows cannot be trusted
    if (table.columns_as_printed) continue;  // columns of unknown meaning: nothing to hold them to
    if (!table.columns.empty() && table.columns.front() != "合计") {
      for (const TableRow& row : table.rows) check_final_row(ctx, table, row);
      continue;
    }
    bool parts_add_up =
        table.kind == TableKind::Expenditure || table.kind == TableKind::GeneralBudgetExpenditure ||
        table.kind == TableKind::BasicExpenditure || table.kind == TableKind::ThreePublic ||
        (table.final_accounts && table.kind != TableKind::Summary && table.kind != TableKind::FiscalSummary);
    bool named = !table.labels.empty();
    for (const TableRow& row : table.rows) {
      std::size_t n = row.amounts.size();
      if (n < 2) continue;  // a lone 合计: its parts are not printed, nothing to add
      if (named && row.columns.size() == n && !row.placement_ambiguous) {
        check_named(ctx, table, row);
      } else if (parts_add_up) {
        if (!holds(row, 0, 1, n)) report(ctx, table, row, 0, 1, n);
      } else if (table.kind == TableKind::Income && n >= 3) {
        bool without_carry = holds(row, 0, 1, 2) && holds(row, 1, 2, n);
        bool with_carry = n >= 4 && holds(row, 1, 2, n - 1);
        if (with_carry) {
          std::vector<Amount> parts = {row.amounts[1].value, row.amounts[n - 1].value};
          with_carry = check_sum(row.amounts[0].value, parts).consistent;
        }
        if (!without_carry && !with_carry) report(ctx, table, row, 1, 2, n);
      }
    }
  }
}

const RuleInfo kInfo{
    "T202",
    "table-row-identity-mismatch",
    Severity::Error,
    RuleInput::Model,
    "统计表一行之内各列之和与合计不符",
    "The cells of a table row do not add up to the row's total",
    "{table}第 {seq} 行“{row}”：{total_label} {total} 万元，而本行其余各数之和为 {sum} 万元，差 {diff} 万元",
    "{table} row {seq} “{row}”: {total_label} {total} but the other cells of the row add up to {sum}, difference "
    "{diff}",
    "检查内容：支出总表、一般公共预算财政拨款支出表每一行的合计等于基本支出、项目支出等各列之和；“三公”经费支出表每一行"
    "的合计等于各资金性质列之和；基本支出表每一行的合计"
    "等于人员经费加公用经费；收入总表每一行的合计等于本年收入小计加上年结转，小计等于各收入来源之和。空着的单元格不计。"
    "\n"
    "为何重要：同一行的数字互相约束，对不上说明其中一个单元格填错了。\n"
    "示例：2010301 行政运行 合计 449.30，基本支出 459.30。\n"
    "正确写法：合计 = 各组成列之和。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数），差额小于各数半个末位单位之和即视为一致。\n"
    "依据：部门预算公开表样。",
    "What it checks: that in every row of the expenditure and general-budget expenditure tables the total equals the "
    "sum of basic, project and the other printed cells; in the basic-expenditure table total = personnel + public; in "
    "the income table total = current-year subtotal (+ carry-over) and the subtotal = the sources. Empty cells are "
    "left out.\n"
    "Why it matters: the cells of a row constrain each other; a mismatch means a cell is wrong.\n"
    "Example: 2010301 total 449.30 with basic 459.30.\n"
    "Correct: total = sum of its component cells.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed.\n"
    "References: the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT202{kInfo, check};

}  // namespace budgetlint::rules
