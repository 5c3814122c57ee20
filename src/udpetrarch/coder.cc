// udpetrarch/coder.cc: coding one CoNLL-U sentence the way UD-PETRARCH
// does (docs/design/event-coder-compat.md part D; docs/udpetrarch-coder.md).
//
// The steps, in order: discards on the raw text; noun phrases and verb
// triplets from the dependency graph; a verb code per triplet (verb lookup
// by lemma, then the block's patterns); actor codes of the triplet's noun
// phrases, with the "other noun" fallbacks for missing actors; the
// combination of embedded (ccomp/xcomp/advcl) events with root events;
// paired and symmetric codes; and the final filters.

#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chronicle/udpetrarch.h"
#include "records/conllu.h"
#include "udpetrarch/lexicon.h"

namespace chronicle {
namespace udpetrarch_internal {
namespace {

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

// Days since 0000-03-01 for a yyyymmdd date: only differences matter (the
// length of a dated code's interval).
long DayNumber(int yyyymmdd) {
  int y = yyyymmdd / 10000, m = (yyyymmdd / 100) % 100;
  const int d = yyyymmdd % 100;
  if (m <= 2) {
    --y;
    m += 12;
  }
  return 365L * y + y / 4 - y / 100 + y / 400 + (153 * (m - 3) + 2) / 5 + d;
}

// One token of the graph; index 0 is the artificial root.
struct Tok {
  std::string form;   // upper case
  std::string lemma;  // upper case
  std::string upos;
  std::string rel;
  int head = -1;
  std::vector<int> kids;
};

// A noun phrase: a head, its tokens (sorted), and what the meaning
// computation needs to know about how the phrase was built.
struct NounPhrase {
  int head = 0;
  std::vector<int> ids;
  // The conjunct that stands in for an nmod of the head in a split phrase
  // ("the ambassadors of Osgiliath" from "... of Arnor, Osgiliath and
  // Gondor"): walked as if it were the nmod.
  int subst_from = -1, subst_to = -1;
  std::vector<int> borrowed;  // tokens of a modifier shared from a conjunct
  // Meaning, computed once.
  bool done = false;
  std::vector<std::string> meaning;  // codes, '~' kept
  std::vector<std::string> matched;  // matched phrase texts
  bool has_actor = false;
};

// A noun as pattern matching sees it: a head and the tokens around it.
struct NounItem {
  int head = 0;
  int np = -1;  // index of the noun phrase, -1 for a bare token
};
// A prepositional phrase: the preposition and its object (np -1: none).
struct PrepItem {
  std::string prep;
  NounItem object;
};

struct Triplet {
  int source = -1;  // noun phrase index, -1: none
  int target = -1;
  int verb = 0;
};

struct Match {
  const Pattern* pattern = nullptr;
  std::vector<int> skips;  // heads of (P ^) objects: not actors of the event
  int source = -2;         // -2: unchanged; else the phrase a (P $) gave
  int target = -2;
};

struct CodedTriplet {
  int source = -1, target = -1, verb = 0;
  std::string code;  // "" = none
  const Pattern* pattern = nullptr;
  std::vector<std::string> smean, tmean;  // '~' -> "---" applied
  bool paired = false;
  int order = 0;
};

struct Event {
  std::vector<std::string> source, target;
  std::string code;
  std::string verb, pattern;
};

bool IsNull(const std::vector<std::string>& m) {
  return m.empty() || (m.size() == 1 && m[0] == "---");
}

class Sentence {
 public:
  Sentence(const Lexicon& lex, int date) : lex_(lex), date_(date) {}

  bool Build(const DependencyParse& p) {
    toks_.assign(p.words.size() + 1, Tok());
    toks_[0].form = toks_[0].lemma = "ROOT";
    toks_[0].upos = "ROOT";
    for (const ConlluWord& w : p.words) {
      Tok& t = toks_[static_cast<size_t>(w.id)];
      t.form = Upper(w.form);
      t.lemma = Upper(w.lemma == "_" ? w.form : w.lemma);
      t.upos = w.upos;
      t.rel = w.deprel;
      t.head = w.head;
    }
    for (size_t i = 1; i < toks_.size(); ++i) {
      const int h = toks_[i].head;
      if (h < 0 || h >= static_cast<int>(toks_.size())) return false;
      toks_[static_cast<size_t>(h)].kids.push_back(static_cast<int>(i));
    }
    return true;
  }

  void Code(std::vector<UdPetrarchEvent>* out);

 private:
  const Tok& T(int i) const { return toks_[static_cast<size_t>(i)]; }
  NounPhrase& NP(int i) { return nps_[static_cast<size_t>(i)]; }

  // Appends `node` and its descendants (iteratively: parses may be deep).
  void Subtree(int node, std::vector<int>* out) const {
    const size_t first = out->size();
    out->push_back(node);
    for (size_t i = first; i < out->size(); ++i) {
      for (int k : T((*out)[i]).kids) out->push_back(k);
    }
  }

  std::vector<int> NounPhrases(int head);
  bool ClauseLike(int verb) const {
    for (int k : T(verb).kids) {
      const std::string& r = T(k).rel;
      if (StartsWith(r, "aux") || StartsWith(r, "nsubj")) return true;
    }
    return false;
  }
  std::vector<int> ConjNouns(int node);
  void SourceTarget(int verb, std::vector<int>* source, std::vector<int>* target,
                    std::vector<int>* other, bool* passive, int depth);
  void MakeTriplets();

  // Meanings.
  void Meaning(int np);
  bool MatchWords(const std::vector<int>& ids, std::vector<std::string>* codes,
                  std::vector<std::string>* matched, bool* actor, bool* agent);
  std::string ActorCode(int value) const;
  std::vector<std::string> Mix(const std::vector<std::string>& codes,
                               const std::vector<std::string>& matched) const;

  int NearestActorAfter(int verb, const std::vector<int>& skips);
  // Whether `tok` is one of `heads` or inside one of their phrases.
  bool UnderSkip(int tok, const std::vector<int>& heads) const {
    for (int t = tok; t > 0; t = T(t).head) {
      if (std::find(heads.begin(), heads.end(), t) != heads.end()) return true;
    }
    return false;
  }

  // Verbs and patterns.
  int LookupVerb(int verb) const;
  bool TermMatches(const Term& t, int tok, const std::vector<int>* context) const;
  bool NounMatches(const std::vector<Term>& terms, const NounItem& item) const;
  void AddInnerPreps(int np, std::vector<PrepItem>* preps);
  void LowerItems(int verb, int target, std::vector<NounItem>* nouns,
                  std::vector<PrepItem>* preps);
  void UpperItems(int verb, int source, std::vector<NounItem>* nouns,
                  std::vector<PrepItem>* preps);
  bool PartMatches(const std::vector<Element>& part, const std::vector<NounItem>& nouns,
                   const std::vector<PrepItem>& preps, Match* m) const;
  void CodeTriplet(int source, int target, int verb, std::string* code,
                   const Pattern** pattern, Match* match);
  std::string Negate(const std::string& code) const;
  std::string Combine(const std::string& upper, const std::string& lower) const;

  std::vector<std::string> Meanings(int np) {
    if (np < 0) return {};
    Meaning(np);
    std::vector<std::string> out;
    for (const std::string& m : NP(np).meaning) {
      std::string s;
      for (char c : m) {
        if (c == '~')
          s += "---";
        else
          s.push_back(c);
      }
      out.push_back(s);
    }
    return out;
  }

  const Lexicon& lex_;
  int date_;
  std::vector<Tok> toks_;
  std::vector<NounPhrase> nps_;
  std::map<int, std::vector<int>> nps_by_head_;
  std::map<int, std::vector<int>> conj_cache_;
  // Chains of appositions are followed this deep (guards the recursion).
  static constexpr int kMaxApposChain = 32;
  int appos_depth_ = 0;
  std::map<int, std::vector<int>> other_;  // verb -> other noun phrases
  std::map<int, bool> passive_;
  std::vector<Triplet> triplets_;
};

// ---- noun phrases -----------------------------------------------------

bool NounPos(const std::string& upos) {
  return upos == "NOUN" || upos == "ADJ" || upos == "PROPN" || upos == "PRON" ||
         upos == "ADV";
}

std::vector<int> Sentence::NounPhrases(int head) {
  if (auto it = nps_by_head_.find(head); it != nps_by_head_.end()) return it->second;
  std::vector<int> out;
  std::vector<int> ids;
  std::vector<std::pair<int, std::vector<int>>> nmod_conjs;  // nmod -> its noun conjuncts
  auto conj_of = [&](int nmod, int c) {
    for (const auto& [n, cs] : nmod_conjs) {
      if (n == nmod) return std::find(cs.begin(), cs.end(), c) != cs.end();
    }
    return false;
  };
  if (NounPos(T(head).upos)) {
    std::vector<int> parents{head};
    while (!parents.empty()) {
      std::vector<int> next;
      for (int p : parents) {
        for (int c : T(p).kids) {
          if (p == head && (T(c).rel == "cc" || T(c).rel == "conj")) continue;
          // A clause modifying the noun with its own subject or auxiliary
          // ("foe, to be drawn into talks with Gondor") says nothing about
          // who the noun is; a bare participle ("links leading into
          // Mordor") still does.
          if (StartsWith(T(c).rel, "acl") && ClauseLike(c)) continue;
          if (T(c).rel == "nmod" ||
              (p == head && (T(c).rel == "compound" || T(c).rel == "amod"))) {
            std::vector<int> cs;
            for (int g : T(c).kids) {
              if (T(g).rel == "conj" && (T(g).upos == "NOUN" || T(g).upos == "PROPN")) {
                cs.push_back(g);
              }
            }
            nmod_conjs.emplace_back(c, cs);
          }
          next.push_back(c);
          if (!conj_of(p, c)) ids.push_back(c);
        }
      }
      parents = std::move(next);
    }
  }
  ids.push_back(head);
  std::sort(ids.begin(), ids.end());
  NounPhrase base;
  base.head = head;
  base.ids = ids;
  out.push_back(static_cast<int>(nps_.size()));
  nps_.push_back(base);
  for (const auto& [nmod, cs] : nmod_conjs) {
    for (int c : cs) {
      NounPhrase v;
      v.head = head;
      v.subst_from = nmod;
      v.subst_to = c;
      for (int id : ids) {
        if (T(id).head == nmod && (T(id).rel == "name" || T(id).rel == "compound"))
          continue;
        v.ids.push_back(id == nmod ? c : id);
      }
      std::sort(v.ids.begin(), v.ids.end());
      out.push_back(static_cast<int>(nps_.size()));
      nps_.push_back(std::move(v));
    }
  }
  nps_by_head_[head] = out;
  return out;
}

// Conjuncts and appositions of a noun, each with the prepositional
// modifiers of the first conjunct ("Lawmakers and officials in Arnor").
std::vector<int> Sentence::ConjNouns(int node) {
  if (auto it = conj_cache_.find(node); it != conj_cache_.end()) return it->second;
  conj_cache_[node];  // guards against cycles through appositions
  std::vector<int> out;
  for (int c : T(node).kids) {
    const std::string& rel = T(c).rel;
    if (rel != "conj" && rel != "appos") continue;
    std::vector<int> conj = NounPhrases(c);
    // The modifiers of the first conjunct's phrases (one per split).
    std::vector<std::vector<int>> shared;
    for (int np : nps_by_head_[node]) {
      const NounPhrase& n = NP(np);
      std::vector<int> pp;
      for (int k : T(node).kids) {
        int kk = k == n.subst_from ? n.subst_to : k;
        if (T(k).rel != "nmod") continue;
        std::vector<int> sub;
        Subtree(k, &sub);
        std::sort(sub.begin(), sub.end());
        if (sub.empty() || T(sub[0]).upos != "ADP") continue;
        if (kk != k) Subtree(kk, &sub);
        for (int id : sub) {
          if (std::binary_search(n.ids.begin(), n.ids.end(), id)) pp.push_back(id);
        }
        std::sort(pp.begin(), pp.end());
        pp.erase(std::unique(pp.begin(), pp.end()), pp.end());
      }
      if (!pp.empty()) shared.push_back(pp);
    }
    if (rel == "conj" && !shared.empty()) {
      for (int np : conj) {
        for (size_t s = 0; s < shared.size(); ++s) {
          int target = np;
          if (s > 0) {
            target = static_cast<int>(nps_.size());
            NounPhrase copy = NP(np);
            copy.borrowed.clear();
            nps_.push_back(copy);
            out.push_back(target);
          }
          NounPhrase& t = NP(target);
          for (int id : shared[s]) {
            if (!std::binary_search(t.ids.begin(), t.ids.end(), id)) {
              t.ids.insert(std::upper_bound(t.ids.begin(), t.ids.end(), id), id);
              t.borrowed.push_back(id);
            }
          }
        }
      }
    }
    // A conjunct without an actor of its own shares the adjectives and
    // compounds before the first conjunct ("Danish media and government").
    if (rel == "conj") {
      std::vector<int> left;
      for (int k : T(node).kids) {
        if (k < node && (T(k).rel == "amod" || T(k).rel == "compound")) Subtree(k, &left);
      }
      if (!left.empty()) {
        for (int np : conj) {
          Meaning(np);
          if (NP(np).has_actor) continue;
          NounPhrase& t = NP(np);
          for (int id : left) {
            if (!std::binary_search(t.ids.begin(), t.ids.end(), id)) {
              t.ids.insert(std::upper_bound(t.ids.begin(), t.ids.end(), id), id);
              t.borrowed.push_back(id);
            }
          }
          t.done = false;
        }
      }
    }
    out.insert(out.end(), conj.begin(), conj.end());
    if (rel == "appos" && appos_depth_ < kMaxApposChain) {
      ++appos_depth_;
      std::vector<int> more = ConjNouns(c);
      --appos_depth_;
      out.insert(out.end(), more.begin(), more.end());
    }
  }
  conj_cache_[node] = out;
  return out;
}

// ---- meanings -----------------------------------------------------------

std::string Sentence::ActorCode(int value) const {
  const std::vector<DatedCode>& codes = lex_.actor_codes[static_cast<size_t>(value)];
  std::string undated;
  std::vector<const DatedCode*> hits;
  for (const DatedCode& c : codes) {
    const DateRestriction& w = c.when;
    switch (w.kind) {
      case DateRestriction::Kind::kAlways:
        undated = c.code;
        break;
      case DateRestriction::Kind::kBefore:
        if (date_ > 0 && date_ <= w.to) hits.push_back(&c);
        break;
      case DateRestriction::Kind::kAfter:
        if (date_ > 0 && date_ >= w.from) hits.push_back(&c);
        break;
      case DateRestriction::Kind::kBetween:
        if (date_ > 0 && date_ >= w.from && date_ <= w.to) hits.push_back(&c);
        break;
    }
  }
  if (hits.size() == 1) return hits[0]->code;
  if (hits.size() > 1) {
    // Embedded intervals: the shortest one.
    const DatedCode* best = nullptr;
    long best_len = 0;
    for (const DatedCode* c : hits) {
      if (c->when.kind != DateRestriction::Kind::kBetween) continue;
      const long len = DayNumber(c->when.to) - DayNumber(c->when.from);
      if (best == nullptr || len < best_len) {
        best = c;
        best_len = len;
      }
    }
    if (best != nullptr) return best->code;
  }
  return undated;
}

// Matches the words of `ids` against the actor and agent tries. Actors:
// the first position where an actor starts, its longest match, words not
// in the trie may be skipped inside a phrase. Agents: every position, the
// longest exact phrase.
bool Sentence::MatchWords(const std::vector<int>& ids, std::vector<std::string>* codes,
                          std::vector<std::string>* matched, bool* actor, bool* agent) {
  codes->clear();
  matched->clear();
  *actor = *agent = false;
  // Actor and agent phrases are short; a phrase's first kMaxWords words
  // are enough and keep the matching linear in the sentence length.
  constexpr size_t kMaxWords = 64;
  std::vector<const std::string*> words;
  for (int id : ids) {
    if (words.size() == kMaxWords) break;
    words.push_back(&T(id).form);
  }
  const int n = static_cast<int>(words.size());
  for (int start = 0; start < n; ++start) {
    int best_len = 0;
    std::string best_code, best_text;
    // Depth-first walk; a word not in the trie is skipped while more than
    // one word is left.
    struct Frame {
      int node, i, len;
      std::string text;
    };
    std::vector<Frame> stack{{0, start, 0, ""}};
    while (!stack.empty()) {
      Frame f = std::move(stack.back());
      stack.pop_back();
      if (f.i < n) {
        const int child = lex_.actors.Child(f.node, *words[static_cast<size_t>(f.i)]);
        if (child >= 0) {
          const std::string text = f.text + " " + *words[static_cast<size_t>(f.i)];
          const WordTrie::Node& cn = lex_.actors.nodes[static_cast<size_t>(child)];
          if (cn.value >= 0) {
            std::string code = ActorCode(cn.value);
            if (!code.empty() && f.len + 1 > best_len) {
              best_len = f.len + 1;
              best_code = code;
              best_text = text;
            }
          }
          stack.push_back({child, f.i + 1, f.len + 1, text});
        } else if (n - f.i > 1) {
          // Skipped words are not part of the matched text.
          stack.push_back({f.node, f.i + 1, f.len + 1, f.text});
        }
      }
    }
    if (best_len > 0) {
      codes->push_back(best_code);
      // The matched text without the skipped words' trailing part.
      matched->push_back(best_text);
      *actor = true;
      break;
    }
  }
  for (int start = 0; start < n; ++start) {
    int node = 0, best = -1;
    std::string text, best_text;
    for (int i = start; i < n; ++i) {
      node = lex_.agents.Child(node, *words[static_cast<size_t>(i)]);
      if (node < 0) break;
      text += " " + *words[static_cast<size_t>(i)];
      if (lex_.agents.nodes[static_cast<size_t>(node)].value >= 0) {
        best = lex_.agents.nodes[static_cast<size_t>(node)].value;
        best_text = text;
      }
    }
    if (best >= 0) {
      codes->push_back(lex_.agent_codes[static_cast<size_t>(best)]);
      matched->push_back(best_text);
      *agent = true;
    }
  }
  return *actor || *agent;
}

// Actor codes combined with agent codes: "~GOV" goes after each actor code
// (unless already there), "NGO~" before; "~PPL" only when alone.
std::vector<std::string> Sentence::Mix(const std::vector<std::string>& codes,
                                       const std::vector<std::string>& matched) const {
  std::vector<std::string> actors, agents, agent_text;
  for (size_t i = 0; i < codes.size(); ++i) {
    const std::string& c = codes[i];
    if (c.empty()) continue;
    if (c.front() == '~' || c.back() == '~') {
      bool exists = false;
      for (const std::string& t : agent_text) {
        if (t.find(matched[i]) != std::string::npos) exists = true;
      }
      if (!exists && std::find(agents.begin(), agents.end(), c) == agents.end()) {
        agents.push_back(c);
        agent_text.push_back(matched[i]);
      }
    } else if (std::find(actors.begin(), actors.end(), c) == actors.end()) {
      actors.push_back(c);
    }
  }
  if (actors.empty()) actors.push_back("~");
  for (const std::string& ag : agents) {
    if (ag == "~PPL" && agents.size() > 1) continue;
    for (std::string& a : actors) {
      if (ag.front() == '~') {
        const std::string tail = ag.substr(1);
        if (a.size() < tail.size() ||
            a.compare(a.size() - tail.size(), tail.size(), tail) != 0) {
          a += tail;
        }
      } else {
        const std::string front = ag.substr(0, ag.size() - 1);
        if (a.compare(0, front.size(), front) != 0) a = front + a;
      }
    }
  }
  std::vector<std::string> out;
  for (const std::string& a : actors) {
    if (a.empty() || a == "~" || a == "~~") continue;
    if (std::find(out.begin(), out.end(), a) == out.end()) out.push_back(a);
  }
  return out;
}

void Sentence::Meaning(int np) {
  NounPhrase& n = NP(np);
  if (n.done) return;
  n.done = true;
  const std::vector<int> ids = n.ids;  // NP() may move when phrases are added
  auto in_np = [&](int id) { return std::binary_search(ids.begin(), ids.end(), id); };
  auto core = [&](bool wide) {
    std::vector<int> out{n.head};
    const NounPhrase& cur = NP(np);
    for (int k : T(cur.head).kids) {
      int kk = k == cur.subst_from ? cur.subst_to : k;
      const std::string& rel = T(k).rel;
      const bool narrow_rel = rel == "compound" || rel == "det" || rel == "punct" ||
                              rel == "name" || StartsWith(rel, "flat");
      const bool wide_rel = StartsWith(rel, "nmod") || rel == "amod";
      if (!narrow_rel && !(wide && wide_rel)) continue;
      std::vector<int> sub;
      Subtree(kk, &sub);
      for (int id : sub) {
        if (in_np(id)) out.push_back(id);
      }
    }
    if (wide) {
      for (int id : cur.borrowed) out.push_back(id);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  };
  std::vector<std::string> c1, m1, c2, m2;
  bool a1, g1, a2, g2;
  MatchWords(core(false), &c1, &m1, &a1, &g1);
  MatchWords(core(true), &c2, &m2, &a2, &g2);
  const bool ok1 = a1 && g1;
  const bool ok2 = a2 || g2;
  const std::vector<std::string>* codes = nullptr;
  const std::vector<std::string>* matched = nullptr;
  bool actor = false;
  if (ok1 && ok2) {
    bool contains = true;
    for (const std::string& m : m1) {
      if (std::find(m2.begin(), m2.end(), m) == m2.end()) contains = false;
    }
    codes = contains ? &c2 : &c1;
    matched = contains ? &m2 : &m1;
    actor = contains ? a2 : a1;
  } else if (ok1) {
    codes = &c1;
    matched = &m1;
    actor = a1;
  } else if (ok2) {
    codes = &c2;
    matched = &m2;
    actor = a2;
  }
  std::vector<std::string> c3, m3;
  if (codes == nullptr) {
    bool g3;
    MatchWords(ids, &c3, &m3, &actor, &g3);
    codes = &c3;
    matched = &m3;
  }
  NounPhrase& done = NP(np);
  done.meaning = Mix(*codes, *matched);
  done.matched = *matched;
  done.has_actor = actor;
}

// ---- triplets -----------------------------------------------------------

void Sentence::SourceTarget(int verb, std::vector<int>* source, std::vector<int>* target,
                            std::vector<int>* other, bool* passive, int depth) {
  for (int c : T(verb).kids) {
    const std::string& rel = T(c).rel;
    if (rel == "nsubj") {
      std::vector<int> resolved;
      if (T(c).upos == "PRON" && depth < 4) {
        // A pronoun subject of a complement clause is the governing
        // clause's subject.
        const int gov = T(verb).head;
        if (T(verb).rel == "ccomp" && gov > 0) {
          std::vector<int> s, t, o;
          bool p = false;
          SourceTarget(gov, &s, &t, &o, &p, depth + 1);
          resolved = s;
        }
      }
      if (!resolved.empty()) {
        source->insert(source->end(), resolved.begin(), resolved.end());
      } else {
        std::vector<int> a = NounPhrases(c), b = ConjNouns(c);
        source->insert(source->end(), a.begin(), a.end());
        source->insert(source->end(), b.begin(), b.end());
      }
    } else if (rel == "obj" || rel == "dobj" || rel == "iobj" || rel == "nsubjpass" ||
               rel == "nsubj:pass") {
      std::vector<int> a = NounPhrases(c), b = ConjNouns(c);
      target->insert(target->end(), a.begin(), a.end());
      target->insert(target->end(), b.begin(), b.end());
      if (rel == "nsubjpass" || rel == "nsubj:pass") *passive = true;
    } else if (rel == "nmod" || rel == "obl" || rel == "advmod") {
      std::vector<int> a = NounPhrases(c), b = ConjNouns(c);
      other->insert(other->end(), a.begin(), a.end());
      other->insert(other->end(), b.begin(), b.end());
    }
  }
}

bool IsWeekday(const std::string& s) {
  static const char* const kDays[] = {"MONDAY", "TUESDAY",  "WEDNESDAY", "THURSDAY",
                                      "FRIDAY", "SATURDAY", "SUNDAY"};
  for (const char* d : kDays) {
    if (s == d) return true;
  }
  return false;
}

void Sentence::MakeTriplets() {
  for (int v = 1; v < static_cast<int>(toks_.size()); ++v) {
    if (T(v).upos != "VERB") continue;
    std::vector<int> source, target, other;
    bool passive = false;
    SourceTarget(v, &source, &target, &other, &passive, 0);
    const int gov = T(v).head;
    // A conjunct verb shares its first conjunct's subject.
    if (gov > 0 && T(v).rel == "conj" && T(gov).upos == "VERB") {
      std::vector<int> s, t, o;
      bool p = false;
      SourceTarget(gov, &s, &t, &o, &p, 0);
      source.insert(source.end(), s.begin(), s.end());
    }
    // An open complement's subject is the governor's object, else its subject.
    if (gov > 0 && T(v).rel == "xcomp") {
      std::vector<int> s, t, o;
      bool p = false;
      SourceTarget(gov, &s, &t, &o, &p, 0);
      if (!t.empty())
        source.insert(source.end(), t.begin(), t.end());
      else
        source.insert(source.end(), s.begin(), s.end());
    }
    // An adverbial clause without a subject ("after leaving Eriador") has
    // the governor's subject.
    if (gov > 0 && T(v).rel == "advcl" && source.empty()) {
      std::vector<int> s, t, o;
      bool p = false;
      SourceTarget(gov, &s, &t, &o, &p, 0);
      source.insert(source.end(), s.begin(), s.end());
    }
    // The subject of a complement clause is a target of this verb.
    for (int c : T(v).kids) {
      if (T(c).rel != "ccomp") continue;
      std::vector<int> s, t, o;
      bool p = false;
      SourceTarget(c, &s, &t, &o, &p, 0);
      target.insert(target.end(), s.begin(), s.end());
    }
    passive_[v] = passive;
    other_[v] = other;
    auto add = [&](int s, int t) {
      if (t >= 0) {
        std::string text;
        for (int id : NP(t).ids) text += (text.empty() ? "" : " ") + T(id).form;
        if (IsWeekday(text)) return;
      }
      triplets_.push_back({s, t, v});
    };
    if (source.empty() && target.empty()) add(-1, -1);
    for (int s : source.empty() ? std::vector<int>{-1} : source) {
      for (int t : target.empty() ? std::vector<int>{-1} : target) {
        if (s < 0 && t < 0) continue;
        add(s, t);
      }
    }
  }
}

// The noun phrase with an actor nearest after `verb` among the nouns of
// its phrases: objects, prepositional phrases and their modifiers, and
// infinitive and adverbial clauses; not subjects, relative or participial
// clauses, complement clauses, parataxis or conjoined verbs.
int Sentence::NearestActorAfter(int verb, const std::vector<int>& skips) {
  std::vector<int> cands;
  std::vector<int> stack{verb};
  while (!stack.empty()) {
    const int n = stack.back();
    stack.pop_back();
    for (int k : T(n).kids) {
      const std::string& rel = T(k).rel;
      if (StartsWith(rel, "nsubj") || StartsWith(rel, "csubj") ||
          StartsWith(rel, "acl") || rel == "ccomp" || rel == "parataxis" ||
          rel == "punct" || (rel == "conj" && T(k).upos == "VERB")) {
        continue;
      }
      if (k > verb && (T(k).upos == "NOUN" || T(k).upos == "PROPN")) cands.push_back(k);
      stack.push_back(k);
    }
  }
  std::sort(cands.begin(), cands.end());
  for (int tok : cands) {
    if (UnderSkip(tok, skips)) continue;
    const int np = NounPhrases(tok).front();
    if (!IsNull(Meanings(np))) return np;
  }
  return -1;
}

// ---- verbs and patterns -------------------------------------------------

// The dictionary verb of a verb token: its lemma (also with a final E
// added or removed: parsers drop or keep it wrongly) or its form, with the
// compound particles of the verb phrase for multi-word verbs; the entry
// with most words wins.
int Sentence::LookupVerb(int verb) const {
  std::vector<int> phrase{verb};
  for (int k : T(verb).kids) {
    if (StartsWith(T(k).rel, "compound")) phrase.push_back(k);
  }
  std::sort(phrase.begin(), phrase.end());
  // The particle of a multi-word verb may hang elsewhere in a parse
  // ("cordoned off the roads" with "off" as the case of "roads"): the word
  // right after the verb counts too.
  std::vector<int> particles = phrase;
  if (verb + 1 < static_cast<int>(toks_.size())) {
    const std::string& u = T(verb + 1).upos;
    if (u == "ADP" || u == "PART" || u == "ADV") particles.push_back(verb + 1);
  }
  auto has_word = [&](const std::string& w, int except) {
    for (int id : particles) {
      if (id != except && (T(id).lemma == w || T(id).form == w)) return true;
    }
    return false;
  };
  int best = -1;
  size_t best_words = 0;
  for (int id : phrase) {
    const std::string& lemma = T(id).lemma;
    // The form first when a dictionary verb is spelled so ("LEFT", a verb
    // of its own beside LEAVE).
    std::vector<std::string> keys;
    for (int e : [&]() {
           auto it = lex_.verb_index.find(T(id).form);
           return it == lex_.verb_index.end() ? std::vector<int>{} : it->second;
         }()) {
      const VerbEntry& ve = lex_.verbs[static_cast<size_t>(e)];
      if (ve.words[static_cast<size_t>(ve.head)] == T(id).form) {
        keys.push_back(T(id).form);
        break;
      }
    }
    keys.push_back(lemma);
    keys.push_back(T(id).form);
    if (!lemma.empty() && lemma.back() == 'E')
      keys.push_back(lemma.substr(0, lemma.size() - 1));
    else
      keys.push_back(lemma + "E");
    // A lemmatizer's slip ("fired" -> "fi"): the form without its ending.
    const std::string& form = T(id).form;
    for (std::string_view end : {"ING", "ED", "ES", "D", "S"}) {
      if (form.size() > end.size() + 2 &&
          form.compare(form.size() - end.size(), end.size(), end) == 0) {
        const std::string stem = form.substr(0, form.size() - end.size());
        keys.push_back(stem);
        keys.push_back(stem + "E");
      }
    }
    for (const std::string& key : keys) {
      auto it = lex_.verb_index.find(key);
      if (it == lex_.verb_index.end()) continue;
      for (int e : it->second) {
        const VerbEntry& ve = lex_.verbs[static_cast<size_t>(e)];
        bool ok = true;
        for (size_t w = 0; w < ve.words.size(); ++w) {
          if (static_cast<int>(w) == ve.head) continue;
          if (!has_word(ve.words[w], id)) ok = false;
        }
        if (!ok) continue;
        if (best < 0 || ve.words.size() > best_words) {
          best = e;
          best_words = ve.words.size();
        }
      }
      if (best >= 0) break;
    }
  }
  return best;
}

bool Sentence::TermMatches(const Term& t, int tok,
                           const std::vector<int>* context) const {
  const Tok& k = T(tok);
  if (!t.synset) return k.form == t.word || k.lemma == t.word;
  auto it = lex_.synsets.find(t.word);
  if (it == lex_.synsets.end()) return false;
  for (const std::vector<std::string>& member : it->second) {
    if (member.back() != k.form && member.back() != k.lemma) continue;
    bool ok = true;
    for (size_t i = 0; i + 1 < member.size() && ok; ++i) {
      ok = false;
      if (context == nullptr) break;
      for (int id : *context) {
        if (id != tok && (T(id).form == member[i] || T(id).lemma == member[i])) ok = true;
      }
    }
    if (ok) return true;
  }
  return false;
}

bool Sentence::NounMatches(const std::vector<Term>& terms, const NounItem& item) const {
  if (terms.empty()) return true;
  static const std::vector<int> kNone;
  const std::vector<int>& ctx =
      item.np >= 0 ? nps_[static_cast<size_t>(item.np)].ids : kNone;
  if (!TermMatches(terms.back(), item.head, &ctx)) return false;
  // The other words of {A B HEAD}, in order, among the phrase's other
  // tokens (other words may come between).
  size_t pos = 0;
  for (size_t i = 0; i + 1 < terms.size(); ++i) {
    bool found = false;
    for (; pos < ctx.size(); ++pos) {
      if (ctx[pos] != item.head && TermMatches(terms[i], ctx[pos], &ctx)) {
        found = true;
        ++pos;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// Prepositional phrases inside a noun phrase: nmod children of its head
// whose first token is a preposition.
void Sentence::AddInnerPreps(int np, std::vector<PrepItem>* preps) {
  const int head = NP(np).head;
  const int from = NP(np).subst_from, to = NP(np).subst_to;
  for (int k : T(head).kids) {
    const int kk = k == from ? to : k;
    if (!StartsWith(T(k).rel, "nmod")) continue;
    for (int g : T(kk).kids) {
      if (T(g).rel == "case" && T(g).upos == "ADP") {
        preps->push_back({T(g).form, {kk, NounPhrases(kk).front()}});
        break;
      }
    }
  }
}

void Sentence::LowerItems(int verb, int target, std::vector<NounItem>* nouns,
                          std::vector<PrepItem>* preps) {
  if (target >= 0) {
    nouns->push_back({NP(target).head, target});
    AddInnerPreps(target, preps);
  }
  const std::vector<int> others = other_[verb];
  for (int np : others) {
    const int head = NP(np).head;
    if (head < verb) continue;
    nouns->push_back({head, np});
    for (int g : T(head).kids) {
      if (T(g).rel == "case" && T(g).upos == "ADP") {
        preps->push_back({T(g).form, {head, np}});
        break;
      }
    }
    AddInnerPreps(np, preps);
  }
  for (int k : T(verb).kids) {
    const std::string& rel = T(k).rel;
    // Particles ("burn down") and adverbs after the verb.
    if ((rel == "compound:prt" || rel == "advmod") && k > verb) {
      preps->push_back({T(k).form, {0, -1}});
      nouns->push_back({k, -1});
    }
    // "allow X to leave": a to-infinitive as (TO LEAVE); its objects and
    // prepositional phrases are also material ("vowed to wage war on").
    if ((rel == "xcomp" || rel == "advcl") && T(k).upos == "VERB") {
      bool to = false;
      for (int g : T(k).kids) {
        if (T(g).rel == "mark" && T(g).form == "TO") to = true;
      }
      if (!to) continue;
      preps->push_back({"TO", {k, -1}});
      for (int g : T(k).kids) {
        const std::string& grel = T(g).rel;
        auto np_of = nps_by_head_.find(g);
        if (np_of == nps_by_head_.end()) continue;
        const int np = np_of->second.front();
        if (grel == "dobj" || grel == "obj") {
          nouns->push_back({g, np});
        } else if (grel == "nmod" || grel == "obl") {
          nouns->push_back({g, np});
          for (int c : T(g).kids) {
            if (T(c).rel == "case" && T(c).upos == "ADP")
              preps->push_back({T(c).form, {g, np}});
          }
        }
      }
    }
  }
}

void Sentence::UpperItems(int verb, int source, std::vector<NounItem>* nouns,
                          std::vector<PrepItem>* preps) {
  if (source >= 0) {
    nouns->push_back({NP(source).head, source});
    AddInnerPreps(source, preps);
    const std::vector<int> ids = NP(source).ids;
    for (int id : ids) {
      if (id != NP(source).head) nouns->push_back({id, -1});
    }
  }
  for (int k : T(verb).kids) {
    const std::string& rel = T(k).rel;
    if (k < verb &&
        (rel == "aux" || rel == "advmod" || rel == "neg" || rel == "cc:preconj")) {
      nouns->push_back({k, -1});
    }
  }
  auto it = other_.find(verb);
  if (it != other_.end()) {
    for (int np : it->second) {
      const NounPhrase& o = nps_[static_cast<size_t>(np)];
      if (o.head > verb) continue;
      for (int g : T(o.head).kids) {
        if (T(g).rel == "case" && T(g).upos == "ADP")
          preps->push_back({T(g).form, {o.head, np}});
      }
    }
  }
}

bool Sentence::PartMatches(const std::vector<Element>& part,
                           const std::vector<NounItem>& nouns,
                           const std::vector<PrepItem>& preps, Match* m) const {
  for (const Element& e : part) {
    switch (e.kind) {
      case Element::Kind::kSource:
      case Element::Kind::kTarget:
      case Element::Kind::kSkip:
        break;
      case Element::Kind::kNoun: {
        bool found = false;
        for (const NounItem& n : nouns) {
          if (NounMatches(e.terms, n)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
        break;
      }
      case Element::Kind::kPrep: {
        bool found = false;
        for (const PrepItem& p : preps) {
          if (p.prep != e.prep) continue;
          if (!e.terms.empty() && (p.object.head <= 0 || !NounMatches(e.terms, p.object)))
            continue;
          if (e.object_actor == Element::Kind::kSkip && p.object.head > 0) {
            m->skips.push_back(p.object.head);
          }
          if (e.object_actor == Element::Kind::kSource ||
              e.object_actor == Element::Kind::kTarget) {
            if (p.object.np < 0) continue;
            if (e.object_actor == Element::Kind::kSource)
              m->source = p.object.np;
            else
              m->target = p.object.np;
          }
          found = true;
          break;
        }
        if (!found) return false;
        break;
      }
    }
  }
  return true;
}

// The code of a verb with its source and target: the best matching
// pattern of the verb's block, else the verb's own code.
void Sentence::CodeTriplet(int source, int target, int verb, std::string* code,
                           const Pattern** pattern, Match* match) {
  code->clear();
  *pattern = nullptr;
  *match = Match();
  const int entry = LookupVerb(verb);
  if (entry < 0) return;
  const VerbEntry& ve = lex_.verbs[static_cast<size_t>(entry)];
  *code = ve.code;
  std::vector<NounItem> lower_nouns, upper_nouns;
  std::vector<PrepItem> lower_preps, upper_preps;
  LowerItems(verb, target, &lower_nouns, &lower_preps);
  // A passive verb's subject is its target: what comes before the verb
  // is not the source side of a pattern.
  if (!passive_[verb]) UpperItems(verb, source, &upper_nouns, &upper_preps);
  int best_rank = -1;
  size_t best_len = 0;
  for (const Pattern& p : lex_.block_patterns[static_cast<size_t>(ve.block)]) {
    bool lower_elems = false, upper_elems = false;
    for (const Element& e : p.lower) {
      if (e.kind == Element::Kind::kNoun || e.kind == Element::Kind::kPrep)
        lower_elems = true;
    }
    for (const Element& e : p.upper) {
      if (e.kind == Element::Kind::kNoun || e.kind == Element::Kind::kPrep)
        upper_elems = true;
    }
    Match m;
    if (!PartMatches(p.lower, lower_nouns, lower_preps, &m)) continue;
    if (!PartMatches(p.upper, upper_nouns, upper_preps, &m)) continue;
    // Priority: a prepositional pattern, then a paired one, then one
    // matched on what follows the verb, then one matched before it.
    int rank = 0;
    if (p.has_prep && lower_elems)
      rank = 4;
    else if (p.paired)
      rank = 3;
    else if (lower_elems)
      rank = 2;
    else if (upper_elems)
      rank = 1;
    if (rank > best_rank || (rank == best_rank && p.length > best_len)) {
      best_rank = rank;
      best_len = p.length;
      *pattern = &p;
      m.pattern = &p;
      *match = m;
    }
  }
  if (*pattern != nullptr) *code = (*pattern)->code;
  bool negative = false;
  for (int k : T(verb).kids) {
    if (StartsWith(T(k).rel, "neg")) negative = true;
  }
  if (negative) *code = Negate(*code);
}

int Pico(const Lexicon& lex, const std::string& code, bool* ok) {
  *ok = true;
  auto it = lex.pico.find(code);
  if (it != lex.pico.end()) return it->second;
  if (code.size() >= 2) {
    it = lex.pico.find(code.substr(0, 2) + "0");
    if (it != lex.pico.end()) return it->second;
  }
  *ok = false;
  return 0;
}

// A negated verb: its code moves into the negated half of the internal
// coding ontology. Codes above 200 (the validation suite's own) are kept;
// a code with no negated counterpart gives no event ("").
std::string Sentence::Negate(const std::string& code) const {
  if (code.empty() || code == "---" || !lex_.have_ontology) return code;
  if (code.find_first_not_of("0123456789") != std::string::npos) return code;
  if (std::stoi(code) > 200) return code;
  bool ok;
  const int v = Pico(lex_, code, &ok);
  if (!ok) return "";
  auto it = lex_.pico_reverse.find(v - 0xFFFF);
  return it == lex_.pico_reverse.end() ? "" : it->second;
}

// An upper verb's code P combined with an embedded event's code Q.
std::string Sentence::Combine(const std::string& upper, const std::string& lower) const {
  if (!lex_.have_ontology) return lower;
  bool ok1, ok2;
  const int p = upper == "---" || upper.empty()
                    ? 0
                    : Pico(lex_, upper.substr(0, upper.find(':')), &ok1);
  const int q = Pico(lex_, lower.substr(0, lower.find(':')), &ok2);
  if (!ok2) return "";
  int c;
  if (q <= 0)
    c = q + p;
  else if (p > 0x1000 && q > 0x1000)
    c = q;
  else if (q >= p)
    c = q;
  else if (p == 0x1000)
    c = q;
  else if (q == 0x1000)
    c = p;
  else
    c = p + q;
  auto it = lex_.pico_reverse.find(c);
  return it == lex_.pico_reverse.end() ? "" : it->second;
}

// ---- events --------------------------------------------------------------

void Sentence::Code(std::vector<UdPetrarchEvent>* out) {
  MakeTriplets();
  // Every noun phrase of the sentence, for the nearest-actor fallbacks.
  std::vector<int> all_nouns;
  for (int i = 1; i < static_cast<int>(toks_.size()); ++i) {
    const std::string& u = T(i).upos;
    if (u != "NOUN" && u != "PROPN" && u != "PRON") continue;
    const std::string& rel = T(i).rel;
    if (rel == "compound" || rel == "name" || StartsWith(rel, "flat") || rel == "det" ||
        rel == "case" || rel == "nmod:poss") {
      continue;
    }
    auto it = nps_by_head_.find(i);
    if (it != nps_by_head_.end()) {
      all_nouns.push_back(it->second.front());
    } else {
      all_nouns.push_back(NounPhrases(i).front());
    }
  }
  // Roots: the root verb, or a non-verbal root's non-copula verbs, and the
  // root's conjuncts and parataxis.
  std::vector<int> roots;
  for (int r : T(0).kids) {
    if (T(r).upos == "VERB") {
      roots.push_back(r);
    } else {
      for (int k : T(r).kids) {
        if (T(k).rel != "cop" && T(k).upos == "VERB") roots.push_back(k);
      }
    }
    for (int k : T(r).kids) {
      if (T(k).rel == "conj" || T(k).rel == "parataxis") roots.push_back(k);
    }
  }
  auto is_root = [&](int v) {
    return std::find(roots.begin(), roots.end(), v) != roots.end();
  };

  std::vector<CodedTriplet> coded;
  for (size_t ti = 0; ti < triplets_.size(); ++ti) {
    const Triplet& tr = triplets_[ti];
    CodedTriplet c;
    c.source = tr.source;
    c.target = tr.target;
    c.verb = tr.verb;
    c.order = static_cast<int>(ti);
    Match match;
    CodeTriplet(tr.source, tr.target, tr.verb, &c.code, &c.pattern, &match);
    const bool passive = passive_[tr.verb];
    if (c.pattern != nullptr) {
      if (match.source >= 0) c.source = match.source;
      if (match.target >= 0) c.target = match.target;
      if (!passive && c.pattern->target_first && tr.target >= 0 && match.source < 0) {
        c.source = tr.target;
      }
      if (!passive && c.pattern->source_after && tr.source >= 0 && match.target < 0) {
        c.target = tr.source;
      }
    }
    std::vector<std::string> smean = Meanings(c.source);
    std::vector<std::string> tmean =
        c.target >= 0 ? Meanings(c.target) : std::vector<std::string>{"---"};
    if (tmean.empty()) tmean = {"---"};
    // A target whose actor words are part of the matched pattern is the
    // pattern's object, not an actor.
    if (!IsNull(tmean) && c.pattern != nullptr && c.target >= 0) {
      const NounPhrase& t = NP(c.target);
      bool all = !t.matched.empty();
      for (const std::string& m : t.matched) {
        bool in = false;
        for (std::string_view w : SplitSpace(m)) {
          if (std::find(c.pattern->words.begin(), c.pattern->words.end(),
                        std::string(w)) != c.pattern->words.end()) {
            in = true;
          }
        }
        if (!in) all = false;
      }
      if (all) tmean = {"---"};
    }
    // Missing target (or, passive, missing source): the nearest actor
    // among the verb's other nouns after it; a passive's BY phrase wins.
    if (IsNull(tmean) || (passive && IsNull(smean))) {
      int found = -1;
      std::vector<std::string> found_mean;
      for (int np : other_[tr.verb]) {
        const NounPhrase& o = NP(np);
        if (o.head < tr.verb || UnderSkip(o.head, match.skips)) continue;
        bool by = false;
        for (int g : T(o.head).kids) {
          if (T(g).rel == "case" && T(g).form == "BY") by = true;
        }
        if (found >= 0 && !(passive && by) && NP(found).head < o.head) continue;
        std::vector<std::string> m = Meanings(np);
        if (IsNull(m)) continue;
        if (found < 0 || (passive && by) || o.head < NP(found).head) {
          found = np;
          found_mean = m;
        }
      }
      // Then nouns nested deeper in the verb's phrases ("signed a protocol
      // for 1990 with Dagolath", "agreed to supply Gondor").
      if (found < 0 && IsNull(tmean)) {
        found = NearestActorAfter(tr.verb, match.skips);
        if (found >= 0) found_mean = Meanings(found);
      }
      // The conjuncts of the noun found come with it ("with the
      // Philippines and France").
      if (found >= 0) {
        for (int cj : ConjNouns(NP(found).head)) {
          for (const std::string& m : Meanings(cj)) {
            if (m != "---" &&
                std::find(found_mean.begin(), found_mean.end(), m) == found_mean.end()) {
              found_mean.push_back(m);
            }
          }
        }
      }
      if (found >= 0) {
        if (passive && IsNull(smean) && !IsNull(tmean)) {
          c.source = found;
          smean = found_mean;
        } else if (IsNull(tmean)) {
          c.target = found;
          tmean = found_mean;
        }
      }
    }
    // A pattern that makes the target the source ("- + * MONEY $") with no
    // actor there: the nearest actor after the verb ("from Osgiliath").
    if (!passive && IsNull(smean) && c.pattern != nullptr && c.pattern->target_first) {
      const int found = NearestActorAfter(tr.verb, match.skips);
      if (found >= 0 && found != c.target) {
        c.source = found;
        smean = Meanings(found);
      }
    }
    // Missing source (active): the nearest actor before the verb.
    if (!passive && IsNull(smean)) {
      int best = -1;
      for (int np : all_nouns) {
        const NounPhrase& n = NP(np);
        if (n.head > tr.verb) continue;
        if (best >= 0 && NP(best).head >= n.head) continue;
        if (IsNull(Meanings(np))) continue;
        best = np;
      }
      if (best >= 0) {
        c.source = best;
        smean = Meanings(best);
      }
    }
    // With the new actors a pattern may now match where none did.
    if (c.pattern == nullptr && (c.source != tr.source || c.target != tr.target)) {
      std::string code2;
      const Pattern* p2 = nullptr;
      Match m2;
      CodeTriplet(c.source, c.target, tr.verb, &code2, &p2, &m2);
      if (p2 != nullptr && !code2.empty() && code2 != "---") {
        c.code = code2;
        c.pattern = p2;
      }
    }
    c.smean = IsNull(smean) ? std::vector<std::string>{"---"} : smean;
    c.tmean = tmean;
    if (c.pattern != nullptr && c.pattern->paired) c.paired = true;
    coded.push_back(std::move(c));
  }

  // Root events, and cooperative events without a target (paired below).
  std::map<int, std::vector<int>> root_events;  // root verb -> coded indices
  // Root verbs without a code (not in the dictionary, or "---") do not
  // take the place of the other verbs' events.
  bool roots_coded = false;
  for (size_t i = 0; i < coded.size(); ++i) {
    CodedTriplet& c = coded[i];
    if (is_root(c.verb) && !c.paired) {
      root_events[c.verb].push_back(static_cast<int>(i));
      if (!c.code.empty() && c.code != "---") roots_coded = true;
    }
    if (!IsNull(c.smean) && c.target < 0 && c.code.size() >= 2 &&
        (StartsWith(c.code, "03") || StartsWith(c.code, "04") ||
         StartsWith(c.code, "05") || StartsWith(c.code, "06"))) {
      c.paired = true;
    }
  }

  std::vector<Event> events;
  auto event_of = [&](const CodedTriplet& c) {
    Event e;
    e.source = c.smean;
    e.target = c.tmean;
    e.code = c.code;
    e.verb = T(c.verb).lemma;
    if (c.pattern != nullptr) e.pattern = c.pattern->where + ": " + c.pattern->text;
    return e;
  };
  std::set<int> combined_roots;
  std::set<int> lower_of_conj;  // conjuncts of lower verbs are lower too
  bool last_transferred = true;
  std::vector<int> order(coded.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    return coded[static_cast<size_t>(a)].verb < coded[static_cast<size_t>(b)].verb;
  });
  for (int idx : order) {
    const CodedTriplet& c = coded[static_cast<size_t>(idx)];
    bool transferred = true;
    if (c.paired) continue;
    if (!roots_coded) {
      events.push_back(event_of(c));
      continue;
    }
    for (const auto& [root, revs] : root_events) {
      bool lower = false;
      if (T(c.verb).head == root) {
        const std::string& rel = T(c.verb).rel;
        bool to_clause = false;
        for (int k : T(c.verb).kids) {
          if (T(k).rel == "mark" && T(k).form == "TO") to_clause = true;
        }
        if ((rel == "advcl" && to_clause) || rel == "ccomp" || rel == "xcomp") {
          lower = true;
          for (int k : T(c.verb).kids) {
            if (T(k).rel == "conj") lower_of_conj.insert(k);
          }
        }
      } else if (lower_of_conj.count(c.verb) > 0) {
        lower = true;
      }
      if (!lower) continue;
      if (c.smean == c.tmean) continue;
      for (int ri : revs) {
        const CodedTriplet& r = coded[static_cast<size_t>(ri)];
        const std::vector<std::string>& a = r.smean;
        Event e;
        bool made = false;
        if (IsNull(a)) {
          // No actor above: the embedded event stands on its own.
          if (!c.code.empty() && c.code != "---" && !IsNull(c.smean) &&
              !IsNull(c.tmean)) {
            events.push_back(event_of(c));
            combined_roots.insert(root);
          }
          continue;
        }
        if (!c.code.empty() && c.code != "---") {
          if (!a.empty() && !IsNull(c.smean) && a != c.smean) {
            // a (b . Q) P -> (a, b, P+Q)
            e.source = a;
            e.target = c.smean;
            e.code = Combine(r.code, c.code);
            made = true;
          } else if (!a.empty() && a == c.smean && !IsNull(c.tmean)) {
            // a (a b Q) P -> (a, b, P+Q)
            e.source = a;
            e.target = c.tmean;
            e.code = r.code.empty() || r.code == "---" ? c.code : Combine(r.code, c.code);
            made = true;
          }
        }
        if (made && !e.code.empty()) {
          e.verb = T(r.verb).lemma + "+" + T(c.verb).lemma;
          if (c.pattern != nullptr) e.pattern = c.pattern->where + ": " + c.pattern->text;
          events.push_back(std::move(e));
          combined_roots.insert(root);
        } else if (!c.code.empty() && c.code != "---") {
          // No combination: the embedded event stands on its own.
          events.push_back(event_of(c));
          transferred = false;
        } else {
          transferred = false;
        }
      }
    }
    last_transferred = transferred;
  }
  for (const auto& [root, revs] : root_events) {
    if (combined_roots.count(root) > 0) continue;
    for (int ri : revs) events.push_back(event_of(coded[static_cast<size_t>(ri)]));
  }
  if (events.empty() || !last_transferred) {
    for (const auto& [root, revs] : root_events) {
      for (int ri : revs) events.push_back(event_of(coded[static_cast<size_t>(ri)]));
    }
  }
  // Paired events: the sources that share a code act on each other.
  std::map<std::string, std::map<int, const CodedTriplet*>> by_code;
  for (const CodedTriplet& c : coded) {
    if (!c.paired || c.code.empty()) continue;
    const int key = c.source >= 0 ? NP(c.source).head : -1;
    by_code[c.code].emplace(key, &c);
  }
  for (const auto& [code, actors] : by_code) {
    if (actors.size() < 2) continue;
    for (const auto& [s, cs] : actors) {
      for (const auto& [t, ct] : actors) {
        if (s == t) continue;
        Event e = event_of(*cs);
        e.target = ct->smean;
        events.push_back(std::move(e));
      }
    }
  }
  // Symmetric codes, then the filters.
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  auto emit = [&](const Event& e, const std::vector<std::string>& src,
                  const std::vector<std::string>& tgt, const std::string& code) {
    if (code.empty() || code == "---" || code == "None" || code == "010") return;
    if (IsNull(src) && IsNull(tgt)) return;
    for (const std::string& s : IsNull(src) ? std::vector<std::string>{"---"} : src) {
      for (const std::string& t : IsNull(tgt) ? std::vector<std::string>{"---"} : tgt) {
        // An actor does not act on itself.
        if (s == t && s != "---") continue;
        if (!seen.insert({s, t, code}).second) continue;
        out->push_back({s, t, code, e.verb, e.pattern});
      }
    }
  };
  for (const Event& e : events) {
    const size_t colon = e.code.find(':');
    if (colon != std::string::npos) {
      emit(e, e.source, e.target, e.code.substr(0, colon));
      emit(e, e.target, e.source, e.code.substr(colon + 1));
    } else {
      emit(e, e.source, e.target, e.code);
    }
  }
}

// Discards: upper-cased text split at white space, phrases walked through
// the discard trie; as in PETRARCH, a phrase is noticed only when the word
// after it is read.
bool Discarded(const Lexicon& lex, const std::string& text) {
  if (lex.discard_story.empty()) return false;
  int node = 0;
  for (std::string_view w : SplitSpace(text)) {
    const std::string word = Upper(w);
    const int child = lex.discards.Child(node, word);
    if (child >= 0) {
      node = child;
      continue;
    }
    if (node != 0 && lex.discards.nodes[static_cast<size_t>(node)].value >= 0)
      return true;
    node = 0;
  }
  return false;
}

}  // namespace
}  // namespace udpetrarch_internal

UdPetrarchCoder::UdPetrarchCoder(const UdPetrarchDictionary& dict)
    : lex_(dict.lexicon()) {}
UdPetrarchCoder::~UdPetrarchCoder() = default;

void UdPetrarchCoder::ApplySetting(const std::string& option, const std::string& value) {
  std::string o, v;
  for (char c : option)
    o.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  for (char c : value)
    v.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
  if (o == "require_dyad") require_dyad_ = v != "false" && v != "0" && v != "no";
}

void UdPetrarchCoder::Code(const CodingRecord& record,
                           std::vector<UdPetrarchEvent>* events) {
  for (const auto& [option, value] : record.settings) ApplySetting(option, value);
  events->clear();
  if (record.parse_format != ParseFormat::kConllu) return;
  CodeConllu(record.parse, record.date, record.text, events);
}

void UdPetrarchCoder::CodeConllu(const std::string& conllu, int yyyymmdd,
                                 const std::string& text,
                                 std::vector<UdPetrarchEvent>* events) {
  using namespace udpetrarch_internal;
  events->clear();
  DependencyParse parse;
  ParseProblem problem;
  if (!ParseConllu(conllu, &parse, &problem) || parse.words.empty()) return;
  if (Discarded(lex_, text.empty() ? ConlluText(parse) : text)) return;
  Sentence s(lex_, yyyymmdd);
  if (!s.Build(parse)) return;
  s.Code(events);
  if (require_dyad_) {
    events->erase(std::remove_if(events->begin(), events->end(),
                                 [](const UdPetrarchEvent& e) {
                                   return e.source == "---" || e.target == "---";
                                 }),
                  events->end());
  }
}

}  // namespace chronicle
