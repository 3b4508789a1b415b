#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Added by the pipeline when a rule reaches its cap of findings in one file.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P113",
    "more-findings-not-listed",
    Severity::Info,
    RuleInput::Input,
    "同类问题过多，未逐一列出",
    "Too many findings of one kind to list",
    "{rule}（{title}）另有 {count} 处同类问题，未逐一列出",
    "{count} more findings of {rule} ({title_en}) were not listed one by one",
    "检查内容：同一规则在一个文件中的发现超过上限（每条规则每个文件 200 处）时，其后的不再逐条列出，改为本条汇总其数量。\n"
    "为何重要：一个损坏的文件可能有数十万处同类问题（例如每个坏字节一处）；逐条列出既读不完，也会耗尽内存。"
    "前 200 处已足以定位问题。\n"
    "示例：一个随机字节组成的文件有 30000 处无法解码的字节。\n"
    "正确写法：修正已列出的问题后重新检查。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: when one rule has more findings in one file than its cap (200 per rule per file), the rest "
    "are not listed one by one; this finding gives their number.\n"
    "Why it matters: a damaged file may have hundreds of thousands of findings of one kind (one per bad byte, "
    "say); listed one by one they could neither be read nor held in memory. The first 200 locate the fault.\n"
    "Example: a file of random bytes with 30000 undecodable runs.\n"
    "Correct: fix the listed problems and check again.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP113{kInfo, check};

}  // namespace budgetlint::rules
