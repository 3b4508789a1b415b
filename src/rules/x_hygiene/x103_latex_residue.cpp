#include <utility>

#include "../rules.hpp"
#include "residue.hpp"

namespace budgetlint::rules {
namespace {

// An OCR engine writes “75 ≤ 得分” as “$75 \leq$ 得分”: a $…$ pair with a backslash command.
constexpr std::size_t kMaxFormulaBytes = 80;

std::pair<std::size_t, std::size_t> match(std::string_view line, std::size_t from) {
  for (std::size_t open = line.find('$', from); open != std::string_view::npos; open = line.find('$', open + 1)) {
    std::size_t close = line.find('$', open + 1);
    if (close == std::string_view::npos) break;
    std::string_view inside = line.substr(open + 1, close - open - 1);
    if (inside.size() <= kMaxFormulaBytes && inside.find('\\') != std::string_view::npos) return {open, close + 1};
  }
  return {std::string_view::npos, std::string_view::npos};
}

void check(RuleContext& ctx) { report_residue(ctx, match); }

const RuleInfo kInfo{"X103",
                     "latex-residue",
                     Severity::Info,
                     RuleInput::Lines,
                     "正文中残留 LaTeX 公式标记",
                     "LaTeX markup is left in the text",
                     "正文中残留 LaTeX 标记“{text}”，应写成普通符号（≤ ≥ ×）",
                     "the LaTeX markup “{text}” is left in the text; write the plain symbol (≤ ≥ ×)",
                     "检查内容：正文中是否残留“$75 \\leq$”一类识别软件生成的 LaTeX 公式标记。\n"
                     "为何重要：读者看不懂“\\leq”，评分等级的界限因此含糊。\n"
                     "示例：$75 \\leq$ 得分 < 85 分为良好\n"
                     "正确写法：75 ≤ 得分 < 85 分为良好\n"
                     "容差：不适用。\n"
                     "依据：公开文本应清晰可读。",
                     "What it checks: that no LaTeX markup such as “$75 \\leq$” produced by OCR is left in the text.\n"
                     "Why it matters: readers cannot read “\\leq”, and the grade thresholds become unclear.\n"
                     "Example: $75 \\leq$ 得分 < 85 分为良好\n"
                     "Correct: 75 ≤ 得分 < 85 分为良好\n"
                     "Tolerance: not applicable.\n"
                     "References: a published text should read cleanly.",
                     "0.1.0"};

}  // namespace

const Rule kX103{kInfo, check};

}  // namespace budgetlint::rules
