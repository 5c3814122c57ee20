// tabari/lexicon.h: a TABARI project compiled once into lookup tables:
// interned words ("literals"), roots (actors, agents, verbs, nouns,
// adjectives, time phrases and the built-in function words) indexed by
// their first word, verb patterns sorted as TABARI tries them, synsets and
// the options of the .options file.
//
//   std::unique_ptr<Lexicon> lex = ...;   // built by TabariDictionary::Load
//   lex->ForEachPrefix("ABANDONED", [](int lit, bool exact) { ... });
//
// Phrase syntax (connectors after each word) is described in
// docs/design/event-coder-compat.md A.2.1; Conn below names them.
//
// Thread safety: immutable after construction.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dict/formats/format_lines.h"
#include "dict/formats/tabari_dict.h"

namespace chronicle::tabari_internal {

// What is written right after a phrase element.
enum class Conn : uint8_t {
  kOpen,        // space or end of phrase: prefix match, gap allowed
  kClosedOpen,  // "_ ": exact word, gap allowed
  kClosed,      // "_" joined (or "_" at the end): exact word, no gap
  kOpenConsec,  // "~_": prefix match, no gap
  kExactNoEnd,  // "=": exact word, no regular endings (roots only)
};

inline bool ConnAllowsGap(Conn c) { return c == Conn::kOpen || c == Conn::kClosedOpen; }
inline bool ConnAllowsPrefix(Conn c) {
  return c == Conn::kOpen || c == Conn::kOpenConsec;
}

enum class RootType : uint8_t {
  kNone,
  kActor,
  kAgent,
  kVerb,
  kNoun,
  kAdjective,
  kTime,
  kDeterminer,
  kConjunction,
  kPronoun,
  kAuxiliary,
  kBy,
  kPreposition,
  kFormer,
};

struct RootWord {
  int lit = -1;
  Conn conn = Conn::kOpen;
};

// A code that depends on the record date (actors); kind as DateRestriction.
struct RootCode {
  std::string code;
  DateRestriction when;
};

struct Root {
  RootType type = RootType::kNone;
  std::vector<RootWord> words;
  bool final_closed = false;    // last word written "X_": regular endings allowed
  bool plural = false;          // pronouns THEY THEM THEIR
  std::vector<RootCode> codes;  // actors (dated), agents ("~GOV" / "NGM~")
  int verb = -1;                // index into Lexicon::verbs (verbs, time phrases)
  std::string text;             // as written, for explanations
  std::string file;
  int line = 0;
};

enum class ItemKind : uint8_t {
  kWord,
  kVerb,      // '*'
  kSource,    // '$'
  kTarget,    // '+'
  kAttrib,    // '@'
  kCompound,  // '%'
  kSkip,      // '^'
  kSynset,    // "&NAME"
  kAlt,       // "{ a | b }"
};

struct Item {
  ItemKind kind = ItemKind::kWord;
  int id = -1;  // literal (kWord), synset (kSynset), alternative block (kAlt)
  Conn conn = Conn::kOpen;
};

using ItemSeq = std::vector<Item>;

struct AltBlock {
  std::vector<ItemSeq> alts;
  int max_len = 0;  // letters of the longest alternative
};

struct Pattern {
  ItemSeq lower;                 // elements before '*', in text order
  ItemSeq upper;                 // elements after '*', in text order
  Conn verb_conn = Conn::kOpen;  // connector written after '*'
  std::string code;
  int length = 0;   // A.2.5
  int max_alt = 0;  // sum of the longest alternatives
  bool has_alt = false;
  std::string text;  // "file:line: - ... [code]"
};

struct Verb {
  std::string code;  // "064", "032:033", "031!", "---", "###", "+++", time: "-7"
  std::vector<Pattern> patterns;  // sorted by decreasing length, ties in file order
  std::string text;               // "file:line: ROOT"
};

struct Synset {
  std::string name;  // without '&'
  std::vector<ItemSeq> members;
};

class Lexicon {
 public:
  // Compiles the dictionaries; lines it cannot use are added to problems.
  explicit Lexicon(const TabariDictionaries& d);

  // Literal id of an upper-case word, -1 if it is no dictionary literal.
  int FindLiteral(std::string_view word) const {
    auto it = literals_.find(word);
    return it == literals_.end() ? -1 : it->second;
  }
  const std::string& literal(int id) const { return literal_text_[id]; }

  // Calls fn(lit, exact) for every literal that equals `token` or is a
  // prefix of it, shortest first.
  template <typename Fn>
  void ForEachPrefix(std::string_view token, Fn fn) const {
    for (size_t n = 1; n <= token.size() && n <= max_literal_; ++n) {
      auto it = literals_.find(token.substr(0, n));
      if (it != literals_.end()) fn(it->second, n == token.size());
    }
  }

  // Roots whose first word is literal `lit`, in priority order.
  const std::vector<int>& RootsStartingWith(int lit) const {
    static const std::vector<int> kNone;
    return lit >= 0 && lit < static_cast<int>(by_first_.size()) ? by_first_[lit] : kNone;
  }

  const Root& root(int id) const { return roots_[id]; }
  const Verb& verb(int id) const { return verbs_[id]; }
  const Synset& synset(int id) const { return synsets_[id]; }
  const AltBlock& alt(int id) const { return alts_[id]; }

  const std::vector<TabariOption>& options() const { return options_; }
  const std::vector<std::string>& problems() const { return problems_; }
  bool has_time_phrases() const { return has_time_; }

 private:
  int Intern(const std::string& word);
  bool ParseRoot(std::string_view text, Root* root, std::string* reason);
  int AddRoot(Root root);
  void AddActors(const TabariActorFile& f);
  void AddAgents(const TabariAgentFile& f);
  void AddVerbs(const TabariVerbFile& f);
  void AddBuiltins();
  bool CompilePattern(std::string_view text, Pattern* p, std::string* reason);
  bool CompileSeq(std::string_view text, ItemSeq* out, int* verb_index,
                  std::string* reason);
  int SynsetId(const std::string& name);

  // Heterogeneous lookup: tokens are looked up as string_views, no copy.
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const {
      return std::hash<std::string_view>()(s);
    }
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> literals_;
  std::vector<std::string> literal_text_;
  size_t max_literal_ = 0;
  std::vector<Root> roots_;
  std::vector<std::vector<int>> by_first_;
  std::vector<Verb> verbs_;
  std::vector<Synset> synsets_;
  std::unordered_map<std::string, int> synset_ids_;
  std::vector<AltBlock> alts_;
  std::vector<TabariOption> options_;
  std::vector<std::string> problems_;
  bool has_time_ = false;
};

// Upper-cases a dictionary phrase and turns every '-' after the first
// character into '_' (TABARI stores "BARAD-DUR" as "BARAD_DUR").
std::string NormalizePhrase(std::string_view text);

// Letters, digits, '_' and '\'' of `s` (the pattern length measure).
int CountLengthChars(std::string_view s);

}  // namespace chronicle::tabari_internal
