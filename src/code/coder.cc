// The coder works on integer token ids and small per-sentence arrays that are
// reused across calls. Subject and target selection are positional
// heuristics over actor mentions (no parser): a mention governed by a
// preposition, or by another verb pattern, is an object and cannot be a
// subject; a target governed by a locative preposition ("in Syria") is a
// circumstance, not a target. Coordinations inherit the role of their first
// member, so "between Moscow and Washington" is two objects.
#include "code/coder.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace chronicle {
namespace {

constexpr int kMaxGap = 6;
// The words of a relative clause on an actor a gap may read past on top.
constexpr int kMaxRelative = 10;
// Words of an appositive quantity a pattern reads past (", most of the
// Asians,").
constexpr int kMaxApposition = 6;
// Words (outside actor mentions) between a frame verb and its act.
constexpr int kMaxFrameGap = 4;
// Words between an arrest and the charge it is made on ("jailed 52 members
// of the banned MASSOB on allegations of treason").
constexpr int kMaxChargeDistance = 16;
// Words between a protest and the demand that says what it is for
// ("demonstrated in the northern city of Kirkuk on Sunday calling for").
constexpr int kMaxDemandDistance = 10;

// Word classes the positional rules ask about, looked up once per token
// (MapIds) instead of comparing strings at every rule.
enum WordClass : uint32_t {
  kBarrier = 1 << 0,      // ; : . ? !  (a gap does not cross it)
  kSemicolon = 1 << 1,    // ;
  kComma = 1 << 2,        // ,
  kGlue = 1 << 3,         // 's ' of the  (join atoms into one mention)
  kDeterminer = 1 << 4,   // the a an both
  kPreposition = 1 << 5,
  kTargetPrep = 1 << 6,   // prepositions that may introduce a target
  kNegation = 1 << 7,     // not n't never no
  kAnd = 1 << 8,
  kOfFor = 1 << 9,        // of for  (before a complement gerund)
  kFuture = 1 << 10,      // will would 'll shall
  kBe = 1 << 11,          // is are was were be been being
  kCollective = 1 << 12,  // group hundreds supporters ... (before "of")
  kObligation = 1 << 13,  // must should
  kQuantity = 1 << 14,    // more than at least up nearly about (before a number)
  kRelative = 1 << 15,    // where which who whom whose
  kRank = 1 << 16,        // junior senior deputy acting ... (inside a title)
  kConditional = 1 << 17, // if unless whether
  kSetting = 1 << 18,     // after during amid ... (a phrase of time or cause)
  kTransparent = 1 << 19, // today, again, on Monday, in principle (patterns skip them)
  kWeekday = 1 << 20,     // monday ... sunday
  kSubordinator = 1 << 21,  // because when while until although as
};

struct ClassEntry {
  std::string_view word;
  uint32_t bits;
};

constexpr ClassEntry kClassWords[] = {
    {";", kBarrier | kSemicolon}, {":", kBarrier}, {".", kBarrier}, {"?", kBarrier},
    {"!", kBarrier}, {",", kComma}, {"'s", kGlue}, {"'", kGlue},
    {"of", kGlue | kPreposition | kOfFor}, {"the", kGlue | kDeterminer},
    {"a", kDeterminer}, {"an", kDeterminer}, {"both", kDeterminer},
    {"not", kNegation}, {"n't", kNegation}, {"never", kNegation}, {"no", kNegation},
    {"and", kAnd}, {"for", kPreposition | kOfFor},
    {"is", kBe}, {"are", kBe}, {"was", kBe}, {"were", kBe}, {"be", kBe}, {"been", kBe},
    {"being", kBe}, {"its", kDeterminer}, {"their", kDeterminer}, {"his", kDeterminer},
    {"her", kDeterminer}, {"two", kDeterminer}, {"three", kDeterminer},
    {"four", kDeterminer}, {"five", kDeterminer}, {"several", kDeterminer},
    {"many", kDeterminer},
    {"group", kCollective}, {"groups", kCollective}, {"member", kCollective},
    {"deployment", kCollective}, {"contingent", kCollective}, {"convoy", kCollective},
    {"unit", kCollective}, {"units", kCollective}, {"batch", kCollective}, {"delegation", kCollective},
    {"team", kCollective}, {"members", kCollective}, {"supporters", kCollective},
    {"tens", kCollective}, {"number", kCollective}, {"majority", kCollective},
    {"most", kCollective}, {"all", kCollective}, {"one", kCollective},
    {"hundreds", kDeterminer | kCollective}, {"thousands", kDeterminer | kCollective},
    {"dozens", kDeterminer | kCollective}, {"will", kFuture}, {"would", kFuture}, {"'ll", kFuture}, {"shall", kFuture},
    {"may", kFuture}, {"might", kFuture}, {"could", kFuture},
    {"must", kObligation}, {"should", kObligation}, {"more", kQuantity},
    {"than", kPreposition | kQuantity}, {"least", kQuantity}, {"up", kQuantity},
    {"nearly", kQuantity}, {"almost", kQuantity}, {"around", kQuantity},
    {"roughly", kQuantity}, {"some", kDeterminer | kQuantity}, {"where", kRelative},
    {"which", kRelative}, {"who", kRelative}, {"whom", kRelative}, {"whose", kRelative},
    {"junior", kRank}, {"senior", kRank}, {"deputy", kRank}, {"acting", kRank},
    {"interim", kRank}, {"top", kRank}, {"chief", kRank}, {"outgoing", kRank},
    {"incoming", kRank}, {"vice", kRank},
    {"today", kTransparent}, {"yesterday", kTransparent}, {"tonight", kTransparent},
    {"again", kTransparent}, {"also", kTransparent}, {"finally", kTransparent},
    {"formally", kTransparent}, {"officially", kTransparent}, {"reportedly", kTransparent},
    {"unanimously", kTransparent}, {"jointly", kTransparent}, {"already", kTransparent},
    {"monday", kTransparent | kWeekday}, {"tuesday", kTransparent | kWeekday},
    {"wednesday", kTransparent | kWeekday}, {"thursday", kTransparent | kWeekday},
    {"friday", kTransparent | kWeekday}, {"saturday", kTransparent | kWeekday},
    {"sunday", kTransparent | kWeekday},
    {"because", kSubordinator}, {"when", kSubordinator}, {"while", kSubordinator},
    {"until", kSubordinator}, {"although", kSubordinator}, {"though", kSubordinator},
    {"whereas", kSubordinator}, {"as", kSubordinator},
    {"if", kConditional}, {"unless", kConditional}, {"whether", kConditional},
    {"to", kPreposition | kTargetPrep}, {"with", kPreposition | kTargetPrep},
    {"against", kPreposition | kTargetPrep}, {"on", kPreposition | kTargetPrep}, {"toward", kPreposition | kTargetPrep},
    {"towards", kPreposition | kTargetPrep}, {"upon", kPreposition | kTargetPrep},
    {"in", kPreposition}, {"at", kPreposition},
    {"from", kPreposition | kTargetPrep}, {"by", kPreposition}, {"into", kPreposition},
    {"near", kPreposition}, {"about", kPreposition}, {"over", kPreposition},
    {"between", kPreposition}, {"during", kPreposition | kSetting}, {"under", kPreposition},
    {"after", kPreposition | kSetting}, {"before", kPreposition | kSetting}, {"since", kPreposition | kSetting},
    {"through", kPreposition}, {"across", kPreposition}, {"within", kPreposition},
    {"without", kPreposition}, {"among", kPreposition}, {"via", kPreposition},
    {"per", kPreposition}, {"like", kPreposition}, {"including", kPreposition},
    {"amid", kPreposition | kSetting}, {"despite", kPreposition | kSetting}, {"following", kPreposition | kSetting}, {"onto", kPreposition},
    {"outside", kPreposition}, {"inside", kPreposition}, {"throughout", kPreposition},
    {"along", kPreposition},
};

// A 256-slot open-addressing table over kClassWords, keyed by length and
// first and last byte: one or two string compares per token.
class ClassTable {
 public:
  ClassTable() {
    slots_.fill(-1);
    for (int k = 0; k < static_cast<int>(std::size(kClassWords)); ++k) {
      size_t h = Hash(kClassWords[k].word);
      while (slots_[h] >= 0) h = (h + 1) & 255;
      slots_[h] = static_cast<int16_t>(k);
    }
  }
  uint32_t Of(std::string_view w) const {
    if (w.empty() || w.size() > 12) return 0;
    for (size_t h = Hash(w);; h = (h + 1) & 255) {
      const int k = slots_[h];
      if (k < 0) return 0;
      if (kClassWords[k].word == w) return kClassWords[k].bits;
    }
  }

 private:
  static size_t Hash(std::string_view w) {
    return (w.size() * 97 + static_cast<unsigned char>(w[0]) * 31 +
            static_cast<unsigned char>(w.back()) * 7) & 255;
  }
  std::array<int16_t, 256> slots_;
};

const ClassTable& Classes() {
  static const ClassTable table;
  return table;
}

// Element id sets are sorted (Dictionaries::Compile).
bool InSet(const std::vector<uint32_t>& ids, uint32_t id) {
  if (ids.size() <= 8) {
    for (uint32_t x : ids) {
      if (x == id) return true;
    }
    return false;
  }
  return std::binary_search(ids.begin(), ids.end(), id);
}

const std::string kNoCode;

// Whether `pred` holds for a pattern anchored on the word of `a` (with or
// without a key literal).
template <typename Pred>
bool AnyAnchored(const Dictionaries::AnchorIndex* a, Pred pred) {
  if (a == nullptr) return false;
  for (uint32_t pi : a->free) {
    if (pred(pi)) return true;
  }
  for (const auto& [lit, pi] : a->keyed) {
    if (pred(pi)) return true;
  }
  return false;
}

// Whether pattern `text` is written on the lemma `w` itself: "[press] *
// demands" for "press" (not for "presses", nor a noun pattern).
bool OnLemma(std::string_view text, std::string_view w) {
  return text.size() >= w.size() + 2 && text[0] == '[' && text.substr(1, w.size()) == w &&
         text[w.size() + 1] == ']';
}

// "town", "province", "homes" ...: where people live, named by a noun
// ("the town of Samarra", "Iraqi towns", "Palestinian homes").
bool IsSettlement(std::string_view w) {
  static constexpr std::string_view kSettlements[] = {
      "town",     "towns",  "city",     "cities", "village", "villages", "township",
      "province", "region", "district", "port",   "enclave", "homes",    "houses"};
  return std::find(std::begin(kSettlements), std::end(kSettlements), w) != std::end(kSettlements);
}

// "he", "they" ...: a subject pronoun, the doer named before.
bool IsPronoun(std::string_view w) {
  static constexpr std::string_view kPronouns[] = {"he", "she", "they", "it", "we", "i", "you"};
  for (std::string_view p : kPronouns) {
    if (w == p) return true;
  }
  return false;
}

// "toppled", "cleared": a past form (or participle) of a regular verb.
bool IsPastForm(std::string_view w) {
  return w.size() > 4 && w.compare(w.size() - 2, 2, "ed") == 0;
}

// "killing", "trying": a gerund or present participle.
bool IsGerund(std::string_view w) {
  return w.size() > 4 && w.compare(w.size() - 3, 3, "ing") == 0;
}

}  // namespace

struct Coder::Atom {
  int begin = 0, end = 0;
  int actor = -1;    // actor index
  int country = -1;  // country index (name, adjective or capital)
  bool name = false, adjective = false, capital = false, place = false;
  int agent = -1;    // agent index
  // A second reading of the phrase ("Tripoli (also)": LBN), taken by
  // ChooseReadings when the sentence or story points to it.
  int alt = -1;
  PhraseKind alt_kind = PhraseKind::kPlace;
  void SetCountry(PhraseKind kind, int idx) {
    switch (kind) {
      case PhraseKind::kCountryName: country = idx; name = true; break;
      case PhraseKind::kCountryAdjective: country = idx; adjective = true; break;
      case PhraseKind::kCapital: country = idx; capital = true; break;
      case PhraseKind::kPlace: if (country < 0) { country = idx; place = true; } break;
      default: break;
    }
  }
};

// Trivially copyable: a match's word positions live in Coder::match_words_.
struct Coder::Match {
  uint32_t pattern = 0;
  int first = 0, end = 0;
  uint32_t words_at = 0, words = 0;  // token positions of the pattern's words
  int source = -1, target = -1;      // slot mentions
  bool passive = false;              // matched without its final + slot
  const int* begin(const std::vector<int>& pool) const { return pool.data() + words_at; }
  const int* end_of(const std::vector<int>& pool) const { return begin(pool) + words; }
};

Coder::Coder(std::shared_ptr<const Dictionaries> dicts) : dicts_(std::move(dicts)) {
  seen_at_.assign(dicts_->vocabulary_size(), SeenAt{});
  set_stamp_.assign(dicts_->set_count(), 0);
  set_mask_.assign(dicts_->set_count(), 0);
  set_last_.assign(dicts_->set_count(), -1);
  class_of_id_.assign(dicts_->vocabulary_size(), 0);
  for (size_t c = 0; c < dicts_->countries().size(); ++c) {
    country_of_code_.emplace(dicts_->countries()[c].code, static_cast<int>(c));
  }
  for (const ClassEntry& c : kClassWords) {
    const uint32_t id = dicts_->Id(c.word);
    if (id == kNoToken) {
      class_words_outside_ = true;
    } else {
      class_of_id_[id] = c.bits;
    }
  }
}
Coder::~Coder() = default;

void Coder::MapIds(const std::vector<Token>& tokens) {
  const size_t n = tokens.size();
  ids_.resize(n);
  upper_ids_.resize(n);
  class_.resize(n);
  const ClassTable& classes = Classes();
  for (size_t k = 0; k < n; ++k) {
    const Token& t = tokens[k];
    const uint32_t id = dicts_->Id(t.norm);
    ids_[k] = id;
    // The second id: the capitals-only form ("US"), else the singular a
    // plural stands for in patterns ("embargoes").
    upper_ids_[k] = t.all_caps ? dicts_->UpperId(t.norm) : dicts_->SingularOf(id);
    class_[k] = id != kNoToken           ? class_of_id_[id]
                : class_words_outside_ ? classes.Of(t.norm)
                                       : 0;
  }
  // "on Monday", "in principle": phrases a pattern reads through ("agreed on
  // Saturday to provide aid" is "[agree] to"), "at last" ("conceded at
  // last to demands"). Their preposition matches no pattern word.
  for (size_t k = 0; k + 1 < n; ++k) {
    const std::string& w = tokens[k].norm;
    if ((w == "on" && (class_[k + 1] & kWeekday)) ||
        (w == "in" && tokens[k + 1].norm == "principle") ||
        (w == "at" && tokens[k + 1].norm == "last")) {
      class_[k] |= kTransparent;
      class_[k + 1] |= kTransparent;
    }
  }
}

void Coder::FindAtoms(int date) {
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
      // "Saudi-led", "Vietnamese-led" (one token): led by the country, the
      // coalition or forces after it are its own.
      if (int c = LedBy(i); c >= 0) {
        Atom a;
        a.begin = i;
        a.end = i + 1;
        a.country = c;
        a.adjective = true;
        atoms_.push_back(a);
      }
      ++i;
      continue;
    }
    Atom a;
    a.begin = i;
    a.end = best_end;
    bool agent_only = best_end == i + 1 && !(*tokens_)[i].capitalized;
    bool armed = false;
    for (const PhraseEntry& e : dicts_->EntriesAt(best_node)) {
      agent_only = agent_only && e.kind == PhraseKind::kAgent;
      if (e.kind == PhraseKind::kAgent) armed = IsArmed(dicts_->agents()[e.index].code);
    }
    if (agent_only && (OpensNounAct(i, armed) || Infinitive(i) || Attributive(i))) {
      ++i;
      continue;
    }
    // Country readings with dates or "(also)": one not in force on the
    // date is dropped, a dated one in force outranks an undated one, and a
    // second reading waits for ChooseReadings.
    const std::vector<PhraseEntry>& entries = dicts_->EntriesAt(best_node);
    bool qualified = false, dated_in_force = false;
    for (const PhraseEntry& e : entries) {
      qualified = qualified || e.also || e.dated();
      dated_in_force = dated_in_force || (e.dated() && e.InForce(date));
    }
    for (const PhraseEntry& e : entries) {
      const int idx = static_cast<int>(e.index);
      if (e.kind == PhraseKind::kActor) {
        if (a.actor < 0) a.actor = idx;
      } else if (e.kind == PhraseKind::kAgent) {
        if (a.agent < 0) a.agent = idx;
      } else if (!qualified) {
        a.SetCountry(e.kind, idx);
      } else if (e.dated() ? e.InForce(date) : !dated_in_force) {
        if (!e.also) {
          a.SetCountry(e.kind, idx);
        } else if (a.alt < 0) {
          a.alt = idx;
          a.alt_kind = e.kind;
        }
      }
    }
    if (a.alt >= 0 && a.country < 0) {  // the first reading is not in force
      a.SetCountry(a.alt_kind, a.alt);
      a.alt = -1;
    }
    atoms_.push_back(a);
    i = best_end;
  }
  ChooseReadings();
}

void Coder::ChooseReadings() {
  for (Atom& a : atoms_) {
    if (a.alt < 0) continue;
    // "in Tripoli ... the north Lebanese port": the sentence names the
    // second reading's country and not the first's; with neither named,
    // the story's country so far decides.
    bool first = false, second = false;
    for (const Atom& b : atoms_) {
      if (&b == &a || b.alt >= 0) continue;
      first = first || b.country == a.country;
      second = second || b.country == a.alt;
    }
    if (!first && !second) {
      const auto count = [&](int c) {
        return c < static_cast<int>(doc_country_count_.size()) ? doc_country_count_[c] : 0;
      };
      second = count(a.alt) > count(a.country);
    }
    if (second && !first) {
      a.country = -1;
      a.name = a.adjective = a.capital = a.place = false;
      a.SetCountry(a.alt_kind, a.alt);
    }
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
        // "Nigerian junior foreign minister": rank words join a title.
        if (class_[t] & (kGlue | kRank)) continue;
        if (tokens[t].word && tokens[t].capitalized && t > 0 && ++capitalized <= 2) continue;
        glue = false;
      }
      if (!glue) break;
      // "the Albanians of Serbia": two nations' people, not one mention
      // (NationalsOfAPlace).
      const Atom& x = atoms_[last];
      const Atom& y = atoms_[last + 1];
      if (x.adjective && x.agent < 0 && x.actor < 0 && x.end - x.begin == 1 &&
          tokens[x.begin].norm.back() == 's' && (y.name || y.place) && y.agent < 0 &&
          y.country != x.country && tokens[x.end].norm == "of") {
        break;
      }
      ++last;
    }
    // Code the group atoms_[k..last].
    int actor = -1, country = -1, agent = -1, community = -1;
    bool name = false, capital = false, place = false;
    int title_atom = -1;
    for (size_t a = k; a <= last; ++a) {
      const Atom& at = atoms_[a];
      if (at.actor >= 0) actor = at.actor;
      if (at.country >= 0 && country < 0) {
        country = at.country;
        name = at.name;
        capital = at.capital && !at.name;
        place = at.place;
      }
      // "West Darfur State", "Borno State": a capitalised "State" after a
      // place names the place (a region), not its government.
      const bool region = a > k && atoms_[a - 1].place && at.end - at.begin == 1 &&
                          tokens[at.begin].capitalized && tokens[at.begin].norm == "state";
      if (at.agent >= 0 && !region) {
        // "Kurdish refugees": the later agent word gives the sector, a
        // community word its block (REF + kur).
        agent = at.agent;
        title_atom = static_cast<int>(a);
        if (community < 0 && !dicts_->agents()[at.agent].community.empty()) community = at.agent;
      }
    }
    // The agent's sector and the community's block, built only where used.
    const auto append_sector = [&](std::string* to) {
      *to += dicts_->agents()[agent].code;
      if (community >= 0) *to += dicts_->agents()[community].community;
    };
    std::string code;
    bool contextual = false, adjective_only = false;
    if (actor >= 0) {
      code = dicts_->actors()[actor].CodeOn(date);
      // The text's own title says what the person is: "former prime
      // minister X" is an elite whatever the roles table holds for the
      // date; "President X" when the table has X out of office (a wrong
      // or missing document date) is the title's sector.
      if (code.size() >= 3) {
        const std::string& title = agent >= 0 ? dicts_->agents()[agent].code : std::string();
        if (title == "ELI" || FormerBefore(atoms_[k].begin, atoms_[last].end)) {
          code = code.substr(0, 3) + "ELI";
        } else if (!title.empty() && code.size() == 6 && code.compare(3, 3, "ELI") == 0 &&
                   CountryOfCode(code) >= 0) {
          code = code.substr(0, 3) + title;
        } else if (title == "GOV" && code.size() >= 6 && code.compare(3, 3, "GOV") != 0 &&
                   CountryOfCode(code) >= 0 && IsOfficeTitle(title_atom)) {
          // "President Kagame" when the table has him defence minister on
          // the date, "Prime Minister Ismail Haniyeh" before his term: an
          // office the text names is the office held when it was written.
          code = code.substr(0, 3) + title;
        }
      }
      // "NATO peacekeeping troops": an organisation's peacekeepers are its
      // military (IGONATMIL, PLOVER IGOMIL).
      if (agent >= 0 && dicts_->agents()[agent].abroad && code.size() == 6 &&
          code.compare(0, 3, "IGO") == 0 && !dicts_->actors()[actor].person) {
        code += "MIL";
      }
    } else if (country < 0 && agent >= 0 && !InProperName(atoms_[k].begin)) {
      // "police", "protesters": the country comes from the sentence
      // (ResolveContext); the agent code waits here.
      append_sector(&code);
      contextual = true;
    } else if (country >= 0 && agent >= 0) {
      code = dicts_->countries()[country].code;
      append_sector(&code);
    } else if (country >= 0 && name) {
      code = dicts_->countries()[country].code;
    } else if (country >= 0 && capital) {
      code = dicts_->countries()[country].code + "GOV";
    } else if (country >= 0) {
      // A nationality alone ("an Indian proposal", "Iraqi towns") or a
      // place ("shelled Juba"): the country, as an object only
      // (Mention::adjective); a place also sets the story's country.
      code = dicts_->countries()[country].code;
      adjective_only = true;
      // "arrested 100 Palestinians", "thousands of Iraqis": counted people
      // of a nationality are its civilians, and may act.
      if (!place && last == k && Counted(atoms_[k].begin) &&
          tokens[atoms_[k].end - 1].norm.back() == 's') {
        code += "CVL";
        adjective_only = false;
      }
    }
    if (!code.empty()) {
      mention_at_[atoms_[k].begin] = static_cast<int>(mentions_.size());
      // A title with a name no entry knows ("Libyan leader Muammar
      // Gaddafi"): the name belongs to the mention, so "... and Bulgarian
      // President Todor Zhivkov" still coordinates with it.
      int end = atoms_[last].end;
      if (actor < 0 && agent >= 0) {
        const int next_atom = last + 1 < atoms_.size() ? atoms_[last + 1].begin
                                                        : static_cast<int>(tokens.size());
        for (int names = 0; names < 3 && end < next_atom && tokens[end].word &&
                            tokens[end].capitalized && class_[end] == 0;
             ++names) {
          ++end;
        }
      }
      Mention m{atoms_[k].begin, end, std::move(code)};
      m.actor = actor;
      if (actor < 0) {
        m.country = country;
        m.agent = agent;
        m.community = community;
      }
      m.contextual = contextual;
      m.mission = agent >= 0 && dicts_->agents()[agent].abroad;
      m.adjective = adjective_only;
      m.place = place && adjective_only;
      mentions_.push_back(std::move(m));
    }
    k = last + 1;
  }
  NationalsOfAPlace();
  ShareAgents();
  ResolveContext();
}

void Coder::NationalsOfAPlace() {
  const auto& toks = *tokens_;
  const int n = static_cast<int>(toks.size());
  for (size_t i = 0; i + 1 < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (!m.adjective || m.place || m.country < 0 || m.end - m.begin != 1) continue;
    const std::string& w = toks[m.begin].norm;
    if (w.size() < 4 || w.back() != 's') continue;
    int t = m.end;
    if (t >= n || (toks[t].norm != "of" && toks[t].norm != "in")) continue;
    ++t;
    while (t < n && ((class_[t] & kDeterminer) || IsDirection(toks[t].norm))) ++t;
    const Mention& p = mentions_[i + 1];
    if (p.begin != t || p.country < 0 || p.country == m.country || p.agent >= 0 ||
        p.actor >= 0) {
      continue;
    }
    // "The Albanians of southern Serbia": people of a nationality named as
    // living in another country are its civilians of the community an
    // "ethnic" phrase names ("ethnic Albanians": alb), SRBCVLalb. With no
    // such community ("Americans in Iraq") they stay their nation's.
    const int ethnic = dicts_->Child(0, dicts_->Id("ethnic"));
    const int node = ethnic < 0 ? -1 : dicts_->Child(ethnic, ids_[m.begin]);
    int community = -1;
    for (const PhraseEntry& e : dicts_->EntriesAt(node)) {
      if (e.kind == PhraseKind::kAgent && !dicts_->agents()[e.index].community.empty()) {
        community = static_cast<int>(e.index);
      }
    }
    if (community < 0) continue;
    const AgentInfo& a = dicts_->agents()[community];
    m.country = p.country;
    m.agent = m.community = community;
    m.code = dicts_->countries()[p.country].code + a.code + a.community;
    m.adjective = false;
  }
}

int Coder::CountryOfCode(const std::string& code) const {
  if (code.size() < 3) return -1;
  auto it = country_of_code_.find(code.substr(0, 3));
  return it == country_of_code_.end() ? -1 : it->second;
}

bool Coder::SectorIn(const std::string& agent, std::initializer_list<std::string_view> sectors) {
  for (std::string_view s : sectors) {
    if (agent.compare(0, 3, s) == 0) return true;
  }
  return false;
}

bool Coder::IsLocalAgent(const std::string& agent) {
  // Sectors that are where events happen, not who reports or orders them.
  return SectorIn(agent, {"REB", "CVL", "OPP", "REF", "RAD", "INS", "UAF", "CRM", "LAB", "EDU"});
}

void Coder::BeginDocument() {
  for (int c : doc_countries_) doc_country_count_[c] = doc_place_count_[c] = 0;
  doc_countries_.clear();
}

void Coder::ShareAgents() {
  // "Russian and Syrian jets": the nationality shares the agent after it;
  // so does a country's abbreviation used as one ("US and British forces").
  const auto abbreviation = [&](const Mention& x) {
    if (x.actor >= 0 || x.agent >= 0 || x.country < 0) return false;
    for (int t = x.begin; t < x.end; ++t) {
      if (!(*tokens_)[t].all_caps) return false;
    }
    return true;
  };
  for (int i = static_cast<int>(mentions_.size()) - 2; i >= 0; --i) {
    Mention& m = mentions_[i];
    const Mention& next = mentions_[i + 1];
    if (!(m.adjective || abbreviation(m)) || next.agent < 0 || next.adjective || next.contextual ||
        next.begin != m.end + 1 || !(class_[m.end] & (kAnd | kComma))) {
      continue;
    }
    m.code += next.code.substr(3);  // its sector and community blocks
    m.agent = next.agent;
    m.community = next.community;
    m.adjective = false;
  }
}

void Coder::ResolveContext() {
  // The document's country so far: the country its mentions name most, a
  // place it is set in ("in Cairo", "in Egypt") counting double. An agent
  // with no country of its own ("police", "protesters") takes it; with
  // none, it is not an actor.
  if (doc_country_count_.size() < dicts_->countries().size()) {
    doc_country_count_.resize(dicts_->countries().size(), 0);
    doc_place_count_.resize(dicts_->countries().size(), 0);
  }
  bool any_contextual = false;
  for (const Mention& m : mentions_) {
    any_contextual = any_contextual || m.contextual;
    if (m.contextual || (m.adjective && !m.place)) continue;
    // An actor counts for the country its code names ("UNITA": AGO).
    const int country = m.country >= 0 ? m.country : CountryOfCode(m.code);
    if (country < 0) continue;
    bool place = false;
    int before = m.begin - 1;
    // "in northern Iraq", "in the south of Lebanon" reads as "in Iraq".
    while (before >= 0 && IsDirection((*tokens_)[before].norm)) --before;
    if (before >= 0) {
      const std::string& w = (*tokens_)[before].norm;
      place = w == "in" || w == "inside" || w == "across" || w == "throughout" || w == "near" ||
              w == "outside" || w == "around";
      // "the town of Samarra", "the province of Idlib".
      if (w == "of" && before > 0) place = place || IsSettlement((*tokens_)[before - 1].norm);
    }
    if (doc_country_count_[country] == 0 && doc_place_count_[country] == 0) {
      doc_countries_.push_back(country);
    }
    doc_country_count_[country] += place ? 2 : 1;
    if (place) ++doc_place_count_[country];
  }
  if (!any_contextual) return;
  // The most named country, and the place the story is set in most.
  int country_all = -1;
  for (int c : doc_countries_) {  // first seen wins a tie
    if (country_all < 0 || doc_country_count_[c] > doc_country_count_[country_all]) {
      country_all = c;
    }
  }
  const int place = StoryPlace();
  size_t kept = 0;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    if (m.contextual) {
      // Officials, ministries and troops belong to the country the story
      // names most; rebels, civilians and protesters to where it happens
      // ("Russian planes hit a rebel camp" in a story set in Syria).
      int country = place >= 0 && IsLocalAgent(m.code) ? place : country_all;
      // "authorities in Croatia", "refugees from Syria": the place named
      // right after the agent is its country.
      if (int near = PlaceAfter(m.end); near >= 0) country = near;
      // "Israel has strengthened its forces in Lebanon": "its" and
      // "their" are the nearest actor's before them.
      const std::string& owner = m.begin > 0 ? (*tokens_)[m.begin - 1].norm : m.code;
      if (kept > 0 && (owner == "its" || owner == "their")) {
        for (size_t j = kept; j-- > 0;) {
          if (mentions_[j].country >= 0 && !mentions_[j].implied) {
            country = mentions_[j].country;
            break;
          }
        }
      }
      // "Israeli helicopters and tanks", "French Assembly president Laurent
      // Fabius and a group of deputies": an agent coordinated right after
      // a national one or a person is of that nation.
      if (kept > 0) {
        const Mention& prev = mentions_[kept - 1];
        const int own = prev.agent >= 0 ? prev.country : prev.actor >= 0 ? CountryOfCode(prev.code) : -1;
        if (own >= 0 && !prev.adjective && prev.end < m.begin && (class_[prev.end] & (kAnd | kComma)) &&
            CollectiveBefore(prev.end + 1) == m.begin) {
          country = own;
        }
      }
      if (country < 0) {
        mention_at_[m.begin] = -1;
        continue;
      }
      m.country = country;
      // "the peacekeeping force in Lebanon": a mission is known by the
      // country it serves in, not as that country's own forces.
      m.code = m.mission ? dicts_->countries()[country].code
                         : dicts_->countries()[country].code + m.code;
    }
    if (kept != i) {
      mention_at_[m.begin] = static_cast<int>(kept);
      mentions_[kept] = std::move(m);
    }
    ++kept;
  }
  mentions_.resize(kept);
}

int Coder::PlaceAfter(int token) const {
  const int n = static_cast<int>(class_.size());
  if (token >= n) return -1;
  const std::string& w = (*tokens_)[token].norm;
  if (w != "in" && w != "from" && w != "inside") return -1;
  int t = token + 1;
  // "refugees from northern Syria", "doctors from two American aid groups"
  while (t < n && (IsDeterminerOrNumber(t) || IsDirection((*tokens_)[t].norm))) ++t;
  if (t >= n || mention_at_[t] < 0) return -1;
  const Mention& p = mentions_[mention_at_[t]];
  if (p.contextual) return -1;
  return p.country >= 0 ? p.country : CountryOfCode(p.code);
}

int Coder::PlaceOfAct(int token, int limit) const {
  for (int t = token; t < limit; ++t) {
    if (class_[t] & (kBarrier | kComma | kRelative)) return -1;
    if (mention_at_[t] < 0) continue;
    const Mention& p = mentions_[mention_at_[t]];
    if (!AfterIn(t, token) || p.contextual || p.agent >= 0 || p.actor >= 0) continue;
    return mention_at_[t];
  }
  return -1;
}

bool Coder::AfterIn(int token, int from) const {
  int b = token - 1;
  while (b > from && ((class_[b] & kDeterminer) || IsDirection((*tokens_)[b].norm))) --b;
  return b >= from && (*tokens_)[b].norm == "in";
}

std::string Coder::PloverActor(int mention) const {
  const Mention& m = mentions_[mention];
  return dicts_->PloverActor(m.code, m.actor >= 0 && dicts_->actors()[m.actor].person);
}

const CameoInfo* Coder::Expulsion(const CameoInfo* cameo, int target) const {
  // "forced the UN refugee agency, UNHCR, out of the country": CAMEO
  // codes the expulsion of an organisation, not of people.
  if (cameo == nullptr || cameo->code != "174" || target < 0) return cameo;
  const Mention& x = mentions_[target];
  if (x.actor < 0 || CountryOfCode(x.code) >= 0) return cameo;
  const std::string plover = PloverActor(target);
  const std::string sector = plover.size() > 3 ? plover.substr(3) : std::string();
  const char* code = SectorIn(sector, {"MIL"})                                   ? "1661"
                     : x.code.compare(0, 3, "NGO") == 0 || SectorIn(sector, {"REF", "MED"}) ? "1663"
                                                                                 : "166";
  const CameoInfo* c = dicts_->Cameo(code);
  return c != nullptr ? c : cameo;
}

int Coder::ForeignActorAfter(int token, int source) const {
  const int own = mentions_[source].country;
  if (own < 0) return -1;
  // Not past a phrase of time or cause or another clause, nor the place
  // it happens in ("demonstrated with its rebels in Yemen"); "during" names
  // the same occasion ("threw stones during demonstrations against ...").
  for (int t = token; t < static_cast<int>(class_.size()); ++t) {
    if ((class_[t] & (kBarrier | kComma | kSetting | kSubordinator | kRelative | kConditional)) &&
        (*tokens_)[t].norm != "during") {
      return -1;
    }
    const int w = mention_at_[t];
    if (w < 0) continue;
    const Mention& x = mentions_[w];
    if (AfterIn(t, token)) continue;
    if (!x.contextual && !x.implied && x.country >= 0 && x.country != own) return w;
  }
  return -1;
}

bool Coder::Counted(int token) const {
  // A number or a quantity right before `token`: "168", "more than 100",
  // "hundreds of", "dozens of".
  int t = token - 1;
  if (t >= 1 && (*tokens_)[t].norm == "of" &&
      (class_[t - 1] & kCollective) && (class_[t - 1] & kDeterminer)) {
    return true;
  }
  if (t < 0) return false;
  const std::string& w = (*tokens_)[t].norm;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  static constexpr std::string_view kNumbers[] = {"two", "three", "four", "five", "six", "seven",
                                                  "eight", "nine", "ten", "dozen", "dozens",
                                                  "hundred", "hundreds", "thousand", "thousands",
                                                  "several", "many", "some"};
  for (std::string_view n : kNumbers) {
    if (w == n) return true;
  }
  return false;
}

int Coder::PlaceMention(int mention, const char* agent) {
  const int end = mentions_[mention].end;
  const int m = AddImplied(mentions_[mention].begin, mentions_[mention].country, agent,
                           *agent != '\0' ? "the people of the place harmed"
                                           : "the place the act is done in");
  mentions_[m].end = end;  // cites the place's words
  return m;
}

bool Coder::FormerBefore(int begin, int end) const {
  // "former", "ousted", "ex-" right before or inside a titled name.
  static constexpr std::string_view kFormer[] = {"former", "ousted", "deposed", "exiled",
                                                 "ex", "ex-president", "ex-prime"};
  for (int t = std::max(0, begin - 2); t < end; ++t) {
    const std::string& w = (*tokens_)[t].norm;
    for (std::string_view f : kFormer) {
      if (w == f) return true;
    }
  }
  return false;
}

int Coder::LedBy(int token) const {
  const std::string& w = (*tokens_)[token].norm;
  constexpr std::string_view kLed = "-led";
  if (w.size() <= kLed.size() || w.compare(w.size() - kLed.size(), kLed.size(), kLed) != 0) {
    return -1;
  }
  const std::string_view who = std::string_view(w).substr(0, w.size() - kLed.size());
  // "US-led": a capitalised token may start with an abbreviation that is
  // stored in capitals only.
  for (uint32_t id : {dicts_->Id(who),
                      (*tokens_)[token].capitalized ? dicts_->UpperId(who) : kNoToken}) {
    if (id == kNoToken) continue;
    for (const PhraseEntry& e : dicts_->EntriesAt(dicts_->Child(0, id))) {
      if (e.kind == PhraseKind::kCountryAdjective || e.kind == PhraseKind::kCountryName) {
        return static_cast<int>(e.index);
      }
    }
  }
  return -1;
}

bool Coder::IsArmed(const std::string& agent) {
  return SectorIn(agent, {"MIL", "REB", "RAD", "INS", "UAF"});
}

bool Coder::IsAuxiliary(int t) const {
  const std::string& w = (*tokens_)[t].norm;
  return (class_[t] & (kBe | kFuture)) || w == "have" || w == "has" || w == "had";
}

bool Coder::OpensNounAct(int token, bool armed) const {
  if (token + 1 >= static_cast<int>(ids_.size())) return false;
  const auto& patterns = dicts_->patterns();
  const auto opens = [&](uint32_t pi) {
    if (patterns[pi].text.empty() || patterns[pi].text[0] == '[') return false;
    // "rebel attack", "military aid", "troop withdrawal": armed forces are
    // the doers of what their word opens, except a protest ("a general
    // strike").
    if (armed && !IsProtest(dicts_->PatternCameo(pi))) return false;
    const Dictionaries::CompiledElement* el = dicts_->ElementsBegin(pi);
    return el != dicts_->ElementsEnd(pi) && el->kind == ElementKind::kWord &&
           el->id != kNoToken && (el->id == ids_[token + 1] || el->id == upper_ids_[token + 1]);
  };
  for (uint32_t id : {ids_[token], upper_ids_[token]}) {
    if (id != kNoToken && AnyAnchored(dicts_->Anchors(id), opens)) return true;
  }
  return false;
}

bool Coder::Infinitive(int token) const {
  if (token < 1 || (*tokens_)[token - 1].norm != "to") return false;
  const std::string& w = (*tokens_)[token].norm;
  // A pattern on the word's own lemma: "[press] + to", not "[force]" for
  // "forces".
  return ids_[token] != kNoToken &&
         AnyAnchored(dicts_->Anchors(ids_[token]), [&](uint32_t pi) {
           return OnLemma(dicts_->patterns()[pi].text, w);
         });
}

bool Coder::Attributive(int token) const {
  const auto& toks = *tokens_;
  const int n = static_cast<int>(toks.size());
  const std::string& a = toks[token].norm;
  if (token + 1 >= n || (a != "official" && a != "military" && a != "terrorist")) return false;
  // "all official contact", "the United States' military policies",
  // "resume terrorist activities": an adjective before a noun. Not before
  // a verb ("the official said", "official says"), a word no noun is
  // ("official in charge", "official who"), another agent ("military
  // spokesman"), nor a following adjective ("an official close to the
  // talks").
  const int t = token + 1;
  const std::string& w = toks[t].norm;
  if (!toks[t].word || toks[t].capitalized || class_[t] != 0 || w.size() < 3) return false;
  if (IsPastForm(w) || IsGerund(w)) return false;
  static constexpr std::string_view kPostnominal[] = {
      "close", "familiar", "responsible", "involved", "concerned", "present", "aware",
      "able", "there", "here", "himself", "herself", "alone", "too", "later", "then"};
  for (std::string_view p : kPostnominal) {
    if (w == p) return false;
  }
  // Whether a phrase of the dictionaries starts here (an agent, an actor).
  if (dicts_->Child(0, ids_[t]) >= 0) return false;
  // A verb form some pattern is written on, other than its base form
  // ("said", "says", "met"; not "contact", "visit"), is a verb; a noun a
  // pattern opens ("military offensive") is an act the agent does
  // (OpensNounAct).
  if (ids_[t] != kNoToken) {
    const bool act = AnyAnchored(dicts_->Anchors(ids_[t]), [&](uint32_t pi) {
      return !OnLemma(dicts_->patterns()[pi].text, w);
    });
    if (act) return false;
  }
  return true;
}

bool Coder::InProperName(int token) const {
  // "West Bank", "World Bank": a capitalised word after another one, mid
  // sentence, is part of a name, not the common noun an agent is.
  const auto& toks = *tokens_;
  return token >= 2 && toks[token].capitalized && toks[token - 1].capitalized &&
         toks[token - 1].word && class_[token - 1] == 0;
}

bool Coder::RelativeThat(int at) const {
  int b = at - 1;
  while (b > 0 && (class_[b] & kTransparent)) --b;
  if (class_[b] != 0 && !in_mention_[b]) return false;
  // "organized a general strike that shut down the capital": a pattern's
  // closing noun takes a relative clause like any noun.
  if (IsMatchWord(b)) {
    bool noun = false;
    for (const Match& m : matches_) {
      noun = noun || (m.first != b && *(m.end_of(match_words_) - 1) == b);
    }
    if (!noun) return false;
  }
  const std::string& w = (*tokens_)[b].norm;
  // A past verb no pattern knows ("concluded that", "warned that").
  if (!in_mention_[b] && w.size() > 3 && w.compare(w.size() - 2, 2, "ed") == 0) return false;
  return true;
}

bool Coder::IsDeterminerOrNumber(int t) const {
  const std::string& w = (*tokens_)[t].norm;
  // "up to 1,000" and "at least three" count as quantities too.
  return (class_[t] & (kDeterminer | kQuantity)) || w == "one" ||
         (!w.empty() && w[0] >= '0' && w[0] <= '9') ||
         (w == "to" && t > 0 && (*tokens_)[t - 1].norm == "up") ||
         (w == "at" && t + 1 < static_cast<int>(tokens_->size()) &&
          (*tokens_)[t + 1].norm == "least");
}

int Coder::MentionStartingAt(int token) const {
  const int n = static_cast<int>(mention_at_.size());
  if (token < n && mention_at_[token] >= 0) return mention_at_[token];
  // Up to four determiners, possessives, numbers or quantity words: "the",
  // "its", "two", "more than 100", "at least 12", "thousands of".
  for (int t = token; t < n && t < token + 4; ++t) {
    const std::string& w = (*tokens_)[t].norm;
    const bool number = !w.empty() && w[0] >= '0' && w[0] <= '9';
    const bool of_many = w == "of" && t > token && (class_[t - 1] & kDeterminer) &&
                         (class_[t - 1] & kCollective);
    if (!(class_[t] & (kDeterminer | kQuantity)) && !number && !of_many) return -1;
    if (t + 1 < n && mention_at_[t + 1] >= 0) return mention_at_[t + 1];
  }
  return -1;
}

bool Coder::IsBarrier(int token) const { return class_[token] & kBarrier; }

bool Coder::IsRelativeAfterMention(int token) const {
  const std::string& w = (*tokens_)[token].norm;
  if (token == 0 || (w != "who" && w != "which")) return false;
  for (const Mention& x : mentions_) {
    if (x.end == token && !x.implied) return true;
  }
  return false;
}

bool Coder::InElement(const Dictionaries::CompiledElement& el, int pos) const {
  if (el.id != kNoToken) return ids_[pos] == el.id || upper_ids_[pos] == el.id;
  if (set_stamp_[el.set] != generation_) return false;
  if (pos < 64) return (set_mask_[el.set] >> pos) & 1;
  return InSet(*el.ids, ids_[pos]) ||
         (upper_ids_[pos] != kNoToken && InSet(*el.ids, upper_ids_[pos]));
}

bool Coder::MatchFrom(const Dictionaries::CompiledElement* el,
                      const Dictionaries::CompiledElement* end, int pos, Match* m) {
  if (el == end) {
    m->end = pos;
    return true;
  }
  const int n = static_cast<int>(ids_.size());
  switch (el->kind) {
    case ElementKind::kWord: {
      if (pos < n && (class_[pos] & kTransparent) && !(class_[pos] & kPreposition) &&
          InElement(*el, pos)) {
        // A pattern word itself ("[meet] today").
      } else {
        // Read through "today", "on Monday" (four words at most).
        for (int skip = 0; skip < 4 && pos < n && (class_[pos] & kTransparent); ++skip) ++pos;
      }
      if (pos >= n || !InElement(*el, pos)) return false;
      stack_.push_back(pos);
      if (MatchFrom(el + 1, end, pos + 1, m)) return true;
      stack_.pop_back();
      return false;
    }
    case ElementKind::kGap: {
      int limit = kMaxGap;
      for (int g = 0; g <= limit && pos + g <= n; ++g) {
        // A gap stays inside the clause: "[attack] * police" is not "an
        // attack on Thursday, police said".
        if (g > 0 && (class_[pos + g - 1] & (kBarrier | kComma))) break;
        // Nor a place phrase: "[bomb] * town" is not "a bombing near the
        // town of Samarra".
        if (g > 0 && (*tokens_)[pos + g - 1].norm == "near") break;
        if (g > 0) {
          const int t = pos + g - 1;
          // An actor's words count as one ("up to 13,000 Turkish Kurd
          // refugees"), a relative clause on it as none: "allow refugees
          // who have lived in Iraq for a decade to return".
          if (const int mi = mention_at_[t]; mi >= 0) limit += mentions_[mi].end - 1 - t;
          if (IsRelativeAfterMention(t)) limit = std::max(limit, g + kMaxRelative);
        }
        if (MatchFrom(el + 1, end, pos + g, m)) return true;
      }
      return false;
    }
    case ElementKind::kSource:
    case ElementKind::kTarget: {
      if (pos >= n) return false;
      const int mi = MentionStartingAt(pos);
      if (mi < 0) return false;
      int& slot = el->kind == ElementKind::kSource ? m->source : m->target;
      slot = mi;
      const int after = mentions_[mi].end;
      if (MatchFrom(el + 1, end, after, m)) return true;
      // "forced the UN refugee agency, UNHCR, out of the country", "paid
      // compensation to 67 British nationals, most of them Asians, for
      // assets": the pattern goes on past an appositive name or quantity.
      if (after + 2 < n && (class_[after] & kComma)) {
        int close = -1;
        if (mention_at_[after + 1] >= 0) {
          close = mentions_[mention_at_[after + 1]].end;
        } else if (class_[after + 1] & (kCollective | kDeterminer | kQuantity)) {
          for (int t = after + 2; t < n && t <= after + kMaxApposition; ++t) {
            if (class_[t] & (kBarrier | kComma)) {
              if (class_[t] & kComma) close = t;
              break;
            }
          }
        }
        if (close >= 0 && close < n && (class_[close] & kComma) &&
            MatchFrom(el + 1, end, close + 1, m)) {
          return true;
        }
      }
      slot = -1;
      return false;
    }
  }
  return false;
}

void Coder::MarkPresent() {
  if (++generation_ == 0) {  // wrapped: forget every stamp
    std::fill(seen_at_.begin(), seen_at_.end(), SeenAt{});
    std::fill(set_stamp_.begin(), set_stamp_.end(), 0);
    generation_ = 1;
  }
  const int n = static_cast<int>(ids_.size());
  for (int j = 0; j < n; ++j) {
    for (uint32_t id : {ids_[j], upper_ids_[j]}) {
      if (id >= seen_at_.size()) continue;
      seen_at_[id] = {generation_, j};
      for (const uint32_t *s = dicts_->SetsOfBegin(id), *e = dicts_->SetsOfEnd(id); s != e;
           ++s) {
        if (set_stamp_[*s] != generation_) {
          set_stamp_[*s] = generation_;
          set_mask_[*s] = 0;
        }
        if (j < 64) set_mask_[*s] |= uint64_t{1} << j;
        set_last_[*s] = j;
      }
    }
  }
}

void Coder::Candidates(const Dictionaries::AnchorIndex& a, int i) {
  // The patterns without a literal after the anchor, and those whose key
  // literal occurs later in the sentence, in dictionary order.
  if (a.keyed.empty()) {
    candidates_.assign(a.free.begin(), a.free.end());
    return;
  }
  hits_.clear();
  const int n = static_cast<int>(ids_.size());
  const auto& lits = a.literals;
  const auto add_run = [&](size_t l) {
    const size_t end = l + 1 < lits.size() ? lits[l + 1].second : a.keyed.size();
    for (size_t k = lits[l].second; k < end; ++k) hits_.push_back(a.keyed[k].second);
  };
  if (lits.size() <= 8 * static_cast<size_t>(n - i)) {
    // Few literals: ask the sentence's stamp about each.
    for (size_t l = 0; l < lits.size(); ++l) {
      if (Later(lits[l].first, i)) add_run(l);
    }
  } else {
    // Many: look up each later token (a literal seen twice adds its run
    // twice; unique() below drops the copies).
    for (int j = i + 1; j < n; ++j) {
      for (uint32_t lit : {ids_[j], upper_ids_[j]}) {
        if (lit == kNoToken) continue;
        auto it = std::lower_bound(lits.begin(), lits.end(), std::make_pair(lit, 0u));
        if (it != lits.end() && it->first == lit) add_run(static_cast<size_t>(it - lits.begin()));
      }
    }
  }
  // `free` is ascending: merge, then drop repeats (as sort + unique did).
  std::sort(hits_.begin(), hits_.end());
  candidates_.resize(a.free.size() + hits_.size());
  std::merge(a.free.begin(), a.free.end(), hits_.begin(), hits_.end(), candidates_.begin());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
}

void Coder::FindMatches() {
  matches_.clear();
  match_words_.clear();
  const int n = static_cast<int>(ids_.size());
  // A verb inside an actor mention is a noun there: "Secretary of State".
  in_mention_.assign(n, 0);
  for (const Mention& m : mentions_) {
    for (int t = m.begin; t < m.end; ++t) in_mention_[t] = 1;
  }
  last_mention_begin_ = mentions_.empty() ? -1 : mentions_.back().begin;
  MarkPresent();
  for (int i = 0; i < n; ++i) {
    if (in_mention_[i]) continue;
    for (uint32_t id : {ids_[i], upper_ids_[i]}) {
      if (id == kNoToken) continue;
      const Dictionaries::AnchorIndex* anchor = dicts_->Anchors(id);
      if (anchor == nullptr) continue;
      Candidates(*anchor, i);
      for (uint32_t pi : candidates_) {
        // The anchor matched the first element. Cheap necessary conditions
        // for the others first: every word element needs a token of its
        // set after the anchor, a slot needs a mention there.
        const Dictionaries::CompiledElement* begin = dicts_->ElementsBegin(pi);
        const Dictionaries::CompiledElement* end = dicts_->ElementsEnd(pi);
        bool possible = true;
        for (const auto* c = begin; c != end && possible; ++c) {
          switch (c->kind) {
            case ElementKind::kWord:
              possible = c->id != kNoToken ? Later(c->id, i)
                                           : set_stamp_[c->set] == generation_ &&
                                                 set_last_[c->set] > i;
              break;
            case ElementKind::kGap:
              break;
            case ElementKind::kSource:
              possible = last_mention_begin_ > i;
              break;
            case ElementKind::kTarget:  // a final one may be a passive subject
              possible = last_mention_begin_ > i || (c + 1 == end && Passive(i));
              break;
          }
        }
        if (!possible) continue;
        Match m;
        m.pattern = pi;
        m.first = i;
        stack_.assign(1, i);
        bool matched = MatchFrom(begin, end, i + 1, &m);
        if (!matched && end - begin >= 1 && (end - 1)->kind == ElementKind::kTarget &&
            Passive(i)) {
          // "[bomb] +" in "Syrian forces were bombed (by Russian jets)":
          // the object slot is the passive subject, before the verb.
          stack_.assign(1, i);
          m.target = -1;
          matched = MatchFrom(begin, end - 1, i + 1, &m);
          m.passive = matched;
        }
        if (matched) {
          m.words_at = static_cast<uint32_t>(match_words_.size());
          m.words = static_cast<uint32_t>(stack_.size());
          match_words_.insert(match_words_.end(), stack_.begin(), stack_.end());
          matches_.push_back(m);
        }
      }
    }
  }
}

void Coder::SelectMatches() {
  const auto& patterns = dicts_->patterns();
  // A verb's pattern anchored on the object noun of an earlier verb's
  // pattern reads that noun as a verb: "accepted demands from the rebels
  // that it initiate political reforms" is "[accept] * demands", not
  // "[demand] * political reform".
  object_word_.assign(ids_.size(), 0);
  for (const Match& o : matches_) {
    if (patterns[o.pattern].text[0] != '[') continue;
    for (const int* w = o.begin(match_words_) + 1; w != o.end_of(match_words_); ++w) {
      object_word_[*w] = 1;
    }
  }
  matches_.erase(std::remove_if(matches_.begin(), matches_.end(),
                                [&](const Match& m) {
                                  return object_word_[m.first] &&
                                         patterns[m.pattern].text[0] == '[';
                                }),
                 matches_.end());
  std::stable_sort(matches_.begin(), matches_.end(), [&](const Match& a, const Match& b) {
    const int wa = patterns[a.pattern].words, wb = patterns[b.pattern].words;
    if (wa != wb) return wa > wb;
    // As specific: the verb's pattern ("[lift] * curfew") governs the noun's
    // ("night curfew").
    const bool va = patterns[a.pattern].text[0] == '[', vb = patterns[b.pattern].text[0] == '[';
    if (va != vb) return va;
    if (a.end - a.first != b.end - b.first) return a.end - a.first < b.end - b.first;
    return a.first < b.first;
  });
  match_word_.assign(ids_.size(), 0);
  kept_.clear();
  for (const Match& m : matches_) {
    bool free = true;
    for (const int* w = m.begin(match_words_); w != m.end_of(match_words_); ++w) {
      free = free && !match_word_[*w];
    }
    if (!free) continue;
    const char mark = IsStatement(patterns[m.pattern]) ? 2 : 1;
    for (const int* w = m.begin(match_words_); w != m.end_of(match_words_); ++w) {
      match_word_[*w] = mark;
    }
    kept_.push_back(m);
  }
  std::sort(kept_.begin(), kept_.end(),
            [](const Match& a, const Match& b) { return a.first < b.first; });
  matches_.swap(kept_);
}

bool Coder::IsMatchWord(int token) const {
  return token >= 0 && token < static_cast<int>(match_word_.size()) && match_word_[token];
}

bool Coder::IsComplementGerund(int first) const {
  const auto& toks = *tokens_;
  if (first < 1) return false;
  const std::string& w = toks[first].norm;
  const bool gerund = IsGerund(w);
  return gerund && (class_[first - 1] & kOfFor);
}

bool Coder::IsStatement(const VerbPattern& p) const {
  return p.cameo.size() >= 2 && p.cameo.compare(0, 2, "01") == 0;
}

bool Coder::GovernsObject(int token) const {
  return IsMatchWord(token) && match_word_[token] != 2;
}

bool Coder::Circumstance(const Match& m, const VerbPattern& p) const {
  // A noun pattern in a prepositional phrase with no actor of its own is
  // the setting of another event: "after two days of fierce fighting",
  // "during a demonstration", "in its war with Iraq".
  if (p.text.empty() || p.has_source) return false;
  // "blocked streets in Hong Kong in defiance of Chinese authorities": a
  // pattern opening with a preposition, after another act in its clause,
  // is how that act was done.
  if (p.text[0] != '[' && (class_[m.first] & kPreposition)) {
    for (int b = m.first - 1; b >= 0 && !(class_[b] & (kBarrier | kComma)); --b) {
      if (IsMatchWord(b)) return true;
    }
  }
  int t = m.first - 1;
  int skipped = 0;
  for (; t >= 0 && skipped < 4; --t, ++skipped) {
    if (class_[t] & (kBarrier | kComma)) return false;
    if (in_mention_[t] || IsMatchWord(t)) return false;
    if (class_[t] & kPreposition) break;
  }
  if (t < 0 || !(class_[t] & kPreposition) || (class_[t] & kTargetPrep)) return false;
  const std::string& w = (*tokens_)[t].norm;
  if (p.text[0] != '[') return w != "by";
  // A verb's pattern matching a noun ("after bloody tribal clashes", "amid
  // protests") in a phrase of time or cause; a gerund right after the
  // preposition ("after meeting Putin") is still a verb.
  if (!(class_[t] & kSetting)) return false;
  const std::string& v = (*tokens_)[m.first].norm;
  return skipped > 0 || !IsGerund(v);
}

bool Coder::Adjectival(const Match& m, const VerbPattern& p) const {
  // "the occupied West Bank", "a wounded soldier", "U.S.-trained rebels":
  // a participle after a determiner or a hyphen describes, it does not
  // report an act.
  if (m.first < 1 || p.text.empty() || p.text[0] != '[') return false;
  // Nor does a verb's word inside a capitalised name ("South Asia Free
  // Trade Agreement"), unless the sentence is a title-case headline.
  if (!title_case_ && InProperName(m.first) && m.first + 1 < static_cast<int>(tokens_->size()) &&
      (*tokens_)[m.first + 1].capitalized) {
    return true;
  }
  const std::string& before = (*tokens_)[m.first - 1].norm;
  const bool hyphened = before == "-";
  if (!hyphened && !(class_[m.first - 1] & (kDeterminer | kGlue))) return false;
  const std::string& w = (*tokens_)[m.first].norm;
  // After an article a verb's word is a noun ("a charge Moscow rejected",
  // "the attack"): noun acts have patterns of their own.
  if (before == "a" || before == "an" || before == "the") return true;
  // So after a possessive ("last week's arrest of activists").
  if (before == "'s" || before == "'") return true;
  return w.size() > 3 && (w.compare(w.size() - 2, 2, "ed") == 0 ||
                          w.compare(w.size() - 2, 2, "en") == 0);
}

bool Coder::Subordinate(const Match& m) const {
  // The act of a purpose clause ("opened fire to disperse them") or of a
  // participle after a comma (", killing one person"): a detail of the
  // sentence's event, not an event of its own. Aspect verbs ("continued
  // to send", "began to withdraw") and frames (FindFrames) govern acts that
  // are events.
  const int t = m.first - 1;
  if (t < 1) return false;
  // A relative clause ("the province, where 28 people were killed last
  // March") gives background.
  const auto& toks = *tokens_;
  // "a resolution that aims to tighten sanctions and impose a blockade": a
  // verb right after "and" shares the clause of the predicate before it.
  bool shares_clause = (class_[t] & kAnd) != 0;
  for (int r = t, words = 0; r >= 0 && words < 12; --r) {
    if (class_[r] & (kBarrier | kSemicolon)) break;
    // "but was still refusing", "and will resign": a new predicate of the
    // main clause starts there.
    if (toks[r].norm == "but") break;
    if ((class_[r] & kAnd) && r + 1 < m.first &&
        (IsAuxiliary(r + 1) || (class_[r + 1] & kObligation))) {
      break;
    }
    if (class_[r] & kRelative) return true;
    // A condition ("to help defend Saudi Arabia if it is attacked") has
    // not happened.
    if (class_[r] & kConditional) return true;
    // A clause of time or cause with its own subject ("one day after a
    // Serbian jet shot down a helicopter", "as the opposition threatened")
    // is the background of the main event.
    // ("quoted as saying he would" reports, it does not set a scene.)
    if (r < t && (class_[r] & (kSubordinator | kSetting)) &&
        (*tokens_)[r + 1].norm != "saying") {
      return true;
    }
    // "the opposition that has been fighting": "that" before an auxiliary
    // opens a relative clause ("said that X will" does not).
    if (toks[r].norm == "that" && r + 1 < static_cast<int>(class_.size()) && IsAuxiliary(r + 1)) {
      return true;
    }
    // "the faction that controls Afghanistan", "an allegation that the
    // NPFL had taken over the city": "that" right after a noun (not a verb,
    // whose complement it would open) opens a relative or content clause.
    if ((*tokens_)[r].norm == "that" && r > 0 && RelativeThat(r)) {
      return true;
    }
    // "in which it said 20 people were killed": a statement verb inside the
    // clause does not end it.
    // "... were killed or wounded": the second of two coordinated verbs
    // is in the clause of the first.
    const bool paired = r + 2 == m.first && ((*tokens_)[r + 1].norm == "or" ||
                                             (*tokens_)[r + 1].norm == "and");
    if (IsMatchWord(r) && match_word_[r] != 2 && !paired) {
      // "where 28 people have been killed in ethnic riots": an act in a
      // prepositional phrase right after a background predicate is
      // background too.
      bool phrase = r + 4 >= m.first && m.first >= 2 && ((class_[m.first - 1] & kPreposition) ||
                                         (class_[m.first - 2] & kPreposition));
      for (int k = r + 1; k < m.first && phrase; ++k) {
        phrase = !in_mention_[k] && !(class_[k] & (kBarrier | kComma));
      }
      for (const Match& o : matches_) {
        if (phrase && o.first < m.first && IsWordOf(o, r) && Subordinate(o)) return true;
      }
      if (!shares_clause) break;
      // Past the words of that one predicate only.
      shares_clause = false;
      for (const Match& o : matches_) {
        if (o.first <= r && r < o.end) r = o.first;
      }
      continue;
    }
    words += !in_mention_[r] && !IsMatchWord(r) && !(class_[r] & kBe);  // "where Russian jets bombed": the subject may stand between
  }
  const std::string& w = (*tokens_)[m.first].norm;
  const std::string& before = (*tokens_)[t].norm;
  const bool gerund = IsGerund(w);
  if (class_[t] & kComma) return gerund;
  // ", killing one person and arresting 12": a gerund after "and" is as
  // the gerund before it.
  if (gerund && (class_[t] & kAnd)) {
    for (const Match& o : matches_) {
      if (o.end <= t && o.end + 3 >= t && o.first < m.first &&
          IsGerund((*tokens_)[o.first].norm) && Subordinate(o)) {
        return true;
      }
    }
  }
  // A gerund after a preposition is the means or manner of another act
  // ("blocked the bridge by dumping sawdust", "joining demonstrators in
  // demanding a referendum"); after "to", "of" and "for" it is the content of
  // a frame or an accusation (FindFrames, IsComplementGerund); after "after"
  // or "before" an act of its own ("after meeting Putin").
  if (gerund && (class_[t] & kPreposition) && !(class_[t] & (kOfFor | kTargetPrep | kSetting))) {
    return true;
  }
  // "charging its neighbor with supporting dissidents": after "with", what
  // someone is charged with or credited with; "the decision of sending
  // troops": after "of" or "for" following a plain noun, that noun's
  // content.
  if (gerund && before == "with") return true;
  if (gerund && (class_[t] & kOfFor) && t >= 1 && class_[t - 1] == 0 && !in_mention_[t - 1] &&
      !IsMatchWord(t - 1)) {
    return true;
  }
  // A participle after the object of an earlier act, with no comma:
  // "blocked roads in the capital demanding that he be reinstated".
  if (gerund && (in_mention_[t] || class_[t] == 0) && !IsMatchWord(t)) {
    for (int r = t - 1; r >= 0; --r) {
      if (class_[r] & (kBarrier | kSemicolon | kComma | kAnd | kRelative)) break;
      if (IsMatchWord(r)) return true;
    }
  }
  if (before != "to") return false;
  int v = t - 1;
  while (v > 0 && (class_[v] & kTransparent)) --v;  // "continued on Monday to"
  const std::string& verb = (*tokens_)[v].norm;
  static constexpr std::string_view kAspect[] = {
      "continue", "continued", "continues", "continuing", "begin", "began", "begins",
      "begun", "start", "started", "starts", "resume", "resumed", "resumes", "try",
      "tried", "tries", "trying", "seek", "sought", "seeks", "decide", "decided",
      "decides", "move", "moved", "moves", "go", "went", "going", "set", "used",
      "able", "expected", "likely", "due", "about", "agreed", "refused", "threatened"};
  for (std::string_view a : kAspect) {
    if (verb != a) continue;
    // "a member of the Chadian team trying to broker a peace pact": a
    // participle right after a noun describes it.
    const bool participle = IsGerund(verb);
    return participle && v >= 1 && !in_mention_[v - 1] && !IsMatchWord(v - 1) &&
           !(class_[v - 1] & ~kCollective);
  }
  return true;
}

int Coder::OwnerOfNoun(const Match& m, const VerbPattern& p) const {
  // "Russian air strikes", "Israel's invasion": a noun pattern right after
  // a mention (or its "'s") is that actor's act.
  if (p.text.empty() || p.text[0] == '[' || m.first < 1) return -1;
  // A pattern that opens with a preposition ("in defiance of +") owns
  // nothing: "streets in Hong Kong in defiance of" is no act of Hong Kong.
  if (class_[m.first] & kPreposition) return -1;
  int t = m.first;
  if (class_[t - 1] & kGlue) --t;  // 's
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    if (mentions_[mi].end == t && !mentions_[mi].implied) return static_cast<int>(mi);
  }
  return -1;
}

bool Coder::Passive(int first) const {
  // "were killed", "has been arrested"; not "is opposed to", "is ready to"
  // (adjectival: the subject acts) nor "was visiting".
  if (first < 1 || !(class_[first - 1] & kBe)) return false;
  const std::string& w = (*tokens_)[first].norm;
  if (IsGerund(w)) return false;
  const int next = first + 1;
  if (next >= static_cast<int>(class_.size())) return true;
  // "were engaged in ethnic cleansing", "are locked in talks": a state,
  // not an act done to the subject.
  static constexpr std::string_view kStates[] = {"engaged", "involved", "embroiled",
                                                 "locked", "mired", "bogged"};
  if ((*tokens_)[next].norm == "in") {
    for (std::string_view k : kStates) {
      if (w == k) return false;
    }
  }
  return (*tokens_)[next].norm != "to";
}

int Coder::AgentAfter(int token, int limit) const {
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    const Mention& m = mentions_[mi];
    if (m.begin < token || m.implied) continue;
    if (m.begin >= limit) return -1;
    for (int t = token; t < m.begin; ++t) {
      if (class_[t] & kBarrier) return -1;
    }
    int t = m.begin - 1;
    while (t > token && (class_[t] & kDeterminer)) --t;
    if (t >= token && (*tokens_)[t].norm == "by") return static_cast<int>(mi);
  }
  return -1;
}

bool Coder::IsWordOf(const Match& m, int token) const {
  return std::find(m.begin(match_words_), m.end_of(match_words_), token) !=
         m.end_of(match_words_);
}

bool Coder::OwnsThePatternsNoun(const Match& m, int g) const {
  const Mention& x = mentions_[g];
  const int n = static_cast<int>(class_.size());
  if (x.end >= n) return false;
  // "North Korea's demand".
  if ((class_[x.end] & kGlue) && (*tokens_)[x.end].norm != "of" && (*tokens_)[x.end].norm != "the") {
    return true;
  }
  // "a Karen guerrilla stronghold": an agent right before the pattern's
  // noun is whose the noun is.
  if (x.agent >= 0 && x.actor < 0 && x.end < m.end && IsWordOf(m, x.end)) return true;
  // "French mediation", "a Senegalese peace plan": a nationality right
  // before the pattern's noun (a word or two of its own between).
  if (!x.adjective || x.place) return false;
  for (int t = x.end; t < n && t < x.end + 3 && t < m.end; ++t) {
    if (IsWordOf(m, t)) return true;
    if (class_[t] != 0 || in_mention_[t]) return false;
  }
  return false;
}

int Coder::MentionInGap(const Match& m) const {
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    const Mention& x = mentions_[mi];
    if (x.begin <= m.first || x.implied) continue;
    // It may run past the match: "[ban] * opposition" in "banned Ugandan
    // opposition candidates".
    if (x.begin >= m.end) break;
    // A mention the pattern's words run through is part of its term, not an
    // actor: "state" in "[lift] * state of emergency" (but "people" in
    // "[kill] * people" is the target).
    if (IsWordOf(m, x.begin) && IsWordOf(m, x.end)) continue;
    for (int t = m.first; t < x.begin; ++t) {
      if (class_[t] & kComma) return -1;
    }
    return static_cast<int>(mi);
  }
  return -1;
}

bool Coder::Future(int first) const {
  // "will visit", "would soon visit", "will not" is a negation (Negated).
  for (int t = first - 1; t >= 0 && t >= first - 3; --t) {
    if (class_[t] & kFuture) return true;
    if (class_[t] & (kBarrier | kComma | kAnd)) return false;
  }
  return false;
}

bool Coder::Negated(int first) const {
  for (int t = first - 1; t >= 0 && t >= first - 3; --t) {
    if (class_[t] & kNegation) return true;
  }
  return false;
}

bool Coder::Obligated(int first) const {
  for (int t = first - 1; t >= 0 && t >= first - 3; --t) {
    if (class_[t] & kObligation) return true;
    if (class_[t] & (kBarrier | kComma)) return false;
  }
  return false;
}

void Coder::Coordinated(int mi, bool backward, std::vector<int>* out) const {
  out->assign(1, mi);
  int cur = mi;
  if (backward) {
    // Collected last member first, reversed at the end.
    for (int prev; (prev = PreviousMember(cur, out->size())) >= 0; cur = prev) {
      out->push_back(prev);
    }
    std::reverse(out->begin(), out->end());
    return;
  }
  // "A and B", "A, B, C and D": members after a comma count once an "and"
  // closes the list (else "Syria, Russia's ally" would be two).
  const int n = static_cast<int>(class_.size());
  size_t confirmed = 1;
  for (;;) {
    int t = mentions_[cur].end;
    const bool comma = t < n && (class_[t] & kComma);
    if (comma) ++t;
    const bool conj = t < n && (class_[t] & kAnd);
    if (!conj && !comma) break;
    const int next = MentionStartingAt(conj ? t + 1 : t);
    if (next < 0) break;
    out->push_back(next);
    cur = next;
    if (conj) confirmed = out->size();
  }
  // "to Iran, Libya, North Korea, Sudan, and with strings attached, Cuba":
  // three names in a comma run are a list even before an "and" closes it.
  if (confirmed == 1 && out->size() >= 3 &&
      std::all_of(out->begin(), out->end(), [&](int k) { return !mentions_[k].adjective; })) {
    confirmed = out->size();
  }
  out->resize(confirmed);
}

bool Coder::InSettlement(int mi) const {
  // "Iraqi towns", "the town of Cizre in southeastern Turkey", "demolished
  // Palestinian homes": a country named for where towns or homes lie
  // stands for the people who live there.
  const auto settlement = [&](int t) { return IsSettlement((*tokens_)[t].norm); };
  const Mention& x = mentions_[mi];
  if (x.end < static_cast<int>(tokens_->size()) && settlement(x.end)) return true;
  for (int t = x.begin - 1; t >= 0 && t >= x.begin - 6; --t) {
    // (Past the town's own name: "Cizre".)
    if (mention_at_[t] >= 0 && mentions_[mention_at_[t]].place) continue;
    if (class_[t] & (kBarrier | kComma) || in_mention_[t] || IsMatchWord(t)) return false;
    if (settlement(t)) return true;
  }
  return false;
}

bool Coder::IsOfficeTitle(int atom) const {
  // A title that names an office ("President", "Prime Minister",
  // "foreign minister"), not a role in any body ("leader", "chief").
  if (atom < 0) return false;
  const std::string& w = (*tokens_)[atoms_[atom].end - 1].norm;
  return w == "president" || w == "minister" || w == "premier" || w == "chancellor";
}

int Coder::OtherEnd(int mi) const {
  const Mention& from = mentions_[mi];
  const int n = static_cast<int>(tokens_->size());
  if (from.begin == 0 || (*tokens_)[from.begin - 1].norm != "from" || from.end + 1 >= n ||
      (*tokens_)[from.end].norm != "to") {
    return -1;
  }
  return MentionStartingAt(from.end + 1);
}

int Coder::CollectiveBefore(int token) const {
  // "a group of", "members of": a collective noun with its determiner and
  // "of" before a coordinated member.
  const int n = static_cast<int>(class_.size());
  int t = token;
  while (t < n && t < token + 2 && (class_[t] & kDeterminer)) ++t;
  if (t + 1 < n && (class_[t] & kCollective) && (*tokens_)[t + 1].norm == "of") return t + 2;
  return token;
}

int Coder::PreviousMember(int mi, size_t members) const {
  int t = mentions_[mi].begin - 1;
  // "Fabius and a group of deputies".
  for (int c = t - 1; c >= 1 && c >= t - 3; --c) {
    if ((class_[c - 1] & kAnd) && CollectiveBefore(c) == t + 1) {
      t = c - 1;
      break;
    }
  }
  if (t >= 0 && (class_[t] & kDeterminer)) --t;
  if (t < 1) return -1;
  // "A and B", "A, B and C": a comma links only once a list has begun.
  const bool link = (class_[t] & kAnd) || ((class_[t] & kComma) && members > 1);
  if (!link) return -1;
  for (int k = mi - 1; k >= 0; --k) {
    if (mentions_[k].end <= t && mentions_[k].end != t) break;
    if (mentions_[k].end != t) continue;
    // "In Syria, Kerry and Lavrov": an opening phrase's comma ends it.
    int p = mentions_[k].begin - 1;
    while (p >= 0 && (class_[p] & kDeterminer)) --p;
    const bool opening = p >= 0 && (class_[p] & kPreposition) && (p == 0 || (class_[p - 1] & kBarrier));
    return (class_[t] & kComma) && opening ? -1 : k;
  }
  return -1;
}

int Coder::CoordinationHead(int mi) const {
  // Coordinated(mi, backward).front() without the vector.
  size_t members = 1;
  for (int prev; (prev = PreviousMember(mi, members)) >= 0; mi = prev) ++members;
  return mi;
}

int Coder::SubjectBefore(int token) const {
  // A bare nationality ("Iraqi Kurds demonstrated") is the subject only
  // when nothing else can be.
  const int s = SubjectBefore(token, /*adjectives=*/false);
  return s >= 0 ? s : SubjectBefore(token, /*adjectives=*/true);
}

int Coder::SubjectBefore(int token, bool adjectives) const {
  for (int mi = static_cast<int>(mentions_.size()) - 1; mi >= 0; --mi) {
    const Mention& m = mentions_[mi];
    if (m.end > token || m.implied) continue;
    // "Israel and the Palestinians reached a consensus": a nationality
    // coordinated after an actor is one of the subjects.
    const auto joined = [&] {
      const int head = CoordinationHead(mi);
      return head != mi && !mentions_[head].adjective;
    };
    if (m.adjective != adjectives && !(m.adjective && joined())) continue;
    bool barrier = false;
    for (int t = m.end; t < token && !barrier; ++t) barrier = class_[t] & kSemicolon;
    if (barrier) return -1;
    // Walk to the first member of its coordination: its governor decides,
    // past determiners, numbers and directions ("killed one U.S. soldier
    // and wounded", "Ethnic Albanians in south Serbia are demanding").
    const int head = CoordinationHead(mi);
    int t = mentions_[head].begin - 1;
    for (int k = 0;
         k < 4 && t >= 0 && (IsDeterminerOrNumber(t) || IsDirection((*tokens_)[t].norm)); ++k) {
      --t;
    }
    // "A group of Moroccan diplomats held...": "of" after a collective
    // noun does not make its object.
    const bool collective_of = t >= 1 && (class_[t] & kOfFor) && (*tokens_)[t].norm == "of" &&
                               (class_[t - 1] & kCollective);
    if (t >= 0 && !collective_of && ((class_[t] & kPreposition) || GovernsObject(t))) continue;
    if (InApposition(mi, token)) continue;
    return mi;
  }
  return -1;
}

bool Coder::InApposition(int mi, int token) const {
  // "Pakistan, a key U.S. ally in the war, has refused": a mention inside
  // an indefinite noun phrase set off by commas describes the subject
  // named before it.
  const Mention& m = mentions_[mi];
  int close = m.end;
  while (close < token && !(class_[close] & kComma)) ++close;
  if (close >= token) return false;
  int open = m.begin - 1;
  while (open >= 0 && !(class_[open] & (kComma | kBarrier))) --open;
  if (open < 1 || !(class_[open] & kComma)) return false;
  const std::string& first = (*tokens_)[open + 1].norm;
  if (first != "a" && first != "an") return false;
  for (int t = open - 1; t >= 0 && !(class_[t] & kBarrier); --t) {
    if (mention_at_[t] >= 0) return true;
  }
  return false;
}

int Coder::TargetAfter(int token, int limit) const {
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    const Mention& m = mentions_[mi];
    if (m.begin < token || m.implied) continue;
    if (m.begin >= limit) return -1;
    // Nor past the opening of another clause: "shortened the curfew after a
    // coup toppled the civilian government".
    // A phrase of time that has a verb of its own is a clause: the target
    // is neither after its verb ("after a coup toppled the civilian
    // government") nor its subject ("after a special court cleared him").
    const auto past = [&](int t) { return IsPastForm((*tokens_)[t].norm); };
    bool barrier = false;
    int setting = -1;
    for (int t = token; t < m.begin && !barrier; ++t) {
      barrier = class_[t] & (kBarrier | kComma | kSubordinator | kRelative);
      // "agreed to resign without returning to Kyrgyzstan": what is not
      // done names no target.
      barrier = barrier || (*tokens_)[t].norm == "without";
      // Nor into a purpose clause: "resigned to allow Haiti's first
      // democratic elections".
      barrier = barrier || (t > token && Infinitive(t));
      if (class_[t] & kSetting) setting = t;
      barrier = barrier || (setting >= 0 && t > setting + 1 && past(t) &&
                            !(class_[t - 1] & kDeterminer));
    }
    if (barrier || (setting >= 0 && m.end < static_cast<int>(tokens_->size()) && past(m.end))) {
      return -1;
    }
    const int head = CoordinationHead(static_cast<int>(mi));
    int t = mentions_[head].begin - 1;
    if (t >= 0 && (class_[t] & kDeterminer)) --t;
    // "U.S.-trained rebels": a mention joined to a participle modifies
    // the noun after it.
    if (m.end < static_cast<int>(tokens_->size()) && (*tokens_)[m.end].norm == "-") continue;
    // "withdraw its troops", "their peacekeeping force": the subject's own.
    if (m.contextual && m.begin > 0 && (*tokens_)[m.begin - 1].norm != "the" &&
        (class_[m.begin - 1] & kDeterminer) && IsPossessive((*tokens_)[m.begin - 1].norm)) {
      continue;
    }
    if (t >= 0 && (class_[t] & kPreposition) && !(class_[t] & kTargetPrep)) {
      // "rejected calls by Belarus", "an offer from Afghanistan", "demanded
      // an immediate admission by Moscow": within three words of the
      // pattern's end, "by"/"from" name whose it is; "shelled positions of
      // the Palestinian forces": within two, so does "of" (not "tensions
      // over the build-up of Russian troops").
      const std::string& w = (*tokens_)[t].norm;
      const bool owner = ((w == "by" || w == "from") && t - token <= 3) ||
                         (w == "of" && t - token <= 2);
      if (!owner) continue;
    }
    return OwnedBy(static_cast<int>(mi));
  }
  return -1;
}

int Coder::DemandedOf(size_t k, int source) const {
  // The demand or protest a protest makes right after it, in its clause
  // ("calling for independence from Iraq", "to demand the resignation of
  // President Ben Bella"), and the actor that demand names.
  if (k + 1 >= matches_.size()) return -1;
  const Match& d = matches_[k + 1];
  if (!RootIn(dicts_->PatternCameo(d.pattern), {"02", "10", "11", "14"}) ||
      d.first - matches_[k].end > kMaxDemandDistance) {
    return -1;
  }
  for (int t = matches_[k].end; t < d.first; ++t) {
    if (class_[t] & (kBarrier | kComma | kSubordinator | kRelative)) return -1;
  }
  const int limit = k + 2 < matches_.size() ? matches_[k + 2].first
                                            : static_cast<int>(tokens_->size());
  const int o = d.target >= 0 ? d.target : TargetAfter(d.end, limit);
  if (o < 0 || mentions_[o].code == mentions_[source].code) return -1;
  return o;
}

int Coder::OwnedBy(int mi) const {
  // "Jordan's visiting King Abdullah II": the country's own actor a word
  // or two after its possessive is who is meant.
  const Mention& x = mentions_[mi];
  const int n = static_cast<int>(tokens_->size());
  if (x.end >= n || (*tokens_)[x.end].norm != "'s" || x.country < 0) return mi;
  for (int t = x.end + 1; t < n && t <= x.end + 3; ++t) {
    if (class_[t] & (kBarrier | kComma | kPreposition)) break;
    const int w = mention_at_[t];
    if (w < 0) continue;
    const Mention& y = mentions_[w];
    if ((y.actor >= 0 || y.agent >= 0) && CountryOfCode(y.code) == x.country) return w;
    break;
  }
  return mi;
}

const CameoInfo* Coder::MannerOf(size_t k, const CameoInfo* cameo) const {
  // "suicide bombers killed 23 people when they blew themselves up": a
  // clause of time whose subject is the doer's pronoun tells how the
  // unspecified force was used (190 -> 1831).
  if (cameo == nullptr || cameo->code.size() != 3 || cameo->code[2] != '0' ||
      !RootIn(cameo, {"18", "19"}) || k + 1 >= matches_.size()) {
    return nullptr;
  }
  const Match& m = matches_[k];
  const Match& next = matches_[k + 1];
  int when = -1;
  for (int t = m.end; t < next.first; ++t) {
    if (class_[t] & kBarrier) return nullptr;
    const std::string& w = (*tokens_)[t].norm;
    if (w == "when" || w == "as") when = t;
  }
  if (when < 0 || next.first - when > 2) return nullptr;
  if (next.first - when == 2 && !IsPronoun((*tokens_)[when + 1].norm)) return nullptr;
  const CameoInfo* how = dicts_->PatternCameo(next.pattern);
  if (!RootIn(how, {"18", "19", "20"}) || how->code == cameo->code) return nullptr;
  return how;
}

bool Coder::IsCountryOrPlace(int mi) const {
  const Mention& x = mentions_[mi];
  return x.actor < 0 && x.agent < 0 && !x.implied && x.country >= 0;
}

bool Coder::PluralMention(int mi) const {
  // "the two sides", "ministers", "the Koreas": a mention whose last word
  // is a plural noun stands for several parties.
  const Mention& x = mentions_[mi];
  if (x.begin >= x.end) return false;
  const std::string& w = (*tokens_)[x.end - 1].norm;
  return w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's' && w[w.size() - 2] != 'u' &&
         w[w.size() - 2] != '\'';
}

bool Coder::ChargeAfter(int from, int* first, int* end) const {
  static constexpr std::string_view kCharges[] = {"charge",     "charges",    "allegation",
                                                   "allegations", "accusation", "accusations",
                                                   "suspicion"};
  const int n = static_cast<int>(tokens_->size());
  for (int t = from; t < n && t < from + kMaxChargeDistance; ++t) {
    if (class_[t] & (kBarrier | kComma | kSubordinator | kRelative)) return false;
    const std::string& w = (*tokens_)[t].norm;
    if (w == "on" || w == "over") {
      // "on allegations of treason", "on corruption charges", "on
      // trumped-up charges".
      for (int c = t + 1; c < n && c <= t + 3; ++c) {
        const std::string& x = (*tokens_)[c].norm;
        if (std::find(std::begin(kCharges), std::end(kCharges), x) != std::end(kCharges)) {
          *first = t;
          *end = c + 1;
          return true;
        }
        if (class_[c] & (kBarrier | kComma | kPreposition)) break;
      }
    } else if (w == "for" && t + 1 < n && IsGerund((*tokens_)[t + 1].norm)) {
      // "arrested for collaborating with Israel" (not "for the killing").
      *first = t;
      *end = t + 2;
      return true;
    }
  }
  return false;
}

bool Coder::IsJointAct(const CameoInfo* cameo) {
  // Intents, consultations, diplomatic and material cooperation: "Jordan
  // and Britain agreed to hold exercises" is each with the other.
  if (cameo == nullptr || cameo->code.size() < 2 || cameo->code[0] != '0') return false;
  return cameo->code[1] >= '3' && cameo->code[1] <= '6';
}

void Coder::AbsorbContent(size_t k) {
  // What is asked for, demanded or rejected is not done: "rejected an
  // Indian proposal for signing a free-trade agreement", "demanded that
  // the US match the EU's support". The acts of the rest of the clause are
  // its content, not events (the frame rules above take the first one as
  // the act when the request names none).
  const CameoInfo* c = dicts_->PatternCameo(matches_[k].pattern);
  if (c == nullptr || c->code.size() < 2) return;
  const std::string root = c->code.substr(0, 2);
  if (root != "02" && root != "10" && root != "12") return;
  const int n = static_cast<int>(class_.size());
  int clause_end = matches_[k].end;
  while (clause_end < n && !(class_[clause_end] & (kBarrier | kComma | kAnd)) &&
         clause_end < matches_[k].end + 12) {
    ++clause_end;
  }
  for (size_t j = k + 1; j < matches_.size() && matches_[j].first < clause_end; ++j) {
    if (!framed_[j].absorbed) framed_[j].absorbed = true;
  }
}

bool Coder::ViolentMeans(size_t k) {
  // "killed in a suicide car bombing", "wounded by an air strike": the
  // means names the act more exactly than the verb of harm.
  if (k + 1 >= matches_.size()) return false;
  const CameoInfo* harm = dicts_->PatternCameo(matches_[k].pattern);
  const CameoInfo* means = dicts_->PatternCameo(matches_[k + 1].pattern);
  const auto violent = [](const CameoInfo* c) {
    return c != nullptr && c->code.size() >= 3 &&
           (c->code.compare(0, 2, "18") == 0 || c->code.compare(0, 2, "19") == 0 ||
            c->code.compare(0, 2, "20") == 0);
  };
  if (!violent(harm) || !violent(means) || harm == means) return false;
  const Match& a = matches_[k];
  const Match& b = matches_[k + 1];
  const VerbPattern& first = dicts_->patterns()[a.pattern];
  if (!first.text.empty() && first.text[0] != '[' && !first.has_source) {
    // "A roadside bombing near Samarra killed one U.S. soldier": a violent
    // noun as the subject of a verb of harm is the act; who did it is not
    // said (UnknownAttacker).
    bool subject_between = false;
    for (const Mention& x : mentions_) {
      subject_between = subject_between ||
                        (x.begin >= a.end && x.end <= b.first && !x.adjective && !x.implied);
    }
    for (int t = a.end; t < b.first; ++t) {
      if (class_[t] & (kBarrier | kComma | kAnd)) return false;
    }
    if (subject_between || b.first - a.end > 8 || SubjectBefore(a.first) >= 0) return false;
    framed_[k + 1].code = harm;  // here matches_[k] is the noun, the more exact act
    framed_[k + 1].future = true;
    framed_[k + 1].unknown_source = true;
    framed_[k].absorbed = true;
    return true;
  }
  if (b.first - a.end > 5) return false;
  bool linked = false;
  for (int t = a.end; t < b.first; ++t) {
    if (class_[t] & (kBarrier | kComma)) return false;
    const std::string& w = (*tokens_)[t].norm;
    linked = linked || w == "in" || w == "by" || w == "with";
  }
  if (!linked) return false;
  framed_[k].code = means;
  framed_[k].future = true;  // the code only: no act of its own to take
  framed_[k + 1].absorbed = true;
  return true;
}

bool Coder::ReportedObligation(size_t k) {
  // "Mubarak said the US must be ready to mediate": the speaker demands
  // (must) or appeals (should) that the subject of the reported clause act.
  const Match& say = matches_[k];
  const int n = static_cast<int>(class_.size());
  int modal = -1;
  for (int t = say.end; t < n && t < say.end + 16; ++t) {
    if (class_[t] & (kBarrier | kSemicolon)) return false;
    if (class_[t] & kObligation) {
      modal = t;
      break;
    }
  }
  if (modal < 0) return false;
  // The subject of the modal, not a place inside it ("the rebels in
  // Darfur must").
  const int subject = SubjectBefore(modal);
  if (subject < 0 || mentions_[subject].begin < say.end || modal - mentions_[subject].end > 4) {
    return false;
  }
  const bool must = (*tokens_)[modal].norm != "should";
  const int as = static_cast<int>(must ? Frame::kDemand : Frame::kAppeal);
  const CameoInfo* code = dicts_->Cameo(must ? "100" : "020");
  size_t act = k + 1;
  while (act < matches_.size() && matches_[act].first <= modal) ++act;
  if (act < matches_.size() && matches_[act].first - modal <= kMaxFrameGap) {
    const CameoInfo* act_code = dicts_->PatternCameo(matches_[act].pattern);
    if (const CameoInfo* c = act_code ? dicts_->Framed(as, act_code->code) : nullptr) {
      code = c;
    }
    framed_[act].absorbed = true;
  }
  if (code == nullptr) return false;
  framed_[k].frame = as;
  framed_[k].code = code;
  framed_[k].future = true;  // no act match of its own to take
  framed_[k].target = subject;
  return true;
}

bool Coder::IsConflict(const CameoInfo* cameo) {
  // Protest, force posture, sanctions, coercion and violence (14x-20x).
  return cameo != nullptr && cameo->code.size() >= 2 && cameo->code.compare(0, 2, "14") >= 0;
}

bool Coder::RootIn(const CameoInfo* cameo, std::initializer_list<std::string_view> roots) {
  if (cameo == nullptr || cameo->code.size() < 2) return false;
  const std::string_view root = std::string_view(cameo->code).substr(0, 2);
  for (std::string_view r : roots) {
    if (root == r) return true;
  }
  return false;
}

bool Coder::IsViolent(const CameoInfo* cameo) {
  // Coercion and violence done to people and places (17x-20x).
  return RootIn(cameo, {"17", "18", "19", "20"});
}

bool Coder::IsHarm(const CameoInfo* cameo) {
  // Threats, sanctions, coercion and violence (13x, 16x-20x).
  return RootIn(cameo, {"13", "16", "17", "18", "19", "20"});
}

bool Coder::IsTerritorial(const CameoInfo* cameo) {
  // Acts done to a place when no one is named: intents and threats (a
  // curfew, an evacuation), yielding (lifting a state of emergency), force
  // posture, cutting ties, coercion and violence. Not words (a rejection
  // "in Yemen" is made there, not to it), nor a halt to fighting (a
  // ceasefire or a surrender "in south Lebanon" is made to the other side,
  // not to the place).
  if (cameo != nullptr && cameo->code.compare(0, 3, "087") == 0) return false;
  return RootIn(cameo, {"03", "08", "13", "15", "16", "17", "18", "19", "20"});
}

bool Coder::IsDirection(const std::string& w) {
  static constexpr std::string_view kDirections[] = {
      "north",        "south",        "east",         "west",         "northern",
      "southern",     "eastern",      "western",      "central",      "northeastern",
      "northwestern", "southeastern", "southwestern", "the"};
  for (std::string_view d : kDirections) {
    if (w == d) return true;
  }
  return false;
}

bool Coder::IsPossessive(const std::string& w) {
  return w == "its" || w == "their" || w == "his" || w == "her" || w == "our";
}

bool Coder::IsProtest(const CameoInfo* cameo) {
  return cameo != nullptr && cameo->code.compare(0, 2, "14") == 0;
}

int Coder::UnknownAttacker(const Match& m) {
  // "Three servicemen were killed outside Basra": violence by no one named
  // is CAMEO's unidentified armed forces (UAF) of the place it happened.
  return DoerOfThePlace(m, {"18", "19", "20"}, "UAF",
                        "unidentified armed forces of where the violence happened");
}

int Coder::UnknownAuthority(const Match& m) {
  // "A missionary was arrested in Lebanon": coercion (17x) by no one named
  // is the doing of the authorities of the place it happened.
  return DoerOfThePlace(m, {"17"}, "GOV", "the authorities of where the coercion happened");
}

int Coder::DoerOfThePlace(const Match& m, std::initializer_list<std::string_view> roots,
                          const char* agent, const char* why) {
  if (!RootIn(dicts_->PatternCameo(m.pattern), roots)) return -1;
  const int place = StoryPlace();
  return place < 0 ? -1 : AddImplied(m.first, place, agent, why);
}

bool Coder::NoActorSubject(int token) const {
  // "A minefield explosion near Samarra killed two youths": the clause
  // before the verb has words but no actor and no pronoun.
  int words = 0;
  for (int t = token - 1; t >= 0; --t) {
    if (class_[t] & (kBarrier | kComma | kSemicolon)) break;
    if (IsMatchWord(t)) return false;
    if (in_mention_[t]) {
      // A place ("near Marib") or a nationality is no actor.
      for (const Mention& x : mentions_) {
        if (x.begin <= t && t < x.end && !x.adjective && !x.implied) return false;
      }
    }
    const std::string& w = (*tokens_)[t].norm;
    if (IsPronoun(w) || w == "who" || w == "which" || w == "that") return false;
    ++words;
  }
  return words > 0;
}

bool Coder::SpeakerIsNotTheDoer(int subject, const Match& m) const {
  // "X said clashes continued": an act that is the subject of a clause
  // after a statement verb, the clause naming no actor and no pronoun ("X
  // said he would"), is not the speaker's. ("Italy announced a suspension
  // of air links" is: the act is the statement's object.)
  const int first = m.first;
  const int n = static_cast<int>(class_.size());
  int next = m.end;
  while (next < n && (class_[next] & kTransparent)) ++next;
  if (next >= n) return false;
  if (!IsAuxiliary(next) && !IsPastForm((*tokens_)[next].norm)) return false;
  for (const Match& o : matches_) {
    if (o.first < mentions_[subject].end || o.end > first ||
        !IsStatement(dicts_->patterns()[o.pattern])) {
      continue;
    }
    for (int t = o.end; t < first; ++t) {
      if (in_mention_[t]) return false;
      if (IsPronoun((*tokens_)[t].norm)) return false;
    }
    return true;
  }
  return false;
}

int Coder::PurposeObject(size_t k) const {
  if (k + 1 >= matches_.size()) return -1;
  const Match& p = matches_[k + 1];
  int to = matches_[k].end;
  while (to < p.first && (class_[to] & kTransparent)) ++to;
  if (to + 1 != p.first || (*tokens_)[to].norm != "to") return -1;
  if (p.target >= 0) return p.target;
  for (size_t mi = 0; mi < mentions_.size(); ++mi) {
    const Mention& x = mentions_[mi];
    if (!x.implied && !x.adjective && x.begin > p.first && x.begin < p.end) {
      return static_cast<int>(mi);
    }
  }
  return -1;
}

int Coder::StoryPlace() const {
  int place = -1;  // first seen wins a tie
  for (int k : doc_countries_) {
    if (doc_place_count_[k] > 0 && (place < 0 || doc_place_count_[k] > doc_place_count_[place])) {
      place = k;
    }
  }
  return place;
}

int Coder::AddImplied(int token, int country, const char* agent, const char* why) {
  Mention m{token, token, dicts_->countries()[country].code + agent};
  m.country = country;
  m.implied = true;
  m.why = why;
  mentions_.push_back(std::move(m));
  return static_cast<int>(mentions_.size()) - 1;
}

int Coder::GovernmentOf(int mention) {
  // A synthetic mention (no tokens: begin == end) for COUNTRY+GOV of a
  // non-government source, appended for this sentence.
  const Mention& m = mentions_[mention];
  if (m.code.size() < 3 || m.code.compare(3, 3, "GOV") == 0) return -1;
  const int country = CountryOfCode(m.code);
  return country < 0 ? -1
                     : AddImplied(m.begin, country, "GOV",
                                  "the government a protest with no named target is against");
}

bool Coder::IsSymmetric(const CameoInfo* cameo) {
  // Talks, calls and meetings on neutral ground are each side's act; a
  // visit, hosting or mediation is one side's.
  if (cameo == nullptr) return false;
  const std::string& c = cameo->code;
  return c == "040" || c == "041" || c == "044" || c == "046";
}

void Coder::FindFrames() {
  const auto& patterns = dicts_->patterns();
  framed_.assign(matches_.size(), FramedMatch{});
  for (size_t k = 0; k < matches_.size(); ++k) {
    if (framed_[k].absorbed || framed_[k].code != nullptr) continue;
    const int frame = Dictionaries::FrameOf(patterns[matches_[k].pattern].cameo);
    if (IsStatement(patterns[matches_[k].pattern]) && ReportedObligation(k)) continue;
    if (ViolentMeans(k)) continue;
    AbsorbContent(k);
    if (frame < 0) {
      const CameoInfo* own = dicts_->PatternCameo(matches_[k].pattern);
      // "would not meet their demands", "will not accept more refugees": a
      // cooperative act refused for the future is its rejection (the frame
      // table's reject column). Other negated acts ("did not meet") are no
      // events.
      if (own != nullptr && Negated(matches_[k].first) && Future(matches_[k].first) &&
          !IsConflict(own)) {
        if (const CameoInfo* code = dicts_->Framed(static_cast<int>(Frame::kReject), own->code);
            code != nullptr) {
          framed_[k].frame = static_cast<int>(Frame::kReject);
          framed_[k].code = code;
          framed_[k].future = true;
          framed_[k].refused = true;
        }
        continue;
      }
      // "will visit", "would support": the future of a cooperative act is
      // an intent; of a coercive or violent one, a threat.
      if (own == nullptr || !Future(matches_[k].first)) continue;
      const int as = static_cast<int>(IsConflict(own) ? Frame::kThreaten : Frame::kIntent);
      if (const CameoInfo* code = dicts_->Framed(as, own->code); code != nullptr) {
        framed_[k].frame = as;
        framed_[k].code = code;
        framed_[k].future = true;
      }
      continue;
    }
    if (k + 1 >= matches_.size()) continue;
    const Match& act = matches_[k + 1];
    // The act follows in the same clause, a few words on: "agreed to
    // provide", "urged Israel to withdraw", "demanded that the army stop".
    int words = 0;
    bool near = act.first >= matches_[k].end;
    for (int t = matches_[k].end; t < act.first && near; ++t) {
      if (class_[t] & (kBarrier | kComma)) near = false;
      if (!in_mention_[t] && ++words > kMaxFrameGap) near = false;
    }
    if (!near) continue;
    const CameoInfo* act_code = dicts_->PatternCameo(act.pattern);
    if (act_code == nullptr) continue;
    // "ready to impose martial law": an intent to coerce is a threat.
    const int as = frame == static_cast<int>(Frame::kIntent) && IsConflict(act_code)
                       ? static_cast<int>(Frame::kThreaten)
                       : frame;
    const CameoInfo* code = dicts_->Framed(as, act_code->code);
    // "ordered the opposition newspaper to suspend publication": an order
    // to cut ties or to coerce is the act itself, done by who ordered it.
    const std::string& verb = (*tokens_)[matches_[k].first].norm;
    if (frame == static_cast<int>(Frame::kDemand) && verb.compare(0, 5, "order") == 0 &&
        RootIn(act_code, {"16", "17"})) {
      code = act_code;
      framed_[k].order = true;
    }
    // "insisted on its demands that Burundi's government grant ...": a
    // frame whose act is the same frame again is one.
    if (code == nullptr && Dictionaries::FrameOf(patterns[act.pattern].cameo) == frame) {
      code = act_code;
    }
    if (code == nullptr) continue;
    framed_[k].frame = frame;
    framed_[k].code = code;
    framed_[k + 1].absorbed = true;
  }
}

void Coder::CodeSentence(std::string_view text, const std::vector<Token>& tokens,
                         int date, std::vector<CodedEvent>* out) {
  const size_t first_event = out->size();
  tokens_ = &tokens;
  MapIds(tokens);
  FindAtoms(date);
  GroupMentions(tokens, date);
  {
    int words = 0, capitals = 0;
    for (const Token& k : tokens) {
      words += k.word;
      capitals += k.word && k.capitalized;
    }
    title_case_ = words > 0 && capitals * 5 >= words * 3;
  }
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
  // Participles used as adjectives ("the occupied West Bank", "U.S.-trained
  // rebels") are no acts, nor do they end the clause of the act before; they
  // go before selection, so they overlap no pattern ("cancelled a planned
  // visit to Haiti" is "[cancel] * visit to +").
  matches_.erase(std::remove_if(matches_.begin(), matches_.end(),
                                [&](const Match& m) {
                                  if (!Adjectival(m, dicts_->patterns()[m.pattern])) return false;
                                  for (PatternTrace& t : trace_) {
                                    if (t.pattern == m.pattern && t.first == m.first &&
                                        t.end == m.end) {
                                      t.adjectival = true;
                                    }
                                  }
                                  return true;
                                }),
                 matches_.end());
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
    if (m.begin == m.end) return Span{tokens[m.begin].span.begin, tokens[m.begin].span.begin};
    return Span{tokens[m.begin].span.begin, tokens[m.end - 1].span.end};
  };
  FindFrames();
  std::vector<int>& prev_targets = prev_targets_;  // targets of the previous match
  prev_targets.clear();
  for (size_t k = 0; k < matches_.size(); ++k) {
    const Match& m = matches_[k];
    const VerbPattern& p = dicts_->patterns()[m.pattern];
    PatternTrace* trace = trace_on_ ? traced(m) : nullptr;
    if (trace != nullptr) trace->selected = true;
    if (framed_[k].absorbed) {
      // The act of the frame before it: coded there, as one event.
      if (trace != nullptr) trace->framed = true;
      continue;
    }
    if (framed_[k].charge) {
      if (trace != nullptr) trace->charge = true;
      continue;
    }
    if (Negated(m.first) && !framed_[k].refused) {
      if (trace != nullptr) trace->negated = true;
      continue;
    }
    // A frame with its act reaches to the act's limit; its act decides the
    // code, and for intents, rejections and threats, the target.
    const FramedMatch& fr = framed_[k];
    const Match* act = fr.code != nullptr && !fr.future ? &matches_[k + 1] : nullptr;
    // "saying he must resign", "China must drop barriers": what someone
    // must or should do is asked for, not done (ReportedObligation codes the
    // asking where a statement verb names who asks).
    if ((act == nullptr && (Circumstance(m, p) || (fr.code == nullptr && Obligated(m.first)))) ||
        Subordinate(m)) {
      if (trace != nullptr) trace->circumstance = true;
      continue;
    }
    const size_t after = act != nullptr ? k + 2 : k + 1;
    const int limit = after < matches_.size() ? matches_[after].first
                                              : static_cast<int>(tokens.size());
    std::vector<int>& sources = sources_;
    std::vector<int>& targets = targets_;
    sources.clear();
    targets.clear();
    const char* source_rule = "";
    const char* target_rule = "";
    // "Three soldiers were killed (by rebels)": the subject suffers the act.
    // A pattern's + slot after "by" ("[criticise] * by +", meant for
    // "condemned the attack by X") is the agent of a passive.
    const bool passive = m.passive || (!p.has_source && act == nullptr && !IsStatement(p) &&
                                       Passive(m.first));
    if (passive) {
      if (int s = SubjectBefore(m.first); s >= 0) {
        Coordinated(s, /*backward=*/true, &targets);
        target_rule = "the subject of a passive verb";
      }
      if (int b = AgentAfter(m.first + 1, limit); b >= 0) {
        Coordinated(b, /*backward=*/false, &sources);
        source_rule = "the \"by\" phrase of a passive verb";
      } else if (int u = UnknownAttacker(m); u >= 0) {
        sources.assign(1, u);
        source_rule = "unidentified armed forces of where it happened (violent passive, no agent)";
      } else if (int g = UnknownAuthority(m); g >= 0) {
        sources.assign(1, g);
        source_rule = "the government of where it happened (coercion in the passive, no agent)";
      } else {
        sources.assign(1, -1);
        source_rule = "none: a passive verb with no \"by\" phrase";
      }
    } else if (fr.unknown_source) {
      const int u = UnknownAttacker(m);
      sources.assign(1, u);
      source_rule = u >= 0 ? "unidentified armed forces of where it happened (a violent noun did it)"
                           : "none: a violent noun did it";
    } else if (p.has_source) {
      sources.assign(1, m.source);
      source_rule = "the pattern's $ slot";
    } else if (int o = OwnerOfNoun(m, p); o >= 0) {
      sources.assign(1, o);
      source_rule = "the actor the act's noun belongs to (Russian air strikes)";
    } else if (IsComplementGerund(m.first) && !prev_targets.empty()) {
      // "X accused Y of violating...": Y does the violating.
      sources = prev_targets;
      source_rule = "the previous verb's target (gerund after of/for)";
    } else if (int s = SubjectBefore(m.first); s >= 0 && !SpeakerIsNotTheDoer(s, m)) {
      Coordinated(s, /*backward=*/true, &sources);
      source_rule = "the subject before the verb";
    } else if (s >= 0) {
      // "media reports said sporadic clashes were continuing": the speaker
      // does not clash.
      if (int u = UnknownAttacker(m); u >= 0) {
        sources.assign(1, u);
        source_rule = "unidentified armed forces of where it happened (reported, no actor)";
      } else {
        source_rule = "none: the speaker's report names no doer";
      }
    } else if (NoActorSubject(m.first)) {
      if (int u = UnknownAttacker(m); u >= 0) {
        sources.assign(1, u);
        source_rule = "unidentified armed forces of where it happened (a subject that is no actor)";
      }
    }
    const bool act_object = act != nullptr && fr.frame != static_cast<int>(Frame::kAppeal) &&
                            fr.frame != static_cast<int>(Frame::kDemand);
    if (passive) {
      // Chosen above.
    } else if (fr.target >= 0) {
      Coordinated(fr.target, /*backward=*/true, &targets);
      target_rule = "the subject of the reported obligation (must/should)";
    } else if (int o = fr.order ? (act->target >= 0 ? act->target : TargetAfter(act->end, limit)) : -1;
               o >= 0) {
      // "ordered police to arrest the protesters": who suffers the act, not
      // who carries out the order.
      Coordinated(o, /*backward=*/false, &targets);
      target_rule = "the ordered act's object";
    } else if (m.target >= 0) {
      Coordinated(OwnedBy(m.target), /*backward=*/false, &targets);
      target_rule = "the pattern's + slot";
    } else if (act_object && act->target >= 0) {
      // "ready to host a meeting between an Israeli peace movement and the
      // PLO": an act with both slots done by the frame's subject is done
      // to both.
      Coordinated(act->target, /*backward=*/false, &targets);
      if (act->source >= 0 && dicts_->patterns()[act->pattern].mutual) {
        std::vector<int> first;
        Coordinated(act->source, /*backward=*/false, &first);
        targets.insert(targets.begin(), first.begin(), first.end());
      }
      target_rule = "the act's + slot (frame)";
    } else if (int t = act_object ? TargetAfter(act->end, limit) : -1; t >= 0) {
      Coordinated(t, /*backward=*/false, &targets);
      target_rule = "the first actor after the act (frame)";
    } else if (p.has_source && !p.has_target) {
      if (int s = SubjectBefore(m.first); s >= 0) {
        Coordinated(s, /*backward=*/true, &targets);
        target_rule = "the subject before the verb ($ pattern)";
      }
    } else if (p.mutual && sources.size() >= 2) {
      target_rule = "none: a mutual pattern pairs the coordinated sources";
    } else if (IsStatement(p)) {
      // A statement verb's free object is the subject of what was said.
      target_rule = "none: a statement verb takes no free object";
    } else if (int g = MentionInGap(m); g >= 0 && OwnsThePatternsNoun(m, g)) {
      // "rejected North Korea's demand to sever a military alliance",
      // "opposed French mediation": the owner in the gap is whose the object
      // is.
      targets.assign(1, g);
      target_rule = "the owner inside the pattern's gap";
    } else if (int t = TargetAfter(m.end, limit);
               t >= 0 && !(sources.size() == 1 && sources[0] >= 0 &&
                           mentions_[t].code == mentions_[sources[0]].code &&
                           MentionInGap(m) >= 0) &&
               !(IsCountryOrPlace(t) && AfterIn(mentions_[t].begin, m.end) &&
                 !IsTerritorial(dicts_->PatternCameo(m.pattern)) &&
                 !IsProtest(dicts_->PatternCameo(m.pattern)))) {
      // (Nor a place "in" which an act not done to places is done: "declared
      // a unilateral ceasefire on Wednesday in south Lebanon". A protest
      // abroad is against the place: "rioted at this jail in northern
      // Israel".)
      // (Not the source itself when the gap names another: "Iraq would
      // allow the return of U.N. inspectors to remove doubts Iraq ...".)
      Coordinated(t, /*backward=*/false, &targets);
      target_rule = "the first actor after the verb";
    } else if (int g = MentionInGap(m); g >= 0) {
      // "rejected Iraqi President Saddam Hussein's proposal".
      targets.assign(1, g);
      target_rule = "the actor inside the pattern's gap";
    }
    const CameoInfo* code_info = fr.code != nullptr ? fr.code : dicts_->PatternCameo(m.pattern);
    if (sources.size() == 1 && sources[0] >= 0 && RootIn(code_info, {"15"})) {
      // A show of force is not done to one's own troops ("Britain mobilized
      // army reservists for a war against Iraq").
      const int own = mentions_[sources[0]].country;
      const size_t before = targets.size();
      // (Its rebels may be: "deployed troops against Kurdish rebels".)
      std::erase_if(targets, [&](int t) {
        if (t < 0 || own < 0 || mentions_[t].country != own) return false;
        const std::string& c = mentions_[t].code;
        return c.size() == 3 || SectorIn(c.substr(3), {"MIL", "COP", "SPY", "GOV"});
      });
      if (targets.size() < before && targets.empty()) {
        target_rule = "none: a show of force by its own troops";
        if (int o = ForeignActorAfter(m.end, sources[0]); o >= 0) {
          targets.assign(1, o);
          target_rule = "the actor of another country the show of force is aimed at";
        }
      }
    }
    if (targets.empty() && !sources.empty() && IsViolent(code_info)) {
      // "opened fire to disperse fundamentalist demonstrators": force used
      // for a purpose is used on the purpose's object.
      if (int o = PurposeObject(k); o >= 0) {
        targets.assign(1, o);
        target_rule = "the object of the act's purpose clause";
      }
    }
    if (targets.size() == 1 && targets[0] >= 0 && IsProtest(code_info)) {
      // "blocked the Europe Bridge spanning the Rhine from France to
      // Germany": a blockade of what joins two countries is against both.
      if (int to = OtherEnd(targets[0]); to >= 0) targets.push_back(to);
    }
    if (targets.empty() && sources.size() == 1 && sources[0] >= 0 && IsProtest(code_info)) {
      // A protest, strike or riot that names no target is against the
      // government of the country it happens in.
      if (int o = DemandedOf(k, sources[0]); o >= 0) {
        // "demonstrated in Kirkuk calling for independence from Iraq".
        targets.assign(1, o);
        target_rule = "none named: whom the protest's demand names";
      } else if (int o = ForeignActorAfter(m.end, sources[0]); o >= 0) {
        targets.assign(1, o);
        target_rule = "none named: the actor of another country the protest is about";
      } else if (int g = GovernmentOf(sources[0]); g >= 0) {
        targets.assign(1, g);
        target_rule = "none named: a protest is against its own government";
      }
    }
    if (targets.empty() && !sources.empty() && sources[0] >= 0 && IsTerritorial(code_info) &&
        !(p.mutual && sources.size() >= 2) && !passive) {
      // "imposed a curfew in Algiers", "evacuated settlements in the Gaza
      // Strip": an act on no one named is on the place it is done in.
      if (int w = PlaceOfAct(m.end, limit); w >= 0 && w != sources[0]) {
        // A capital is the place here ("a curfew in Algiers"), not its
        // government; a threat or harm done in a town falls on the people
        // who live there.
        const Mention& x = mentions_[w];
        if (x.country >= 0 && (x.place || x.code.size() > 3 || InSettlement(w))) {
          w = PlaceMention(w, IsHarm(code_info) ? "CVL" : "");
        }
        targets.assign(1, w);
        target_rule = "none named: the place the act is done in";
      }
    }
    // Coercion or violence against a town or a region ("shelled Juba",
    // "bombed Aleppo") falls on its people; a capital otherwise stands for
    // its government ("threatened Moscow").
    // The act decides, framed or future: "would blockade Paris".
    const CameoInfo* done = dicts_->PatternCameo(act != nullptr ? act->pattern : m.pattern);
    for (int& t : targets) {
      if (t < 0) continue;
      const Mention& x = mentions_[t];
      if (done != nullptr && done->code == "042" && IsCountryOrPlace(t) && x.code.size() > 3) {
        // "arrived in Amman on a visit": a visit is to the place, the
        // country (a capital stands for its government elsewhere).
        t = PlaceMention(t, "");
        continue;
      }
      if (IsCountryOrPlace(t) && IsHarm(code_info) &&
          (x.place || (x.code.size() > 3 && IsViolent(done)) || InSettlement(t))) {
        t = PlaceMention(t, "CVL");
      }
    }
    if (trace != nullptr) {
      trace->source_rule = source_rule;
      trace->target_rule = target_rule;
      if (fr.code != nullptr) trace->frame_code = fr.code->code.c_str();
    }
    prev_targets.assign(targets.begin(), targets.end());
    if (sources.empty()) continue;
    if (p.mutual && targets.empty() && sources.size() == 1 && sources[0] >= 0 &&
        RootIn(code_info, {"04"}) && !PluralMention(sources[0])) {
      // "Israel's Cabinet met Sunday": a meeting of one body, with no one
      // else named, is no consultation.
      if (trace != nullptr) trace->target_rule = "none: a meeting of one party is no consultation";
      continue;
    }
    // Leading run of the pattern's words: the verb phrase cited.
    size_t lead = 0;
    const int* words = m.begin(match_words_);
    while (lead + 1 < m.words && words[lead + 1] == words[lead] + 1) ++lead;
    const Span verb{tokens[words[0]].span.begin, tokens[words[lead]].span.end};
    std::vector<std::pair<int, int>>& pairs = pairs_;  // (source, target or -1)
    pairs.clear();
    const CameoInfo* cameo = fr.code != nullptr ? fr.code : dicts_->PatternCameo(m.pattern);
    if (const CameoInfo* how = MannerOf(k, cameo); how != nullptr) cameo = how;
    if (cameo != nullptr && (cameo->code == "042" || cameo->code == "043") && sources.size() == 1 &&
        sources[0] >= 0 && mentions_[sources[0]].mission) {
      // "NATO peacekeeping troops have arrived in Bosnia": peacekeepers
      // come to keep the peace (074), not to visit.
      if (const CameoInfo* keep = dicts_->Cameo("074"); keep != nullptr) cameo = keep;
    }
    if ((p.mutual || IsJointAct(cameo)) && targets.empty() && sources.size() >= 2) {
      for (int a : sources)
        for (int b : sources)
          if (a != b) pairs.emplace_back(a, b);
    } else {
      for (int s : sources) {
        if (targets.empty()) pairs.emplace_back(s, -1);
        for (int t : targets) {
          pairs.emplace_back(s, t);
          if ((p.mutual && p.has_source && p.has_target) || p.paired || IsSymmetric(cameo)) {
            pairs.emplace_back(t, s);
          }
        }
      }
    }
    // Distinct (source code, target code) pairs, compared by value.
    auto& seen = seen_;
    seen.clear();
    for (auto [s, t] : pairs) {
      const std::string* sc = s >= 0 ? &mentions_[s].code : &kNoCode;
      const std::string* tc = t >= 0 ? &mentions_[t].code : &kNoCode;
      if (*sc == *tc) continue;  // also: no actor at all
      const bool dup = std::any_of(seen.begin(), seen.end(), [&](const auto& k) {
        return *k.first == *sc && *k.second == *tc;
      });
      if (dup) continue;
      seen.emplace_back(sc, tc);
      CodedEvent& ev = out->emplace_back();
      if (s >= 0) ev.source = {*sc, span_of(s), PloverActor(s)};
      if (t >= 0) ev.target = {*tc, span_of(t), PloverActor(t)};
      ev.verb = verb;
      ev.pattern = &p;
      ev.cameo = Expulsion(cameo, t);
    }
    // "jailed 52 members of MASSOB on allegations of treason", "was
    // arrested in Lebanon for collaborating with Israel": an arrest made on
    // a stated charge also accuses whom it holds (the CAMEO manual codes the
    // charge, 112). The charge's words are no event of their own.
    int charge_first = -1, charge_end = -1;
    if (cameo != nullptr && cameo->code.compare(0, 3, "173") == 0 &&
        ChargeAfter(m.end, &charge_first, &charge_end)) {
      const CameoInfo* accuse = dicts_->Cameo("112");
      int cited_end = charge_end;
      for (size_t j = k + 1; j < matches_.size() && matches_[j].first < charge_end; ++j) {
        if (matches_[j].first < charge_first) continue;
        framed_[j].charge = true;
        cited_end = std::max(cited_end, matches_[j].end);
        const CameoInfo* c = dicts_->PatternCameo(matches_[j].pattern);
        if (RootIn(c, {"11"})) accuse = c;  // "allegations of treason": its own code
      }
      const size_t made_end = out->size();
      for (size_t e = made_end - seen.size(); accuse != nullptr && e < made_end; ++e) {
        CodedEvent charge = (*out)[e];
        charge.verb = {tokens[charge_first].span.begin, tokens[cited_end - 1].span.end};
        charge.cameo = accuse;
        out->push_back(std::move(charge));
      }
    }
  }
  DropUntargetedRepeats(first_event, out);
  (void)text;
}

void Coder::DropUntargetedRepeats(size_t first, std::vector<CodedEvent>* out) {
  // "established diplomatic ties with and opened an embassy in Tehran": an
  // event with no target that repeats the code of an act of the same
  // source with a target in the sentence tells of that act again.
  const auto repeat = [&](const CodedEvent& e) {
    if (!e.target.code.empty() || e.cameo == nullptr) return false;
    for (size_t k = first; k < out->size(); ++k) {
      const CodedEvent& o = (*out)[k];
      if (!o.target.code.empty() && o.source.code == e.source.code && o.cameo == e.cameo) {
        return true;
      }
    }
    return false;
  };
  size_t kept = first;
  for (size_t k = first; k < out->size(); ++k) {
    if (repeat((*out)[k])) continue;
    if (kept != k) (*out)[kept] = std::move((*out)[k]);
    ++kept;
  }
  out->resize(kept);
}

}  // namespace chronicle
