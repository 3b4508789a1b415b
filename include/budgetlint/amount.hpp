#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetlint {

/// An exact decimal figure as printed: an integer in millionths plus the printed decimals.
/// Never a double: 1166.60 is {1166600000, 2}. Every value is within ±kMaxMicros.
struct Amount {
  static constexpr int kScaleDigits = 6;
  static constexpr std::int64_t kScale = 1'000'000;
  /// No figure of a disclosure has more than 12 digits before its point (a trillion in its
  /// unit): larger ones are not read as amounts, so every value stays within ±10^18 micros and
  /// sums of a few of them cannot overflow.
  static constexpr int kMaxWholeDigits = 12;
  static constexpr std::int64_t kMaxWhole = 1'000'000'000'000;  // 10^kMaxWholeDigits
  static constexpr std::int64_t kMaxMicros = kMaxWhole * kScale;

  constexpr Amount() = default;
  constexpr Amount(std::int64_t micros_, int decimals_, std::optional<int> exact_to_ = std::nullopt)
      : micros(micros_), decimals(decimals_), exact_to(exact_to_) {}

  std::int64_t micros = 0;
  int decimals = 0;  ///< as printed
  /// The decimals the value is exact to when its context says more than its own digits: in a
  /// table or paragraph that prints two decimals, “0” is exactly 0.00 (DESIGN.md). Negative
  /// after a conversion to a smaller unit (“3亿元” is exact to the 10^4 万元).
  std::optional<int> exact_to;

  /// Parses "1166.60", "-2.19", "0", "1,384.07"; nullopt when not a plain decimal or larger
  /// than kMaxWhole.
  static std::optional<Amount> parse(std::string_view text);
  /// The integer part of `text` has more digits than any amount may (see kMaxWhole).
  static bool too_large(std::string_view text);
  static Amount from_micros(std::int64_t micros, int decimals) { return {micros, decimals, std::nullopt}; }

  /// The decimals the value is exact to: its context's, else its printed ones.
  int precision() const { return exact_to.value_or(decimals); }
  /// The same value, exact to at least `context_decimals` (a figure of a two-decimal table).
  Amount in_context(int context_decimals) const;
  /// Twice the half-unit of the last exact digit (kept doubled to stay integral).
  std::int64_t twice_half_unit() const;
  /// Rendered with its printed decimals ("1166.60").
  std::string to_string() const;
  /// Rendered with at least `min_decimals` decimals (for sums of mixed precision).
  std::string to_string(int min_decimals) const;

  Amount negated() const { return {-micros, decimals, exact_to}; }
  bool is_zero() const { return micros == 0; }

  friend bool operator==(const Amount& a, const Amount& b) { return a.micros == b.micros; }
  friend bool operator!=(const Amount& a, const Amount& b) { return !(a == b); }
};

/// The sum of printed figures, keeping the finest printed precision; nullopt if it overflows.
std::optional<Amount> checked_sum(const std::vector<Amount>& parts);
/// `a` times a count (a unit price times a quantity); nullopt if it overflows.
std::optional<Amount> checked_times(const Amount& a, std::int64_t count);

/// The one tolerance rule of DESIGN.md (XBRL Calculations 1.1): every printed value v with d
/// decimals stands for v ± ½·10^-d, and total T is consistent with parts p_i when
/// |T − Σp_i| < h_T + Σh_i (strict).
struct Consistency {
  bool consistent = true;
  /// The sum does not fit in int64: no verdict (such figures are reported as absurd, P109).
  bool overflow = false;
  Amount expected;    ///< Σ parts
  Amount difference;  ///< total − Σ parts
  Amount tolerance;   ///< h_T + Σ h_i
};
/// Parts may be negative (a decrease); the half-units add up all the same.
Consistency check_sum(const Amount& total, const std::vector<Amount>& parts);

}  // namespace budgetlint
