#include "indicators.hpp"

#include <algorithm>

namespace budgetlint::rules {

std::vector<std::string> project_path(const Project& project) { return {"绩效目标表", project.name}; }

std::vector<std::string> indicator_path(const Project& project, const Indicator& indicator) {
  return {"绩效目标表", project.name, indicator_label(indicator)};
}

std::vector<std::string> indicator_path(const Project* project, const Indicator& indicator) {
  if (project) return indicator_path(*project, indicator);
  return {"部门整体支出绩效指标", indicator_label(indicator)};
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

namespace {

std::size_t code_point_length(unsigned char lead) { return lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1; }

// The name without spaces and the punctuation that names are printed with or without.
std::string cleaned(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = std::min(code_point_length(static_cast<unsigned char>(s[i])), s.size() - i);
    std::string_view cp = s.substr(i, n);
    i += n;
    if (cp == " " || cp == "、" || cp == "," || cp == "(" || cp == ")" || cp == "“" || cp == "”" || cp == "《" ||
        cp == "》" || cp == "\"")
      continue;
    out.append(cp);
  }
  return out;
}

// Every pair of neighbouring code points, as views into `s`.
std::vector<std::string_view> bigrams(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t first = 0;
  while (first < s.size()) {
    std::size_t second = first + code_point_length(static_cast<unsigned char>(s[first]));
    if (second >= s.size()) break;
    std::size_t end = std::min(second + code_point_length(static_cast<unsigned char>(s[second])), s.size());
    out.push_back(s.substr(first, end - first));
    first = second;
  }
  return out;
}

}  // namespace

bool names_match(std::string_view mention, std::string_view table_name) {
  std::string a = cleaned(mention);
  std::string b = cleaned(table_name);
  if (a.empty() || b.empty()) return false;
  if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return true;
  // Dice coefficient of character bigrams: 2·|common| / (|A| + |B|) ≥ ½.
  std::vector<std::string_view> pairs_a = bigrams(a);
  std::vector<std::string_view> pairs_b = bigrams(b);
  std::size_t total = pairs_a.size() + pairs_b.size();
  std::size_t common = 0;
  for (std::string_view pair : pairs_a) {
    auto it = std::find(pairs_b.begin(), pairs_b.end(), pair);
    if (it == pairs_b.end()) continue;
    ++common;
    pairs_b.erase(it);
  }
  return total > 0 && 4 * common >= total;
}

std::string indicator_label(const Indicator& indicator) {
  return indicator.level3.empty() ? indicator.level2 : indicator.level3;
}

}  // namespace budgetlint::rules
