#include <array>
#include <string>

#include "budgetlint/parse.hpp"
#include "contents.hpp"
#include "extract_context.hpp"
#include "projects.hpp"
#include "tables/tables.hpp"

namespace budgetlint::parse {
namespace {

// Kind, year and department are read from the title, which is within the first lines of a
// Word or OCR file; a pdftotext file may open with its tables, so the whole text is the fallback.
constexpr std::size_t kTitleLines = 15;
constexpr int kFirstYear = 1949;
constexpr int kLastYear = 2100;

constexpr std::array<std::string_view, 10> kTitleWords = {"部门预算", "部门决算", "整体支出", "绩效自评", "自评报告",
                                                          "预算信息", "决算信息", "预算公开", "决算公开", "部门整体"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

struct YearTitle {
  int year = 0;
  std::size_t line = 0;
  std::size_t year_begin = 0;  // byte offset of the year within the line
  std::size_t year_end = 0;
};

// “2021年部门预算…”, “2024 年部门预算…”, “2021 年度整体支出绩效自评报告”.
std::optional<YearTitle> find_year_title(std::string_view line) {
  for (std::size_t i = 0; i + 4 <= line.size(); ++i) {
    if (!is_digit(line[i]) || (i > 0 && is_digit(line[i - 1]))) continue;
    std::size_t j = i;
    while (j < line.size() && is_digit(line[j])) ++j;
    if (j - i != 4) continue;
    std::size_t k = j;
    while (k < line.size() && line[k] == ' ') ++k;
    if (line.substr(k, 3) != "年") continue;
    k += 3;
    if (line.substr(k, 3) == "度") k += 3;
    while (k < line.size() && line[k] == ' ') ++k;
    std::string_view rest = line.substr(k);
    for (std::string_view w : kTitleWords) {
      if (rest.substr(0, w.size()) == w) {
        YearTitle t;
        t.year = std::stoi(std::string(line.substr(i, 4)));
        if (t.year < kFirstYear || t.year > kLastYear) break;  // “3000年部门预算” is no year
        t.year_begin = i;
        t.year_end = j;
        return t;
      }
    }
  }
  return std::nullopt;
}

bool looks_like_name(std::string_view s) {
  std::uint32_t n = count_code_points(s);
  return n >= 2 && n <= 30 && !contains_any(s, {",", "。", ":", ":", "《", "按照", "根据"}) && s.substr(0, 3) != "我" &&
         s.substr(0, 3) != "本";
}

std::string_view strip_part_prefix(std::string_view s) {
  if (s.substr(0, 3) == "第" && contains(s.substr(0, 15), "部分")) s = trim(s.substr(s.find("部分") + 6));
  return s;
}

void extract_title(const SourceText& source, Disclosure& d) {
  std::optional<YearTitle> title;
  std::size_t nonblank = 0;
  // First the title lines, then the whole text.
  for (int pass = 0; pass < 2 && !title; ++pass) {
    nonblank = 0;
    for (std::size_t i = 0; i < source.line_count() && !title; ++i) {
      std::string_view line = source.line(i);
      if (trim(line).empty()) continue;
      if (pass == 0 && ++nonblank > kTitleLines) break;
      if (auto t = find_year_title(line)) {
        t->line = i;
        title = t;
      }
    }
  }
  if (!title) return;
  std::string_view line = source.line(title->line);
  std::uint32_t start = source.line_start(title->line);
  d.year = Sourced<int>{
      title->year,
      {static_cast<std::uint32_t>(start + title->year_begin), static_cast<std::uint32_t>(start + title->year_end)},
      std::string(line.substr(title->year_begin, title->year_end - title->year_begin))};

  auto set_department = [&](std::size_t line_index, std::string_view name) {
    std::string_view full = source.line(line_index);
    auto begin = static_cast<std::uint32_t>(source.line_start(line_index) + (name.data() - full.data()));
    d.department = Sourced<std::string>{
        std::string(name), {begin, static_cast<std::uint32_t>(begin + name.size())}, std::string(name)};
  };
  // “平乡县人民政府办公室 2024 年部门预算…” — the name stands before the year.
  std::string_view before = trim(strip_part_prefix(trim(line.substr(0, title->year_begin))));
  if (std::size_t at = before.rfind("现将"); at != std::string_view::npos) before = trim(before.substr(at + 6));
  if (looks_like_name(before)) {
    set_department(title->line, before);
    return;
  }
  // “平乡县人民政府办公室” on its own line above “2021年部门预算信息公开情况说明”.
  if (before.empty()) {
    for (std::size_t i = title->line; i-- > 0;) {
      std::string_view above = trim(source.line(i));
      if (above.empty()) continue;
      if (looks_like_name(above)) set_department(i, above);
      break;
    }
  }
  if (d.department) return;
  // Tables name the department as “编制部门：…” or “填报单位：…”.
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    std::string_view l = trim(source.line(i));
    for (std::string_view key : {"编制部门:", "填报单位:", "编制单位:"}) {
      if (std::size_t at = l.find(key); at != std::string_view::npos) {
        std::string_view name = trim(l.substr(at + key.size()));
        if (looks_like_name(name)) {
          set_department(i, name);
          return;
        }
      }
    }
  }
}

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
    mentions_.push_back(scan_mentions(p));
    paragraph_topics_.push_back(topic_of_line(p.first_line));
  }
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
  d.department_performance = read_department_performance(ctx, d);
  return d;
}

}  // namespace budgetlint::parse
