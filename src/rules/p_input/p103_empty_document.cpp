#include "../../parse/paragraphs.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  if (parse::trim(ctx.source().text()).find_first_not_of("\n ") != std::string_view::npos) return;
  ctx.report({});
}

const RuleInfo kInfo{
    "P103",
    "empty-document",
    Severity::Error,
    RuleInput::Input,
    "文件没有文字内容",
    "The file has no text",
    "文件为空或只有空白：可能是扫描件未经文字识别，或导出失败",
    "the file is empty or blank: perhaps a scan without OCR, or a failed export",
    "检查内容：文件是否有文字内容。\n"
    "为何重要：空文件无法检查，常见原因是扫描版 PDF 未做文字识别或导出失败。\n"
    "示例：0 字节的 .txt 文件。\n"
    "正确写法：重新导出文字，或先做文字识别。\n"
    "容差：不适用。\n"
    "依据：不适用。",
    "What it checks: that the file has any text at all.\n"
    "Why it matters: an empty file cannot be checked; usually a scanned PDF without OCR or a failed export.\n"
    "Example: a .txt file of 0 bytes.\n"
    "Correct: export the text again, or run OCR first.\n"
    "Tolerance: not applicable.\n"
    "References: not applicable.",
    "0.1.0"};

}  // namespace

const Rule kP103{kInfo, check};

}  // namespace budgetlint::rules
