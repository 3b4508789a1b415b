#include "indicators.hpp"

#include <algorithm>

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

namespace {

// Code points without spaces and the punctuation that names are printed with or without.
std::vector<std::string> code_points(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = 1;
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0)
      n = 4;
    else if (c >= 0xE0)
      n = 3;
    else if (c >= 0xC0)
      n = 2;
    std::string cp(s.substr(i, n));
    i += n;
    if (cp == " " || cp == "、" || cp == "," || cp == "(" || cp == ")" || cp == "“" || cp == "”" || cp == "《" ||
        cp == "》" || cp == "\"")
      continue;
    out.push_back(std::move(cp));
  }
  return out;
}

std::string joined(const std::vector<std::string>& cps) {
  std::string out;
  for (const std::string& c : cps) out += c;
  return out;
}

}  // namespace

bool names_match(std::string_view mention, std::string_view table_name) {
  std::vector<std::string> a = code_points(mention);
  std::vector<std::string> b = code_points(table_name);
  if (a.empty() || b.empty()) return false;
  std::string ja = joined(a);
  std::string jb = joined(b);
  if (ja.find(jb) != std::string::npos || jb.find(ja) != std::string::npos) return true;
  // Dice coefficient of character bigrams: 2·|common| / (|A| + |B|) ≥ ½.
  std::vector<std::string> pairs_b;
  for (std::size_t i = 0; i + 1 < b.size(); ++i) pairs_b.push_back(b[i] + b[i + 1]);
  std::size_t common = 0;
  for (std::size_t i = 0; i + 1 < a.size(); ++i) {
    auto it = std::find(pairs_b.begin(), pairs_b.end(), a[i] + a[i + 1]);
    if (it == pairs_b.end()) continue;
    ++common;
    pairs_b.erase(it);
  }
  std::size_t total = (a.size() - 1) + (b.size() - 1);
  return total > 0 && 4 * common >= total;
}

std::string indicator_label(const Indicator& indicator) {
  return indicator.level3.empty() ? indicator.level2 : indicator.level3;
}

}  // namespace budgetlint::rules
