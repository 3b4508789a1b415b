#include "budgetlint/performance.hpp"

namespace budgetlint {
namespace {

bool has(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

}  // namespace

const char* to_string(Comparator comparator) {
  switch (comparator) {
    case Comparator::AtLeast:
      return "≥";
    case Comparator::AtMost:
      return "≤";
    case Comparator::Greater:
      return ">";
    case Comparator::Less:
      return "<";
    case Comparator::Equal:
      return "=";
    case Comparator::None:
      break;
  }
  return "";
}

const char* to_string(IndicatorLevel level) {
  switch (level) {
    case IndicatorLevel::Output:
      return "output";
    case IndicatorLevel::Outcome:
      return "outcome";
    case IndicatorLevel::Satisfaction:
      return "satisfaction";
    case IndicatorLevel::Other:
      break;
  }
  return "other";
}

const char* to_string(IndicatorCategory category) {
  switch (category) {
    case IndicatorCategory::Quantity:
      return "quantity";
    case IndicatorCategory::Quality:
      return "quality";
    case IndicatorCategory::Timeliness:
      return "timeliness";
    case IndicatorCategory::Cost:
      return "cost";
    case IndicatorCategory::Economic:
      return "economic";
    case IndicatorCategory::Social:
      return "social";
    case IndicatorCategory::Ecological:
      return "ecological";
    case IndicatorCategory::Sustainable:
      return "sustainable";
    case IndicatorCategory::Satisfaction:
      return "satisfaction";
    case IndicatorCategory::Other:
      break;
  }
  return "other";
}

IndicatorCategory category_of(std::string_view s) {
  // Word may break a cell inside the word (“社会” / “效益”); callers pass it joined.
  if (has(s, "数量")) return IndicatorCategory::Quantity;
  if (has(s, "质量")) return IndicatorCategory::Quality;
  if (has(s, "时效")) return IndicatorCategory::Timeliness;
  if (has(s, "成本")) return IndicatorCategory::Cost;
  if (has(s, "经济效益")) return IndicatorCategory::Economic;
  if (has(s, "社会效益")) return IndicatorCategory::Social;
  if (has(s, "生态效益")) return IndicatorCategory::Ecological;
  if (has(s, "可持续影响")) return IndicatorCategory::Sustainable;
  if (has(s, "满意度")) return IndicatorCategory::Satisfaction;
  return IndicatorCategory::Other;
}

IndicatorLevel level_of(std::string_view s) {
  if (has(s, "产出")) return IndicatorLevel::Output;
  if (has(s, "效益") || has(s, "效果")) return IndicatorLevel::Outcome;
  if (has(s, "满意度")) return IndicatorLevel::Satisfaction;
  return IndicatorLevel::Other;
}

}  // namespace budgetlint
