// The precision of a figure comes from its context (DESIGN.md): a table or paragraph that
// prints its amounts with two decimals drops the trailing “.00” of some, so its “0” and “865”
// are exact to the cent, not ±0.5. Only figures visibly rounded keep their own digits, and so
// does a figure that prints some decimals but fewer than its context: a column too narrow for
// its figures rounds them to what fits (“2651.52” beside “2651.518580”).
#include "extract_context.hpp"

namespace budgetlint::parse {
namespace {

template <typename Visit>
int finest_decimals(Visit&& each_amount) {
  int finest = 0;
  each_amount([&](Amount& a) { finest = std::max(finest, a.decimals); });
  return finest;
}

template <typename Visit>
void settle(Visit&& each_amount) {
  int context = finest_decimals(each_amount);
  if (context > 0) {
    each_amount([&](Amount& a) {
      if (a.decimals == 0) a = a.in_context(context);
    });
  }
}

}  // namespace

void settle_table_precision(StatTable& t) {
  settle([&t](auto&& f) {
    for (TableRow& r : t.rows) {
      for (Sourced<Amount>& a : r.amounts) f(a.value);
      for (Sourced<Amount>& a : r.right_amounts) f(a.value);
    }
  });
}

void settle_project_precision(Project& p) {
  settle([&p](auto&& f) {
    for (std::optional<Sourced<Amount>>* a : {&p.budget, &p.fiscal, &p.other}) {
      if (*a) f((*a)->value);
    }
  });
}

void settle_paragraph_precision(const Paragraph& p, std::vector<Mention>& mentions) {
  // 亿元 figures and those said to be approximate (约, 近, 超过…) are rounded on purpose.
  auto rounded = [&p](const Mention& m) {
    if (m.money.value.unit == MoneyUnit::Yi) return true;
    std::string_view before = text_between(p, m.begin >= 9 ? m.begin - 9 : 0, m.begin);
    return contains_any(before, {"约", "近", "超过", "逾", "余"});
  };
  for (MoneyUnit unit : {MoneyUnit::Wan, MoneyUnit::Yuan, MoneyUnit::Qian}) {
    settle([&](auto&& f) {
      for (Mention& m : mentions) {
        if (m.money.value.unit == unit && !rounded(m)) f(m.money.value.amount);
      }
    });
  }
}

}  // namespace budgetlint::parse
