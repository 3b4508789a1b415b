#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/finding.hpp"
#include "budgetlint/model.hpp"

namespace budgetlint::rules {

/// Where a finding about a project's table stands: 绩效目标表 / the project (/ the 三级指标).
std::vector<std::string> project_path(const Project& project);
std::vector<std::string> indicator_path(const Project& project, const Indicator& indicator);

/// Calls `fn(indicator, project)` for every indicator of every project table, then of the
/// department-level table (with a null project).
template <class Fn>
void for_each_indicator(const Disclosure& d, Fn fn) {
  for (const Project& p : d.projects) {
    for (const Indicator& i : p.indicators) fn(i, &p);
  }
  for (const Indicator& i : d.department_performance.indicators) fn(i, nullptr);
}

/// The section path of an indicator: its project's table, or the department-level table.
std::vector<std::string> indicator_path(const Project* project, const Indicator& indicator);

/// Whether `text` contains one of `words`.
bool has_any(std::string_view text, std::initializer_list<std::string_view> words);

/// The value of a money indicator in 万元 (元 converted exactly); nullopt for other units.
std::optional<Amount> value_in_wan(const IndicatorValue& value);

/// A cost stated per unit (“每个坐席服务费”, “单价”), not for the whole project.
bool is_unit_cost(const Indicator& indicator);

/// Whether the narrative's short name of a project (“人防宣教基地建设”, “12345热线平台”) names
/// the project of a table (“人民防空宣教基地建设”, “12345 热线平台”): one contains the other
/// once spaces and punctuation are gone, or they share most of their character pairs.
bool names_match(std::string_view mention, std::string_view table_name);

/// Fills a finding about a project's cost indicators against its 预算数 (T601, T608): the
/// message arguments, the evidence with each cost bound in 万元, and the section path.
/// `excess` is the amount the reader is told of (over or under the budget); `expected` is
/// what the sum should have been.
void describe_cost_sum(Finding& f, const Project& p, const std::vector<const Indicator*>& costs, const Consistency& c,
                       const Amount& excess, std::string expected);

/// The indicator's name for the reader: its 三级指标, or its 二级 when that is blank.
std::string indicator_label(const Indicator& indicator);

}  // namespace budgetlint::rules
