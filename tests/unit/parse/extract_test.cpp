#include <catch2/catch.hpp>

#include <algorithm>

#include "budgetlint/parse.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

Disclosure parse_seed(const char* name) {
  auto dir = testing::seeds_dir();
  REQUIRE(dir);
  return parse::extract(SourceText::from_utf8(testing::read_file(*dir / name)));
}

std::string value(const std::optional<Figure>& f) { return f ? f->money.value.amount.to_string() : "<absent>"; }

std::string delta(const YearOverYear& y, ChangeSubject s) {
  for (const Change& c : y.changes) {
    if (c.subject == s) return c.delta_wan().to_string();
  }
  return "<absent>";
}

std::string source(const Income& income, IncomeSource s) {
  for (const IncomeItem& i : income.sources) {
    if (i.source == s) return i.figure.money.value.amount.to_string();
  }
  return "<absent>";
}

}  // namespace

TEST_CASE("extract: kind, department and year from the title", "[parse][extract]") {
  auto d = parse::extract(SourceText::from_utf8(
      "云溪县发展和改革局\n2025年部门预算信息公开情况说明\n按照《地方预决算公开操作规程》，现将…"));
  CHECK(d.kind == DocumentKind::Budget);  // “预决算公开” in a law's name says nothing
  REQUIRE(d.department);
  CHECK(d.department->value == "云溪县发展和改革局");
  REQUIRE(d.year);
  CHECK(d.year->value == 2025);

  auto e = parse::extract(SourceText::from_utf8("青石市自然资源和规划局 2024 年度整体支出绩效自评报告\n"));
  CHECK(e.kind == DocumentKind::SelfEvaluation);
  CHECK(e.department->value == "青石市自然资源和规划局");
  CHECK(e.year->value == 2024);

  auto f = parse::extract(SourceText::from_utf8("按照规定，现将松岭县财政局2023年度部门决算公开如下：\n"));
  CHECK(f.kind == DocumentKind::FinalAccounts);
  CHECK(f.department->value == "松岭县财政局");

  auto h = parse::extract(SourceText::from_utf8("某局3000年部门预算信息公开情况说明\n"));
  CHECK_FALSE(h.year);  // not a year a budget can have

  auto g = parse::extract(SourceText::from_utf8("关于召开全县财务工作会议的通知\n各单位：定于下周一召开会议。\n"));
  CHECK(g.kind == DocumentKind::Unknown);
}

namespace {

// The department and year a title gives, with the department's span checked against the text.
std::pair<std::string, int> title_of(const std::string& text) {
  SourceText source = SourceText::from_utf8(text);
  auto d = parse::extract(source);
  std::string department = d.department ? d.department->value : "<none>";
  if (d.department) {
    Span s = d.department->span;
    std::string at(source.text().substr(s.begin, s.end - s.begin));
    // A title wrapped over lines spans them; its text there is the name with the line breaks.
    at.erase(std::remove(at.begin(), at.end(), '\n'), at.end());
    CHECK(at == department);
  }
  return {department, d.year ? d.year->value : 0};
}

}  // namespace

TEST_CASE("extract: department and year in the title forms of the provinces", "[parse][extract]") {
  using P = std::pair<std::string, int>;
  // The name between the year and the title word.
  CHECK(title_of("2026年度青石市水务局单位预算公开\n目录\n") == P{"青石市水务局", 2026});
  // A narrow title box wraps the title mid-word; the name goes on over short lines.
  CHECK(title_of("2026年青石市人民政府办公室部\n门预算\n目录\n") == P{"青石市人民政府办公室", 2026});
  CHECK(title_of("2026 年度青石经济开发区生态\n环境局\n单位预算\n目录\n") == P{"青石经济开发区生态环境局", 2026});
  // A place and a level, the unit named on the line below.
  CHECK(title_of("青石市2026年市级单位预算\n预算单位：青石市测绘中心\n目录\n") == P{"青石市测绘中心", 2026});
  // A year without 年; 部门 after the name is not part of it.
  CHECK(title_of("青石市国有资产监督管理委员会2026部门预算情况的说明\n") == P{"青石市国有资产监督管理委员会", 2026});
  CHECK(title_of("青石市信访办公室部门2026年度部门预算信息公开\n") == P{"青石市信访办公室", 2026});
  // A form's title with its year in brackets, the department in a labelled cell.
  CHECK(title_of("部门整体绩效自评表\n（2024年度）\n部门（单位）名称  青石市政府办公室    部门预算编码  127\n") ==
        P{"青石市政府办公室", 2024});
  // A part heading names no one; the 附件 line further on does, and a 目录 entry above is no name.
  CHECK(title_of("六、名词解释\n第一部分 2026 年度部门预算情况说明\n正文。\n附件：青石市气象局 2026 年度部门预算报表\n") ==
        P{"青石市气象局", 2026});
  // Past the title lines, an indicator cell that names a year's budget is no title.
  std::string cells = "预算01表收支总表\n";
  for (int i = 0; i < 20; ++i) cells += "一、一般公共预算拨款收入  " + std::to_string(i) + ".00\n";
  cells += "产出指标   数量指标   2025年部门预算项目绩效自评完成   ＝   1   项\n";
  CHECK(title_of(cells) == P{"<none>", 0});
}

TEST_CASE("extract: every narrative figure of the 2021 Pingxiang budget", "[parse][extract][seeds]") {
  if (!testing::seeds_dir()) return;  // CI has ../shared beside the clone
  Disclosure d = parse_seed("pingxiang-office-2021-budget.txt");
  CHECK(d.department->value == "平乡县人民政府办公室");
  CHECK(d.year->value == 2021);
  CHECK(value(d.income.total) == "1384.07");
  CHECK(source(d.income, IncomeSource::GeneralBudget) == "1384.07");
  CHECK(source(d.income, IncomeSource::GovernmentFund) == "0");
  CHECK(source(d.income, IncomeSource::FiscalSpecialAccount) == "0");
  CHECK(source(d.income, IncomeSource::UnitFunds) == "0");
  CHECK(source(d.income, IncomeSource::CarryOver) == "0");
  CHECK(value(d.expenditure.total) == "1384.07");
  CHECK(value(d.expenditure.basic) == "519.07");
  CHECK(value(d.expenditure.personnel) == "488.85");
  CHECK(value(d.expenditure.public_) == "30.22");
  CHECK(value(d.expenditure.project) == "865");
  CHECK(d.change.prior_year->value == 2020);
  CHECK(delta(d.change, ChangeSubject::Total) == "-257.06");
  CHECK(delta(d.change, ChangeSubject::Basic) == "-2.19");
  CHECK(delta(d.change, ChangeSubject::Project) == "-254.87");
  CHECK(value(d.operating_costs) == "30.22");
  const ThreePublic& t = d.three_public;
  CHECK(value(t.total) == "35");
  CHECK(value(t.abroad) == "0");
  CHECK(value(t.vehicle) == "25");
  CHECK(value(t.vehicle_purchase) == "0");
  CHECK(value(t.vehicle_operation) == "25");
  CHECK(value(t.reception) == "10");
  CHECK(delta(t.change, ChangeSubject::ThreePublicTotal) == "-6.5");
  CHECK(delta(t.change, ChangeSubject::VehicleOperation) == "-4.5");
  CHECK(delta(t.change, ChangeSubject::Reception) == "-2");
  CHECK(t.change.has_reason);
  CHECK(value(d.procurement_total) == "0");
  CHECK(value(d.fixed_assets.narrative_total) == "448.9");
  REQUIRE(d.fixed_assets.table_total);
  CHECK(d.fixed_assets.table_total->value.amount.to_string() == "448.9");
  REQUIRE(d.fixed_assets.table_items.size() == 5);
  CHECK(d.fixed_assets.table_items[2].name == "2、车辆(台、辆)");
  CHECK(d.fixed_assets.table_items[2].quantity->value.to_string() == "7");
  CHECK(d.fixed_assets.table_items[2].value->value.amount.to_string() == "118.12");
  CHECK(d.fixed_assets.table_items[1].subitem);
  CHECK(d.fixed_assets.table_items[4].value->value.amount.to_string() == "330.78");
}

TEST_CASE("extract: the 2024 Pingxiang budget through pdftotext wrapping", "[parse][extract][seeds]") {
  if (!testing::seeds_dir()) return;
  Disclosure d = parse_seed("pingxiang-office-2024-budget.txt");
  CHECK(d.kind == DocumentKind::Budget);
  CHECK(d.department->value == "平乡县人民政府办公室");
  CHECK(d.year->value == 2024);
  CHECK(value(d.income.total) == "1166.60");
  CHECK(source(d.income, IncomeSource::GeneralBudget) == "1166.60");
  CHECK(source(d.income, IncomeSource::StateCapital) == "0.00");
  CHECK(source(d.income, IncomeSource::UnitFunds) == "0.00");
  CHECK(source(d.income, IncomeSource::CarryOver) == "0.00");
  CHECK(value(d.expenditure.total) == "1166.60");
  CHECK(value(d.expenditure.basic) == "673.24");
  CHECK(value(d.expenditure.personnel) == "625.60");  // its 万元 is on the next line
  CHECK(value(d.expenditure.public_) == "47.64");
  CHECK(value(d.expenditure.project) == "493.36");
  CHECK(d.change.prior_year->value == 2023);
  CHECK(value(d.change.current) == "1166.60");
  CHECK(delta(d.change, ChangeSubject::Total) == "26.27");
  CHECK(delta(d.change, ChangeSubject::Basic) == "19.42");
  CHECK(delta(d.change, ChangeSubject::Project) == "6.85");
  CHECK(value(d.operating_costs) == "47.64");
  CHECK(value(d.three_public.total) == "18.00");
  CHECK(value(d.three_public.vehicle) == "16.00");
  CHECK(value(d.three_public.vehicle_operation) == "16.00");
  CHECK(value(d.three_public.reception) == "2.00");
  CHECK(delta(d.three_public.change, ChangeSubject::ThreePublicTotal) == "-8.00");
  CHECK(d.three_public.change.has_reason);
  CHECK(value(d.procurement_total) == "0.00");  // “无政府采购预算，空表列示”
  CHECK(value(d.fixed_assets.narrative_total) == "554.30");
  CHECK(d.fixed_assets.table_total->value.amount.to_string() == "554.30");
  REQUIRE(d.fixed_assets.table_items.size() == 5);
  CHECK(d.fixed_assets.table_items[4].quantity->value.to_string() == "873");
  CHECK(d.fixed_assets.table_items[4].value->value.amount.to_string() == "436.18");
}

TEST_CASE("extract: the 2020 Weixian budget's own wordings", "[parse][extract][seeds]") {
  if (!testing::seeds_dir()) return;
  Disclosure d = parse_seed("weixian-office-2020-budget.txt");
  CHECK(d.department->value == "魏县政府办");
  CHECK(value(d.income.total) == "1284.11");
  CHECK(source(d.income, IncomeSource::FiscalAppropriation) == "1284.11");  // “全部为财政拨款收入”
  CHECK(value(d.expenditure.total) == "1284.11");
  CHECK_FALSE(d.expenditure.basic);
  CHECK(value(d.expenditure.personnel) == "579.01");
  CHECK(value(d.expenditure.public_) == "293");
  CHECK(value(d.expenditure.project) == "412.10");
  CHECK(delta(d.change, ChangeSubject::Total) == "177.79");
  CHECK(delta(d.change, ChangeSubject::Personnel) == "183.99");
  CHECK(delta(d.change, ChangeSubject::Public) == "-10");  // “降低”
  CHECK(delta(d.change, ChangeSubject::Project) == "3.8");
  REQUIRE(d.operating_costs);
  CHECK(d.operating_costs->money.value.unit == MoneyUnit::Yuan);
  CHECK(value(d.three_public.total) == "50");
  CHECK(value(d.three_public.abroad) == "0");
  CHECK(value(d.three_public.vehicle) == "0");
  CHECK(value(d.three_public.reception) == "50");
  CHECK(value(d.procurement_total) == "0.00");  // “未安排政府采购预算”
  CHECK(value(d.fixed_assets.narrative_total) == "424.85");
  REQUIRE(d.fixed_assets.narrative_items.size() == 3);
  CHECK(d.fixed_assets.narrative_items[1].name == "汽车");
  CHECK(d.fixed_assets.narrative_items[1].value->value.amount.to_string() == "209.08");
  CHECK(d.fixed_assets.narrative_items[2].name == "其他固定资产");
}

TEST_CASE("extract: the 2021 Langfang budget with carry-over", "[parse][extract][seeds]") {
  if (!testing::seeds_dir()) return;
  Disclosure d = parse_seed("langfang-office-2021-budget.txt");
  CHECK(d.department->value == "廊坊市人民政府办公室");  // from “现将…2021年部门预算公开如下”
  CHECK(value(d.income.total) == "11452.80");
  CHECK(source(d.income, IncomeSource::GeneralBudget) == "10959.70");
  CHECK(source(d.income, IncomeSource::CarryOver) == "493.10");
  CHECK(value(d.expenditure.basic) == "3709.97");
  CHECK(value(d.expenditure.personnel) == "2939.14");  // “人员类项目经费”
  CHECK(value(d.expenditure.public_) == "770.83");     // “运转类公用项目经费”
  CHECK(value(d.expenditure.project) == "7742.83");    // “运转类其他及特定目标类项目支出”
  CHECK(delta(d.change, ChangeSubject::Total) == "5100.45");
  CHECK(delta(d.change, ChangeSubject::Basic) == "61.71");
  CHECK(delta(d.change, ChangeSubject::Project) == "5038.74");
  CHECK(value(d.operating_costs) == "770.83");
  CHECK(value(d.three_public.total) == "106.82");
  CHECK(value(d.three_public.vehicle) == "85.15");
  CHECK(value(d.three_public.reception) == "21.67");
  CHECK(delta(d.three_public.change, ChangeSubject::Vehicle) == "-2.84");
  CHECK(delta(d.three_public.change, ChangeSubject::VehicleOperation) == "-2.84");
  CHECK(delta(d.three_public.change, ChangeSubject::Reception) == "0.00");  // “与2020年相比持平”
  CHECK(value(d.procurement_total) == "175.61");
  CHECK(value(d.fixed_assets.narrative_total) == "7444.35");
  REQUIRE(d.fixed_assets.table_items.size() == 5);
  CHECK(d.fixed_assets.table_items[0].quantity->value.to_string() == "34629");
  CHECK(d.fixed_assets.table_items[3].value->value.amount.to_string() == "3748.83");
}
