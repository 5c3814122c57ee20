// Normalisation runs in two passes over code points. Pure ASCII runs are
// copied through unchanged (the common case). Other code points are first
// checked against the fold table (spaces, quotes, invisible characters);
// the rest are grouped into normalisation segments (ICU's hasBoundaryBefore)
// and each segment not already in NFC is replaced by its NFC form. The map
// records copies and replacements piece by piece.
#include "text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "base/utf8.h"

namespace chronicle {

bool FoldCodePoint(char32_t cp, std::string* out) {
  out->clear();
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
    case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
    case 0x2005: case 0x2006: case 0x2007: case 0x2008: case 0x2009:
    case 0x200A:
      *out = " ";
      return true;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
    case 0x02BC:
      *out = "'";
      return true;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB:
      *out = "\"";
      return true;
    case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
    case 0x00AD:
      return true;  // removed
    case 0x2028: case 0x2029: case 0x0085:
      *out = "\n";
      return true;
    default:
      return false;
  }
}

Normalized NormalizeText(std::string_view input) {
  Normalized n;
  n.text.reserve(input.size());
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  std::string folded;
  size_t i = 0;
  while (i < input.size()) {
    // ASCII run.
    size_t j = i;
    while (j < input.size() && static_cast<unsigned char>(input[j]) < 0x80) ++j;
    if (j > i && j < input.size() && nfc != nullptr) {
      // Leave the last ASCII character to a following combining mark.
      int l = 0;
      if (!nfc->hasBoundaryBefore(DecodeUtf8(input, j, &l))) --j;
    }
    if (j > i) {
      n.text.append(input.substr(i, j - i));
      n.to_input.AddCopy(static_cast<uint32_t>(i), static_cast<uint32_t>(j - i));
      i = j;
      continue;
    }
    int len = 0;
    const char32_t cp = DecodeUtf8(input, i, &len);
    if (FoldCodePoint(cp, &folded)) {
      n.text += folded;
      if (folded.empty()) {
        // Removed: nothing in the output stands for it.
      } else {
        n.to_input.AddReplaced(static_cast<uint32_t>(i), len,
                               static_cast<uint32_t>(folded.size()));
      }
      i += len;
      continue;
    }
    // A normalisation segment: this code point and the following ones that
    // have no boundary before them (combining marks).
    size_t end = i + len;
    while (end < input.size()) {
      int l2 = 0;
      const char32_t next = DecodeUtf8(input, end, &l2);
      if (nfc == nullptr || nfc->hasBoundaryBefore(next)) break;
      end += l2;
    }
    const std::string_view seg = input.substr(i, end - i);
    icu::UnicodeString useg = icu::UnicodeString::fromUTF8(
        icu::StringPiece(seg.data(), static_cast<int32_t>(seg.size())));
    UErrorCode e2 = U_ZERO_ERROR;
    if (nfc != nullptr && !nfc->isNormalized(useg, e2) && U_SUCCESS(e2)) {
      icu::UnicodeString out;
      nfc->normalize(useg, out, e2);
      std::string utf8;
      out.toUTF8String(utf8);
      n.text += utf8;
      n.to_input.AddReplaced(static_cast<uint32_t>(i),
                             static_cast<uint32_t>(seg.size()),
                             static_cast<uint32_t>(utf8.size()));
    } else {
      n.text.append(seg);
      n.to_input.AddCopy(static_cast<uint32_t>(i), static_cast<uint32_t>(seg.size()));
    }
    i = end;
  }
  return n;
}

}  // namespace chronicle
