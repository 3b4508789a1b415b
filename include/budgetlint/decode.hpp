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
  std::vector<InvalidBytes> invalid;
};

/// Detects the encoding (BOM, then strict UTF-8, then uchardet) and converts to UTF-8.
/// Never throws for bad input: undecodable bytes become U+FFFD and are listed.
Decoded decode(std::string_view bytes);

}  // namespace budgetlint::text
