#include "mentions.hpp"

#include <algorithm>
#include <array>
#include <functional>

namespace budgetlint::parse {
namespace {

struct Word {
  std::string_view text;
  Direction direction;
};

// Direction words written just before a figure: “增加 26.27万元”, “降低10万元”.
constexpr std::array<Word, 9> kBefore = {{{"增加", Direction::Increase},
                                          {"增长", Direction::Increase},
                                          {"上升", Direction::Increase},
                                          {"提高", Direction::Increase},
                                          {"减少", Direction::Decrease},
                                          {"降低", Direction::Decrease},
                                          {"下降", Direction::Decrease},
                                          {"压减", Direction::Decrease},
                                          {"缩减", Direction::Decrease}}};

// Words after a figure that say it did not change: “0万元没有变动，与去年持平”.
constexpr std::array<std::string_view, 6> kFlat = {"持平", "没有变动", "无增减", "没有变化", "无变化", "未变"};

// Characters that end the words naming a figure (after NFKC, so ，；： are ASCII).
// Not parentheses: “因公出国(境)费”.
constexpr std::array<std::string_view, 8> kBreaks = {",", ";", "。", ":", "、", "\t", "《", "》"};

// Connectives at the start of a label that say nothing about what the figure is.
constexpr std::array<std::string_view, 10> kConnectives = {"(",    ")",  "其中", "包括", "主要是",
                                                           "以及", "和", "及",   "另",   "为"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A clause that goes on about the same figure: “与去年持平”, “无增减变化”, “没有变动”.
bool starts_with_continuation(std::string_view clause) {
  for (std::string_view w : {"与", "比", "较", "同", "无", "没有", "未", "持平", "均"}) {
    if (clause.substr(0, w.size()) == w) return true;
  }
  return false;
}
bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::size_t skip_spaces_back(std::string_view text, std::size_t pos, std::size_t floor) {
  while (pos > floor && text[pos - 1] == ' ') --pos;
  return pos;
}

std::size_t label_start(std::string_view text, std::size_t floor, std::size_t pos) {
  std::string_view window = text.substr(floor, pos - floor);  // never search past the last figure
  std::size_t best = 0;
  for (std::string_view b : kBreaks) {
    std::size_t found = window.rfind(b);
    if (found != std::string_view::npos && found + b.size() > best) best = found + b.size();
  }
  return floor + best;
}

// Verbs between a name and its figure: “机关运行经费共计安排293元”, “支出预算为1384.07万元”.
constexpr std::array<std::string_view, 5> kTrailingVerbs = {"共计安排", "安排", "共计", "为", "是"};

std::string clean_label(std::string_view label) {
  label = trim(label);
  bool stripped = true;
  while (stripped) {
    stripped = false;
    for (std::string_view c : kConnectives) {
      if (label.substr(0, c.size()) == c && label.size() > c.size()) {
        label = trim(label.substr(c.size()));
        stripped = true;
      }
    }
    for (std::string_view v : kTrailingVerbs) {
      if (label.size() > v.size() && label.substr(label.size() - v.size()) == v) {
        label = trim(label.substr(0, label.size() - v.size()));
        stripped = true;
      }
    }
  }
  return std::string(label);
}

// Words that name no subject: “2026 年预算数 2.88 万元” says only that it is this year's budget.
bool names_no_subject(std::string_view label) {
  std::size_t i = 0;
  while (i < label.size() && (is_digit(label[i]) || label[i] == ' ')) ++i;
  std::string_view rest = label.substr(i);
  for (std::string_view year : {"年度", "年"}) {
    if (i > 0 && rest.substr(0, year.size()) == year) {
      rest = trim(rest.substr(year.size()));
      break;
    }
  }
  for (std::string_view w : {"预算数", "预算数为", "预算", "预算为", "年初预算", "预算安排", "安排"}) {
    if (rest == w) return true;
  }
  return false;
}

// “（二）公务接待费。2026 年预算数 2.88 万元”: a sentence that opens with words naming no
// subject is about the heading sentence just before it, when that sentence holds no figure.
std::string heading_label(std::string_view text, std::size_t floor, std::size_t label_begin) {
  constexpr std::string_view kStop = "。";
  if (label_begin < floor + kStop.size() || text.substr(label_begin - kStop.size(), kStop.size()) != kStop) return {};
  std::size_t end = label_begin - kStop.size();
  // Search back only to the last figure: a paragraph of figures with no full stop stays linear.
  std::size_t start = text.substr(floor, end - floor).rfind(kStop);
  start = start == std::string_view::npos ? floor : floor + start + kStop.size();
  if (start == floor && floor > 0) return {};  // the sentence before holds the last figure
  return clean_label(text.substr(start, end - start));
}

}  // namespace

std::size_t find_any(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  std::size_t best = std::string_view::npos;
  for (std::string_view n : needles) {
    // In a whole document the first byte of a CJK needle is everywhere; skip ahead instead.
    std::size_t at = std::string_view::npos;
    if (haystack.size() > 4096 && n.size() >= 6) {
      auto it = std::search(haystack.begin(), haystack.end(), std::boyer_moore_horspool_searcher(n.begin(), n.end()));
      if (it != haystack.end()) at = static_cast<std::size_t>(it - haystack.begin());
    } else {
      at = haystack.find(n);
    }
    best = std::min(best, at);
  }
  return best;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool contains_any(std::string_view haystack, std::initializer_list<std::string_view> needles) {
  return find_any(haystack, needles) != std::string_view::npos;
}

bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes) {
  for (std::string_view p : prefixes) {
    if (s.substr(0, p.size()) == p) return true;
  }
  return false;
}

std::string_view text_between(const Paragraph& p, std::size_t begin, std::size_t end) {
  std::string_view t = p.text;
  begin = std::min(begin, t.size());
  end = std::min(end, t.size());
  return begin < end ? t.substr(begin, end - begin) : std::string_view();
}

void carry_label(const Paragraph& previous, const std::vector<Mention>& previous_mentions, std::vector<Mention>& mentions) {
  if (mentions.empty() || !mentions.front().label.empty() || mentions.front().label_begin != 0) return;
  std::string_view text = previous.text;
  if (previous.table_cell || text.empty() || text.back() == ';' || ends_with(text, "。")) return;
  std::size_t floor = previous_mentions.empty() ? 0 : previous_mentions.back().end;
  std::size_t start = label_start(text, floor, text.size());
  mentions.front().label = clean_label(text.substr(start));
}

std::vector<Mention> scan_mentions(const Paragraph& paragraph, std::vector<Sourced<std::string>>* absurd) {
  std::string_view text = paragraph.text;
  std::vector<Mention> mentions;
  std::size_t floor = 0;  // labels never reach back past the previous figure
  std::size_t i = 0;
  // The next “。” and “;” at or after the last figure, found once and reused until a figure
  // passes them: searching afresh for every figure made a paragraph of figures quadratic.
  std::size_t next_stop = 0;
  std::size_t next_semicolon = 0;
  bool stop_known = false;
  bool semicolon_known = false;
  while (i < text.size()) {
    if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.' || is_ascii_alpha(text[i - 1])))) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < text.size() && is_digit(text[j])) {
      ++j;
      // “1,673.72万元”: a comma followed by exactly three digits separates thousands.
      if (j + 3 < text.size() && text[j] == ',' && is_digit(text[j + 1]) && is_digit(text[j + 2]) &&
          is_digit(text[j + 3]) && (j + 4 == text.size() || !is_digit(text[j + 4])))
        ++j;
    }
    if (j + 1 < text.size() && text[j] == '.' && is_digit(text[j + 1])) {
      ++j;
      while (j < text.size() && is_digit(text[j])) ++j;
    }
    std::size_t k = j;
    while (k < text.size() && text[k] == ' ') ++k;
    MoneyUnit unit = MoneyUnit::Wan;
    std::size_t unit_length = 0;
    if (text.substr(k, 6) == "万元") {
      unit_length = 6;
    } else if (text.substr(k, 6) == "亿元") {
      unit = MoneyUnit::Yi;
      unit_length = 6;
    } else if (text.substr(k, 6) == "千元") {
      unit = MoneyUnit::Qian;
      unit_length = 6;
    } else if (text.substr(k, 3) == "元") {
      unit = MoneyUnit::Yuan;
      unit_length = 3;
    }
    auto amount = Amount::parse(text.substr(i, j - i));
    if (unit_length != 0 && !amount && absurd && Amount::too_large(text.substr(i, j - i))) {
      absurd->push_back({std::string(text.substr(i, k + unit_length - i)), paragraph.to_doc(i, k + unit_length),
                         std::string(text.substr(i, k + unit_length - i))});
    }
    if (unit_length == 0 || !amount) {
      i = j;
      continue;
    }
    Mention m;
    m.begin = i;
    m.end = k + unit_length;
    m.money.value = Money{*amount, unit};
    m.money.span = paragraph.to_doc(i, m.end);
    m.money.raw = std::string(text.substr(i, m.end - i));

    std::size_t before = skip_spaces_back(text, i, floor);
    if (before >= floor + 3 && text.substr(before - 3, 3) == "了") before -= 3;  // “增加了”
    std::size_t label_end = before;
    for (const Word& w : kBefore) {
      if (ends_with(text.substr(floor, before - floor), w.text)) {
        label_end = before - w.text.size();
        m.direction = Sourced<Direction>{w.direction, paragraph.to_doc(label_end, before), std::string(w.text)};
        break;
      }
    }
    m.label_begin = label_start(text, floor, label_end);
    m.label = clean_label(text.substr(m.label_begin, label_end - m.label_begin));
    if (names_no_subject(m.label)) {
      if (std::string heading = heading_label(text, floor, m.label_begin); !heading.empty()) m.label = heading;
    }

    if (!stop_known || (next_stop != std::string_view::npos && next_stop < m.end)) {
      next_stop = text.find("。", m.end);
      stop_known = true;
    }
    if (!semicolon_known || (next_semicolon != std::string_view::npos && next_semicolon < m.end)) {
      next_semicolon = text.find(';', m.end);
      semicolon_known = true;
    }
    m.clause_end = std::min({next_stop, next_semicolon, text.size()});
    mentions.push_back(std::move(m));
    floor = mentions.back().end;
    i = floor;
  }
  // “…万元，与去年持平” belongs to the figure before it, up to the next figure's words — but
  // not “…，公务接待费与2024年持平”, where a new subject takes the clause.
  for (std::size_t n = 0; n < mentions.size(); ++n) {
    Mention& m = mentions[n];
    std::size_t limit = std::min(m.clause_end, n + 1 < mentions.size() ? mentions[n + 1].label_begin : text.size());
    std::size_t stop = m.end;
    while (stop < limit) {
      // Only up to the limit: a search to the end of the paragraph for each figure is quadratic.
      std::size_t comma = text.substr(0, limit).find(',', stop);
      std::size_t end = std::min(comma == std::string_view::npos ? limit : comma, limit);
      bool same_subject = stop == m.end || starts_with_continuation(trim(text_between(paragraph, stop, end)));
      if (!same_subject) break;
      stop = end < limit ? end + 1 : limit;
    }
    std::string_view after = text_between(paragraph, m.end, stop);
    std::size_t first = std::string_view::npos;
    std::string_view word;
    for (std::string_view w : kFlat) {
      if (std::size_t at = after.find(w); at < first) {
        first = at;
        word = w;
      }
    }
    if (first != std::string_view::npos) {
      std::size_t b = m.end + first;
      m.after = Sourced<Direction>{Direction::Flat, paragraph.to_doc(b, b + word.size()), std::string(word)};
    }
  }
  return mentions;
}

}  // namespace budgetlint::parse
