// The records of an anchored table whose merged cells (a project's 名称, 总额, 绩效目标) stand
// centred over the rows of one record (pdf_rows.hpp). A producer that breaks a merged cell over
// two pages sets its text where the middle of the whole cell falls, on one page only, so the rows
// are laid end to end over the pages (each page's body after the last) and cut there: a run per
// label of the key column, in order, each as nearly centred on its label as can be, no cut
// through a merged cell, each holding its label.
#include <algorithm>
#include <cmath>
#include <map>

#include "pdf_rows.hpp"

namespace budgetlint::parse::pdf {
namespace {

// A stretch of the rows laid end to end.
struct Stretch {
  float u0 = 0;
  float u1 = 0;
  float centre() const { return (u0 + u1) / 2; }
};

// The rows end to end: where each row's band begins (halfway across the gap to the row above,
// or half the page's usual gap above the page's first row) in `bounds` (one more than the rows,
// the last the end of the last band), and where each page's body begins.
struct Strip {
  std::vector<float> bounds;
  std::map<std::uint32_t, float> page_shift;  // add to a page's y to lay it end to end
};

Strip strip_of(const std::vector<Block>& rows) {
  Strip s;
  float at = 0;
  for (std::size_t r = 0; r < rows.size();) {
    std::size_t end = r;
    while (end < rows.size() && rows[end].page == rows[r].page) ++end;
    std::vector<float> halves;
    for (std::size_t i = r + 1; i < end; ++i) halves.push_back(std::max(0.0f, (rows[i].y0 - rows[i - 1].y1) / 2));
    float pad = 0;
    if (!halves.empty()) {
      std::nth_element(halves.begin(), halves.begin() + static_cast<long>(halves.size() / 2), halves.end());
      pad = halves[halves.size() / 2];
    }
    float top = rows[r].y0 - pad;
    float shift = at - top;
    s.page_shift[rows[r].page] = shift;
    s.bounds.push_back(at);
    for (std::size_t i = r + 1; i < end; ++i) s.bounds.push_back((rows[i - 1].y1 + rows[i].y0) / 2 + shift);
    at = rows[end - 1].y1 + pad + shift;
    r = end;
  }
  s.bounds.push_back(at);
  return s;
}

}  // namespace

std::optional<std::vector<std::optional<std::size_t>>> records_of_rows(const std::vector<Block>& rows,
                                                                       const std::vector<Block>& labels,
                                                                       const std::vector<const Block*>& cells, float em) {
  if (rows.empty()) return std::vector<std::optional<std::size_t>>{};
  Strip strip = strip_of(rows);
  const std::vector<float>& bounds = strip.bounds;
  std::size_t n = rows.size();
  auto laid = [&](const Block& b) -> std::optional<Stretch> {
    auto shift = strip.page_shift.find(b.page);
    if (shift == strip.page_shift.end()) return std::nullopt;  // a page without rows
    return Stretch{b.y0 + shift->second, b.y1 + shift->second};
  };
  // The labels in order down the strip; one set twice (on both pages) counts once.
  std::vector<std::pair<Stretch, std::size_t>> keys;
  for (std::size_t l = 0; l < labels.size(); ++l) {
    if (auto s = laid(labels[l])) keys.emplace_back(*s, l);
  }
  std::stable_sort(keys.begin(), keys.end(), [](const auto& a, const auto& b) { return a.first.u0 < b.first.u0; });
  // A label set on both pages a cell runs over counts once (whole where the page cut it), and
  // where its two places disagree its record is not weighed by them.
  auto text = [&](std::size_t l) {
    std::string t;
    for (const Tok* w : labels[l].toks) t += w->text;
    return t;
  };
  std::vector<bool> weighed;
  std::vector<std::pair<Stretch, std::size_t>> once;
  for (const auto& key : keys) {
    if (!once.empty() && key.first.u0 < once.back().first.u1) {  // the two parts of a label the page cut
      once.back().first.u1 = std::max(once.back().first.u1, key.first.u1);
      continue;
    }
    if (!once.empty() && text(once.back().second) == text(key.second)) {
      weighed.back() = weighed.back() && std::abs(once.back().first.centre() - key.first.centre()) < 0.5f * em;
      continue;
    }
    once.push_back(key);
    weighed.push_back(true);
  }
  keys = std::move(once);
  if (keys.empty()) return std::nullopt;
  // A cut through a merged cell, or a label not inside its run, costs much (a producer may let a
  // cell's text run over its rows), so that a run with neither is always preferred.
  const float slack = 0.3f * em;
  const float kAmiss = 5 * em;
  std::vector<float> cut_cost(n + 1, 0);
  for (const Block* b : cells) {
    auto s = laid(*b);
    if (!s) continue;
    auto from = std::upper_bound(bounds.begin(), bounds.end(), s->u0 + slack);
    for (auto i = from; i != bounds.end() && *i < s->u1 - slack; ++i) cut_cost[static_cast<std::size_t>(i - bounds.begin())] = kAmiss;
  }
  cut_cost[0] = cut_cost[n] = 0;
  // The cut after record j lies between its label's middle and the next one's (where none does,
  // the one nearest halfway): few candidates.
  std::size_t m = keys.size();
  auto candidates = [&](std::size_t j) {  // the cuts that may end record j (j == m - 1: the end)
    if (j + 1 == m) return std::vector<std::size_t>{n};
    float lo = keys[j].first.centre();
    float hi = keys[j + 1].first.centre();
    std::vector<std::size_t> out;
    std::size_t nearest = 1;
    for (std::size_t i = 1; i < n; ++i) {
      if (bounds[i] >= lo && bounds[i] <= hi) out.push_back(i);
      if (std::abs(bounds[i] - (lo + hi) / 2) < std::abs(bounds[nearest] - (lo + hi) / 2)) nearest = i;
    }
    if (out.empty() && n > 1) out.push_back(nearest);
    return out;
  };
  constexpr float kNone = 1e30f;
  std::vector<std::size_t> starts = {0};  // where the first record may begin: rows above it have none
  for (std::size_t i = 1; i < n && bounds[i] <= keys[0].first.centre(); ++i) starts.push_back(i);
  std::vector<std::vector<std::size_t>> ends(m);
  std::vector<std::vector<float>> cost(m);
  std::vector<std::vector<std::size_t>> from(m);
  std::vector<std::size_t> before = starts;
  std::vector<float> before_cost(starts.size());
  for (std::size_t s = 0; s < starts.size(); ++s) {
    before_cost[s] = cut_cost[starts[s]] + 0.01f * static_cast<float>(starts[s]);  // rows above: a tie-break
  }
  for (std::size_t j = 0; j < m; ++j) {
    const Stretch& key = keys[j].first;
    ends[j] = candidates(j);
    cost[j].assign(ends[j].size(), kNone);
    from[j].assign(ends[j].size(), 0);
    for (std::size_t e = 0; e < ends[j].size(); ++e) {
      for (std::size_t s = 0; s < before.size(); ++s) {
        std::size_t a = before[s], b = ends[j][e];
        if (a >= b || before_cost[s] >= kNone) continue;
        bool inside = key.u0 >= bounds[a] - slack && key.u1 <= bounds[b] + slack;
        float c = before_cost[s] + cut_cost[b] + (inside ? 0 : kAmiss) +
                  (weighed[j] ? std::abs(key.centre() - (bounds[a] + bounds[b]) / 2) : 0);
        if (c < cost[j][e]) {
          cost[j][e] = c;
          from[j][e] = s;
        }
      }
    }
    before = ends[j];
    before_cost = cost[j];
  }
  if (cost[m - 1].empty() || cost[m - 1][0] >= kNone) return std::nullopt;
  std::vector<std::optional<std::size_t>> out(n);
  std::size_t e = 0;
  for (std::size_t j = m; j-- > 0;) {
    std::size_t s = from[j][e];
    std::size_t a = j > 0 ? ends[j - 1][s] : starts[s];
    for (std::size_t r = a; r < ends[j][e]; ++r) out[r] = keys[j].second;
    e = s;
  }
  return out;
}

}  // namespace budgetlint::parse::pdf
