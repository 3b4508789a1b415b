#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace budgetlint {

/// An exact decimal figure as printed: an integer in millionths plus the printed decimals.
/// Never a double: 1166.60 is {1166600000, 2}.
struct Amount {
  static constexpr int kScaleDigits = 6;
  static constexpr std::int64_t kScale = 1'000'000;

  std::int64_t micros = 0;
  int decimals = 0;

  /// Parses "1166.60", "-2.19", "0", "1,384.07"; nullopt when not a plain decimal.
  static std::optional<Amount> parse(std::string_view text);
  static Amount from_micros(std::int64_t micros, int decimals) { return {micros, decimals}; }

  /// Twice the half-unit of the last printed digit (kept doubled to stay integral).
  std::int64_t twice_half_unit() const;
  /// Rendered with its printed decimals ("1166.60").
  std::string to_string() const;
  /// Rendered with at least `min_decimals` decimals (for sums of mixed precision).
  std::string to_string(int min_decimals) const;

  Amount negated() const { return {-micros, decimals}; }
  bool is_zero() const { return micros == 0; }

  friend bool operator==(const Amount& a, const Amount& b) { return a.micros == b.micros; }
  friend bool operator!=(const Amount& a, const Amount& b) { return !(a == b); }
};

/// The sum of printed figures, keeping the finest printed precision.
Amount sum(const std::vector<Amount>& parts);

/// The one tolerance rule of DESIGN.md (XBRL Calculations 1.1): every printed value v with d
/// decimals stands for v ± ½·10^-d, and total T is consistent with parts p_i when
/// |T − Σp_i| < h_T + Σh_i (strict).
struct Consistency {
  bool consistent = true;
  Amount expected;    ///< Σ parts
  Amount difference;  ///< total − Σ parts
  Amount tolerance;   ///< h_T + Σ h_i
};
/// Parts may be negative (a decrease); the half-units add up all the same.
Consistency check_sum(const Amount& total, const std::vector<Amount>& parts);

}  // namespace budgetlint
