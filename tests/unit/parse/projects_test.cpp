// The 绩效目标表 of the seeds, field by field against what the text says.
#include <catch2/catch.hpp>

#include "budgetlint/parse.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

Disclosure parse_seed(const char* name) {
  auto dir = testing::seeds_dir();
  REQUIRE(dir);
  return parse::extract(SourceText::from_utf8(testing::read_file(*dir / name)));
}

std::string amount(const std::optional<Sourced<Amount>>& a) { return a ? a->value.to_string() : "<absent>"; }
std::string number(const Indicator& i) { return i.value.number ? i.value.number->to_string() : "<none>"; }

std::vector<std::string> plan(const Project& p) {
  std::vector<std::string> out;
  if (!p.plan) return out;
  for (const auto& pt : p.plan->points) out.push_back(std::to_string(pt.month) + ":" + pt.value.to_string());
  return out;
}

}  // namespace

TEST_CASE("projects: pingxiang 2024, pdftotext lines", "[parse][projects][seeds]") {
  Disclosure d = parse_seed("pingxiang-office-2024-budget.txt");
  REQUIRE(d.projects.size() == 11);
  std::vector<Amount> budgets;
  for (const Project& p : d.projects) {
    REQUIRE(p.budget);
    budgets.push_back(p.budget->value);
  }
  CHECK(checked_sum(budgets)->to_string() == "493.36");  // = 项目支出 of the narrative

  const Project& hotline = d.projects[1];
  CHECK(hotline.seq == 2);
  CHECK(hotline.name == "12345 热线平台");
  CHECK(hotline.code == "13053224P002735128843");
  CHECK(amount(hotline.budget) == "11.16");
  CHECK(amount(hotline.fiscal) == "11.16");
  CHECK(amount(hotline.other) == "<absent>");
  CHECK(hotline.purpose == "12345 热线平台");
  REQUIRE(hotline.plan);
  CHECK(hotline.plan->percent_header);
  // Three of four months printed: pdftotext does not say which.
  CHECK(plan(hotline) == std::vector<std::string>{"0:11.16", "0:11.16", "0:11.16"});
  REQUIRE(hotline.goals.size() == 2);
  CHECK(hotline.goals[1].number == 2);
  REQUIRE(hotline.indicators.size() == 9);
  const Indicator& seats = hotline.indicators[0];
  CHECK(seats.level1 == "产出指标");
  CHECK(seats.category == IndicatorCategory::Quantity);
  CHECK(seats.level3 == "热线平台坐席");
  CHECK(seats.description == "热线平台坐席数量");
  CHECK(seats.value_raw == "4个");
  CHECK(number(seats) == "4");
  CHECK(seats.value.unit == "个");
  CHECK(seats.basis == "市级统一采购12345热线平台通知");
  const Indicator& seat_cost = hotline.indicators[3];
  CHECK(seat_cost.category == IndicatorCategory::Cost);
  CHECK(number(seat_cost) == "2.79");
  CHECK(seat_cost.value.unit == "万元");
  // A row wrapped over a page break, its header repeated in between.
  const Indicator& platform = hotline.indicators[4];
  CHECK(platform.level1 == "效益指标");
  CHECK(platform.category == IndicatorCategory::Social);
  CHECK(platform.value.qualitative == "明显提升");
  CHECK(hotline.indicators[8].level == IndicatorLevel::Satisfaction);

  const Project& finance = d.projects[2];
  CHECK(finance.name == "金融综合业务管理");
  CHECK(plan(finance) == std::vector<std::string>{"3:2.00", "6:7.00", "10:12.00", "12:15.00"});
  REQUIRE(finance.indicators.size() == 12);
  CHECK(finance.indicators[5].value_raw == "≤2万元");
  CHECK(finance.indicators[6].value_raw == "≤13万元");
  CHECK(finance.indicators[6].level3 == "宣传品制作、办公费等");
}

TEST_CASE("projects: pingxiang 2021, Word cells without a header", "[parse][projects][seeds]") {
  Disclosure d = parse_seed("pingxiang-office-2021-budget.txt");
  REQUIRE(d.projects.size() == 9);
  const Project& base = d.projects[0];
  CHECK(base.name == "人民防空宣教基地建设(上年结转)");
  CHECK(!base.budget);
  CHECK(base.goals.size() == 3);
  REQUIRE(base.indicators.size() == 10);
  const Indicator& cost = base.indicators[4];
  CHECK(cost.category == IndicatorCategory::Cost);
  CHECK(cost.level3 == "在预算范围内");
  CHECK(cost.value.comparator == Comparator::AtMost);
  CHECK(number(cost) == "364815");
  CHECK(cost.value.unit == "百分比");
  CHECK(cost.basis == "年初预算");
  CHECK(base.indicators[7].value.qualitative == "较大提高");
  // “人民防空经费zd” opens with a row of percentages that lost its 资金支出计划 heading.
  REQUIRE(d.projects[4].stray_rows.size() == 1);
  CHECK(d.projects[4].stray_rows[0].value == "20.00% 50.00% 80.00% 100.00%");
  CHECK(!d.projects[4].plan);
}

TEST_CASE("projects: weixian 2020, 优/良/差 rows and values glued to prose", "[parse][projects][seeds]") {
  Disclosure d = parse_seed("weixian-office-2020-budget.txt");
  REQUIRE(d.projects.size() == 8);
  const Project& yearbook = d.projects[0];
  CHECK(yearbook.name == "《魏县年鉴》编纂工作经费");
  CHECK(yearbook.code == "434-0402-JXN-9AS9");
  CHECK(amount(yearbook.budget) == "6.00");
  CHECK(amount(yearbook.fiscal) == "6.00");
  CHECK(plan(yearbook) == std::vector<std::string>{"3:50.00", "6:100.00"});
  REQUIRE(yearbook.indicators.size() == 9);
  const Indicator& first = yearbook.indicators[0];
  CHECK(first.level1 == "产出指标");
  CHECK(first.category == IndicatorCategory::Quality);
  CHECK(first.level3 == "编纂印制《魏县年鉴》");
  CHECK(first.value_raw == "≥90以工作计划进度为指标100。");
  CHECK(first.value.comparator == Comparator::AtLeast);
  CHECK(number(first) == "90");
  CHECK(yearbook.indicators[2].value.comparator == Comparator::Less);
  CHECK(yearbook.indicators[3].level1 == "效果指标");
  CHECK(yearbook.indicators[3].level == IndicatorLevel::Outcome);
  // A cell with blank lines inside it still makes one row (project 3).
  CHECK(d.projects[2].indicators.size() == 9);
}

TEST_CASE("projects: langfang 2021, field codes in titles; the department-level table", "[parse][projects][seeds]") {
  Disclosure d = parse_seed("langfang-office-2021-budget.txt");
  REQUIRE(d.projects.size() == 16);
  CHECK(d.projects[0].name == "培育和发展信用服务市场专项经费");  // the { TC … } residue dropped
  CHECK(d.projects[6].seq == 7);
  CHECK(d.projects[6].name == "12345政府服务热线运行经费");
  CHECK(d.projects[15].name == "机关业务经费");
  REQUIRE(d.projects[2].goals.size() == 2);
  CHECK(d.projects[2].goals[0].number == 1);  // “1.2021年第一季度…” is goal 1, not 1.2021
  const Indicator& cost = d.projects[1].indicators[3];
  CHECK(cost.value_raw == "≤219.9万元");

  REQUIRE(d.department_performance.table_title);
  const auto& dept = d.department_performance.indicators;
  REQUIRE(dept.size() == 19);
  CHECK(dept[0].level1 == "部门产出");
  CHECK(dept[0].category == IndicatorCategory::Quantity);
  CHECK(dept[0].level3 == "政务督查检查次数");
  CHECK(dept[0].value_raw == "≥12次");
  CHECK(dept[0].value.comparator == Comparator::AtLeast);
  CHECK(dept[0].basis == "往年历史数据");
  CHECK(dept[8].value.comparator == Comparator::Equal);
  CHECK(dept[14].category == IndicatorCategory::Social);  // “社会” / “效益” over two lines
  CHECK(dept[14].value.qualitative == "降低隐患");
  CHECK(dept[18].category == IndicatorCategory::Satisfaction);
}

TEST_CASE("projects: the narrative's goals and the projects it names", "[parse][projects][seeds]") {
  Disclosure d = parse_seed("pingxiang-office-2024-budget.txt");
  const DepartmentPerformance& dp = d.department_performance;
  std::vector<std::string> names;
  for (const ProjectMention& m : dp.project_mentions) names.push_back(m.name);
  // “主要为政务服务与管理、政府电子政务、政府法律顾问工作经 / 费、…等项目 / 支出”, over three lines.
  CHECK(names == std::vector<std::string>{"政务服务与管理", "政府电子政务", "政府法律顾问工作经费", "金融综合业务管理",
                                          "12345热线平台", "综合业务事务管理", "协同联动办公平台",
                                          "县级数据汇聚子节点建设运营"});
  CHECK_FALSE(dp.mentions_complete);  // the list ends in 等
  CHECK_FALSE(dp.table_title);

  Disclosure lf = parse_seed("langfang-office-2021-budget.txt");
  REQUIRE(lf.department_performance.goals.size() == 9);
  const NarrativeGoal& yearbook = lf.department_performance.goals[3];
  CHECK(yearbook.title == "(四)地方志事务管理");
  CHECK(yearbook.indicators == "2021年度印制800册。");
}

TEST_CASE("projects: Word cells without a 描述 column, a cell over two lines", "[parse][projects]") {
  Disclosure d = parse::extract(
      SourceText::from_utf8("云溪县农业农村局\n2025年部门预算信息公开情况说明\n五、绩效目标\n"
                            "[bookmark: _Toc1]3、农田水利维修绩效目标表{ TC 3、农田水利维修 \\f C \\l 1 }\n"
                            "\t绩效目标\n\t1.完成渠道维修。\n2.保障春灌。\n\n"
                            "\t一级指标\n\t二级指标\n\t三级指标\n\t指标值\n\t指标值确定依据\n\n"
                            "\t产出指标\n\t数量指标\n\t维修渠道长度\n\t不少于12公里\n\t工作计划\n\n"
                            "\t\n\t成本指标\n\t维修费用\n\t≤30万元\n\t年初\n预算\n\n"
                            "六、政府采购预算情况\n"));
  REQUIRE(d.projects.size() == 1);
  const Project& p = d.projects[0];
  CHECK(p.seq == 3);
  CHECK(p.name == "农田水利维修");
  REQUIRE(p.goals.size() == 2);
  CHECK(p.goals[1].text == "2.保障春灌。");
  REQUIRE(p.indicators.size() == 2);
  CHECK(p.indicators[0].description.empty());
  CHECK(p.indicators[0].value.comparator == Comparator::AtLeast);
  CHECK(p.indicators[0].value.unit == "公里");
  CHECK(p.indicators[1].level1 == "产出指标");  // carried down from the row above
  CHECK(p.indicators[1].category == IndicatorCategory::Cost);
  CHECK(p.indicators[1].basis == "年初预算");
}

TEST_CASE("projects: pdftotext rows wrapped in every cell, columns told apart by width", "[parse][projects]") {
  Disclosure d = parse::extract(SourceText::from_utf8(
      "云溪县数据资源管理局 2025 年部门预算信息公开情况说明\n五、绩效目标\n\n"
      "1、数据共享平台建设绩效目标表\n单位：万元\n\n"
      "项目编码 101-2025-YX-0003 项目名称 数据共享平台建设\n\n"
      "预算规模及资金用途\n预算数 30.00 其中：财政 资金 30.00 其他资金\n\n"
      "一级指标 二级指标 三级指标 绩效指标描述 指标值 指标值确定依据\n\n产出指标\n\n"
      "质量指标\n部门数据接入平台并\n完成目录编制\n部门数据接入平台并完成目录编制，实现\n按需共享\n"
      "接入上级平台，实现\n按需共享\n工作计划\n\n"
      "时效指标 平台上线时间 平台建成上线的时间 ≤6 个月 工作计划\n"
      " 六、政府采购预算情况\n"));
  REQUIRE(d.projects.size() == 1);
  REQUIRE(d.projects[0].indicators.size() == 2);
  const Indicator& wrapped = d.projects[0].indicators[0];
  CHECK(wrapped.level3 == "部门数据接入平台并完成目录编制");
  CHECK(wrapped.description == "部门数据接入平台并完成目录编制,实现按需共享");
  CHECK(wrapped.value_raw == "接入上级平台,实现按需共享");
  CHECK(wrapped.basis == "工作计划");
  CHECK(!wrapped.value.number);
  const Indicator& on_one_line = d.projects[0].indicators[1];
  CHECK(on_one_line.value_raw == "≤6个月");
  CHECK(on_one_line.value.unit == "个月");
}
