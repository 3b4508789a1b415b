#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  for_each_indicator(ctx.model(), [&](const Indicator& i, const Project* project) {
    if (i.value.comparator != Comparator::AtMost && i.value.comparator != Comparator::Less) return;
    if (i.value.unit != "%" && i.value.unit != "百分比") return;
    // Rates where more is better; an error or complaint rate rightly has an upper bound.
    if (!has_any(i.level3, {"合格率", "完成率", "达标率", "覆盖率", "及时率", "办结率", "准确率", "正确率", "完好率",
                            "到位率", "满意率", "接通率", "利用率", "实现率", "知晓率", "参与率", "反馈率", "验收率"}))
      return;
    Finding& f = ctx.report(i.value_span);
    arg(f, "indicator", indicator_label(i));
    arg(f, "value", i.value_raw);
    f.section_path = indicator_path(project, i);
  });
}

const RuleInfo kInfo{"I303",
                     "upper-bound-on-quality-rate",
                     Severity::Warning,
                     RuleInput::Model,
                     "越高越好的比率指标用了上限",
                     "A rate where more is better has an upper bound",
                     "“{indicator}”越高越好，指标值“{value}”却是上限，任何结果（包括 0%）都算达成",
                     "“{indicator}” is better when higher, yet “{value}” is an upper bound that any result "
                     "(even 0%) meets",
                     "检查内容：合格率、完成率、覆盖率、及时率、满意率等越高越好的比率，指标值是否用了“≤”或“<”。\n"
                     "为何重要：“合格率≤100%”对任何结果都成立，等于没有设定目标；应写下限。差错率、故障率等越低越好的"
                     "比率用上限是对的，不在此列。\n"
                     "示例：“质量指标 验收合格率 ≤100%”。\n"
                     "正确写法：“质量指标 验收合格率 ≥98%”或“=100%”。\n"
                     "容差：无。\n"
                     "依据：财政部《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号）："
                     "正向指标设下限，反向指标设上限。",
                     "What it checks: whether a rate where more is better (pass, completion, coverage, timeliness, "
                     "satisfaction rate) is given with ≤ or <.\n"
                     "Why it matters: “pass rate ≤100%” holds for any result, so it sets no target; it needs a lower "
                     "bound. Error and failure rates rightly have upper bounds and are not checked.\n"
                     "Example: “质量指标 验收合格率 ≤100%”.\n"
                     "Correct: “质量指标 验收合格率 ≥98%” or “=100%”.\n"
                     "Tolerance: none.\n"
                     "References: MoF guide to core performance targets (财预〔2021〕101号): positive indicators "
                     "take a lower bound, negative ones an upper bound.",
                     "0.1.0"};

}  // namespace

const Rule kI303{kInfo, check};

}  // namespace budgetlint::rules
