#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the per-file guard of `check`, which stops that file and goes on with the batch.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P110",
    "check-aborted",
    Severity::Error,
    RuleInput::Input,
    "本文件检查未能完成",
    "The check of this file could not finish",
    "本文件检查未能完成：{reason}；其余文件照常检查",
    "the check of this file could not finish: {reason_en}; the other files were checked as usual",
    "检查内容：每个文件都在自己的边界内检查：内存耗尽、超出单个文件的内存或时间预算、或程序内部错误，都只终止这一个文件，"
    "报告本条，其余文件照常检查，退出码为 2。\n"
    "为何重要：一个异常的文件不能让整批检查中断，也不能被当成通过。\n"
    "示例：一个 200 MB 的单行文本在内存受限的机器上检查。\n"
    "正确写法：确认文件是否为公开文本；若是，请拆分后再检查，或放宽 --max-file-mb。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: every file is checked inside its own boundary: running out of memory, going over the "
    "per-file memory or time budget, or an internal error stops only that file, which gets this finding; the "
    "other files are checked as usual and the exit status is 2.\n"
    "Why it matters: one odd file must neither stop a batch nor pass as clean.\n"
    "Example: a 200 MB text of one line checked on a machine with little memory.\n"
    "Correct: make sure the file is a disclosure; if it is, split it, or raise --max-file-mb.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP110{kInfo, check};

}  // namespace budgetlint::rules
