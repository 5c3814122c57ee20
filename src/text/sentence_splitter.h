// text/sentence_splitter.h: sentence boundaries with byte offsets.
//
//   CHRONICLE_ASSIGN_OR_RETURN(auto splitter, SentenceSplitter::Create());
//   std::vector<Span> sentences = splitter->Split(text);
//
// Paragraphs (lines) never share a sentence. Inside a paragraph ICU's
// sentence rules (UAX #29, with the English abbreviation suppressions) give
// candidate breaks; a candidate is then dropped when the text before it ends
// with an abbreviation ("Feb.", "Gen."), a dotted group ("U.S.") or an
// initial ("John F."), or when the text after it starts in lower case or with
// a closing quote or bracket ("'Why?' he asked").
//
// Thread safety: a SentenceSplitter holds an ICU iterator; use one per thread.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "chronicle/offset_map.h"
#include "chronicle/status.h"

namespace chronicle {

class SentenceSplitter {
 public:
  static StatusOr<std::unique_ptr<SentenceSplitter>> Create();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;

  // Sentence spans of `text` (valid UTF-8), trimmed of surrounding space,
  // in order, never empty.
  std::vector<Span> Split(std::string_view text);

 private:
  struct Impl;
  explicit SentenceSplitter(std::unique_ptr<Impl> impl);
  void SplitParagraph(std::string_view text, uint32_t begin, uint32_t end,
                      std::vector<Span>* out);
  std::unique_ptr<Impl> impl_;
};

}  // namespace chronicle
