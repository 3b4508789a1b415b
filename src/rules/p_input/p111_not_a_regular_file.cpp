#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the folder walk, which never opens a FIFO, socket or device for reading.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P111",
    "not-a-regular-file",
    Severity::Error,
    RuleInput::Input,
    "路径不是普通文件，未检查",
    "The path is not a regular file and was not checked",
    "这是{what}，不是文件，未读取也未检查",
    "this is {what_en}, not a file; it was neither read nor checked",
    "检查内容：给出的路径或文件夹中的条目是否为普通文件。命名管道（FIFO）、套接字、设备文件不会被打开读取"
    "（读取会一直等待或读出无尽的数据），只报告本条，退出码为 2。\n"
    "为何重要：送检的文件夹里每一项都要有交代，不能被悄悄跳过；也不能因为一个管道让整批检查卡住。\n"
    "示例：文件夹中有一个命名管道 report.txt。\n"
    "正确写法：把真正的公开文件复制到文件夹中。\n"
    "容差：不适用。\n"
    "依据：POSIX 文件类型。",
    "What it checks: that a path given, or an entry of a folder, is a regular file. A FIFO, socket or device is "
    "never opened for reading (a read would wait forever or never end); it gets this finding and the exit "
    "status is 2.\n"
    "Why it matters: every entry of a folder sent for checking must be accounted for, never skipped in "
    "silence; and one pipe must not hang the batch.\n"
    "Example: a named pipe report.txt in the folder.\n"
    "Correct: copy the real disclosure files into the folder.\n"
    "Tolerance: not applicable.\n"
    "References: POSIX file types.",
    "0.1.0"};

}  // namespace

const Rule kP111{kInfo, check};

}  // namespace budgetlint::rules
