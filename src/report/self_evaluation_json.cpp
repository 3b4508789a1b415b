// The self-evaluation part of the typed model as JSON: amounts as decimal strings, every value
// with its line and column. The collections are `scores` and `projects` (DESIGN.md).
#include "self_evaluation_json.hpp"

#include "json_values.hpp"

namespace budgetlint::report {
namespace {

using nlohmann::json;

class Writer {
 public:
  explicit Writer(const SourceText& source) : source_(source) {}

  json at(Span span) const { return position(source_, span); }

  json number(const std::optional<Sourced<Amount>>& a) const { return amount(source_, a); }

  json count(const std::optional<Sourced<int>>& n) const {
    if (!n) return nullptr;
    json j = at(n->span);
    j["value"] = n->value;
    return j;
  }

  json figure(const std::optional<Figure>& f) const {
    if (!f) return nullptr;
    json j = at(f->money.span);
    j["value"] = f->money.value.amount.to_string();
    j["unit"] = to_string(f->money.value.unit);
    j["raw"] = f->money.raw;
    j["label"] = f->label;
    return j;
  }

  json group_name(const std::vector<ScoreGroup>& groups, int index) const {
    return index < 0 ? json(nullptr) : json(groups[static_cast<std::size_t>(index)].name);
  }

  json groups(const std::vector<ScoreGroup>& gs) const {
    json out = json::array();
    for (const ScoreGroup& g : gs) {
      json j = at(g.span);
      j["level"] = g.level;
      j["name"] = g.name;
      j["maximum"] = number(g.maximum);
      j["parent"] = group_name(gs, g.parent);
      out.push_back(std::move(j));
    }
    return out;
  }

 private:
  const SourceText& source_;
};

}  // namespace

json self_evaluation_json(const SelfEvaluation& se, const SourceText& source) {
  Writer w(source);
  const SelfEvaluationFigures& f = se.figures;
  json j;
  j["report_date"] = se.report_date ? json(se.report_date->value) : json(nullptr);
  j["figures"] = {{"budget_income", w.figure(f.budget_income)},
                  {"budget_expenditure", w.figure(f.budget_expenditure)},
                  {"budget_basic", w.figure(f.budget_basic)},
                  {"budget_project", w.figure(f.budget_project)},
                  {"carry_over", w.figure(f.carry_over)},
                  {"income", w.figure(f.income)},
                  {"total", w.figure(f.total)},
                  {"expenditure", w.figure(f.expenditure)},
                  {"basic", w.figure(f.basic)},
                  {"project", w.figure(f.project)},
                  {"assets", w.figure(f.assets)},
                  {"current_assets", w.figure(f.current_assets)},
                  {"noncurrent_assets", w.figure(f.noncurrent_assets)},
                  {"fixed_original", w.figure(f.fixed_original)},
                  {"fixed_depreciation", w.figure(f.fixed_depreciation)},
                  {"fixed_net", w.figure(f.fixed_net)},
                  {"intangible_original", w.figure(f.intangible_original)},
                  {"intangible_amortization", w.figure(f.intangible_amortization)},
                  {"intangible_net", w.figure(f.intangible_net)},
                  {"staff_quota", w.count(f.staff_quota)},
                  {"staff_actual", w.count(f.staff_actual)}};
  j["narrative_groups"] = w.groups(se.narrative_groups);
  json narrative = json::array();
  for (const NarrativeScore& s : se.narrative_scores) {
    json n = w.number(s.score);
    n["name"] = s.name;
    n["group_level"] = s.group_level;
    n["stated_rate"] = w.number(s.stated_rate);
    narrative.push_back(std::move(n));
  }
  j["narrative_scores"] = std::move(narrative);
  j["execution"] = {{"budget", w.number(se.table_budget)},
                    {"spent", w.number(se.table_spent)},
                    {"rate_percent", w.number(se.table_rate)}};
  j["groups"] = w.groups(se.groups);
  json scores = json::array();
  for (const ScoreRow& r : se.scores) {
    json s = w.at(r.span);
    s["level1"] = w.group_name(se.groups, r.group1);
    s["level2"] = w.group_name(se.groups, r.group2);
    s["level3"] = r.name;
    s["content"] = r.content;
    s["criterion"] = r.criterion;
    s["maximum"] = w.number(r.maximum);
    s["score"] = w.number(r.score);
    scores.push_back(std::move(s));
  }
  j["scores"] = std::move(scores);
  j["total"] = {{"maximum", w.number(se.total_maximum)}, {"score", w.number(se.total_score)}};
  j["deviation"] = se.deviation;
  json bands = json::array();
  for (const GradeBand& b : se.grade_bands) {
    json g = w.at(b.span);
    g["grade"] = b.grade;
    g["lower"] = b.lower ? json(b.lower->to_string()) : json(nullptr);
    g["upper"] = b.upper ? json(b.upper->to_string()) : json(nullptr);
    bands.push_back(std::move(g));
  }
  j["grade_bands"] = std::move(bands);
  j["stated_total"] = w.number(se.stated_total);
  j["stated_grade"] = se.stated_grade ? json(se.stated_grade->value) : json(nullptr);
  json projects = json::array();
  for (const EvaluatedProject& p : se.projects) {
    json o = w.at(p.span);
    o["seq"] = p.seq ? json(p.seq->value) : json(nullptr);
    o["name"] = p.name;
    o["budget"] = w.number(p.budget);
    o["spent"] = w.number(p.spent);
    o["returned"] = w.number(p.returned);
    o["score"] = w.number(p.score);
    o["target"] = p.target;
    o["outcome"] = p.outcome;
    projects.push_back(std::move(o));
  }
  j["projects"] = std::move(projects);
  j["claimed_project_count"] = w.count(se.claimed_project_count);
  return j;
}

}  // namespace budgetlint::report
