// extract/internal/html_text.h: paragraph text from HTML text nodes, with
// the byte map back to the source.
//
// The parser hands out each text node twice: decoded ("AT&T’s") and as the
// source bytes it came from ("AT&amp;T&#8217;s"). The writer walks both in
// step: literal runs become copies, each character reference one replaced
// piece, and every whitespace run one space standing for the whole run:
//
//   HtmlParagraphWriter w;
//   w.AppendText(decoded, raw, raw_offset);   // per text node, in order
//   w.AppendSpace();                          // <br>, <img>
//   Paragraph p = w.Take();                   // trimmed, collapsed
//
// Thread safety: not thread-safe; one writer per extraction.
#pragma once

#include <cstdint>
#include <string_view>

#include "extract/internal/text_builder.h"

namespace chronicle::extract_internal {

class HtmlParagraphWriter {
 public:
  // Appends a text node. `decoded` is its text after entity decoding, `raw`
  // the source bytes (entities and all) that start at source offset
  // `raw_offset`. If the two cannot be aligned, unmatched bytes become
  // replaced pieces; the output text is always `decoded`, whitespace
  // collapsed.
  void AppendText(std::string_view decoded, std::string_view raw, uint32_t raw_offset);
  // Inline content that separates words without text of its own.
  void AppendSpace();

  bool empty() const { return p_.empty(); }
  size_t size() const { return p_.text.size(); }

  // The paragraph so far (leading/trailing whitespace dropped); resets.
  Paragraph Take();

 private:
  void Space(uint32_t src, uint32_t len, bool plain);
  void Emit(std::string_view decoded, uint32_t src, uint32_t src_len, bool copy);

  Paragraph p_;
  bool pending_space_ = false;
  bool space_plain_ = false;  // the pending space is one source ' '
  bool space_mapped_ = false; // the pending space has a source range
  uint32_t space_src_ = 0;
  uint32_t space_len_ = 0;
};

// Bytes of the character reference starting at raw[i] == '&' ("&amp;",
// "&#8217;", "&#x2019;", legacy "&copy" without ';'); at least 1.
size_t CharRefLength(std::string_view raw, size_t i);

}  // namespace chronicle::extract_internal
