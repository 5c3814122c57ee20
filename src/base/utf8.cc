#include "base/utf8.h"

#include <cstring>

namespace chronicle {
namespace {

// Length of the valid sequence starting at s[i], or 0 if it is invalid.
int ValidSequenceLength(std::string_view s, size_t i) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  if (c < 0x80) return 1;
  int n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (int k = 2; k < n; ++k) {
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  }
  return n;
}

// Bytes of a maximal invalid prefix starting at s[i] (at least 1).
size_t InvalidRunLength(std::string_view s, size_t i) {
  // A truncated but well-begun sequence counts as one error (WHATWG).
  const unsigned char c = static_cast<unsigned char>(s[i]);
  int need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 1;
  if (c > 0xF4) need = 1;
  size_t k = 1;
  while (k < static_cast<size_t>(need) && i + k < s.size() &&
         (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80) {
    ++k;
  }
  return k;
}

// Index of the first byte at or after i that is not ASCII, or s.size().
// Pages are mostly ASCII markup, so this checks 16 bytes per step.
size_t SkipAscii(std::string_view s, size_t i) {
  constexpr uint64_t kHigh = 0x8080808080808080ull;
  while (i + 16 <= s.size()) {
    uint64_t a, b;
    std::memcpy(&a, s.data() + i, 8);
    std::memcpy(&b, s.data() + i + 8, 8);
    if (((a | b) & kHigh) != 0) break;
    i += 16;
  }
  while (i < s.size() && static_cast<unsigned char>(s[i]) < 0x80) ++i;
  return i;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  for (size_t i = SkipAscii(s, 0); i < s.size(); i = SkipAscii(s, i)) {
    const int n = ValidSequenceLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

Utf8Repair RepairUtf8(std::string_view input) {
  Utf8Repair r;
  r.text.reserve(input.size());
  size_t run_start = 0;  // start of the current valid run
  size_t i = 0;
  while ((i = SkipAscii(input, i)) < input.size()) {
    const int n = ValidSequenceLength(input, i);
    if (n > 0) {
      i += n;
      continue;
    }
    r.text.append(input.substr(run_start, i - run_start));
    r.to_input.AddCopy(static_cast<uint32_t>(run_start),
                       static_cast<uint32_t>(i - run_start));
    const size_t bad = InvalidRunLength(input, i);
    if (r.invalid_sequences++ == 0) r.first_invalid = static_cast<uint32_t>(i);
    r.text.append("\xEF\xBF\xBD");
    r.to_input.AddReplaced(static_cast<uint32_t>(i), static_cast<uint32_t>(bad), 3);
    i += bad;
    run_start = i;
  }
  r.text.append(input.substr(run_start));
  r.to_input.AddCopy(static_cast<uint32_t>(run_start),
                     static_cast<uint32_t>(input.size() - run_start));
  return r;
}

char32_t DecodeUtf8(std::string_view s, size_t pos, int* len) {
  const auto b = [&](size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[k]));
  };
  const char32_t c = b(pos);
  if (c < 0x80) {
    *len = 1;
    return c;
  }
  if (c < 0xE0 && pos + 1 < s.size()) {
    *len = 2;
    return ((c & 0x1F) << 6) | (b(pos + 1) & 0x3F);
  }
  if (c < 0xF0 && pos + 2 < s.size()) {
    *len = 3;
    return ((c & 0x0F) << 12) | ((b(pos + 1) & 0x3F) << 6) | (b(pos + 2) & 0x3F);
  }
  if (pos + 3 < s.size()) {
    *len = 4;
    return ((c & 0x07) << 18) | ((b(pos + 1) & 0x3F) << 12) | ((b(pos + 2) & 0x3F) << 6) |
           (b(pos + 3) & 0x3F);
  }
  *len = 1;
  return 0xFFFD;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace chronicle
