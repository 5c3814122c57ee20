// chronicle/document.h: the document as it moves through the pipeline.
//
//   RawDocument  (ingest)  the input bytes, as read (gunzipped), plus a valid
//                          UTF-8 copy of them and the map between the two.
//   Article      (extract) title, main text and metadata; `text` holds the
//                          article paragraphs separated by "\n\n".
//
// Every derived text keeps an OffsetMap back to the text it came from, so any
// span found later can be cited in the bytes of the original input file.
//
// Thread safety: plain values.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "chronicle/offset_map.h"

namespace chronicle {

// How the extractor should read a document.
enum class InputFormat {
  kAuto,  // decided from the name and a sniff of the bytes
  kHtml,
  kText,  // plain or scraped text
};

struct RawDocument {
  std::string id;    // 16 hex digits of XXH3-64(raw bytes): stable, content-based
  std::string path;  // where it came from ("-" for stdin)
  InputFormat format = InputFormat::kAuto;
  std::string raw;   // the input bytes (after gunzip), never modified
  std::string utf8;  // `raw` with invalid UTF-8 sequences replaced by U+FFFD
  OffsetMap utf8_to_raw;              // utf8 offsets -> raw offsets
  std::vector<std::string> warnings;  // e.g. "repaired 3 invalid UTF-8 sequences"
};

struct Article {
  std::string title;
  std::string text;       // main text: paragraphs joined by "\n\n"
  OffsetMap text_to_input;  // text offsets -> RawDocument::utf8 offsets
  std::string date;       // publication date, "YYYY-MM-DD", or empty
  std::string author;
  std::string sitename;
  std::string language;   // ISO 639-1 when known
  std::string url;
  InputFormat format = InputFormat::kText;  // how it was read
  int dropped_lines = 0;  // boilerplate blocks removed
  int repeated_paragraphs = 0;  // verbatim repeats removed
  // Why no main text was found, when `text` is empty ("no article text
  // found: only the site footer"); only with
  // ExtractOptions::allow_no_text, which keeps such a page's metadata.
  std::string no_text;
};

}  // namespace chronicle
