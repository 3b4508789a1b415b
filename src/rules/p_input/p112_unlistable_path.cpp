#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the folder walk for what it could not follow or list.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P112",
    "unlistable-path",
    Severity::Error,
    RuleInput::Input,
    "文件夹或链接无法访问，其中的文件未检查",
    "A folder or link cannot be followed; what it holds was not checked",
    "{reason}",
    "{reason_en}",
    "检查内容：文件夹能否列出、符号链接能否解析。无读权限的文件夹、循环的符号链接、指向不存在目标的符号链接各报告一次，"
    "其余文件照常检查，退出码为 2。\n"
    "为何重要：“检查了 0 个文件”不等于没有问题：看不到的文件不能被当成通过。\n"
    "示例：一个没有读权限的子文件夹；一个指向已删除文件的快捷方式（符号链接）。\n"
    "正确写法：修正权限，或删除失效的链接。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: that folders can be listed and symbolic links resolved. A folder without read permission, a "
    "symbolic link loop and a link to a missing target are each reported once; the other files are checked as "
    "usual and the exit status is 2.\n"
    "Why it matters: “0 files checked” is not “no problem”: files that could not be seen must not pass.\n"
    "Example: a sub-folder without read permission; a shortcut (symbolic link) to a deleted file.\n"
    "Correct: fix the permissions, or remove the broken link.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP112{kInfo, check};

}  // namespace budgetlint::rules
