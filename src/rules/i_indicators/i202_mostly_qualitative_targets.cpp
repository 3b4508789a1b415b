#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    std::size_t words = 0;
    for (const Indicator& i : p.indicators) words += !i.value.number && !i.value_raw.empty();
    // Reported when at least half of the table's values are words.
    if (p.indicators.empty() || 2 * words < p.indicators.size()) continue;
    Finding& f = ctx.report(p.title);
    arg(f, "project", p.name);
    arg(f, "qualitative", std::to_string(words));
    arg(f, "total", std::to_string(p.indicators.size()));
    arg(f, "share", std::to_string(words * 100 / p.indicators.size()));
    f.section_path = project_path(p);
  }
}

const RuleInfo kInfo{"I202",
                     "mostly-qualitative-targets",
                     Severity::Info,
                     RuleInput::Model,
                     "绩效目标表的指标值多为文字",
                     "Most target values of a performance-target table are words",
                     "“{project}”绩效目标表 {total} 个指标中有 {qualitative} 个用文字表述（{share}%），可考核性弱",
                     "{qualitative} of the {total} indicators of “{project}” are words ({share}%): hard to assess",
                     "检查内容：一张绩效目标表中用文字（如“明显提升”“长期”）而非数值表述的指标值所占比例；达到一半"
                     "及以上时提示。\n"
                     "为何重要：文字指标值难以在年终比较，一张表多数如此，整张表的考核就主要靠主观判断。\n"
                     "示例：8 个指标中 5 个为“较大提高”“运行稳定”之类。\n"
                     "正确写法：能量化的尽量量化，效益指标也可写成“办理时长缩短≥20%”。\n"
                     "容差：比例达到 50% 时提示（信息级）。\n"
                     "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）。",
                     "What it checks: the share of a performance-target table's values written as words (明显提升, "
                     "长期) rather than numbers; reported when it is half or more.\n"
                     "Why it matters: word values cannot be compared at year end; a table made mostly of them is "
                     "assessed mostly by opinion.\n"
                     "Example: 5 of 8 values are 较大提高, 运行稳定 and the like.\n"
                     "Correct: quantify where possible; even benefits can read “办理时长缩短≥20%”.\n"
                     "Tolerance: reported at a share of 50% or more (info).\n"
                     "References: MoF guide to core performance targets (财预〔2021〕101号).",
                     "0.1.0"};

}  // namespace

const Rule kI202{kInfo, check};

}  // namespace budgetlint::rules
