// 收入说明, 支出说明, 比上年增减, 机关运行经费 and 政府采购 from the narrative.
#include "extract_context.hpp"

namespace budgetlint::parse {
namespace {

std::optional<IncomeSource> income_source_of(std::string_view label) {
  if (contains_any(label, {"上年结转", "结转结余", "结转和结余", "年初结转"})) return IncomeSource::CarryOver;
  if (contains(label, "一般公共预算")) return IncomeSource::GeneralBudget;
  if (contains_any(label, {"政府性基金", "基金预算"})) return IncomeSource::GovernmentFund;
  if (contains(label, "国有资本")) return IncomeSource::StateCapital;
  if (contains(label, "财政专户")) return IncomeSource::FiscalSpecialAccount;
  if (contains_any(label, {"单位资金", "其他来源", "其他收入", "事业收入", "经营收入", "上级补助", "附属单位"}))
    return IncomeSource::UnitFunds;
  if (contains(label, "财政拨款")) return IncomeSource::FiscalAppropriation;
  return std::nullopt;
}

// 人员经费 / 日常公用经费 / 基本支出 / 项目支出, in the wordings of the seeds
// (“人员类项目经费”, “运转类公用项目经费”, “运转类其他及特定目标类项目支出”).
std::optional<ChangeSubject> budget_part_of(std::string_view label) {
  if (contains(label, "人员")) return ChangeSubject::Personnel;
  if (contains(label, "公用")) return ChangeSubject::Public;
  if (contains(label, "基本")) return ChangeSubject::Basic;
  if (contains(label, "项目")) return ChangeSubject::Project;
  return std::nullopt;
}

bool is_plain_figure(const Mention& m) { return !m.direction && !m.after; }

void extract_income(const ExtractContext& ctx, const std::vector<std::size_t>& paragraphs, Income& income) {
  for (std::size_t pi : paragraphs) {
    const Paragraph& p = ctx.paragraphs()[pi];
    const auto& ms = ctx.mentions(pi);
    for (std::size_t n = 0; n < ms.size(); ++n) {
      const Mention& m = ms[n];
      if (!is_plain_figure(m) || !contains(m.label, "收入") || income_source_of(m.label)) continue;
      if (contains_any(m.label, {"支出", "三公"})) continue;
      income.total = to_figure(m);
      for (const Mention* k : ctx.rest_of_sentence(pi, n)) {
        if (contains(k->label, "支出")) break;
        if (auto source = income_source_of(k->label); source && is_plain_figure(*k))
          income.sources.push_back({*source, to_figure(*k)});
      }
      // “2020年收入预算共计1284.11万元，全部为财政拨款收入。”: one source, the whole total.
      if (income.sources.empty()) {
        std::string_view rest = text_between(p, m.end, m.clause_end);
        std::size_t at = rest.find("全部为");
        if (at != std::string_view::npos) {
          std::string_view named = rest.substr(at);
          std::size_t end = find_any(named, {",", "。", ";"});
          named = named.substr(0, std::min(end, named.size()));
          if (auto source = income_source_of(named)) {
            std::size_t b = m.end + at;
            Figure f{std::string(named.substr(9)), m.money};
            f.money.span = p.to_doc(b, b + named.size());
            f.money.raw = std::string(named);
            income.sources.push_back({*source, f});
          }
        }
      }
      return;
    }
  }
}

// “支出预算”, “本年支出”, “支出总计”: the whole of the expenditure, not a kind of it
// (“事业单位经营支出”, “上缴上级支出”, “一般公共服务支出”) nor a part (基本/项目/人员/公用).
bool is_expenditure_total(std::string_view label) {
  if (!contains(label, "支出") || budget_part_of(label) || contains_any(label, {"三公", "收入"})) return false;
  if (contains_any(label, {"总计", "合计", "共计", "总额", "总支出", "支出总"})) return true;
  std::string rest(label.substr(0, label.find("支出")));
  for (std::string_view w : {"本年度", "本年", "年度", "全年", "部门", "单位", "预算", "当年", "年初"}) {
    for (std::size_t at = rest.find(w); at != std::string::npos; at = rest.find(w)) rest.erase(at, w.size());
  }
  // what is left before 支出 is a year (“2026年”) or nothing
  std::size_t k = 0;
  while (k < rest.size() && ((rest[k] >= '0' && rest[k] <= '9') || rest[k] == ' ')) ++k;
  std::string_view tail = std::string_view(rest).substr(k);
  return tail.empty() || tail == "年";
}

void extract_expenditure(const ExtractContext& ctx, const std::vector<std::size_t>& paragraphs, Expenditure& e) {
  for (std::size_t pi : paragraphs) {
    const auto& ms = ctx.mentions(pi);
    for (std::size_t n = 0; n < ms.size(); ++n) {
      const Mention& m = ms[n];
      if (!is_plain_figure(m) || !is_expenditure_total(m.label)) continue;
      e.total = to_figure(m);
      for (const Mention* k : ctx.rest_of_sentence(pi, n)) {
        if (!is_plain_figure(*k)) break;
        auto part = budget_part_of(k->label);
        if (!part) continue;
        std::optional<Figure>& slot = *part == ChangeSubject::Personnel ? e.personnel
                                      : *part == ChangeSubject::Public  ? e.public_
                                      : *part == ChangeSubject::Basic   ? e.basic
                                                                        : e.project;
        if (!slot) slot = to_figure(*k);
      }
      return;
    }
  }
}

void extract_change(const ExtractContext& ctx, const std::vector<std::size_t>& paragraphs, int work_year,
                    YearOverYear& y) {
  for (std::size_t pi : paragraphs) {
    const Paragraph& p = ctx.paragraphs()[pi];
    const auto& ms = ctx.mentions(pi);
    bool has_change = false;
    for (const Mention& m : ms) has_change |= !is_plain_figure(m);
    if (!has_change || contains(p.text, "三公")) continue;
    bool total_found = false;
    std::optional<Figure> last_plain;
    for (std::size_t n = 0; n < ms.size(); ++n) {
      const Mention& m = ms[n];
      if (is_plain_figure(m)) {
        if (!total_found) last_plain = to_figure(m);
        continue;
      }
      std::size_t next_label = n + 1 < ms.size() ? ms[n + 1].label_begin : p.text.size();
      auto part = budget_part_of(m.label);
      ChangeSubject subject = part ? *part : ChangeSubject::Other;
      if (!part && !total_found) {
        subject = ChangeSubject::Total;
        total_found = true;
        y.current = last_plain;
        y.prior_year = prior_year_of(p, m, work_year);
      }
      Change c = make_change(p, m, subject, next_label);
      y.has_reason |= !c.reason.empty();
      y.changes.push_back(std::move(c));
    }
    return;
  }
}

std::optional<Figure> first_figure_about(const ExtractContext& ctx, SectionTopic topic,
                                         std::initializer_list<std::string_view> words) {
  for (std::size_t pi : ctx.paragraphs_about(topic)) {
    for (const Mention& m : ctx.mentions(pi)) {
      if (contains_any(m.label, words)) return to_figure(m);
    }
  }
  return std::nullopt;
}

// “我单位2020年未安排政府采购预算” or “注：无政府采购预算，空表列示。”: a stated zero.
std::optional<Figure> stated_none(const ExtractContext& ctx, SectionTopic topic,
                                  std::initializer_list<std::string_view> phrases) {
  for (std::size_t pi = 0; pi < ctx.paragraphs().size(); ++pi) {
    const Paragraph& p = ctx.paragraphs()[pi];
    if (ctx.topic_of_paragraph(pi) != topic) continue;
    for (std::string_view phrase : phrases) {
      if (std::size_t at = p.text.find(phrase); at != std::string::npos) {
        Figure f;
        f.label = std::string(phrase);
        f.money.value = Money{Amount{0, 2}, MoneyUnit::Wan};
        f.money.span = p.to_doc(at, at + phrase.size());
        f.money.raw = std::string(phrase);
        return f;
      }
    }
  }
  return std::nullopt;
}

}  // namespace

void extract_summary(const ExtractContext& ctx, int work_year, Disclosure& d) {
  std::vector<std::size_t> overview = ctx.paragraphs_about(SectionTopic::Overview);
  extract_income(ctx, overview, d.income);
  extract_expenditure(ctx, overview, d.expenditure);
  // “（一）基本支出。基本支出预算 10,792.95 万元” under a heading of its own (Beijing). Not so
  // 项目支出: stated apart, beside a total that also holds 上缴上级 or 结转 spending, it would make
  // 基本 + 项目 ≠ 合计 (T102) where the document is right.
  if (!d.expenditure.basic) {
    for (std::size_t pi : overview) {
      for (const Mention& m : ctx.mentions(pi)) {
        if (!d.expenditure.basic && is_plain_figure(m) && starts_with_any(m.label, {"基本支出"}) &&
            !contains_any(m.label, {"人员", "公用", "一般公共预算", "财政拨款", "中"}))
          d.expenditure.basic = to_figure(m);
      }
    }
  }
  extract_change(ctx, overview, work_year, d.change);
  d.operating_costs = first_figure_about(ctx, SectionTopic::OperatingCosts, {"机关运行"});
  d.procurement_total = first_figure_about(ctx, SectionTopic::Procurement, {"政府采购"});
  if (!d.procurement_total)
    d.procurement_total = stated_none(ctx, SectionTopic::Procurement, {"未安排政府采购", "无政府采购", "没有政府采购"});
}

}  // namespace budgetlint::parse
