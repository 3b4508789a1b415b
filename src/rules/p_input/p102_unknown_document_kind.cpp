#include "../../parse/paragraphs.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  if (ctx.model().kind != DocumentKind::Unknown || parse::trim(ctx.source().text()).empty()) return;
  ctx.report({});
}

const RuleInfo kInfo{
    "P102",
    "unknown-document-kind",
    Severity::Error,
    RuleInput::Input,
    "无法识别为部门预算、决算或绩效自评报告",
    "Not recognised as a budget, final accounts or self-evaluation",
    "标题中没有“部门预算”“部门决算”或“绩效自评报告”：未按公开文件检查",
    "no title naming 部门预算, 部门决算 or 绩效自评报告 was found; the file was not checked as a disclosure",
    "检查内容：文件开头的标题是否表明它是部门预算公开、部门决算公开或部门整体支出绩效自评报告。识别不出时不做其他检查，"
    "以免误报。\n"
    "为何重要：把别的文件当作预算公开检查只会产生无意义的结果；也可能是标题漏写了。\n"
    "示例：一份会议通知被放进了待发布的文件夹。\n"
    "正确写法：标题写明“××单位2025年部门预算信息公开情况说明”。\n"
    "容差：不适用。\n"
    "依据：《地方预决算公开操作规程》对公开文件标题的要求。",
    "What it checks: that the title at the top of the file says it is a department budget, final accounts or "
    "performance self-evaluation. Other checks are skipped when it does not, to avoid noise.\n"
    "Why it matters: checking another kind of document as a disclosure yields nothing meaningful; or the title is "
    "missing.\n"
    "Example: a meeting notice placed in the folder of disclosures.\n"
    "Correct: a title such as ××单位2025年部门预算信息公开情况说明.\n"
    "Tolerance: not applicable.\n"
    "References: 地方预决算公开操作规程.",
    "0.1.0"};

}  // namespace

const Rule kP102{kInfo, check};

}  // namespace budgetlint::rules
