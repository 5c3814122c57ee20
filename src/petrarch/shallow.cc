// petrarch/shallow.cc: the raw-text front end (docs/design/event-coder-compat.md
// B.4). A deterministic shallow parser turns a sentence into a Penn
// Treebank string shaped like the parses PETRARCH-1 was given, which the
// unchanged read_TreeBank (treebank.cc) and back end then code:
//
//   tokens    Treebank-style: 's, n't and punctuation split off, periods of
//             abbreviations ("K.U.") kept.
//   classes   closed classes (determiners, prepositions, pronouns,
//             auxiliaries, modals, conjunctions, negation), numbers, and
//             "verb candidates": the forms the loaded verb dictionary
//             generated, plus a few reporting verbs; other words are open.
//   parse     recursive descent: clause = subject NP, pre-verb material,
//             verb chain (one VP per auxiliary, modal and verb, as the
//             Stanford parser nests them) and its complements to the end of
//             the clause (NP, PP, SBAR at subordinators and bare clauses,
//             "to" + verb, participles after a noun); NPs with
//             possessives, "of" PPs (any PP in the subject), and
//             coordination (A, B and C) which read_TreeBank turns into
//             compounds; VP and clause coordination at "and" + verb or
//             "and" + clause; a comma followed by a clause that runs to the
//             end is the reporting clause ("..., officials said").
//
// Whether a verb candidate is a verb is decided by position: a verb in the
// subject only right after a noun or pronoun (and not when the next word is
// itself a verb: "the government issue condemned"), never after a
// determiner, adjective or preposition; after the clause's verb only after
// "to", "and", a subordinator or as a participle after a noun.
//
// Conservative: a sentence in which no verb chain is found gives no parse
// (and so no events).
#include <string>
#include <string_view>
#include <vector>

#include "petrarch/engine.h"
#include "petrarch/strings.h"

namespace chronicle::petrarch_internal {

namespace {

enum class C {
  kWord,    // open class
  kDT,
  kPRPS,    // possessive pronoun
  kPRP,
  kIN,
  kTO,
  kCC,
  kMD,
  kRB,      // adverb (closed list or -ly)
  kNot,     // not, n't, never
  kAux,     // be / have / do forms
  kWH,      // which, who, whom, whose
  kWRB,     // when, where, why, how
  kCD,
  kPOS,
  kComma,
  kEnd,     // . ? !
  kPunct,   // other punctuation
};

struct Tok {
  std::string text;  // as written (parens replaced)
  std::string up;
  C c = C::kWord;
  bool vcand = false;  // a form in the verb dictionary (or a reporting verb)
};

bool In(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list) {
    if (w == x) return true;
  }
  return false;
}

bool IsSubordinator(std::string_view u) {
  return In(u, {"THAT", "AFTER", "BEFORE", "WHEN", "WHILE", "BECAUSE", "IF", "WHETHER",
                "SINCE", "UNTIL", "ALTHOUGH", "THOUGH", "WHERE", "AS", "ONCE", "UNLESS"});
}

C ClassOf(const std::string& u) {
  if (In(u, {"THE", "A", "AN", "ALL", "SOME", "THIS", "THESE", "THOSE", "BOTH", "EACH",
             "EVERY", "NEITHER", "EITHER", "ANY", "NO", "ANOTHER", "SUCH"})) {
    return C::kDT;
  }
  if (In(u, {"HIS", "HER", "ITS", "THEIR", "OUR", "MY", "YOUR"})) return C::kPRPS;
  if (In(u, {"HE", "SHE", "IT", "THEY", "WE", "I", "YOU", "HIM", "THEM", "US", "ME",
             "ONE"})) {
    return C::kPRP;
  }
  if (u == "TO") return C::kTO;
  if (In(u, {"OF", "IN", "ON", "AT", "FOR", "WITH", "FROM", "BY", "ABOUT", "AGAINST", "INTO",
             "ONTO", "AFTER", "BEFORE", "BETWEEN", "DURING", "TOWARD", "TOWARDS", "THROUGH",
             "OVER", "UNDER", "SINCE", "UNTIL", "NEAR", "ALONG", "WITHOUT", "AMONG", "UPON",
             "ACROSS", "WHILE", "BECAUSE", "IF", "WHETHER", "THAN", "LIKE", "AS", "DESPITE",
             "PER", "AMID", "THAT", "WITHIN", "BEYOND", "AROUND", "BEHIND", "OUTSIDE",
             "INSIDE", "VIA", "ALTHOUGH", "THOUGH", "UNLESS", "ONCE", "WHERE"})) {
    return C::kIN;
  }
  if (In(u, {"AND", "OR", "BUT", "NOR"})) return C::kCC;
  if (In(u, {"WILL", "WOULD", "CAN", "COULD", "SHOULD", "MAY", "MIGHT", "MUST", "SHALL", "CA",
             "WO"})) {
    return C::kMD;
  }
  if (In(u, {"NOT", "N'T", "NEVER"})) return C::kNot;
  if (In(u, {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "HAS", "HAVE", "HAD",
             "HAVING", "DO", "DOES", "DID"})) {
    return C::kAux;
  }
  if (In(u, {"WHICH", "WHO", "WHOM", "WHOSE"})) return C::kWH;
  if (In(u, {"WHEN", "WHY", "HOW"})) return C::kWRB;
  if (In(u, {"ALSO", "VERY", "ALMOST", "REALLY", "MOST", "CERTAINLY", "EVER", "EVEN", "NOW",
             "JUST", "STILL", "ALREADY", "AGAIN", "SOON", "THEN", "HERE", "THERE", "TOO",
             "QUITE", "RATHER", "OFTEN", "LATER", "EARLIER", "YET", "ONLY", "PERHAPS",
             "NEARER", "AWAY", "TODAY", "YESTERDAY", "TOMORROW", "LATE"})) {
    return C::kRB;
  }
  if (u == "'S" || u == "'" || u == "\xE2\x80\x99S" || u == "\xE2\x80\x99") return C::kPOS;
  if (u == ",") return C::kComma;
  if (u == "." || u == "?" || u == "!") return C::kEnd;
  static const char* const kNum[] = {"ONE",    "TWO",     "THREE",    "FOUR",    "FIVE",
                                     "SIX",    "SEVEN",   "EIGHT",    "NINE",    "TEN",
                                     "ELEVEN", "TWELVE",  "TWENTY",   "THIRTY",  "FIFTY",
                                     "HUNDRED", "THOUSAND", "MILLION", "BILLION", "TRILLION",
                                     "DOZEN",  "SEVERAL"};
  for (const char* n : kNum) {
    if (u == n) return C::kCD;
  }
  bool digit = false, alpha = false;
  for (char ch : u) {
    digit = digit || std::isdigit(static_cast<unsigned char>(ch));
    alpha = alpha || std::isalpha(static_cast<unsigned char>(ch));
  }
  if (digit && !Contains(u, "-")) return C::kCD;
  if (!alpha && !digit) return C::kPunct;
  if (u.size() > 3 && EndsWith(u, "LY") && !In(u, {"ITALY", "FAMILY", "SUPPLY", "ALLY",
                                                     "RALLY", "REPLY", "ASSEMBLY", "MONOPOLY",
                                                     "APPLY", "ANOMALY", "JULY", "HOLY"})) {
    return C::kRB;
  }
  return C::kWord;
}

// An unknown word that reads as a participle after "be" or "have".
bool LooksParticiple(const std::string& u) {
  return u.size() > 3 && (EndsWith(u, "ING") || EndsWith(u, "ED") || EndsWith(u, "EN") ||
                          EndsWith(u, "WN"));
}

bool AdjectiveLike(const std::string& u) {
  static const char* const kAdj[] = {"AL", "IC", "IVE", "OUS", "FUL", "ISH", "ARY", "ERN",
                                     "BLE", "ANT", "ENT", "EST", "IAN", "ESE"};
  for (const char* a : kAdj) {
    if (u.size() > 4 && EndsWith(u, a)) return true;
  }
  return false;
}

bool IsPunctChar(char ch) {
  return ch == ',' || ch == '.' || ch == ';' || ch == ':' || ch == '!' || ch == '?' ||
         ch == '"' || ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '`' ||
         ch == '{' || ch == '}';
}

std::string Leaf(std::string_view w) {
  std::string out;
  for (char ch : w) {
    if (ch == '(') {
      out += "-LRB-";
    } else if (ch == ')') {
      out += "-RRB-";
    } else if (!IsPySpace(ch)) {
      out += ch;
    }
  }
  return out.empty() ? std::string("-NONE-") : out;
}

// Treebank-style tokens.
std::vector<std::string> Tokenize(std::string_view text) {
  std::vector<std::string> out;
  const std::vector<std::string> chunks = SplitWs(text);
  for (size_t ci = 0; ci < chunks.size(); ++ci) {
    std::string w = chunks[ci];
    std::vector<std::string> tail;
    while (!w.empty() && (IsPunctChar(w[0]) || w[0] == '\'') && w.size() > 1 &&
           !(w[0] == '\'' && (w == "'s" || w == "'S"))) {
      out.push_back(std::string(1, w[0]));
      w.erase(0, 1);
    }
    while (w.size() > 1) {
      const char last = w.back();
      if (last == '.') {
        // An abbreviation keeps its period ("K.U."); the sentence's final
        // one is split off all the same.
        const bool abbrev = w.find('.') < w.size() - 1;
        if (abbrev && ci + 1 < chunks.size()) break;
        if (abbrev) {
          tail.insert(tail.begin(), ".");
          break;
        }
      }
      if (!IsPunctChar(last)) break;
      tail.insert(tail.begin(), std::string(1, last));
      w.pop_back();
    }
    if (w.size() > 3) {
      const std::string low = Upper(w);
      if (EndsWith(low, "N'T")) {
        out.push_back(w.substr(0, w.size() - 3));
        w = w.substr(w.size() - 3);
      }
    }
    if (w.size() > 2 && (EndsWith(Upper(w), "'S"))) {
      out.push_back(w.substr(0, w.size() - 2));
      w = w.substr(w.size() - 2);
    } else if (w.size() > 4 && EndsWith(Upper(w), "\xE2\x80\x99S")) {
      out.push_back(w.substr(0, w.size() - 4));
      w = w.substr(w.size() - 4);
    } else if (w.size() > 3 && EndsWith(w, "\xE2\x80\x99")) {
      out.push_back(w.substr(0, w.size() - 3));
      w = w.substr(w.size() - 3);
    }
    if (!w.empty()) out.push_back(w);
    for (std::string& t : tail) out.push_back(std::move(t));
  }
  return out;
}

class Parser {
 public:
  explicit Parser(std::vector<Tok> toks) : t_(std::move(toks)) {}

  bool Run(std::string* tree);

 private:
  size_t N() const { return t_.size(); }
  C Cls(size_t i) const { return i < end_ ? t_[i].c : C::kEnd; }
  const std::string& Up(size_t i) const {
    static const std::string kEmpty;
    return i < end_ ? t_[i].up : kEmpty;
  }
  bool Capitalised(size_t i) const {
    return i > 0 && i < end_ && std::isupper(static_cast<unsigned char>(t_[i].text[0]));
  }
  bool VCand(size_t i) const {
    return i < end_ && t_[i].vcand && t_[i].c == C::kWord && !Capitalised(i);
  }
  bool Participle(size_t i) const {
    return VCand(i) && (EndsWith(Up(i), "ED") || EndsWith(Up(i), "ING") || EndsWith(Up(i), "EN"));
  }
  bool Finite(size_t i) const {
    if (!VCand(i)) return false;
    const std::string& u = Up(i);
    return !EndsWith(u, "ING");
  }
  bool NounLike(size_t i) const {
    const C c = Cls(i);
    return c == C::kWord || c == C::kCD || c == C::kPRP;
  }
  bool NPStart(size_t i) const {
    const C c = Cls(i);
    return c == C::kDT || c == C::kPRPS || c == C::kPRP || c == C::kWord || c == C::kCD ||
           (c == C::kIN && Up(i) == "THAT" && Cls(i + 1) == C::kWord);
  }
  // Where a verb chain starts at i: a modal, an auxiliary, a negation or
  // adverb followed by one, or a finite verb candidate.
  bool VerbStart(size_t i) const {
    size_t k = i;
    while (Cls(k) == C::kRB || (Cls(k) == C::kCC && Cls(k + 1) == C::kRB)) ++k;
    const C c = Cls(k);
    if (c == C::kMD || c == C::kAux) return true;
    if (c == C::kNot) return VerbStart(k + 1);
    return Finite(k);
  }
  // A clause (subject NP, appositions, then a verb chain) starts at i.
  bool ClauseAhead(size_t i, size_t end) const;

  std::string Word(size_t i, const char* tag) const {
    return std::string("(") + tag + " " + Leaf(t_[i].text) + ")";
  }
  std::string NounTag(size_t i, bool head) const;
  std::string VerbTag(size_t i, int aux_before) const;

  std::string Emit(const std::vector<size_t>& words) const;
  std::string NPBase(size_t* i, size_t end, bool subject) const;
  std::string NPUnit(size_t* i, size_t end, bool subject) const;
  std::string NPFull(size_t* i, size_t end, bool subject) const;
  std::string Clause(size_t* i, size_t end) const;
  std::string VPChain(size_t* i, size_t end, int aux_before) const;
  std::string Complements(size_t* i, size_t end) const;

  std::vector<Tok> t_;
  size_t end_ = 0;
  mutable int verbs_ = 0;
  mutable int depth_ = 0;
};

std::string Parser::NounTag(size_t i, bool head) const {
  const std::string& u = t_[i].up;
  const C c = t_[i].c;
  if (c == C::kCD) return Word(i, "CD");
  if (c == C::kDT) return Word(i, "DT");
  if (c == C::kPRPS) return Word(i, "PRP$");
  if (c == C::kPRP) return Word(i, "PRP");
  if (c == C::kRB) return Word(i, "RB");
  const bool cap = std::isupper(static_cast<unsigned char>(t_[i].text[0]));
  if (!head && !cap) {
    static const char* const kAdj[] = {"AL", "IC", "IVE", "OUS", "FUL", "ISH", "ARY", "ERN",
                                       "BLE", "ANT", "ENT", "EST", "IAN"};
    for (const char* s : kAdj) {
      if (EndsWith(u, s)) return Word(i, "JJ");
    }
    if (Contains(u, "-")) return Word(i, "JJ");
  }
  if (cap) return Word(i, "NNP");
  if (u.size() > 3 && EndsWith(u, "S") && !EndsWith(u, "SS")) return Word(i, "NNS");
  return Word(i, "NN");
}

std::string Parser::VerbTag(size_t i, int aux_before) const {
  const std::string& u = t_[i].up;
  if (t_[i].c == C::kAux) {
    if (In(u, {"IS", "HAS", "DOES"})) return Word(i, "VBZ");
    if (In(u, {"ARE", "AM", "HAVE", "DO"})) return Word(i, aux_before == 3 ? "VB" : "VBP");
    if (In(u, {"WAS", "WERE", "HAD", "DID"})) return Word(i, "VBD");
    if (u == "BE") return Word(i, "VB");
    if (u == "BEEN") return Word(i, "VBN");
    return Word(i, "VBG");
  }
  if (EndsWith(u, "ING")) return Word(i, "VBG");
  // aux_before: 0 none, 1 be/have (participle follows), 3 modal/to/do.
  if (aux_before == 3) return Word(i, "VB");
  if (aux_before == 1) return Word(i, "VBN");
  if (EndsWith(u, "ED")) return Word(i, "VBD");
  if (EndsWith(u, "EN")) return Word(i, "VBN");
  if (EndsWith(u, "S") && !EndsWith(u, "SS")) return Word(i, "VBZ");
  return Word(i, "VBP");
}

bool Parser::ClauseAhead(size_t i, size_t end) const {
  if (depth_ > 40) return false;
  size_t k = i;
  ++depth_;
  std::string np = NPFull(&k, end, true);
  --depth_;
  if (np.empty()) return false;
  // Appositions: ", the state's fiercest foe ,".
  while (Cls(k) == C::kComma && k < end) {
    size_t k2 = k + 1;
    ++depth_;
    std::string app = NPFull(&k2, end, false);
    --depth_;
    if (app.empty() || Cls(k2) != C::kComma) break;
    k = k2 + 1;
  }
  return k < end && VerbStart(k);
}

std::string Parser::Emit(const std::vector<size_t>& words) const {
  std::string out;
  for (size_t w = 0; w < words.size(); ++w) {
    if (w + 2 < words.size() && Cls(words[w + 1]) == C::kCC) {
      out += " (ADJP " + Word(words[w], "JJ") + " " + Word(words[w + 1], "CC") + " " +
             Word(words[w + 2], "JJ") + ")";
      w += 2;
      continue;
    }
    out += ' ';
    out += Cls(words[w]) == C::kComma ? Word(words[w], ",")
                                       : NounTag(words[w], w + 1 == words.size());
  }
  return out;
}

std::string Parser::NPBase(size_t* i, size_t end, bool subject) const {
  size_t k = *i;
  std::string out;
  std::vector<size_t> words;
  if (k < end && Cls(k) == C::kPRP) {
    *i = k + 1;
    return "(NP " + Word(k, "PRP") + ")";
  }
  if (k < end && (Cls(k) == C::kDT || Cls(k) == C::kPRPS ||
                  (Cls(k) == C::kIN && Up(k) == "THAT"))) {
    words.push_back(k++);
  }
  while (k < end) {
    const C c = Cls(k);
    if (c == C::kCD) {
      words.push_back(k++);
      continue;
    }
    if (c == C::kRB && words.empty() && Cls(k + 1) == C::kCD) {
      words.push_back(k++);
      continue;
    }
    if (c == C::kRB && !words.empty() && Cls(k + 1) == C::kWord && Cls(k + 2) == C::kWord &&
        !VCand(k + 1)) {
      words.push_back(k++);  // "a really pleasant place"
      continue;
    }
    if (c == C::kCC && !words.empty() && Cls(words.back()) == C::kWord &&
        AdjectiveLike(Up(words.back())) && !Capitalised(words.back()) && Cls(k + 1) == C::kWord &&
        !Capitalised(k + 1) && Cls(k + 2) == C::kWord && !VCand(k + 1)) {
      words.push_back(k++);  // "awful and evil minister": an adjective phrase
      continue;
    }
    if (c == C::kComma && words.size() == 1 && Cls(words[0]) == C::kWord &&
        !Capitalised(words[0]) && !EndsWith(Up(words[0]), "S") && Cls(k + 1) == C::kWord &&
        !Capitalised(k + 1) && !VCand(k + 1) && Cls(k + 2) == C::kWord) {
      // "complete, full diplomatic ties": comma-joined adjectives stay in
      // their noun phrase.
      words.push_back(k++);
      continue;
    }
    if (c != C::kWord) break;
    if (VCand(k) && !words.empty()) {
      const C prev = Cls(words.back());
      const bool after_noun = prev == C::kWord || prev == C::kPRP;
      if (subject && after_noun && !VerbStart(k + 1) && Cls(k + 1) != C::kPOS) break;
      // A participle after a noun in an object starts a reduced relative
      // ("the roads leading into ...", "memos sent by ...").
      if (!subject && after_noun && Participle(k) &&
          (Cls(k + 1) == C::kIN || Cls(k + 1) == C::kTO || Cls(k + 1) == C::kDT)) {
        break;
      }
    } else if (VCand(k) && words.empty() && subject && k == 0 && Participle(k) &&
               Cls(k + 1) == C::kIN) {
      break;  // "Rebuked by ...": a participle clause
    }
    words.push_back(k++);
  }
  if (words.empty()) return "";
  // Possessive: (NP (NP words (POS 's)) more words).
  if (Cls(k) == C::kPOS && k < end) {
    std::string inner = "(NP" + Emit(words) + " " + Word(k, "POS") + ")";
    ++k;
    size_t k2 = k;
    std::string rest = NPBase(&k2, end, subject);
    // The words after the possessive join the outer NP.
    if (!rest.empty() && StartsWith(rest, "(NP (NP")) {
      // a second possessive: nest it
      *i = k2;
      return "(NP " + inner + " " + rest.substr(4);
    }
    if (!rest.empty()) {
      *i = k2;
      return "(NP " + inner + " " + rest.substr(4);
    }
    *i = k;
    return inner;
  }
  out = "(NP" + Emit(words) + ")";
  *i = k;
  return out;
}

// A base NP with its "of" PPs (in the subject: any PP).
std::string Parser::NPUnit(size_t* i, size_t end, bool subject) const {
  size_t k = *i;
  std::string np = NPBase(&k, end, subject);
  if (np.empty()) return "";
  // "the European Union (EU)"
  if (Up(k) == "(" && k + 2 < end && Up(k + 2) == ")" && Cls(k + 1) == C::kWord) {
    np = "(NP " + np + " (PRN (-LRB- -LRB-) (NP " + NounTag(k + 1, true) + ") (-RRB- -RRB-)))";
    k += 3;
  }
  while (k < end && (Cls(k) == C::kIN) && !IsSubordinator(Up(k)) &&
         (Up(k) == "OF" || subject) && depth_ < 30) {
    size_t k2 = k + 1;
    ++depth_;
    std::string obj = NPFull(&k2, end, subject);
    --depth_;
    if (obj.empty()) break;
    np = "(NP " + np + " (PP " + Word(k, "IN") + " " + obj + "))";
    k = k2;
  }
  *i = k;
  return np;
}

// Coordination: A, B and C (a list needs its conjunction).
std::string Parser::NPFull(size_t* i, size_t end, bool subject) const {
  size_t k = *i;
  const size_t first_start = k;
  std::string first = NPUnit(&k, end, subject);
  if (first.empty()) return "";
  std::vector<std::string> members = {first};
  std::vector<std::pair<size_t, size_t>> spans = {{first_start, k}};
  std::vector<std::string> seps;
  size_t j = k;
  bool closed = false;
  while (j < end && depth_ < 30) {
    if (Cls(j) == C::kComma) {
      size_t j2 = j + 1;
      std::string sep = Word(j, ",");
      if (Cls(j2) == C::kCC) {
        if (VerbStart(j2 + 1) || (!subject && ClauseAhead(j2 + 1, end))) break;
        size_t j3 = j2 + 1;
        const size_t s = j3;
        std::string m = NPUnit(&j3, end, subject);
        if (m.empty()) break;
        seps.push_back(sep + " " + Word(j2, "CC"));
        members.push_back(m);
        spans.push_back({s, j3});
        j = j3;
        closed = true;
        break;
      }
      if (!NPStart(j2) || (!subject && ClauseAhead(j2, end))) break;
      const size_t s = j2;
      std::string m = NPUnit(&j2, end, subject);
      if (m.empty()) break;
      seps.push_back(sep);
      members.push_back(m);
      spans.push_back({s, j2});
      j = j2;
      continue;
    }
    if (Cls(j) == C::kCC && Up(j) != "BUT") {
      if (VerbStart(j + 1) || (!subject && ClauseAhead(j + 1, end)) || !NPStart(j + 1)) break;
      size_t j3 = j + 1;
      const size_t s = j3;
      std::string m = NPUnit(&j3, end, subject);
      if (m.empty()) break;
      seps.push_back(Word(j, "CC"));
      members.push_back(m);
      spans.push_back({s, j3});
      j = j3;
      closed = true;
      break;
    }
    break;
  }
  if (!closed || members.size() < 2) {
    *i = k;
    return first;
  }
  *i = j;
  // Members of one noun each (the first may have adjectives, no
  // determiner) stay flat, as the parser leaves "Danish media and
  // government"; others are NPs.
  bool flat = true;
  for (size_t m = 0; m < spans.size() && flat; ++m) {
    const auto [a, b] = spans[m];
    if (m != 0 && b - a != 1) flat = false;
    for (size_t x = a; x < b && flat; ++x) {
      if (Cls(x) != C::kWord) flat = false;
      if (x + 1 < b && !(AdjectiveLike(Up(x)) || !Capitalised(x))) flat = false;
    }
  }
  std::string out = "(NP";
  for (size_t m = 0; m < members.size(); ++m) {
    if (m > 0) out += " " + seps[m - 1];
    if (flat) {
      const auto [a, b] = spans[m];
      for (size_t x = a; x < b; ++x) out += " " + (x + 1 < b ? Word(x, "JJ") : NounTag(x, true));
    } else {
      out += " " + members[m];
    }
  }
  return out + ")";
}

std::string Parser::VPChain(size_t* i, size_t end, int aux_before) const {
  size_t k = *i;
  std::string out;
  if (Cls(k) == C::kMD) {
    out = "(VP " + Word(k, "MD");
    ++k;
    while (k < end && (Cls(k) == C::kRB || Cls(k) == C::kNot)) out += " " + Word(k++, "RB");
    if (k < end && Cls(k) == C::kWord && !VCand(k) && VCand(k + 1)) {
      // "will not wire tap": the base form after a modal is a verb.
      out += " (VP " + Word(k, "VB");
      ++k;
      out += " " + VPChain(&k, end, 3) + ")";
    } else if (k < end && (Cls(k) == C::kAux || Cls(k) == C::kWord)) {
      out += " " + VPChain(&k, end, 3);
    } else {
      out += " " + Complements(&k, end);
    }
    *i = k;
    return out + ")";
  }
  if (Cls(k) != C::kAux && !(Cls(k) == C::kWord)) return "";
  const bool aux = Cls(k) == C::kAux;
  const std::string& u = Up(k);
  out = "(VP " + VerbTag(k, aux_before);
  ++verbs_;
  ++k;
  // Adverbs and negation inside the chain.
  while (k < end && (Cls(k) == C::kRB || Cls(k) == C::kNot ||
                     (Cls(k) == C::kCC && Cls(k + 1) == C::kRB && Cls(k - 1) == C::kRB))) {
    out += Cls(k) == C::kCC ? " " + Word(k, "CC") : " (ADVP " + Word(k, "RB") + ")";
    ++k;
  }
  if (aux) {
    const int next_aux = In(u, {"DO", "DOES", "DID"}) ? 3 : 1;
    const bool chain =
        k < end && (Cls(k) == C::kAux || VCand(k) ||
                    (Cls(k) == C::kWord && !Capitalised(k) &&
                     (next_aux == 3 || LooksParticiple(Up(k)))));
    if (chain) {
      out += " " + VPChain(&k, end, next_aux);
    } else {
      out += " " + Complements(&k, end);
    }
  } else {
    // Particles: "cordoned off", "burned down".
    if (k < end && In(Up(k), {"OFF", "DOWN", "UP", "OUT", "AWAY", "BACK"}) &&
        (Cls(k) == C::kWord || Cls(k) == C::kRB)) {
      out += " (PRT " + Word(k, "RP") + ")";
      ++k;
    }
    if (k < end && VCand(k) && !Participle(k) && Cls(k + 1) != C::kPOS &&
        (Cls(k + 1) == C::kDT || Cls(k + 1) == C::kPRPS || Cls(k + 1) == C::kWord)) {
      // Two verbs in a row ("wire tap", "help win").
      out += " " + VPChain(&k, end, 3);
    } else {
      out += " " + Complements(&k, end);
    }
  }
  *i = k;
  return out + ")";
}

std::string Parser::Complements(size_t* i, size_t end) const {
  size_t k = *i;
  std::string out;
  bool had_np = false;
  while (k < end && depth_ < 40) {
    const C c = Cls(k);
    const size_t before = k;
    if (c == C::kComma) {
      // A clause after the comma that runs to the end is the reporting
      // clause: it belongs to the sentence, not to this VP.
      size_t next = k + 1;
      while (next < end && Cls(next) != C::kComma) ++next;
      if (ClauseAhead(k + 1, end)) {
        if (next >= end) break;
        // A parenthetical clause ", it seems,".
        size_t k2 = k + 1;
        out += " " + Word(k, ",");
        ++depth_;
        out += " " + Clause(&k2, next);
        --depth_;
        k = k2;
        continue;
      }
      out += " " + Word(k, ",");
      ++k;
      continue;
    }
    if (c == C::kCC) {
      if (VerbStart(k + 1) || ClauseAhead(k + 1, end) ||
          (Cls(k + 1) == C::kComma)) {
        break;  // the caller coordinates the VPs or clauses
      }
      out += " " + Word(k, "CC");
      ++k;
      continue;
    }
    if (c == C::kTO) {
      size_t k2 = k + 1;
      while (Cls(k2) == C::kRB) ++k2;
      if (k2 < end && (VCand(k2) || Cls(k2) == C::kAux ||
                       (Cls(k2) == C::kWord && !Capitalised(k2) && Cls(k2 + 1) == C::kDT))) {
        std::string vp = "(VP " + Word(k, "TO");
        ++k;
        while (Cls(k) == C::kRB) vp += " " + Word(k++, "RB");
        ++depth_;
        vp += " " + VPChain(&k, end, 3) + ")";
        --depth_;
        out += " (S " + vp + ")";
        continue;
      }
      size_t k3 = k + 1;
      ++depth_;
      std::string np = NPFull(&k3, end, false);
      --depth_;
      if (!np.empty()) {
        out += " (PP " + Word(k, "TO") + " " + np + ")";
        k = k3;
        continue;
      }
      out += " " + Word(k, "TO");
      ++k;
      continue;
    }
    if (c == C::kWH) {
      out += " (SBAR (WHNP " + Word(k, "WDT") + ") (S";
      ++k;
      ++depth_;
      if (VerbStart(k)) {
        out += " " + VPChain(&k, end, 0);
      } else {
        out += " " + Clause(&k, end);
      }
      --depth_;
      out += "))";
      continue;
    }
    if (c == C::kWRB || (c == C::kIN && IsSubordinator(Up(k)) && ClauseAhead(k + 1, end))) {
      out += " (SBAR " + Word(k, c == C::kWRB ? "WRB" : "IN") + " ";
      ++k;
      ++depth_;
      out += Clause(&k, end);
      --depth_;
      out += ")";
      continue;
    }
    if (c == C::kIN) {
      size_t k2 = k + 1;
      if (Cls(k2) == C::kTO) {
        // "about to restore"
        out += " (VP " + Word(k, "IN");
        ++k;
        ++depth_;
        out += Complements(&k, end);
        --depth_;
        out += ")";
        continue;
      }
      if (VCand(k2) && EndsWith(Up(k2), "ING")) {
        out += " (PP " + Word(k, "IN") + " (S ";
        ++k;
        ++depth_;
        out += VPChain(&k, end, 0);
        --depth_;
        out += "))";
        continue;
      }
      ++depth_;
      std::string np = NPFull(&k2, end, false);
      --depth_;
      if (!np.empty()) {
        out += " (PP " + Word(k, "IN") + " " + np + ")";
        k = k2;
        had_np = true;
        continue;
      }
      out += " " + Word(k, "IN");
      ++k;
      continue;
    }
    if (c == C::kRB || c == C::kNot) {
      out += " (ADVP " + Word(k, "RB") + ")";
      ++k;
      continue;
    }
    if (c == C::kAux || c == C::kMD) {
      ++depth_;
      out += " " + VPChain(&k, end, 0);
      --depth_;
      continue;
    }
    if (VCand(k) && (had_np || EndsWith(Up(k), "ING")) && Participle(k)) {
      ++depth_;
      out += " (VP " + VerbTag(k, EndsWith(Up(k), "ING") ? 0 : 1);
      ++k;
      out += " " + Complements(&k, end) + ")";
      --depth_;
      continue;
    }
    if (NPStart(k)) {
      if (ClauseAhead(k, end)) {
        out += " (SBAR ";
        ++depth_;
        out += Clause(&k, end);
        --depth_;
        out += ")";
        continue;
      }
      size_t k2 = k;
      ++depth_;
      std::string np = NPFull(&k2, end, false);
      --depth_;
      if (!np.empty()) {
        out += " " + np;
        k = k2;
        had_np = true;
        continue;
      }
    }
    // Anything else: a word of its own.
    out += " " + Word(k, c == C::kPOS ? "POS" : (c == C::kPunct ? ":" : "NN"));
    ++k;
    if (k == before) ++k;
  }
  *i = k;
  return out.empty() ? "" : out.substr(1);
}

// A clause from *i to `end`: subject, pre-verb material, verb chain, and
// coordinated VPs or clauses.
std::string Parser::Clause(size_t* i, size_t end) const {
  size_t k = *i;
  std::string out = "(S";
  ++depth_;
  // A leading participle clause ("Rebuked by X, ...") or PP ("On X, ...").
  if (k < end && (Cls(k) == C::kIN || (VCand(k) && Participle(k) && Cls(k + 1) == C::kIN))) {
    size_t comma = k;
    while (comma < end && Cls(comma) != C::kComma) ++comma;
    if (comma < end && !VerbStart(k)) {
      size_t k2 = k;
      std::string lead;
      if (Cls(k) == C::kIN) {
        lead = "(PP " + Word(k, "IN");
        ++k2;
        lead += " " + Complements(&k2, comma) + ")";
      } else {
        lead = "(S " + VPChain(&k2, comma, 0) + ")";
      }
      // Appositions of the leading phrase: up to the comma before the subject.
      while (k2 < end && Cls(k2) == C::kComma && !ClauseAhead(k2 + 1, end)) {
        size_t next = k2 + 1;
        while (next < end && Cls(next) != C::kComma) ++next;
        if (next >= end) break;
        lead += " " + Word(k2, ",");
        size_t k3 = k2 + 1;
        lead += " " + Complements(&k3, next);
        k2 = next;
      }
      if (Cls(k2) == C::kComma) {
        out += " " + lead + " " + Word(k2, ",");
        k = k2 + 1;
      }
    }
  }
  if (Cls(k) == C::kCC && k == *i) {
    out += " " + Word(k, "CC");
    ++k;
  }
  std::string subj;
  if (!VerbStart(k)) subj = NPFull(&k, end, true);
  if (!subj.empty() && Cls(k) == C::kComma) {
    // "X, in remarks published on Monday, urged": a parenthetical between
    // commas before the verb stays in the subject, as the parser has it.
    size_t next = k + 1;
    while (next < end && Cls(next) != C::kComma) ++next;
    if (next + 1 < end && next > k + 1 && VerbStart(next + 1)) {
      size_t k2 = k + 1;
      std::string mid = Complements(&k2, next);
      if (k2 == next) {
        subj = "(NP " + subj + " " + Word(k, ",") + " " + mid + " " + Word(next, ",") + ")";
        k = next + 1;
      }
    }
  }
  if (!subj.empty()) out += " " + subj;
  // Pre-verb material: appositions, PPs, adverbs.
  while (k < end && !VerbStart(k)) {
    const C c = Cls(k);
    if (c == C::kComma) {
      out += " " + Word(k++, ",");
    } else if (c == C::kIN && !IsSubordinator(Up(k))) {
      size_t k2 = k + 1;
      std::string np = NPFull(&k2, end, false);
      if (np.empty()) break;
      out += " (PP " + Word(k, "IN") + " " + np + ")";
      k = k2;
    } else if (NPStart(k)) {
      std::string np = NPFull(&k, end, false);
      if (np.empty()) break;
      out += " " + np;
    } else {
      break;
    }
  }
  if (k < end && VerbStart(k)) {
    // Adverbs before the chain: "recently allowed".
    std::string adv;
    while (Cls(k) == C::kRB) adv += " (ADVP " + Word(k++, "RB") + ")";
    out += adv;
    std::string vp = VPChain(&k, end, 0);
    if (Cls(k) == C::kNot) {
      // "not" before the verb was absorbed above; nothing to do
    }
    // VP coordination: "condemned X and promised Y".
    while (k < end && (Cls(k) == C::kCC || (Cls(k) == C::kComma && Cls(k + 1) == C::kCC)) &&
           !vp.empty()) {
      size_t cc = Cls(k) == C::kComma ? k + 1 : k;
      if (VerbStart(cc + 1) && !ClauseAhead(cc + 1, end)) {
        size_t k2 = cc + 1;
        std::string vp2 = VPChain(&k2, end, 0);
        if (vp2.empty()) break;
        vp = "(VP " + vp + (cc != k ? " " + Word(k, ",") : "") + " " + Word(cc, "CC") + " " +
             vp2 + ")";
        k = k2;
        continue;
      }
      if (ClauseAhead(cc + 1, end)) {
        out += " " + vp + ")";
        size_t k2 = cc + 1;
        std::string s2 = Clause(&k2, end);
        out = "(S " + out + (cc != k ? " " + Word(k, ",") : "") + " " + Word(cc, "CC") + " " +
              s2;
        k = k2;
        vp.clear();
        break;
      }
      break;
    }
    if (!vp.empty()) out += " " + vp;
  }
  --depth_;
  *i = k;
  return out + ")";
}

bool Parser::Run(std::string* tree) {
  end_ = N();
  while (end_ > 0 && (t_[end_ - 1].c == C::kEnd || t_[end_ - 1].c == C::kPunct)) --end_;
  if (end_ == 0) return false;
  const std::string final_punct = end_ < N() ? Leaf(t_[end_].text) : ".";
  size_t k = 0;
  std::string s = Clause(&k, end_);
  // Reporting clauses and further clauses after a comma.
  std::string rest;
  while (k < end_) {
    if (Cls(k) == C::kComma && ClauseAhead(k + 1, end_)) {
      rest += " " + Word(k, ",");
      ++k;
      std::string c = Clause(&k, end_);
      // (S (S main) (, ,) NP VP): the reporting clause's parts sit in the
      // sentence.
      rest += " " + c.substr(3, c.size() - 4);
      continue;
    }
    // Unplaced material: give up (conservative).
    return false;
  }
  if (verbs_ == 0) return false;
  std::string body = rest.empty() ? s.substr(3, s.size() - 4) : s + rest;
  *tree = "(ROOT (S " + body + " (. " + final_punct + ")))";
  return true;
}

}  // namespace

bool ShallowParse(const Lexicon& lex, std::string_view text, std::string* tree) {
  tree->clear();
  // '_' joins the words of dictionary phrases; in text it is a blank.
  std::string spaced(text);
  for (char& ch : spaced) {
    if (ch == '_') ch = ' ';
  }
  std::vector<std::string> words = Tokenize(spaced);
  if (words.empty() || words.size() > 400) return false;
  std::vector<Tok> toks;
  toks.reserve(words.size());
  for (std::string& w : words) {
    Tok t;
    t.up = Upper(w);
    t.text = std::move(w);
    t.c = ClassOf(t.up);
    // "US" in capitals is the country, not the pronoun.
    if (t.c == C::kPRP && t.text == "US") t.c = C::kWord;
    // "Silly Walks": a capitalised -ly word is a name, not an adverb.
    if (t.c == C::kRB && !toks.empty() && EndsWith(t.up, "LY") &&
        std::isupper(static_cast<unsigned char>(t.text[0]))) {
      t.c = C::kWord;
    }
    if (t.c == C::kWord) {
      t.vcand = lex.verbs.count(t.up) > 0 ||
                In(t.up, {"SAID", "SAYS", "SAY", "TOLD", "NOTED", "ADDED", "REPORTED",
                          "BELIEVES", "BELIEVED", "SEEMS", "SEEMED", "THINKS", "STATED"});
    }
    toks.push_back(std::move(t));
  }
  Parser p(std::move(toks));
  std::string out;
  if (!p.Run(&out)) return false;
  if (PyCount(out, "(") != PyCount(out, ")")) return false;
  *tree = std::move(out);
  return true;
}

}  // namespace chronicle::petrarch_internal
