#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// A row of the 三公 table by the words it starts with (after NFKC, “（境）” reads “(境)”).
const TableRow* row_named(const StatTable& t, std::string_view words) {
  for (const TableRow& r : t.rows) {
    if (r.name.find(words) != std::string::npos) return &r;
  }
  return nullptr;
}

// Empty rows count as zero: “一、因公出国(境)费” with no figure is 0.
Term amount_of(const TableRow& r, const char* role) {
  if (r.amounts.empty()) return {role, r.name, Amount{0, 2}, r.span, "0"};
  return {role, r.name, r.amounts.front().value, r.amounts.front().span, r.amounts.front().raw};
}

void check_rows(RuleContext& ctx, const StatTable& t, const TableRow* total, std::vector<const TableRow*> parts) {
  if (!total || total->amounts.empty()) return;
  std::vector<Term> terms;
  for (const TableRow* p : parts) {
    if (p) terms.push_back(amount_of(*p, "part"));
  }
  if (terms.size() < 2 && parts.size() >= 2) return;  // the breakdown is not in this table
  if (!check_identity(ctx, amount_of(*total, "total"), terms)) return;
  Finding& f = ctx.out_back();
  arg(f, "table", t.title);
  f.section_path = {t.title, "行 " + std::to_string(total->seq) + " " + total->name, "列 合计"};
}

void check(RuleContext& ctx) {
  for (const StatTable& t : ctx.model().tables) {
    if (t.kind != TableKind::ThreePublic || !t.checkable()) continue;  // P202/P204 cover those
    const TableRow* subtotal = row_named(t, "小计");
    const TableRow* abroad = row_named(t, "一、因公出国");
    const TableRow* vehicle = row_named(t, "二、公务用车");
    const TableRow* reception = row_named(t, "三、公务接待");
    check_rows(ctx, t, subtotal, {abroad, vehicle, reception});
    check_rows(ctx, t, vehicle, {row_named(t, "用车购置费"), row_named(t, "运行维护费")});
    const TableRow* total = t.rows.empty() ? nullptr : &t.rows.front();
    if (total && total->name.find("合计") != std::string::npos)
      check_rows(ctx, t, total, {subtotal, row_named(t, "四、会议费"), row_named(t, "五、培训费")});
  }
}

const RuleInfo kInfo{
    "T303",
    "three-public-table-mismatch",
    Severity::Error,
    RuleInput::Model,
    "“三公”经费支出表各行之和不符",
    "The rows of the three-public table do not add up",
    "{table}：{total_label} {total} 万元，而 {parts} 之和为 {sum} 万元，差 {diff} 万元",
    "{table}: {total_label} {total} but {parts} add up to {sum}, difference {diff}",
    "检查内容：财政拨款“三公”经费支出表中，“三公”经费小计 = 因公出国（境）费 + 公务用车购置及运维费 + "
    "公务接待费；公务用车购置及运维费 = 购置费 + 运行维护费；合计 = “三公”小计 + 会议费 + 培训费（有这些行时）。空行按 "
    "0 计。\n"
    "为何重要：表中各行逐级汇总，对不上说明某一行填错了。\n"
    "示例：合计 27.00，“三公”小计 18.00，会议费 6.00，培训费 4.00。\n"
    "正确写法：合计 = 小计 + 会议费 + 培训费。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：财政拨款“三公”经费支出表表样。",
    "What it checks: in the three-public table, subtotal = travel abroad + vehicles + reception; vehicles = purchase + "
    "operation; total = subtotal + meetings + training where those rows exist. Empty rows count as 0.\n"
    "Why it matters: the rows add up level by level; a mismatch means a row is wrong.\n"
    "Example: total 27.00 with subtotal 18.00, meetings 6.00, training 4.00.\n"
    "Correct: total = subtotal + meetings + training.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the standard three-public table.",
    "0.1.0"};

}  // namespace

const Rule kT303{kInfo, check};

}  // namespace budgetlint::rules
