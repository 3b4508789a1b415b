// 财政拨款“三公”经费: the figures, their year-over-year claims and the stated reasons.
#include "extract_context.hpp"

namespace budgetlint::parse {
namespace {

// Most specific first: “公务用车购置及运维费” (or “购置和运行维护费”) is the vehicle total,
// “公务用车购置费” a part of it.
std::optional<ChangeSubject> three_public_part_of(std::string_view label) {
  if (contains(label, "三公")) return ChangeSubject::ThreePublicTotal;
  if (contains(label, "购置") && contains_any(label, {"运行", "运维"})) return ChangeSubject::Vehicle;
  if (contains(label, "购置")) return ChangeSubject::VehiclePurchase;
  if (contains_any(label, {"运行维护", "运维", "运行费"})) return ChangeSubject::VehicleOperation;
  if (contains(label, "出国")) return ChangeSubject::Abroad;
  if (contains(label, "接待")) return ChangeSubject::Reception;
  return std::nullopt;
}

std::optional<Figure>* slot_for(ThreePublic& t, ChangeSubject subject) {
  switch (subject) {
    case ChangeSubject::ThreePublicTotal:
      return &t.total;
    case ChangeSubject::Abroad:
      return &t.abroad;
    case ChangeSubject::Vehicle:
      return &t.vehicle;
    case ChangeSubject::VehiclePurchase:
      return &t.vehicle_purchase;
    case ChangeSubject::VehicleOperation:
      return &t.vehicle_operation;
    case ChangeSubject::Reception:
      return &t.reception;
    default:
      return nullptr;
  }
}

// “主要原因是…该车辆运行维护经费12.5万元由省工信厅拨付”: a figure in the reason of a change
// is no part of the 三公 figures (the clause runs from the last 。 or ；).
bool in_reason(const Paragraph& p, const Mention& m) {
  std::string_view text = p.text;
  std::size_t stop = text.rfind("。", m.label_begin);
  std::size_t semicolon = text.rfind(';', m.label_begin);
  std::size_t start = stop == std::string_view::npos ? 0 : stop + 3;
  if (semicolon != std::string_view::npos) start = std::max(start, semicolon + 1);
  return contains_any(text_between(p, start, m.label_begin), {"原因", "由于", "因为"});
}

}  // namespace

void extract_three_public(const ExtractContext& ctx, int work_year, Disclosure& d) {
  ThreePublic& t = d.three_public;
  bool in_section = false;
  for (const Section& s : d.sections) {
    if (s.topic == SectionTopic::ThreePublic) {
      t.section = s.heading;
      in_section = true;
      break;
    }
  }
  bool change_seen = false;
  for (std::size_t pi : ctx.paragraphs_about(SectionTopic::ThreePublic)) {
    const Paragraph& p = ctx.paragraphs()[pi];
    // Without its own section, only a paragraph that names 三公 is about it.
    if (!in_section && !contains(p.text, "三公")) continue;
    if (t.section.empty()) t.section = p.to_doc(0, p.text.size());
    if (change_seen && !t.change.has_reason && contains_any(p.text, {"原因", "主要是", "主要为", "由于", "因为"})) {
      t.change.has_reason = true;
      t.change.reason_span = p.to_doc(0, p.text.size());
    }
    const auto& ms = ctx.mentions(pi);
    for (std::size_t n = 0; n < ms.size(); ++n) {
      const Mention& m = ms[n];
      if (in_reason(p, m)) continue;
      auto subject = three_public_part_of(m.label);
      // “公务接待费4.45万元，比上年减少1万元”: a comparison naming nothing goes on about the
      // figure before it in the same sentence.
      if (!subject && n > 0 && ms[n - 1].clause_end == m.clause_end) subject = three_public_part_of(ms[n - 1].label);
      // “公务接待费20.00万元，与上年持平”: the figure is the part's amount and also a change of 0.
      if (subject && !m.direction) {
        if (auto* slot = slot_for(t, *subject); slot && !*slot) *slot = to_figure(m);
      }
      if (!m.direction && !m.after) continue;
      // “与 2023年相比减少 8.00万元” names no part: it is the 三公 total.
      ChangeSubject s = subject ? *subject : ChangeSubject::ThreePublicTotal;
      if (!change_seen) t.change.prior_year = prior_year_of(p, m, work_year);
      std::size_t next_label = n + 1 < ms.size() ? ms[n + 1].label_begin : p.text.size();
      t.change.changes.push_back(make_change(p, m, s, next_label));
      // The reason may follow the whole list of parts: “…（其中…），主要是…”.
      if (!change_seen) {
        std::string_view rest = text_between(p, m.end, p.text.size());
        std::size_t at = find_any(rest, {"原因", "主要是", "主要为", "由于", "因为"});
        if (at != std::string_view::npos) {
          t.change.has_reason = true;
          t.change.reason_span = p.to_doc(m.end + at, p.text.size());
        }
      }
      change_seen = true;
    }
  }
}

}  // namespace budgetlint::parse
