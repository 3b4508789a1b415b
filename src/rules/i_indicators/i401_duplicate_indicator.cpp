#include <map>

#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    // One finding per repeated indicator, at its second row, however often it repeats.
    std::map<std::string, std::vector<const Indicator*>> rows;
    std::vector<std::string> order;
    for (const Indicator& i : p.indicators) {
      if (i.level3.empty()) continue;
      std::string key = i.level2 + "\n" + i.level3;
      auto& list = rows[key];
      if (list.size() == 1) order.push_back(key);
      list.push_back(&i);
    }
    for (const std::string& key : order) {
      const auto& list = rows[key];
      const Indicator& again = *list[1];
      Finding& f = ctx.report(again.value_span);
      arg(f, "project", p.name);
      arg(f, "indicator", again.level3);
      arg(f, "count", std::to_string(list.size()));
      for (const Indicator* i : list) {
        EvidenceFigure e;
        e.role = "part";
        e.label = i->level3 + " " + i->value_raw;  // the values are often words, so they stay in the label
        e.span = i->value_span;
        f.evidence.figures.push_back(std::move(e));
      }
      f.section_path = indicator_path(p, again);
    }
  }
}

const RuleInfo kInfo{"I401",
                     "duplicate-indicator",
                     Severity::Warning,
                     RuleInput::Model,
                     "同一绩效目标表中三级指标重复",
                     "The same indicator is repeated in one performance-target table",
                     "“{project}”绩效目标表中“{indicator}”出现 {count} 次",
                     "“{indicator}” appears {count} times in the performance-target table of “{project}”",
                     "检查内容：同一张绩效目标表中，同一二级指标下的三级指标名称是否重复出现。每个重复的指标只报告"
                     "一次（在它第二次出现的行），证据列出每一行的指标值。\n"
                     "为何重要：重复的指标要么是多余的行，要么是把优/良/差评分档次写成了三个指标；指标值互相矛盾，"
                     "年终无法判断以哪一行为准。\n"
                     "示例：“质量指标 编纂印制年鉴 ≥90”“质量指标 编纂印制年鉴 ≥80”“质量指标 编纂印制年鉴 <60”。\n"
                     "正确写法：每个指标一行一个目标值；评分档次写在评分规则里，不写成指标。\n"
                     "容差：无。\n"
                     "依据：财政部《项目支出绩效目标表》表样。",
                     "What it checks: whether a third-level indicator name repeats under the same second-level "
                     "indicator of one performance-target table. Each repeated indicator is reported once, at its "
                     "second row, with every row's value as evidence.\n"
                     "Why it matters: a repeated indicator is either a stray row or grading bands (优/良/差) "
                     "written as separate targets; the values contradict each other and nobody can tell which one "
                     "counts.\n"
                     "Example: the same 编纂印制年鉴 row with ≥90, ≥80 and <60.\n"
                     "Correct: one row and one target per indicator; grading bands belong to the scoring rule.\n"
                     "Tolerance: none.\n"
                     "References: the MoF project performance-target table template.",
                     "0.1.0"};

}  // namespace

const Rule kI401{kInfo, check};

}  // namespace budgetlint::rules
