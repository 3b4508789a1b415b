// The 绩效目标表 of the budget seeds, broken one defect at a time: an indicator row deleted,
// a value blanked, a 预算数 or a cost bound changed, the 资金支出计划 reversed. A mutation is
// detected when the broken text has a finding (code, line) that the seed does not have.
// Line numbers never shift: deleted lines are left blank.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>

#include "budgetlint/parse.hpp"
#include "support/fixtures.hpp"

using namespace budgetlint;

namespace {

struct Edit {
  std::uint32_t line = 0;    // 1-based
  std::uint32_t column = 0;  // 1-based code point of the original line
  std::uint32_t length = 0;  // code points replaced
  std::string replacement;
};

std::string apply(std::string text, std::vector<Edit> edits) {
  // From the end, so that earlier positions stay valid.
  std::sort(edits.begin(), edits.end(),
            [](const Edit& a, const Edit& b) { return std::tie(a.line, a.column) > std::tie(b.line, b.column); });
  for (const Edit& e : edits) {
    std::size_t begin = testing::offset_of(text, e.line, e.column);
    std::size_t end =
        std::min(testing::offset_of(text, e.line, e.column + e.length), text.find('\n', begin));  // one line
    text.replace(begin, end - begin, e.replacement);
  }
  return text;
}

std::string blank_lines(std::string text, std::uint32_t first, std::uint32_t last) {
  std::size_t begin = testing::offset_of(text, first, 1);
  std::size_t end = testing::offset_of(text, last + 1, 1) - 1;  // keep the newline
  std::string out = text.substr(0, begin);
  for (std::uint32_t l = first; l < last; ++l) out += '\n';
  out += text.substr(end);
  return out;
}

using Pairs = std::set<std::pair<std::uint32_t, std::string>>;

Pairs pairs_of(const FileResult& r) {
  Pairs out;
  for (const auto& p : testing::lines_and_codes(r)) out.insert(p);
  return out;
}

bool detected(const Pairs& baseline, const std::string& mutated) {
  for (const auto& p : pairs_of(testing::check_text(mutated))) {
    if (!baseline.count(p)) return true;
  }
  return false;
}

// The categories I101 requires, as groups: a row is its table's only member of a group or not.
int required_group(IndicatorCategory c) {
  switch (c) {
    case IndicatorCategory::Quantity:
      return 0;
    case IndicatorCategory::Quality:
      return 1;
    case IndicatorCategory::Timeliness:
      return 2;
    case IndicatorCategory::Cost:
      return 3;
    case IndicatorCategory::Economic:
    case IndicatorCategory::Social:
    case IndicatorCategory::Ecological:
    case IndicatorCategory::Sustainable:
      return 4;
    case IndicatorCategory::Satisfaction:
      return 5;
    case IndicatorCategory::Other:
      break;
  }
  return -1;
}

struct Tally {
  int tried = 0;
  int found = 0;
  void add(bool hit) {
    ++tried;
    found += hit;
  }
};

struct SeedTally {
  Tally sole_row_deleted;     // the table's only row of a required category
  Tally other_row_deleted;    // a row with a sibling of its category
  Tally value_blanked;        // a number of an output or satisfaction indicator
  Tally other_value_blanked;  // words, or a 效益 indicator's value (words are allowed there)
  Tally budget_changed;
  Tally cost_raised;
  Tally cost_lowered;
  Tally plan_reversed;
};

std::string row(const char* what, const Tally& t) {
  return std::string(what) + " " + std::to_string(t.found) + "/" + std::to_string(t.tried) + "; ";
}

SeedTally mutate_seed(const std::string& name) {
  SeedTally tally;
  auto seeds = testing::seeds_dir();
  if (!seeds) return tally;
  std::string text = testing::read_file(*seeds / name);
  SourceText source = SourceText::from_utf8(text);
  Disclosure d = parse::extract(source);
  Pairs baseline = pairs_of(testing::check_text(text));
  auto at = [&](Span s) { return source.location(s.begin); };

  for (const Project& p : d.projects) {
    std::map<int, int> group_size;
    for (const Indicator& i : p.indicators) ++group_size[required_group(i.category)];
    for (std::size_t k = 0; k < p.indicators.size(); ++k) {
      const Indicator& i = p.indicators[k];
      INFO(name << " “" << p.name << "” row " << at(i.span).line << " " << i.level3);
      // Delete the row: its lines up to the next row (or its 依据).
      std::uint32_t first = at(i.span).line;
      std::uint32_t last = k + 1 < p.indicators.size() ? at(p.indicators[k + 1].span).line - 1 : at(i.basis_span).line;
      bool sole = required_group(i.category) >= 0 && group_size[required_group(i.category)] == 1;
      bool hit = detected(baseline, blank_lines(text, first, std::max(first, last)));
      if (sole) {
        CHECK(hit);  // I101
        tally.sole_row_deleted.add(hit);
      } else {
        tally.other_row_deleted.add(hit);
      }
      // Blank the value.
      if (!i.value_raw.empty()) {
        // The whole printed value: pdftotext may print “≥4 套” with a space the model drops.
        Location v = at(i.value_span);
        Location end = source.location(i.value_span.end);
        std::uint32_t length = end.line == v.line ? end.column - v.column : count_code_points(i.value_raw);
        bool hit = detected(baseline, apply(text, {{v.line, v.column, length, ""}}));
        if (i.value.number && i.level != IndicatorLevel::Outcome) {
          CHECK(hit);  // I102 in Word cells; in pdftotext the row's words become the value: I201
          tally.value_blanked.add(hit);
        } else {
          tally.other_value_blanked.add(hit);
        }
      }
      // Raise a cost bound tenfold or more: “≤2 万元” → “≤12 万元”.
      if (i.category == IndicatorCategory::Cost && p.budget && i.value.number &&
          (i.value.unit == "万元" || i.value.unit == "元")) {
        Location v = at(i.value_span);
        std::uint32_t digit = v.column;
        for (char c : i.value_raw) {
          if (c >= '0' && c <= '9') break;
          digit += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        }
        bool raised = detected(baseline, apply(text, {{v.line, digit, 0, "1"}}));
        CHECK(raised);  // T601, or T607 for a unit cost
        tally.cost_raised.add(raised);
        // Lower it to almost nothing: “≤13 万元” → “≤0.01 万元”.
        std::uint32_t digits = 0;
        bool in_number = false;
        for (char c : i.value_raw) {
          bool part = (c >= '0' && c <= '9') || c == '.';
          if (in_number && !part) break;
          in_number |= part;
          digits += part;
        }
        bool lowered = detected(baseline, apply(text, {{v.line, digit, digits, "0.01"}}));
        CHECK(lowered);  // T608, or T607 for a unit cost
        tally.cost_lowered.add(lowered);
      }
    }
    if (p.budget) {
      INFO(name << " “" << p.name << "” 预算数 " << p.budget->raw);
      Location b = at(p.budget->span);
      bool hit = detected(baseline, apply(text, {{b.line, b.column, 0, "1"}}));
      CHECK(hit);  // T602, T606
      tally.budget_changed.add(hit);
    }
    if (p.plan && p.plan->points.size() >= 2 && p.plan->points.front().value != p.plan->points.back().value) {
      INFO(name << " “" << p.name << "” 资金支出计划");
      std::vector<Edit> edits;
      const auto& pts = p.plan->points;
      for (std::size_t k = 0; k < pts.size(); ++k) {
        Location l = at(pts[k].span);
        edits.push_back({l.line, l.column, count_code_points(pts[k].raw), pts[pts.size() - 1 - k].raw});
      }
      bool hit = detected(baseline, apply(text, edits));
      CHECK(hit);  // T603
      tally.plan_reversed.add(hit);
    }
  }
  WARN(name << ": " << row("sole row of its category deleted", tally.sole_row_deleted)
            << row("other row deleted", tally.other_row_deleted) << row("value blanked", tally.value_blanked)
            << row("other value blanked", tally.other_value_blanked) << row("预算数 changed", tally.budget_changed)
            << row("cost bound raised", tally.cost_raised) << row("cost bound lowered", tally.cost_lowered)
            << row("资金支出计划 reversed", tally.plan_reversed));
  return tally;
}

}  // namespace

TEST_CASE("project mutation: pingxiang 2024 (pdftotext)", "[mutation][projects][seeds]") {
  SeedTally t = mutate_seed("pingxiang-office-2024-budget.txt");
  if (!testing::seeds_dir()) return;
  CHECK(t.budget_changed.tried == 11);
  CHECK(t.plan_reversed.tried == 7);  // three plans print one figure thrice, one a single figure
  CHECK(t.cost_raised.tried == 13);
}

TEST_CASE("project mutation: weixian 2020 (Word)", "[mutation][projects][seeds]") {
  SeedTally t = mutate_seed("weixian-office-2020-budget.txt");
  if (!testing::seeds_dir()) return;
  CHECK(t.other_value_blanked.found == t.other_value_blanked.tried);  // I102 on every Word cell
  CHECK(t.budget_changed.tried == 8);
  CHECK(t.plan_reversed.tried == 7);
}

TEST_CASE("project mutation: pingxiang 2021 and langfang 2021 (Word, no 预算数)", "[mutation][projects][seeds]") {
  for (const char* seed : {"pingxiang-office-2021-budget.txt", "langfang-office-2021-budget.txt"}) {
    SeedTally t = mutate_seed(seed);
    if (!testing::seeds_dir()) return;
    CHECK(t.other_value_blanked.found == t.other_value_blanked.tried);
  }
}
