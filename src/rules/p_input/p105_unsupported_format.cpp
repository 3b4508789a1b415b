#include "../rules.hpp"

namespace budgetlint::rules {
namespace {

// Reported by the pipeline when the reader finds a type it cannot read; there is no text.
void check(RuleContext&) {}

const RuleInfo kInfo{
    "P105",
    "unsupported-format",
    Severity::Error,
    RuleInput::Input,
    "文件格式无法直接检查",
    "The file format cannot be checked directly",
    "这是{format}，无法直接检查：{advice}",
    "this is {format_en}, which cannot be checked directly: {advice_en}",
    "检查内容：文件的真实类型（按文件开头的字节判断，不看扩展名）。budgetlint 读取 PDF、.docx 和文本文件；旧版 "
    ".doc/.wps、表格（.xls/.xlsx/.et）、演示文稿、OFD、RTF、图片和压缩包各报告一次，并说明如何转换，其余文件照常检查，"
    "退出码为 2。\n"
    "为何重要：没有检查的文件不能当作通过；把 .doc 改名为 .docx 也瞒不过按内容判断的类型。\n"
    "示例：公开文件夹中有一份“部门预算.doc”（Word 97-2003 格式）。\n"
    "正确写法：用 Word 或 WPS 打开，另存为 .docx 或导出为 PDF 后再检查。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: the real type of the file, from its first bytes rather than its name. budgetlint reads PDF, "
    ".docx and text files; old .doc/.wps files, spreadsheets (.xls/.xlsx/.et), presentations, OFD, RTF, images and "
    "archives are reported once each with how to convert them, the other files are checked as usual, and the exit "
    "status is 2.\n"
    "Why it matters: a file that was not checked must not pass as clean, and renaming a .doc to .docx does not "
    "change what it is.\n"
    "Example: a “部门预算.doc” (Word 97-2003) in the folder of disclosures.\n"
    "Correct: open it in Word or WPS and save it as .docx, or export it as PDF, then check that.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.2.0"};

}  // namespace

const Rule kP105{kInfo, check};

}  // namespace budgetlint::rules
