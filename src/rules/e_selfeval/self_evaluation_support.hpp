#pragma once

#include <string>
#include <utility>
#include <vector>

#include "../support.hpp"
#include "budgetlint/self_evaluation.hpp"

namespace budgetlint::rules {

/// The self-evaluation part of the model, or nullptr.
inline const SelfEvaluation* self_evaluation_of(const RuleContext& ctx) { return ctx.model().self_evaluation.get(); }

/// Sets expected/actual/difference on the finding (no tolerance: scores are exact).
void set_exact_evidence(Finding& f, const Amount& expected, const Amount& actual, std::string unit);

/// A name reduced for matching the narrative with the table: no spaces, quotes, “指标”
/// or parenthesised parts (“过程（执行）指标” → “过程”).
std::string match_key(std::string_view name);

/// Per group (index into `se.groups`), the given figure of each row under it: its 分值 or its
/// score. One pass over the rows, so that a long table stays linear.
std::vector<std::vector<Amount>> by_group(const SelfEvaluation& se, Sourced<Amount> ScoreRow::*figure);

/// The 一级/二级 path of a table row or group for the reader: “过程(执行) / 预算执行”.
std::string group_path(const SelfEvaluation& se, int group);

/// Each narrative score with the table row it speaks of: in order when the narrative scores
/// every row, else by name. Rows or scores without a partner are left out.
std::vector<std::pair<const NarrativeScore*, const ScoreRow*>> pair_narrative_with_table(const SelfEvaluation& se);

}  // namespace budgetlint::rules
