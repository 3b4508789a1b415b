// Every “YYYY年” of the text, classified by how the sentence uses it, so that a rule can
// tell “2017年围绕县委…” (a statement about the work year) from “较2019年增加” or “创办于2002年”.
#include <algorithm>

#include "extract_context.hpp"

namespace budgetlint::parse {
namespace {

constexpr std::size_t kMaxClauseBytes = 300;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool ends_with_any(std::string_view s, std::initializer_list<std::string_view> words) {
  for (std::string_view w : words) {
    if (ends_with(s, w)) return true;
  }
  return false;
}

YearUse classify(std::string_view before, std::string_view after) {
  while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
  // A Word bookmark left before the year (“[bookmark: _Toc471398468]2021年，…”) is no word of it.
  if (!before.empty() && before.back() == ']') {
    if (std::size_t open = before.rfind("[bookmark:"); open != std::string_view::npos) {
      before = before.substr(0, open);
      while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    }
  }
  // A date, a period or a point in time: “2020年12月31日”, “2021 年年末”, “自2019年起”.
  if (!after.empty() && is_digit(after[0])) return YearUse::Reference;
  if (starts_with_any(after, {"末", "底", "初", "以来", "起", "前", "后", "年末", "年底", "月", "相比", "同期"}))
    return starts_with_any(after, {"相比", "同期"}) ? YearUse::Comparison : YearUse::Reference;
  if (ends_with_any(before, {"较", "比", "与", "同", "对比"})) return YearUse::Comparison;
  if (ends_with_any(before, {"于", "自", "从", "至", "到", "截止", "截至", "〔", "【", "[", "(", "《", "“", "第"}))
    return YearUse::Reference;
  // Opening a clause (“，2017年围绕县委…”, “2021年，我办…”) it states what that year's work is.
  if (before.empty() || ends_with_any(before, {",", "。", ";", ":", "、", "\t"})) return YearUse::Statement;
  return YearUse::Reference;  // inside a name: “政府办2020年资金”
}

}  // namespace

void extract_years(const ExtractContext& ctx, Disclosure& d) {
  for (std::size_t pi = 0; pi < ctx.paragraphs().size(); ++pi) {
    const Paragraph& p = ctx.paragraphs()[pi];
    std::string_view text = p.text;
    // Only prose states anything; a bare table cell or a title broken over lines
    // (“《…处置” / “2022 年防范和处置…》”) does not.
    bool prose = contains_any(text, {",", "。"});
    for (std::size_t i = 0; i + 4 <= text.size(); ++i) {
      if (!is_digit(text[i]) || (i > 0 && (is_digit(text[i - 1]) || text[i - 1] == '.'))) continue;
      std::size_t j = i;
      while (j < text.size() && is_digit(text[j])) ++j;
      if (j - i != 4) {
        i = j;
        continue;
      }
      std::size_t k = j;
      while (k < text.size() && text[k] == ' ') ++k;
      if (text.substr(k, 3) != "年") continue;
      int year = std::stoi(std::string(text.substr(i, 4)));
      if (year < 1949 || year > 2100) continue;
      std::size_t after = k + 3;
      if (text.substr(after, 3) == "度") after += 3;
      while (after < text.size() && text[after] == ' ') ++after;
      YearMention y;
      y.year = year;
      y.use = classify(text.substr(0, i), text.substr(after));
      if (y.use == YearUse::Statement && !prose) y.use = YearUse::Reference;
      y.span = p.to_doc(i, k + 3);
      y.topic = ctx.topic_of_paragraph(pi);
      // The clause it stands in, looked for within a sentence's reach.
      std::size_t window = i > kMaxClauseBytes ? i - kMaxClauseBytes : 0;
      while (window < i && (static_cast<unsigned char>(text[window]) & 0xC0) == 0x80) ++window;  // whole characters
      std::size_t clause_begin = window;
      for (std::string_view b : {",", "。", ";", ":", "\t"}) {
        std::size_t at = text.substr(window, i - window).rfind(b);
        if (at != std::string_view::npos) clause_begin = std::max(clause_begin, window + at + b.size());
      }
      std::size_t clause_end =
          std::min({text.find(',', k), text.find("。", k), text.find(';', k), text.find('\t', k), text.size()});
      y.context = std::string(trim(text.substr(clause_begin, clause_end - clause_begin)));
      d.years.push_back(std::move(y));
      i = k;
    }
  }
}

}  // namespace budgetlint::parse
