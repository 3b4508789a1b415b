#include <array>
#include <utility>

#include "../rules.hpp"
#include "residue.hpp"

namespace budgetlint::rules {
namespace {

constexpr std::array<std::string_view, 9> kFieldCodes = {"TC ",  "TOC ",  "HYPERLINK ",  "PAGEREF ",       "REF ",
                                                         "SEQ ", "PAGE ", "MERGEFORMAT", "INCLUDEPICTURE "};

// “{ TC 2、办公自动化…绩效目标表 \f C \l 1 }”: a Word field code printed as text.
std::pair<std::size_t, std::size_t> match(std::string_view line, std::size_t from) {
  for (std::size_t open = line.find('{', from); open != std::string_view::npos; open = line.find('{', open + 1)) {
    std::size_t word = open + 1;
    while (word < line.size() && line[word] == ' ') ++word;
    for (std::string_view code : kFieldCodes) {
      if (line.substr(word, code.size()) != code) continue;
      std::size_t close = line.find('}', word);
      return {open, close == std::string_view::npos ? line.size() : close + 1};
    }
  }
  return {std::string_view::npos, std::string_view::npos};
}

void check(RuleContext& ctx) { report_residue(ctx, match); }

const RuleInfo kInfo{
    "X102",
    "field-code-residue",
    Severity::Info,
    RuleInput::Lines,
    "正文中残留 Word 域代码",
    "A Word field code is left in the text",
    "正文中残留 Word 域代码“{text}”，发布前请删除",
    "the Word field code “{text}” is left in the text; remove it before publishing",
    "检查内容：正文中是否残留“{ TC … \\f C \\l 1 }”“{ HYPERLINK … }”等 Word 域代码。\n"
    "为何重要：域代码是目录或链接的内部指令，印在正文里会让标题难以阅读，有时还带着别的标题文字。\n"
    "示例：1.培育和发展信用服务市场专项经费绩效目标表{ TC 2、办公自动化系统升级费绩效目标表 \\f C \\l 1 }\n"
    "正确写法：1.培育和发展信用服务市场专项经费绩效目标表\n"
    "容差：不适用。\n"
    "依据：公开文本应清晰可读。",
    "What it checks: that no Word field code such as “{ TC … \\f C \\l 1 }” or “{ HYPERLINK … }” is left in the text.\n"
    "Why it matters: field codes are internal instructions for tables of contents and links; printed, they garble "
    "headings and sometimes carry another heading's words.\n"
    "Example: …绩效目标表{ TC 2、办公自动化系统升级费绩效目标表 \\f C \\l 1 }\n"
    "Correct: …绩效目标表\n"
    "Tolerance: not applicable.\n"
    "References: a published text should read cleanly.",
    "0.1.0"};

}  // namespace

const Rule kX102{kInfo, check};

}  // namespace budgetlint::rules
