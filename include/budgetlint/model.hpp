#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "budgetlint/amount.hpp"
#include "budgetlint/performance.hpp"
#include "budgetlint/source.hpp"
#include "budgetlint/sourced.hpp"

namespace budgetlint {

enum class DocumentKind { Budget, FinalAccounts, SelfEvaluation, Unknown };
enum class MoneyUnit { Wan, Yuan, Qian, Yi };

/// An amount of money in the unit it was printed in.
struct Money {
  Amount amount;
  MoneyUnit unit = MoneyUnit::Wan;
  /// The same value in 万元, exactly (元 → 万元 adds four decimals).
  Amount in_wan() const;
};
/// “万元”, “元”, “千元”, “亿元” as a unit; nullopt for anything else.
std::optional<MoneyUnit> money_unit(std::string_view name);

/// A money figure from the narrative with the words that name it.
struct Figure {
  std::string label;
  Sourced<Money> money;
};

/// What a numbered section is about; required sections are looked up by topic.
enum class SectionTopic {
  None,
  Duties,          // 部门职责、机构设置
  Overview,        // 收支总体情况
  OperatingCosts,  // 机关运行经费
  ThreePublic,     // “三公”经费
  Performance,     // 绩效目标 / 绩效信息
  Procurement,     // 政府采购
  Assets,          // 国有资产 / 固定资产
  Glossary,        // 名词解释
  OtherNotes,      // 其他需要说明的事项
  EvalBasics,      // 自评: 部门基本情况
  EvalProcess,     // 自评: 自评工作开展情况
  EvalResults,     // 自评: 绩效目标实现情况
  EvalConclusion,  // 自评: 评价结论和等级
  EvalProblems,    // 自评: 存在的问题及改进措施
};

/// A numbered heading (一、 / (一) / 1、) and the lines it covers.
struct Section {
  std::string number;  ///< as printed: "一", "(一)", "1"
  int level = 1;       ///< 1 for 一、, 2 for (一), 3 for 1、/1.
  std::string title;
  SectionTopic topic = SectionTopic::None;  ///< of a top-level section: what the part is about
  SectionTopic named = SectionTopic::None;  ///< what a 一、 or （一） heading names (“（一）机关运行经费”)
  std::uint32_t first_line = 0;  ///< 1-based, the heading line
  std::uint32_t last_line = 0;   ///< 1-based, inclusive
  Span heading;
};

enum class IncomeSource {
  GeneralBudget,         // 一般公共预算
  GovernmentFund,        // 政府性基金
  StateCapital,          // 国有资本经营
  FiscalSpecialAccount,  // 财政专户
  UnitFunds,             // 单位资金 / 其他来源 / 事业收入
  CarryOver,             // 上年结转（结余）
  FiscalAppropriation,   // 财政拨款 (not split by fund)
};

struct IncomeItem {
  IncomeSource source = IncomeSource::GeneralBudget;
  Figure figure;
};

struct Income {
  std::optional<Figure> total;
  std::vector<IncomeItem> sources;
};

struct Expenditure {
  std::optional<Figure> total;
  std::optional<Figure> basic;      // 基本支出
  std::optional<Figure> personnel;  // 人员经费
  std::optional<Figure> public_;    // 公用经费
  std::optional<Figure> project;    // 项目支出
};

enum class Direction { Increase, Decrease, Flat };

/// What a year-over-year claim is about.
enum class ChangeSubject {
  Total,
  Basic,
  Personnel,
  Public,
  Project,
  ThreePublicTotal,
  Abroad,
  Vehicle,
  VehiclePurchase,
  VehicleOperation,
  Reception,
  Other,
};

/// One claim of 比上年增减: "基本支出减少2.19万元".
struct Change {
  ChangeSubject subject = ChangeSubject::Other;
  std::string label;
  Sourced<Direction> direction;             ///< the direction word(s) as printed
  std::optional<Sourced<Money>> magnitude;  ///< unsigned, as printed; absent for a bare “持平”
  /// A second direction word in the same claim that disagrees (“减少0万元，与去年持平”).
  std::optional<Sourced<Direction>> restated;
  std::string reason;  ///< the explanation that follows, if any
  /// The signed change in 万元 (0 for 持平 without a figure).
  Amount delta_wan() const;
};

struct YearOverYear {
  std::optional<Sourced<int>> prior_year;
  std::optional<Figure> current;  ///< the figure the total change refers to, if stated
  std::vector<Change> changes;    ///< the total first when stated, then the parts
  bool has_reason = false;
  Span reason_span;
};

struct ThreePublic {
  std::optional<Figure> total;
  std::optional<Figure> abroad;             // 因公出国（境）费
  std::optional<Figure> vehicle;            // 公务用车购置及运维费
  std::optional<Figure> vehicle_purchase;   // 购置费
  std::optional<Figure> vehicle_operation;  // 运行维护费
  std::optional<Figure> reception;          // 公务接待费
  YearOverYear change;
  Span section;  ///< where the 三公 statement is, for findings about it as a whole
};

struct FixedAssetItem {
  std::string name;
  bool subitem = false;  ///< “其中：办公用房”, not added to the total
  std::optional<Sourced<Amount>> quantity;
  std::optional<Sourced<Money>> value;
  Span span;
};

struct FixedAssets {
  std::optional<Figure> narrative_total;  ///< “上年末固定资产金额为448.9万元”
  std::vector<FixedAssetItem> narrative_items;
  std::optional<Sourced<Money>> table_total;  ///< 资产总额 row
  std::vector<FixedAssetItem> table_items;
  std::optional<Span> table_title;
};

/// One row of the 政府采购预算表: a purchase (project, item, 数量 × 单价) or a 合计/小计 row.
struct ProcurementRow {
  enum class Kind { Item, Subtotal, Total };
  Kind kind = Kind::Item;
  std::string project;  ///< 项目名称 (or the 合计/小计 label)
  std::optional<Sourced<Amount>> project_budget;  ///< 预算资金 of the project
  std::string item;                                ///< 采购物品名称
  std::string catalog;                             ///< 政府采购目录序号
  std::string unit;                                ///< 计量单位
  std::optional<Sourced<Amount>> quantity;
  std::optional<Sourced<Amount>> unit_price;
  std::optional<Sourced<Amount>> total;  ///< 政府采购金额 合计
  Span span;
};

struct ProcurementTable {
  std::string title;
  Span title_span;
  bool empty_noted = false;
  std::vector<ProcurementRow> rows;
};

/// How a year is used in a sentence; only statements about the work year are checked.
enum class YearUse {
  Statement,   ///< opens a clause about what is done that year: “2017年围绕县委…”
  Comparison,  ///< 较/比/与…相比
  Reference,   ///< document numbers, titles, dates, history (“创办于2002年”, “〔2019〕”)
};

struct YearMention {
  int year = 0;
  YearUse use = YearUse::Reference;
  SectionTopic topic = SectionTopic::None;  ///< the top-level section it stands in
  Span span;
  std::string context;  ///< the clause it stands in
};

/// The standard statistical tables of a 部门预算 (and their 决算 counterparts).
enum class TableKind {
  Summary,                   // 部门预算收支总表 / 收入支出决算总表
  Income,                    // 部门预算收入总表 / 收入决算表
  Expenditure,               // 部门预算支出总表 / 支出决算表
  FiscalSummary,             // 财政拨款收支总表
  GeneralBudgetExpenditure,  // 一般公共预算财政拨款支出表
  BasicExpenditure,          // 一般公共预算财政拨款基本支出表
  GovernmentFund,            // 政府性基金预算财政拨款支出表
  StateCapital,              // 国有资本经营预算财政拨款支出表
  ThreePublic,               // 财政拨款“三公”经费支出表
};

/// One row of a statistical table: 序号, classification code, name and its amounts in the
/// order printed. The first amount is always the 合计 column; the others are not yet
/// assigned to columns (a missing cell is simply absent in pdftotext output).
struct TableRow {
  int seq = 0;
  std::string code;  ///< 201 / 20103 / 2010301, 301 / 30101; empty for 合计 and label rows
  std::string name;
  std::vector<Sourced<Amount>> amounts;
  /// The expenditure side of a two-sided row (收支总表, 财政拨款收支总表); `name` and
  /// `amounts` are then the income side.
  std::string right_name;
  std::vector<Sourced<Amount>> right_amounts;
  /// The header column (index into StatTable::columns) of each of `amounts`; empty when the
  /// cells could not be placed.
  std::vector<int> columns;
  bool placement_ambiguous = false;  ///< the text admits more than one placement
  /// Tokens of digits and dots that are no number (“4.004.00”: two cells run together).
  std::vector<Sourced<std::string>> glued;
  Span span;                         ///< the row's 序号
};

struct StatTable {
  TableKind kind = TableKind::Summary;
  std::string title;
  Span title_span;
  bool final_accounts = false;       ///< a 决算 table
  bool empty_noted = false;          ///< “注：无…，空表列示。”
  /// The extraction printed the header's 栏次 numbers among the rows: its reading order is
  /// column by column, not row by row, so the rows cannot be trusted (P202; T rules skip it).
  bool scrambled = false;
  /// The table goes on to the right on a later page whose rows could not be paired with these
  /// (P204): the rows lack columns, so no check runs on them.
  bool sideways_unjoined = false;
  /// Rows that can be held to the identities: neither scrambled nor cut short.
  bool checkable() const { return !scrambled && !sideways_unjoined; }
  std::string header;                ///< the header's words, joined (“合计基本支出项目支出”)
  std::vector<std::string> columns;  ///< the amount columns of the header, 合计 first
  /// The amount columns as printed, left to right (PDF and DOCX tables, whose columns are known):
  /// each column's header words, its group's prepended where two columns share a name.
  std::vector<std::string> labels;
  /// The columns are not the standard ones of this kind of table (`columns` then holds the
  /// printed labels): checks that rely on the standard columns leave the table alone.
  bool columns_as_printed = false;
  std::string unit;  ///< the table's own unit line (万元, 元, 千元), if it has one
  std::vector<TableRow> rows;
};

/// One line of the table of contents (目录), without its dot leaders and page number.
struct ContentsEntry {
  std::string title;
  Span span;
  std::optional<TableKind> table;  ///< the statistical table it names, if it names one
};

struct SelfEvaluation;  // budgetlint/self_evaluation.hpp

/// The typed model of one disclosure. Every value keeps its source span.
struct Disclosure {
  DocumentKind kind = DocumentKind::Unknown;
  std::optional<Sourced<std::string>> department;
  std::optional<Sourced<int>> year;
  std::string unit = "万元";
  /// Figures with more digits than any real amount (P205), left out of every check.
  std::vector<Sourced<std::string>> absurd_amounts;
  std::vector<ContentsEntry> contents;  ///< 目录, if the document has one
  std::vector<Section> sections;
  Income income;
  Expenditure expenditure;
  YearOverYear change;                    ///< 比上年增减 of the budget as a whole
  std::optional<Figure> operating_costs;  ///< 机关运行经费
  ThreePublic three_public;
  std::optional<Figure> procurement_total;  ///< 政府采购预算
  std::optional<ProcurementTable> procurement_table;
  FixedAssets fixed_assets;
  std::vector<StatTable> tables;
  std::vector<Figure> figures;  ///< every money figure of the narrative, in order
  std::vector<YearMention> years;
  /// The 绩效自评 part (scores, grade, project list), when the document is a self-evaluation.
  std::shared_ptr<const SelfEvaluation> self_evaluation;
  std::vector<Project> projects;  ///< the 绩效目标表 of the projects, in order
  DepartmentPerformance department_performance;
};

const char* to_string(DocumentKind kind);
const char* to_string(MoneyUnit unit);
const char* to_string(SectionTopic topic);
const char* to_string(IncomeSource source);
const char* to_string(Direction direction);
const char* to_string(ChangeSubject subject);
const char* to_string(YearUse use);
const char* to_string(TableKind kind);

}  // namespace budgetlint
