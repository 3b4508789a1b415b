#include "../../parse/paragraphs.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

using Side = std::vector<Sourced<Amount>> TableRow::*;

Term cell(const TableRow& row, const std::string& name, Side side, const char* role) {
  const Sourced<Amount>& a = (row.*side).front();
  return {role, name, a.value, a.span, a.raw};
}

void report(RuleContext& ctx, const StatTable& t, const TableRow& row, const Term& total,
            const std::vector<Term>& parts) {
  if (!check_identity(ctx, total, parts)) return;
  Finding& f = ctx.out_back();
  arg(f, "table", t.title);
  arg(f, "seq", std::to_string(row.seq));
  f.section_path = {t.title, "行 " + std::to_string(row.seq)};
}

// The first row at or after `from` whose name on that side contains `words`.
std::size_t find(const StatTable& t, std::string TableRow::*name, std::string_view words, std::size_t from = 0) {
  for (std::size_t i = from; i < t.rows.size(); ++i) {
    if ((t.rows[i].*name).find(words) != std::string::npos) return i;
  }
  return t.rows.size();
}

// 本年收入合计 = Σ income items above it; 收入总计 = 本年收入合计 + what lies between
// (上年结转); the same on the expenditure side; 收入总计 = 支出总计. A 决算 table says 总计 on
// both sides.
void check_side(RuleContext& ctx, const StatTable& t, std::string TableRow::*name, Side side,
                std::string_view subtotal_words, std::string_view total_words) {
  std::size_t subtotal = find(t, name, subtotal_words);
  if (subtotal == t.rows.size()) return;
  const TableRow& sub = t.rows[subtotal];
  if (!(sub.*side).empty()) {
    // Where the items are numbered (一、财政拨款收入), an unnumbered line is one of the item
    // above it (一般公共预算收入), not an item of its own.
    bool numbered = false;
    for (std::size_t i = 0; i < subtotal; ++i) numbered |= parse::parse_heading_number(t.rows[i].*name).level == 1;
    std::vector<Term> items;
    for (std::size_t i = 0; i < subtotal; ++i) {
      if (numbered && parse::parse_heading_number(t.rows[i].*name).level != 1) continue;
      if (!(t.rows[i].*side).empty()) items.push_back(cell(t.rows[i], t.rows[i].*name, side, "part"));
    }
    if (!items.empty()) report(ctx, t, sub, cell(sub, sub.*name, side, "total"), items);
  }
  std::size_t total = find(t, name, total_words, subtotal + 1);
  if (total == t.rows.size() || (t.rows[total].*side).empty() || (sub.*side).empty()) return;
  std::vector<Term> parts = {cell(sub, sub.*name, side, "part")};
  // Between them: the carry-overs and balances (“年初结转和结余”, “使用非财政拨款结余”, “结余
  // 分配”), each followed by its breakdown by fund (“一、一般公共预算拨款”, “政府性基金预算财
  // 政拨款”), which adds up to it.
  auto is_balance = [&](std::size_t i) {
    const std::string& words = t.rows[i].*name;
    return words.find("结转") != std::string::npos || words.find("结余") != std::string::npos;
  };
  for (std::size_t i = subtotal + 1; i < total; ++i) {
    if (!is_balance(i) || (t.rows[i].*side).empty()) continue;
    parts.push_back(cell(t.rows[i], t.rows[i].*name, side, "part"));
    std::vector<Term> funds;
    for (std::size_t j = i + 1; j < total && !is_balance(j); ++j) {
      if (!(t.rows[j].*side).empty()) funds.push_back(cell(t.rows[j], t.rows[j].*name, side, "part"));
    }
    if (!funds.empty()) report(ctx, t, t.rows[i], cell(t.rows[i], t.rows[i].*name, side, "total"), funds);
  }
  report(ctx, t, t.rows[total], cell(t.rows[total], t.rows[total].*name, side, "total"), parts);
}

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (t.kind != TableKind::Summary && t.kind != TableKind::FiscalSummary) continue;
    if (!t.checkable()) continue;  // P202/P204 say the rows cannot be trusted
    std::string_view income_total = t.final_accounts ? "总计" : "收入总计";
    check_side(ctx, t, &TableRow::name, &TableRow::amounts, "本年收入合计", income_total);
    check_side(ctx, t, &TableRow::right_name, &TableRow::right_amounts, "本年支出合计",
               t.final_accounts ? "总计" : "支出总计");
    std::size_t total = find(t, &TableRow::name, income_total);
    if (total < t.rows.size()) {
      const TableRow& row = t.rows[total];
      // A 决算 table says just 总计 on both sides: name the side.
      auto side_label = [](const std::string& name, const char* side) {
        return name.find(side) == std::string::npos ? side + name : name;
      };
      if (!row.amounts.empty() && !row.right_amounts.empty())
        report(ctx, t, row, cell(row, side_label(row.name, "收入"), &TableRow::amounts, "total"),
               {cell(row, side_label(row.right_name, "支出"), &TableRow::right_amounts, "part")});
    }
    // 财政拨款收支总表: each expenditure line's 合计 = its funds (一般公共预算, 基金, 国有资本).
    for (const TableRow& row : t.rows) {
      if (row.right_amounts.size() < 2) continue;
      std::vector<Term> funds;
      for (std::size_t k = 1; k < row.right_amounts.size(); ++k) {
        const Sourced<Amount>& a = row.right_amounts[k];
        funds.push_back({"part", "第 " + std::to_string(k + 1) + " 列", a.value, a.span, a.raw});
      }
      report(ctx, t, row, cell(row, row.right_name, &TableRow::right_amounts, "total"), funds);
    }
  }
}

const RuleInfo kInfo{
    "T203",
    "summary-table-mismatch",
    Severity::Error,
    RuleInput::Model,
    "收支总表的合计、总计与各项不符",
    "The totals of a summary table do not match its items",
    "{table}第 {seq} 行：{total_label} {total} 万元，而 {parts} 之和为 {sum} 万元，差 {diff} 万元",
    "{table} row {seq}: {total_label} {total} but {parts} add up to {sum}, difference {diff}",
    "检查内容：部门预算收支总表和财政拨款收支总表中，本年收入合计 = 各项收入之和，本年支出合计 = "
    "各项支出之和，收入总计 = 本年收入合计 + 上年结转，支出总计 = 本年支出合计 + 年终结转，收入总计 = "
    "支出总计；财政拨款收支总表每项支出的合计 = 各资金来源列之和。\n"
    "为何重要：收支总表是整套表的总纲，它的合计和总计对不上，其余各表也无从核对。\n"
    "示例：本年收入合计 1166.60，各项收入之和 1176.60。\n"
    "正确写法：合计等于各项之和，收入总计等于支出总计。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门预算公开表样。",
    "What it checks: in the 收支总表 and 财政拨款收支总表, that the current-year income total equals the income items, "
    "the current-year expenditure total equals the expenditure items, the grand totals add the carry-overs, income "
    "grand total = expenditure grand total, and each expenditure line's total equals its fund columns.\n"
    "Why it matters: the summary table frames all the others; if its totals do not hold, nothing else can be "
    "reconciled.\n"
    "Example: 本年收入合计 1166.60 while the income items add up to 1176.60.\n"
    "Correct: totals equal their items; income = expenditure.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT203{kInfo, check};

}  // namespace budgetlint::rules
