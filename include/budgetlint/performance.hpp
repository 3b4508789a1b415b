#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/amount.hpp"
#include "budgetlint/source.hpp"
#include "budgetlint/sourced.hpp"

namespace budgetlint {

/// The comparator of an indicator value: `≥95%`, `≤2 万元`, “不少于10户”, “100%以内”.
enum class Comparator { None, AtLeast, AtMost, Greater, Less, Equal };

/// 一级指标 of the national framework; 效果指标 is the older name of 效益指标.
enum class IndicatorLevel { Output, Outcome, Satisfaction, Other };

/// 二级指标 of the national framework.
enum class IndicatorCategory {
  Quantity,      // 数量指标
  Quality,       // 质量指标
  Timeliness,    // 时效指标
  Cost,          // 成本指标
  Economic,      // 经济效益指标
  Social,        // 社会效益指标
  Ecological,    // 生态效益指标
  Sustainable,   // 可持续影响指标
  Satisfaction,  // 服务对象满意度指标
  Other,
};

/// An indicator value read from its cell: a comparator, a number and a unit, or words.
struct IndicatorValue {
  Comparator comparator = Comparator::None;
  std::optional<Amount> number;
  std::string unit;         ///< as printed: %, 百分比, 万元, 次, 个 …; empty when none
  std::string qualitative;  ///< the words when there is no number: 较大提高, 长期运行
  bool empty() const { return !number && qualitative.empty(); }
};

/// One row of a 绩效目标表 (or of the department-level indicator table).
struct Indicator {
  std::string level1;  ///< 一级指标 as printed (carried down from the row above when blank)
  std::string level2;  ///< 二级指标 as printed
  IndicatorLevel level = IndicatorLevel::Other;
  IndicatorCategory category = IndicatorCategory::Other;
  std::string level3;       ///< 三级指标
  std::string description;  ///< 绩效指标描述 (optional column)
  std::string scoring;      ///< 评分规则 of the department-level table
  IndicatorValue value;
  std::string value_raw;  ///< the value cell as printed
  Span value_span;        ///< the value cell; empty at the row start when the cell is blank
  std::string basis;      ///< 指标值确定依据
  Span basis_span;        ///< the 依据 cell (empty where it is blank)
  Span span;              ///< the row: its first cell
};

/// 资金支出计划: cumulative figures by 3月底 / 6月底 / 10月底 / 12月底, blanks allowed.
struct SpendingPlan {
  bool percent_header = false;  ///< the header says （%）
  /// The printed figures in order; `month` is 3, 6, 10 or 12 when the cell's column is
  /// certain (Word cells, or pdftotext with all four printed), else 0.
  struct Point {
    int month = 0;
    Amount value;
    Span span;
    std::string raw;
  };
  std::vector<Point> points;
  Span span;  ///< the 资金支出计划 label
};

/// One numbered 绩效目标 of a project: “1.建设一所人民防空宣教基地”.
struct Goal {
  int number = 0;  ///< 0 when unnumbered
  std::string text;
  Span span;
};

/// One project 绩效目标表 with its header, goals and indicators.
struct Project {
  int seq = 0;       ///< the number of its title (“3、”), 0 when none
  std::string name;  ///< from the title, or 项目名称 when the header has one
  Span title;
  std::string code;  ///< 项目编码
  Span code_span;
  std::optional<Sourced<Amount>> budget;  ///< 预算数, in 万元
  std::optional<Sourced<Amount>> fiscal;  ///< 其中：财政资金
  std::optional<Sourced<Amount>> other;   ///< 其他资金
  std::string purpose;                    ///< 资金用途
  std::optional<SpendingPlan> plan;
  bool has_goal_cell = false;  ///< the table has a 绩效目标 cell (it may be empty)
  Span goals_span;             ///< the 绩效目标 label
  std::vector<Goal> goals;
  std::vector<Indicator> indicators;
  /// The indicator table has a 指标值确定依据 column (not every province's template has one).
  bool basis_column = true;
  /// Rows that belong to no column: after the indicator header, rows that are no indicator;
  /// before it, rows of bare figures (a 资金支出计划 row that lost its heading).
  std::vector<Sourced<std::string>> stray_rows;
};

/// A 总体/分项绩效目标 of the narrative: “（一）政务督查\n绩效目标：…\n绩效指标：…”.
struct NarrativeGoal {
  std::string title;       ///< the heading above, if any
  std::string goal;        ///< after 绩效目标：
  std::string indicators;  ///< after 绩效指标：, the indicator sentences
  Span span;               ///< the 绩效目标 line
};

/// A project the narrative names where it explains 项目支出 (“主要为政务服务与管理、…等项目支出”).
struct ProjectMention {
  std::string name;
  Span span;
};

/// The department as a whole: its indicator table (部门整体支出绩效指标, with 符号/值/单位
/// columns), the goals of the narrative and the projects it names.
struct DepartmentPerformance {
  std::optional<Span> table_title;  ///< when the document has the table
  std::vector<Indicator> indicators;
  std::vector<NarrativeGoal> goals;
  std::vector<ProjectMention> project_mentions;
  bool mentions_complete = false;  ///< the list names every project (it does not end in 等)
};

const char* to_string(Comparator comparator);
const char* to_string(IndicatorLevel level);
const char* to_string(IndicatorCategory category);

/// The category a 二级指标 names: “数量指标”, “数量”, “社会效益指标”, “社会效益”.
IndicatorCategory category_of(std::string_view level2);
/// The 一级指标 a cell names: 产出指标 / 部门产出, 效益指标 / 效果指标, 满意度指标.
IndicatorLevel level_of(std::string_view level1);

}  // namespace budgetlint
