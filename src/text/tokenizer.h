// text/tokenizer.h: words and punctuation with byte offsets.
//
//   std::vector<Token> tokens;
//   Tokenize(sentence_text, /*base=*/sentence.begin, &tokens);
//   tokens[0].norm   // "russia"; tokens[1].norm == "'s"
//
// Rules (the dictionaries are written against them, docs/dictionaries.md):
// - letters and digits form words; internal hyphens and dots stay inside
//   ("al-Assad", "U.S.-led", "3.5"); "U.S." and other dotted letter groups
//   keep the final dot, as do single-letter initials ("F.") and the
//   abbreviations of IsAbbreviation();
// - clitics split off: "Russia's" -> "Russia" "'s", "don't" -> "do" "n't";
// - every other non-space character is a token of its own.
// `norm` is the lower-cased form used for matching.
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/offset_map.h"

namespace chronicle {

struct Token {
  Span span;          // in the text the caller's `base` is relative to
  std::string norm;   // lower-cased
  bool word = false;  // letters/digits (not punctuation)
  bool all_caps = false;     // 2+ letters, none lower case ("US", "NATO")
  bool capitalized = false;  // first letter upper case
};

// Appends the tokens of `text` to `out`; spans are offset by `base`.
// REQUIRES: `text` is valid UTF-8.
void Tokenize(std::string_view text, uint32_t base, std::vector<Token>* out);

// True for "mr", "feb", "gen", ... : abbreviations (lower case, without the
// dot) that end with a dot which ends no sentence.
bool IsAbbreviation(std::string_view lower_word);

}  // namespace chronicle
