#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "budgetlint/model.hpp"
#include "paragraphs.hpp"

namespace budgetlint::parse {

/// One money figure in a paragraph with the words around it:
/// "其中：基本支出减少2.19万元" → label "基本支出", direction 减少, figure 2.19 万元.
struct Mention {
  std::string label;                            ///< words naming the figure, from the last clause break
  std::optional<Sourced<Direction>> direction;  ///< 增加/减少/持平… just before the figure
  std::optional<Sourced<Direction>> after;      ///< 持平/没有变动 right after it
  Sourced<Money> money;
  std::size_t label_begin = 0;  ///< paragraph offsets
  std::size_t begin = 0;        ///< start of the number
  std::size_t end = 0;          ///< after the unit
  std::size_t clause_end = 0;   ///< the next 。 or ； (or paragraph end)
};

/// Finds every “number + 万元/元/千元/亿元” of a paragraph, in order; one with more digits than
/// any amount (Amount::kMaxWhole) goes to `absurd` instead.
std::vector<Mention> scan_mentions(const Paragraph& paragraph, std::vector<Sourced<std::string>>* absurd = nullptr);

/// “…，其中：基本支出” / “6,015.67万元，…”: a figure that opens a paragraph without words of its
/// own takes the words that end the paragraph before (after its last figure and clause break),
/// when that paragraph ends mid-sentence.
void carry_label(const Paragraph& previous, const std::vector<Mention>& previous_mentions, std::vector<Mention>& mentions);

/// The first of `needles` found in `haystack`, or npos.
std::size_t find_any(std::string_view haystack, std::initializer_list<std::string_view> needles);
bool contains(std::string_view haystack, std::string_view needle);
bool contains_any(std::string_view haystack, std::initializer_list<std::string_view> needles);
bool starts_with_any(std::string_view s, std::initializer_list<std::string_view> prefixes);

/// Text after a mention up to the next figure (or the end), for reasons and restatements.
std::string_view text_between(const Paragraph& p, std::size_t begin, std::size_t end);

}  // namespace budgetlint::parse
