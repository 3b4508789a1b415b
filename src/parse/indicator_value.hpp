#pragma once

#include <string_view>

#include "budgetlint/performance.hpp"

namespace budgetlint::parse {

/// Reads an indicator value cell: “≥95%”, “≤2 万元”, “4 个”, “不少于10户”, “100%以内”,
/// “较大提高”, and values glued to prose (“≥90以工作计划进度为指标100。” is ≥ 90, no unit).
IndicatorValue parse_indicator_value(std::string_view cell);

/// A whole indicator value cell, where words may stand before the bound or between the bound and
/// its figure (“较上年下降或≤14.5/10万”, “≤资金下达后2日”): read as above; else from the first
/// comparator sign that a figure follows within a few words.
IndicatorValue read_indicator_cell(std::string_view cell);

/// Whether `token` is a unit on its own, as pdftotext prints “4 个”.
bool is_value_unit(std::string_view token);

/// Whether a unit is a percentage (% or 百分比).
bool is_percent_unit(std::string_view unit);

}  // namespace budgetlint::parse
