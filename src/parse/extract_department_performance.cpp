// The department as a whole: its indicator table with 符号/值/单位 columns (seed langfang
// 2021), the narrative's 绩效目标/绩效指标 paragraphs and the projects it names.
#include "mentions.hpp"
#include "performance_text.hpp"
#include "projects.hpp"

namespace budgetlint::parse {

using namespace performance;

namespace {

void read_department_table(const SourceText& source, DepartmentPerformance& out) {
  // 一级 二级 三级 评分规则 描述 符号 值 单位 依据
  enum Column : std::size_t {
    kLevel1,
    kLevel2,
    kLevel3,
    kScoring,
    kDescription,
    kSymbol,
    kValue,
    kUnit,
    kBasis,
    kCells
  };
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    std::string_view raw = source.line(i);
    if (raw.empty() || raw[0] == '\t' || !contains(raw, "部门整体支出绩效指标") ||
        count_code_points(trim(raw)) > kMaxTitleCodePoints)
      continue;
    std::size_t last = std::min(source.line_count(), i + 1 + kMaxTableLines);
    for (std::size_t j = i + 1; j < last; ++j) {
      if (ends_tables(source.line(j)) || table_title(source, j)) {
        last = j;
        break;
      }
    }
    std::vector<Indicator> indicators;
    std::string level1;
    std::string level2;
    for (const Row& row : word_rows(source, i + 1, last)) {
      if (row.size() < kCells || contains(spaceless(row[kSymbol].text()), "符号")) continue;
      if (!row[kLevel1].blank()) level1 = spaceless(row[kLevel1].text());
      if (!row[kLevel2].blank()) level2 = spaceless(row[kLevel2].text());
      Indicator ind;
      ind.level2 = level2;
      ind.level3 = row[kLevel3].text("");
      ind.scoring = row[kScoring].text("");
      ind.description = row[kDescription].text("");
      std::string value = row[kSymbol].text("") + row[kValue].text("") + row[kUnit].text("");
      set_value(ind, value, row[kValue].blank() ? row[kSymbol].span : row[kValue].span);
      ind.basis = row[kBasis].text("");
      ind.basis_span = row[kBasis].span;
      ind.span = row[kLevel3].span;
      finish_indicator(ind, level1);
      indicators.push_back(std::move(ind));
    }
    if (indicators.empty()) continue;
    out.table_title = span_of(piece_of(source, i, 0).begin, trim(raw));
    out.indicators = std::move(indicators);
    return;
  }
}

std::string_view after_label(std::string_view text, std::string_view label) {
  text = trim(text);
  return starts_with(text, label) ? trim(text.substr(label.size())) : std::string_view();
}

// “（一）政务督查” / “绩效目标：…” / “绩效指标：…”, as paragraphs of the narrative.
void read_narrative_goals(const ExtractContext& ctx, DepartmentPerformance& out) {
  const auto& paragraphs = ctx.paragraphs();
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    const Paragraph& p = paragraphs[i];
    std::string_view goal = after_label(p.text, "绩效目标:");
    if (p.table_cell || goal.empty()) continue;
    NarrativeGoal g;
    g.goal = std::string(goal);
    std::size_t at = p.text.find("绩效目标:");
    g.span = p.to_doc(at, at + std::string_view("绩效目标:").size());
    if (i + 1 < paragraphs.size()) g.indicators = std::string(after_label(paragraphs[i + 1].text, "绩效指标:"));
    if (i > 0) {
      std::string_view above = trim(paragraphs[i - 1].text);
      if (!above.empty() && count_code_points(above) <= 30 && !starts_with(above, "绩效")) g.title = std::string(above);
    }
    out.goals.push_back(std::move(g));
  }
}

// “项目支出493.36万元，主要为政务服务与管理、政府电子政务、…等项目支出。”
void read_project_mentions(const ExtractContext& ctx, const Disclosure& d, DepartmentPerformance& out) {
  if (!d.expenditure.project) return;
  const Span figure = d.expenditure.project->money.span;
  for (std::size_t i = 0; i < ctx.paragraphs().size(); ++i) {
    for (const Mention& m : ctx.mentions(i)) {
      if (m.money.span.begin != figure.begin) continue;
      const Paragraph& p = ctx.paragraphs()[i];
      std::size_t end = p.text.find("。", m.end);
      if (end == std::string::npos) end = p.text.size();
      std::size_t list = p.text.find("主要", m.end);
      if (list == std::string::npos || list >= end || list > m.end + 9) return;
      list += std::string_view("主要").size();
      for (std::string_view verb : {"用于", "包括", "为", "是", "有"}) {
        if (p.text.compare(list, verb.size(), verb) == 0) {
          list += verb.size();
          break;
        }
      }
      std::string_view items(p.text.data() + list, end - list);
      out.mentions_complete = true;
      for (std::string_view tail : {"等项目支出", "等项目", "等支出", "等"}) {
        if (items.size() >= tail.size() && items.substr(items.size() - tail.size()) == tail) {
          items.remove_suffix(tail.size());
          out.mentions_complete = false;
          break;
        }
      }
      std::size_t from = 0;
      while (from <= items.size()) {
        std::size_t to = items.find("、", from);
        if (to == std::string_view::npos) to = items.size();
        std::string_view name = trim(items.substr(from, to - from));
        if (!name.empty() && count_code_points(name) <= kMaxTitleCodePoints) {
          std::size_t begin = list + static_cast<std::size_t>(name.data() - items.data());
          out.project_mentions.push_back({std::string(name), p.to_doc(begin, begin + name.size())});
        }
        from = to + std::string_view("、").size();
      }
      return;
    }
  }
}

}  // namespace

DepartmentPerformance read_department_performance(const ExtractContext& ctx, const Disclosure& d) {
  DepartmentPerformance out;
  read_department_table(ctx.source(), out);
  read_narrative_goals(ctx, out);
  read_project_mentions(ctx, d, out);
  return out;
}

}  // namespace budgetlint::parse
