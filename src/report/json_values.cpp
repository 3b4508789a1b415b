#include "json_values.hpp"

namespace budgetlint::report {

using nlohmann::json;

json position(const SourceText& source, Span span) {
  Location l = source.location(span.begin);
  return {{"line", l.line}, {"column", l.column}};
}

json amount(const SourceText& source, const Sourced<Amount>& a) {
  json j = position(source, a.span);
  j["value"] = a.value.to_string();
  j["raw"] = a.raw;
  return j;
}

json amount(const SourceText& source, const std::optional<Sourced<Amount>>& a) {
  return a ? amount(source, *a) : json(nullptr);
}

}  // namespace budgetlint::report
