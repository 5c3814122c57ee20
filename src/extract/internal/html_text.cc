// Alignment of decoded and raw text. Cases, in order, at raw[i] / dec[j]:
//   decoded whitespace   -> consume the whitespace run on both sides (raw
//                           may also hold whitespace character references
//                           or "\r\n" where decoded has "\n"): one space.
//   raw '&' that decodes -> one code point of decoded for the reference.
//   equal bytes          -> the longest equal run without '&' or spaces.
//   raw-only whitespace  -> skipped (e.g. the newline after <pre>).
//   raw '<'              -> a tag the parser ignored inside the node.
//   anything else        -> one code point each, replaced.
#include "extract/internal/html_text.h"

#include <algorithm>

namespace chronicle::extract_internal {
namespace {

bool IsSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

size_t CodePointLength(std::string_view s, size_t i) {
  const unsigned char c = static_cast<unsigned char>(s[i]);
  const size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  return std::min(n, s.size() - i);
}

bool StartsWithLower(std::string_view s, size_t i, std::string_view prefix) {
  if (s.size() - i < prefix.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if ((s[i + k] | 0x20) != prefix[k]) return false;
  }
  return true;
}

// Whether the reference at raw[i] decodes to '&'.
bool IsAmpRef(std::string_view raw, size_t i) {
  return StartsWithLower(raw, i, "&amp") || StartsWithLower(raw, i, "&#38") ||
         StartsWithLower(raw, i, "&#x26");
}

// Whether the reference at raw[i] decodes to ASCII whitespace.
bool IsSpaceRef(std::string_view raw, size_t i) {
  for (std::string_view r : {"&#9;", "&#10;", "&#13;", "&#32;", "&#x9;", "&#xa;",
                             "&#xd;", "&#x20;", "&tab;", "&newline;"}) {
    if (StartsWithLower(raw, i, r)) return true;
  }
  return false;
}

}  // namespace

size_t CharRefLength(std::string_view raw, size_t i) {
  size_t j = i + 1;
  if (j < raw.size() && raw[j] == '#') {
    ++j;
    const bool hex = j < raw.size() && (raw[j] == 'x' || raw[j] == 'X');
    if (hex) ++j;
    while (j < raw.size() && (hex ? IsAlnum(raw[j]) : (raw[j] >= '0' && raw[j] <= '9'))) ++j;
  } else {
    while (j < raw.size() && IsAlnum(raw[j]) && j - i < 40) ++j;
  }
  if (j < raw.size() && raw[j] == ';') ++j;
  return j - i;
}

void HtmlParagraphWriter::Space(uint32_t src, uint32_t len, bool plain) {
  if (pending_space_) {
    space_plain_ = false;  // two runs (across inline tags) stand for one space
    return;
  }
  pending_space_ = true;
  space_plain_ = plain;
  space_mapped_ = true;
  space_src_ = src;
  space_len_ = len;
}

void HtmlParagraphWriter::AppendSpace() {
  if (!pending_space_) {
    pending_space_ = true;
    space_plain_ = false;
    space_mapped_ = false;
  }
}

void HtmlParagraphWriter::Emit(std::string_view decoded, uint32_t src, uint32_t src_len,
                               bool copy) {
  if (pending_space_ && !p_.empty()) {
    if (space_plain_) {
      p_.AppendCopy(" ", space_src_);
    } else if (space_mapped_) {
      p_.AppendReplaced(" ", space_src_, space_len_);
    } else {
      p_.AppendReplaced(" ", src, 0);
    }
  }
  pending_space_ = false;
  if (copy) {
    p_.AppendCopy(decoded, src);
  } else {
    p_.AppendReplaced(decoded, src, src_len);
  }
}

void HtmlParagraphWriter::AppendText(std::string_view dec, std::string_view raw,
                                     uint32_t raw_offset) {
  size_t i = 0, j = 0;
  auto at = [&](size_t k) { return raw_offset + static_cast<uint32_t>(k); };
  while (j < dec.size()) {
    if (i >= raw.size()) {  // raw exhausted: the rest has no source
      const size_t n = CodePointLength(dec, j);
      if (IsSpace(dec[j])) {
        Space(at(i), 0, false);
      } else {
        Emit(dec.substr(j, n), at(i), 0, false);
      }
      j += n;
      continue;
    }
    const char r = raw[i];
    const char d = dec[j];
    if (IsSpace(d)) {
      const size_t i0 = i;
      while (j < dec.size() && IsSpace(dec[j])) ++j;
      for (;;) {
        if (i < raw.size() && IsSpace(raw[i])) {
          ++i;
        } else if (i < raw.size() && raw[i] == '&' && IsSpaceRef(raw, i)) {
          i += CharRefLength(raw, i);
        } else {
          break;
        }
      }
      Space(at(i0), static_cast<uint32_t>(i - i0), i - i0 == 1 && raw[i0] == ' ');
    } else if (r == '&' && (d != '&' || IsAmpRef(raw, i))) {
      size_t k = CharRefLength(raw, i);
      const size_t m = CodePointLength(dec, j);
      // A legacy reference without ';' ("&notit") may be shorter than the
      // name run: shrink it until the bytes after it line up again.
      if (raw[i + k - 1] != ';' && j + m < dec.size()) {
        while (k > 2 && (i + k >= raw.size() || raw[i + k] != dec[j + m])) --k;
      }
      Emit(dec.substr(j, m), at(i), static_cast<uint32_t>(k), false);
      i += k;
      j += m;
    } else if (r == d) {
      size_t n = 0;
      while (i + n < raw.size() && j + n < dec.size() && raw[i + n] == dec[j + n] &&
             raw[i + n] != '&' && !IsSpace(raw[i + n])) {
        ++n;
      }
      if (n == 0) n = 1;  // a literal '&'
      // Do not end a copy inside a code point.
      while (j + n < dec.size() && (static_cast<unsigned char>(dec[j + n]) & 0xC0) == 0x80) --n;
      if (n == 0) {  // equal lead bytes, different code points
        const size_t mr = CodePointLength(raw, i);
        n = CodePointLength(dec, j);
        Emit(dec.substr(j, n), at(i), static_cast<uint32_t>(mr), false);
        i += mr;
      } else {
        Emit(dec.substr(j, n), at(i), static_cast<uint32_t>(n), true);
        i += n;
      }
      j += n;
    } else if (IsSpace(r)) {
      ++i;
    } else if (r == '<') {
      const size_t gt = raw.find('>', i);
      i = gt == std::string_view::npos ? raw.size() : gt + 1;
    } else {
      const size_t mr = CodePointLength(raw, i);
      const size_t m = CodePointLength(dec, j);
      Emit(dec.substr(j, m), at(i), static_cast<uint32_t>(mr), false);
      i += mr;
      j += m;
    }
  }
  // Trailing raw whitespace (decoded had none) still separates words.
  if (i < raw.size() && IsSpace(raw[i]) && !dec.empty()) {
    Space(at(i), static_cast<uint32_t>(raw.size() - i), false);
  }
}

Paragraph HtmlParagraphWriter::Take() {
  Paragraph out = std::move(p_);
  p_ = Paragraph();
  pending_space_ = false;
  return out;
}

}  // namespace chronicle::extract_internal
