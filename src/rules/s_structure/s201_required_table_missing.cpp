#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

struct Required {
  TableKind kind;
  std::string_view budget_title;
  std::string_view final_title;
};

constexpr Required kNineTables[] = {
    {TableKind::Summary, "部门预算收支总表", "收入支出决算总表"},
    {TableKind::Income, "部门预算收入总表", "收入决算表"},
    {TableKind::Expenditure, "部门预算支出总表", "支出决算表"},
    {TableKind::FiscalSummary, "财政拨款收支总表", "财政拨款收入支出决算总表"},
    {TableKind::GeneralBudgetExpenditure, "一般公共预算财政拨款支出表", "一般公共预算财政拨款支出决算表"},
    {TableKind::BasicExpenditure, "一般公共预算财政拨款基本支出表", "一般公共预算财政拨款基本支出决算表"},
    {TableKind::GovernmentFund, "政府性基金预算财政拨款支出表", "政府性基金预算财政拨款收入支出决算表"},
    {TableKind::StateCapital, "国有资本经营预算财政拨款支出表", "国有资本经营预算财政拨款收入支出决算表"},
    {TableKind::ThreePublic, "财政拨款“三公”经费支出表", "财政拨款“三公”经费支出决算表"},
};

// Only a document that publishes its tables at all is held to the full set: a narrative whose
// tables went out as a separate attachment has none in its text, and saying so nine times
// would drown everything else.
void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (d.tables.empty() || d.kind == DocumentKind::SelfEvaluation) return;
  bool final_accounts = d.kind == DocumentKind::FinalAccounts;
  for (const Required& r : kNineTables) {
    bool found = false;
    for (const StatTable& t : d.tables) found |= t.kind == r.kind;
    for (const ContentsEntry& e : d.contents) found |= e.table == r.kind;  // S203 says it, at the entry
    if (found) continue;
    Finding& f = ctx.report(d.tables.front().title_span);
    arg(f, "table", std::string(final_accounts ? r.final_title : r.budget_title));
    arg(f, "count", std::to_string(d.tables.size()));
  }
}

const RuleInfo kInfo{
    "S201",
    "required-table-missing",
    Severity::Warning,
    RuleInput::Model,
    "缺少必须公开的统计表",
    "A required statistical table is missing",
    "公开了 {count} 张统计表，但没有“{table}”",
    "{count} statistical tables are published, but not “{table}”",
    "检查内容：公开了统计表的部门预算（决算）是否九张表齐全：收支总表、收入总表、支出总表、财政拨款收支总表、一般公共预"
    "算财政拨款支出表、一般公共预算财政拨款基本支出表、政府性基金预算财政拨款支出表、国有资本经营预算财政拨款支出表、财"
    "政拨款“三公”经费支出表（决算为相应的决算表）。没有内容的表也要列出并注明“空表列示”。文本中一张统计表都没有时不报告"
    "（表格可能另附）。\n"
    "为何重要：九张表是公开的必备内容，缺一张读者就无法核对相应的收支。\n"
    "示例：公开了八张表，没有国有资本经营预算财政拨款支出表。\n"
    "正确写法：九张表全部列出，无数据的表注明“空表列示”。\n"
    "容差：不适用。\n"
    "依据：《地方预决算公开操作规程》；财政部部门预算公开表样。",
    "What it checks: that a budget (or final-accounts) disclosure that publishes statistical tables publishes all "
    "nine: summary, income, expenditure, fiscal summary, general-budget expenditure, basic expenditure, "
    "government-fund expenditure, state-capital expenditure and three-public tables (their 决算 counterparts for final "
    "accounts). Empty ones must still be listed with 空表列示. A text with no table at all is not reported (the tables "
    "may be a separate attachment).\n"
    "Why it matters: the nine tables are required; without one, readers cannot reconcile its part of the budget.\n"
    "Example: eight tables published, the state-capital one missing.\n"
    "Correct: all nine, the empty ones noted 空表列示.\n"
    "Tolerance: not applicable.\n"
    "References: 地方预决算公开操作规程; the Ministry of Finance's disclosure tables.",
    "0.1.0"};

}  // namespace

const Rule kS201{kInfo, check};

}  // namespace budgetlint::rules
