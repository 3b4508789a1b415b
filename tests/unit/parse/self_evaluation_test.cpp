#include <catch2/catch.hpp>

#include "budgetlint/parse.hpp"
#include "budgetlint/self_evaluation.hpp"
#include "report/self_evaluation_json.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

std::string value(const std::optional<Figure>& f) { return f ? f->money.value.amount.to_string() : "<absent>"; }
std::string value(const std::optional<Sourced<Amount>>& a) { return a ? a->value.to_string() : "<absent>"; }

Disclosure parse_text(const std::string& text) { return parse::extract(SourceText::from_utf8(text)); }

std::string group_of(const SelfEvaluation& se, int index) {
  return index < 0 ? "<none>" : se.groups[static_cast<std::size_t>(index)].name;
}

// The Word flavour (one cell per line, each starting with a TAB, a blank line after each row)
// rewritten as the OCR flavour (one line per row, TABs between the cells).
std::string word_to_ocr(const std::string& text) {
  std::string out;
  std::vector<std::string> cells;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    at = end + 1;
    if (!line.empty() && line[0] == '\t') {
      cells.push_back(line.substr(1));
      continue;
    }
    if (!cells.empty()) {
      std::string row;
      for (std::size_t i = 0; i < cells.size(); ++i) row += (i ? "\t" : "") + cells[i];
      out += row + "\n";
      cells.clear();
      if (line.empty()) continue;  // the blank line that ended the row
    }
    out += line + "\n";
  }
  return out;
}

// The model without positions: what both flavours must agree on.
nlohmann::json shape(const std::string& text) {
  SourceText source = SourceText::from_utf8(text);
  Disclosure d = parse::extract(source);
  REQUIRE(d.self_evaluation);
  nlohmann::json j = report::self_evaluation_json(*d.self_evaluation, source);
  nlohmann::json flat = j.flatten();
  for (auto it = flat.begin(); it != flat.end();) {
    const std::string& key = it.key();
    bool position =
        key.size() > 5 && (key.substr(key.size() - 5) == "/line" || key.substr(key.size() - 7) == "/column");
    it = position ? flat.erase(it) : std::next(it);
  }
  return flat.unflatten();
}

}  // namespace

// Every value below was read by hand from seeds/gaoyi-office-2021-selfeval.txt.
TEST_CASE("self-evaluation: the narrative figures of the Gaoyi seed", "[parse][selfeval][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse_text(testing::read_file(*seeds / "gaoyi-office-2021-selfeval.txt"));
  CHECK(d.kind == DocumentKind::SelfEvaluation);
  CHECK(d.department->value == "高邑县人民政府办公室");
  CHECK(d.year->value == 2021);
  REQUIRE(d.self_evaluation);
  REQUIRE(d.self_evaluation->report_date);
  CHECK(d.self_evaluation->report_date->value == "2022-05-19");
  const SelfEvaluationFigures& f = d.self_evaluation->figures;
  CHECK(value(f.budget_income) == "977.56");
  CHECK(value(f.budget_expenditure) == "977.56");
  CHECK(value(f.budget_basic) == "354.7");
  CHECK(value(f.budget_project) == "622.86");
  CHECK(value(f.carry_over) == "98.12");
  CHECK(value(f.income) == "1308.05");
  CHECK(value(f.total) == "1406.17");
  CHECK(value(f.expenditure) == "906.09");
  CHECK(value(f.basic) == "326.08");
  CHECK(value(f.project) == "580.01");
  CHECK(value(f.assets) == "1146.92");
  CHECK(value(f.current_assets) == "505.39");
  CHECK(value(f.noncurrent_assets) == "641.53");
  CHECK(value(f.fixed_original) == "947.09");
  CHECK(value(f.fixed_depreciation) == "355.54");
  CHECK(value(f.fixed_net) == "591.55");
  CHECK(value(f.intangible_original) == "50.4");
  CHECK(value(f.intangible_amortization) == "0.42");
  CHECK(value(f.intangible_net) == "49.98");
  REQUIRE(f.staff_quota);
  CHECK(f.staff_quota->value == 21);
  REQUIRE(f.staff_actual);
  CHECK(f.staff_actual->value == 23);
}

TEST_CASE("self-evaluation: the scores, groups and grade of the Gaoyi seed", "[parse][selfeval][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse_text(testing::read_file(*seeds / "gaoyi-office-2021-selfeval.txt"));
  REQUIRE(d.self_evaluation);
  const SelfEvaluation& se = *d.self_evaluation;

  // The narrative: 33 item scores under 4 一级 and 8 二级 headings with their maxima.
  REQUIRE(se.narrative_scores.size() == 33);
  CHECK(se.narrative_scores[0].name == "绩效目标科学性");
  CHECK(se.narrative_scores[0].score.value.to_string() == "6.5");
  CHECK(se.narrative_scores[8].name == "资金结余结转率");
  CHECK(value(se.narrative_scores[8].stated_rate) == "35");
  CHECK(se.narrative_scores[9].name == "“三公经费”控制率");  // “故此” / “项得 2 分” across a blank line
  CHECK(se.narrative_scores[9].score.value.to_string() == "2");
  CHECK(se.narrative_scores[30].name == "时效指标");  // a group scored as a whole
  CHECK(se.narrative_scores[30].group_level == 2);
  CHECK(se.narrative_scores[32].score.value.to_string() == "6");
  REQUIRE(se.narrative_groups.size() == 12);
  CHECK(se.narrative_groups[0].level == 1);
  CHECK(se.narrative_groups[0].name == "投入指标");
  CHECK(value(se.narrative_groups[0].maximum) == "20");
  CHECK(se.narrative_groups[5].name == "预算管理");
  CHECK(value(se.narrative_groups[5].maximum) == "7");

  // The table: 预算执行 row, 33 indicator rows adding up to 100 and 96.5.
  CHECK(value(se.table_budget) == "1308.05");
  CHECK(value(se.table_spent) == "906.09");
  CHECK(value(se.table_rate) == "69");
  REQUIRE(se.scores.size() == 33);
  std::vector<Amount> maxima, scores;
  for (const ScoreRow& r : se.scores) {
    maxima.push_back(r.maximum.value);
    scores.push_back(r.score.value);
  }
  CHECK(checked_sum(maxima)->to_string() == "100");
  CHECK(checked_sum(scores)->to_string() == "96.5");
  CHECK(value(se.total_maximum) == "100");
  CHECK(value(se.total_score) == "96.5");
  const ScoreRow& first = se.scores[0];
  CHECK(group_of(se, first.group1) == "投入");
  CHECK(group_of(se, first.group2) == "绩效目标管理");
  CHECK(first.name == "绩效目标科学性");
  CHECK(first.maximum.value.to_string() == "7");
  CHECK(first.score.value.to_string() == "6.5");
  CHECK(group_of(se, se.scores[1].group2) == "绩效目标管理");  // merged cells carried down
  CHECK(se.scores[1].name == "绩效指标科学性");
  // 管理制度健全性 stands before the page break, its 预算管理 cell after it.
  CHECK(se.scores[14].name == "管理制度健全性");
  CHECK(group_of(se, se.scores[14].group2) == "预算管理");
  CHECK(group_of(se, se.scores[13].group2) == "预算执行");
  CHECK(group_of(se, se.scores[30].group2) == "时效指标");
  CHECK(se.scores[30].name == "资金拨付时效");
  CHECK(group_of(se, se.scores[31].group1) == "效果");
  CHECK(group_of(se, se.scores[31].group2) == "履职效益");
  CHECK(se.scores[31].name == "部门整体效益");
  CHECK(se.scores[31].maximum.value.to_string() == "9");
  CHECK(se.scores[31].score.value.to_string() == "8");
  CHECK(se.deviation.rfind("进一步制定完善的管理制度", 0) == 0);

  REQUIRE(se.grade_bands.size() == 4);
  CHECK(se.grade_bands[0].grade == "优秀");
  CHECK(se.grade_bands[0].lower->to_string() == "85");
  CHECK_FALSE(se.grade_bands[0].upper);
  CHECK(se.grade_bands[1].grade == "良好");  // “$75 \leq$ 得分 < 85 分为良好”
  CHECK(se.grade_bands[1].lower->to_string() == "75");
  CHECK(se.grade_bands[1].upper->to_string() == "85");
  CHECK(se.grade_bands[3].grade == "较差");
  CHECK(se.grade_bands[3].upper->to_string() == "60");
  CHECK(value(se.stated_total) == "96.5");
  REQUIRE(se.stated_grade);
  CHECK(se.stated_grade->value == "优秀");
}

TEST_CASE("self-evaluation: the 22 projects of the Gaoyi seed", "[parse][selfeval][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse_text(testing::read_file(*seeds / "gaoyi-office-2021-selfeval.txt"));
  REQUIRE(d.self_evaluation);
  const SelfEvaluation& se = *d.self_evaluation;
  REQUIRE(se.claimed_project_count);
  CHECK(se.claimed_project_count->value == 22);
  REQUIRE(se.projects.size() == 22);
  std::vector<Amount> budgets, spent;
  for (const EvaluatedProject& p : se.projects) {
    budgets.push_back(p.budget->value);
    spent.push_back(p.spent->value);
  }
  CHECK(checked_sum(budgets)->to_string() == "580.010");
  CHECK(checked_sum(spent)->to_string() == "580.010");
  const EvaluatedProject& tenth = se.projects[9];
  CHECK(tenth.seq->value == 10);
  CHECK(tenth.name == "电子政务外网改造升级项目");
  CHECK(value(tenth.budget) == "307.991");
  CHECK(value(tenth.returned) == "0");
  CHECK(value(se.projects[3].budget) == "5.000");  // “5” in a column that prints 307.991
  CHECK(value(tenth.score) == "92");
  CHECK(tenth.target == "完成电子政务外网升级改造");
  CHECK(tenth.outcome == "已完成升级改造");
  CHECK(se.projects[16].name == "工作经费");
  CHECK(se.projects[16].target.empty());  // the seed leaves both cells empty
  CHECK(se.projects[16].outcome.empty());
}

TEST_CASE("self-evaluation: the Word sample parses to the same model as its OCR rendering", "[parse][selfeval]") {
  std::string word = testing::read_file(testing::source_dir() / "samples" / "word" / "yunxi-fgj-2024-selfeval.txt");
  std::string ocr = word_to_ocr(word);
  REQUIRE(ocr != word);
  REQUIRE(ocr.find("投入（20）\t目标设定（10）\t绩效目标合理性") != std::string::npos);
  nlohmann::json from_word = shape(word);
  nlohmann::json from_ocr = shape(ocr);
  CHECK(from_word["scores"].size() == 16);
  CHECK(from_word["groups"].size() == 13);
  CHECK(from_word["projects"].size() == 5);
  CHECK(from_word["total"]["score"]["value"] == "94.5");
  CHECK(from_word["execution"]["rate_percent"]["value"] == "96.18");
  CHECK(from_word["figures"]["project"]["value"] == "206.20");
  CHECK(from_word["report_date"] == "2025-04-10");
  CHECK(from_word["figures"]["staff_quota"]["value"] == 28);
  CHECK(from_word["figures"]["staff_actual"]["value"] == 26);
  CHECK(nlohmann::json::diff(from_word, from_ocr).dump() == "[]");
}

TEST_CASE("self-evaluation: the project list may come before the scoring table", "[parse][selfeval]") {
  Disclosure d = parse_text(
      "某局 2024 年度整体支出绩效自评报告\n"
      "三、部门整体支出绩效目标实现情况及指标分析\n"
      "（二）分项绩效项目清单\n"
      "我局项目1个。\n"
      "分项绩效项目清单\n"
      "序号\t项目名称\t预算数\t执行数\t结余交回财政数\t自评得分\t分项项目绩效目标\t分项项目绩效目标完成情况\n"
      "1\t信息化运维\t20.00\t18.00\t2.00\t95\t系统稳定运行\t已完成\n"
      "部门整体支出绩效自评表\n"
      "一级指标\t二级指标\t三级指标\t指标内容\t评价标准\t分值\t自评得分\n"
      "投入（100）\t预算执行\t支出进度\t是否符合序时进度\t每次扣1分\t100\t99\n"
      "合计\t\t\t\t\t100\t99\n");
  REQUIRE(d.self_evaluation);
  const SelfEvaluation& se = *d.self_evaluation;
  REQUIRE(se.projects.size() == 1);
  CHECK(se.projects[0].name == "信息化运维");
  CHECK(value(se.projects[0].returned) == "2.00");
  REQUIRE(se.scores.size() == 1);  // the list's rows are not read as scores, nor the reverse
  CHECK(se.scores[0].name == "支出进度");
  CHECK(value(se.total_score) == "99");
  REQUIRE(se.claimed_project_count);
  CHECK(se.claimed_project_count->value == 1);

  // A narrative heading that names the list is not its title.
  Disclosure e = parse_text(
      "某局 2024 年度整体支出绩效自评报告\n"
      "（二）分项绩效项目清单\n"
      "部门整体支出绩效自评表\n"
      "一级指标\t二级指标\t三级指标\t指标内容\t评价标准\t分值\t自评得分\n"
      "投入（100）\t预算执行\t支出进度\t是否符合序时进度\t每次扣1分\t100\t99\n"
      "分项绩效项目清单\n"
      "序号\t项目名称\t预算数\t执行数\t结余交回财政数\t自评得分\t分项项目绩效目标\t分项项目绩效目标完成情况\n"
      "1\t信息化运维\t20.00\t18.00\t2.00\t95\t系统稳定运行\t已完成\n");
  REQUIRE(e.self_evaluation);
  CHECK(e.self_evaluation->scores.size() == 1);
  CHECK(e.self_evaluation->projects.size() == 1);
}

TEST_CASE("self-evaluation: head counts after other uses of 编制", "[parse][selfeval]") {
  Disclosure d = parse_text(
      "某局 2024 年度整体支出绩效自评报告\n一、部门基本情况\n"
      "我局负责国土空间规划编制等工作，机关编制 46 人，2024 年末在职实有人数 44 人。\n");
  REQUIRE(d.self_evaluation);
  REQUIRE(d.self_evaluation->figures.staff_quota);
  CHECK(d.self_evaluation->figures.staff_quota->value == 46);
  REQUIRE(d.self_evaluation->figures.staff_actual);
  CHECK(d.self_evaluation->figures.staff_actual->value == 44);
}
