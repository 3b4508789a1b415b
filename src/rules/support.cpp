#include "support.hpp"

namespace budgetlint::rules {
namespace {

std::string direction_word(Direction d) {
  switch (d) {
    case Direction::Increase:
      return "增加";
    case Direction::Decrease:
      return "减少";
    case Direction::Flat:
      return "持平";
  }
  return "";
}

}  // namespace

Term term(std::string role, const Figure& figure) {
  Amount wan = figure.money.value.in_wan();
  std::string shown = figure.money.value.amount.to_string();
  if (figure.money.value.unit != MoneyUnit::Wan) shown += to_string(figure.money.value.unit);
  return {std::move(role), figure.label, wan, figure.money.span, shown};
}

Term term(std::string role, std::string label, const StatTable& table, const Sourced<Amount>& cell) {
  MoneyUnit unit = money_unit(table.unit).value_or(MoneyUnit::Wan);
  std::string shown = cell.raw;
  if (unit != MoneyUnit::Wan) shown += to_string(unit);
  return {std::move(role), std::move(label), Money{cell.value, unit}.in_wan(), cell.span, shown};
}

std::string display_label(const Change& change) {
  if (change.subject == ChangeSubject::Total && change.label.find("收支") == std::string::npos) return "收支总额";
  if (change.subject == ChangeSubject::ThreePublicTotal && change.label.find("三公") == std::string::npos)
    return "“三公”经费";
  return change.label;
}

Term term(std::string role, const Change& change) {
  Term t;
  t.role = std::move(role);
  t.label = display_label(change);
  t.value = change.delta_wan();
  t.span = change.magnitude ? change.magnitude->span : change.direction.span;
  t.shown = direction_word(change.direction.value);
  if (change.magnitude) t.shown += change.magnitude->value.amount.to_string();
  return t;
}

EvidenceFigure evidence_of(const Term& t) {
  EvidenceFigure e;
  e.role = t.role;
  e.label = t.label;
  e.value = t.value.to_string();
  e.unit = "万元";
  e.span = t.span;
  return e;
}

EvidenceFigure evidence_of(std::string role, const Figure& figure) {
  EvidenceFigure e;
  e.role = std::move(role);
  e.label = figure.label;
  e.value = figure.money.value.amount.to_string();
  e.unit = to_string(figure.money.value.unit);
  e.span = figure.money.span;
  return e;
}

EvidenceFigure evidence_of(std::string role, std::string label, const Sourced<Amount>& a, std::string unit) {
  EvidenceFigure e;
  e.role = std::move(role);
  e.label = std::move(label);
  e.value = a.value.to_string();
  e.unit = std::move(unit);
  e.span = a.span;
  return e;
}

std::string row_label(const TableRow& row) { return row.code.empty() ? row.name : row.code + " " + row.name; }

void arg(Finding& f, std::string name, std::string value) { f.args.emplace_back(std::move(name), std::move(value)); }

bool check_identity(RuleContext& ctx, const Term& total, const std::vector<Term>& parts) {
  std::vector<Amount> values;
  values.reserve(parts.size());
  for (const Term& p : parts) values.push_back(p.value);
  Consistency c = check_sum(total.value, values);
  if (c.consistent) return false;
  Finding& f = ctx.report(total.span);
  std::string listed;
  for (const Term& p : parts) {
    if (!listed.empty()) listed += " + ";
    listed += p.label + " " + p.shown;
  }
  int decimals = std::max(total.value.decimals, c.expected.decimals);
  arg(f, "total_label", total.label);
  arg(f, "total", total.shown);
  arg(f, "parts", listed);
  arg(f, "sum", c.expected.to_string(decimals));
  arg(f, "diff", c.difference.to_string(decimals));
  arg(f, "tolerance", c.tolerance.to_string());
  f.evidence.expected = c.expected.to_string(decimals);
  f.evidence.actual = total.value.to_string();
  f.evidence.difference = c.difference.to_string(decimals);
  f.evidence.tolerance = c.tolerance.to_string();
  f.evidence.unit = "万元";
  f.evidence.figures.push_back(evidence_of(total));
  for (const Term& p : parts) f.evidence.figures.push_back(evidence_of(p));
  return true;
}

std::vector<const TableRow*> children_of(const StatTable& t, std::size_t parent, std::size_t child_length) {
  const TableRow& p = t.rows[parent];
  std::vector<const TableRow*> out;
  for (std::size_t i = parent + 1; i < t.rows.size(); ++i) {
    const TableRow& r = t.rows[i];
    if (!r.code.empty() && r.code.size() <= p.code.size()) break;
    if (r.code.empty() && r.name.find("合计") != std::string::npos) break;
    if (r.code.size() == child_length && r.code.compare(0, p.code.size(), p.code) == 0) out.push_back(&r);
  }
  return out;
}

}  // namespace budgetlint::rules
