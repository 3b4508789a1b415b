#include <utility>

#include "../rules.hpp"
#include "residue.hpp"

namespace budgetlint::rules {
namespace {

// “[bookmark: _Toc67667190]” left by a Word-to-text conversion.
std::pair<std::size_t, std::size_t> match(std::string_view line, std::size_t from) {
  std::size_t begin = line.find("[bookmark:", from);
  if (begin == std::string_view::npos) return {begin, begin};
  std::size_t close = line.find(']', begin);
  return {begin, close == std::string_view::npos ? line.size() : close + 1};
}

void check(RuleContext& ctx) { report_residue(ctx, match); }

const RuleInfo kInfo{"X101",
                     "bookmark-residue",
                     Severity::Info,
                     RuleInput::Lines,
                     "正文中残留 Word 书签标记",
                     "A Word bookmark marker is left in the text",
                     "正文中残留书签标记“{text}”，发布前请删除",
                     "the bookmark marker “{text}” is left in the text; remove it before publishing",
                     "检查内容：正文中是否残留“[bookmark: _Toc…]”一类由 Word 转换留下的书签标记。\n"
                     "为何重要：残留标记不影响数字，但说明文本未经校对，读者会看到无意义的字符。\n"
                     "示例：[bookmark: _Toc67667190]3.政府电子政务管理与服务绩效目标表\n"
                     "正确写法：3.政府电子政务管理与服务绩效目标表\n"
                     "容差：不适用。\n"
                     "依据：公开文本应清晰可读。",
                     "What it checks: that no “[bookmark: _Toc…]” marker of a Word conversion is left in the text.\n"
                     "Why it matters: it does not change any figure, but shows the text was not proofread.\n"
                     "Example: [bookmark: _Toc67667190]3.政府电子政务管理与服务绩效目标表\n"
                     "Correct: 3.政府电子政务管理与服务绩效目标表\n"
                     "Tolerance: not applicable.\n"
                     "References: a published text should read cleanly.",
                     "0.1.0"};

}  // namespace

const Rule kX101{kInfo, check};

}  // namespace budgetlint::rules
