#pragma once

#include <optional>
#include <string>
#include <vector>

#include "budgetlint/model.hpp"

namespace budgetlint {

/// The money and staff figures of the narrative's 部门基本情况 and 部门收支预决算情况.
struct SelfEvaluationFigures {
  // 部门预算收支情况
  std::optional<Figure> budget_income;       // 预算收入
  std::optional<Figure> budget_expenditure;  // 预算支出
  std::optional<Figure> budget_basic;        // 其中基本支出
  std::optional<Figure> budget_project;      // 项目支出
  // 部门决算收支情况
  std::optional<Figure> carry_over;   // 年初结转和结余
  std::optional<Figure> income;       // 本年(度)收入
  std::optional<Figure> total;        // 总计
  std::optional<Figure> expenditure;  // 本年支出
  std::optional<Figure> basic;        // 其中基本支出
  std::optional<Figure> project;      // 项目支出
  // 资产情况
  std::optional<Figure> assets;                   // 资产总计
  std::optional<Figure> current_assets;           // 流动资产
  std::optional<Figure> noncurrent_assets;        // 非流动资产
  std::optional<Figure> fixed_original;           // 固定资产原值
  std::optional<Figure> fixed_depreciation;       // 固定资产累计折旧
  std::optional<Figure> fixed_net;                // 固定资产净值
  std::optional<Figure> intangible_original;      // 无形资产原值
  std::optional<Figure> intangible_amortization;  // 无形资产累计摊销
  std::optional<Figure> intangible_net;           // 无形资产净值
  // 人员情况
  std::optional<Sourced<int>> staff_quota;   // 编制 … 人
  std::optional<Sourced<int>> staff_actual;  // 实有人数 … 人
};

/// A 一级 or 二级 heading of the scoring (“投入（20）”, “（一）预算执行（25 分）”): its name
/// without the maximum, and the maximum it states.
struct ScoreGroup {
  int level = 1;  ///< 1 = 一级指标, 2 = 二级指标
  std::string name;
  std::optional<Sourced<Amount>> maximum;
  int parent = -1;  ///< index of the 一级 group of a 二级 group
  Span span;
};

/// One indicator row of the 部门整体支出绩效自评表. Merged cells are carried down, so every
/// row knows its 一级 and 二级 group.
struct ScoreRow {
  int group1 = -1;          ///< index into SelfEvaluation::groups
  int group2 = -1;          ///< index into SelfEvaluation::groups, -1 when the row has none
  std::string name;         ///< 三级指标, without a “(9分)” suffix
  std::string content;      ///< 指标内容
  std::string criterion;    ///< 评价标准
  Sourced<Amount> maximum;  ///< 分值
  Sourced<Amount> score;    ///< 自评得分
  Span span;
};

/// A score stated in the narrative (“……故此项得分6.5分”) under its item heading.
struct NarrativeScore {
  std::string name;     ///< the item heading (or the group heading when it has no items)
  int group_level = 0;  ///< 0 for an item; 1 or 2 when the score is a whole group's
  Sourced<Amount> score;
  /// The first percentage of the item's text (“结转结余率为 35%”), in percent.
  std::optional<Sourced<Amount>> stated_rate;
};

/// One band of the grading scale as the report states it: “$75 \leq$ 得分 < 85 分为良好”.
struct GradeBand {
  std::string grade;
  std::optional<Amount> lower;  ///< inclusive
  std::optional<Amount> upper;  ///< exclusive
  Span span;
};

/// The 分项绩效项目清单 row of one project.
struct EvaluatedProject {
  std::optional<Sourced<int>> seq;
  std::string name;
  std::optional<Sourced<Amount>> budget;    ///< 预算数（调整后）
  std::optional<Sourced<Amount>> spent;     ///< 执行数
  std::optional<Sourced<Amount>> returned;  ///< 结余交回财政数
  std::optional<Sourced<Amount>> score;     ///< 自评得分
  std::string target;                       ///< 分项项目绩效目标
  std::string outcome;                      ///< 分项项目绩效目标完成情况
  Span span;
};

/// The 部门整体支出绩效自评报告: narrative figures and scores, the scoring table, the grade and
/// the project list. Amounts are in 万元 unless a figure says otherwise.
struct SelfEvaluation {
  /// The date the report is signed (“2022年5月19日”), as YYYY-MM-DD.
  std::optional<Sourced<std::string>> report_date;
  SelfEvaluationFigures figures;

  std::vector<ScoreGroup> narrative_groups;  ///< headings with a maximum, in order
  std::vector<NarrativeScore> narrative_scores;

  // 一、预算执行情况 of the table
  std::optional<Sourced<Amount>> table_budget;  ///< 预算数
  std::optional<Sourced<Amount>> table_spent;   ///< 执行数
  std::optional<Sourced<Amount>> table_rate;    ///< 预算执行率, in percent
  std::optional<Span> table_title;

  std::vector<ScoreGroup> groups;  ///< the table's 一级/二级 groups, in order
  std::vector<ScoreRow> scores;
  std::optional<Sourced<Amount>> total_maximum;  ///< 合计 row, 分值 column
  std::optional<Sourced<Amount>> total_score;    ///< 合计 row, 自评得分 column
  std::string deviation;                         ///< 绩效目标执行出现的偏差和采取的措施

  std::vector<GradeBand> grade_bands;
  std::optional<Sourced<Amount>> stated_total;       ///< “整体项目自评得分96.5分”
  std::optional<Sourced<std::string>> stated_grade;  ///< “综合评价等级为“优秀””

  std::vector<EvaluatedProject> projects;
  std::optional<Sourced<int>> claimed_project_count;  ///< “项目22个”
  std::optional<Span> project_list_title;
};

}  // namespace budgetlint
