#include <catch2/catch.hpp>

#include "budgetlint/parse.hpp"

using namespace budgetlint;

TEST_CASE("segment: numbered headings with topics and line ranges", "[parse][segment]") {
  auto st = SourceText::from_utf8(
      "某局2025年部门预算信息公开情况说明\n"
      "一、部门职责及机构设置情况\n"
      "(一)协助局领导组织起草文件；负责日常公文办理，包括上级来文办理，各科室来文办理，以及其他文件。\n"
      "二、部门预算安排的总体情况\n"
      "1、收入说明\n"
      "2、支出说明：2025年支出预算共计100.00万元，其中基本支出60.00万元，项目支出40.00万元。\n"
      "三、机关运行经费安排情况\n"
      "[bookmark: _Toc1]四、财政拨款“三公”经费预算情况\n"
      "八、名词解释\n"
      "8、机关运行费：指各部门的公用经费。\n"
      "九、其他需要说明的事项\n");
  auto sections = parse::segment(st, DocumentKind::Budget);
  std::vector<std::pair<std::string, SectionTopic>> top;
  for (const Section& s : sections) {
    if (s.level == 1) top.emplace_back(s.number, s.topic);
  }
  REQUIRE(top.size() == 6);
  CHECK(top[0] == std::make_pair(std::string("一"), SectionTopic::Duties));
  CHECK(top[1] == std::make_pair(std::string("二"), SectionTopic::Overview));
  CHECK(top[2].second == SectionTopic::OperatingCosts);
  CHECK(top[3].second == SectionTopic::ThreePublic);  // the bookmark does not hide it
  CHECK(top[4].second == SectionTopic::Glossary);
  CHECK(top[5].second == SectionTopic::OtherNotes);  // “8、机关运行费” is not promoted
  const Section& overview = sections[1];
  CHECK(overview.first_line == 4);
  CHECK(overview.last_line == 6);
  CHECK(sections[2].title == "收入说明");
  CHECK(sections[3].title == "支出说明");  // title only, not the whole sentence
}

TEST_CASE("segment: Word numbering “1、 部门职责” and “5、 绩效预算信息” are top level", "[parse][segment]") {
  auto st = SourceText::from_utf8(
      "1、 部门职责及机构设置情况\n二、部门预算安排的总体情况\n三、机关运行经费安排情况\n"
      "四、财政拨款“三公”经费预算情况\n5、 绩效预算信息\n六、政府采购预算情况\n");
  auto sections = parse::segment(st, DocumentKind::Budget);
  REQUIRE(sections.size() == 6);
  CHECK(sections[0].level == 1);
  CHECK(sections[0].topic == SectionTopic::Duties);
  CHECK(sections[4].level == 1);
  CHECK(sections[4].topic == SectionTopic::Performance);
}

TEST_CASE("segment: a self-evaluation's sub-items are not promoted", "[parse][segment]") {
  auto st = SourceText::from_utf8(
      "某局 2024 年度整体支出绩效自评报告\n一、部门基本情况\n1、部门预算收支情况\n2、部门决算收支情况\n"
      "二、自评工作开展情况\n三、部门整体支出绩效目标实现情况及指标分析\n四、评价结论和评价等级\n五、存在的问题及改进措"
      "施\n");
  auto sections = parse::segment(st, DocumentKind::SelfEvaluation);
  CHECK(sections[0].topic == SectionTopic::EvalBasics);
  CHECK(sections[2].level == 3);
  CHECK(sections[2].topic == SectionTopic::None);
  CHECK(sections[4].topic == SectionTopic::EvalResults);
  CHECK(sections[5].topic == SectionTopic::EvalConclusion);
  CHECK(sections[6].topic == SectionTopic::EvalProblems);
}
