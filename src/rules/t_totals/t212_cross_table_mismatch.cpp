#include "../../parse/paragraphs.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

const StatTable* find_table(const Disclosure& d, TableKind kind) {
  for (const StatTable& t : d.tables) {
    if (t.kind == kind && t.checkable()) return &t;
  }
  return nullptr;
}

// “一、一般公共服务支出” → “一般公共服务支出”
std::string_view without_number(std::string_view name) {
  auto h = parse::parse_heading_number(name);
  return h.level == 1 ? name.substr(h.length) : name;
}

const TableRow* total_row(const StatTable& t) {
  for (const TableRow& r : t.rows) {
    if (r.code.empty() && r.name.find("合计") != std::string::npos && !r.amounts.empty()) return &r;
  }
  return nullptr;
}

Term first_cell(const StatTable& t, const TableRow& r, const std::string& name, bool right, const char* role) {
  const Sourced<Amount>& a = right ? r.right_amounts.front() : r.amounts.front();
  return term(role, t.title + " " + name, t, a);
}

void report(RuleContext& ctx, const Term& a, const std::vector<Term>& b) {
  if (!check_identity(ctx, a, b)) return;
  Finding& f = ctx.out_back();
  std::string others;
  for (const Term& t : b) others += (others.empty() ? "" : " + ") + t.label;
  arg(f, "other", others);
}

// A summary table's expenditure lines against the 类 rows of a detail table, by name; and its
// current-year total against the detail table's 合计.
void against_detail(RuleContext& ctx, const StatTable& summary, const StatTable& detail) {
  const TableRow* detail_total = total_row(detail);
  for (const TableRow& r : summary.rows) {
    if (r.right_amounts.empty()) continue;
    std::string_view name = without_number(r.right_name);
    // Only the row itself: a name glued to the next rows' (“本年支出合计结转下年…”) has their figures.
    if (parse::trim(name) == "本年支出合计" && detail_total) {
      report(ctx, first_cell(summary, r, "本年支出合计", true, "table"),
             {first_cell(detail, *detail_total, "合计", false, "table")});
      continue;
    }
    for (const TableRow& d : detail.rows) {
      if (d.code.size() == 3 && d.name == name && !d.amounts.empty())
        report(ctx, first_cell(summary, r, r.right_name, true, "table"),
               {first_cell(detail, d, d.code + " " + d.name, false, "table")});
    }
  }
}

// The income table's 合计 covers the carried-over funds too when it has a column for them
// (“上年结转结余”, a 总计 over two 小计): it is then the summary's 收入总计, not 本年收入合计.
bool income_includes_carry_over(const StatTable& income) {
  int subtotals = 0;
  for (const std::string& c : income.columns) {
    if (c.find("结转") != std::string::npos || c.find("结余") != std::string::npos) return true;
    subtotals += c == "小计";
  }
  return subtotals > 1 || (!income.columns.empty() && income.columns.front() == "总计");
}

bool noted_empty(const StatTable* t) { return !t || t->empty_noted || t->rows.empty(); }

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  const StatTable* summary = find_table(d, TableKind::Summary);
  const StatTable* income = find_table(d, TableKind::Income);
  const StatTable* expenditure = find_table(d, TableKind::Expenditure);
  const StatTable* fiscal = find_table(d, TableKind::FiscalSummary);
  const StatTable* general = find_table(d, TableKind::GeneralBudgetExpenditure);
  const StatTable* basic = find_table(d, TableKind::BasicExpenditure);
  if (summary && expenditure) against_detail(ctx, *summary, *expenditure);
  if (summary && income) {
    const TableRow* in_total = total_row(*income);
    bool overall = income_includes_carry_over(*income);
    for (const TableRow& r : summary->rows) {
      if (!in_total || r.amounts.empty()) continue;
      std::string name(parse::trim(without_number(r.name)));
      bool matches = overall ? name == "收入总计" || name == "收入合计" : name == "本年收入合计";
      if (matches)
        report(ctx, first_cell(*summary, r, name, false, "table"), {first_cell(*income, *in_total, "合计", false, "table")});
    }
  }
  // 财政拨款 = 一般公共预算 + 政府性基金 + 国有资本经营: with the last two empty, the fiscal
  // summary's lines are the general-budget table's.
  if (fiscal && general && noted_empty(find_table(d, TableKind::GovernmentFund)) &&
      noted_empty(find_table(d, TableKind::StateCapital)))
    against_detail(ctx, *fiscal, *general);
  // The basic-expenditure table is the 基本支出 column of the general-budget table.
  if (basic && general) {
    const TableRow* b = total_row(*basic);
    const TableRow* g = total_row(*general);
    if (b && g && !g->placement_ambiguous) {
      for (std::size_t k = 0; k < g->columns.size() && k < g->amounts.size(); ++k) {
        if (general->columns[static_cast<std::size_t>(g->columns[k])] != "基本支出") continue;
        const Sourced<Amount>& cell = g->amounts[k];
        report(ctx, first_cell(*basic, *b, "合计", false, "table"),
               {term("table", general->title + " 合计·基本支出", *general, cell)});
      }
    }
  }
}

const RuleInfo kInfo{
    "T212",
    "cross-table-mismatch",
    Severity::Error,
    RuleInput::Model,
    "同一数字在不同统计表中不一致",
    "The same figure differs between two statistical tables",
    "{total_label} 为 {total} 万元，而 {other} 为 {sum} 万元，差 {diff} 万元",
    "{total_label} is {total} while {other} is {sum}, difference {diff}",
    "检查内容：收支总表的本年收入合计等于收入总表的合计，本年支出合计和各项支出（按科目名称）等于支出总表的合计和各类科"
    "目；政府性基金和国有资本经营预算支出表为空表时，财政拨款收支总表的支出合计和各项支出等于一般公共预算财政拨款支出表"
    "；基本支出表的合计等于一般公共预算财政拨款支出表合计行的基本支出。\n"
    "为何重要：九张表是同一本账的不同切面，同一个数字在两张表里不同，至少一张表错了。\n"
    "示例：收支总表“一、一般公共服务支出 950.10”，支出总表 201 一般公共服务支出 960.10。\n"
    "正确写法：各表同一项目使用同一数字。\n"
    "容差：两个数字各自 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门预算公开表样的表间关系。",
    "What it checks: that the summary table's current-year income equals the income table's total, its current-year "
    "expenditure and each expenditure line (by name) the expenditure table's total and 类 rows; with the "
    "government-fund and state-capital tables empty, that the fiscal summary's lines equal the general-budget "
    "expenditure table's; and that the basic-expenditure table's total equals the 基本支出 cell of the general-budget "
    "table's total row.\n"
    "Why it matters: the nine tables are views of one set of accounts; one figure given two ways means a table is "
    "wrong.\n"
    "Example: 一、一般公共服务支出 950.10 in the summary, 201 at 960.10 in the expenditure table.\n"
    "Correct: every table gives the same figure for the same item.\n"
    "Tolerance: ± half a unit of each figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the relations between the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT212{kInfo, check};

}  // namespace budgetlint::rules
