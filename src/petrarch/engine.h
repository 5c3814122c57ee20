// petrarch/engine.h: the per-thread PETRARCH-1 coder behind
// chronicle/petrarch.h. The passes, in PETRARCH-1's order
// (docs/design/event-coder-compat.md B.2):
//   discards on the text (code.cc, B.2.1)
//   Treebank string -> linear ParseList (treebank.cc, B.2.2)
//   comma clauses (code.cc, B.2.3), NE actor/agent codes (code.cc, B.2.4)
//   verbs, pattern tries and events (code.cc + match.cc, B.2.5)
// The ParseList is PETRARCH-1's list of strings ("(NE", "---", "ARNOR",
// "~NE", "(VP3", ...), kept as strings because the reference decides many
// things by substring tests on them ("NE" in item), which the suite's
// expectations depend on.
//
// Thread safety: an Engine is used by one thread; it only reads the Lexicon.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "chronicle/petrarch.h"
#include "petrarch/lexicon.h"

namespace chronicle::petrarch_internal {

// A source or target location: PETRARCH-1's SourceLoc/TargetLoc, "" (none)
// or [index, in the upper sequence].
struct Loc {
  enum Kind { kNone, kSeq } kind = kNone;
  int index = 0;  // -1: not a usable index
  bool upper = false;
  static Loc Seq(int i, bool up) {
    Loc l;
    l.kind = kSeq;
    l.index = i;
    l.upper = up;
    return l;
  }
};

using Seq = std::vector<std::string>;

// skip_item(): > 0 for tags, a few function words, number words, currency
// words and integers, which patterns and multi-word verbs pass over.
int SkipItem(const std::string& item);

// The raw-text front end (shallow.cc, B.4): a Penn Treebank string for
// `text` shaped like the parses PETRARCH-1 was given; false (and *tree
// empty) when the sentence is not parsed with confidence.
bool ShallowParse(const Lexicon& lex, std::string_view text, std::string* tree);

struct Triple {
  std::string source, target, code, verb;
  bool operator==(const Triple& o) const {
    return source == o.source && target == o.target && code == o.code;
  }
};

class Engine {
 public:
  explicit Engine(const Lexicon& lex) : lex_(lex), settings_(lex.defaults) {}

  void CodeParse(const std::string& text, const std::string& parse, int date,
                 std::vector<PetrarchEvent>* events);
  // Raw text: the shallow parser's tree (shallow.cc), then CodeParse; no
  // events when it finds no parse.
  void CodeText(const std::string& text, int date, std::vector<PetrarchEvent>* events);
  PetrarchSettings& settings() { return settings_; }

  // Exposed for tests: PETRARCH-1's ParseList of a Treebank string;
  // false for a parse it rejects (unbalanced, dateline, ...).
  bool ReadTreeBank(const std::string& parse, std::vector<std::string>* list, int* start);

 private:
  // B.2.1: 0 none, 1 sentence, 2 story.
  int CheckDiscards(const std::string& text) const;
  bool CheckCommas(std::vector<std::string>* plist);
  bool AssignNECodes(std::vector<std::string>* plist, int start, int date);
  bool CheckNEPhrase(const std::vector<std::string>& phrase, int date, std::string* code) const;
  std::string ActorCode(int index, int date, bool* error) const;
  void CheckVerbs(const std::vector<std::string>& plist, int start);
  // The 2014 matcher the suite was written for (match.cc).
  bool SequentialMatch(const std::string& meaning, const Seq& upper, const Seq& lower,
                       std::string* code, Loc* src, Loc* trg, Loc* compound);
  void MakeEventStrings(const Seq& upper, const Seq& lower, const Loc& src, const Loc& trg,
                        bool passive, const std::string& code, const std::string& verb);
  bool GetLocCodes(const Loc& loc, const Seq& upper, const Seq& lower,
                   std::vector<std::string>* codes);

  const Lexicon& lex_;
  PetrarchSettings settings_;
  std::vector<Triple> coded_;
  // Set when PETRARCH-1 would have raised out of check_verbs: coding of the
  // sentence stops, events already made stay.
  bool died_ = false;
};

}  // namespace chronicle::petrarch_internal
