#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// Once per file: a NUL every few bytes would otherwise be thousands of findings about one fault.
void check(RuleContext& ctx) {
  const text::Decoded& decoded = ctx.decoded();
  if (decoded.control_count == 0) return;
  Finding& f = ctx.report({});
  f.location = {decoded.first_control.line, decoded.first_control.column};
  arg(f, "char", decoded.first_control.bytes_hex);
  arg(f, "count", std::to_string(decoded.control_count));
}

const RuleInfo kInfo{
    "P109",
    "control-characters",
    Severity::Warning,
    RuleInput::Input,
    "文件中有控制字符（如 NUL）",
    "The file has control characters (such as NUL)",
    "文件中有 {count} 个控制字符，第一个是 {char}：文本多半在导出或拷贝时损坏，或者它本不是文本文件",
    "the file has {count} control characters, the first is {char}: the text was most likely damaged in export "
    "or copying, or it is not a text file",
    "检查内容：解码后的文本中有无 NUL 等控制字符（制表符、换行、回车、换页除外），每个文件报告一次，指出第一个的位置和总数。\n"
    "为何重要：公开文本不会含有控制字符；它们说明文件被截断、拼接或按错误的编码保存，附近的数字可能缺损。\n"
    "示例：“收入合计\\0\\0812.40万元”。\n"
    "正确写法：从原始文档重新导出文本（UTF-8 或 GB18030）。\n"
    "容差：不适用。\n"
    "依据：Unicode 标准 C0/C1 控制字符。",
    "What it checks: NUL and other control characters (other than tab, line feed, carriage return and form feed) "
    "in the decoded text, reported once per file with the first one's place and the count.\n"
    "Why it matters: a published text holds no control characters; they show a truncated, spliced or "
    "mis-encoded file, and the figures near them may be damaged.\n"
    "Example: “收入合计\\0\\0812.40万元”.\n"
    "Correct: export the text again from the original document (UTF-8 or GB18030).\n"
    "Tolerance: not applicable.\n"
    "References: the Unicode C0/C1 control characters.",
    "0.1.0"};

}  // namespace

const Rule kP109{kInfo, check};

}  // namespace budgetlint::rules
