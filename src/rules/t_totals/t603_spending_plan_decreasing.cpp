#include "../i_indicators/indicators.hpp"
#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

std::string month_label(const SpendingPlan::Point& point) {
  return point.month == 0 ? "前一栏" : std::to_string(point.month) + "月底";
}

void check(RuleContext& ctx) {
  for (const Project& p : ctx.model().projects) {
    if (!p.plan) continue;
    const auto& points = p.plan->points;
    for (std::size_t k = 1; k < points.size(); ++k) {
      const Amount& before = points[k - 1].value;
      const Amount& now = points[k].value;
      // Cumulative: each month at least the one before, within the printed rounding.
      if (2 * (before.micros - now.micros) <= before.twice_half_unit() + now.twice_half_unit()) continue;
      Finding& f = ctx.report(points[k].span);
      arg(f, "project", p.name);
      arg(f, "month", month_label(points[k]));
      arg(f, "value", points[k].raw);
      arg(f, "previous_month", month_label(points[k - 1]));
      arg(f, "previous", points[k - 1].raw);
      f.evidence.expected = "≥ " + before.to_string();
      f.evidence.actual = now.to_string();
      f.evidence.difference = Amount{now.micros - before.micros, std::max(now.decimals, before.decimals)}.to_string();
      EvidenceFigure e;
      e.role = "prior";
      e.label = month_label(points[k - 1]);
      e.value = before.to_string();
      e.span = points[k - 1].span;
      f.evidence.figures.push_back(std::move(e));
      f.section_path = project_path(p);
      f.section_path.push_back("资金支出计划");
      break;
    }
  }
}

const RuleInfo kInfo{"T603",
                     "spending-plan-decreasing",
                     Severity::Error,
                     RuleInput::Model,
                     "资金支出计划累计数减少",
                     "The cumulative spending plan goes down",
                     "“{project}”资金支出计划{month} {value} 小于{previous_month} {previous}，累计支出不应减少",
                     "The spending plan of “{project}” falls from {previous} ({previous_month}) to {value} "
                     "({month}); a cumulative plan cannot go down",
                     "检查内容：项目绩效目标表的资金支出计划（3月底、6月底、10月底、12月底的累计进度）是否逐期不减。"
                     "每张表只报告第一处。\n"
                     "为何重要：各时点是截至该时点的累计支出，只能增加或持平；减少说明数字填错或各栏顺序颠倒。\n"
                     "示例：25.00、50.00、40.00、100.00。\n"
                     "正确写法：25.00、50.00、75.00、100.00。\n"
                     "容差：按上下文精度的舍入容差（末位按上下文定：所在表格或段落印两位小数时，“0”“865”也精确到 0.01；约数和亿元数按自身位数）。\n"
                     "依据：财政部《项目支出绩效目标表》表样“资金支出计划”栏。",
                     "What it checks: that the spending plan of a project table (cumulative by the end of March, "
                     "June, October and December) never goes down. Only the first drop per table is reported.\n"
                     "Why it matters: each column is the spending so far, which can only grow or stay; a drop is a "
                     "wrong figure or columns in the wrong order.\n"
                     "Example: 25.00, 50.00, 40.00, 100.00.\n"
                     "Correct: 25.00, 50.00, 75.00, 100.00.\n"
                     "Tolerance: rounding of the printed figures (the last digit is the context's: in a table or paragraph that prints two decimals, “0” and “865” are exact to 0.01; approximate and 亿元 figures keep their own digits).\n"
                     "References: the MoF project performance-target table template, spending plan row.",
                     "0.1.0"};

}  // namespace

const Rule kT603{kInfo, check};

}  // namespace budgetlint::rules
