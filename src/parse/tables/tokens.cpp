#include "tokens.hpp"

#include <algorithm>

#include "../mentions.hpp"
#include "../paragraphs.hpp"

namespace budgetlint::parse {

bool is_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_row_number(std::string_view s) {
  constexpr std::size_t kMaxRowNumberDigits = 3;
  return is_digits(s) && s.size() <= kMaxRowNumberDigits;
}

bool is_number_piece(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
         std::count(s.begin(), s.end(), '.') <= 1;
}

bool is_glued_numbers(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
         std::count(s.begin(), s.end(), '.') >= 2;
}

std::optional<Sourced<Amount>> amount_in(const Token& cell) {
  std::string_view t = trim(cell.text);
  auto a = Amount::parse(t);
  if (!a) return std::nullopt;
  auto begin = static_cast<std::uint32_t>(cell.begin + (t.data() - cell.text.data()));
  return Sourced<Amount>{*a, {begin, static_cast<std::uint32_t>(begin + t.size())}, std::string(t)};
}

bool is_empty_table_note(std::string_view line) {
  if (contains_any(line, {"空表", "本表无数据"})) return true;
  line = trim(line);
  if (line.substr(0, 1) == "(") line = trim(line.substr(1));
  if (!starts_with_any(line, {"注", "备注"})) return false;
  return contains_any(line, {"没有", "无", "未安排", "未使用"}) &&
         contains_any(line, {"安排", "支出", "收入", "经费", "预算", "数据"});
}

bool is_empty_mark(std::string_view t) {
  return t == "-" || t == "—" || t == "——" || t == "--" || t == "/" || t == "－";
}

Sourced<std::string> sourced(const Token& t) {
  return {std::string(t.text), {t.begin, static_cast<std::uint32_t>(t.begin + t.text.size())}, std::string(t.text)};
}

int decimals_of(std::string_view s) {
  std::size_t dot = s.find('.');
  return dot == std::string_view::npos ? -1 : static_cast<int>(s.size() - dot - 1);
}

std::vector<Token> tokens_of(const SourceText& source, std::size_t i) {
  std::string_view raw = source.line(i);
  std::string_view line = trim(raw);
  auto line_begin = static_cast<std::uint32_t>(source.line_start(i) + (line.data() - raw.data()));
  std::vector<Token> tokens;
  std::size_t start = 0;
  while (start < line.size()) {
    std::size_t stop = line.find(' ', start);
    if (stop == std::string_view::npos) stop = line.size();
    if (stop > start)
      tokens.push_back({line.substr(start, stop - start), static_cast<std::uint32_t>(line_begin + start)});
    start = stop + 1;
  }
  return tokens;
}

bool ends_in_piece(const std::vector<Sourced<Amount>>& amounts) {
  return !amounts.empty() && decimals_of(amounts.back().raw) < kAmountDecimals;
}

void add_amount_piece(std::vector<Sourced<Amount>>& amounts, const Token& t) {
  bool joins = false;
  if (!amounts.empty()) {
    int d = decimals_of(amounts.back().raw);
    bool has_dot = t.text.find('.') != std::string_view::npos;
    joins = (d >= 0 && d < kAmountDecimals && !has_dot) ||  // “950.” + “10”, “47.9” + “4”
            (d < 0 && t.text.front() == '.');               // “1166” + “.60”
  }
  if (joins) {
    Sourced<Amount>& a = amounts.back();
    a.raw += std::string(t.text);
    a.span.end = static_cast<std::uint32_t>(t.begin + t.text.size());
    if (auto v = Amount::parse(a.raw)) a.value = *v;
    return;
  }
  Sourced<Amount> a;
  a.raw = std::string(t.text);
  a.span = {t.begin, static_cast<std::uint32_t>(t.begin + t.text.size())};
  if (auto v = Amount::parse(a.raw)) a.value = *v;
  amounts.push_back(std::move(a));
}

}  // namespace budgetlint::parse
