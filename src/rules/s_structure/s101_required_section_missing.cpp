#include "../rules.hpp"
#include "../support.hpp"
#include "budgetlint/self_evaluation.hpp"

namespace budgetlint::rules {
namespace {

struct Required {
  SectionTopic topic;
  std::string_view name_zh;
  std::string_view name_en;
};

constexpr Required kDisclosureSections[] = {
    {SectionTopic::Duties, "部门职责及机构设置", "duties and organisation"},
    {SectionTopic::Overview, "收支预算（决算）总体情况", "overview of income and expenditure"},
    {SectionTopic::OperatingCosts, "机关运行经费", "operating costs"},
    {SectionTopic::ThreePublic, "财政拨款“三公”经费", "three-public spending"},
    {SectionTopic::Performance, "绩效目标（绩效信息）", "performance targets"},
    {SectionTopic::Procurement, "政府采购", "government procurement"},
    {SectionTopic::Assets, "国有资产占有", "state-owned assets"},
    {SectionTopic::Glossary, "名词解释", "glossary"},
};

constexpr Required kSelfEvaluationSections[] = {
    {SectionTopic::EvalBasics, "部门基本情况", "the department"},
    {SectionTopic::EvalResults, "绩效目标实现情况", "achievement of the targets"},
    {SectionTopic::EvalConclusion, "评价结论和评价等级", "conclusion and grade"},
    {SectionTopic::EvalProblems, "存在的问题及改进措施", "problems and remedies"},
};

template <std::size_t N>
void require(RuleContext& ctx, const Required (&sections)[N]) {
  const Disclosure& d = ctx.model();
  Span where = d.year ? d.year->span : Span{};
  for (const Required& r : sections) {
    bool found = false;
    // A part may be a sub-heading of another (Beijing's “五、其他情况说明” / “（一）机关运行经费”).
    for (const Section& s : d.sections) found |= s.topic == r.topic || s.named == r.topic;
    if (found) continue;
    Finding& f = ctx.report(where);
    arg(f, "section", std::string(r.name_zh));
    arg(f, "section_en", std::string(r.name_en));
    arg(f, "kind", to_string(d.kind));
  }
}

// A file of tables alone (Beijing publishes its 报表 apart from the 情况说明) states nothing in
// prose and has no section to miss.
bool tables_only(const Disclosure& d) {
  bool has_tables = !d.tables.empty() || (d.self_evaluation && !d.self_evaluation->scores.empty());
  if (!has_tables || !d.figures.empty()) return false;
  for (const Section& s : d.sections) {
    if (s.topic != SectionTopic::None) return false;
  }
  return true;
}

void check(RuleContext& ctx) {
  if (tables_only(ctx.model())) return;
  switch (ctx.model().kind) {
    case DocumentKind::Budget:
    case DocumentKind::FinalAccounts:
      require(ctx, kDisclosureSections);
      break;
    case DocumentKind::SelfEvaluation:
      require(ctx, kSelfEvaluationSections);
      break;
    case DocumentKind::Unknown:
      break;
  }
}

const RuleInfo kInfo{
    "S101",
    "required-section-missing",
    Severity::Warning,
    RuleInput::Sections,
    "缺少必须公开的部分",
    "A required part of the disclosure is missing",
    "{kind}公开缺少“{section}”部分（未找到以一、二、…编号的相应标题）",
    "the {kind} disclosure has no section on {section_en} (no numbered heading for it was found)",
    "检查内容：部门预算（决算）公开是否包含部门职责及机构设置、收支总体情况、机关运行经费、财政拨款“三公”经费、绩效目标"
    "、政府采购、国有资产占有、名词解释等部分；绩效自评报告是否包含部门基本情况、绩效目标实现情况、评价结论和等级、存在"
    "的问题及改进措施。按一级和二级标题（一、（一）…）的文字识别。\n"
    "为何重要：这些部分是公开规定要求的内容，缺少任何一项都是不完整的公开。\n"
    "示例：说明中没有“四、财政拨款“三公”经费预算情况”。\n"
    "正确写法：每一部分单列一级标题；没有内容时写明“无”。只有报表、没有文字说明的文件（说明另行公开）不查。\n"
    "容差：不适用。\n"
    "依据：《地方预决算公开操作规程》。",
    "What it checks: that a budget (or final-accounts) disclosure has its sections on duties, overview, operating "
    "costs, three-public spending, performance targets, procurement, state assets and a glossary, and that a "
    "self-evaluation has the department, the achievement of targets, the conclusion and grade, and the problems and "
    "remedies; found by the words of the numbered headings of the first two levels (一、, （一）).\n"
    "Why it matters: these parts are required; a disclosure without one of them is incomplete.\n"
    "Example: no heading for 财政拨款“三公”经费.\n"
    "Correct: one numbered heading per part, stating 无 where there is nothing to report. A file of tables alone "
    "(its explanation published as another file) is not checked.\n"
    "Tolerance: not applicable.\n"
    "References: 地方预决算公开操作规程.",
    "0.1.0"};

}  // namespace

const Rule kS101{kInfo, check};

}  // namespace budgetlint::rules
