// petrarch/treebank.cc: PETRARCH-1's read_TreeBank() (B.2.2): the parse
// string, formatted as PETRARCH-1 formats it, is rewritten by string
// surgery (compound marking, SBAR flattening, noun phrases to "(NE ---
// words )", VP/NP indexes) and split into the linear ParseList. The string
// positions and offsets are PETRARCH-1's; several expectations of the
// suite follow from them (the fixed 13-character skip after "(POS", the
// "(NP (NP" test with one blank), so they are reproduced, not improved.
#include <string>
#include <vector>

#include "petrarch/engine.h"
#include "petrarch/strings.h"

namespace chronicle::petrarch_internal {

namespace {

// utilities._format_parsed_str(): lines stripped and joined with ' ',
// every ')' padded to " ) ", upper case.
std::string FormatParse(const std::string& parse) {
  std::string out;
  size_t pos = 0;
  while (pos <= parse.size()) {
    size_t nl = parse.find('\n', pos);
    if (nl == std::string::npos) nl = parse.size();
    std::string line = Strip(std::string_view(parse).substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) continue;
    line += ' ';
    for (char c : line) {
      if (c == ')') {
        out += " ) ";
      } else {
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      }
    }
  }
  return out;
}

class TreeReader {
 public:
  explicit TreeReader(std::string s) : t_(std::move(s)) {}

  bool Run(std::vector<std::string>* list, int* start);

 private:
  long Len() const { return static_cast<long>(t_.size()); }
  // [ka, one past the ')' closing the phrase opened at ka]
  bool Forward(long ka, long* end) {
    long kb = ka + 1;
    int n = 1;
    while (n > 0) {
      if (kb >= Len()) return false;
      if (t_[kb] == '(') ++n;
      if (t_[kb] == ')') --n;
      ++kb;
    }
    *end = kb;
    return true;
  }
  // The phrase enclosing position ka.
  bool Enclosing(long ka, long* b0, long* b1) {
    long k = ka - 1;
    int n = 0;
    while (n <= 0) {
      if (k < 0) return false;
      if (t_[k] == '(') ++n;
      if (t_[k] == ')') --n;
      --k;
    }
    *b0 = k + 1;
    return Forward(*b0, b1);
  }
  bool GetNE(const std::string& phrase, std::vector<std::string>* out);
  bool ResolveCompounds(long ka, long* next);
  bool ProcessPreposition(long ka, std::string* out);

  std::string t_;
  std::string full_;
};

bool TreeReader::GetNE(const std::string& phrase, std::vector<std::string>* out) {
  out->clear();
  out->push_back("(NE --- ");
  const std::vector<std::string> seg = SplitWs(phrase);
  size_t ka = 1;
  while (ka < seg.size()) {
    if (seg[ka] == "(NEC") {
      out->push_back(seg[ka]);
      ++ka;
      int n = 1;
      while (n > 0) {
        if (ka >= seg.size()) return false;
        if (seg[ka][0] == '(') ++n;
        if (seg[ka] == ")") --n;
        out->push_back(seg[ka]);
        ++ka;
      }
    } else if (seg[ka][0] != '(' && seg[ka] != ")") {
      out->push_back(seg[ka]);
      ++ka;
    } else {
      ++ka;
    }
  }
  out->push_back(")");
  return true;
}

bool TreeReader::ResolveCompounds(long ka, long* next) {
  long necend;
  if (!Forward(ka, &necend)) return false;
  ka += 4;
  std::vector<std::string> adjlist;
  while (!StartsAt(t_, "(NP", ka) && !StartsAt(t_, "(NN", ka)) {
    if (ka > Len()) return false;  // PETRARCH-1 would loop for ever
    if (StartsAt(t_, "(JJ", ka)) {
      long e;
      if (!Forward(ka, &e)) return false;
      for (std::string& w : SplitWs(Slice(t_, ka, e))) adjlist.push_back(std::move(w));
    }
    ++ka;
  }
  while (ka < necend) {
    if (StartsAt(t_, "(NP", ka) || StartsAt(t_, "(NN", ka)) {
      long e;
      if (!Forward(ka, &e)) return false;
      std::vector<std::string> nplist;
      if (StartsAt(t_, "(NN", ka)) {
        std::vector<std::string> seg = SplitWs(Slice(t_, ka, e));
        nplist.push_back("(NE --- ");
        nplist.insert(nplist.end(), adjlist.begin(), adjlist.end());
        nplist.push_back(seg.size() > 1 ? seg[1] : "");
        nplist.push_back(" ) ");
      } else if (!GetNE(Slice(t_, ka, e), &nplist)) {
        return false;
      }
      for (const std::string& s : nplist) full_ += s + " ";
      ka = e;
    }
    ++ka;
  }
  full_ += " ) ";
  *next = necend + 1;
  return true;
}

bool TreeReader::ProcessPreposition(long ka, std::string* out) {
  out->clear();
  long b0, b1;
  if (!Enclosing(ka, &b0, &b1)) return false;
  std::string nepph;
  long np0 = b0 + 4, np1;
  if (StartsAt(t_, "(NP (NP", b0)) {
    nepph = "(NP ";
    if (!Forward(b0 + 4, &np1)) return false;
    nepph += Slice(t_, np0 + 4, np1 - 2);
  } else if (StartsAt(t_, "(NP (NEC", b0)) {
    nepph = "(NP (NEC ";
    if (!Forward(b0 + 4, &np1)) return false;
    nepph += Slice(t_, np0 + 4, np1 + 1);
  } else {
    return true;
  }
  long k = PyFind(t_, "(IN ", np1);
  nepph += Slice(t_, k, PyFind(t_, " ) ", k + 3) + 3);
  long kp = PyFind(t_, "(NP ", k + 4, b1);
  long kec = PyFind(t_, "(NEC ", k + 4, b1);
  if (kp < 0 && kec < 0) return true;
  if (kp < 0) kp = Len();
  if (kec < 0) kec = Len();
  const long kb = kp < kec ? kp : kec;
  long e;
  if (!Forward(kb, &e)) return false;
  if (InSlice(t_, "(PP", kb, e)) return true;
  if (kb + 2 < Len() && t_[kb + 2] == 'E') {
    nepph += Slice(t_, kb, e + 1);
  } else {
    nepph += Slice(t_, kb + 4, e - 1);
  }
  if (InSlice(t_, "(SBR", e, Len())) {
    long kc = PyFind(t_, "(SBR", e);
    nepph += Slice(t_, kc, PyFind(t_, ") ", kc) + 2);
  }
  nepph += ")";
  *out = std::move(nepph);
  return true;
}

bool TreeReader::Run(std::vector<std::string>* list, int* start) {
  if (PyCount(t_, "(") != PyCount(t_, ")")) return false;  // bad_input_parse
  t_ = ReplaceAll(t_, "~", "-TILDA-");

  // Mark compounds: (CC -> (CCP in clause conjunctions, (NP -> (NEC.
  long ka = -1;
  while (ka < Len()) {
    ka = PyFind(t_, "(CC", ka + 3);
    if (ka < 0) break;
    long b0, b1;
    if (!Enclosing(ka, &b0, &b1)) return false;
    if (InSlice(t_, "(VP", b0, b1) || InSlice(t_, "(S", b0, b1)) {
      t_.insert(ka + 3, "P");
    } else if (PyCount(t_, "(CC", b0, b1) > 1) {
      t_.insert(ka + 4, "P");  // sic: the word, not the tag, gets the P
    } else if (Slice(t_, b0 + 1, b0 + 3) == "NP") {
      if (PyCount(t_, "(N", b0, b1) >= 3) t_ = t_.substr(0, b0 + 2) + "EC" + t_.substr(b0 + 3);
    }
  }

  int vpindex = 1, npindex = 1, ncindex = 1;
  ka = 0;
  while (ka < Len()) {
    if (StartsAt(t_, "(NP ", ka)) {
      long e;
      if (!Forward(ka, &e)) return false;
      long ksb = PyFind(t_, "(SBAR ", ka, e);
      while (ksb >= 0) {
        long b0, b1;
        if (!Enclosing(ksb + 5, &b0, &b1)) return false;
        std::string frag;
        const std::string segm = Slice(t_, b0, b1);
        long kc = 0;
        while (kc < static_cast<long>(segm.size())) {
          kc = PyFind(segm, " ", kc);
          if (kc < 0) break;
          if (kc + 1 < static_cast<long>(segm.size()) && segm[kc + 1] != '(') {
            long kd = PyFind(segm, " )", kc);
            frag += Slice(segm, kc, kd < 0 ? static_cast<long>(segm.size()) - 1 : kd);
            if (kd < 0) break;
            kc = kd + 3;
          } else {
            kc += 2;
          }
        }
        t_ = t_.substr(0, b0) + "(SBR " + frag + Slice(t_, b1 - 2, Len());
        if (!Forward(ka, &e)) return false;
        ksb = PyFind(t_, "(SBAR ", ka, e);
      }
      std::string nephrase;
      if (InSlice(t_, "(POS", ka + 3, e)) {
        long kb = PyFind(t_, "(POS", ka + 4);
        nephrase = Slice(t_, ka + 4, kb - 1);
        const long incr = (kb + 12 < Len() && t_[kb + 12] == 's') ? 14 : 13;
        nephrase += " " + Slice(t_, kb + incr, e);
      } else if (InSlice(t_, "(PP", ka + 3, e)) {
        if (!ProcessPreposition(PyFind(t_, "(PP", ka + 3, e), &nephrase)) return false;
      } else if (!InSlice(t_, "(NP", ka + 3, e) && !InSlice(t_, "(NEC", ka + 3, e)) {
        nephrase = Slice(t_, ka, e);
      }
      if (!nephrase.empty()) {
        std::vector<std::string> nplist;
        if (!GetNE(nephrase, &nplist)) return false;
        for (const std::string& s : nplist) full_ += s + " ";
        ka = e + 1;
      } else {
        full_ += "(NP" + std::to_string(npindex++) + " ";
        ka += 4;
      }
    } else if (StartsAt(t_, "(NEC ", ka)) {
      full_ += "(NEC" + std::to_string(ncindex++) + " ";
      if (!ResolveCompounds(ka, &ka)) return false;
    } else if (StartsAt(t_, "(VP ", ka)) {
      full_ += "(VP" + std::to_string(vpindex++) + " ";
      ka += 4;
    } else {
      full_ += t_[ka];
      ++ka;
    }
  }

  std::vector<std::string> pl = SplitWs(full_);
  std::vector<std::string> opstack;
  for (std::string& item : pl) {
    if (item[0] == '(') opstack.push_back(item.substr(1));
    if (item[0] == ')') {
      if (opstack.empty()) break;
      item = "~" + opstack.back();
      opstack.pop_back();
    }
  }
  if (pl.empty()) return false;
  *start = pl[0] == "(" ? 2 : 1;
  // Dateline: the first three open tags are (ROOT (NE (NEC.
  std::vector<std::string> tags;
  for (const std::string& item : pl) {
    if (item[0] == '(') {
      tags.push_back(item);
      if (tags.size() > 2) break;
    }
  }
  if (tags.size() >= 3 && tags[0] == "(ROOT" && tags[1] == "(NE" && tags[2] == "(NEC") {
    return false;
  }
  int open = 0;
  for (const std::string& item : pl) {
    if (item[0] == '(') ++open;
    if (item[0] == '~') --open;
  }
  if (open != 0) return false;  // bad_final_parse
  *list = std::move(pl);
  return true;
}

}  // namespace

bool Engine::ReadTreeBank(const std::string& parse, std::vector<std::string>* list, int* start) {
  TreeReader r(FormatParse(parse));
  return r.Run(list, start);
}

}  // namespace chronicle::petrarch_internal
