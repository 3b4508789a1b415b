#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    int expected = 1;
    for (const Goal& g : p.goals) {
      if (g.number == 0) continue;  // unnumbered lines are not a numbering
      if (g.number != expected) {
        Finding& f = ctx.report(g.span);
        arg(f, "project", p.name);
        arg(f, "expected", std::to_string(expected));
        arg(f, "actual", std::to_string(g.number));
        f.evidence.expected = std::to_string(expected);
        f.evidence.actual = std::to_string(g.number);
        f.section_path = project_path(p);
        break;  // one finding per list: the rest follows from the first slip
      }
      ++expected;
    }
  }
}

const RuleInfo kInfo{
    "S301",
    "goal-numbering-gap",
    Severity::Warning,
    RuleInput::Model,
    "绩效目标编号不连续",
    "The numbered goal list skips or repeats a number",
    "“{project}”的绩效目标应为第 {expected} 条，却编为“{actual}.”",
    "The goals of “{project}” should continue with {expected}, but this one is numbered {actual}",
    "检查内容：项目绩效目标表中编号的绩效目标是否从 1 开始依次编号，不跳号、不重号。每张表只报告第一处。\n"
    "为何重要：从“2.”开始或跳号，通常是复制其他表格时删掉了一条目标，读者会以为缺了内容。\n"
    "示例：绩效目标只有“2.提升政务数据共享效率。”“3.……”。\n"
    "正确写法：“1.……”“2.……”依次编号。\n"
    "容差：无。\n"
    "依据：《党政机关公文格式》（GB/T 9704-2012）层次序数。",
    "What it checks: that the numbered goals of a project performance-target table run 1, 2, 3 … "
    "without a gap or a repeat. Only the first slip per table is reported.\n"
    "Why it matters: a list that starts at “2.” or skips a number usually lost a goal when the table "
    "was copied; readers assume something is missing.\n"
    "Example: the goals are “2.提升政务数据共享效率。” and “3.……” only.\n"
    "Correct: “1.……”, “2.……” in sequence.\n"
    "Tolerance: none.\n"
    "References: GB/T 9704-2012 layout of official documents, numbering of levels.",
    "0.1.0"};

}  // namespace

const Rule kS301{kInfo, check};

}  // namespace budgetlint::rules
