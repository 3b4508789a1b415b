#include "budgetlint/amount.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace budgetlint {
namespace {

constexpr std::int64_t kPow10[] = {1, 10, 100, 1000, 10000, 100000, 1000000};

}  // namespace

std::optional<Amount> Amount::parse(std::string_view text) {
  bool negative = false;
  std::size_t i = 0;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) {
    negative = text[i] == '-';
    ++i;
  }
  std::int64_t whole = 0;
  int whole_digits = 0;
  for (; i < text.size(); ++i) {
    char c = text[i];
    if (c == ',') continue;  // thousands separators as in "1,384.07"
    if (c < '0' || c > '9') break;
    if (whole > (std::numeric_limits<std::int64_t>::max() / kScale - 9) / 10) return std::nullopt;
    whole = whole * 10 + (c - '0');
    ++whole_digits;
  }
  std::int64_t fraction = 0;
  int decimals = 0;
  if (i < text.size() && text[i] == '.') {
    ++i;
    for (; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i) {
      if (decimals == kScaleDigits) return std::nullopt;
      fraction = fraction * 10 + (text[i] - '0');
      ++decimals;
    }
    if (decimals == 0) return std::nullopt;
  }
  if (i != text.size() || whole_digits == 0) return std::nullopt;
  std::int64_t micros = whole * kScale + fraction * kPow10[kScaleDigits - decimals];
  return Amount{negative ? -micros : micros, decimals};
}

std::int64_t Amount::twice_half_unit() const { return kPow10[kScaleDigits - std::clamp(decimals, 0, kScaleDigits)]; }

std::string Amount::to_string() const { return to_string(decimals); }

std::string Amount::to_string(int min_decimals) const {
  int shown = std::clamp(std::max(decimals, min_decimals), 0, kScaleDigits);
  std::int64_t magnitude = micros < 0 ? -micros : micros;
  std::string out = micros < 0 ? "-" : "";
  out += std::to_string(magnitude / kScale);
  if (shown > 0) {
    std::string frac = std::to_string(magnitude % kScale);
    frac.insert(0, static_cast<std::size_t>(kScaleDigits) - frac.size(), '0');
    out += '.';
    out += frac.substr(0, static_cast<std::size_t>(shown));
  }
  return out;
}

Amount sum(const std::vector<Amount>& parts) {
  Amount total{0, 0};
  for (const Amount& p : parts) {
    total.micros += p.micros;
    total.decimals = std::max(total.decimals, p.decimals);
  }
  return total;
}

Consistency check_sum(const Amount& total, const std::vector<Amount>& parts) {
  Consistency c;
  c.expected = sum(parts);
  int decimals = std::max(total.decimals, c.expected.decimals);
  c.difference = Amount{total.micros - c.expected.micros, decimals};
  std::int64_t twice_tolerance = total.twice_half_unit();
  for (const Amount& p : parts) twice_tolerance += p.twice_half_unit();
  // Half of an odd doubled value can need one more digit than the figures: 0.005 for cents.
  c.tolerance = Amount{twice_tolerance / 2, std::min(decimals + 1, Amount::kScaleDigits)};
  std::int64_t twice_diff = 2 * (c.difference.micros < 0 ? -c.difference.micros : c.difference.micros);
  c.consistent = twice_diff < twice_tolerance;
  return c;
}

}  // namespace budgetlint
