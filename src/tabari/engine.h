// tabari/engine.h: the per-thread TABARI coder behind chronicle/tabari.h:
// option state, the parsed sentence (tokens with their roots and marks)
// and the coding passes. The order of the passes and what each does:
// docs/design/event-coder-compat.md A.3-A.5; the .cc files say which part
// each implements (parse.cc: A.3-A.4, match.cc: A.5.3-A.5.4, code.cc:
// A.5.2, A.5.5-A.5.9 and options).
//
// Thread safety: an Engine is used by one thread; it only reads the Lexicon.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chronicle/records.h"
#include "chronicle/tabari.h"
#include "tabari/lexicon.h"

namespace chronicle::tabari_internal {

enum class CodeMode : uint8_t { kClause, kSentence, kAll };

struct Options {
  // COMPLEX: limits (0 = off) and the actor-before-verb check.
  int max_verbs = 0;
  int max_conj = 0;
  bool act_prior = false;
  CodeMode mode = CodeMode::kClause;
  bool time_shift = false;
  bool yyyy = false;
  bool convert_agent = false;
  int min_words = 8;
  // DEFAULT: codes ("" = none) and their PRIOR / AFTER flags.
  std::string default_source, default_target;
  bool prior = false, after = false;
  bool forward = false;
  // COMMA: clause limits: internal, terminal (E) and initial (B).
  int cmin = 2, cmax = 10, emin = 2, emax = 10, bmin = 128, bmax = 0;
};

struct LitHit {
  int lit;
  bool exact;
};

struct Token {
  std::string text;                     // upper case
  uint32_t lit_begin = 0, lit_end = 0;  // into Sentence::lits
  RootType type = RootType::kNone;
  bool is_comma = false, is_number = false, is_quote = false;
  bool mid_cap = false;
  bool nulled = false;  // inside a subordinate clause
  bool in_compound = false;
  int root = -1;  // root id, on the head token only
  int head = -1;  // head token of the root covering this token
  int tail = -1;  // on the head token: last matched token of the root
  bool head_tag = false, tail_tag = false;
  bool comp_start = false, comp_end = false;
  int comp_end_tok = -1;  // on a compound start: its last token
  int ref = -1;           // dereferenced pronoun: antecedent head token
  int forwarded = -1;  // dereferenced to the previous record: index into forward actors
};

// An event slot: a head token of this sentence, or a default code.
struct Slot {
  enum class Kind : uint8_t { kNone, kToken, kDefault, kForward } kind = Kind::kNone;
  int tok = -1;
  std::string code;  // kDefault / kForward: the code itself
  bool no_agent = false;
  bool by_pattern = false;
  bool compound = false;  // '%' slot
  bool set() const { return kind != Kind::kNone; }
};

// An event before evaluation: codes already resolved (coded compounds
// "A/B" still joined), event code as in the dictionary ("031!").
struct RawEvent {
  std::string source, target, code;
  std::string verb, pattern;
};

class Engine {
 public:
  explicit Engine(const Lexicon& lex);

  void Code(const CodingRecord& record, std::vector<TabariEvent>* events);
  void ApplyOption(std::string_view command);

 private:
  // parse.cc
  bool Parse(std::string_view text);
  void FilterText(std::string_view text);
  void MakeTokens();
  void AssignRoots();
  int MatchRoot(const Root& r, int start, int* last, int* score,
                std::vector<int>* at) const;
  void MarkNouns();
  void ConvertAgents();
  void MarkCompounds();
  void MarkSubordinate();
  void NullRange(int from, int to);
  void MarkClauses();
  void DereferencePronouns();
  bool CheckDiscards() const;
  bool IsComplex() const;

  // code.cc
  std::string ActorCode(int root_id) const;
  bool CheckTime();
  void CheckVerbs();
  bool DoVerb(int v, int clause_start, int clause_end);
  void MakeEvent(int v, const std::string& code, const Pattern* p, int clause_start,
                 int clause_end);
  Slot RegularSource(int v, int cs, int ce) const;
  Slot RegularTarget(int v, int cs, int ce) const;
  bool SameActor(const Slot& a, const Slot& b) const;
  std::vector<int> Members(const Slot& s, bool* cut) const;
  std::string SlotCode(const Slot& s, int member) const;
  int Resolve(int tok) const;
  std::string AgentFor(int head) const;
  void Finish(std::vector<TabariEvent>* out);
  void SaveForward();

  // match.cc
  bool MatchPattern(const Pattern& p, int v, int cs, int ce, int* lenalt);
  bool MatchSeq(const ItemSeq& seq, bool up, int* pos, bool gap, int* lenalt);
  bool MatchItem(const Item& it, bool up, int* pos, bool gap, int* lenalt,
                 int prefix_override, int* matched_at);
  bool MatchSeqFrom(const ItemSeq& seq, bool up, int* pos, bool gap, int* lenalt,
                    int prefix_override, int* first_at);
  bool WordAt(int tok, int lit, bool prefix) const;
  bool SynsetFirstWordAt(int synset, int tok, bool prefix, int depth) const;
  bool IsActorTok(int tok) const;
  int ActorHead(int tok) const;

  const Lexicon& lex_;
  Options opt_;
  int date_ = 0;  // yyyymmdd of the record being coded

  // Per-record scratch (reused).
  std::string filtered_;
  std::vector<Token> toks_;
  std::vector<LitHit> lits_;
  std::vector<std::pair<int, int>> clauses_;
  std::vector<int> all_roots_;  // every root assigned, for the discard scan
  std::vector<int> root_at_;    // MatchRoot scratch
  bool all_caps_ = false;

  // Coding state of the record.
  Slot src_, tgt_;
  bool regular_src_found_ = false, regular_tgt_found_ = false;
  bool clear_src_next_ = false;
  bool made_event_ = false;
  std::vector<RawEvent> events_;
  Slot pat_src_, pat_tgt_, pat_comp_;
  int upper_limit_ = 0;
  int alt_chars_ = 0;  // literal characters matched inside alternatives

  // FORWARD: the previous record's story id, sentence number and the
  // actor its unresolved pronouns may take (A.5.11).
  std::string fwd_story_;
  int fwd_sentence_ = -1;
  std::string fwd_actor_code_;
  bool can_forward_ = false;
};

}  // namespace chronicle::tabari_internal
