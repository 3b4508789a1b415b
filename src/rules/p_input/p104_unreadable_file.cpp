#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the pipeline when a file cannot be opened or read; there is no text to check.
void check(RuleContext&) {}

const RuleInfo kInfo{"P104",
                     "unreadable-file",
                     Severity::Error,
                     RuleInput::Input,
                     "文件无法读取",
                     "The file cannot be read",
                     "无法读取文件：{reason}",
                     "cannot read the file: {reason}",
                     "检查内容：给出的路径能否打开并读取。读不了的文件单独报告，其余文件照常检查，退出码为 2。\n"
                     "为何重要：一份漏检的文件不能被当成通过。\n"
                     "示例：路径拼错，或没有读权限。\n"
                     "正确写法：检查路径和权限。\n"
                     "容差：不适用。\n"
                     "依据：不适用。",
                     "What it checks: that each given path can be opened and read. An unreadable file is reported on "
                     "its own, the others are checked as usual, and the exit status is 2.\n"
                     "Why it matters: a file that was not checked must not pass as clean.\n"
                     "Example: a misspelt path, or no read permission.\n"
                     "Correct: check the path and its permissions.\n"
                     "Tolerance: not applicable.\n"
                     "References: not applicable.",
                     "0.1.0"};

}  // namespace

const Rule kP104{kInfo, check};

}  // namespace budgetlint::rules
