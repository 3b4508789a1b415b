// The typed model as JSON (schemas/disclosure.schema.json): amounts as decimal strings with
// their printed decimals, every value with the line and column it came from.
#include "budgetlint/report.hpp"
#include "budgetlint/version.hpp"
#include "json_values.hpp"
#include "projects_json.hpp"
#include "self_evaluation_json.hpp"

namespace budgetlint::report {
namespace {

using nlohmann::json;

class ModelWriter {
 public:
  explicit ModelWriter(const SourceText& source) : source_(source) {}

  json at(Span span) const { return position(source_, span); }
  json number(const std::optional<Sourced<Amount>>& a) const { return amount(source_, a); }
  json number(const Sourced<Amount>& a) const { return amount(source_, a); }

  json money(const Sourced<Money>& m) const {
    json j = at(m.span);
    j["value"] = m.value.amount.to_string();
    j["unit"] = to_string(m.value.unit);
    j["raw"] = m.raw;
    return j;
  }

  json figure(const Figure& f) const {
    json j = money(f.money);
    j["label"] = f.label;
    return j;
  }

  json figure(const std::optional<Figure>& f) const { return f ? figure(*f) : json(nullptr); }

  json change(const Change& c) const {
    json j = {{"subject", to_string(c.subject)},
              {"label", c.label},
              {"direction", to_string(c.direction.value)},
              {"direction_word", c.direction.raw}};
    j["direction_at"] = at(c.direction.span);
    j["magnitude"] = c.magnitude ? money(*c.magnitude) : json(nullptr);
    j["delta_wan"] = c.delta_wan().to_string();
    j["restated"] = c.restated ? json(c.restated->raw) : json(nullptr);
    j["reason"] = c.reason.empty() ? json(nullptr) : json(c.reason);
    return j;
  }

  json year_over_year(const YearOverYear& y) const {
    json changes = json::array();
    for (const Change& c : y.changes) changes.push_back(change(c));
    json j = {{"changes", std::move(changes)}, {"has_reason", y.has_reason}};
    j["prior_year"] = y.prior_year ? json(y.prior_year->value) : json(nullptr);
    j["current"] = figure(y.current);
    return j;
  }

  json asset_items(const std::vector<FixedAssetItem>& items) const {
    json out = json::array();
    for (const FixedAssetItem& i : items) {
      json j = at(i.span);
      j["name"] = i.name;
      j["subitem"] = i.subitem;
      j["quantity"] = i.quantity ? json(i.quantity->value.to_string()) : json(nullptr);
      j["value"] = i.value ? money(*i.value) : json(nullptr);
      out.push_back(std::move(j));
    }
    return out;
  }

 private:
  const SourceText& source_;
};

}  // namespace

json model_json(const ParsedDocument& doc, const std::string& path) {
  const Disclosure& d = doc.model;
  ModelWriter w(doc.source);
  json j;
  j["tool"] = {{"name", "budgetlint"}, {"version", std::string(kVersion)}};
  j["path"] = path;
  j["encoding"] = doc.encoding;
  j["kind"] = to_string(d.kind);
  j["department"] = d.department ? json(d.department->value) : json(nullptr);
  j["year"] = d.year ? json(d.year->value) : json(nullptr);
  j["unit"] = d.unit;

  json contents = json::array();
  for (const ContentsEntry& e : d.contents) {
    json entry = w.at(e.span);
    entry["title"] = e.title;
    entry["table"] = e.table ? json(to_string(*e.table)) : json(nullptr);
    contents.push_back(std::move(entry));
  }
  j["contents"] = std::move(contents);

  json sections = json::array();
  for (const Section& s : d.sections) {
    sections.push_back({{"number", s.number},
                        {"level", s.level},
                        {"title", s.title},
                        {"topic", to_string(s.topic)},
                        {"first_line", s.first_line},
                        {"last_line", s.last_line}});
  }
  j["sections"] = std::move(sections);

  json sources = json::array();
  for (const IncomeItem& i : d.income.sources) {
    json s = w.figure(i.figure);
    s["source"] = to_string(i.source);
    sources.push_back(std::move(s));
  }
  j["income"] = {{"total", w.figure(d.income.total)}, {"sources", std::move(sources)}};
  const Expenditure& e = d.expenditure;
  j["expenditure"] = {{"total", w.figure(e.total)},
                      {"basic", w.figure(e.basic)},
                      {"personnel", w.figure(e.personnel)},
                      {"public", w.figure(e.public_)},
                      {"project", w.figure(e.project)}};
  j["change"] = w.year_over_year(d.change);
  j["operating_costs"] = w.figure(d.operating_costs);
  const ThreePublic& t = d.three_public;
  j["three_public"] = {{"total", w.figure(t.total)},
                       {"abroad", w.figure(t.abroad)},
                       {"vehicle", w.figure(t.vehicle)},
                       {"vehicle_purchase", w.figure(t.vehicle_purchase)},
                       {"vehicle_operation", w.figure(t.vehicle_operation)},
                       {"reception", w.figure(t.reception)},
                       {"change", w.year_over_year(t.change)}};
  json procurement = {{"total", w.figure(d.procurement_total)}, {"table", nullptr}};
  if (d.procurement_table) {
    const ProcurementTable& pt = *d.procurement_table;
    json rows = json::array();
    for (const ProcurementRow& r : pt.rows) {
      json row = w.at(r.span);
      row["kind"] = r.kind == ProcurementRow::Kind::Total      ? "total"
                    : r.kind == ProcurementRow::Kind::Subtotal ? "subtotal"
                                                               : "item";
      row["project"] = r.project;
      row["project_budget"] = w.number(r.project_budget);
      row["item"] = r.item;
      row["catalog"] = r.catalog;
      row["unit"] = r.unit;
      row["quantity"] = w.number(r.quantity);
      row["unit_price"] = w.number(r.unit_price);
      row["total"] = w.number(r.total);
      rows.push_back(std::move(row));
    }
    json table = w.at(pt.title_span);
    table["title"] = pt.title;
    table["empty_noted"] = pt.empty_noted;
    table["rows"] = std::move(rows);
    procurement["table"] = std::move(table);
  }
  j["procurement"] = std::move(procurement);
  const FixedAssets& fa = d.fixed_assets;
  j["fixed_assets"] = {{"narrative_total", w.figure(fa.narrative_total)},
                       {"narrative_items", w.asset_items(fa.narrative_items)},
                       {"table_total", fa.table_total ? w.money(*fa.table_total) : json(nullptr)},
                       {"table_items", w.asset_items(fa.table_items)}};
  json tables = json::array();
  for (const StatTable& t : d.tables) {
    json rows = json::array();
    for (const TableRow& r : t.rows) {
      auto amounts = [&](const std::vector<Sourced<Amount>>& cells) {
        json out = json::array();
        for (const Sourced<Amount>& a : cells) out.push_back(w.number(a));
        return out;
      };
      json row = w.at(r.span);
      row["seq"] = r.seq;
      row["code"] = r.code;
      row["name"] = r.name;
      row["amounts"] = amounts(r.amounts);
      json columns = json::array();
      for (int c : r.columns) columns.push_back(t.columns[static_cast<std::size_t>(c)]);
      row["columns"] = std::move(columns);
      row["placement_ambiguous"] = r.placement_ambiguous;
      json glued = json::array();
      for (const Sourced<std::string>& g : r.glued) {
        json token = w.at(g.span);
        token["raw"] = g.raw;
        glued.push_back(std::move(token));
      }
      row["glued"] = std::move(glued);
      row["right_name"] = r.right_name;
      row["right_amounts"] = amounts(r.right_amounts);
      rows.push_back(std::move(row));
    }
    json table = w.at(t.title_span);
    table["kind"] = to_string(t.kind);
    table["title"] = t.title;
    table["final_accounts"] = t.final_accounts;
    table["empty_noted"] = t.empty_noted;
    table["scrambled"] = t.scrambled;
    table["unit"] = t.unit;
    table["columns"] = t.columns;
    table["rows"] = std::move(rows);
    tables.push_back(std::move(table));
  }
  j["tables"] = std::move(tables);
  json years = json::array();
  for (const YearMention& y : d.years) {
    json m = w.at(y.span);
    m["year"] = y.year;
    m["use"] = to_string(y.use);
    m["context"] = y.context;
    years.push_back(std::move(m));
  }
  j["years"] = std::move(years);
  json figures = json::array();
  for (const Figure& f : d.figures) figures.push_back(w.figure(f));
  j["figures"] = std::move(figures);
  j["self_evaluation"] = d.self_evaluation ? self_evaluation_json(*d.self_evaluation, doc.source) : json(nullptr);
  j["projects"] = projects_json(doc.source, d.projects);
  j["department_performance"] = department_performance_json(doc.source, d.department_performance);
  return j;
}

}  // namespace budgetlint::report
