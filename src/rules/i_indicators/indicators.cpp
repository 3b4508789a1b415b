#include "indicators.hpp"

namespace budgetlint::rules {

std::vector<std::string> project_path(const Project& project) { return {"绩效目标表", project.name}; }

std::vector<std::string> indicator_path(const Project& project, const Indicator& indicator) {
  return {"绩效目标表", project.name, indicator_label(indicator)};
}

bool has_any(std::string_view text, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

std::optional<Amount> value_in_wan(const IndicatorValue& value) {
  if (!value.number) return std::nullopt;
  if (value.unit == "万元") return Money{*value.number, MoneyUnit::Wan}.in_wan();
  if (value.unit == "元") return Money{*value.number, MoneyUnit::Yuan}.in_wan();
  return std::nullopt;
}

bool is_unit_cost(const Indicator& indicator) {
  for (const std::string* text : {&indicator.level3, &indicator.description}) {
    if (has_any(*text, {"单价", "单位成本", "人均", "/"})) return true;
    // “每个坐席” is per item; “每年法律顾问费” is the year's whole cost.
    for (std::size_t at = text->find("每"); at != std::string::npos; at = text->find("每", at + 3)) {
      std::string_view next = std::string_view(*text).substr(at + 3, 3);
      if (next != "年" && next != "月" && next != "季") return true;
    }
  }
  return false;
}

std::string indicator_label(const Indicator& indicator) {
  return indicator.level3.empty() ? indicator.level2 : indicator.level3;
}

}  // namespace budgetlint::rules
