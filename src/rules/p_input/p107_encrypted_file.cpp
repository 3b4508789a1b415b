#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the pipeline when a PDF or Office file needs a password to be read.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P107",
    "encrypted-file",
    Severity::Error,
    RuleInput::Input,
    "文件已加密",
    "The file is encrypted",
    "文件已加密，无法读取文字：请提供未加密的版本",
    "the file is encrypted and its text cannot be read: provide an unencrypted copy",
    "检查内容：PDF 或 Office 文件是否需要密码才能打开。需要打开密码的文件报告一次，退出码为 2。"
    "只限制打印或复制（所有者密码）的 PDF 仍可读取，照常检查。\n"
    "为何重要：公众打不开的文件等于没有公开，也无法检查。\n"
    "示例：导出 PDF 时设置了打开密码。\n"
    "正确写法：取消打开密码后重新导出。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: whether a PDF or Office file needs a password to open. Such a file is reported once and the "
    "exit status is 2. A PDF that only restricts printing or copying (owner password) can still be read and is "
    "checked as usual.\n"
    "Why it matters: a file the public cannot open is not published, and cannot be checked.\n"
    "Example: a PDF exported with an opening password.\n"
    "Correct: export it again without the opening password.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.2.0"};

}  // namespace

const Rule kP107{kInfo, check};

}  // namespace budgetlint::rules
