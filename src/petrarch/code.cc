// petrarch/code.cc: PETRARCH-1's per-sentence coding (petrarch.py:
// check_discards, code_record, check_commas, assign_NEcodes,
// check_NEphrase, get_actor_code, check_verbs, get_upper_seq,
// get_lower_seq, find_source, find_target, get_loccodes,
// make_event_strings), restated over the ParseList of treebank.cc.
//
// Where the reference raises out of check_verbs (an IndexError, a missing
// key), code_record catches it and keeps the events made so far; that is
// died_ here. Where it raises out of make_event_strings' guarded part, only
// that verb's events are lost.
#include <string>
#include <vector>

#include "petrarch/engine.h"
#include "petrarch/strings.h"

namespace chronicle::petrarch_internal {

namespace {

using List = std::vector<std::string>;

long IndexOf(const List& l, const std::string& s, long from = 0, long to = -1) {
  if (to < 0 || to > static_cast<long>(l.size())) to = static_cast<long>(l.size());
  for (long k = std::max(0L, from); k < to; ++k) {
    if (l[k] == s) return k;
  }
  return -1;
}

bool Balanced(const List& l) {
  int n = 0;
  for (const std::string& s : l) {
    if (s[0] == '(') ++n;
    if (s[0] == '~') --n;
  }
  return n == 0;
}

// The delete-phrases loop of check_commas(): removes every complete
// constituent between loclow and lochigh - 1.
bool DeletePhrases(List* pl, long loclow, long lochigh) {
  std::vector<std::string> stack;
  long ka = lochigh - 1;
  while (ka >= loclow) {
    if (ka >= static_cast<long>(pl->size())) return false;
    const std::string& item = (*pl)[ka];
    if (item[0] == '~') {
      stack.push_back(item.substr(1));
    } else if (!stack.empty() && item[0] == '(' && item.substr(1) == stack.back()) {
      long e = IndexOf(*pl, "~" + item.substr(1), ka + 1);
      if (e < 0) return false;
      pl->erase(pl->begin() + ka, pl->begin() + e + 1);
      stack.pop_back();
    }
    --ka;
  }
  return true;
}

}  // namespace

int Engine::CheckDiscards(const std::string& text) const {
  const std::vector<std::string> sent = SplitWs(Upper(text));
  int level = 0;
  const auto kid = [&](int node, const std::string& w) {
    for (const auto& [k, id] : lex_.discard_nodes[node]) {
      if (k == w) return id;
    }
    return -1;
  };
  for (const std::string& w : sent) {
    if (kid(level, "+") >= 0) return 2;
    if (kid(level, "$") >= 0) return 1;
    const int next = kid(level, w);
    if (next >= 0) {
      level = next;
    } else {
      level = 0;
    }
  }
  return 0;
}

bool Engine::CheckCommas(List* plist) {
  List& pl = *plist;
  if (IndexOf(pl, "(,") < 0) return true;
  const auto count_word = [&](long lo, long hi) {
    int n = 0;
    long ka = lo;
    while (ka < hi && ka < static_cast<long>(pl.size())) {
      if (pl[ka] == "(NE") {
        ka += 2;
      } else {
        const char c = pl[ka][0];
        if (c != '(' && c != '~' && std::isalpha(static_cast<unsigned char>(c))) ++n;
        ++ka;
      }
    }
    return n;
  };
  const auto find_end = [&]() {
    long ka = static_cast<long>(pl.size()) - 1;
    while (ka >= 2 && pl[ka][0] == '~') --ka;
    return ka - 1;
  };
  const PetrarchSettings& s = settings_;
  if (s.comma_bmax != 0) {
    const long c = IndexOf(pl, "(,");
    const int k = count_word(2, c);
    if (k >= s.comma_bmin && k <= s.comma_bmax) {
      if (!DeletePhrases(&pl, 2, c)) return false;
    }
  }
  if (s.comma_emax != 0) {
    const long kend = find_end();
    long ka = kend - 1;
    while (ka >= 2 && pl[ka] != "(,") --ka;
    if (ka >= 0 && pl[ka] == "(,") {
      const int k = count_word(ka, static_cast<long>(pl.size()));
      if (k >= s.comma_emin && k <= s.comma_emax) {
        if (!DeletePhrases(&pl, ka + 3, kend)) return false;
      }
    }
  }
  if (s.comma_max != 0) {
    long ka = IndexOf(pl, "(,");
    while (true) {
      const long kb = IndexOf(pl, "(,", ka + 1);
      if (kb < 0) break;
      const int k = count_word(ka + 2, kb);
      if (k >= s.comma_min && k <= s.comma_max) {
        if (!DeletePhrases(&pl, ka, kb)) return false;
      }
      // sic: kb is not adjusted for what was deleted
      ka = kb;
    }
  }
  long ka = IndexOf(pl, "(,");
  if (ka < 0) return false;  // ValueError in the reference
  if (count_word(2, ka) == 0) pl.erase(pl.begin() + ka, pl.begin() + std::min<long>(ka + 3, pl.size()));
  const long kend = find_end();
  ka = kend - 1;
  while (ka >= 2 && pl[ka] != "(,") --ka;
  if (ka >= 0 && ka < static_cast<long>(pl.size()) && pl[ka] == "(,") {
    if (count_word(ka + 1, kend) == 0) {
      pl.erase(pl.begin() + ka, pl.begin() + std::min<long>(ka + 3, pl.size()));
    }
  }
  return Balanced(pl);
}

std::string Engine::ActorCode(int index, int date, bool* error) const {
  if (index < 0 || index >= static_cast<int>(lex_.actor_codes.size())) {
    // The last entry of an actor file never got its codes stored; the
    // reference then fails with a NameError that aborts NE coding.
    *error = true;
    return "---";
  }
  const std::vector<DatedCode>& list = lex_.actor_codes[index];
  std::string code;
  bool have = false;
  if (list.size() == 1 && list[0].kind == DatedCode::kAlways) {
    code = list[0].code;
    have = true;
  }
  for (const DatedCode& c : list) {
    if (c.kind == DatedCode::kBefore && date <= c.from) {
      code = c.code;
      have = true;
      break;
    }
    if (c.kind == DatedCode::kAfter && date >= c.from) {
      code = c.code;
      have = true;
      break;
    }
    if (c.kind == DatedCode::kBetween && date >= c.from && date <= c.to) {
      code = c.code;
      have = true;
      break;
    }
  }
  if (!have || code.empty()) {
    for (const DatedCode& c : list) {
      if (c.kind == DatedCode::kAlways) code = c.code;  // the last one wins
    }
  }
  if (code.empty()) code = "---";
  return code;
}

namespace {

// actor_phrase_match(): (matched, words used).
std::pair<bool, int> PhraseMatch(const NounPhrase& p, const List& frag, size_t from) {
  const size_t len = p.rest.size() + 2;  // [code, connector, rest...]
  if (len == 2) return {true, 1};
  if (len == 3 && p.rest[0].first.empty()) return {true, 1};
  size_t kfrag = 1;
  size_t kpat = 2;
  char connector = p.connector;
  const size_t nfrag = frag.size() - from;
  if (kfrag >= nfrag) return {false, 0};
  while (kpat < len) {
    if (frag[from + kfrag] == p.rest[kpat - 2].first) {
      connector = p.rest[kpat - 2].second;
      ++kfrag;
      ++kpat;
      if (kpat >= len - 1) return {true, static_cast<int>(kfrag)};
    } else {
      if (connector == '_') return {false, 0};
      ++kfrag;
    }
    if (kfrag >= nfrag) return {false, 0};
  }
  return {true, static_cast<int>(nfrag)};
}

}  // namespace

bool Engine::CheckNEPhrase(const List& phrase, int date, std::string* out) const {
  std::string actorcode;
  size_t a0 = 0, a1 = 0;
  bool found_index = false;
  bool error = false;
  for (size_t k = 0; k < phrase.size(); ++k) {
    auto it = lex_.actors.find(phrase[k]);
    if (it != lex_.actors.end()) {
      a0 = a1 = k;
      found_index = true;
      for (const NounPhrase& p : it->second) {
        auto [ok, len] = PhraseMatch(p, phrase, k);
        if (ok) {
          a1 = k + len;
          actorcode = ActorCode(p.code_index, date, &error);
          break;
        }
      }
    }
    if (!actorcode.empty()) break;
  }
  (void)found_index;
  std::vector<std::string> agents;
  for (size_t k = 0; k < phrase.size(); ++k) {
    if (k >= a0 && k < a1) continue;
    auto it = lex_.agents.find(phrase[k]);
    if (it == lex_.agents.end()) continue;
    for (const NounPhrase& p : it->second) {
      auto [ok, len] = PhraseMatch(p, phrase, k);
      if (ok) {
        agents.push_back(p.code);
        k += len - 1;
        break;
      }
    }
  }
  if (agents.empty()) {
    if (actorcode.empty()) return false;
    *out = actorcode;
    return true;
  }
  if (actorcode.empty()) actorcode = "---";
  for (const std::string& agent : agents) {
    if (agent.empty()) continue;
    const bool after = agent[0] == '~';
    const std::string agc = after ? agent.substr(1) : agent.substr(0, agent.size() - 1);
    bool dup = false;
    for (size_t ka = 0; agc.size() <= actorcode.size() && ka <= actorcode.size() - agc.size();
         ka += 3) {
      if (actorcode.compare(ka, agc.size(), agc) == 0) {
        dup = true;
        break;
      }
    }
    if (dup) break;
    actorcode = after ? actorcode + agc : agc + actorcode;
  }
  *out = actorcode;
  return true;
}

namespace {

// Appends to *out one NE per member of the compound l[ncstart..ncend], each
// with the words before (`pre`) and after (`post`) the compound around its
// own; false if a member is not closed.
bool AppendMembers(const List& l, long ncstart, long ncend, const List& pre, const List& post,
                   List* out) {
  long ka = ncstart + 1;
  while (ka < ncend - 1) {
    if (Contains(l[ka], "(N")) {
      const std::string endtag = "~" + l[ka].substr(1);
      out->push_back("(NE");
      out->push_back("---");
      out->insert(out->end(), pre.begin(), pre.end());
      ++ka;
      while (ka < static_cast<long>(l.size()) && l[ka] != endtag) out->push_back(l[ka++]);
      if (ka >= static_cast<long>(l.size())) return false;
      out->insert(out->end(), post.begin(), post.end());
      out->push_back("~NE");
    }
    ++ka;
  }
  return true;
}

// expand_compound_element() and expand_compound_NEPhrase() (B.2.4).
bool ExpandElement(long kstart, List* pl, long* next) {
  List& l = *pl;
  const long kend = IndexOf(l, "~NE", kstart);
  if (kend < 0) return false;
  const long ncstart = IndexOf(l, "(NEC", kstart, kend);
  if (ncstart < 0) return false;
  const long ncend = IndexOf(l, "~NEC", ncstart, kend);
  if (ncend < 0) return false;
  const List pre(l.begin() + kstart + 1, l.begin() + ncstart);
  const List post(l.begin() + ncend + 1, l.begin() + kend);
  List out;
  if (!AppendMembers(l, ncstart, ncend, pre, post, &out)) return false;
  List nl(l.begin(), l.begin() + kstart);
  nl.insert(nl.end(), out.begin(), out.end());
  nl.insert(nl.end(), l.begin() + kend + 1, l.end());
  *next = kstart + static_cast<long>(out.size());
  l = std::move(nl);
  return true;
}

bool ExpandCompound(long kstart, long kend, List* pl) {
  List& l = *pl;
  const long ncstart = IndexOf(l, "(NEC", kstart, kend);
  const long ncend = IndexOf(l, "~NEC", ncstart, kend);
  if (ncstart < 0 || ncend < 0) return false;
  const List pre(l.begin() + kstart + 1, l.begin() + std::max(kstart + 1, ncstart - 1));
  const List post(l.begin() + ncend + 1, l.begin() + kend);
  List out = {"(NEC"};
  if (!AppendMembers(l, ncstart, ncend, pre, post, &out)) return false;
  out.push_back("~NEC");
  out.push_back("~TLTL");
  List nl(l.begin(), l.begin() + kstart);
  nl.insert(nl.end(), out.begin(), out.end());
  nl.insert(nl.end(), l.begin() + kend + 1, l.end());
  l = std::move(nl);
  bool nested = false;
  for (size_t k = 1; k + 1 < out.size(); ++k) {
    if (out[k] == "(NEC") nested = true;
  }
  if (nested) {
    long ka2 = kstart + 1;
    while (true) {
      const long tl = IndexOf(l, "~TLTL", ka2);
      if (tl < 0) return false;
      if (IndexOf(l, "(NE", ka2, tl) < 0) break;
      if (!ExpandElement(ka2, &l, &ka2)) return false;
    }
  }
  const long tl = IndexOf(l, "~TLTL");
  if (tl >= 0) l.erase(l.begin() + tl);
  return true;
}

}  // namespace

bool Engine::AssignNECodes(List* plist, int start, int date) {
  List& l = *plist;
  long k = start;
  while (k < static_cast<long>(l.size())) {
    if (l[k] == "(NE") {
      List phrase;
      const long kstart = k;
      const long kcode = k + 1;
      k += 2;
      if (k >= static_cast<long>(l.size())) return false;
      while (l[k] != "~NE") {
        if (Slice(l[k], 1, 3) != "NN") phrase.push_back(l[k]);
        ++k;
        if (k >= static_cast<long>(l.size())) return false;
      }
      bool has_nec = false;
      for (const std::string& w : phrase) has_nec = has_nec || w == "(NEC";
      if (has_nec) {
        if (!ExpandCompound(kstart, k, &l)) return false;
        k = kstart - 1;
      } else {
        std::string code;
        if (CheckNEPhrase(phrase, date, &code)) l[kcode] = code;
      }
    }
    ++k;
  }
  return true;
}

namespace {

// get_upper_seq(): from kword back to the start or a comma close; an NE
// becomes one "(NE<k>CODE" item after its words (the list is reversed).
bool UpperSeq(long kword, const List& pl, long pstart, Seq* out,
              std::vector<long>* pos = nullptr) {
  out->clear();
  if (pos != nullptr) pos->clear();
  const auto add = [&](std::string s, long k) {
    out->push_back(std::move(s));
    if (pos != nullptr) pos->push_back(k);
  };
  while (kword >= pstart) {
    if (kword >= static_cast<long>(pl.size())) return false;
    const std::string& item = pl[kword];
    if (Contains(item, "~,")) break;
    if (item == "(NE") {
      if (out->empty()) return false;
      std::string code = out->back();
      out->pop_back();
      if (pos != nullptr) pos->pop_back();
      add(item + "<" + std::to_string(kword) + ">" + code, kword);
    } else if (Contains(item, "NEC") || Contains(item, "~NE")) {
      add(item, kword);
    } else if (item[0] != '(' && item[0] != '~') {
      add(item, kword);
    }
    --kword;
    if (kword < 0) return false;
  }
  return true;
}

bool LowerSeq(long kword, const std::string& endtag, const List& pl, Seq* out) {
  out->clear();
  while (true) {
    if (kword >= static_cast<long>(pl.size())) return false;
    const std::string& item = pl[kword];
    if (Contains(item, endtag)) break;
    if (item == "(NE") {
      if (kword + 1 >= static_cast<long>(pl.size())) return false;
      out->push_back(item + "<" + std::to_string(kword) + ">" + pl[kword + 1]);
      ++kword;
    } else if (Contains(item, "NEC") || Contains(item, "~NE")) {
      out->push_back(item);
    } else if (item[0] != '(' && item[0] != '~') {
      out->push_back(item);
    }
    ++kword;
    if (kword >= static_cast<long>(pl.size())) return false;
  }
  return true;
}

// x.split('>')[1]; false when there is no '>'.
bool AfterGt(const std::string& s, std::string* out) {
  size_t p = s.find('>');
  if (p == std::string::npos) return false;
  size_t q = s.find('>', p + 1);
  *out = s.substr(p + 1, q == std::string::npos ? std::string::npos : q - p - 1);
  return true;
}

}  // namespace

bool Engine::GetLocCodes(const Loc& loc, const Seq& upper, const Seq& lower,
                         std::vector<std::string>* codes) {
  codes->clear();
  if (loc.kind != Loc::kSeq || loc.index < 0) return false;  // TypeError, caught
  const int nalen = settings_.new_actor_length;
  const auto ne_text = [&](int neloc, bool up, std::string* text) {
    if (up) {
      const int n = static_cast<int>(upper.size());
      int k0 = neloc - 1;
      if (k0 < 0) k0 += n;
      if (k0 < 0 || k0 >= n) return false;
      *text = upper[k0];
      for (int ka = neloc - 2; ka >= 0 && upper[ka][0] != '~'; --ka) *text += " " + upper[ka];
    } else {
      const int n = static_cast<int>(lower.size());
      if (neloc + 1 >= n) return false;
      *text = lower[neloc + 1];
      int ka = neloc + 2;
      while (true) {
        if (ka >= n) return false;
        if (lower[ka][0] == '~') break;
        *text += " " + lower[ka];
        ++ka;
      }
    }
    return true;
  };
  const auto add_code = [&](int neloc, bool up) {
    const std::string& item = up ? upper[neloc] : lower[neloc];
    const size_t gt = item.find('>');
    const std::string code = gt == std::string::npos ? item : item.substr(gt + 1);
    if (code != "---") {
      codes->push_back(code);
    } else if (nalen > 0) {
      std::string text;
      if (!ne_text(neloc, up, &text)) return false;
      const std::string phrase = "\"" + text + "\"";
      int spaces = 0;
      for (char c : phrase) spaces += c == ' ';
      codes->push_back(spaces < nalen ? phrase : code);
    }
    return true;
  };
  if (loc.upper) {
    if (loc.index >= static_cast<int>(upper.size())) return false;
    if (Contains(upper[loc.index], "(NEC")) {
      int ka = loc.index - 1;
      while (true) {
        if (ka < 0) return false;
        if (Contains(upper[ka], "~NEC")) break;
        if (Contains(upper[ka], "(NE") && !add_code(ka, true)) return false;
        --ka;
        if (ka < 0) return false;
      }
    } else if (!add_code(loc.index, true)) {
      return false;
    }
  } else {
    if (loc.index >= static_cast<int>(lower.size())) return false;
    if (Contains(lower[loc.index], "(NEC")) {
      int ka = loc.index + 1;
      while (true) {
        if (ka >= static_cast<int>(lower.size())) return false;
        if (Contains(lower[ka], "~NEC")) break;
        if (Contains(lower[ka], "(NE") && !add_code(ka, false)) return false;
        ++ka;
        if (ka >= static_cast<int>(lower.size())) return false;
      }
    } else if (!add_code(loc.index, false)) {
      return false;
    }
  }
  if (codes->empty()) codes->push_back("---");
  return true;
}

void Engine::MakeEventStrings(const Seq& upper, const Seq& lower, const Loc& src,
                              const Loc& trg, bool passive, const std::string& code,
                              const std::string& verb) {
  std::vector<std::string> srccodes, tarcodes;
  const auto expand = [](std::vector<std::string>* codes) {
    std::vector<std::string> out;
    for (const std::string& c : *codes) {
      if (c.find('/') != std::string::npos) {
        for (std::string& part : Split(c, '/')) out.push_back(std::move(part));
      } else {
        out.push_back(c);
      }
    }
    *codes = std::move(out);
  };
  if (!GetLocCodes(src, upper, lower, &srccodes)) return;
  expand(&srccodes);
  if (!GetLocCodes(trg, upper, lower, &tarcodes)) return;
  expand(&tarcodes);
  if (srccodes.empty() || tarcodes.empty()) return;
  const auto make = [&](const std::vector<std::string>& s, const std::vector<std::string>& t,
                        const std::string& ev) {
    for (const std::string& thissrc : s) {
      std::string a = thissrc;
      for (const std::string& thistar : t) {
        std::string b = thistar;
        if (a != b) {
          if (passive) std::swap(a, b);  // sic: the swap persists in the loop
          coded_.push_back({a, b, ev, verb});
        }
      }
    }
  };
  const size_t colon = code.find(':');
  if (colon != std::string::npos) {
    if (srccodes[0] == "---" || tarcodes[0] == "---") {
      if (tarcodes[0] == "---") {
        tarcodes = srccodes;
      } else {
        srccodes = tarcodes;
      }
    }
    make(srccodes, tarcodes, code.substr(0, colon));
    make(tarcodes, srccodes, code.substr(colon + 1));
  } else {
    make(srccodes, tarcodes, code);
  }
  if (settings_.require_dyad) {
    std::vector<Triple> kept;
    for (Triple& e : coded_) {
      if (e.source != "---" && e.target != "---") kept.push_back(std::move(e));
    }
    coded_ = std::move(kept);
  }
  std::vector<Triple> unique;
  for (Triple& e : coded_) {
    bool seen = false;
    for (const Triple& u : unique) seen = seen || u == e;
    if (!seen) unique.push_back(std::move(e));
  }
  coded_ = std::move(unique);
}

void Engine::CheckVerbs(const List& pl, int pstart) {
  const long n = static_cast<long>(pl.size());
  long kitem = pstart;
  const auto skip = [](const std::string& s) { return SkipItem(s); };
  while (kitem < n) {
    if (Contains(pl[kitem], "(VP")) {
      if (kitem + 1 >= n) {
        died_ = true;
        return;
      }
    }
    if (Contains(pl[kitem], "(VP") && Contains(pl[kitem + 1], "(VB")) {
      const long vpstart = kitem;
      // check_passive()
      long pv = 0;
      {
        const long cpend = IndexOf(pl, "~" + pl[kitem].substr(1));
        if (cpend < 0) {
          ++kitem;
          continue;
        }
        if (IndexOf(pl, "(VBN", kitem + 3, cpend) >= 0) {
          const long ppv = IndexOf(pl, "~VBN", kitem + 3);
          if (ppv < 0) {
            died_ = true;
            return;
          }
          if (IndexOf(pl, "BY", ppv + 3, cpend) >= 0) {
            long ka = ppv - 3;
            while (ka > kitem) {
              if (Contains(pl[ka], "~VB")) {
                const std::string& w = pl[ka - 1];
                if (w == "WAS" || w == "IS" || w == "BEEN") {
                  pv = ppv - 1;
                  break;
                }
              }
              --ka;
            }
          }
        }
      }
      const bool passive = pv > 0;
      if (passive) kitem = pv - 2;
      const std::string& targ = pl[kitem + 2];
      auto vit = lex_.verbs.find(targ);
      if (vit != lex_.verbs.end()) {
        Loc src, trg;
        const std::string endtag = "~" + pl[vpstart].substr(1);
        int patternlist = vit->second;
        std::string verbcode = "---";
        long verb_start = kitem + 2, verb_end = kitem + 2;
        int verbdata = -1;  // node with data
        bool hasmatch = false;
        const auto only_hash = [&](int node) {
          const TrieNode& t = lex_.nodes[node];
          return t.syn.empty() && t.kids.size() == 1 && t.kids[0].first == "#";
        };
        if (!only_hash(patternlist)) {
          // compound verb, look ahead
          long i = kitem + 3;
          while (true) {
            if (i >= n) {
              died_ = true;
              return;
            }
            if (skip(pl[i])) {
              ++i;
              continue;
            }
            const int w = lex_.Kid(patternlist, pl[i]);
            if (w >= 0) {
              const int h = lex_.Kid(w, "#");
              if (h >= 0) {
                verb_end = i;
                hasmatch = true;
                const int h2 = lex_.Kid(h, "#");
                if (h2 < 0) {  // raise_CheckVerbs_error() without arguments
                  died_ = true;
                  return;
                }
                verbdata = h2;
                break;
              }
              ++i;
            } else {
              const int h = lex_.Kid(patternlist, "#");
              if (h >= 0) {
                const int h2 = lex_.Kid(h, "#");
                if (h2 < 0) {
                  died_ = true;
                  return;
                }
                verbdata = h2;
              } else {
                died_ = true;
                return;
              }
              break;
            }
          }
        }
        if (!hasmatch) {
          const int hash = lex_.Kid(patternlist, "#");
          if (hash < 0) {
            died_ = true;
            return;
          }
          if (!only_hash(hash)) {
            // compound verb, look behind
            long i = kitem - 1;
            while (i >= 0) {
              if (skip(pl[i])) {
                --i;
                continue;
              }
              const int w = lex_.Kid(hash, pl[i]);
              if (w >= 0) {
                const int h = lex_.Kid(w, "#");
                if (h >= 0) {
                  verb_start = i;
                  verbdata = h;
                  hasmatch = true;
                  break;
                }
                --i;
              } else {
                const int h = lex_.Kid(hash, "#");
                if (h < 0) {
                  died_ = true;
                  return;
                }
                verbdata = h;
                break;
              }
            }
          }
          if (!hasmatch) {
            const int h = lex_.Kid(hash, "#");
            if (h >= 0) {
              verbdata = h;
              hasmatch = true;
            }
          }
        }
        std::string meaning;
        if (verbdata >= 0) {
          const int d = lex_.nodes[verbdata].data;
          if (d < 0) {  // KeyError: 'meaning'
            died_ = true;
            return;
          }
          meaning = lex_.data[d].meaning;
          verbcode = lex_.data[d].code;
        }
        Seq upper, lower;
        if (!UpperSeq(verb_start - 1, pl, pstart, &upper) ||
            !LowerSeq(verb_end + 1, endtag, pl, &lower)) {
          died_ = true;
          return;
        }
        hasmatch = false;
        std::string eventcode;
        Loc compound;
        if (SequentialMatch(meaning, upper, lower, &eventcode, &src, &trg, &compound)) {
          hasmatch = true;
        }
        // '+++' (complex) and '###' (discard) pattern codes do not code
        // in PETRARCH-1; the verb's own code applies (DEMO-04).
        if (hasmatch && (eventcode == "---" || eventcode == "+++" || eventcode == "###")) {
          hasmatch = false;
        }
        if (!hasmatch && verbcode != "---") {
          eventcode = verbcode;
          hasmatch = true;
        }
        if (hasmatch) {
          if (trg.kind == Loc::kNone) {
            // find_target()
            for (size_t k = 0; k < lower.size(); ++k) {
              if (StartsWith(lower[k], "(NEC") ||
                  (StartsWith(lower[k], "(NE") && !EndsWith(lower[k], ">---"))) {
                trg = Loc::Seq(static_cast<int>(k), false);
                break;
              }
            }
            if (trg.kind == Loc::kNone) {
              for (size_t k = 0; k < lower.size(); ++k) {
                if (StartsWith(lower[k], "(NE")) {
                  trg = Loc::Seq(static_cast<int>(k), false);
                  break;
                }
              }
            }
          }
          if (trg.kind == Loc::kNone) trg = compound;
          if (trg.kind != Loc::kNone) {
            if (src.kind == Loc::kNone) {
              // find_source(): the first compound or coded NE before the verb
              // in sentence order (as its docstring says; the 0.4 code reads
              // nearest-first, which the suite's expectations do not
              // follow), then the first NE, avoiding the target's code.
              std::string tcode;
              bool tcode_ok = false;
              bool tried = false;
              const auto target_code = [&]() {
                if (tried) return tcode_ok;
                tried = true;
                const Seq& tseq = trg.upper ? upper : lower;
                if (trg.kind != Loc::kSeq || trg.index < 0 ||
                    trg.index >= static_cast<int>(tseq.size())) {
                  return tcode_ok = false;
                }
                if (!AfterGt(tseq[trg.index], &tcode) || tcode == "---") {
                  // A compound target has no single code to avoid, nor has
                  // an uncoded one (ACTOR-01: two new actors).
                  tcode = "\x01";
                }
                return tcode_ok = true;
              };
              bool done = false;
              // The members of a compound come before its "(NEC" marker in
              // the reversed upper sequence; the compound is one candidate.
              std::vector<size_t> order(upper.size());
              for (size_t k = 0; k < order.size(); ++k) {
                order[k] = order.size() - 1 - k;
              }
              // Takes upper[k] as the source if its code is not the
              // target's; false if the target has no code to compare.
              const auto take_if_other = [&](size_t k) {
                if (!target_code()) return false;
                if (!EndsWith(upper[k], tcode)) {
                  src = Loc::Seq(static_cast<int>(k), true);
                  done = true;
                }
                return true;
              };
              for (size_t k : order) {
                if (done) break;
                const std::string& u = upper[k];
                if (Contains(u, "(NEC")) {
                  if (!take_if_other(k)) {
                    died_ = true;
                    return;
                  }
                  if (done) break;
                }
                if (Contains(u, "(NE") && !Contains(u, ">---") && !take_if_other(k)) {
                  died_ = true;
                  return;
                }
              }
              for (size_t k : order) {
                if (done) break;
                if (Contains(upper[k], "(NE") && !take_if_other(k)) {
                  died_ = true;
                  return;
                }
              }
            }
            if (src.kind == Loc::kNone) src = compound;
            if (src.kind != Loc::kNone) {
              MakeEventStrings(upper, lower, src, trg, passive, eventcode, targ);
            }
          }
          while (kitem < n && !Contains(pl[kitem], endtag)) ++kitem;
        }
      }
    }
    ++kitem;
  }
}

void Engine::CodeParse(const std::string& text, const std::string& parse, int date,
                       std::vector<PetrarchEvent>* events) {
  events->clear();
  coded_.clear();
  died_ = false;
  if (CheckDiscards(text) > 0) return;
  List pl;
  int start = 0;
  if (!ReadTreeBank(parse, &pl, &start)) return;
  if (!CheckCommas(&pl)) return;
  if (!AssignNECodes(&pl, start, date)) return;
  CheckVerbs(pl, start);
  for (const Triple& t : coded_) {
    events->push_back(PetrarchEvent{t.source, t.target, t.code, t.verb});
  }
}

void Engine::CodeText(const std::string& text, int date, std::vector<PetrarchEvent>* events) {
  events->clear();
  std::string tree;
  if (!ShallowParse(lex_, text, &tree)) return;
  CodeParse(text, tree, date, events);
}

}  // namespace chronicle::petrarch_internal
