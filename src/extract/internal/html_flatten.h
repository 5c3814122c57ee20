// extract/internal/html_flatten.h: bounds the nesting depth of HTML.
//
// An HTML5 tree builder spends time proportional to the depth of the open
// element stack on many tokens, so 100k nested elements make parsing
// quadratic (minutes, gigabytes). Before parsing, start and end tags nested
// deeper than a limit are overwritten with spaces. The copy keeps the length
// of the input, so every byte offset the parser reports is still an offset
// into the original text:
//
//   std::string flat;
//   const std::string_view html = FlattenDeepHtml(doc.utf8, 400, &flat)
//                                     ? std::string_view(flat) : doc.utf8;
//
// The scan is a tag-level approximation of the tree builder (elements with
// optional end tags such as <p> and <li> do not nest), good enough for a
// budget. Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>

namespace chronicle::extract_internal {

// Returns true and sets *out to `html` with over-deep tags blanked, or
// returns false (leaving *out alone) if no element is nested deeper than
// `max_depth`. REQUIRES: max_depth >= 1.
bool FlattenDeepHtml(std::string_view html, int max_depth, std::string* out);

}  // namespace chronicle::extract_internal
