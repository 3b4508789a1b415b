#include "../rules.hpp"
#include "../support.hpp"

namespace budgetlint::rules {
namespace {

// Sections that speak of the work year itself; duties, history and glossary may name others.
bool about_work_year(SectionTopic topic) {
  switch (topic) {
    case SectionTopic::Overview:
    case SectionTopic::OperatingCosts:
    case SectionTopic::ThreePublic:
    case SectionTopic::Performance:
    case SectionTopic::Procurement:
    case SectionTopic::EvalResults:
    case SectionTopic::EvalConclusion:
      return true;
    default:
      return false;
  }
}

void check(RuleContext& ctx) {
  const Disclosure& d = ctx.model();
  if (!d.year) return;
  for (const YearMention& y : d.years) {
    if (y.use != YearUse::Statement || y.year == d.year->value || !about_work_year(y.topic)) continue;
    Finding& f = ctx.report(y.span);
    arg(f, "year", std::to_string(y.year));
    arg(f, "work_year", std::to_string(d.year->value));
    arg(f, "context", y.context);
    f.evidence.expected = std::to_string(d.year->value);
    f.evidence.actual = std::to_string(y.year);
    EvidenceFigure title;
    title.role = "stated";
    title.label = "文件年度";
    title.value = std::to_string(d.year->value);
    title.span = d.year->span;
    f.evidence.figures.push_back(title);
  }
}

const RuleInfo kInfo{
    "U102",
    "foreign-work-year",
    Severity::Warning,
    RuleInput::Model,
    "陈述本年度工作的句子写了别的年份",
    "A statement about the work year names another year",
    "“{context}”写的是 {year} 年，而本文件是 {work_year} 年度：疑为沿用旧年份的文字",
    "“{context}” names {year} in a document for {work_year}: probably text carried over from an earlier year",
    "检查内容：在总体情况、机关运行经费、“三公”经费、绩效目标、政府采购等讲本年度工作的部分，以年份开头的陈述（“2017年"
    "围绕县委…”）是否写的是本文件的年度。比较（“较2019年”）、文号（〔2019〕）、日期、历史（“创办于2002年”）不检查。\n"
    "为何重要：沿用往年文字而未改年份，说明内容可能没有按本年度实际情况编写。\n"
    "示例：2020年部门预算中写“2017年围绕县委、县政府的中心工作……”。\n"
    "正确写法：“2020年围绕县委、县政府的中心工作……”。\n"
    "容差：不适用。\n"
    "依据：部门预算应反映本年度的工作安排。",
    "What it checks: that in the sections about the work year (overview, operating costs, three-public, performance "
    "goals, procurement) a statement opening with a year (“2017年围绕县委…”) names the document's own year. "
    "Comparisons (较2019年), document numbers (〔2019〕), dates and history (创办于2002年) are not checked.\n"
    "Why it matters: an old year left in place suggests the text was copied from an earlier disclosure without being "
    "brought up to date.\n"
    "Example: a 2020 budget saying “2017年围绕县委、县政府的中心工作…”.\n"
    "Correct: “2020年围绕县委、县政府的中心工作…”.\n"
    "Tolerance: not applicable.\n"
    "References: a budget describes the work of its own year.",
    "0.1.0"};

}  // namespace

const Rule kU102{kInfo, check};

}  // namespace budgetlint::rules
