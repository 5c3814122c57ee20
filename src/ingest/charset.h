// ingest/charset.h: which character encoding a document is in, and its
// conversion to UTF-8 with a byte map back to the input.
//
// The decision follows the order browsers use (WHATWG "encoding sniffing"):
// a byte-order mark; for HTML, a <meta charset> or http-equiv Content-Type
// in the first 4 KB (the "prescan"); valid UTF-8 stays UTF-8; otherwise
// ICU's statistical detector (ucsdet) guesses, and what it cannot place is
// repaired as UTF-8 with U+FFFD. Conversion uses ICU converters (ucnv),
// so every charset ICU knows is supported.
//
//   CharsetDecision d = DecideCharset(bytes, /*html=*/true);
//   StatusOr<DecodedText> t = DecodeToUtf8(bytes, d.charset);
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>

#include "chronicle/offset_map.h"
#include "chronicle/status.h"

namespace chronicle {

// A canonical charset name for an HTML label ("latin1" -> "windows-1252",
// "gb2312" -> "GBK", "utf8" -> "UTF-8"), following the WHATWG label table
// for the labels that differ from ICU's meaning; "" if ICU does not know it.
std::string CanonicalCharset(std::string_view label);

// The charset named by a byte-order mark and the BOM's length, or "".
std::string_view BomCharset(std::string_view bytes, size_t* bom_length);

// The charset label declared by <meta charset> or <meta http-equiv=
// "Content-Type" content="...; charset=..."> in the first 4 KB, or "".
std::string PrescanMetaCharset(std::string_view bytes);

// Whether the first bytes look like markup (a doctype, <html>, <head>, ...).
bool LooksLikeHtml(std::string_view bytes);

struct CharsetDecision {
  std::string charset;  // canonical name; "UTF-8" for valid (or repaired) UTF-8
  std::string source;   // "bom", "meta", "utf-8", "detected", "repair"
  int confidence = 0;   // ICU's confidence (0-100) for "detected"
  size_t bom_length = 0;
  std::string unknown_label;  // a declared label ICU does not know
};

// Decides the charset of `bytes`. `html`: the document is HTML, so the
// meta prescan applies and the detector is trusted at a lower confidence.
CharsetDecision DecideCharset(std::string_view bytes, bool html);

struct DecodedText {
  std::string utf8;
  OffsetMap to_input;  // utf8 offsets -> input offsets
  int replaced = 0;    // characters that did not convert (now U+FFFD)
  uint32_t first_replaced = 0;  // input offset of the first
};

// Converts `bytes` (after `skip` bytes of BOM) from `charset` to UTF-8.
// InvalidArgument if ICU has no converter for `charset`.
StatusOr<DecodedText> DecodeToUtf8(std::string_view bytes, const std::string& charset,
                                   size_t skip = 0);

}  // namespace chronicle
