// The coder works on integer token ids and small per-sentence arrays that are
// reused across calls. Subject and target selection are positional
// heuristics over actor mentions (no parser): a mention governed by a
// preposition, or by another verb pattern, is an object and cannot be a
// subject; a target governed by a locative preposition ("in Syria") is a
// circumstance, not a target. Coordinations inherit the role of their first
// member, so "between Moscow and Washington" is two objects.
#include "code/coder.h"

#include <algorithm>
#include <string_view>

namespace chronicle {
namespace {

constexpr int kMaxGap = 6;

bool IsOneOf(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

bool IsPreposition(std::string_view w) {
  return IsOneOf(w, {"in", "at", "on", "of", "from", "for", "with", "to", "by",
                     "into", "near", "about", "over", "against", "between",
                     "during", "under", "after", "before", "since", "toward",
                     "towards", "through", "across", "within", "without",
                     "among", "via", "per", "like", "including", "amid",
                     "despite", "upon", "onto", "than", "outside", "inside"});
}

// Prepositions that may introduce the target of a verb.
bool IsTargetPreposition(std::string_view w) {
  return IsOneOf(w, {"to", "with", "against", "toward", "towards", "upon"});
}

bool IsDeterminer(std::string_view w) {
  return IsOneOf(w, {"the", "a", "an", "both"});
}

bool IsGlue(std::string_view w) { return IsOneOf(w, {"'s", "'", "of", "the"}); }

}  // namespace

struct Coder::Atom {
  int begin = 0, end = 0;
  int actor = -1;    // actor index
  int country = -1;  // country index (name, adjective or capital)
  bool name = false, adjective = false, capital = false;
  int agent = -1;    // agent index
};

struct Coder::Match {
  uint32_t pattern = 0;
  int first = 0, end = 0;
  std::vector<int> words;  // token positions of the pattern's words
  int source = -1, target = -1;  // slot mentions
};

Coder::Coder(std::shared_ptr<const Dictionaries> dicts) : dicts_(std::move(dicts)) {}
Coder::~Coder() = default;

void Coder::MapIds(const std::vector<Token>& tokens) {
  ids_.clear();
  upper_ids_.clear();
  for (const Token& t : tokens) {
    ids_.push_back(dicts_->Id(t.norm));
    upper_ids_.push_back(t.all_caps ? dicts_->UpperId(t.norm) : kNoToken);
  }
}

void Coder::FindAtoms() {
  atoms_.clear();
  const int n = static_cast<int>(ids_.size());
  for (int i = 0; i < n;) {
    int node = 0, best_end = -1, best_node = -1;
    for (int j = i; j < n; ++j) {
      int child = dicts_->Child(node, ids_[j]);
      if (child < 0) child = dicts_->Child(node, upper_ids_[j]);
      if (child < 0) break;
      node = child;
      if (!dicts_->EntriesAt(node).empty()) {
        best_end = j + 1;
        best_node = node;
      }
    }
    if (best_end < 0) {
      ++i;
      continue;
    }
    Atom a;
    a.begin = i;
    a.end = best_end;
    for (const PhraseEntry& e : dicts_->EntriesAt(best_node)) {
      const int idx = static_cast<int>(e.index);
      switch (e.kind) {
        case PhraseKind::kActor: if (a.actor < 0) a.actor = idx; break;
        case PhraseKind::kCountryName: a.country = idx; a.name = true; break;
        case PhraseKind::kCountryAdjective: a.country = idx; a.adjective = true; break;
        case PhraseKind::kCapital: a.country = idx; a.capital = true; break;
        case PhraseKind::kAgent: if (a.agent < 0) a.agent = idx; break;
      }
    }
    atoms_.push_back(a);
    i = best_end;
  }
}

void Coder::GroupMentions(const std::vector<Token>& tokens, int date) {
  mentions_.clear();
  mention_at_.assign(tokens.size(), -1);
  for (size_t k = 0; k < atoms_.size();) {
    size_t last = k;
    while (last + 1 < atoms_.size()) {
      const int gap_begin = atoms_[last].end, gap_end = atoms_[last + 1].begin;
      int capitalized = 0;
      bool glue = true;
      for (int t = gap_begin; t < gap_end && glue; ++t) {
        if (IsGlue(tokens[t].norm)) continue;
        if (tokens[t].word && tokens[t].capitalized && t > 0 && ++capitalized <= 2) continue;
        glue = false;
      }
      if (!glue) break;
      ++last;
    }
    // Code the group atoms_[k..last].
    int actor = -1, country = -1, agent = -1;
    bool name = false, capital = false;
    for (size_t a = k; a <= last; ++a) {
      const Atom& at = atoms_[a];
      if (at.actor >= 0) actor = at.actor;
      if (at.country >= 0 && country < 0) {
        country = at.country;
        name = at.name;
        capital = at.capital && !at.name;
      }
      if (at.agent >= 0) agent = at.agent;
    }
    std::string code;
    if (actor >= 0) {
      code = dicts_->actors()[actor].CodeOn(date);
    } else if (country >= 0 && agent >= 0) {
      code = dicts_->countries()[country].code + dicts_->agents()[agent].code;
    } else if (country >= 0 && name) {
      code = dicts_->countries()[country].code;
    } else if (country >= 0 && capital) {
      code = dicts_->countries()[country].code + "GOV";
    }
    if (!code.empty()) {
      mention_at_[atoms_[k].begin] = static_cast<int>(mentions_.size());
      Mention m{atoms_[k].begin, atoms_[last].end, std::move(code)};
      m.actor = actor;
      if (actor < 0) {
        m.country = country;
        m.agent = agent;
      }
      mentions_.push_back(std::move(m));
    }
    k = last + 1;
  }
}

int Coder::MentionStartingAt(int token) const {
  const int n = static_cast<int>(mention_at_.size());
  if (token < n && mention_at_[token] >= 0) return mention_at_[token];
  if (token + 1 < n && IsDeterminer((*tokens_)[token].norm)) return mention_at_[token + 1];
  return -1;
}

bool Coder::IsBarrier(int token) const {
  const std::string& w = (*tokens_)[token].norm;
  return w == ";" || w == ":" || w == "." || w == "?" || w == "!";
}

bool Coder::MatchFrom(const VerbPattern& p, size_t e, int pos, Match* m) const {
  if (e == p.elements.size()) {
    m->end = pos;
    return true;
  }
  const int n = static_cast<int>(ids_.size());
  const PatternElement& el = p.elements[e];
  switch (el.kind) {
    case ElementKind::kWord: {
      if (pos >= n) return false;
      const bool hit =
          std::find(el.ids.begin(), el.ids.end(), ids_[pos]) != el.ids.end() ||
          (upper_ids_[pos] != kNoToken &&
           std::find(el.ids.begin(), el.ids.end(), upper_ids_[pos]) != el.ids.end());
      if (!hit) return false;
      m->words.push_back(pos);
      if (MatchFrom(p, e + 1, pos + 1, m)) return true;
      m->words.pop_back();
      return false;
    }
    case ElementKind::kGap:
      for (int g = 0; g <= kMaxGap && pos + g <= n; ++g) {
        if (g > 0 && IsBarrier(pos + g - 1)) break;
        if (MatchFrom(p, e + 1, pos + g, m)) return true;
      }
      return false;
    case ElementKind::kSource:
    case ElementKind::kTarget: {
      if (pos >= n) return false;
      const int mi = MentionStartingAt(pos);
      if (mi < 0) return false;
      int& slot = el.kind == ElementKind::kSource ? m->source : m->target;
      slot = mi;
      if (MatchFrom(p, e + 1, mentions_[mi].end, m)) return true;
      slot = -1;
      return false;
    }
  }
  return false;
}

void Coder::FindMatches() {
  matches_.clear();
  const int n = static_cast<int>(ids_.size());
  // A verb inside an actor mention is a noun there: "Secretary of State".
  in_mention_.assign(n, 0);
  for (const Mention& m : mentions_) {
    for (int t = m.begin; t < m.end; ++t) in_mention_[t] = 1;
  }
  for (int i = 0; i < n; ++i) {
    if (in_mention_[i]) continue;
    for (uint32_t id : {ids_[i], upper_ids_[i]}) {
      if (id == kNoToken) continue;
      const Dictionaries::AnchorIndex* anchor = dicts_->Anchors(id);
      if (anchor == nullptr) continue;
      // The patterns without a literal after the anchor, and those whose
      // key literal occurs later in the sentence, in dictionary order.
      candidates_ = anchor->free;
      if (!anchor->keyed.empty()) {
        const auto& keyed = anchor->keyed;
        for (int j = i + 1; j < n; ++j) {
          for (uint32_t lit : {ids_[j], upper_ids_[j]}) {
            if (lit == kNoToken) continue;
            auto it = std::lower_bound(keyed.begin(), keyed.end(), std::make_pair(lit, 0u));
            for (; it != keyed.end() && it->first == lit; ++it) candidates_.push_back(it->second);
          }
        }
        std::sort(candidates_.begin(), candidates_.end());
        candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
      }
      for (uint32_t pi : candidates_) {
        Match m;
        m.pattern = pi;
        m.first = i;
        if (MatchFrom(dicts_->patterns()[pi], 0, i, &m)) matches_.push_back(std::move(m));
      }
    }
  }
}

void Coder::SelectMatches() {
  const auto& patterns = dicts_->patterns();
  std::stable_sort(matches_.begin(), matches_.end(), [&](const Match& a, const Match& b) {
    const int wa = patterns[a.pattern].words, wb = patterns[b.pattern].words;
    if (wa != wb) return wa > wb;
    if (a.end - a.first != b.end - b.first) return a.end - a.first < b.end - b.first;
    return a.first < b.first;
  });
  match_word_.assign(ids_.size(), 0);
  std::vector<Match> kept;
  for (Match& m : matches_) {
    bool free = true;
    for (int w : m.words) free = free && !match_word_[w];
    if (!free) continue;
    const char mark = IsStatement(patterns[m.pattern]) ? 2 : 1;
    for (int w : m.words) match_word_[w] = mark;
    kept.push_back(std::move(m));
  }
  std::sort(kept.begin(), kept.end(),
            [](const Match& a, const Match& b) { return a.first < b.first; });
  matches_ = std::move(kept);
}

bool Coder::IsMatchWord(int token) const {
  return token >= 0 && token < static_cast<int>(match_word_.size()) && match_word_[token];
}

bool Coder::IsComplementGerund(int first) const {
  const auto& toks = *tokens_;
  if (first < 1) return false;
  const std::string& w = toks[first].norm;
  const bool gerund = w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
  return gerund && IsOneOf(toks[first - 1].norm, {"of", "for"});
}

bool Coder::IsStatement(const VerbPattern& p) const {
  return p.cameo.size() >= 2 && p.cameo.compare(0, 2, "01") == 0;
}

bool Coder::GovernsObject(int token) const {
  return IsMatchWord(token) && match_word_[token] != 2;
}

bool Coder::Negated(int first) const {
  for (int t = first - 1; t >= 0 && t >= first - 3; --t) {
    if (IsOneOf((*tokens_)[t].norm, {"not", "n't", "never", "no"})) return true;
  }
  return false;
}

std::vector<int> Coder::Coordinated(int mi, bool backward) const {
  std::vector<int> out = {mi};
  const auto& toks = *tokens_;
  int cur = mi;
  for (;;) {
    if (backward) {
      int t = mentions_[cur].begin - 1;
      if (t >= 0 && IsDeterminer(toks[t].norm)) --t;
      if (t < 1) break;
      const bool link = toks[t].norm == "and" || (toks[t].norm == "," && out.size() > 1);
      if (!link) break;
      int prev = -1;
      for (int k = cur - 1; k >= 0; --k) {
        if (mentions_[k].end == t) prev = k;
        if (mentions_[k].end <= t) break;
      }
      if (prev < 0) break;
      out.insert(out.begin(), prev);
      cur = prev;
    } else {
      int t = mentions_[cur].end;
      if (t < static_cast<int>(toks.size()) && toks[t].norm == ",") ++t;
      if (t >= static_cast<int>(toks.size()) || toks[t].norm != "and") break;
      const int next = MentionStartingAt(t + 1);
      if (next < 0) break;
      out.push_back(next);
      cur = next;
    }
  }
  return out;
}

int Coder::SubjectBefore(int token) const {
  const auto& toks = *tokens_;
  for (int mi = static_cast<int>(mentions_.size()) - 1; mi >= 0; --mi) {
    const Mention& m = mentions_[mi];
    if (m.end > token) continue;
    bool barrier = false;
    for (int t = m.end; t < token && !barrier; ++t) barrier = toks[t].norm == ";";
    if (barrier) return -1;
    // Walk to the first member of its coordination: its governor decides.
    const int head = Coordinated(mi, /*backward=*/true).front();
    int t = mentions_[head].begin - 1;
    if (t >= 0 && IsDeterminer(toks[t].norm)) --t;
    if (t >= 0 && (IsPreposition(toks[t].norm) || GovernsObject(t))) continue;
    return mi;
  }
  return -1;
}

int Coder::TargetAfter(int token, int limit) const {
  const auto& toks = *tokens_;
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    const Mention& m = mentions_[mi];
    if (m.begin < token) continue;
    if (m.begin >= limit) return -1;
    bool barrier = false;
    for (int t = token; t < m.begin && !barrier; ++t) {
      barrier = IsBarrier(t) || (*tokens_)[t].norm == ",";
    }
    if (barrier) return -1;
    const int head = Coordinated(static_cast<int>(mi), /*backward=*/true).front();
    int t = mentions_[head].begin - 1;
    if (t >= 0 && IsDeterminer(toks[t].norm)) --t;
    if (t >= 0 && IsPreposition(toks[t].norm) && !IsTargetPreposition(toks[t].norm)) {
      continue;
    }
    return static_cast<int>(mi);
  }
  return -1;
}

void Coder::CodeSentence(std::string_view text, const std::vector<Token>& tokens,
                         int date, std::vector<CodedEvent>* out) {
  tokens_ = &tokens;
  MapIds(tokens);
  FindAtoms();
  GroupMentions(tokens, date);
  FindMatches();
  trace_.clear();
  if (trace_on_) {
    for (const Match& m : matches_) {
      PatternTrace t;
      t.pattern = m.pattern;
      t.first = m.first;
      t.end = m.end;
      trace_.push_back(t);
    }
  }
  SelectMatches();
  // The trace entry of selected match `m` (there is one when tracing).
  const auto traced = [&](const Match& m) -> PatternTrace* {
    for (PatternTrace& t : trace_) {
      if (t.pattern == m.pattern && t.first == m.first && t.end == m.end) return &t;
    }
    return nullptr;
  };
  const auto span_of = [&](int mi) {
    const Mention& m = mentions_[mi];
    return Span{tokens[m.begin].span.begin, tokens[m.end - 1].span.end};
  };
  std::vector<int> prev_targets;  // targets of the previous match
  for (size_t k = 0; k < matches_.size(); ++k) {
    const Match& m = matches_[k];
    const VerbPattern& p = dicts_->patterns()[m.pattern];
    PatternTrace* trace = trace_on_ ? traced(m) : nullptr;
    if (trace != nullptr) trace->selected = true;
    if (Negated(m.first)) {
      if (trace != nullptr) trace->negated = true;
      continue;
    }
    const int limit = k + 1 < matches_.size() ? matches_[k + 1].first
                                              : static_cast<int>(tokens.size());
    std::vector<int> sources, targets;
    const char* source_rule = "";
    const char* target_rule = "";
    if (p.has_source) {
      sources = {m.source};
      source_rule = "the pattern's $ slot";
    } else if (IsComplementGerund(m.first) && !prev_targets.empty()) {
      // "X accused Y of violating...": Y does the violating.
      sources = prev_targets;
      source_rule = "the previous verb's target (gerund after of/for)";
    } else if (int s = SubjectBefore(m.first); s >= 0) {
      sources = Coordinated(s, /*backward=*/true);
      source_rule = "the subject before the verb";
    }
    if (p.has_target) {
      targets = {m.target};
      target_rule = "the pattern's + slot";
    } else if (p.has_source) {
      if (int s = SubjectBefore(m.first); s >= 0) {
        targets = Coordinated(s, true);
        target_rule = "the subject before the verb ($ pattern)";
      }
    } else if (p.mutual && sources.size() >= 2) {
      target_rule = "none: a mutual pattern pairs the coordinated sources";
    } else if (IsStatement(p)) {
      // A statement verb's free object is the subject of what was said.
      target_rule = "none: a statement verb takes no free object";
    } else if (int t = TargetAfter(m.end, limit); t >= 0) {
      targets = Coordinated(t, false);
      target_rule = "the first actor after the verb";
    }
    if (trace != nullptr) {
      trace->source_rule = source_rule;
      trace->target_rule = target_rule;
    }
    prev_targets = targets;
    if (sources.empty()) continue;
    // Leading run of the pattern's words: the verb phrase cited.
    size_t lead = 0;
    while (lead + 1 < m.words.size() && m.words[lead + 1] == m.words[lead] + 1) ++lead;
    const Span verb{tokens[m.words[0]].span.begin, tokens[m.words[lead]].span.end};
    std::vector<std::pair<int, int>> pairs;  // (source, target or -1)
    if (p.mutual && !p.has_target && sources.size() >= 2) {
      for (int a : sources)
        for (int b : sources)
          if (a != b) pairs.emplace_back(a, b);
    } else {
      for (int s : sources) {
        if (targets.empty()) pairs.emplace_back(s, -1);
        for (int t : targets) {
          pairs.emplace_back(s, t);
          if ((p.mutual && p.has_source && p.has_target) || p.paired) pairs.emplace_back(t, s);
        }
      }
    }
    std::vector<std::pair<std::string, std::string>> seen;
    for (auto [s, t] : pairs) {
      CodedEvent ev;
      ev.source = {mentions_[s].code, span_of(s)};
      if (t >= 0) ev.target = {mentions_[t].code, span_of(t)};
      if (ev.source.code == ev.target.code) continue;
      std::pair<std::string, std::string> key{ev.source.code, ev.target.code};
      if (std::find(seen.begin(), seen.end(), key) != seen.end()) continue;
      seen.push_back(std::move(key));
      ev.verb = verb;
      ev.pattern = &p;
      ev.cameo = dicts_->Cameo(p.cameo);
      out->push_back(std::move(ev));
    }
  }
  (void)text;
}

}  // namespace chronicle
