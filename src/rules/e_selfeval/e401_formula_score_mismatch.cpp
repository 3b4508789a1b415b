#include "../rules.hpp"
#include "self_evaluation_support.hpp"

namespace budgetlint::rules {
namespace {

// A banded criterion: full marks up to (or from) one rate, none from (or up to) another, and
// a fraction of the points off for every step in between. Read from the 评价标准 text:
// “1. 结转结余率小于或等于5%的，得满分；2. 结转结余率大于或等于50%的，得0分；3. …
// 每五个百分点为档，每档扣分值的十分之一。”
struct Formula {
  bool lower_is_better = true;
  std::int64_t full = 0;  // micros of a percent
  std::optional<std::int64_t> zero;
  std::int64_t step = 0;      // micros of a percent
  std::int64_t fraction = 0;  // the n of “n分之一”
};

constexpr std::string_view kNumerals[] = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

// “五” → 5, “十” → 10, “二十” → 20, “5” → 5.
std::optional<std::int64_t> small_number(std::string_view s) {
  if (!s.empty() && s[0] >= '0' && s[0] <= '9') {
    auto a = Amount::parse(s);
    return a ? std::optional<std::int64_t>(a->micros) : std::nullopt;
  }
  std::int64_t value = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    bool found = false;
    for (std::size_t n = 1; n <= 10; ++n) {
      if (s.substr(i, kNumerals[n].size()) != kNumerals[n]) continue;
      value = n == 10 ? (value == 0 ? 10 : value * 10) : value + static_cast<std::int64_t>(n);
      i += kNumerals[n].size();
      found = true;
      break;
    }
    if (!found) return std::nullopt;
  }
  return value == 0 ? std::nullopt : std::optional<std::int64_t>(value * Amount::kScale);
}

bool contains(std::string_view s, std::string_view w) { return s.find(w) != std::string_view::npos; }

// The clause before `at` (from the last ; or 。) and the last percentage in it.
struct Threshold {
  std::string_view clause;
  std::optional<std::int64_t> percent;
};

Threshold threshold_before(std::string_view text, std::size_t at) {
  std::size_t from = 0;
  for (std::string_view b : {";", "。"}) {
    std::size_t p = text.rfind(b, at);
    if (p != std::string_view::npos) from = std::max(from, p + b.size());
  }
  Threshold t;
  t.clause = text.substr(from, at - from);
  std::size_t pct = t.clause.rfind('%');
  if (pct == std::string_view::npos) return t;
  std::size_t begin = pct;
  while (begin > 0 && ((t.clause[begin - 1] >= '0' && t.clause[begin - 1] <= '9') || t.clause[begin - 1] == '.'))
    --begin;
  if (auto a = Amount::parse(t.clause.substr(begin, pct - begin))) t.percent = a->micros;
  return t;
}

std::optional<Formula> read_formula(std::string_view c) {
  std::size_t full_at = c.find("得满分");
  if (full_at == std::string_view::npos) return std::nullopt;
  Threshold full = threshold_before(c, full_at);
  if (!full.percent) return std::nullopt;
  Formula f;
  f.full = *full.percent;
  bool lower = contains(full.clause, "小于") || contains(full.clause, "≤") || contains(full.clause, "<=") ||
               contains(full.clause, "以下");
  bool higher = contains(full.clause, "大于") || contains(full.clause, "≥") || contains(full.clause, ">=") ||
                contains(full.clause, "以上");
  if (lower == higher) return std::nullopt;
  f.lower_is_better = lower;
  for (std::string_view z : {"得0分", "得零分"}) {
    if (std::size_t at = c.find(z); at != std::string_view::npos) f.zero = threshold_before(c, at).percent;
  }
  // “每五个百分点为档” / “每降低一个百分点” / “每增个百分点”
  if (std::size_t at = c.find("个百分点"); at != std::string_view::npos) {
    std::size_t each = c.rfind("每", at);
    if (each != std::string_view::npos) {
      std::string_view between = c.substr(each + 3, at - each - 3);
      for (std::string_view w : {"降低", "增加", "增", "减少", "下降"}) {
        if (between.substr(0, w.size()) == w) between.remove_prefix(w.size());
      }
      f.step = between.empty() ? Amount::kScale : small_number(between).value_or(0);
    }
  }
  if (std::size_t at = c.find("分之一"); at != std::string_view::npos) {
    std::size_t de = c.rfind("的", at);
    if (de != std::string_view::npos && de + 3 <= at)
      f.fraction = small_number(c.substr(de + 3, at - de - 3)).value_or(0) / Amount::kScale;
  }
  return f;
}

// The scores the formula allows for `rate`: one value, or two when the step count is not whole
// (the criterion does not say whether a begun step counts).
std::vector<Amount> expected_scores(const Formula& f, std::int64_t rate, const Amount& max) {
  bool in_full = f.lower_is_better ? rate <= f.full : rate >= f.full;
  if (in_full) return {max};
  if (!f.zero || f.step <= 0 || f.fraction <= 0) return {};
  bool in_zero = f.lower_is_better ? rate >= *f.zero : rate <= *f.zero;
  if (in_zero) return {Amount{0, max.decimals}};
  std::int64_t excess = f.lower_is_better ? rate - f.full : f.full - rate;
  std::int64_t floor_steps = excess / f.step;
  std::int64_t ceil_steps = (excess + f.step - 1) / f.step;
  std::vector<Amount> out;
  for (std::int64_t steps : {floor_steps, ceil_steps}) {
    std::int64_t left = max.micros - steps * max.micros / f.fraction;
    out.push_back(Amount{std::max<std::int64_t>(left, 0), std::max(max.decimals, 1)});
  }
  return out;
}

std::string fmt_rate(const Amount& rate) { return rate.to_string() + "%"; }

void check(RuleContext& ctx) {
  const SelfEvaluation* se = self_evaluation_of(ctx);
  if (!se) return;
  for (auto [narrative, row] : pair_narrative_with_table(*se)) {
    if (!narrative->stated_rate) continue;
    auto formula = read_formula(row->criterion);
    if (!formula) continue;
    std::int64_t rate = narrative->stated_rate->value.micros;
    std::vector<Amount> allowed = expected_scores(*formula, rate, row->maximum.value);
    if (allowed.empty()) continue;
    bool ok = false;
    for (const Amount& a : allowed) ok |= a == row->score.value;
    if (ok) continue;
    const Amount& expected = allowed.front();
    Finding& f = ctx.report(row->score.span);
    f.section_path = {"部门整体支出绩效自评表", row->name};
    Amount full{formula->full, 0};
    std::string computation;
    if (expected == row->maximum.value) {
      computation = fmt_rate(narrative->stated_rate->value) + (formula->lower_is_better ? " ≤ " : " ≥ ") +
                    full.to_string() + "%，得满分 " + row->maximum.value.to_string() + " 分";
    } else {
      std::int64_t excess = formula->lower_is_better ? rate - formula->full : formula->full - rate;
      Amount per_step{row->maximum.value.micros / formula->fraction, 2};
      computation = fmt_rate(narrative->stated_rate->value) + (formula->lower_is_better ? " 超出 " : " 低于 ") +
                    full.to_string() + "% 共 " + Amount{excess, narrative->stated_rate->value.decimals}.to_string() +
                    " 个百分点，每 " + Amount{formula->step, 0}.to_string() + " 个百分点扣 " +
                    row->maximum.value.to_string() + " × 1/" + std::to_string(formula->fraction) + " = " +
                    per_step.to_string() + " 分";
    }
    std::string allowed_text;
    for (const Amount& a : allowed) {
      if (!allowed_text.empty() && allowed_text != a.to_string()) allowed_text += " 或 " + a.to_string();
      if (allowed_text.empty()) allowed_text = a.to_string();
    }
    arg(f, "item", row->name);
    arg(f, "computation", computation);
    arg(f, "expected", allowed_text);
    arg(f, "score", row->score.value.to_string());
    set_exact_evidence(f, expected, row->score.value, "分");
    f.evidence.figures.push_back(
        evidence_of("narrative", narrative->name + "（所述比率）", *narrative->stated_rate, "%"));
    f.evidence.figures.push_back(evidence_of("table", row->name + "（自评得分）", row->score, "分"));
  }
}

const RuleInfo kInfo{
    "E401",
    "formula-score-mismatch",
    Severity::Warning,
    RuleInput::Model,
    "按评价标准的计分公式，自评得分与报告自己的数字不符",
    "The score differs from what the criterion's formula gives for the report's own figures",
    "“{item}”：{computation}，应得 {expected} 分，自评得 {score} 分",
    "“{item}”: {computation}; the criterion gives {expected}, the score is {score}",
    "检查内容：评价标准是可以计算的分档公式时（如“结转结余率小于或等于5%的，得满分；大于或等于50%的，得0分；"
    "每五个百分点为档，每档扣分值的十分之一”），用正文自述的比率（如“结转结余率为 35%”）算出应得分，与自评得分比较。\n"
    "为何重要：公式化的指标不应凭印象打分；按报告自己的数字算不出这个分，说明打分偏松或偏紧。\n"
    "示例：分值 2，结转结余率 35%，超出 5% 共 30 个百分点即 6 档，每档扣 0.2 分，应得 0.8 分，自评得 1.5 分。\n"
    "正确写法：按公式计分，或在正文中说明偏离公式的理由。\n"
    "容差：比率不足一整档时，按舍去和进位两种算法得到的分数都算对。\n"
    "依据：报告自评表中该指标的评价标准。",
    "What it checks: where a criterion is a banded formula (full marks up to 5%, none from 50%, a tenth of the "
    "points off per 5 points in between), the score the formula gives for the rate the narrative states, "
    "against the score awarded.\n"
    "Why it matters: a formula-based indicator should not be scored by impression; the report's own figures do not "
    "give that score.\n"
    "Example: maximum 2, rate 35%: 30 points over 5% are 6 steps of 0.2, so 0.8, not 1.5.\n"
    "Correct: score by the formula, or explain the departure.\n"
    "Tolerance: when the rate falls inside a step, both rounding down and up are accepted.\n"
    "References: the indicator's 评价标准 in the report's own table.",
    "0.1.0"};

}  // namespace

const Rule kE401{kInfo, check};

}  // namespace budgetlint::rules
