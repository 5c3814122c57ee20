// extract/internal/html_char_data.h: decoding of HTML character data.
//
// The HTML tokenizer keeps runs of text that need no decoding as views of
// the input; FindSpecial tells it where the first byte that does is, and
// DecodeCharacterData appends the decoded text: character references (our
// own table of names: every HTML 4 name, the HTML5 names news pages use,
// the legacy names accepted without ';'), CR and CRLF to LF, NUL and
// control characters as HTML5 and gumbo treat them.
//
//   if (FindSpecial(raw, 0, true) < raw.size())
//     DecodeCharacterData(raw, TextKind::kAttribute, &out);
//
// Thread safety: reentrant.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace chronicle::extract_internal {

// How character data is decoded.
enum class TextKind : uint8_t {
  kData,       // references, NUL dropped
  kForeign,    // references, NUL -> U+FFFD (SVG/MathML content)
  kRcdata,     // references, NUL -> U+FFFD
  kRaw,        // no references, NUL -> U+FFFD
  kAttribute,  // references with the attribute-value rule, NUL -> U+FFFD
};

inline bool DecodesRefs(TextKind k) { return k != TextKind::kRaw; }

// Position of the first byte at or after i that decoding must handle ('&'
// when `refs`, CR, NUL, a replaced control character), or s.size().
size_t FindSpecial(std::string_view s, size_t i, bool refs);

// Appends `s` decoded as `kind` to *out; CR and CRLF become LF.
void DecodeCharacterData(std::string_view s, TextKind kind, std::string* out);

}  // namespace chronicle::extract_internal
