#include "indicator_value.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include "paragraphs.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::array<std::pair<std::string_view, Comparator>, 22> kPrefixes = {{
    {"≥", Comparator::AtLeast},        {">=", Comparator::AtLeast},     {"≧", Comparator::AtLeast},
    {"≤", Comparator::AtMost},         {"<=", Comparator::AtMost},      {"≦", Comparator::AtMost},
    {">", Comparator::Greater},        {"<", Comparator::Less},         {"=", Comparator::Equal},
    {"大于等于", Comparator::AtLeast}, {"不低于", Comparator::AtLeast}, {"不少于", Comparator::AtLeast},
    {"至少", Comparator::AtLeast},     {"达到", Comparator::AtLeast},   {"小于等于", Comparator::AtMost},
    {"不高于", Comparator::AtMost},    {"不超过", Comparator::AtMost},  {"大于", Comparator::Greater},
    {"高于", Comparator::Greater},     {"小于", Comparator::Less},      {"低于", Comparator::Less},
    {"等于", Comparator::Equal},
}};
constexpr std::size_t kSigns = 9;  // the prefixes ≥ … = are signs, the rest words

constexpr std::array<std::pair<std::string_view, Comparator>, 5> kSuffixes = {{
    {"及以上", Comparator::AtLeast},
    {"以上", Comparator::AtLeast},
    {"以内", Comparator::AtMost},
    {"及以下", Comparator::AtMost},
    {"以下", Comparator::AtMost},
}};

// Longest first, so that 万元 wins over 万 and 人次 over 人.
const std::vector<std::string_view>& units() {
  static const std::vector<std::string_view> kUnits = [] {
    std::vector<std::string_view> u = {
        "百分比", "%",    "‰",  "万元", "亿元",     "元",     "万条", "万个", "万人次", "万人", "万册", "平方米",
        "公里",   "千米", "米", "小时", "个工作日", "工作日", "个月", "分钟", "人次",   "次",   "个",   "套",
        "台",     "辆",   "人", "天",   "日",       "年",     "月",   "周",   "期",     "份",   "件",   "户",
        "所",     "家",   "项", "册",   "条",       "篇",     "场",   "分",   "本",     "批",   "部",   "卷",
        "页",     "名",   "处", "座",   "间",       "张",     "块",   "GB",   "TB"};
    std::stable_sort(u.begin(), u.end(), [](std::string_view a, std::string_view b) { return a.size() > b.size(); });
    return u;
  }();
  return kUnits;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

bool is_value_unit(std::string_view token) {
  token = trim(token);
  return std::find(units().begin(), units().end(), token) != units().end();
}

bool is_percent_unit(std::string_view unit) { return unit == "%" || unit == "百分比"; }

IndicatorValue parse_indicator_value(std::string_view cell) {
  IndicatorValue v;
  std::string_view s = trim(cell);
  if (s.empty()) return v;
  std::string_view rest = s;
  for (const auto& [word, comparator] : kPrefixes) {
    if (starts_with(rest, word)) {
      v.comparator = comparator;
      rest = trim(rest.substr(word.size()));
      break;
    }
  }
  std::size_t end = 0;
  while (end < rest.size() && (is_digit(rest[end]) || rest[end] == '.' || rest[end] == ',')) ++end;
  while (end > 0 && (rest[end - 1] == '.' || rest[end - 1] == ',')) --end;  // “100.” ends a sentence
  std::optional<Amount> number = end > 0 ? Amount::parse(rest.substr(0, end)) : std::nullopt;
  if (!number) {
    v.comparator = Comparator::None;
    v.qualitative = std::string(s);
    return v;
  }
  v.number = number;
  rest = rest.substr(end);
  while (!rest.empty() && rest[0] == ' ') rest.remove_prefix(1);
  for (std::string_view unit : units()) {
    if (starts_with(rest, unit)) {
      v.unit = std::string(unit);
      rest = rest.substr(unit.size());
      break;
    }
  }
  if (v.comparator == Comparator::None) {
    for (const auto& [word, comparator] : kSuffixes) {
      if (starts_with(rest, word)) {
        v.comparator = comparator;
        break;
      }
    }
  }
  return v;
}

IndicatorValue read_indicator_cell(std::string_view cell) {
  IndicatorValue v = parse_indicator_value(cell);
  if (v.number) return v;
  constexpr std::size_t kReach = 30;  // bytes between the sign and its figure: ten characters
  std::string_view s = trim(cell);
  for (std::size_t at = 0; at < s.size(); ++at) {
    auto signs_end = kPrefixes.begin() + kSigns;
    auto sign = std::find_if(kPrefixes.begin(), signs_end, [&](const auto& p) { return starts_with(s.substr(at), p.first); });
    if (sign == signs_end) continue;
    std::string_view after = s.substr(at + sign->first.size());
    std::size_t digit = 0;
    while (digit < after.size() && digit <= kReach && !is_digit(after[digit])) ++digit;
    if (digit > kReach || digit == after.size()) continue;
    IndicatorValue found = parse_indicator_value(after.substr(digit));
    if (!found.number) continue;
    found.comparator = sign->second;
    return found;
  }
  return v;
}

}  // namespace budgetlint::parse
