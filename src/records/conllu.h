// records/conllu.h: CoNLL-U dependency parses (Universal Dependencies).
//
// One token per line, ten tab-separated fields:
//   ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC
// Multiword-token ranges ("3-4") and empty nodes ("5.1") are allowed and
// kept apart: the tree is over the plain word lines, numbered 1..n.
//
//   DependencyParse p;
//   ParseProblem problem;
//   if (!ParseConllu(block, &p, &problem)) Report(problem.line, problem.reason);
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace chronicle {

struct ConlluWord {
  int id = 0;  // 1-based
  std::string form, lemma, upos, xpos, feats;
  int head = 0;  // 0: the root
  std::string deprel, deps, misc;
};

struct DependencyParse {
  std::vector<ConlluWord> words;  // words[i].id == i + 1
  // Multiword tokens as written ("3-4 du"): the surface the words came from.
  struct Range {
    int first = 0, last = 0;
    std::string form;
  };
  std::vector<Range> ranges;
  int empty_nodes = 0;  // "5.1" lines (enhanced UD), counted, not kept
};

// Where and why a parse could not be read. `line` is 1-based within the
// text given to the parser.
struct ParseProblem {
  int line = 0;
  std::string reason;
};

// Parses the token lines of one sentence; '#' comment lines and blank
// lines are skipped. Checks ten fields per line, ids 1..n in order, heads
// in 0..n, exactly one root and no cycle. Returns false (and *p holds what
// was read) on the first problem.
bool ParseConllu(std::string_view text, DependencyParse* p, ParseProblem* problem);

// The sentence text a CoNLL-U block spells: word forms (a multiword
// token's surface form for its range) joined by one space, except where
// MISC says SpaceAfter=No.
std::string ConlluText(const DependencyParse& p);

}  // namespace chronicle
