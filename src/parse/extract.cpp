#include <algorithm>
#include <array>
#include <string>

#include "budgetlint/parse.hpp"
#include "contents.hpp"
#include "extract_context.hpp"
#include "projects.hpp"
#include "tables/tables.hpp"

namespace budgetlint::parse {
namespace {

// The title's lines: within the first lines of a Word or OCR file.
constexpr std::size_t kTitleLines = 15;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace

// “预算01表”, “预算 05 表”: the numbered tables of a budget.
bool has_numbered_budget_table(std::string_view text) {
  for (std::size_t at = text.find("预算"); at != std::string_view::npos; at = text.find("预算", at + 6)) {
    std::size_t i = at + 6;
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t digits = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    if (i == digits || i - digits > 2) continue;
    while (i < text.size() && text[i] == ' ') ++i;
    if (text.substr(i, 3) == "表") return true;
  }
  return false;
}

DocumentKind detect_kind(const SourceText& source) {
  std::string head;
  std::size_t nonblank = 0;
  for (std::size_t i = 0; i < source.line_count() && nonblank < kTitleLines; ++i) {
    if (trim(source.line(i)).empty()) continue;
    ++nonblank;
    head.append(source.line(i));
  }
  auto kind_of = [](std::string text) {
    // “《地方预决算公开操作规程》” names both; it says nothing about this document.
    for (std::size_t at = text.find("预决算"); at != std::string::npos; at = text.find("预决算", at)) text.erase(at, 9);
    if (contains_any(text, {"自评报告", "绩效自评", "自评表"})) return DocumentKind::SelfEvaluation;
    if (contains_any(text, {"部门决算", "单位决算", "决算公开", "决算信息", "决算总表", "决算表"}))
      return DocumentKind::FinalAccounts;
    if (contains_any(text, {"部门预算", "单位预算", "预算公开", "预算信息公开", "预算收支总表"})) return DocumentKind::Budget;
    // A file of the tables alone (Beijing publishes them apart): “预算01表 收支总表”.
    if (has_numbered_budget_table(text)) return DocumentKind::Budget;
    return DocumentKind::Unknown;
  };
  DocumentKind kind = kind_of(head);
  return kind != DocumentKind::Unknown ? kind : kind_of(std::string(source.text()));
}

ExtractContext::ExtractContext(const SourceText& source, const std::vector<Section>& sections,
                               bool lines_are_paragraphs)
    : source_(source), sections_(sections), paragraphs_(build_paragraphs(source, lines_are_paragraphs)) {
  line_topics_.assign(source.line_count(), SectionTopic::None);
  for (const Section& s : sections_) {
    if (s.level != 1) continue;
    for (std::uint32_t line = s.first_line; line <= s.last_line && line <= line_topics_.size(); ++line)
      line_topics_[line - 1] = s.topic;
  }
  mentions_.reserve(paragraphs_.size());
  paragraph_topics_.reserve(paragraphs_.size());
  for (const Paragraph& p : paragraphs_) {
    mentions_.push_back(scan_mentions(p, &absurd_amounts_));
    if (mentions_.size() > 1 && p.first_line <= paragraphs_[mentions_.size() - 2].last_line + 2)
      carry_label(paragraphs_[mentions_.size() - 2], mentions_[mentions_.size() - 2], mentions_.back());
    settle_paragraph_precision(p, mentions_.back());
    paragraph_topics_.push_back(topic_of_line(p.first_line));
  }
}

std::vector<const Mention*> ExtractContext::rest_of_sentence(std::size_t paragraph, std::size_t n) const {
  constexpr std::size_t kMaxParagraphs = 4;
  std::vector<const Mention*> out;
  std::size_t from = mentions_[paragraph][n].end;
  for (std::size_t pi = paragraph; pi < paragraphs_.size() && pi < paragraph + kMaxParagraphs; ++pi) {
    const Paragraph& p = paragraphs_[pi];
    if (pi > paragraph && (p.table_cell || parse_heading_number(trim(p.text)).level > 0)) break;
    std::size_t stop = p.text.find("。", pi == paragraph ? from : 0);
    for (const Mention& m : mentions_[pi]) {
      if ((pi == paragraph && m.begin < from) || m.begin > stop) continue;
      out.push_back(&m);
    }
    if (stop != std::string::npos) break;
  }
  return out;
}

SectionTopic ExtractContext::topic_of_line(std::uint32_t line) const {
  return line < line_topics_.size() ? line_topics_[line] : SectionTopic::None;
}

std::vector<std::size_t> ExtractContext::paragraphs_about(SectionTopic topic) const {
  bool has_section = false;
  for (const Section& s : sections_) has_section |= s.topic == topic;
  // Without its own heading, a topic may be anywhere not claimed by another heading.
  SectionTopic wanted = has_section ? topic : SectionTopic::None;
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < paragraphs_.size(); ++i) {
    if (!paragraphs_[i].table_cell && paragraph_topics_[i] == wanted) out.push_back(i);
  }
  return out;
}

Figure to_figure(const Mention& m) { return Figure{m.label, m.money}; }

namespace {

std::optional<int> compared_year(std::string_view text, int work_year) {
  for (std::string_view w : {"上年", "去年", "上一年"}) {
    if (contains(text, w) && work_year > 0) return work_year - 1;
  }
  for (std::string_view w : {"较", "比", "与", "同"}) {
    for (std::size_t at = text.find(w); at != std::string_view::npos; at = text.find(w, at + w.size())) {
      std::size_t i = at + w.size();
      while (i < text.size() && text[i] == ' ') ++i;
      std::size_t j = i;
      while (j < text.size() && is_digit(text[j])) ++j;
      if (j - i == 4) return std::stoi(std::string(text.substr(i, 4)));
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<Sourced<int>> prior_year_of(const Paragraph& p, const Mention& change, int work_year) {
  std::size_t sentence = p.text.rfind("。", change.begin);
  std::size_t from = sentence == std::string::npos ? 0 : sentence;
  auto year = compared_year(text_between(p, from, change.begin), work_year);
  if (!year) return std::nullopt;
  // “上年” names no digits: point at the change itself.
  std::size_t at = p.text.find(std::to_string(*year), from);
  Span span = at < change.begin ? p.to_doc(at, at + 4) : change.money.span;
  return Sourced<int>{*year, span, std::to_string(*year)};
}

Change make_change(const Paragraph& p, const Mention& m, ChangeSubject subject, std::size_t next_label_begin) {
  Change c;
  c.subject = subject;
  c.label = m.label;
  if (m.direction) {
    c.direction = *m.direction;
    c.magnitude = m.money;
    c.restated = m.after;
  } else {
    c.direction = *m.after;  // “公务接待费21.67万元，与2020年相比持平”: the figure is the current value
  }
  std::string_view after = trim(text_between(p, m.end, next_label_begin));
  for (std::string_view lead : {",", ";", "。", ")", "(", "、"}) {
    if (after.substr(0, lead.size()) == lead) after = trim(after.substr(lead.size()));
  }
  if (contains_any(after, {"主要", "原因", "由于", "因为", "用于"})) c.reason = std::string(after);
  return c;
}

namespace {

// A table printed without its own unit line is in the unit of the series it belongs to: the
// table before it (Shanghai's 收入预算总表 omits the “单位：元” its neighbours print), else the
// table after it, else the document's.
void fill_table_units(std::vector<StatTable>& tables, const std::string& document_unit) {
  std::string previous;
  for (StatTable& t : tables) {
    if (t.unit.empty()) t.unit = previous;
    previous = t.unit;
  }
  std::string next = document_unit;
  for (auto t = tables.rbegin(); t != tables.rend(); ++t) {
    if (t->unit.empty()) t->unit = next;
    next = t->unit;
  }
}

}  // namespace

Disclosure extract(const SourceText& source, const Layout& layout) {
  Disclosure d;
  d.kind = detect_kind(source);
  extract_title(source, d);
  if (!contains(source.text(), "单位:万元") && contains(source.text(), "单位:元")) d.unit = "元";
  Contents contents = read_contents(source);
  d.contents = std::move(contents.entries);
  d.sections = segment(source, d.kind, contents.body_line);
  ExtractContext ctx(source, d.sections, layout.type == FileType::Pdf);
  int work_year = d.year ? d.year->value : 0;
  for (std::size_t i = 0; i < ctx.paragraphs().size(); ++i) {
    if (ctx.paragraphs()[i].table_cell) continue;
    for (const Mention& m : ctx.mentions(i)) d.figures.push_back(to_figure(m));
  }
  extract_summary(ctx, work_year, d);
  extract_three_public(ctx, work_year, d);
  extract_assets(ctx, d);
  extract_years(ctx, d);
  extract_self_evaluation(ctx, layout, d);
  d.tables = layout.type == FileType::Pdf ? read_pdf_layout_tables(source, layout, contents.body_line)
                                          : read_pdf_tables(source, contents.body_line);
  // A self-evaluation has no 政府采购预算表; a line of its score table that mentions one is no title.
  if (d.kind != DocumentKind::SelfEvaluation) d.procurement_table = read_procurement_table(source);
  d.projects = layout.type == FileType::Pdf ? read_pdf_layout_projects(source, layout) : read_projects(source);
  d.absurd_amounts = ctx.absurd_amounts();
  fill_table_units(d.tables, d.unit);
  for (StatTable& t : d.tables) {
    for (const TableRow& r : t.rows) {
      for (const auto* side : {&r.amounts, &r.right_amounts}) {
        for (const Sourced<Amount>& a : *side) {
          if (Amount::too_large(a.raw)) d.absurd_amounts.push_back({a.raw, a.span, a.raw});
        }
      }
    }
    settle_table_precision(t);
  }
  // “十二、项目支出绩效目标表” in a 目录 or a sentence that announces the tables: a title with
  // nothing of a table under it (no code, 预算数, goal or indicator) is no project.
  d.projects.erase(std::remove_if(d.projects.begin(), d.projects.end(),
                                  [](const Project& p) {
                                    return p.code.empty() && !p.budget && !p.fiscal && !p.other &&
                                           !p.has_goal_cell && p.goals.empty() && p.indicators.empty();
                                  }),
                   d.projects.end());
  for (Project& p : d.projects) settle_project_precision(p);
  d.department_performance = read_department_performance(ctx, d);
  return d;
}

}  // namespace budgetlint::parse
