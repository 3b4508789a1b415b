#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// Categories (not the “其中” sub-items) against the total, for the table and for the sentence.
void check_items(RuleContext& ctx, const Figure& total, const std::vector<FixedAssetItem>& items) {
  std::vector<Term> parts;
  for (const FixedAssetItem& item : items) {
    if (item.subitem || !item.value) continue;
    parts.push_back(term("part", Figure{item.name, *item.value}));
  }
  if (!parts.empty()) check_identity(ctx, term("total", total), parts);
}

void check(RuleContext& ctx) {
  const FixedAssets& fa = ctx.model().fixed_assets;
  if (fa.table_total) check_items(ctx, Figure{"资产总额", *fa.table_total}, fa.table_items);
  if (fa.narrative_total) check_items(ctx, *fa.narrative_total, fa.narrative_items);
}

const RuleInfo kInfo{
    "T501",
    "fixed-asset-categories-mismatch",
    Severity::Error,
    RuleInput::Model,
    "固定资产各类价值之和与资产总额不符",
    "Fixed-asset categories do not add up to the total",
    "{total_label} {total} 万元与各类资产 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "fixed assets {total_label} {total} differ from the categories {parts} = {sum}, difference {diff}",
    "检查内容：部门固定资产占用情况表（或国有资产信息的文字说明）中，房屋、车辆、单价20万元以上设备、其他固定资产等各类"
    "价值之和是否等于资产总额；“其中”项不计入。\n"
    "为何重要：资产总额与分类对不上，说明表中漏填或错填了某一类。\n"
    "示例：资产总额 448.90；车辆 118.12；其他固定资产 320.78（118.12 + 320.78 = 438.90）。\n"
    "正确写法：资产总额 = 各类资产价值之和。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：部门固定资产占用情况表。",
    "What it checks: that the values of the fixed-asset categories (buildings, vehicles, equipment over 200,000 yuan, "
    "other) add up to the total, in the table or in the sentence; 其中 sub-items are not added.\n"
    "Why it matters: a category left out or mistyped shows as a gap between total and parts.\n"
    "Example: total 448.90 with vehicles 118.12 and other 320.78 (sum 438.90).\n"
    "Correct: total = sum of the categories.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the 部门固定资产占用情况表.",
    "0.1.0"};

}  // namespace

const Rule kT501{kInfo, check};

}  // namespace budgetlint::rules
