// The performance-target tables as JSON (schemas/disclosure.schema.json, `projects`).
#include "projects_json.hpp"

#include "json_values.hpp"

namespace budgetlint::report {
namespace {

using nlohmann::json;

json indicators_json(const SourceText& source, const std::vector<Indicator>& indicators) {
  json out = json::array();
  for (const Indicator& i : indicators) {
    json j = position(source, i.span);
    j["level1"] = i.level1;
    j["level2"] = i.level2;
    j["level"] = to_string(i.level);
    j["category"] = to_string(i.category);
    j["level3"] = i.level3;
    j["description"] = i.description;
    if (!i.scoring.empty()) j["scoring"] = i.scoring;
    json value = position(source, i.value_span);
    value["raw"] = i.value_raw;
    value["comparator"] = i.value.comparator == Comparator::None ? json(nullptr) : json(to_string(i.value.comparator));
    value["number"] = i.value.number ? json(i.value.number->to_string()) : json(nullptr);
    value["unit"] = i.value.unit.empty() ? json(nullptr) : json(i.value.unit);
    value["qualitative"] = i.value.qualitative.empty() ? json(nullptr) : json(i.value.qualitative);
    j["value"] = std::move(value);
    j["basis"] = i.basis;
    out.push_back(std::move(j));
  }
  return out;
}

}  // namespace

json projects_json(const SourceText& source, const std::vector<Project>& projects) {
  json out = json::array();
  for (const Project& p : projects) {
    json j = position(source, p.title);
    j["seq"] = p.seq;
    j["name"] = p.name;
    j["code"] = p.code.empty() ? json(nullptr) : json(p.code);
    j["budget"] = amount(source, p.budget);
    j["fiscal"] = amount(source, p.fiscal);
    j["other"] = amount(source, p.other);
    j["purpose"] = p.purpose;
    json plan = nullptr;
    if (p.plan) {
      json points = json::array();
      for (const SpendingPlan::Point& pt : p.plan->points) {
        json v = position(source, pt.span);
        v["month"] = pt.month == 0 ? json(nullptr) : json(pt.month);
        v["value"] = pt.value.to_string();
        v["raw"] = pt.raw;
        points.push_back(std::move(v));
      }
      plan = position(source, p.plan->span);
      plan["percent_header"] = p.plan->percent_header;
      plan["points"] = std::move(points);
    }
    j["spending_plan"] = std::move(plan);
    json goals = json::array();
    for (const Goal& g : p.goals) {
      json v = position(source, g.span);
      v["number"] = g.number == 0 ? json(nullptr) : json(g.number);
      v["text"] = g.text;
      goals.push_back(std::move(v));
    }
    j["has_goal_cell"] = p.has_goal_cell;
    j["goals"] = std::move(goals);
    j["indicators"] = indicators_json(source, p.indicators);
    json stray = json::array();
    for (const Sourced<std::string>& r : p.stray_rows) {
      json v = position(source, r.span);
      v["text"] = r.value;
      stray.push_back(std::move(v));
    }
    j["stray_rows"] = std::move(stray);
    out.push_back(std::move(j));
  }
  return out;
}

json department_performance_json(const SourceText& source, const DepartmentPerformance& department) {
  json j;
  j["table"] = department.table_title ? position(source, *department.table_title) : json(nullptr);
  j["indicators"] = indicators_json(source, department.indicators);
  json goals = json::array();
  for (const NarrativeGoal& g : department.goals) {
    json v = position(source, g.span);
    v["title"] = g.title;
    v["goal"] = g.goal;
    v["indicators"] = g.indicators;
    goals.push_back(std::move(v));
  }
  j["goals"] = std::move(goals);
  json mentions = json::array();
  for (const ProjectMention& m : department.project_mentions) {
    json v = position(source, m.span);
    v["name"] = m.name;
    mentions.push_back(std::move(v));
  }
  j["project_mentions"] = std::move(mentions);
  j["mentions_complete"] = department.mentions_complete;
  return j;
}

}  // namespace budgetlint::report
