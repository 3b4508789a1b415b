#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const text::Decoded& decoded = ctx.decoded();
  for (const text::InvalidBytes& bad : decoded.invalid) {
    Finding& f = ctx.report({});
    f.location = {bad.line, bad.column};
    arg(f, "bytes", bad.bytes_hex);
    arg(f, "encoding", decoded.encoding);
  }
}

const RuleInfo kInfo{
    "P101",
    "invalid-encoding",
    Severity::Error,
    RuleInput::Input,
    "文件中有无法解码的字节",
    "The file has bytes that cannot be decoded",
    "按 {encoding} 解码时遇到无效字节 {bytes}，已替换为“\uFFFD”：此处文字可能缺损",
    "invalid bytes {bytes} for {encoding}, replaced by U+FFFD: the text here may be damaged",
    "检查内容：文件能否按检测出的编码（UTF-8、GB18030、UTF-16）完整解码；不能解码的字节以“\uFFFD”代替并逐处报告。\n"
    "为何重要：损坏的字节可能正好落在数字或单位上，之后的检查结果就不可靠。\n"
    "示例：UTF-8 文件中夹着 0xFF 0xFE 两个字节。\n"
    "正确写法：用 UTF-8 或 GB18030 重新导出文本。\n"
    "容差：不适用。\n"
    "依据：RFC 3629（UTF-8）、GB 18030。",
    "What it checks: that the file decodes completely in the detected encoding (UTF-8, GB18030, UTF-16); each "
    "undecodable run becomes U+FFFD and is reported.\n"
    "Why it matters: damaged bytes may sit exactly on a figure or a unit, and later checks become unreliable.\n"
    "Example: bytes 0xFF 0xFE in the middle of a UTF-8 file.\n"
    "Correct: export the text again as UTF-8 or GB18030.\n"
    "Tolerance: not applicable.\n"
    "References: RFC 3629 (UTF-8), GB 18030.",
    "0.1.0"};

}  // namespace

const Rule kP101{kInfo, check};

}  // namespace budgetlint::rules
