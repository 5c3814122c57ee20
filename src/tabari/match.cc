// TABARI pattern matching (docs/design/event-coder-compat.md A.5.4).
//
// A pattern is "lower * upper". The upper part is matched first, left to
// right from the token after the verb root, never past the clause end; then
// the lower part right to left from the token before the verb, down to the
// sentence start. Matching is greedy with no backtracking: each element
// takes the first token it matches. Whether tokens may be skipped before an
// element is decided by the connector written between the two neighbours
// (the left one's, in text order). Only alternatives ({ a | b }) retry: on
// failure the position is restored and the next alternative is tried
// (last one first in the lower part).
#include <algorithm>

#include "tabari/engine.h"

namespace chronicle::tabari_internal {

bool Engine::WordAt(int tok, int lit, bool prefix) const {
  const Token& t = toks_[tok];
  for (uint32_t h = t.lit_begin; h < t.lit_end; ++h) {
    if (lits_[h].lit == lit && (lits_[h].exact || prefix)) return true;
  }
  return false;
}

bool Engine::IsActorTok(int tok) const { return toks_[tok].type == RootType::kActor; }

int Engine::ActorHead(int tok) const {
  return toks_[tok].head >= 0 ? toks_[tok].head : tok;
}

// Whether some member of `synset` starts at `tok` (first word only; the
// lower-part quirk).
bool Engine::SynsetFirstWordAt(int synset, int tok, bool prefix, int depth) const {
  if (depth > 8) return false;
  for (const ItemSeq& m : lex_.synset(synset).members) {
    if (m.empty()) continue;
    const Item& f = m.front();
    if (f.kind == ItemKind::kWord && WordAt(tok, f.id, prefix)) return true;
    if (f.kind == ItemKind::kSynset && SynsetFirstWordAt(f.id, tok, prefix, depth + 1)) {
      return true;
    }
    if ((f.kind == ItemKind::kSource || f.kind == ItemKind::kTarget) && IsActorTok(tok)) {
      return true;
    }
  }
  return false;
}

// Matches one element starting at *pos in direction `up`, skipping tokens
// if `gap`. On success moves *pos past the match and sets *matched_at.
// prefix_override: -1 none, 0 exact, 1 prefix (first word of a synset
// member). Long because it is one dispatch over the element kinds sharing
// the gap-scan loop; splitting it would spread that loop's state around.
bool Engine::MatchItem(const Item& it, bool up, int* pos, bool gap, int* lenalt,
                       int prefix_override, int* matched_at) {
  const int dir = up ? 1 : -1;
  const int limit = up ? upper_limit_ : 0;
  auto in_range = [&](int q) { return up ? q <= limit : q >= limit; };
  if (it.kind == ItemKind::kAlt) {
    const AltBlock& b = lex_.alt(it.id);
    const int n = static_cast<int>(b.alts.size());
    for (int a = 0; a < n; ++a) {
      const ItemSeq& seq = b.alts[up ? a : n - 1 - a];
      int p = *pos, chars = 0, first = -1;
      const Slot s = pat_src_, t = pat_tgt_, c = pat_comp_;
      if (MatchSeqFrom(seq, up, &p, gap, &chars, -1, &first)) {
        *pos = p;
        *matched_at = first;
        if (lenalt != nullptr) {
          *lenalt += chars;
        } else {
          alt_chars_ += chars;
        }
        return true;
      }
      pat_src_ = s;
      pat_tgt_ = t;
      pat_comp_ = c;
    }
    return false;
  }
  if (it.kind == ItemKind::kSynset && !up) {
    const bool prefix = it.conn == Conn::kClosed || it.conn == Conn::kClosedOpen;
    for (int q = *pos; in_range(q); --q) {
      if (SynsetFirstWordAt(it.id, q, prefix, 0)) {
        *pos = q - 1;
        *matched_at = q;
        if (lenalt != nullptr)
          *lenalt += static_cast<int>(lex_.synset(it.id).name.size());
        return true;
      }
    }
    return false;
  }
  if (it.kind == ItemKind::kSynset) {
    const bool prefix = it.conn == Conn::kClosed || it.conn == Conn::kClosedOpen;
    for (const ItemSeq& m : lex_.synset(it.id).members) {
      int p = *pos, first = -1;
      if (MatchSeqFrom(m, true, &p, gap, nullptr, prefix ? 1 : 0, &first)) {
        // Quirk: the position goes back to the member's first token.
        *pos = first + 1;
        *matched_at = first;
        if (lenalt != nullptr)
          *lenalt += static_cast<int>(lex_.synset(it.id).name.size());
        return true;
      }
    }
    return false;
  }
  for (int q = *pos; in_range(q); q += dir) {
    const Token& t = toks_[q];
    bool ok = false;
    switch (it.kind) {
      case ItemKind::kWord: {
        const bool prefix =
            prefix_override >= 0 ? prefix_override == 1 : ConnAllowsPrefix(it.conn);
        ok = WordAt(q, it.id, prefix);
        if (ok) {
          *pos = q + dir;
          if (lenalt != nullptr) *lenalt += static_cast<int>(lex_.literal(it.id).size());
        }
        break;
      }
      case ItemKind::kSource:
      case ItemKind::kTarget:
      case ItemKind::kAttrib:
        ok = IsActorTok(q);
        if (ok) {
          Slot s;
          s.kind = Slot::Kind::kToken;
          s.tok = ActorHead(q);
          s.by_pattern = true;
          if (it.kind == ItemKind::kSource) pat_src_ = s;
          if (it.kind == ItemKind::kTarget) pat_tgt_ = s;
          *pos = q + dir;
        }
        break;
      case ItemKind::kCompound:
        ok = t.comp_start;
        if (ok) {
          Slot s;
          s.kind = Slot::Kind::kToken;
          s.tok = q;
          s.by_pattern = true;
          s.compound = true;
          pat_comp_ = s;
          *pos = q + dir;
        }
        break;
      case ItemKind::kSkip:
        ok = IsActorTok(q);
        if (ok) {
          const int h = ActorHead(q);
          *pos = up ? std::max(toks_[h].tail, q) + 1 : h - 1;
        }
        break;
      default:
        break;
    }
    if (ok) {
      *matched_at = q;
      return true;
    }
    if (!gap) return false;
  }
  return false;
}

bool Engine::MatchSeqFrom(const ItemSeq& seq, bool up, int* pos, bool gap, int* lenalt,
                          int prefix_override, int* first_at) {
  const int n = static_cast<int>(seq.size());
  for (int i = 0; i < n; ++i) {
    const int k = up ? i : n - 1 - i;
    bool g;
    if (up) {
      g = i == 0 ? gap : ConnAllowsGap(seq[k - 1].conn);
    } else {
      g = i == 0 ? gap : ConnAllowsGap(seq[k].conn);
    }
    int at = -1;
    if (!MatchItem(seq[k], up, pos, g, lenalt, i == 0 ? prefix_override : -1, &at))
      return false;
    if (i == 0) *first_at = at;
  }
  return true;
}

bool Engine::MatchSeq(const ItemSeq& seq, bool up, int* pos, bool gap, int* lenalt) {
  int first = -1;
  return MatchSeqFrom(seq, up, pos, gap, lenalt, -1, &first);
}

bool Engine::MatchPattern(const Pattern& p, int v, int cs, int ce, int* lenalt) {
  pat_src_ = pat_tgt_ = pat_comp_ = Slot();
  *lenalt = 0;
  alt_chars_ = 0;
  upper_limit_ = ce;
  int pos = toks_[v].tail + 1;
  if (!p.upper.empty() &&
      !MatchSeq(p.upper, true, &pos, ConnAllowsGap(p.verb_conn), nullptr)) {
    return false;
  }
  pos = v - 1;
  if (!p.lower.empty() &&
      !MatchSeq(p.lower, false, &pos, ConnAllowsGap(p.lower.back().conn), nullptr)) {
    return false;
  }
  (void)cs;
  *lenalt = alt_chars_;
  return true;
}

}  // namespace chronicle::tabari_internal
