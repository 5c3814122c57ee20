// Test helpers: code one sentence as its own document, and print an event
// as "SRC CODE TGT" (the combined code of a frame, else the pattern's).
#pragma once

#include <string>
#include <vector>

#include "code/coder.h"
#include "text/tokenizer.h"

namespace chronicle {

inline std::vector<CodedEvent> CodeOneSentence(Coder* coder, const std::string& sentence,
                                               int date) {
  std::vector<Token> tokens;
  Tokenize(sentence, 0, &tokens);
  std::vector<CodedEvent> events;
  coder->BeginDocument();  // each sentence its own document
  coder->CodeSentence(sentence, tokens, date, &events);
  return events;
}

inline std::string EventTriple(const CodedEvent& e) {
  return e.source.code + " " + (e.cameo ? e.cameo->code : e.pattern->cameo) + " " +
         (e.target.code.empty() ? "-" : e.target.code);
}

}  // namespace chronicle
