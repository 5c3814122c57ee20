// The record loop of the TABARI coder (docs/design/event-coder-compat.md
// A.5.1-A.5.3, A.5.7-A.5.9, A.5.11) and the public API of
// chronicle/tabari.h.
#include <set>
#include <tuple>

#include "chronicle/tabari.h"
#include "tabari/engine.h"

namespace chronicle {
namespace tabari_internal {
namespace {

std::string StripMarks(std::string code) {
  while (!code.empty() && (code.back() == '!' || code.back() == '?')) code.pop_back();
  return code;
}

// "FRO/BIL/SAM" -> {"FRO", "BIL", "SAM"}: a coded compound's members.
std::vector<std::string> SplitMembers(const std::string& code) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    const size_t x = code.find('/', b);
    out.push_back(code.substr(b, x == std::string::npos ? x : x - b));
    if (x == std::string::npos) return out;
    b = x + 1;
  }
}

bool Special(const std::string& code) {
  return code.empty() || code == "---" || code == "+++" || code == "###" || code == "***";
}

// TABARI record dates: YYMMDD (two-digit years 00-30 are 20YY), or
// YYYYMMDD in YYYY mode; extra digits are ignored (ACTORSYN-01's
// "9501201"). A raw date that is not all digits (JSONL "2010-01-01") or is
// absent falls back to the reader's yyyymmdd `parsed`.
int RecordDate(const std::string& raw, int parsed, bool yyyy) {
  if (raw.empty() || raw.find_first_not_of("0123456789") != std::string::npos) {
    return parsed;
  }
  if (yyyy) return raw.size() < 8 ? parsed : std::stoi(raw.substr(0, 8));
  if (raw.size() < 6) return parsed;
  int yy = std::stoi(raw.substr(0, 2));
  yy += yy <= 30 ? 2000 : 1900;
  return yy * 10000 + std::stoi(raw.substr(2, 4));
}

// "FRWD-001-002" -> story "FRWD-001", sentence 2; sentence -1 if none.
void StoryOf(const std::string& id, std::string* story, int* sentence) {
  const size_t dash = id.rfind('-');
  *sentence = -1;
  story->clear();
  if (dash == std::string::npos || dash + 1 >= id.size()) return;
  for (size_t i = dash + 1; i < id.size(); ++i) {
    if (id[i] < '0' || id[i] > '9') return;
  }
  if (id.size() - dash - 1 > 6) return;  // not a sentence number
  *story = id.substr(0, dash);
  *sentence = std::stoi(id.substr(dash + 1));
}

}  // namespace

// A.5.1: the first effective time phrase decides; true means "no events".
bool Engine::CheckTime() {
  const int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (t.type != RootType::kTime || t.root < 0 || t.nulled) continue;
    const Verb& verb = lex_.verb(lex_.root(t.root).verb);
    std::string code = verb.code;
    for (const Pattern& p : verb.patterns) {
      int lenalt = 0;
      if (MatchPattern(p, i, 0, n - 1, &lenalt)) {
        code = p.code;
        break;
      }
    }
    if (code == "###" || code == "+++") return true;
    if (code.find("---") != std::string::npos ||
        code.find("- - -") != std::string::npos) {
      continue;
    }
    return false;
  }
  return false;
}

// A.5.2: clauses in order, verbs in order; the coding mode says where to stop.
void Engine::CheckVerbs() {
  for (size_t ci = 0; ci < clauses_.size(); ++ci) {
    const int cs = clauses_[ci].first, ce = clauses_[ci].second;
    if (ce - cs < 2) continue;
    if (ci > 0 && toks_[cs].type == RootType::kActor && toks_[cs].head_tag) {
      src_ = Slot();
      src_.kind = Slot::Kind::kToken;
      src_.tok = cs;
      src_.no_agent = true;
    }
    for (int v = cs; v <= ce; ++v) {
      const Token& t = toks_[v];
      if (t.type != RootType::kVerb || t.root < 0 || !t.head_tag || t.nulled) continue;
      if (!DoVerb(v, cs, ce)) continue;
      if (opt_.mode == CodeMode::kClause) break;
      if (opt_.mode == CodeMode::kSentence) return;
    }
  }
}

// A.5.3: picks the pattern (or the verb's own code) and makes the event.
// Returns true if a non-subordinate event was made.
bool Engine::DoVerb(int v, int cs, int ce) {
  if (clear_src_next_) {
    src_ = Slot();
    clear_src_next_ = false;
  }
  tgt_ = Slot();
  const Verb& verb = lex_.verb(lex_.root(toks_[v].root).verb);
  int best = 0;
  const Pattern* chosen = nullptr;
  Slot s, t, c;
  for (const Pattern& p : verb.patterns) {
    if (best > 0 && p.length <= best) break;
    int lenalt = 0;
    if (!MatchPattern(p, v, cs, ce, &lenalt)) continue;
    if (!p.has_alt) {
      chosen = &p;
      s = pat_src_, t = pat_tgt_, c = pat_comp_;
      break;
    }
    if (p.length + lenalt > best) {
      chosen = &p;
      s = pat_src_, t = pat_tgt_, c = pat_comp_;
      best = p.length - p.max_alt + lenalt;
    }
  }
  pat_src_ = s, pat_tgt_ = t, pat_comp_ = c;
  const std::string& code = chosen != nullptr ? chosen->code : verb.code;
  MakeEvent(v, code, chosen, cs, ce);
  if (events_.empty()) return false;
  const std::string& last = events_.back().code;
  return made_event_ && !last.empty() && last.back() != '?';
}

// A.5.5-A.5.7: fills the slots and adds the event(s).
void Engine::MakeEvent(int v, const std::string& code, const Pattern* p, int cs, int ce) {
  made_event_ = false;
  if (StripMarks(code) == "---" || code.empty()) return;
  if (pat_src_.set()) {
    src_ = pat_src_;
  } else if (pat_comp_.set()) {
    src_ = pat_comp_;
  }
  if (pat_tgt_.set()) {
    tgt_ = pat_tgt_;
  } else if (pat_comp_.set()) {
    tgt_ = pat_comp_;
  }
  if (!src_.set()) {
    src_ = RegularSource(v, cs, ce);
    if (src_.kind == Slot::Kind::kToken) regular_src_found_ = true;
  }
  if (!tgt_.set()) {
    tgt_ = RegularTarget(v, cs, ce);
    if (tgt_.kind == Slot::Kind::kToken) regular_tgt_found_ = true;
  }
  if (!src_.set() || !tgt_.set()) return;
  Slot s = src_, t = tgt_;
  if (regular_src_found_ && regular_tgt_found_) {
    const int n = static_cast<int>(toks_.size());
    bool by = false, aux = false;
    for (int j = v + 1; j <= v + 3 && j < n; ++j) by |= toks_[j].type == RootType::kBy;
    for (int j = v - 1; j >= v - 2 && j >= 0; --j)
      aux |= toks_[j].type == RootType::kAuxiliary;
    if (by && aux) {
      std::swap(s, t);
      clear_src_next_ = true;
    }
  }
  const size_t colon = code.find(':');
  const std::string primary = code.substr(0, colon);
  const std::string secondary = colon == std::string::npos ? "" : code.substr(colon + 1);
  const Verb& verb = lex_.verb(lex_.root(toks_[v].root).verb);
  const std::string pattern = p != nullptr ? p->text : "";
  bool cut_s = false, cut_t = false;
  const std::vector<int> ms = Members(s, &cut_s), mt = Members(t, &cut_t);
  for (int a : ms) {
    for (int b : mt) {
      const std::string sa = SlotCode(s, a), tb = SlotCode(t, b);
      events_.push_back({sa, tb, primary, verb.text, pattern});
      if (!secondary.empty()) events_.push_back({tb, sa, secondary, verb.text, pattern});
    }
  }
  made_event_ = true;
  if (src_.by_pattern) src_ = Slot();
  if (tgt_.by_pattern) tgt_ = Slot();
}

// A.5.8-A.5.9: evaluate the record's events as a set, expand coded
// compounds, drop null and reflexive events and duplicates.
void Engine::Finish(std::vector<TabariEvent>* out) {
  bool dominant = false, regular = false;
  for (const RawEvent& e : events_) {
    const std::string code = StripMarks(e.code);
    if (code.empty() || code == "---") continue;
    if (code == "###") return;
    if (code == "+++" || e.source == "+++" || e.target == "+++") return;
    if (e.code.back() == '!') dominant = true;
    if (e.code.back() != '?') regular = true;
  }
  std::set<std::tuple<std::string, std::string, std::string>> seen;
  for (const RawEvent& e : events_) {
    const std::string code = StripMarks(e.code);
    if (code.empty() || code == "---") continue;
    if (dominant && e.code.back() != '!') continue;
    if (!dominant && regular && e.code.back() == '?') continue;
    for (const std::string& s : SplitMembers(e.source)) {
      for (const std::string& t : SplitMembers(e.target)) {
        if (!Special(s) && !Special(t) && s != t && seen.emplace(s, t, code).second) {
          out->push_back({s, t, code, e.verb, e.pattern});
        }
      }
    }
  }
}

// A.5.11: what the next record's unresolved pronouns may refer to.
void Engine::SaveForward() {
  fwd_actor_code_.clear();
  const int n = static_cast<int>(toks_.size());
  for (int i = 0; i < n; ++i) {
    const Token& t = toks_[i];
    if (t.comp_start ||
        (t.type == RootType::kActor && t.head_tag && t.ref < 0 && t.forwarded < 0 &&
         t.root >= 0 && lex_.root(t.root).type != RootType::kPronoun)) {
      if (t.root < 0) continue;
      fwd_actor_code_ = ActorCode(t.root);
      break;
    }
  }
}

void Engine::Code(const CodingRecord& record, std::vector<TabariEvent>* events) {
  events->clear();
  events_.clear();
  src_ = tgt_ = pat_src_ = pat_tgt_ = pat_comp_ = Slot();
  regular_src_found_ = regular_tgt_found_ = clear_src_next_ = false;
  date_ = RecordDate(record.raw_date, record.date, opt_.yyyy);
  std::string story;
  int sentence = -1;
  StoryOf(record.id, &story, &sentence);
  can_forward_ = opt_.forward && sentence > 0 && story == fwd_story_ &&
                 sentence == fwd_sentence_ + 1 && !fwd_actor_code_.empty();
  if (Parse(record.text)) {
    const bool none = (opt_.time_shift && CheckTime()) || CheckDiscards() || IsComplex();
    if (!none) {
      CheckVerbs();
      Finish(events);
    }
    SaveForward();
  } else {
    fwd_actor_code_.clear();
  }
  fwd_story_ = story;
  fwd_sentence_ = sentence;
  for (const std::string& o : record.options) ApplyOption(o);
}

}  // namespace tabari_internal

using tabari_internal::Engine;
using tabari_internal::Lexicon;

TabariDictionary::TabariDictionary(std::unique_ptr<Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}

TabariDictionary::~TabariDictionary() = default;

const std::vector<std::string>& TabariDictionary::problems() const {
  return lexicon_->problems();
}

StatusOr<std::shared_ptr<const TabariDictionary>> TabariDictionary::Load(
    const std::string& project_path) {
  CHRONICLE_ASSIGN_OR_RETURN(TabariDictionaries d, LoadTabariProject(project_path));
  if (d.actors.empty() || d.verbs.empty()) {
    return InvalidArgumentError(project_path +
                                ": names no readable actors or verbs file");
  }
  return std::shared_ptr<const TabariDictionary>(
      new TabariDictionary(std::make_unique<Lexicon>(d)));
}

TabariCoder::TabariCoder(const TabariDictionary& dict)
    : engine_(std::make_unique<Engine>(dict.lexicon())) {}

TabariCoder::~TabariCoder() = default;

void TabariCoder::Code(const CodingRecord& record, std::vector<TabariEvent>* events) {
  engine_->Code(record, events);
}

void TabariCoder::ApplyOption(const std::string& command) {
  engine_->ApplyOption(command);
}

}  // namespace chronicle
