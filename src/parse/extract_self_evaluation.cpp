// 部门整体支出绩效自评报告: the narrative's figures, per-item scores, group maxima and grade,
// and the two tables (scoring table, project list) from OCR or Word text or a PDF's geometry.
#include <algorithm>
#include <cstdio>
#include <memory>

#include "extract_context.hpp"
#include "tables/cell_rows.hpp"
#include "tables/pdf_rows.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxTitleCodePoints = 30;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

std::size_t skip_spaces(std::string_view s, std::size_t i) {
  while (i < s.size() && s[i] == ' ') ++i;
  return i;
}

// The decimal number starting at `i`, if any: [begin, end).
std::optional<std::pair<std::size_t, std::size_t>> number_at(std::string_view s, std::size_t i) {
  if (i >= s.size() || !is_digit(s[i])) return std::nullopt;
  std::size_t j = i;
  while (j < s.size() && is_digit(s[j])) ++j;
  if (j + 1 < s.size() && s[j] == '.' && is_digit(s[j + 1])) {
    ++j;
    while (j < s.size() && is_digit(s[j])) ++j;
  }
  return std::make_pair(i, j);
}

std::optional<Sourced<Amount>> amount_at(const Paragraph& p, std::size_t begin, std::size_t end) {
  std::string_view raw = std::string_view(p.text).substr(begin, end - begin);
  auto a = Amount::parse(raw);
  if (!a) return std::nullopt;
  return Sourced<Amount>{*a, p.to_doc(begin, end), std::string(raw)};
}

// ---- 部门基本情况: money figures by their words, staff counts ------------------------------

void assign_figure(const Mention& m, bool& final_accounts, SelfEvaluationFigures& f) {
  const std::string& l = m.label;
  auto set = [&](std::optional<Figure>& slot) {
    if (!slot) slot = to_figure(m);
  };
  if (contains(l, "预算收入")) {
    final_accounts = false;
    set(f.budget_income);
  } else if (contains(l, "预算支出")) {
    final_accounts = false;
    set(f.budget_expenditure);
  } else if (contains(l, "年初结转")) {
    final_accounts = true;
    set(f.carry_over);
  } else if (contains_any(l, {"本年度收入", "本年收入"})) {
    final_accounts = true;
    set(f.income);
  } else if (contains_any(l, {"本年度支出", "本年支出"})) {
    final_accounts = true;
    set(f.expenditure);
  } else if (contains(l, "基本支出")) {
    set(final_accounts ? f.basic : f.budget_basic);
  } else if (contains(l, "项目支出")) {
    set(final_accounts ? f.project : f.budget_project);
  } else if (contains_any(l, {"资产总计", "资产总额"})) {
    set(f.assets);
  } else if (contains(l, "非流动资产")) {
    set(f.noncurrent_assets);
  } else if (contains(l, "流动资产")) {
    set(f.current_assets);
  } else if (contains(l, "累计折旧")) {
    set(f.fixed_depreciation);
  } else if (contains(l, "摊销")) {
    set(f.intangible_amortization);
  } else if (contains(l, "固定资产原值")) {
    set(f.fixed_original);
  } else if (contains(l, "固定资产净值")) {
    set(f.fixed_net);
  } else if (contains(l, "无形资产原值")) {
    set(f.intangible_original);
  } else if (contains(l, "无形资产净值")) {
    set(f.intangible_net);
  } else if (contains(l, "总计")) {
    set(f.total);
  }
}

// “机关编制 21 人”, “在职实有人 23 人” / “实有人数 44 人”.
std::optional<Sourced<int>> head_count(const Paragraph& p, std::string_view key) {
  std::string_view t = p.text;
  // “规划编制和…” names no head count; the next “编制” may.
  for (std::size_t at = t.find(key); at != std::string_view::npos; at = t.find(key, at + key.size())) {
    std::size_t i = at + key.size();
    if (t.substr(i, 3) == "数") i += 3;
    if (t.substr(i, 3) == "为") i += 3;
    auto n = number_at(t, skip_spaces(t, i));
    if (!n || t.substr(skip_spaces(t, n->second), 3) != "人") continue;
    auto a = amount_at(p, n->first, n->second);
    if (!a || a->value.decimals != 0) continue;
    return Sourced<int>{static_cast<int>(a->value.micros / Amount::kScale), a->span, a->raw};
  }
  return std::nullopt;
}

void extract_figures(const ExtractContext& ctx, SelfEvaluation& se) {
  bool final_accounts = false;
  for (std::size_t pi : ctx.paragraphs_about(SectionTopic::EvalBasics)) {
    for (const Mention& m : ctx.mentions(pi)) assign_figure(m, final_accounts, se.figures);
    const Paragraph& p = ctx.paragraphs()[pi];
    if (!se.figures.staff_quota) se.figures.staff_quota = head_count(p, "编制");
    if (!se.figures.staff_actual) se.figures.staff_actual = head_count(p, "实有人");
  }
}

// ---- 指标分析: “（1）绩效目标科学性 … 故此项得分6.5分” under “1、投入指标（20分）” ------------

struct Item {
  std::string name;
  int group_level = 0;
  Paragraph text;
};

std::optional<Sourced<Amount>> first_rate(const Paragraph& p, std::size_t before) {
  std::string_view t = p.text;
  for (std::size_t i = 0; i < before && i < t.size(); ++i) {
    if (!is_digit(t[i]) || (i > 0 && (is_digit(t[i - 1]) || t[i - 1] == '.'))) continue;
    auto n = number_at(t, i);
    if (!n) continue;
    std::size_t after = skip_spaces(t, n->second);
    if (after < t.size() && t[after] == '%') return amount_at(p, n->first, n->second);
    i = n->second;
  }
  return std::nullopt;
}

void flush_item(Item& item, SelfEvaluation& se) {
  std::string_view t = item.text.text;
  for (std::string_view key : {"此项得分", "此项得"}) {
    std::size_t at = t.find(key);
    if (at == std::string_view::npos) continue;
    std::size_t i = skip_spaces(t, at + key.size());
    auto n = number_at(t, i);
    if (!n || t.substr(skip_spaces(t, n->second), 3) != "分") continue;
    auto score = amount_at(item.text, n->first, n->second);
    if (!score) continue;
    NarrativeScore s;
    s.name = item.name;
    s.group_level = item.group_level;
    s.score = *score;
    s.stated_rate = first_rate(item.text, at);
    se.narrative_scores.push_back(std::move(s));
    break;
  }
  item = Item{};
}

void extract_narrative_scores(const ExtractContext& ctx, SelfEvaluation& se) {
  const SourceText& source = ctx.source();
  int level1_kind = 0;  // the heading number kind (1、 or (一)) the 一级 groups use
  Item item;
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    if (ctx.topic_of_line(static_cast<std::uint32_t>(i)) != SectionTopic::EvalResults) continue;
    std::string_view raw = source.line(i);
    if (!raw.empty() && raw[0] == '\t') continue;
    std::string_view line = trim(raw);
    if (line.empty()) continue;
    auto offset = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
    HeadingNumber h = parse_heading_number(line);
    if (h.level == 0 || h.level == 1) {
      item.text.append_piece(line, offset);
      continue;
    }
    flush_item(item, se);
    std::string_view title = trim(line.substr(h.length));
    auto title_begin = static_cast<std::uint32_t>(offset + (title.data() - line.data()));
    auto [name, max] = split_maximum(title, title_begin);
    item.name = std::string(name);
    if (max) {
      if (level1_kind == 0) level1_kind = h.level;
      ScoreGroup g;
      g.level = h.level == level1_kind ? 1 : 2;
      g.name = item.name;
      g.maximum = max;
      g.span = {title_begin, static_cast<std::uint32_t>(title_begin + title.size())};
      item.group_level = g.level;
      se.narrative_groups.push_back(std::move(g));
    }
  }
  flush_item(item, se);
}

// ---- 评价结论: the grading scale, the total and the grade ---------------------------------

constexpr std::string_view kGrades[] = {"不合格", "优秀", "良好", "一般", "较差", "中等",
                                        "合格",   "优",   "良",   "中",   "差"};

std::optional<Amount> number_after(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && !is_digit(s[i])) ++i;
  auto n = number_at(s, i);
  return n ? Amount::parse(s.substr(n->first, n->second - n->first)) : std::nullopt;
}

std::optional<Amount> last_number(std::string_view s) {
  std::optional<Amount> out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!is_digit(s[i])) continue;
    auto n = number_at(s, i);
    out = Amount::parse(s.substr(n->first, n->second - n->first));
    i = n->second;
  }
  return out;
}

// “$75 \leq$ 得分 < 85 分为良好”, “得分 ≥ 85 分为优秀”, “得分 < 60 分为较差”.
std::optional<GradeBand> grade_band(const Paragraph& p, std::size_t begin, std::size_t end) {
  std::string_view clause = std::string_view(p.text).substr(begin, end - begin);
  std::size_t score = clause.find("得分");
  std::size_t is = clause.rfind("为");
  if (score == std::string_view::npos || is == std::string_view::npos || is < score) return std::nullopt;
  std::string_view grade = trim(clause.substr(is + 3));
  while (!grade.empty() && (grade.back() == '.' || grade.back() == ',')) grade.remove_suffix(1);
  bool known = false;
  for (std::string_view g : kGrades) known |= grade == g;
  if (!known) return std::nullopt;
  GradeBand band;
  band.grade = std::string(grade);
  std::string_view before = clause.substr(0, score);
  if (contains_any(before, {"≤", "\\leq", "<=", "<"})) band.lower = last_number(before);
  std::string_view after = trim(clause.substr(score + 6, is - score - 6));
  if (starts_with_any(after, {"≥", "\\geq", ">=", "大于或等于", "大于等于", "不低于"}))
    band.lower = number_after(after);
  if (starts_with_any(after, {"<", "小于", "低于"})) band.upper = number_after(after);
  if (!band.lower && !band.upper) return std::nullopt;
  band.span = p.to_doc(begin, end);
  return band;
}

void extract_grade(const ExtractContext& ctx, SelfEvaluation& se) {
  for (std::size_t pi : ctx.paragraphs_about(SectionTopic::EvalConclusion)) {
    const Paragraph& p = ctx.paragraphs()[pi];
    std::string_view t = p.text;
    std::size_t begin = 0;
    std::size_t next_semicolon = t.find(";");
    std::size_t next_stop = t.find("。");
    while (begin < t.size()) {
      // Each separator is searched again only once passed, so a long paragraph stays linear.
      if (next_semicolon < begin) next_semicolon = t.find(";", begin);
      if (next_stop < begin) next_stop = t.find("。", begin);
      std::size_t end = std::min(next_semicolon, next_stop);
      if (end == std::string_view::npos) end = t.size();
      // “分为4个等级：得分 ≥ 85 分为优秀”
      std::size_t colon = std::string_view(t.data() + begin, end - begin).find(':');
      std::size_t from = colon != std::string_view::npos ? begin + colon + 1 : begin;
      if (auto band = grade_band(p, skip_spaces(t, from), end)) se.grade_bands.push_back(std::move(*band));
      begin = end + (end < t.size() && t[end] == ';' ? 1 : 3);
    }
    for (std::size_t at = t.find("得分"); at != std::string_view::npos && !se.stated_total;
         at = t.find("得分", at + 6)) {
      auto n = number_at(t, skip_spaces(t, at + 6));
      if (n && t.substr(skip_spaces(t, n->second), 3) == "分") se.stated_total = amount_at(p, n->first, n->second);
    }
    if (std::size_t at = t.find("等级为"); at != std::string_view::npos && !se.stated_grade) {
      std::size_t i = skip_spaces(t, at + 9);
      for (std::string_view q : {"“", "\"", "「"}) {
        if (t.substr(i, q.size()) == q) i += q.size();
      }
      for (std::string_view g : kGrades) {
        if (t.substr(i, g.size()) == g) {
          se.stated_grade = Sourced<std::string>{std::string(g), p.to_doc(i, i + g.size()), std::string(g)};
          break;
        }
      }
    }
  }
}

// “我单位2021项目22个”, “共有项目 3 个”.
void extract_project_count(const ExtractContext& ctx, SelfEvaluation& se) {
  for (std::size_t pi = 0; pi < ctx.paragraphs().size() && !se.claimed_project_count; ++pi) {
    const Paragraph& p = ctx.paragraphs()[pi];
    if (p.table_cell) continue;
    std::string_view t = p.text;
    for (std::size_t at = t.find("项目"); at != std::string_view::npos; at = t.find("项目", at + 6)) {
      auto n = number_at(t, skip_spaces(t, at + 6));
      if (!n || t.substr(skip_spaces(t, n->second), 3) != "个") continue;
      auto a = amount_at(p, n->first, n->second);
      if (!a || a->value.decimals != 0) continue;
      se.claimed_project_count = Sourced<int>{static_cast<int>(a->value.micros / Amount::kScale), a->span, a->raw};
      break;
    }
  }
}

// ---- the signature date: “2022年5月19日” on a line of its own ------------------------------

std::optional<int> digits_then(std::string_view line, std::size_t& i, std::string_view unit, std::size_t max_digits) {
  i = skip_spaces(line, i);
  std::size_t start = i;
  while (i < line.size() && is_digit(line[i])) ++i;
  if (i == start || i - start > max_digits) return std::nullopt;
  int value = std::stoi(std::string(line.substr(start, i - start)));
  i = skip_spaces(line, i);
  if (line.substr(i, unit.size()) != unit) return std::nullopt;
  i += unit.size();
  return value;
}

void extract_report_date(const SourceText& source, std::size_t before_line, SelfEvaluation& se) {
  for (std::size_t l = 0; l < before_line && l < source.line_count(); ++l) {
    std::string_view raw = source.line(l);
    std::string_view line = trim(raw);
    std::size_t i = 0;
    auto year = digits_then(line, i, "年", 4);
    auto month = year ? digits_then(line, i, "月", 2) : std::nullopt;
    auto day = month ? digits_then(line, i, "日", 2) : std::nullopt;
    if (!day || i != line.size() || *month < 1 || *month > 12 || *day < 1 || *day > 31) continue;
    char iso[16];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", *year, *month, *day);
    auto b = static_cast<std::uint32_t>(source.line_start(l) + (line.data() - raw.data()));
    se.report_date = Sourced<std::string>{iso, {b, static_cast<std::uint32_t>(b + line.size())}, std::string(line)};
  }
}

// ---- the two tables --------------------------------------------------------------------

// The line of a table title (“部门整体支出绩效自评表”), not a sentence that names it.
std::optional<std::size_t> title_line(const SourceText& source, std::string_view key, std::size_t from) {
  for (std::size_t i = from; i < source.line_count(); ++i) {
    std::string_view line = trim(source.line(i));
    // “（三）分项绩效项目清单” heads a part of the narrative, not the table.
    if (!contains(line, key) || contains_any(line, {"。", ",", ";"}) || count_code_points(line) > kMaxTitleCodePoints ||
        line.find('\t') != std::string_view::npos || parse_heading_number(line).level != 0)
      continue;
    return i;
  }
  return std::nullopt;
}

Span line_span(const SourceText& source, std::size_t line) {
  std::string_view raw = source.line(line);
  std::string_view t = trim(raw);
  auto b = static_cast<std::uint32_t>(source.line_start(line) + (t.data() - raw.data()));
  return {b, static_cast<std::uint32_t>(b + t.size())};
}

// How the two tables print in a PDF: the score table has a row per 分值 and its 一级/二级
// cells merged over rows; the project list a row per 序号. Both end at 合计 or a note.
pdf::AnchoredForm score_form() {
  pdf::AnchoredForm f;
  f.is_header = [](const std::string& labels) { return contains(labels, "分值") && contains(labels, "指标"); };
  f.anchor = [](const std::string& label) { return label == "分值"; };
  f.merged = [](const std::string& label) { return contains_any(label, {"一级", "二级"}); };
  f.ends_body = [](const std::string& line) { return starts_with_any(line, {"合计", "总计", "备注", "注:"}); };
  f.header.wrap_gap_em = 0.2f;  // the lines of a header cell touch; the unit line stands apart
  f.header.labels_split = true;  // narrow columns: “一级指” over “标”, “序” over “号”
  return f;
}

pdf::AnchoredForm project_list_form() {
  pdf::AnchoredForm f = score_form();
  f.is_header = [](const std::string& labels) { return contains(labels, "序号") && contains(labels, "项目名称"); };
  f.anchor = [](const std::string& label) { return label == "序号"; };
  f.merged = [](const std::string&) { return false; };
  f.header.label_chars = 12;  // “分项项目绩效目标完成” over “情况”
  return f;
}

// The rows of lines [first, last): by the words' places in a PDF, else from the text.
std::vector<GridRow> table_rows(const SourceText& source, const Layout& layout, std::size_t first, std::size_t last,
                                const pdf::AnchoredForm& form) {
  if (layout.type != FileType::Pdf) return read_cell_rows(source, first, last);
  std::vector<const LayoutWord*> words;
  for (const LayoutWord& w : layout.words) {
    if (w.line >= first && w.line < last) words.push_back(&w);
  }
  return pdf::anchored_rows(source, words, form);
}

void extract_tables(const SourceText& source, const Layout& layout, SelfEvaluation& se) {
  auto scores = title_line(source, "绩效自评表", 0);
  auto projects = title_line(source, "项目清单", 0);
  std::size_t lines = source.line_count();
  // Either table may come first; each runs to the other's title or to the end.
  auto end_of = [&](std::size_t title, const std::optional<std::size_t>& other) {
    return other && *other > title ? *other : lines;
  };
  // The signature closes the narrative; the tables after it carry no date of their own.
  extract_report_date(source, std::min(scores.value_or(lines), projects.value_or(lines)), se);
  if (scores) {
    se.table_title = line_span(source, *scores);
    read_score_table(table_rows(source, layout, *scores + 1, end_of(*scores, projects), score_form()), se);
  }
  if (projects) {
    se.project_list_title = line_span(source, *projects);
    read_project_list(table_rows(source, layout, *projects + 1, end_of(*projects, scores), project_list_form()), se);
  }
}

}  // namespace

void extract_self_evaluation(const ExtractContext& ctx, const Layout& layout, Disclosure& d) {
  if (d.kind != DocumentKind::SelfEvaluation) return;
  auto se = std::make_shared<SelfEvaluation>();
  extract_figures(ctx, *se);
  extract_narrative_scores(ctx, *se);
  extract_grade(ctx, *se);
  extract_project_count(ctx, *se);
  extract_tables(ctx.source(), layout, *se);
  d.self_evaluation = std::move(se);
}

}  // namespace budgetlint::parse
