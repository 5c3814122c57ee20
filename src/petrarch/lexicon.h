// petrarch/lexicon.h: PETRARCH-1's dictionaries as its coder uses them,
// read by the PETRARCH-1 readers (ReadP1Verbs and friends, dict.cc).
//
// Verb forms keep PETRARCH-1's storage shape (a map of word tries whose
// nodes have ordered children and, at the end of a path, a data leaf with
// the block's meaning and code), because check_verbs' multi-word verb
// look-ahead and look-behind walk it as PETRARCH-1 walks its nested dicts.
// Patterns are kept per block as token lists for the sequential matcher
// (match.cc); synsets as member word lists.
//
// Thread safety: built once by PetrarchDictionary, then read-only.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "chronicle/petrarch.h"

namespace chronicle::petrarch_internal {

// A trie node. `kids` holds words and the '#' terminator (also literal
// pattern tokens '+', '$', '^', '%'), in insertion order; `syn` holds the
// '&SYNSET' children (PETRARCH-1's node['synsets']).
struct TrieNode {
  std::vector<std::pair<std::string, int>> kids;
  std::vector<std::pair<std::string, int>> syn;
  int data = -1;  // >= 0: this node is a data leaf (index into Lexicon::data)
};

struct VerbData {
  std::string meaning;  // the block's first verb ("" for patterns)
  std::string code;
  int line = 0;
};

// An actor or agent phrase, as make_noun_list() splits it: the first word
// is the map key; `connector` follows it; `rest` are (word, connector)
// pairs, the last one ("", ' ') when the phrase ended with '_'.
struct NounPhrase {
  int code_index = 0;  // actors: index into Lexicon::actor_codes
  std::string code;    // agents: "~GOV" or "NGO~"
  char connector = ' ';
  std::vector<std::pair<std::string, char>> rest;
};

// One code of an actor, possibly restricted to dates (yyyymmdd).
struct DatedCode {
  enum Kind { kAlways, kBefore, kAfter, kBetween } kind = kAlways;
  int from = 0, to = 0;
  std::string code;
};

// A pattern token and whether it must follow the previous one (or the
// verb) directly ('_' connector) rather than after a gap (' ').
struct PatternToken {
  std::string text;  // a word, "&SYNSET", "$", "+", "^" or "%"
  bool tight = false;
};

// "- UPPER * LOWER [code]": the lower tokens in text order, the upper ones
// nearest the verb first (the order the upper sequence is read in).
struct Pattern {
  std::vector<PatternToken> lower;
  std::vector<PatternToken> upper;
  std::string code;
  int line = 0;
};

struct Lexicon {
  // Patterns of each block (keyed by the block's first verb), file order.
  std::unordered_map<std::string, std::vector<Pattern>> patterns;
  // Synset members, each a word list that matches consecutively.
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets;

  std::vector<TrieNode> nodes;
  std::vector<VerbData> data;
  std::unordered_map<std::string, int> verbs;    // word or &SYNSET -> node
  std::unordered_map<std::string, bool> synset_defined;

  std::unordered_map<std::string, std::vector<NounPhrase>> actors;
  std::vector<std::vector<DatedCode>> actor_codes;
  std::unordered_map<std::string, std::vector<NounPhrase>> agents;

  // Discard phrases: a word trie; node 0 is the root; a "$" child ends a
  // sentence discard, a "+" child a story discard.
  std::vector<std::vector<std::pair<std::string, int>>> discard_nodes;

  PetrarchSettings defaults;
  std::vector<std::string> problems;

  Lexicon();
  int NewNode() {
    nodes.emplace_back();
    return static_cast<int>(nodes.size()) - 1;
  }
  // The child of `node` named `key` ("" -> -1), and its get-or-add.
  int Kid(int node, std::string_view key) const;
  int SynKid(int node, std::string_view key) const;
  int AddKid(int node, const std::string& key);
  int AddSynKid(int node, const std::string& key);
};

// PETRARCH-1's readers. Each adds to *lex and appends "path:line: reason"
// to lex->problems for a line it skips.
void ReadP1Verbs(std::string_view text, const std::string& path, Lexicon* lex);
// Actor files share one code table; call in actorfile_list order.
void ReadP1Actors(std::string_view text, const std::string& path, Lexicon* lex);
void ReadP1Agents(std::string_view text, const std::string& path, Lexicon* lex);
void ReadP1Discards(std::string_view text, const std::string& path, Lexicon* lex);

// PETRARCH-1's dstr_to_ordate() validation, as yyyymmdd (YYMMDD: 00-30 ->
// 20YY). Returns false for a date PETRARCH-1 rejects.
bool P1Date(std::string_view s, int* yyyymmdd);

}  // namespace chronicle::petrarch_internal
