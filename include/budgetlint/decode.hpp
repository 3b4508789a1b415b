#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace budgetlint::text {

/// A byte sequence that is not valid in the detected encoding; it became U+FFFD.
struct InvalidBytes {
  std::uint32_t line = 0;    ///< 1-based line in the decoded text
  std::uint32_t column = 0;  ///< 1-based code-point column in the decoded line
  std::string bytes_hex;     ///< the offending bytes, e.g. "FF FE"
};

struct Decoded {
  std::string utf8;
  std::string encoding;  ///< "UTF-8", "UTF-8 (BOM)", "GB18030", "UTF-16LE", ...
  std::vector<InvalidBytes> invalid;  ///< the first kMaxListedInvalid runs
  std::size_t invalid_unlisted = 0;   ///< runs after those, counted only (random bytes would cost 250× their size)
  /// NUL and other C0/C1 control characters (not tab or line breaks): how many, and the first.
  std::size_t control_count = 0;
  InvalidBytes first_control;
  bool cr_line_breaks = false;  ///< lone CRs (old Mac line ends) were read as line breaks
};

/// How many invalid runs decode() lists one by one.
inline constexpr std::size_t kMaxListedInvalid = 1000;

/// Detects the encoding (BOM, UTF-16 by its zero bytes, strict UTF-8, then uchardet) and converts
/// to UTF-8; a lone CR ends a line as LF does.
/// Never throws for bad input: undecodable bytes become U+FFFD and are listed.
Decoded decode(std::string_view bytes);

}  // namespace budgetlint::text
