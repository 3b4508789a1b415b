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
  if (has_any(indicator.value_raw, {"/"}) || has_any(indicator.value.unit, {"/"})) return true;  // “6.16万元/年/人”
  for (const std::string* text : {&indicator.level3, &indicator.description}) {
    if (has_any(*text, {"单价", "单位成本", "人均", "标准", "/"})) return true;
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

// Words any project name may end with (经费, 项目, 资金 …) say nothing about which project it is.
std::string_view without_generic_ending(std::string_view name) {
  for (bool trimmed = true; trimmed;) {
    trimmed = false;
    for (std::string_view generic : {"经费", "项目", "资金", "费用", "专项", "工作", "费"}) {
      if (name.size() > generic.size() && name.substr(name.size() - generic.size()) == generic) {
        name.remove_suffix(generic.size());
        trimmed = true;
      }
    }
  }
  return name;
}

// Code points at the end of `a` and `b` that agree: “国民经济规划编制” and “十五五规划编制”
// share 规划编制.
std::size_t shared_ending(std::string_view a, std::string_view b) {
  std::size_t bytes = 0;
  while (bytes < a.size() && bytes < b.size() && a[a.size() - 1 - bytes] == b[b.size() - 1 - bytes]) ++bytes;
  while (bytes > 0 && (static_cast<unsigned char>(a[a.size() - bytes]) & 0xC0) == 0x80) --bytes;  // whole code points
  return count_code_points(a.substr(a.size() - bytes));
}

}  // namespace

bool names_match(std::string_view mention, std::string_view table_name) {
  std::string a_full = cleaned(mention);
  std::string b_full = cleaned(table_name);
  std::string_view a = without_generic_ending(a_full);
  std::string_view b = without_generic_ending(b_full);
  if (a.empty() || b.empty()) return false;
  if (a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos) return true;
  constexpr std::size_t kSharedEnding = 4;
  if (shared_ending(a, b) >= kSharedEnding) return true;
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

void describe_cost_sum(Finding& f, const Project& p, const std::vector<const Indicator*>& costs, const Consistency& c,
                       const Amount& excess, std::string expected) {
  std::string listed;
  for (const Indicator* i : costs) {
    if (!listed.empty()) listed += " + ";
    listed += indicator_label(*i) + " " + i->value_raw;
  }
  int decimals = std::max(p.budget->value.decimals, 2);
  f.args.emplace_back("project", p.name);
  f.args.emplace_back("budget", p.budget->value.to_string());
  f.args.emplace_back("costs", listed);
  f.args.emplace_back("sum", c.expected.to_string(decimals));
  f.args.emplace_back("diff", excess.to_string(decimals));
  f.evidence.expected = std::move(expected);
  f.evidence.actual = c.expected.to_string(decimals);
  f.evidence.difference = excess.to_string(decimals);
  f.evidence.tolerance = c.tolerance.to_string();
  f.evidence.unit = "万元";
  for (const Indicator* i : costs) {
    EvidenceFigure e;
    e.role = "part";
    e.label = indicator_label(*i);
    e.value = value_in_wan(i->value)->to_string();
    e.unit = "万元";
    e.span = i->value_span;
    f.evidence.figures.push_back(std::move(e));
  }
  f.section_path = project_path(p);
}

}  // namespace budgetlint::rules
