#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Sourced<std::string>& a : ctx.model().absurd_amounts) {
    Finding& f = ctx.report(a.span);
    arg(f, "token", a.raw);
  }
}

const RuleInfo kInfo{
    "P205",
    "absurd-amount",
    Severity::Warning,
    RuleInput::Model,
    "金额位数多得不合常理，无法作为金额核对",
    "An amount has more digits than any real figure",
    "“{token}”整数部分超过 12 位，不可能是真实金额（多半是几个数字连在了一起，或编码被当成了金额）；本数未参与核对，请核对原文",
    "“{token}” has more than 12 digits before the point and cannot be a real amount (most likely figures run "
    "together, or a code taken for an amount); it is left out of the checks, check the original",
    "检查内容：说明文字中带“元/万元/千元/亿元”的数字，以及统计表中的金额，整数部分超过 12 位（以其单位计超过一万亿）的。\n"
    "为何重要：任何部门的预算都不会有这样的数字；它通常是提取时几个单元格连在一起，或项目编码、账号被当成了金额。"
    "若照常相加，合计的核对只会给出无意义的差额；因此本数不参与核对，并在此指出。\n"
    "示例：2025年预算收入81240000000000万元。\n"
    "正确写法：2025年预算收入812.40万元。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: numbers with 元/万元/千元/亿元 in the narrative, and amounts in statistical tables, with more than "
    "12 digits before the point (over a trillion in their unit).\n"
    "Why it matters: no department's budget has such a figure; it is usually cells run together in extraction, or a "
    "project code or account number taken for an amount. Added up as usual it would only give meaningless "
    "differences, so it is left out of the checks and pointed out here.\n"
    "Example: 2025年预算收入81240000000000万元.\n"
    "Correct: 2025年预算收入812.40万元.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP205{kInfo, check};

}  // namespace budgetlint::rules
