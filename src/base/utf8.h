// base/utf8.h: UTF-8 validation, repair and decoding.
//
//   Utf8Repair r = RepairUtf8(bytes);
//   if (r.invalid_sequences > 0) warn(...);   // r.text is valid UTF-8
//
// Thread safety: reentrant.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "chronicle/offset_map.h"

namespace chronicle {

struct Utf8Repair {
  std::string text;        // input with each invalid sequence -> U+FFFD
  OffsetMap to_input;      // text offsets -> input offsets
  int invalid_sequences = 0;
  uint32_t first_invalid = 0;  // input offset of the first one
};

// Strict UTF-8 (no overlongs, no surrogates, <= U+10FFFF).
bool IsValidUtf8(std::string_view s);

// Replaces every maximal invalid subsequence by U+FFFD (as WHATWG does).
Utf8Repair RepairUtf8(std::string_view input);

// Decodes the code point at s[pos] and sets *len to its byte length.
// REQUIRES: s is valid UTF-8 and pos < s.size().
char32_t DecodeUtf8(std::string_view s, size_t pos, int* len);

// Appends the UTF-8 encoding of `cp` to `out`.
void AppendUtf8(char32_t cp, std::string* out);

}  // namespace chronicle
