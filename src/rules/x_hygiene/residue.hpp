#pragma once

#include <string_view>

#include "../support.hpp"

namespace budgetlint::rules {

/// Finds the residue that starts where `match` says on each line and reports it whole.
/// `match(line, from)` returns [begin, end) of the next residue at or after `from`, or
/// begin == npos when there is none.
template <class Match>
void report_residue(RuleContext& ctx, Match match) {
  const SourceText& source = ctx.source();
  for (std::size_t i = 0; i < source.line_count(); ++i) {
    std::string_view line = source.line(i);
    std::size_t from = 0;
    while (from < line.size()) {
      auto [begin, end] = match(line, from);
      if (begin == std::string_view::npos) break;
      auto offset = static_cast<std::uint32_t>(source.line_start(i) + begin);
      Finding& f = ctx.report({offset, static_cast<std::uint32_t>(offset + (end - begin))});
      arg(f, "text", std::string(line.substr(begin, end - begin)));
      from = end;
    }
  }
}

}  // namespace budgetlint::rules
