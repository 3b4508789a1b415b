#include <catch2/catch.hpp>

#include <filesystem>
#include <sstream>

#include "budgetlint/parse.hpp"
#include "parse/tables/tables.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

// “seq code name | a b c” for every row, to compare with what we read off the PDF text.
std::string render(const StatTable& t) {
  std::ostringstream out;
  for (const TableRow& r : t.rows) {
    out << r.seq << ' ' << r.code << (r.code.empty() ? "" : " ") << r.name << " |";
    for (const auto& a : r.amounts) out << ' ' << a.value.to_string();
    out << '\n';
  }
  return out.str();
}

// “合计,项目支出”: the header columns the cells of row `seq` were placed in.
std::string columns_of_row(const StatTable& t, int seq) {
  std::string out;
  for (int c : t.rows[static_cast<std::size_t>(seq - 1)].columns)
    out += (out.empty() ? "" : ",") + t.columns[static_cast<std::size_t>(c)];
  return out;
}

const StatTable* find(const Disclosure& d, TableKind kind) {
  for (const StatTable& t : d.tables) {
    if (t.kind == kind) return &t;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("pdf tables: titles name the nine standard tables", "[parse][tables]") {
  CHECK(parse::table_kind_of_title("部门预算收支总表") == TableKind::Summary);
  CHECK(parse::table_kind_of_title("部门预算财政拨款收支总表") == TableKind::FiscalSummary);
  CHECK(parse::table_kind_of_title("部门预算一般公共预算财政拨款基本支出表") == TableKind::BasicExpenditure);
  CHECK(parse::table_kind_of_title("部门预算一般公共预算财政拨款支出表") == TableKind::GeneralBudgetExpenditure);
  CHECK(parse::table_kind_of_title("部门预算财政拨款“三公”经费支出表") == TableKind::ThreePublic);
  CHECK(parse::table_kind_of_title("收入支出决算总表") == TableKind::Summary);
  CHECK(parse::table_kind_of_title("支出决算表") == TableKind::Expenditure);
  CHECK_FALSE(parse::table_kind_of_title("部门固定资产占用情况表"));
}

TEST_CASE("pdf tables: broken cells, repeated page headers, names split by a page", "[parse][tables]") {
  auto st = SourceText::from_utf8(
      " 部门预算一般公共预算财政拨款基本支出表\n888 松岭县财政局\n预算年度：\n2025\n单位：万元\n序号\n"
      "科目编码 科目名称 合计 人员经费 公用经费\n栏次 1 2 3 4 5\n"
      "1 合计 455.80 410.35 45.45\n2 301 工资福利支出 410.35 410.35\n3 30101 基本工资 200.\n15 200.15\n"
      "4 30102 津贴补贴 110.2\n0 110.20\n5 30113 住房公积金 100\n.00 100.00\n6 302 商品和服务支\n\n3\n"
      " 888 松岭县财政局\n预算年度：\n2025\n单位：万元\n序号\n栏次 1 2 3 4 5\n出\n45.45 45.45\n"
      "7 3020\n1 办公费 20.45 20.45\n");
  auto tables = parse::read_pdf_tables(st);
  REQUIRE(tables.size() == 1);
  CHECK(render(tables[0]) ==
        "1 合计 | 455.80 410.35 45.45\n"
        "2 301 工资福利支出 | 410.35 410.35\n"
        "3 30101 基本工资 | 200.15 200.15\n"
        "4 30102 津贴补贴 | 110.20 110.20\n"
        "5 30113 住房公积金 | 100.00 100.00\n"
        "6 302 商品和服务支出 | 45.45 45.45\n"
        "7 30201 办公费 | 20.45 20.45\n");
}

TEST_CASE("pdf tables: the 2024 Pingxiang classification tables, row by row", "[parse][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse::extract(SourceText::from_utf8(testing::read_file(*seeds / "pingxiang-office-2024-budget.txt")));
  REQUIRE(d.tables.size() == 9);
  const char* function_rows =
      "1 合计 | 1166.60 673.24 493.36\n"
      "2 201 一般公共服务支出 | 950.10 497.24 452.86\n"
      "3 20103 政府办公厅(室)及相关机构事务 | 950.10 497.24 452.86\n"
      "4 2010301 行政运行 | 449.30 449.30\n"
      "5 2010302 一般行政管理事务 | 381.16 381.16\n"
      "6 2010350 事业运行 | 47.94 47.94\n"
      "7 2010399 其他政府办公厅(室)及相关机构事务支出 | 71.70 71.70\n"
      "8 206 科学技术支出 | 40.50 40.50\n"
      "9 20601 科学技术管理事务 | 40.50 40.50\n"
      "10 2060102 一般行政管理事务 | 40.50 40.50\n"
      "11 208 社会保障和就业支出 | 82.50 82.50\n"
      "12 20805 行政事业单位养老支出 | 82.50 82.50\n"
      "13 2080505 机关事业单位基本养老保险缴费支出 | 61.50 61.50\n"
      "14 2080506 机关事业单位职业年金缴费支出 | 21.00 21.00\n"
      "15 210 卫生健康支出 | 40.50 40.50\n"
      "16 21011 行政事业单位医疗 | 40.50 40.50\n"
      "17 2101101 行政单位医疗 | 27.00 27.00\n"
      "18 2101102 事业单位医疗 | 4.00 4.00\n"
      "19 2101103 公务员医疗补助 | 9.50 9.50\n"
      "20 221 住房保障支出 | 53.00 53.00\n"
      "21 22102 住房改革支出 | 53.00 53.00\n"
      "22 2210201 住房公积金 | 53.00 53.00\n";
  CHECK(render(*find(d, TableKind::Expenditure)) == function_rows);
  CHECK(render(*find(d, TableKind::GeneralBudgetExpenditure)) == function_rows);
  std::string income = render(*find(d, TableKind::Income));
  CHECK(income.substr(0, income.find('\n')) == "1 合计 | 1166.60 1166.60 1166.60");        // “1166” / “.60” ×3
  CHECK(income.find("4 2010301 行政运行 | 449.30 449.30 449.30\n") != std::string::npos);  // across a page
  CHECK(income.find("6 2010350 事业运行 | 47.94 47.94 47.94\n") != std::string::npos);     // “47.9” / “4”
  CHECK(find(d, TableKind::Income)->rows.size() == 22);
  CHECK(render(*find(d, TableKind::BasicExpenditure)) ==
        "1 合计 | 673.24 625.60 47.64\n"
        "2 301 工资福利支出 | 602.50 602.50\n"
        "3 30101 基本工资 | 250.93 250.93\n"
        "4 30102 津贴补贴 | 60.37 60.37\n"
        "5 30103 奖金 | 56.00 56.00\n"
        "6 30107 绩效工资 | 56.70 56.70\n"
        "7 30108 机关事业单位基本养老保险缴费 | 61.50 61.50\n"
        "8 30109 职业年金缴费 | 21.00 21.00\n"
        "9 30110 职工基本医疗保险缴费 | 31.00 31.00\n"
        "10 30111 公务员医疗补助缴费 | 9.50 9.50\n"
        "11 30112 其他社会保障缴费 | 2.50 2.50\n"
        "12 30113 住房公积金 | 53.00 53.00\n"
        "13 302 商品和服务支出 | 47.64 47.64\n"
        "14 30201 办公费 | 4.60 4.60\n"
        "15 30207 邮电费 | 6.60 6.60\n"
        "16 30228 工会经费 | 1.12 1.12\n"
        "17 30229 福利费 | 1.12 1.12\n"
        "18 30239 其他交通费用 | 34.00 34.00\n"
        "19 30299 其他商品和服务支出 | 0.20 0.20\n"
        "20 303 对个人和家庭的补助 | 23.10 23.10\n"
        "21 30302 退休费 | 15.10 15.10\n"
        "22 30305 生活补助 | 8.00 8.00\n");
  CHECK(render(*find(d, TableKind::ThreePublic)) ==
        "1 合计 | 27.00 27.00\n"
        "2 “三公”经费小计 | 18.00 18.00\n"
        "3 一、因公出国(境)费 |\n"
        "4 其中:教学科研人员因公出国(境)费 |\n"
        "5 其他因公出国(境)费 |\n"
        "6 二、公务用车购置及运维费 | 16.00 16.00\n"
        "7 其中:公务用车购置费 |\n"
        "8 公务用车运行维护费 | 16.00 16.00\n"
        "9 三、公务接待费 | 2.00 2.00\n"
        "10 四、会议费 | 6.00 6.00\n"
        "11 其他会议费 | 6.00 6.00\n"
        "12 五、培训费 | 3.00 3.00\n");
  CHECK(find(d, TableKind::GovernmentFund)->empty_noted);
  CHECK(find(d, TableKind::StateCapital)->empty_noted);
  CHECK(find(d, TableKind::GovernmentFund)->rows.empty());
}

TEST_CASE("pdf tables: cells placed in their columns by the totals, ambiguity said", "[parse][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse::extract(SourceText::from_utf8(testing::read_file(*seeds / "pingxiang-office-2024-budget.txt")));
  auto columns = columns_of_row;
  const StatTable& basic = *find(d, TableKind::BasicExpenditure);
  CHECK(columns(basic, 1) == "合计,人员经费,公用经费");
  CHECK(columns(basic, 2) == "合计,人员经费");   // 301 工资福利支出
  CHECK(columns(basic, 13) == "合计,公用经费");  // 302 商品和服务支出: 47.64 = 公用经费
  CHECK(columns(basic, 14) == "合计,公用经费");  // 30201 办公费 follows its parent
  CHECK(columns(basic, 20) == "合计,人员经费");  // 303 对个人和家庭的补助: 625.60 = 602.50 + 23.10
  for (const TableRow& r : basic.rows) CHECK_FALSE(r.placement_ambiguous);
  const StatTable& gbe = *find(d, TableKind::GeneralBudgetExpenditure);
  CHECK(columns(gbe, 4) == "合计,基本支出");  // 2010301 行政运行: 497.24 = 449.30 + 47.94
  CHECK(columns(gbe, 5) == "合计,项目支出");  // 2010302: 452.86 = 381.16 + 71.70
  CHECK(columns(gbe, 11) == "合计,基本支出");
  // 206 and 210 are both 40.50: one is 基本, the other 项目, and the text cannot say which.
  CHECK(gbe.rows[7].placement_ambiguous);
  CHECK(gbe.rows[14].placement_ambiguous);
  CHECK_FALSE(gbe.rows[10].placement_ambiguous);
}

TEST_CASE("pdf tables: the -layout and plain pdftotext text of one PDF give the same tables", "[parse][tables]") {
  auto dir = testing::source_dir() / "tests" / "tables" / "songling";
  Disclosure plain = parse::extract(SourceText::from_utf8(testing::read_file(dir / "pdftotext.txt")));
  Disclosure layout = parse::extract(SourceText::from_utf8(testing::read_file(dir / "pdftotext-layout.txt")));
  REQUIRE(plain.tables.size() == 3);
  REQUIRE(layout.tables.size() == 3);
  for (std::size_t k = 0; k < 3; ++k) {
    const StatTable& a = plain.tables[k];
    const StatTable& b = layout.tables[k];
    INFO(a.title);
    CHECK(a.kind == b.kind);
    CHECK(a.columns == b.columns);
    CHECK(render(a) == render(b));
    REQUIRE(a.rows.size() == b.rows.size());
    for (std::size_t i = 0; i < a.rows.size(); ++i) {
      CHECK(a.rows[i].columns == b.rows[i].columns);
      CHECK_FALSE(a.rows[i].placement_ambiguous);
      CHECK_FALSE(b.rows[i].placement_ambiguous);
    }
  }
  // 2010602 一般行政管理事务 is project money: 合计 and 项目支出, with 基本支出 empty.
  const TableRow& row = layout.tables[0].rows[4];
  CHECK(row.code == "2010602");
  REQUIRE(row.columns.size() == 2);
  CHECK(layout.tables[0].columns[static_cast<std::size_t>(row.columns[1])] == "项目支出");
}

TEST_CASE("pdf tables: an income table whose header names only some columns", "[parse][tables]") {
  // Found by the robustness test: the income identity must not assume all ten columns.
  auto st = SourceText::from_utf8(
      " 部门预算收入总表\n888 某局 预算年度：2025 单位：万元\n合计 小计 财政拨款收入\n栏次 1 2 3 4 5\n"
      "1 合计 100.00 100.00 100.00\n2 201 一般公共服务支出 100.00 100.00 100.00\n");
  auto tables = parse::read_pdf_tables(st);
  REQUIRE(tables.size() == 1);
  CHECK(tables[0].columns == std::vector<std::string>{"合计", "小计", "财政拨款收入"});
  REQUIRE(tables[0].rows.size() == 2);
  CHECK(tables[0].rows[1].columns == std::vector<int>{0, 1, 2});
  CHECK_FALSE(tables[0].rows[1].placement_ambiguous);
}

TEST_CASE("pdf tables: the two-sided summary tables of the 2024 Pingxiang seed", "[parse][tables][seeds]") {
  auto seeds = testing::seeds_dir();
  if (!seeds) return;
  Disclosure d = parse::extract(SourceText::from_utf8(testing::read_file(*seeds / "pingxiang-office-2024-budget.txt")));
  auto sides = [](const StatTable& t) {
    std::ostringstream out;
    for (const TableRow& r : t.rows) {
      if (r.amounts.empty() && r.right_amounts.empty()) continue;  // the empty lines
      out << r.seq << ' ' << r.name;
      for (const auto& a : r.amounts) out << ' ' << a.value.to_string();
      out << " | " << r.right_name;
      for (const auto& a : r.right_amounts) out << ' ' << a.value.to_string();
      out << '\n';
    }
    return out.str();
  };
  CHECK(sides(*find(d, TableKind::Summary)) ==
        "1 一、一般公共预算拨款收入 1166.60 | 一、一般公共服务支出 950.10\n"
        "6  | 六、科学技术支出 40.50\n"
        "8  | 八、社会保障和就业支出 82.50\n"
        "10  | 十、卫生健康支出 40.50\n"
        "20  | 二十、住房保障支出 53.00\n"
        "32 本年收入合计 1166.60 | 本年支出合计 1166.60\n"
        "34 收入总计 1166.60 | 支出总计 1166.60\n");
  CHECK(find(d, TableKind::Summary)->rows.size() == 34);
  CHECK(find(d, TableKind::Summary)->rows[4].name == "五、单位资金");
  CHECK(find(d, TableKind::Summary)->rows[4].right_name == "五、教育支出");
  CHECK(find(d, TableKind::Summary)->rows[32].right_name == "年终结转结余");
  CHECK(sides(*find(d, TableKind::FiscalSummary)) ==
        "1 一、一般公共预算拨款 1166.60 | 一、一般公共服务支出 950.10 950.10\n"
        "6  | 六、科学技术支出 40.50 40.50\n"
        "8  | 八、社会保障和就业支出 82.50 82.50\n"
        "10  | 十、卫生健康支出 40.50 40.50\n"
        "20  | 二十、住房保障支出 53.00 53.00\n"
        "32 本年收入合计 1166.60 | 本年支出合计 1166.60 1166.60\n"
        "37 收入总计 1166.60 | 支出总计 1166.60 1166.60\n");
  CHECK(find(d, TableKind::FiscalSummary)->rows.size() == 37);
}

namespace {

// The tables of two texts are the same model: kinds, columns, rows, codes, names, amounts.
void require_same_tables(const StatTable& a, const StatTable& b) {
  INFO(a.title);
  CHECK(a.kind == b.kind);
  CHECK(a.title == b.title);
  CHECK(a.empty_noted == b.empty_noted);
  CHECK(a.columns == b.columns);
  CHECK(render(a) == render(b));
  REQUIRE(a.rows.size() == b.rows.size());
  for (std::size_t i = 0; i < a.rows.size(); ++i) {
    INFO("row " << a.rows[i].seq);
    CHECK(a.rows[i].right_name == b.rows[i].right_name);
    CHECK(a.rows[i].right_amounts.size() == b.rows[i].right_amounts.size());
    CHECK(a.rows[i].columns == b.rows[i].columns);
    CHECK(a.rows[i].placement_ambiguous == b.rows[i].placement_ambiguous);
  }
}

Disclosure parse_file(const std::filesystem::path& path) {
  return parse::extract(SourceText::from_utf8(testing::read_file(path)));
}

}  // namespace

TEST_CASE("pdf tables: the nine tables of our sample through a real PDF and pdftotext -layout", "[parse][tables]") {
  // tests/tables/songling-nine: the sample's nine tables made into PDFs by LibreOffice. In
  // -layout text a wrapped name stands half above, half below its 序号 line, and the header's
  // words stand over each other (“财政拨” / “款收入”).
  Disclosure sample = parse_file(testing::source_dir() / "samples" / "pdf" / "songling-czj-2025-budget.txt");
  Disclosure layout = parse_file(testing::source_dir() / "tests" / "tables" / "songling-nine" / "pdftotext-layout.txt");
  REQUIRE(sample.tables.size() == 9);
  REQUIRE(layout.tables.size() == 9);
  for (std::size_t k = 0; k < 9; ++k) {
    CHECK_FALSE(layout.tables[k].scrambled);
    require_same_tables(sample.tables[k], layout.tables[k]);
  }
  // Two of the names that wrap: above and below the 序号 line, and one column to the left.
  CHECK(layout.tables[3].rows[3].right_name == "四、社会保障和就业支出");
  CHECK(layout.tables[1].rows[11].name == "行政事业单位医疗");
}

TEST_CASE("pdf tables: plain pdftotext that reads a table column by column marks it scrambled", "[parse][tables]") {
  // The same PDFs without -layout: four tables come out column by column (栏次 numbers among
  // the rows); the other five read right and equal the sample's.
  Disclosure sample = parse_file(testing::source_dir() / "samples" / "pdf" / "songling-czj-2025-budget.txt");
  Disclosure plain = parse_file(testing::source_dir() / "tests" / "tables" / "songling-nine" / "pdftotext.txt");
  REQUIRE(plain.tables.size() == 9);
  std::vector<TableKind> scrambled;
  for (std::size_t k = 0; k < 9; ++k) {
    if (plain.tables[k].scrambled) {
      scrambled.push_back(plain.tables[k].kind);
    } else {
      require_same_tables(sample.tables[k], plain.tables[k]);
    }
  }
  CHECK(scrambled == std::vector<TableKind>{TableKind::Summary, TableKind::Income, TableKind::Expenditure,
                                            TableKind::FiscalSummary});
  for (const StatTable& t : sample.tables) CHECK_FALSE(t.scrambled);
}

TEST_CASE("pdf tables: the nine 决算 tables, without 序号, with 行次 and their own columns", "[parse][tables]") {
  // Our own 决算 of 松岭县审计局 (tests/tables/final-accounts): rows start at 合计 and at their
  // codes, the total tables number each item by its 行次, names and amounts break over lines.
  Disclosure d =
      parse_file(testing::source_dir() / "tests" / "tables" / "final-accounts" / "songling-sjj-2024-final.txt");
  CHECK(d.kind == DocumentKind::FinalAccounts);
  std::vector<TableKind> kinds;
  for (const StatTable& t : d.tables) {
    kinds.push_back(t.kind);
    CHECK(t.final_accounts);
    CHECK_FALSE(t.scrambled);
  }
  REQUIRE(kinds == std::vector<TableKind>{TableKind::Summary, TableKind::Income, TableKind::Expenditure,
                                          TableKind::FiscalSummary, TableKind::GeneralBudgetExpenditure,
                                          TableKind::BasicExpenditure, TableKind::GovernmentFund,
                                          TableKind::StateCapital, TableKind::ThreePublic});

  // 收入支出决算总表: 13 lines of items; the left 行次 9 has no item; “26.” / “00” is one amount.
  const StatTable& summary = d.tables[0];
  REQUIRE(summary.rows.size() == 13);
  CHECK(summary.rows[2].name == "三、国有资本经营预算财政拨款收入");
  CHECK(summary.rows[8].name.empty());
  CHECK(summary.rows[8].right_name == "九、住房保障支出");
  REQUIRE(summary.rows[8].right_amounts.size() == 1);
  CHECK(summary.rows[8].right_amounts[0].value.to_string() == "26.00");
  CHECK(summary.rows[12].name == "总计");
  CHECK(summary.rows[12].amounts[0].value.to_string() == "414.00");
  CHECK(summary.rows[12].right_amounts[0].value.to_string() == "414.00");

  // 收入决算表: the 决算 columns in the 决算 order; a name broken before its figures.
  const StatTable& income = d.tables[1];
  CHECK(income.columns == std::vector<std::string>{"合计", "财政拨款收入", "上级补助收入", "事业收入", "经营收入",
                                                   "附属单位上缴收入", "其他收入"});
  CHECK(render(income) ==
        "1 合计 | 398.40 386.40 12.00\n"
        "2 201 一般公共服务支出 | 301.20 289.20 12.00\n"
        "3 20108 审计事务 | 301.20 289.20 12.00\n"
        "4 2010801 行政运行 | 243.20 243.20\n"
        "5 2010804 审计业务 | 58.00 46.00 12.00\n"
        "6 208 社会保障和就业支出 | 52.30 52.30\n"
        "7 20805 行政事业单位养老支出 | 52.30 52.30\n"
        "8 2080505 机关事业单位基本养老保险缴费支出 | 35.80 35.80\n"
        "9 2080506 机关事业单位职业年金缴费支出 | 16.50 16.50\n"
        "10 210 卫生健康支出 | 18.90 18.90\n"
        "11 21011 行政事业单位医疗 | 18.90 18.90\n"
        "12 2101101 行政单位医疗 | 18.90 18.90\n"
        "13 221 住房保障支出 | 26.00 26.00\n"
        "14 22102 住房改革支出 | 26.00 26.00\n"
        "15 2210201 住房公积金 | 26.00 26.00\n");  // the 注 below the table is no row's
  CHECK(d.tables[2].columns ==
        std::vector<std::string>{"合计", "基本支出", "项目支出", "上缴上级支出", "经营支出", "对附属单位补助支出"});
  CHECK(columns_of_row(d.tables[2], 5) == "合计,项目支出");  // 2010804 审计业务: project money only

  // 财政拨款收入支出决算总表: the carry-over and its breakdown by fund.
  const StatTable& fiscal = d.tables[3];
  REQUIRE(fiscal.rows.size() == 15);
  CHECK(fiscal.rows[10].name == "年初财政拨款结转和结余");
  CHECK(fiscal.rows[10].right_name == "年末财政拨款结转和结余");
  CHECK(fiscal.rows[10].right_amounts.size() == 2);
  CHECK(fiscal.rows[11].name == "一般公共预算财政拨款");

  CHECK(d.tables[5].rows.size() == 16);  // economic codes 301 … 30302
  // The 政府性基金 决算表 carries its balance: no 合计 column first; empty and noted.
  CHECK(d.tables[6].columns.front() == "年初结转和结余");
  CHECK(d.tables[6].columns.back() == "年末结转和结余");
  CHECK(d.tables[6].empty_noted);
  CHECK(d.tables[7].empty_noted);
  // The 三公 决算表: one row, 预算数 then 决算数, every cell in its column.
  const StatTable& three = d.tables[8];
  REQUIRE(three.rows.size() == 1);
  CHECK(three.columns.size() == 12);
  CHECK(three.columns[6] == "决算数合计");
  REQUIRE(three.rows[0].amounts.size() == 12);
  CHECK(three.rows[0].amounts[10].value.to_string() == "6.00");  // “6.” / “00”
  CHECK(three.rows[0].columns.size() == 12);
}
