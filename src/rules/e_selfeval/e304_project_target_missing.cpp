#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (const EvaluatedProject& p : se->projects) {
    if (!p.target.empty() && !p.outcome.empty()) continue;
    Finding& f = ctx.report(p.span);
    f.section_path = {"分项绩效项目清单", p.name};
    arg(f, "project", p.name);
    std::string missing = p.target.empty() && p.outcome.empty() ? "绩效目标和完成情况"
                          : p.target.empty()                    ? "绩效目标"
                                                                : "完成情况";
    arg(f, "missing", missing);
    arg(f, "missing_en",
        p.target.empty() && p.outcome.empty() ? "target and outcome"
        : p.target.empty()                    ? "target"
                                              : "outcome");
  }
}

const RuleInfo kInfo{
    "E304",
    "project-target-missing",
    Severity::Warning,
    RuleInput::Model,
    "分项项目缺少绩效目标或完成情况",
    "A project in the list has no performance target or no outcome",
    "项目“{project}”的{missing}为空",
    "project “{project}” has an empty {missing_en}",
    "检查内容：分项绩效项目清单中每个项目的“分项项目绩效目标”和“分项项目绩效目标完成情况”是否都已填写。\n"
    "为何重要：没有目标就无从评价，没有完成情况就不知道自评得分从何而来。\n"
    "示例：“17 工作经费 5 5 0 94”，目标和完成情况两栏空白。\n"
    "正确写法：写明项目的绩效目标和实际完成情况。\n"
    "容差：不适用。\n"
    "依据：《项目支出绩效评价管理办法》（财预〔2020〕10号）。",
    "What it checks: that every project in the list states its performance target and its outcome.\n"
    "Why it matters: without a target there is nothing to evaluate; without an outcome the score has no basis.\n"
    "Example: “17 工作经费 5 5 0 94” with both cells empty.\n"
    "Correct: state the project's target and what was achieved.\n"
    "Tolerance: not applicable.\n"
    "References: 项目支出绩效评价管理办法 (财预〔2020〕10号).",
    "0.1.0"};

}  // namespace

const Rule kE304{kInfo, check};

}  // namespace budgetlint::rules
