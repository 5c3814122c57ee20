// udpetrarch/lexicon.h: the compiled form of a UD-PETRARCH dictionary set
// (internal to src/udpetrarch). Built once by UdPetrarchDictionary::Load,
// then read by any number of coders.
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "dict/formats/format_lines.h"
#include "dict/formats/petrarch_dict.h"

namespace chronicle::udpetrarch_internal {

// A word trie over upper-case words; node 0 is the root.
struct WordTrie {
  struct Node {
    std::unordered_map<std::string, int> next;
    int value = -1;  // index into the owner's value table, -1: none
  };
  std::vector<Node> nodes{1};

  // Returns the node reached by `words` from the root, creating nodes.
  int Insert(const std::vector<std::string>& words);
  // The child of `node` for `word`, or -1.
  int Child(int node, const std::string& word) const {
    auto it = nodes[static_cast<size_t>(node)].next.find(word);
    return it == nodes[static_cast<size_t>(node)].next.end() ? -1 : it->second;
  }
};

// A term of a pattern: a word ("TIES") or a synonym set ("&TIETYPES").
struct Term {
  std::string word;  // upper case; for a synset its name with '&'
  bool synset = false;
};

// A pattern element: a noun ("TIES", "&CURRENCY", "{DIPLOMATIC TIES}": the
// last term is the head), a prepositional phrase ("(WITH)", "(ON
// RESOLUTION)", "(FROM $)"), or an actor marker outside phrases.
struct Element {
  enum class Kind { kNoun, kPrep, kSource, kTarget, kSkip };
  Kind kind = Kind::kNoun;
  std::vector<Term> terms;          // kNoun: the phrase; kPrep: the object phrase
  std::string prep;                 // kPrep: the preposition
  Kind object_actor = Kind::kNoun;  // kPrep: kSource/kTarget/kSkip marker inside
};

struct Pattern {
  std::vector<Element> upper;  // before '*'
  std::vector<Element> lower;  // after '*'
  bool paired = false;         // '%'
  bool target_first = false;   // '+' before '*': the target is the source
  bool source_after = false;   // '$' after '*': the source is the target
  bool has_prep = false;       // any (...) element
  size_t length = 0;           // length of the pattern text (longer wins)
  std::string code;
  std::string text;                // "- ... [code]" for explanations
  std::vector<std::string> words;  // every word of the pattern, upper case
  std::string where;               // "file:line"
};

struct VerbEntry {
  std::vector<std::string> words;  // upper case, in order
  int head = 0;
  std::string code;  // the verb's own code or the block's
  int block = 0;
};

struct Lexicon {
  // Actors: trie values index actor_codes.
  WordTrie actors;
  std::vector<std::vector<DatedCode>> actor_codes;
  // Agents: trie values index agent_codes ("~GOV", "NGO~").
  WordTrie agents;
  std::vector<std::string> agent_codes;
  // Verbs, indexed by every word a dictionary verb can be looked up by.
  std::vector<VerbEntry> verbs;
  std::unordered_map<std::string, std::vector<int>> verb_index;
  std::vector<std::vector<Pattern>> block_patterns;
  // Synsets: name ("&TIETYPES") -> members (each a word list; nested
  // synsets are expanded).
  std::unordered_map<std::string, std::vector<std::vector<std::string>>> synsets;
  // Discards: trie values index discard_story (true: a story discard).
  WordTrie discards;
  std::vector<bool> discard_story;
  // Internal coding ontology (CAMEO <-> PICO).
  std::unordered_map<std::string, int> pico;
  std::unordered_map<int, std::string> pico_reverse;
  bool have_ontology = false;

  std::vector<std::string> problems;
};

// Regular English plural of a noun ("POLICE" stays), as PETRARCH makes
// agent plurals.
std::string MakePlural(const std::string& word);

// Reads the internal coding ontology ("010:0x1000", "121:-0xFFFF+0x0070").
void ReadOntology(std::string_view text, const std::string& path, Lexicon* lex);

}  // namespace chronicle::udpetrarch_internal
