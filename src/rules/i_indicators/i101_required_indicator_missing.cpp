#include <array>

#include "../rules.hpp"
#include "../support.hpp"
#include "indicators.hpp"

namespace budgetlint::rules {
namespace {

struct Requirement {
  const char* name;  // as the framework names it
  bool (*met)(const Indicator&);
};

bool is(const Indicator& i, IndicatorCategory c) { return i.category == c; }

constexpr std::array<Requirement, 6> kRequired = {{
    {"产出指标中的数量指标", [](const Indicator& i) { return is(i, IndicatorCategory::Quantity); }},
    {"产出指标中的质量指标", [](const Indicator& i) { return is(i, IndicatorCategory::Quality); }},
    {"产出指标中的时效指标", [](const Indicator& i) { return is(i, IndicatorCategory::Timeliness); }},
    {"产出指标中的成本指标", [](const Indicator& i) { return is(i, IndicatorCategory::Cost); }},
    {"效益指标（经济、社会、生态效益或可持续影响指标）",
     [](const Indicator& i) {
       return is(i, IndicatorCategory::Economic) || is(i, IndicatorCategory::Social) ||
              is(i, IndicatorCategory::Ecological) || is(i, IndicatorCategory::Sustainable);
     }},
    {"满意度指标中的服务对象满意度指标", [](const Indicator& i) { return is(i, IndicatorCategory::Satisfaction); }},
}};

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    // A table whose rows could not be read is not a table without indicators.
    if (p.indicators.empty()) continue;
    for (const Requirement& r : kRequired) {
      bool present = false;
      for (const Indicator& i : p.indicators) present |= r.met(i);
      if (present) continue;
      Finding& f = ctx.report(p.title);
      arg(f, "project", p.name);
      arg(f, "missing", r.name);
      f.section_path = project_path(p);
    }
  }
}

const RuleInfo kInfo{"I101",
                     "required-indicator-missing",
                     Severity::Warning,
                     RuleInput::Model,
                     "绩效目标表缺少必备的指标类别",
                     "A performance-target table lacks a required indicator category",
                     "“{project}”绩效目标表缺少{missing}",
                     "The performance-target table of “{project}” has no {missing}",
                     "检查内容：每张项目绩效目标表是否包含财政部指标框架要求的各类二级指标：产出指标中的数量、质量、"
                     "时效、成本指标，至少一项效益指标（经济、社会、生态效益或可持续影响，旧称效果指标），以及服务对象"
                     "满意度指标。\n"
                     "为何重要：缺少某类指标，绩效目标就无法从该角度考核，例如没有成本指标便无法约束资金使用。\n"
                     "示例：产出指标只有数量指标和质量指标，没有时效指标和成本指标。\n"
                     "正确写法：每类至少一行，如“时效指标 故障响应时间 ≤2小时”“成本指标 运维服务费 ≤6万元”。\n"
                     "容差：无。一张表一类缺失报告一次。\n"
                     "依据：财政部《项目支出绩效评价管理办法》（财预〔2020〕10号）附件共性指标框架。",
                     "What it checks: that every project performance-target table has each second-level indicator "
                     "category of the Ministry of Finance framework: quantity, quality, timeliness and cost under "
                     "output; at least one benefit indicator (economic, social, ecological or sustainable impact; "
                     "older tables say 效果); and service-recipient satisfaction.\n"
                     "Why it matters: a missing category leaves the target unmeasurable from that angle; without a "
                     "cost indicator nothing bounds the spending.\n"
                     "Example: the outputs list quantity and quality but no timeliness and no cost.\n"
                     "Correct: at least one row per category, e.g. “时效指标 故障响应时间 ≤2小时”.\n"
                     "Tolerance: none. One finding per missing category per table.\n"
                     "References: MoF project expenditure performance evaluation rules (财预〔2020〕10号), the "
                     "common indicator framework.",
                     "0.1.0"};

}  // namespace

const Rule kI101{kInfo, check};

}  // namespace budgetlint::rules
