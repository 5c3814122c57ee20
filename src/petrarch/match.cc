// petrarch/match.cc: verb patterns (B.2.5 step 4) and skip_item().
//
// The suite's expectations on patterns (PATTERN-12..18, SYNSET-11..24)
// follow the 2014 PETRARCH-1 matcher the unit-test file was written for
// ("Version compatibility: 0.5.0b1"), not the later trie walk of
// openeventdata/petrarch 0.4 (which passes over THE, ignores '_' and
// matches synset members on their first word): each pattern of the verb's
// block is tried in file order; its tokens are found left to right in the
// lower sequence and nearest-first in the upper one, a '_' connector
// requiring the token to come next (NE markers aside) and a blank allowing
// a gap; a synset matches when one of its members matches word for word;
// the first pattern whose two halves both match gives the code. Greedy,
// without backtracking inside a pattern, as TABARI's matcher is.
#include <string>
#include <vector>

#include "petrarch/engine.h"
#include "petrarch/strings.h"

namespace chronicle::petrarch_internal {

// skip_item(): tags, a few function words, numbers and currency words.
int SkipItem(const std::string& item) {
  if (item.empty()) return 0;
  if (item[0] == '~' || item[0] == '(') return 1;
  static const char* const kWords[] = {"THE", "A",  "AN",   "IT",  "HE",  "THEY", "HER",
                                       "HAS", "HAD", "HAVE", "SOME", "FEW", "THAT"};
  for (const char* w : kWords) {
    if (item == w) return 2;
  }
  static const char* const kNumbers[] = {"HUNDRED", "THOUSAND", "MILLION", "BILLION",
                                         "TRILLION", "DOZEN",   "ONE",     "TWO",
                                         "THREE",   "FOUR",     "FIVE",    "SIX",
                                         "SEVEN",   "EIGHT",    "NINE"};
  for (const char* w : kNumbers) {
    if (item == w) return 3;
  }
  if (item == "DOLLAR" || item == "DUCAT") return 5;
  // int(item): optional sign and blanks around digits.
  std::string t = Strip(item);
  size_t i = (!t.empty() && (t[0] == '+' || t[0] == '-')) ? 1 : 0;
  if (i >= t.size()) return 0;
  for (size_t k = i; k < t.size(); ++k) {
    if (!std::isdigit(static_cast<unsigned char>(t[k]))) return 0;
  }
  return 4;
}


}  // namespace chronicle::petrarch_internal

namespace chronicle::petrarch_internal {

namespace {

bool IsMarker(const std::string& s) { return StartsWith(s, "(NE") || StartsWith(s, "~NE"); }

int NextContent(const Seq& seq, int q) {
  const int n = static_cast<int>(seq.size());
  while (q < n && IsMarker(seq[q])) ++q;
  return q;
}

struct SeqMatcher {
  const Lexicon& lex;
  const Seq& seq;
  bool upper;
  Loc src, trg, compound;
  int depth = 0;

  int Size() const { return static_cast<int>(seq.size()); }

  // The members of `set`, matched word for word from q; *after is one
  // past the last word.
  bool MatchSet(const std::string& set, int q, int* after) {
    auto it = lex.synsets.find(set);
    if (it == lex.synsets.end() || depth > 8) return false;
    ++depth;
    for (const std::vector<std::string>& member : it->second) {
      int k = q;
      bool ok = true;
      const int m = static_cast<int>(member.size());
      for (int w = 0; w < m && ok; ++w) {
        const std::string& word = upper ? member[m - 1 - w] : member[w];
        if (w > 0) k = NextContent(seq, k);
        if (k >= Size()) {
          ok = false;
          break;
        }
        if (!word.empty() && word[0] == '&') {
          int a;
          if (!MatchSet(word, k, &a)) ok = false;
          else k = a;
        } else if (seq[k] == word) {
          ++k;
        } else {
          ok = false;
        }
      }
      if (ok) {
        --depth;
        *after = k;
        return true;
      }
    }
    --depth;
    return false;
  }

  // The NE (or NEC) that starts at q in reading order: in the lower
  // sequence its open marker, in the upper one (reversed) its close.
  bool NEAt(int q, bool compound, int* loc, int* after) {
    if (q >= Size()) return false;
    const std::string& s = seq[q];
    if (!upper) {
      if (compound ? !StartsWith(s, "(NEC") : !StartsWith(s, "(NE")) return false;
      *loc = q;
      *after = q + 1;
      return true;
    }
    const bool is_nec = StartsWith(s, "~NEC");
    if (compound ? !is_nec : !StartsWith(s, "~NE")) return false;
    const std::string open = is_nec ? "(NEC" : "(NE<";
    for (int k = q + 1; k < Size(); ++k) {
      if (StartsWith(seq[k], open)) {
        *loc = k;
        *after = k + 1;
        return true;
      }
    }
    return false;
  }

  // The NE that position p lies inside (after an earlier token matched
  // one of its words), as P1 takes '+' and '$' from the NE it is in.
  bool InsideNE(int p, int* loc, int* after) {
    if (p <= 0 || p >= Size()) return false;
    // At the NE's last word the walk has already left it (the DFS passes
    // its close marker before trying '$' or '+').
    if (upper ? StartsWith(seq[p], "(NE") : StartsWith(seq[p], "~NE")) return false;
    for (int k = p - 1; k >= 0; --k) {
      const std::string& s = seq[k];
      if (!upper) {
        if (StartsWith(s, "~NE") || StartsWith(s, "(NEC")) return false;
        if (StartsWith(s, "(NE<")) {
          *loc = k;
          *after = p;
          return true;
        }
      } else {
        if (StartsWith(s, "(NE")) return false;
        if (s == "~NE") {
          for (int j = p; j < Size(); ++j) {
            if (StartsWith(seq[j], "(NE<")) {
              *loc = j;
              *after = j + 1;
              return true;
            }
          }
          return false;
        }
      }
    }
    return false;
  }

  bool AtToken(const PatternToken& t, int q, int* after) {
    if (q >= Size()) return false;
    const std::string& tok = t.text;
    if (tok == "+" || tok == "$") {
      int loc;
      if (!NEAt(q, false, &loc, after)) return false;
      (tok == "+" ? trg : src) = Loc::Seq(loc, upper);
      return true;
    }
    if (tok == "%") {
      int loc;
      if (!NEAt(q, true, &loc, after)) return false;
      compound = Loc::Seq(loc, upper);
      // Before the verb the compound is both sides (its members code
      // events with each other); after it, the target (COMPOUND-42).
      if (upper) src = compound;
      trg = compound;
      return true;
    }
    if (tok == "^") {
      // skip to the end of the NE we are in
      const char* close = upper ? "(NE" : "~NE";
      for (int k = q; k < Size(); ++k) {
        if (StartsWith(seq[k], close)) {
          *after = k + 1;
          return true;
        }
      }
      return false;
    }
    if (tok[0] == '&') return MatchSet(tok, q, after);
    if (seq[q] == tok) {
      *after = q + 1;
      return true;
    }
    return false;
  }

  bool At(const PatternToken& t, int q, int* after) { return AtToken(t, q, after); }

  bool Match(const std::vector<PatternToken>& toks) {
    int p = 0;
    for (const PatternToken& t : toks) {
      const bool structural = t.text == "+" || t.text == "$" || t.text == "%" || t.text == "^";
      int after = 0;
      if (t.text == "+" || t.text == "$") {
        int loc;
        if (InsideNE(p, &loc, &after)) {
          (t.text == "+" ? trg : src) = Loc::Seq(loc, upper);
          p = after;
          continue;
        }
      }
      if (t.tight) {
        const int q = structural ? p : NextContent(seq, p);
        if (!At(t, q, &after)) return false;
      } else {
        bool found = false;
        for (int q = p; q < Size(); ++q) {
          if (At(t, q, &after)) {
            found = true;
            break;
          }
        }
        if (!found) return false;
      }
      p = after;
    }
    return true;
  }
};

}  // namespace

bool Engine::SequentialMatch(const std::string& meaning, const Seq& upper, const Seq& lower,
                             std::string* code, Loc* src, Loc* trg, Loc* compound) {
  auto it = lex_.patterns.find(meaning);
  if (it == lex_.patterns.end()) return false;
  for (const Pattern& p : it->second) {
    SeqMatcher lo{lex_, lower, false, {}, {}};
    if (!lo.Match(p.lower)) continue;
    SeqMatcher up{lex_, upper, true, {}, {}};
    if (!up.Match(p.upper)) continue;
    *code = p.code;
    *src = lo.src.kind != Loc::kNone ? lo.src : up.src;
    *trg = lo.trg.kind != Loc::kNone ? lo.trg : up.trg;
    *compound = lo.compound.kind != Loc::kNone ? lo.compound : up.compound;
    return true;
  }
  return false;
}

}  // namespace chronicle::petrarch_internal
