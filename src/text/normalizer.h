// text/normalizer.h: Unicode normalisation with an offset map.
//
// Produces the text the later stages match on: NFC, every space separator
// (NBSP, thin space, ...) folded to ' ', curly quotes folded to ASCII ' and
// ", zero-width characters and soft hyphens removed. Line breaks are kept.
//
//   Normalized n = NormalizeText(article.text);
//   Span in_article = n.to_input.ToSource(span_in_n);
//
// Thread safety: reentrant (ICU's normaliser instance is immutable).
#pragma once

#include <string>
#include <string_view>

#include "chronicle/offset_map.h"

namespace chronicle {

struct Normalized {
  std::string text;
  OffsetMap to_input;  // text offsets -> input offsets
};

// REQUIRES: `input` is valid UTF-8.
Normalized NormalizeText(std::string_view input);

// Folds one code point as NormalizeText does: returns true and sets *out
// (possibly empty) if `cp` is rewritten, false if it is kept.
bool FoldCodePoint(char32_t cp, std::string* out);

}  // namespace chronicle
