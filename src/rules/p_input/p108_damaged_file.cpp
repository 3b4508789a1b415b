#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the pipeline when a PDF or DOCX cannot be read, or reading it exceeds a limit.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P108",
    "damaged-file",
    Severity::Error,
    RuleInput::Input,
    "文件已损坏或超出读取限制",
    "The file is damaged or over a reading limit",
    "文件无法读取：{reason}",
    "the file cannot be read: {reason_en}",
    "检查内容：PDF 或 .docx 文件能否完整打开：结构损坏、缺少正文、XML 有误，或超过大小、页数、读取时间的上限，"
    "都报告一次并说明原因，其余文件照常检查，退出码为 2。\n"
    "为何重要：读不全的文件不能当作通过；一份损坏的文件也不能拖住整批检查。\n"
    "示例：下载中断、只有一半的 PDF。\n"
    "正确写法：重新导出或重新下载完整的文件。\n"
    "容差：单个文件不超过 512 MiB、10000 页，读取 PDF 不超过 120 秒。\n"
    "依据：不适用。",
    "What it checks: that a PDF or .docx opens completely: a damaged structure, a missing main part, broken XML, or "
    "a file beyond the size, page or time limit is reported once with the reason, the other files are checked as "
    "usual, and the exit status is 2.\n"
    "Why it matters: a file that cannot be read whole must not pass as clean, and one damaged file must not hold up "
    "a batch.\n"
    "Example: a PDF whose download broke off halfway.\n"
    "Correct: export or download the complete file again.\n"
    "Tolerance: at most 512 MiB and 10,000 pages per file, and 120 seconds to read a PDF.\n"
    "References: not applicable.",
    "0.2.0"};

}  // namespace

const Rule kP108{kInfo, check};

}  // namespace budgetlint::rules
