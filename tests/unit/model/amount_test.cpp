#include <catch2/catch.hpp>

#include "budgetlint/amount.hpp"
#include "budgetlint/model.hpp"

using budgetlint::Amount;
using budgetlint::check_sum;

namespace {
Amount a(const char* text) { return *Amount::parse(text); }
}  // namespace

TEST_CASE("amount: parses printed decimals exactly", "[model][amount]") {
  CHECK(a("1166.60").micros == 1'166'600'000);
  CHECK(a("1166.60").decimals == 2);
  CHECK(a("865").decimals == 0);
  CHECK(a("-2.19").micros == -2'190'000);
  CHECK(a("1,384.07").micros == 1'384'070'000);
  CHECK(a("4.484").decimals == 3);
  CHECK_FALSE(Amount::parse("12."));
  CHECK_FALSE(Amount::parse(".5"));
  CHECK_FALSE(Amount::parse("1.2.3"));
  CHECK_FALSE(Amount::parse("12a"));
  CHECK_FALSE(Amount::parse(""));
  CHECK_FALSE(Amount::parse("1.1234567"));  // finer than a millionth
}

TEST_CASE("amount: renders with its printed decimals", "[model][amount]") {
  CHECK(a("1166.60").to_string() == "1166.60");
  CHECK(a("0").to_string() == "0");
  CHECK(a("-0.05").to_string() == "-0.05");
  CHECK(a("865").to_string(2) == "865.00");
  CHECK(budgetlint::checked_sum({a("519.07"), a("865")})->to_string() == "1384.07");
}

TEST_CASE("amount: the XBRL tolerance is strict and adds half-units", "[model][amount]") {
  // 2024 Pingxiang: 1166.60 = 673.24 + 493.36 exactly.
  CHECK(check_sum(a("1166.60"), {a("673.24"), a("493.36")}).consistent);
  // Rounding: three parts printed to cents may miss the total by up to 0.015 (+0.005 for it).
  CHECK(check_sum(a("10.00"), {a("3.33"), a("3.33"), a("3.33")}).consistent);
  CHECK_FALSE(check_sum(a("10.00"), {a("3.33"), a("3.33"), a("3.32")}).consistent);
  // One part equal to its total must match exactly: 0.01 apart is not within 0.005 + 0.005.
  CHECK_FALSE(check_sum(a("1.00"), {a("1.01")}).consistent);
  CHECK(check_sum(a("1.00"), {a("1.00")}).consistent);
  // A figure printed without decimals stands for ±0.5.
  CHECK(check_sum(a("35"), {a("0"), a("25"), a("10")}).consistent);
  CHECK_FALSE(check_sum(a("35"), {a("0"), a("25"), a("12")}).consistent);
}

TEST_CASE("amount: evidence of a mismatch", "[model][amount]") {
  auto c = check_sum(a("1384.07"), {a("529.07"), a("865.00")});
  REQUIRE_FALSE(c.consistent);
  CHECK(c.expected.to_string() == "1394.07");
  CHECK(c.difference.to_string() == "-10.00");
  CHECK(c.tolerance.to_string() == "0.015");
}

TEST_CASE("amount: signed parts for decreases", "[model][amount]") {
  // 2021 Pingxiang: −257.06 = −2.19 − 254.87
  CHECK(check_sum(a("-257.06"), {a("-2.19"), a("-254.87")}).consistent);
  CHECK_FALSE(check_sum(a("-257.06"), {a("-2.19"), a("-244.87")}).consistent);
}

TEST_CASE("money: 元 converts to 万元 exactly", "[model][amount]") {
  budgetlint::Money m{a("293"), budgetlint::MoneyUnit::Yuan};
  CHECK(m.in_wan().to_string() == "0.0293");
  budgetlint::Money fen{a("0.01"), budgetlint::MoneyUnit::Yuan};
  CHECK(fen.in_wan().micros == 1);
}

TEST_CASE("amount: a figure of a two-decimal context is exact", "[model][amount]") {
  // Four zero sources printed “0” beside cents: the 1 万元 error cannot hide behind ±0.5 each.
  std::vector<Amount> loose = {a("99.00"), a("0"), a("0"), a("0"), a("0")};
  CHECK(check_sum(a("100.00"), loose).consistent);
  std::vector<Amount> exact;
  for (const Amount& p : loose) exact.push_back(p.in_context(2));
  auto c = check_sum(a("100.00").in_context(2), exact);
  CHECK_FALSE(c.consistent);
  CHECK(c.tolerance.to_string() == "0.030");
  // The context never makes a figure coarser than its own digits, and rendering keeps them.
  CHECK(a("1.234").in_context(2).precision() == 3);
  CHECK(a("865").in_context(2).to_string() == "865");
}

TEST_CASE("amount: no figure or sum overflows", "[model][amount]") {
  CHECK(Amount::parse("999999999999.99"));
  CHECK_FALSE(Amount::parse("1000000000001"));  // 13 digits: no amount
  CHECK(Amount::too_large("1000000000001.00"));
  CHECK_FALSE(Amount::too_large("999,999,999,999.00"));
  Amount huge = a("999999999999");
  std::vector<Amount> many(20, huge);
  CHECK_FALSE(budgetlint::checked_sum(many));
  auto c = check_sum(a("1"), many);
  CHECK(c.overflow);
  CHECK(c.consistent);  // no verdict on absurd figures; P109 reports them
  CHECK_FALSE(budgetlint::checked_times(huge, 10'000'000));
  CHECK(budgetlint::checked_times(a("1.50"), 4)->to_string() == "6.00");
  // 亿元 to 万元 saturates instead of overflowing, and keeps its coarse precision.
  budgetlint::Money yi{a("999999999999"), budgetlint::MoneyUnit::Yi};
  CHECK(yi.in_wan().micros == Amount::kMaxMicros);
  budgetlint::Money rounded{a("1.2"), budgetlint::MoneyUnit::Yi};
  CHECK(rounded.in_wan().to_string() == "12000");
  CHECK(check_sum(rounded.in_wan(), {a("12400")}).consistent);   // 1.2亿 stands for 11500..12500 万
  CHECK_FALSE(check_sum(rounded.in_wan(), {a("12600")}).consistent);
}
