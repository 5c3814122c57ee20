// records/treebank.h: Penn Treebank bracketed parses, as the PETRARCH-2
// records carry them:
//
//   (ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ ready)))))
//
// Nodes are stored in pre-order; a subtree is the interval [i, end). A
// leaf is a preterminal with its word: label "NNP", word "Arnor".
//
//   ParseTree t;
//   ParseProblem problem;
//   if (!ParseTreebank(text, &t, &problem)) Report(problem.line, problem.reason);
//
// Thread safety: reentrant.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "records/conllu.h"  // ParseProblem

namespace chronicle {

struct TreeNode {
  std::string label;  // "NP", "VBZ"; may be empty for a bare "( ... )" root
  std::string word;   // preterminals only
  int parent = -1;
  int end = 0;  // one past the last node of the subtree
  bool IsWord() const { return !word.empty(); }
};

struct ParseTree {
  std::vector<TreeNode> nodes;
  // Indexes of the preterminals, left to right: the sentence's words.
  std::vector<int> words;
};

// Nesting deeper than this is rejected (a bound on memory and recursion of
// later passes, far above any real sentence).
inline constexpr int kMaxTreeDepth = 1000;

// Parses one bracketed tree. Requires balanced brackets, a label after
// each '(', and a word or subtrees in each node; a preterminal holds one
// word. Text after the tree (other than white space) is an error.
bool ParseTreebank(std::string_view text, ParseTree* t, ParseProblem* problem);

}  // namespace chronicle
