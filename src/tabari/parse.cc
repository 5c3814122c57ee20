// TABARI's parser passes (docs/design/event-coder-compat.md A.3-A.4), in
// TABARI's order: character filter, tokens with their literal lists, root
// assignment (longest match, first listed on ties), nouns, agent
// conversion, compounds, comma clauses (nulled), conjunction clauses,
// pronouns, then the discard and complexity decisions.
//
// Invariants after Parse(): every token typed by a root points at the
// root's head token (`head`); the head carries `root`, `tail` and
// `head_tag`. A compound is [start, comp_end_tok] with `comp_start` on its
// first actor head and `comp_end` on its last actor head; every token
// inside has `in_compound`. Nulled tokens keep their literals, so pattern
// words still match them.
#include <algorithm>
#include <cctype>

#include "tabari/engine.h"

namespace chronicle::tabari_internal {
namespace {

constexpr int kMaxTokens = 126;
constexpr size_t kMaxTokenChars = 64;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }

bool IsActorType(RootType t) { return t == RootType::kActor; }

// Regular endings of a closed final root word (A.2.2).
bool ValidEnding(std::string_view rest, std::string_view word, bool verb) {
  if (verb) {
    if (rest == "S" || rest == "ED" || rest == "ES" || rest == "EN" || rest == "ING")
      return true;
    return rest == "D" && !word.empty() && word.back() == 'E';
  }
  return rest == "S" || rest == "'S" || rest == "ES";
}

}  // namespace

void Engine::FilterText(std::string_view text) {
  filtered_.clear();
  all_caps_ = true;
  for (char c : text) {
    if (IsLower(c)) all_caps_ = false;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const char prev = i > 0 ? text[i - 1] : ' ';
    const char next = i + 1 < text.size() ? text[i + 1] : ' ';
    if (c == '/' && next == '*') {
      const size_t end = text.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 1;
      filtered_.push_back(' ');
      continue;
    }
    if (c == ';' || c == ':' || c == '(' || c == ')') {
      filtered_ += " , ";
    } else if (c == ',') {
      if (!(IsDigit(prev) && IsDigit(next))) filtered_ += " , ";
    } else if (c == '.') {
      if ((IsDigit(prev) && IsDigit(next)) || IsUpper(prev)) {
        filtered_.push_back('.');
      } else {
        filtered_.push_back(' ');
      }
    } else if (c == '"') {
      filtered_ += " \" ";
    } else if (c == '\'' || c == '$' || std::isalnum(static_cast<unsigned char>(c)) ||
               static_cast<unsigned char>(c) >= 0x80) {
      filtered_.push_back(c);
    } else {
      filtered_.push_back(' ');
    }
  }
}

void Engine::MakeTokens() {
  toks_.clear();
  lits_.clear();
  bool seen_cap = false;
  size_t i = 0;
  while (i < filtered_.size() && static_cast<int>(toks_.size()) < kMaxTokens) {
    if (filtered_[i] == ' ') {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < filtered_.size() && filtered_[j] != ' ' && j - i < kMaxTokenChars) ++j;
    Token t;
    t.text.assign(filtered_, i, j - i);
    if (!all_caps_ && IsUpper(t.text[0])) {
      t.mid_cap = seen_cap;
      seen_cap = true;
    }
    for (char& c : t.text)
      c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    t.is_comma = t.text == ",";
    t.is_quote = t.text == "\"";
    t.lit_begin = static_cast<uint32_t>(lits_.size());
    bool exact_literal = false;
    lex_.ForEachPrefix(t.text, [&](int lit, bool exact) {
      lits_.push_back({lit, exact});
      exact_literal |= exact;
    });
    t.lit_end = static_cast<uint32_t>(lits_.size());
    t.is_number = IsDigit(t.text[0]) && !exact_literal;
    toks_.push_back(std::move(t));
    i = j;
  }
}

// Matches root `r` with its first word at token `start`. Returns the score
// (literal characters plus ending characters), 0 if it does not match;
// *last is the last matched token. Matched tokens go to match_scratch.
int Engine::MatchRoot(const Root& r, int start, int* last, int* score,
                      std::vector<int>* at) const {
  at->clear();
  const int n = static_cast<int>(toks_.size());
  int pos = start;
  *score = 0;
  const bool verb = r.type == RootType::kVerb;
  for (size_t k = 0; k < r.words.size(); ++k) {
    const RootWord& w = r.words[k];
    const bool final_word = k + 1 == r.words.size();
    const bool gap = k > 0 && ConnAllowsGap(r.words[k - 1].conn);
    const std::string& word = lex_.literal(w.lit);
    int q = pos;
    int got = 0;
    for (; q < n; ++q) {
      const Token& t = toks_[q];
      if (t.is_comma) return 0;
      for (uint32_t h = t.lit_begin; h < t.lit_end && got == 0; ++h) {
        if (lits_[h].lit != w.lit) continue;
        if (lits_[h].exact || ConnAllowsPrefix(w.conn)) {
          got = static_cast<int>(word.size());
        } else if (final_word && r.final_closed &&
                   ValidEnding(std::string_view(t.text).substr(word.size()), word,
                               verb)) {
          got = static_cast<int>(t.text.size());
        }
      }
      if (got > 0 || !gap || k == 0) break;
    }
    if (got == 0) return 0;
    *score += got;
    *last = q;
    at->push_back(q);
    pos = q + 1;
  }
  return *score;
}

void Engine::AssignRoots() {
  const int n = static_cast<int>(toks_.size());
  all_roots_.clear();
  for (int i = 0; i < n; ++i) {
    Token& t = toks_[i];
    if (t.type != RootType::kNone || t.is_comma || t.head >= 0) continue;
    int best = 0, best_root = -1, best_last = -1;
    std::vector<int> best_at;
    for (uint32_t h = t.lit_begin; h < t.lit_end; ++h) {
      for (int rid : lex_.RootsStartingWith(lits_[h].lit)) {
        int last = -1, score = 0;
        if (MatchRoot(lex_.root(rid), i, &last, &score, &root_at_) > best) {
          best = score;
          best_root = rid;
          best_last = last;
          best_at.swap(root_at_);
        }
      }
    }
    if (best_root < 0) continue;
    const Root& r = lex_.root(best_root);
    for (int q : best_at) {
      toks_[q].type = r.type;
      toks_[q].head = i;
    }
    t.root = best_root;
    t.head_tag = true;
    t.tail = best_last;
    toks_[best_last].tail_tag = true;
    all_roots_.push_back(best_root);
  }
}

void Engine::MarkNouns() {
  const int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    Token& t = toks_[i];
    if (t.root < 0) continue;
    bool to_noun = false;
    if (t.type == RootType::kVerb && i > 0) {
      to_noun = toks_[i - 1].type == RootType::kDeterminer || t.mid_cap;
    } else if (t.type == RootType::kActor) {
      to_noun = ActorCode(t.root) == "---";
    }
    if (!to_noun) continue;
    for (int j = i; j <= t.tail; ++j) {
      if (toks_[j].head == i) toks_[j].type = RootType::kNoun;
    }
  }
}

// A.4.2: an agent not attached to an actor becomes an actor of its own.
void Engine::ConvertAgents() {
  const int n = static_cast<int>(toks_.size());
  auto starts_actor = [&](int j) {
    return j >= 0 && j < n && toks_[j].type == RootType::kActor && toks_[j].head_tag;
  };
  for (int i = 0; i < n; ++i) {
    Token& t = toks_[i];
    if (t.root < 0 || t.type != RootType::kAgent) continue;
    const int tail = t.tail;
    if (i > 0 && (toks_[i - 1].type == RootType::kActor ||
                  toks_[i - 1].type == RootType::kFormer)) {
      continue;
    }
    if (starts_actor(tail + 1)) continue;
    if (tail + 1 < n && toks_[tail + 1].type == RootType::kPreposition &&
        starts_actor(tail + 2)) {
      continue;
    }
    for (int j = i; j <= tail; ++j) {
      if (toks_[j].head == i) toks_[j].type = RootType::kActor;
    }
  }
}

void Engine::MarkCompounds() {
  const int n = static_cast<int>(toks_.size());
  for (int c = 0; c < n; ++c) {
    if (toks_[c].type != RootType::kConjunction) continue;
    if (toks_[c].text != "AND" && toks_[c].text != "NOR") continue;
    // Forward: actors, determiners and adjectives.
    int end = -1, end_head = -1;
    for (int j = c + 1; j < n;) {
      const Token& t = toks_[j];
      if (t.type == RootType::kActor && t.head_tag) {
        end = t.tail;
        end_head = j;
        j = t.tail + 1;
      } else if (t.type == RootType::kActor || t.type == RootType::kDeterminer ||
                 t.type == RootType::kAdjective) {
        ++j;
      } else {
        break;
      }
    }
    if (end < 0) continue;
    // Backward: actors separated by commas or conjunctions.
    int start = -1;
    bool need_sep = false;
    for (int j = c - 1; j >= 0;) {
      const Token& t = toks_[j];
      if (t.type == RootType::kActor && t.head >= 0) {
        if (need_sep) break;
        start = t.head;
        need_sep = true;
        j = t.head - 1;
      } else if (t.is_comma || t.type == RootType::kConjunction) {
        need_sep = false;
        --j;
      } else if (t.type == RootType::kDeterminer || t.type == RootType::kAdjective) {
        --j;
      } else {
        break;
      }
    }
    if (start < 0) continue;
    for (int j = start; j <= end; ++j) {
      toks_[j].comp_start = toks_[j].comp_end = false;
      toks_[j].comp_end_tok = -1;
      toks_[j].in_compound = true;
    }
    toks_[start].comp_start = true;
    toks_[start].comp_end_tok = end;
    toks_[end_head].comp_end = true;
  }
}

void Engine::NullRange(int from, int to) {
  for (int j = 0; j < from; ++j) {
    Token& t = toks_[j];
    if (t.root >= 0 && t.tail >= from && t.tail <= to) {
      for (int k = j + 1; k < from; ++k) {
        if (toks_[k].head == j) toks_[k].type = RootType::kNone;
      }
      t.root = -1;
      t.head_tag = false;
      t.type = RootType::kNone;
      t.nulled = true;
    }
    if (t.comp_start && t.comp_end_tok >= from && t.comp_end_tok <= to) {
      for (int k = j; k <= t.comp_end_tok; ++k) {
        toks_[k].in_compound = false;
        toks_[k].comp_end = false;
      }
      t.comp_start = false;
      t.root = -1;
      t.head_tag = false;
      t.type = RootType::kNone;
      t.nulled = true;
    }
  }
  for (int j = from; j <= to; ++j) {
    Token& t = toks_[j];
    t.nulled = true;
    t.type = RootType::kNone;
    t.root = -1;
    t.head_tag = false;
    if (t.comp_start) {
      for (int k = j; k <= t.comp_end_tok && k < static_cast<int>(toks_.size()); ++k) {
        toks_[k].in_compound = false;
        toks_[k].comp_end = false;
      }
      t.comp_start = false;
    }
  }
}

void Engine::MarkSubordinate() {
  const int n = static_cast<int>(toks_.size());
  auto next_comma = [&](int from) {
    for (int j = from; j < n; ++j) {
      if (toks_[j].comp_start && toks_[j].comp_end_tok > j) {
        j = toks_[j].comp_end_tok;
        continue;
      }
      if (toks_[j].is_comma) return j;
    }
    return -1;
  };
  int from = 0;
  while (true) {
    const int c1 = next_comma(from);
    if (c1 < 0) break;
    if (c1 >= opt_.bmin && c1 <= opt_.bmax) NullRange(0, c1 - 1);
    const int c2 = next_comma(c1 + 1);
    if (c2 < 0) {
      const int after = n - c1 - 1;
      if (after >= opt_.emin && after <= opt_.emax) NullRange(c1 + 1, n - 1);
      break;
    }
    const int inside = c2 - c1 - 1;
    if (inside >= opt_.cmin && inside <= opt_.cmax) NullRange(c1 + 1, c2);
    from = c2 + 1;
  }
}

void Engine::MarkClauses() {
  const int n = static_cast<int>(toks_.size());
  clauses_.clear();
  int start = 0;
  for (int i = 1; i < n - 1; ++i) {
    const Token& t = toks_[i];
    if (t.comp_start && t.comp_end_tok > i) {
      i = t.comp_end_tok;
      continue;
    }
    if (t.nulled || t.in_compound || t.type != RootType::kConjunction) continue;
    const RootType before = toks_[i - 1].type;
    if (before == RootType::kNoun) {
      int j = i + 1;
      while (j < n && toks_[j].type == RootType::kAdjective) ++j;
      if (j < n && toks_[j].type == RootType::kNoun) {
        i = j;
        continue;
      }
    }
    if (before == RootType::kAdjective && toks_[i + 1].type == RootType::kAdjective)
      continue;
    clauses_.emplace_back(start, i - 1);
    start = i + 1;
  }
  clauses_.emplace_back(start, n - 1);
}

void Engine::DereferencePronouns() {
  const int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    Token& t = toks_[i];
    if (t.type != RootType::kPronoun || t.root < 0) continue;
    const bool plural = lex_.root(t.root).plural;
    int ref = -1;
    // TABARI takes the first actor of the sentence before the pronoun, not
    // the nearest one (CODEBY-07: "Elrond urged Bree to assist him").
    if (!plural) {
      for (int j = 0; j < i && ref < 0; ++j) {
        const Token& a = toks_[j];
        if (a.type == RootType::kActor && a.head_tag && !a.in_compound) ref = j;
      }
    } else {
      int first_actor = -1;
      for (int j = 0; j < i; ++j) {
        const Token& a = toks_[j];
        if (a.comp_start) {
          ref = j;
          break;
        }
        if (first_actor < 0 && a.type == RootType::kActor && a.head_tag) first_actor = j;
      }
      if (ref < 0) ref = first_actor;
    }
    if (ref >= 0) {
      t.ref = ref;
    } else if (can_forward_) {
      // A forwarded compound yields only its first member, so singular and
      // plural pronouns both take the one forwarded actor.
      t.forwarded = 0;
    } else {
      continue;
    }
    t.type = RootType::kActor;
    t.head = i;
    t.tail = i;
  }
}

bool Engine::CheckDiscards() const {
  for (int rid : all_roots_) {
    const Root& r = lex_.root(rid);
    if (r.type == RootType::kActor && ActorCode(rid) == "###") return true;
    if ((r.type == RootType::kVerb || r.type == RootType::kTime) &&
        lex_.verb(r.verb).code == "###") {
      return true;
    }
  }
  return false;
}

bool Engine::IsComplex() const {
  int verbs = 0, conj = 0, first_verb = -1;
  const int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (t.nulled) continue;
    if (t.type == RootType::kVerb && t.root >= 0) {
      ++verbs;
      if (first_verb < 0 && lex_.verb(lex_.root(t.root).verb).code != "---")
        first_verb = i;
    }
    if (t.type == RootType::kConjunction && !t.in_compound) ++conj;
  }
  if (opt_.max_verbs > 0 && verbs >= opt_.max_verbs) return true;
  if (opt_.max_conj > 0 && conj >= opt_.max_conj) return true;
  if (opt_.act_prior && first_verb >= 0) {
    bool actor = false;
    for (int i = 0; i < first_verb && !actor; ++i) actor = IsActorType(toks_[i].type);
    if (!actor) return true;
  }
  return false;
}

// Returns false when the record is too short to code.
bool Engine::Parse(std::string_view text) {
  FilterText(text);
  MakeTokens();
  if (static_cast<int>(toks_.size()) < opt_.min_words || toks_.empty()) return false;
  AssignRoots();
  MarkNouns();
  if (opt_.convert_agent) ConvertAgents();
  MarkCompounds();
  MarkSubordinate();
  MarkClauses();
  DereferencePronouns();
  return true;
}

}  // namespace chronicle::tabari_internal
