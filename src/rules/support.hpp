#pragma once

#include <optional>
#include <string>
#include <vector>

#include "budgetlint/rule.hpp"

namespace budgetlint::rules {

/// One figure of an identity, in 万元, signed for a decrease.
struct Term {
  std::string role;   ///< total | part
  std::string label;  ///< the document's words for it
  Amount value;       ///< in 万元
  Span span;
  std::string shown;  ///< as the reader should see it: “519.07”, “减少2.19”
};

/// A change's label for the reader: “较2024年增加30.50万元” names no subject, so the
/// total is called 收支总额 (or “三公”经费).
std::string display_label(const Change& change);

Term term(std::string role, const Figure& figure);
/// A cell of `table` in 万元, converted from the table's own unit (Shanghai prints 元 tables
/// beside a narrative in 万元).
Term term(std::string role, std::string label, const StatTable& table, const Sourced<Amount>& cell);
Term term(std::string role, const Change& change);

/// The one identity check of the tool: reports at the total when |total − Σ parts| is not
/// within the rounding tolerance of DESIGN.md, with every figure as evidence.
/// Returns true when it reported.
bool check_identity(RuleContext& ctx, const Term& total, const std::vector<Term>& parts);

/// The rows of a classification table directly under row `parent` with codes of `child_length`
/// digits: those after it, up to the next row of its own level or above (a table may print the
/// same codes again under another heading).
std::vector<const TableRow*> children_of(const StatTable& t, std::size_t parent, std::size_t child_length);

EvidenceFigure evidence_of(const Term& t);
EvidenceFigure evidence_of(std::string role, const Figure& figure);
/// A figure of a table or a self-evaluation as evidence: its role, its name and its unit.
EvidenceFigure evidence_of(std::string role, std::string label, const Sourced<Amount>& a, std::string unit);

/// “20103 政府办公厅(室)及相关机构事务”, or the name alone for a row without a code.
std::string row_label(const TableRow& row);

/// Appends a named argument for the message template.
void arg(Finding& f, std::string name, std::string value);

}  // namespace budgetlint::rules
