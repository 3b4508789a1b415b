#include "budgetlint/amount.hpp"

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace budgetlint {
namespace {

constexpr std::int64_t kPow10[] = {1,           10,           100,           1000,           10000,
                                    100000,      1000000,      10000000,      100000000,      1000000000,
                                    10000000000, 100000000000, 1000000000000, 10000000000000, 100000000000000};
constexpr int kMaxPow = 14;

using Wide = __int128;

std::int64_t clamp_micros(Wide v) {
  return static_cast<std::int64_t>(std::clamp<Wide>(v, -Amount::kMaxMicros, Amount::kMaxMicros));
}

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
    whole = whole * 10 + (c - '0');
    if (whole > kMaxWhole) return std::nullopt;
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
  return Amount{negative ? -micros : micros, decimals, std::nullopt};
}

bool Amount::too_large(std::string_view text) {
  std::size_t digits = 0;
  for (char c : text) {
    if (c == '.') break;
    if (c >= '0' && c <= '9') ++digits;
  }
  return digits > static_cast<std::size_t>(kMaxWholeDigits);
}

Amount Amount::in_context(int context_decimals) const {
  Amount a = *this;
  a.exact_to = std::max(precision(), std::min(context_decimals, kScaleDigits));
  return a;
}

std::int64_t Amount::twice_half_unit() const {
  return kPow10[std::clamp(kScaleDigits - precision(), 0, kMaxPow)];
}

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

std::optional<Amount> checked_sum(const std::vector<Amount>& parts) {
  Wide total = 0;
  int decimals = 0;
  for (const Amount& p : parts) {
    total += p.micros;
    decimals = std::max(decimals, p.decimals);
  }
  if (total < -Amount::kMaxMicros || total > Amount::kMaxMicros) return std::nullopt;
  return Amount{static_cast<std::int64_t>(total), decimals, std::nullopt};
}

std::optional<Amount> checked_times(const Amount& a, std::int64_t count) {
  Wide product = Wide(a.micros) * count;
  if (product < -Amount::kMaxMicros || product > Amount::kMaxMicros) return std::nullopt;
  return Amount{static_cast<std::int64_t>(product), a.decimals, std::nullopt};
}

Consistency check_sum(const Amount& total, const std::vector<Amount>& parts) {
  Consistency c;
  // In 128 bits: at most ~10^4 figures of at most 10^18 micros each, no overflow.
  Wide expected = 0;
  Wide twice_tolerance = total.twice_half_unit();
  int parts_decimals = 0;
  for (const Amount& p : parts) {
    expected += p.micros;
    twice_tolerance += p.twice_half_unit();
    parts_decimals = std::max(parts_decimals, p.decimals);
  }
  int decimals = std::max(total.decimals, parts_decimals);
  Wide difference = Wide(total.micros) - expected;
  c.overflow = expected != clamp_micros(expected) || difference != clamp_micros(difference);
  c.expected = Amount{clamp_micros(expected), parts_decimals, std::nullopt};
  c.difference = Amount{clamp_micros(difference), decimals, std::nullopt};
  // Half of an odd doubled value can need one more digit than the figures: 0.005 for cents.
  c.tolerance = Amount{clamp_micros(twice_tolerance / 2), std::min(decimals + 1, Amount::kScaleDigits), std::nullopt};
  c.consistent = c.overflow || 2 * (difference < 0 ? -difference : difference) < twice_tolerance;
  return c;
}

}  // namespace budgetlint
