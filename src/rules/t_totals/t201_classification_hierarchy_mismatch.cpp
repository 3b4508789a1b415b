#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// The 合计 column (the first amount of every row, whatever cells are empty) of a parent row
// against its children: 合计 = Σ 类 (3 digits), 类 = Σ 款 (5), 款 = Σ 项 (7).
void check_parent(RuleContext& ctx, const StatTable& table, std::size_t index, std::size_t child_length) {
  const TableRow& parent = table.rows[index];
  if (parent.amounts.empty()) return;
  std::vector<Term> parts;
  for (const TableRow* r : children_of(table, index, child_length)) {
    if (r->amounts.empty()) continue;
    parts.push_back({"part", row_label(*r), r->amounts.front().value, r->amounts.front().span, r->amounts.front().raw});
  }
  if (parts.empty()) return;
  const Sourced<Amount>& total = parent.amounts.front();
  Term t{"total", row_label(parent), total.value, total.span, total.raw};
  if (!check_identity(ctx, t, parts)) return;
  Finding& f = ctx.out_back();
  arg(f, "table", table.title);
  arg(f, "seq", std::to_string(parent.seq));
  arg(f, "level", child_length == 3 ? "类" : child_length == 5 ? "款" : "项");
  f.section_path = {table.title, "行 " + std::to_string(parent.seq) + " " + row_label(parent), "列 合计"};
}

void check(RuleContext& ctx) {
  for (const StatTable& table : ctx.model().tables) {
    if (!table.checkable()) continue;  // P202/P204 say the rows cannot be trusted
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      const TableRow& row = table.rows[i];
      if (row.code.empty() && row.name.find("合计") != std::string::npos) check_parent(ctx, table, i, 3);
      if (row.code.size() == 3) check_parent(ctx, table, i, 5);
      if (row.code.size() == 5) check_parent(ctx, table, i, 7);
    }
  }
}

const RuleInfo kInfo{
    "T201",
    "classification-hierarchy-mismatch",
    Severity::Error,
    RuleInput::Model,
    "分类科目合计与下级科目之和不符",
    "A classification row does not equal the sum of its sub-rows",
    "{table}第 {seq} 行“{total_label}”合计 {total} 万元，而其下各{level}之和为 {sum} 万元，差 {diff} 万元",
    "{table} row {seq} “{total_label}”: total {total} but its sub-rows add up to {sum}, difference {diff}",
    "检查内容：收入总表、支出总表、一般公共预算财政拨款支出表、基本支出表等按科目编码排列的表中，合计列的“合计”行等于各"
    "类（3位编码）之和，类等于其下各款（5位）之和，款等于其下各项（7位）之和；经济分类（301 = Σ 301xx）同理。\n"
    "为何重要：功能分类和经济分类是逐级汇总的，下级之和对不上，说明表中某一行的数字错了或漏了一行。\n"
    "示例：20103 政府办公厅（室）及相关机构事务 950.10，其下 2010301 449.30 + 2010302 381.16 + 2010350 47.94 + 2010399 "
    "81.70 = 960.10。\n"
    "正确写法：每个上级科目等于其下级科目之和。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数），差额小于各数半个末位单位之和即视为一致。\n"
    "依据：《政府收支分类科目》；部门预算公开表样。",
    "What it checks: in the tables listed by classification code (income, expenditure, general-budget expenditure, "
    "basic expenditure), that in the 合计 column the total row equals the sum of the 类 rows (3-digit codes), each 类 "
    "the sum of its 款 (5 digits), each 款 the sum of its 项 (7 digits); the same for economic codes (301 = Σ 301xx).\n"
    "Why it matters: the classifications add up level by level; a gap means a figure is wrong or a row is missing.\n"
    "Example: 20103 at 950.10 whose four 项 rows add up to 960.10.\n"
    "Correct: every parent equals the sum of its children.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits), summed.\n"
    "References: 政府收支分类科目; the standard disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kT201{kInfo, check};

}  // namespace budgetlint::rules
