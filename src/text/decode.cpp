#include "budgetlint/decode.hpp"

#include <iconv.h>
#include <uchardet/uchardet.h>

#include <cerrno>
#include <memory>

#include <fmt/format.h>

namespace budgetlint::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Decoded text plus where each undecodable run was replaced, as output byte offsets.
struct Conversion {
  std::string utf8;
  std::vector<std::pair<std::size_t, std::string>> errors;  // output offset, hex bytes
  std::size_t unlisted = 0;      // runs past kMaxListedInvalid, counted only
  std::size_t last_error = std::string::npos;  // output offset of the last replacement

  std::size_t total() const { return errors.size() + unlisted; }

  void replace(std::string_view bad) {
    // Consecutive bad bytes are one problem for a reader, not five.
    bool continues = last_error != std::string::npos && last_error + kReplacement.size() == utf8.size();
    if (continues) {
      // A long run of garbage keeps a short excerpt, not every byte.
      if (unlisted == 0 && errors.back().second.size() < 3 * 32) {
        for (unsigned char b : bad) errors.back().second += fmt::format(" {:02X}", b);
      }
      return;
    }
    last_error = utf8.size();
    utf8 += kReplacement;
    if (errors.size() >= kMaxListedInvalid) {
      ++unlisted;
      return;
    }
    std::string hex;
    for (unsigned char b : bad) hex += fmt::format("{}{:02X}", hex.empty() ? "" : " ", b);
    errors.emplace_back(last_error, hex);
  }
};

// Length of the valid UTF-8 sequence at the start of `s` (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF), or 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view s) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  auto continuation = [&](std::size_t i) { return i < s.size() && (byte(i) & 0xC0) == 0x80; };
  unsigned char b = byte(0);
  if (b < 0x80) return 1;
  if (b >= 0xC2 && b <= 0xDF) return continuation(1) ? 2 : 0;
  if (b >= 0xE0 && b <= 0xEF) {
    if (!continuation(1) || !continuation(2)) return 0;
    if (b == 0xE0 && byte(1) < 0xA0) return 0;   // overlong
    if (b == 0xED && byte(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b >= 0xF0 && b <= 0xF4) {
    if (!continuation(1) || !continuation(2) || !continuation(3)) return 0;
    if (b == 0xF0 && byte(1) < 0x90) return 0;
    if (b == 0xF4 && byte(1) >= 0x90) return 0;
    return 4;
  }
  return 0;
}

Conversion convert_utf8(std::string_view bytes) {
  Conversion c;
  c.utf8.reserve(bytes.size());
  std::size_t run = 0;  // start of the valid bytes not yet copied
  std::size_t i = 0;
  while (i < bytes.size()) {
    auto b = static_cast<unsigned char>(bytes[i]);
    if (b < 0x80) {  // most bytes of a file
      ++i;
      continue;
    }
    // A CJK character U+3400–U+9FFF: lead E3–E9 and two continuation bytes, never overlong.
    if (b >= 0xE3 && b <= 0xE9 && i + 2 < bytes.size() && (static_cast<unsigned char>(bytes[i + 1]) & 0xC0) == 0x80 &&
        (static_cast<unsigned char>(bytes[i + 2]) & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    std::size_t len = utf8_sequence_length(bytes.substr(i));
    if (len > 0) {
      i += len;
      continue;
    }
    c.utf8.append(bytes.data() + run, i - run);
    c.replace(bytes.substr(i, 1));
    run = ++i;
  }
  c.utf8.append(bytes.data() + run, bytes.size() - run);
  return c;
}

Conversion convert_iconv(std::string_view bytes, const char* from) {
  Conversion c;
  iconv_t cd = iconv_open("UTF-8", from);
  if (cd == reinterpret_cast<iconv_t>(-1)) {  // NOLINT(performance-no-int-to-ptr): the iconv API
    c.replace(bytes.substr(0, std::min<std::size_t>(bytes.size(), 4)));
    return c;
  }
  std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::string buffer(4096, '\0');
  while (in_left > 0) {
    char* out = buffer.data();
    std::size_t out_left = buffer.size();
    std::size_t r = iconv(cd, &in, &in_left, &out, &out_left);
    c.utf8.append(buffer.data(), buffer.size() - out_left);
    if (r != static_cast<std::size_t>(-1)) continue;
    if (errno == E2BIG) continue;
    // EILSEQ: a bad sequence; EINVAL: truncated at the end. Either way skip one byte on.
    std::size_t skip = errno == EINVAL ? in_left : 1;
    c.replace(std::string_view(in, skip));
    in += skip;
    in_left -= skip;
  }
  return c;
}

std::string detect_with_uchardet(std::string_view bytes) {
  uchardet_t ud = uchardet_new();
  uchardet_handle_data(ud, bytes.data(), bytes.size());
  uchardet_data_end(ud);
  std::string charset = uchardet_get_charset(ud);
  uchardet_delete(ud);
  // GB2312 and GBK are subsets of GB18030: decode with the superset.
  if (charset == "GB2312" || charset == "GBK" || charset == "HZ-GB-2312") return "GB18030";
  return charset;
}

bool is_control(std::uint32_t cp) {
  return (cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') || cp == 0x7F ||
         (cp >= 0x80 && cp < 0xA0);
}

Decoded finish(Conversion c, std::string encoding) {
  Decoded d;
  d.encoding = std::move(encoding);
  std::string& utf8 = c.utf8;
  // A lone CR is a line break (classic Mac, some exporters, mixed files); same length, so the
  // error offsets stay true.
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (utf8[i] == '\r' && (i + 1 == utf8.size() || utf8[i + 1] != '\n')) {
      utf8[i] = '\n';
      d.cr_line_breaks = true;
    }
  }
  std::size_t error = 0;
  std::uint32_t line = 1;
  std::uint32_t column = 1;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if (error < c.errors.size() && i == c.errors[error].first) {
      d.invalid.push_back({line, column, c.errors[error].second});
      ++error;
    }
    auto b = static_cast<unsigned char>(utf8[i]);
    std::uint32_t cp = b;
    if (b == 0xC2 && i + 1 < utf8.size()) cp = static_cast<unsigned char>(utf8[i + 1]);  // C2 xx is U+00xx
    if (b < 0x80 || b == 0xC2) {
      if (is_control(cp)) {
        if (d.control_count == 0) d.first_control = {line, column, fmt::format("U+{:04X}", cp)};
        ++d.control_count;
      }
    }
    if (b == '\n') {
      ++line;
      column = 1;
    } else if ((b & 0xC0) != 0x80) {
      ++column;
    }
  }
  for (; error < c.errors.size(); ++error) d.invalid.push_back({line, column, c.errors[error].second});
  d.invalid_unlisted = c.unlisted;
  d.utf8 = std::move(utf8);
  return d;
}

// UTF-16 without a BOM: ASCII (digits, punctuation, line breaks) puts a zero in every other byte,
// and always on the same side. Little-endian has it at odd offsets.
const char* utf16_without_bom(std::string_view bytes) {
  std::string_view head = bytes.substr(0, 8192);
  if (head.size() < 4) return nullptr;
  std::size_t zeros_even = 0;
  std::size_t zeros_odd = 0;
  for (std::size_t i = 0; i < head.size(); ++i) {
    if (head[i] == '\0') ++(i % 2 ? zeros_odd : zeros_even);
  }
  std::size_t units = head.size() / 2;
  // A few per cent of ASCII is enough: Chinese prose in UTF-16 still has its digits.
  if (zeros_odd * 32 >= units && zeros_even * 20 <= zeros_odd) return "UTF-16LE";
  if (zeros_even * 32 >= units && zeros_odd * 20 <= zeros_even) return "UTF-16BE";
  return nullptr;
}

}  // namespace

Decoded decode(std::string_view bytes) {
  auto starts_with = [&](std::string_view bom) { return bytes.substr(0, bom.size()) == bom; };
  if (starts_with("\xEF\xBB\xBF")) return finish(convert_utf8(bytes.substr(3)), "UTF-8 (BOM)");
  if (starts_with("\xFF\xFE")) return finish(convert_iconv(bytes.substr(2), "UTF-16LE"), "UTF-16LE");
  if (starts_with("\xFE\xFF")) return finish(convert_iconv(bytes.substr(2), "UTF-16BE"), "UTF-16BE");

  if (const char* utf16 = utf16_without_bom(bytes)) {
    Conversion wide = convert_iconv(bytes, utf16);
    // Only when it reads nearly clean: a binary file with zeros must stay what it is.
    if (wide.total() * 100 <= bytes.size() / 2) return finish(std::move(wide), std::string(utf16) + " (无 BOM)");
  }

  Conversion as_utf8 = convert_utf8(bytes);
  if (as_utf8.total() == 0) return finish(std::move(as_utf8), "UTF-8");

  // Not clean UTF-8: let uchardet name the encoding, and keep whichever reading of the bytes
  // leaves the fewest undecodable sequences (GB18030 is by far the most common alternative).
  std::string guess = detect_with_uchardet(bytes);
  Conversion best = std::move(as_utf8);
  std::string best_name = "UTF-8";
  for (const std::string& candidate : {guess, std::string("GB18030")}) {
    if (candidate.empty() || candidate == "UTF-8" || candidate == "ASCII") continue;
    Conversion other = convert_iconv(bytes, candidate.c_str());
    if (other.total() < best.total()) {
      best = std::move(other);
      best_name = candidate;
    }
    if (best.total() == 0) break;
  }
  return finish(std::move(best), best_name);
}

}  // namespace budgetlint::text
