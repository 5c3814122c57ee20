// petrarch/strings.h: the few Python string operations PETRARCH-1's code
// is written in (strip, split, find in a slice, count in a slice), with
// Python's semantics, so the restated algorithms read like the original.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

namespace chronicle::petrarch_internal {

inline bool IsPySpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

inline std::string LStrip(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && IsPySpace(s[b])) ++b;
  return std::string(s.substr(b));
}

inline std::string RStrip(std::string_view s) {
  size_t e = s.size();
  while (e > 0 && IsPySpace(s[e - 1])) --e;
  return std::string(s.substr(0, e));
}

inline std::string Strip(std::string_view s) { return LStrip(RStrip(s)); }

inline bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

inline bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

inline bool Contains(std::string_view s, std::string_view p) {
  return s.find(p) != std::string_view::npos;
}

// str.startswith(p, pos): false when pos is past the end.
inline bool StartsAt(std::string_view s, std::string_view p, size_t pos) {
  return pos <= s.size() && s.size() - pos >= p.size() && s.compare(pos, p.size(), p) == 0;
}

inline std::string ReplaceAll(std::string s, std::string_view from, std::string_view to) {
  if (from.empty()) return s;
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

inline std::vector<std::string> SplitWs(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsPySpace(s[i])) ++i;
    if (i >= s.size()) break;
    size_t j = i;
    while (j < s.size() && !IsPySpace(s[j])) ++j;
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

inline std::vector<std::string> Split(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.emplace_back(s.substr(start));
      return out;
    }
    out.emplace_back(s.substr(start, p - start));
    start = p + 1;
  }
}

inline std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// s.find(sub, start, end) with Python's clamping: -1 when absent.
inline long PyFind(std::string_view s, std::string_view sub, long start = 0, long end = -2) {
  const long n = static_cast<long>(s.size());
  if (end == -2 || end > n) end = n;
  if (start < 0) start = 0;
  if (start > end) return -1;
  const size_t p = s.substr(0, static_cast<size_t>(end)).find(sub, static_cast<size_t>(start));
  return p == std::string_view::npos ? -1 : static_cast<long>(p);
}

// `sub in s[a:b]` with Python's slice clamping.
inline bool InSlice(std::string_view s, std::string_view sub, long a, long b) {
  const long n = static_cast<long>(s.size());
  a = std::clamp(a, 0L, n);
  b = std::clamp(b, 0L, n);
  if (a >= b) return sub.empty();
  return s.substr(a, b - a).find(sub) != std::string_view::npos;
}

// s.count(sub, a, b): non-overlapping.
inline int PyCount(std::string_view s, std::string_view sub, long a = 0, long b = -2) {
  const long n = static_cast<long>(s.size());
  if (b == -2 || b > n) b = n;
  a = std::clamp(a, 0L, n);
  if (a >= b) return 0;
  std::string_view t = s.substr(a, b - a);
  int c = 0;
  size_t p = 0;
  while ((p = t.find(sub, p)) != std::string_view::npos) {
    ++c;
    p += sub.size();
  }
  return c;
}

// s[a:b] with Python's clamping (no negative indexes).
inline std::string Slice(std::string_view s, long a, long b) {
  const long n = static_cast<long>(s.size());
  a = std::clamp(a, 0L, n);
  b = std::clamp(b, 0L, n);
  if (a >= b) return "";
  return std::string(s.substr(a, b - a));
}

}  // namespace chronicle::petrarch_internal
