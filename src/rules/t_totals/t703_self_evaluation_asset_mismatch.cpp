#include "../e_selfeval/self_evaluation_support.hpp"
#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// 资产总计 = 流动 + 非流动; 原值 = 净值 + 累计折旧 (摊销), for fixed and intangible assets.
void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  const SelfEvaluationFigures& f = se->figures;
  if (f.assets && f.current_assets && f.noncurrent_assets)
    check_identity(ctx, term("total", *f.assets),
                   {term("part", *f.current_assets), term("part", *f.noncurrent_assets)});
  if (f.fixed_original && f.fixed_depreciation && f.fixed_net)
    check_identity(ctx, term("total", *f.fixed_original),
                   {term("part", *f.fixed_net), term("part", *f.fixed_depreciation)});
  if (f.intangible_original && f.intangible_amortization && f.intangible_net)
    check_identity(ctx, term("total", *f.intangible_original),
                   {term("part", *f.intangible_net), term("part", *f.intangible_amortization)});
}

const RuleInfo kInfo{
    "T703",
    "self-evaluation-asset-mismatch",
    Severity::Error,
    RuleInput::Model,
    "自评报告的资产数字之间不符",
    "The asset figures of a self-evaluation do not agree",
    "{total_label} {total} 万元与 {parts} 之和 {sum} 万元不符，差 {diff} 万元",
    "{total_label} {total} differs from {parts} = {sum}, difference {diff}",
    "检查内容：自评报告“资产情况”中，资产总计是否等于流动资产加非流动资产；固定资产原值是否等于净值加累计折旧；"
    "无形资产原值是否等于净值加累计摊销。\n"
    "为何重要：资产数字来自同一张资产负债表，彼此必须相符。\n"
    "示例：固定资产原值 947.09 万元，累计折旧 355.54 万元，净值 581.55 万元。\n"
    "正确写法：原值 = 净值 + 累计折旧；资产总计 = 流动资产 + 非流动资产。\n"
    "容差：每个印出的数字代表 ±半个末位单位（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
    "依据：《政府会计准则》资产负债表。",
    "What it checks: that total assets equal current plus non-current assets, and that the original value of fixed "
    "(intangible) assets equals their net value plus accumulated depreciation (amortisation).\n"
    "Why it matters: the figures come from one balance sheet and must agree.\n"
    "Example: original 947.09, depreciation 355.54, net 581.55.\n"
    "Correct: original = net + depreciation; total = current + non-current.\n"
    "Tolerance: ± half a unit of each printed figure's last digit (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
    "References: the government accounting standards' balance sheet.",
    "0.1.0"};

}  // namespace

const Rule kT703{kInfo, check};

}  // namespace budgetlint::rules
