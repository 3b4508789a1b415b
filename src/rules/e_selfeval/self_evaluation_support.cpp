#include "self_evaluation_support.hpp"

#include <unordered_map>

namespace budgetlint::rules {

void set_exact_evidence(Finding& f, const Amount& expected, const Amount& actual, std::string unit) {
  int decimals = std::max(expected.decimals, actual.decimals);
  f.evidence.expected = expected.to_string(decimals);
  f.evidence.actual = actual.to_string(decimals);
  f.evidence.difference = Amount{actual.micros - expected.micros, decimals}.to_string(decimals);
  f.evidence.unit = std::move(unit);
}

std::string match_key(std::string_view name) {
  std::string out;
  int depth = 0;
  for (std::size_t i = 0; i < name.size();) {
    char c = name[i];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) {
      --depth;
      ++i;
      continue;
    }
    if (depth > 0 || c == ' ') {
      ++i;
      continue;
    }
    if (name.substr(i, 3) == "“" || name.substr(i, 3) == "”" || name.substr(i, 6) == "指标") {
      i += name.substr(i, 6) == "指标" ? 6 : 3;
      continue;
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

std::vector<std::vector<Amount>> by_group(const SelfEvaluation& se, Sourced<Amount> ScoreRow::*figure) {
  std::vector<std::vector<Amount>> out(se.groups.size());
  for (const ScoreRow& r : se.scores) {
    for (int g : {r.group1, r.group2}) {
      if (g >= 0) out[static_cast<std::size_t>(g)].push_back((r.*figure).value);
    }
  }
  return out;
}

std::string group_path(const SelfEvaluation& se, int group) {
  if (group < 0) return "";
  const ScoreGroup& g = se.groups[static_cast<std::size_t>(group)];
  std::string parent = group_path(se, g.parent);
  return parent.empty() ? g.name : parent + " / " + g.name;
}

std::vector<std::pair<const NarrativeScore*, const ScoreRow*>> pair_narrative_with_table(const SelfEvaluation& se) {
  std::vector<std::pair<const NarrativeScore*, const ScoreRow*>> out;
  if (se.narrative_scores.size() == se.scores.size()) {
    for (std::size_t i = 0; i < se.scores.size(); ++i) out.emplace_back(&se.narrative_scores[i], &se.scores[i]);
    return out;
  }
  std::unordered_map<std::string, const ScoreRow*> by_name;
  for (const ScoreRow& r : se.scores) by_name.emplace(match_key(r.name), &r);  // the first of a name
  for (const NarrativeScore& n : se.narrative_scores) {
    auto it = by_name.find(match_key(n.name));
    if (it != by_name.end() && !it->first.empty()) out.emplace_back(&n, it->second);
  }
  return out;
}

}  // namespace budgetlint::rules
