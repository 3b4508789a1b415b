#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se || !se->claimed_project_count || !se->project_list_title) return;
  auto listed = static_cast<int>(se->projects.size());
  if (listed == se->claimed_project_count->value) return;
  Finding& f = ctx.report(se->claimed_project_count->span);
  arg(f, "claimed", std::to_string(se->claimed_project_count->value));
  arg(f, "listed", std::to_string(listed));
  f.evidence.expected = std::to_string(listed);
  f.evidence.actual = std::to_string(se->claimed_project_count->value);
  f.evidence.difference = std::to_string(se->claimed_project_count->value - listed);
  f.evidence.unit = "个";
}

const RuleInfo kInfo{
    "E303",
    "project-count-mismatch",
    Severity::Error,
    RuleInput::Model,
    "正文所称项目个数与分项绩效项目清单不符",
    "The number of projects claimed differs from the project list",
    "正文称项目 {claimed} 个，分项绩效项目清单列出 {listed} 个",
    "the narrative claims {claimed} projects, the project list has {listed}",
    "检查内容：正文中“项目N个”的个数是否等于分项绩效项目清单的行数。\n"
    "为何重要：个数不符说明清单漏列或多列了项目，项目金额合计也会随之出错。\n"
    "示例：正文“我单位2021项目22个”，清单只有 21 行。\n"
    "正确写法：正文个数 = 清单行数。\n"
    "容差：无。\n"
    "依据：部门整体支出绩效自评报告格式（分项绩效项目清单）。",
    "What it checks: that the number of projects the narrative claims (“项目N个”) equals the rows of the project "
    "list.\n"
    "Why it matters: a different count means a project is missing or extra, and the list's sums are off too.\n"
    "Example: 22 claimed, 21 listed.\n"
    "Correct: claimed count = rows listed.\n"
    "Tolerance: none.\n"
    "References: the self-evaluation report format (分项绩效项目清单).",
    "0.1.0"};

}  // namespace

const Rule kE303{kInfo, check};

}  // namespace budgetlint::rules
