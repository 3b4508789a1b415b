// Single-figure mutations of the Gaoyi self-evaluation seed: every score, maximum, total,
// 执行率 and project amount, changed one at a time (its first digit bumped), must be reported.
// Figures that take part in an identity must be reported at their own line; a 分值 only breaks
// a sum (Σ 分值 = 100, a group's maximum), so it must be reported somewhere. The WARN lines are
// the detection table of the closing note.
#include <catch2/catch.hpp>

#include <set>

#include "budgetlint/parse.hpp"
#include "budgetlint/self_evaluation.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

// Bumps the first digit at or after normalised offset `begin`, in the original text.
std::string bump_first_digit(const std::string& text, const SourceText& source, std::uint32_t begin) {
  Location at = source.location(begin);
  std::size_t pos = testing::offset_of(text, at.line, at.column);
  while (pos < text.size() && (text[pos] < '0' || text[pos] > '9')) ++pos;
  std::string out = text;
  REQUIRE(pos < out.size());
  out[pos] = out[pos] == '9' ? '8' : static_cast<char>(out[pos] + 1);
  return out;
}

std::set<std::pair<std::uint32_t, std::string>> problems(const FileResult& r) {
  std::set<std::pair<std::uint32_t, std::string>> out;
  for (const Finding& f : r.findings) {
    if (f.severity != Severity::Info) out.emplace(f.location.line, f.code);
  }
  return out;
}

struct Category {
  std::string name;
  bool at_line = true;  // false: reported anywhere (a new error or warning)
  std::vector<Span> figures;
};

void add(Category& c, const std::optional<Sourced<Amount>>& a) {
  if (a) c.figures.push_back(a->span);
}

void add(Category& c, const std::optional<Figure>& f) {
  if (f) c.figures.push_back(f->money.span);
}

}  // namespace

TEST_CASE("self-evaluation mutation: scores, totals, 执行率 and project amounts of the Gaoyi seed",
          "[mutation][selfeval][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  std::string text = testing::read_file(*seeds / "gaoyi-office-2021-selfeval.txt");
  SourceText source = SourceText::from_utf8(text);
  Disclosure d = parse::extract(source);
  REQUIRE(d.self_evaluation);
  const SelfEvaluation& se = *d.self_evaluation;

  std::vector<Category> categories = {{"自评表 自评得分", true, {}},      {"自评表 分值", false, {}},
                                      {"自评表 组满分", true, {}},        {"自评表 合计", true, {}},
                                      {"预算数/执行数/执行率", true, {}}, {"正文 逐项得分", true, {}},
                                      {"正文 组满分", true, {}},          {"评价结论 总得分", true, {}},
                                      {"正文 收支与资产数字", true, {}},  {"项目 预算数/执行数/结余", true, {}},
                                      {"正文 项目个数", true, {}}};
  for (const ScoreRow& r : se.scores) {
    categories[0].figures.push_back(r.score.span);
    categories[1].figures.push_back(r.maximum.span);
  }
  for (const ScoreGroup& g : se.groups) add(categories[2], g.maximum);
  add(categories[3], se.total_maximum);
  add(categories[3], se.total_score);
  add(categories[4], se.table_budget);
  add(categories[4], se.table_spent);
  add(categories[4], se.table_rate);
  for (const NarrativeScore& n : se.narrative_scores) categories[5].figures.push_back(n.score.span);
  for (const ScoreGroup& g : se.narrative_groups) add(categories[6], g.maximum);
  add(categories[7], se.stated_total);
  const SelfEvaluationFigures& f = se.figures;
  for (const auto* fig :
       {&f.budget_income, &f.budget_expenditure, &f.budget_basic, &f.budget_project, &f.carry_over, &f.income, &f.total,
        &f.expenditure, &f.basic, &f.project, &f.assets, &f.current_assets, &f.noncurrent_assets, &f.fixed_original,
        &f.fixed_depreciation, &f.fixed_net, &f.intangible_original, &f.intangible_amortization, &f.intangible_net})
    add(categories[8], *fig);
  if (se.claimed_project_count) categories[10].figures.push_back(se.claimed_project_count->span);
  for (const EvaluatedProject& p : se.projects) {
    add(categories[9], p.budget);
    add(categories[9], p.spent);
    add(categories[9], p.returned);
  }

  auto original = problems(testing::check_text(text));
  std::size_t all_tried = 0;
  std::size_t all_detected = 0;
  for (const Category& c : categories) {
    std::size_t detected = 0;
    for (const Span& span : c.figures) {
      Location at = source.location(span.begin);
      INFO(c.name << " at " << at.line << ":" << at.column);
      FileResult r = testing::check_text(bump_first_digit(text, source, span.begin));
      bool found = false;
      if (c.at_line) {
        found = testing::problem_at(r, at.line);
      } else {
        for (const auto& p : problems(r)) found |= original.count(p) == 0;
      }
      CHECK(found);
      detected += found;
    }
    WARN("self-evaluation mutations, " << c.name << (c.at_line ? " (at its line)" : " (anywhere)") << ": " << detected
                                       << " of " << c.figures.size());
    all_tried += c.figures.size();
    all_detected += detected;
  }
  CHECK(categories[0].figures.size() == 33);
  CHECK(categories[5].figures.size() == 33);
  CHECK(categories[9].figures.size() == 66);
  // The grade word is no digit: every other grade of the report's own scale, one at a time.
  REQUIRE(se.stated_grade);
  Location grade_at = source.location(se.stated_grade->span.begin);
  std::size_t grades_detected = 0;
  std::size_t grades_tried = 0;
  for (const GradeBand& band : se.grade_bands) {
    if (band.grade == se.stated_grade->value) continue;
    std::string mutated = text;
    std::size_t at = mutated.find("等级为“" + se.stated_grade->value);
    REQUIRE(at != std::string::npos);
    mutated.replace(at + std::string("等级为“").size(), se.stated_grade->value.size(), band.grade);
    bool found = testing::reported_at(testing::check_text(mutated), "E107", grade_at.line);
    CHECK(found);
    ++grades_tried;
    grades_detected += found;
  }
  WARN("self-evaluation mutations, 评价等级 (E107 at its line): " << grades_detected << " of " << grades_tried);
  all_tried += grades_tried;
  all_detected += grades_detected;
  WARN("self-evaluation mutations detected: " << all_detected << " of " << all_tried);
}
