// TABARI's coding stage (docs/design/event-coder-compat.md A.5) and its
// option commands (A.1.2).
//
// State across verbs and clauses: the source slot src_ is cleared once per
// record and carries over between verbs and clauses (a clause that starts
// with an actor resets it); the target slot tgt_ is cleared before every
// verb. A slot filled by a pattern is cleared after an event is made from
// it; a slot left without its partner (no event) is kept, which later
// verbs rely on. Events are collected raw, then evaluated as a set
// (discard / complex / dominant / subordinate), then expanded (coded
// compounds "A/B") and de-duplicated.
#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "tabari/engine.h"

namespace chronicle::tabari_internal {
namespace {

bool Contains(std::string_view s, std::string_view x) {
  return s.find(x) != std::string::npos;
}

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// The number after `key` ("VERBS[5]" -> 5, "MIN = 4" -> 4); 0 if absent.
int NumberAfter(std::string_view s, std::string_view key, bool* found) {
  const size_t at = s.find(key);
  *found = at != std::string::npos;
  if (!*found) return 0;
  size_t i = at + key.size();
  while (i < s.size() && !std::isdigit(static_cast<unsigned char>(s[i])) && s[i] != ']' &&
         (s[i] == ' ' || s[i] == '=' || s[i] == '[')) {
    ++i;
  }
  return std::atoi(std::string(s.substr(i)).c_str());
}

// "[CODE]" after `key`.
std::string BracketAfter(std::string_view s, std::string_view key) {
  const size_t at = s.find(key);
  if (at == std::string::npos) return "";
  const size_t open = s.find('[', at);
  const size_t close = open == std::string::npos ? open : s.find(']', open);
  if (close == std::string::npos) return "";
  std::string code(s.substr(open + 1, close - open - 1));
  code.erase(std::remove(code.begin(), code.end(), ' '), code.end());
  return code;
}

// Actor code plus agent (A.5.9): "~XXX" appended, "XXX~" prepended, unless
// the actor code already holds XXX at an offset that is a multiple of 3.
std::string Compose(const std::string& actor, const std::string& agent) {
  if (agent.empty()) return actor;
  const bool before = agent.back() == '~';
  const std::string x = before ? agent.substr(0, agent.size() - 1) : agent.substr(1);
  for (size_t at = actor.find(x); at != std::string::npos; at = actor.find(x, at + 1)) {
    if (at % 3 == 0) return actor;
  }
  return before ? x + actor : actor + x;
}

std::vector<std::string> SplitSlash(const std::string& code) {
  std::vector<std::string> out;
  size_t b = 0;
  while (true) {
    const size_t e = code.find('/', b);
    out.push_back(code.substr(b, e == std::string::npos ? std::string::npos : e - b));
    if (e == std::string::npos) break;
    b = e + 1;
  }
  return out;
}

}  // namespace

Engine::Engine(const Lexicon& lex) : lex_(lex) {
  opt_.time_shift = lex.has_time_phrases();
  for (const TabariOption& o : lex.options()) ApplyOption(o.keyword + ": " + o.value);
}

// One branch per command keyword, in TABARI's dispatch order; matching
// inside a value is by substring, as TABARI does ("NOACTPRIOR" contains
// "ACTPRIOR" and so turns the check on).
void Engine::ApplyOption(std::string_view command) {
  const std::string c = Upper(command);
  const size_t colon = c.find(':');
  if (colon == std::string::npos) return;
  const std::string key(TrimSpace(std::string_view(c).substr(0, colon)));
  // A leading blank lets " MIN" match a first "MIN = 4" (COMMA:).
  std::string value(" ");
  value += TrimSpace(std::string_view(c).substr(colon + 1));
  bool found = false;
  if (key == "COMPLEX") {
    opt_.max_verbs = NumberAfter(value, "VERBS", &found);
    opt_.max_conj = NumberAfter(value, "CONJ", &found);
    opt_.act_prior = Contains(value, "ACTPRIOR");
  } else if (key == "SET") {
    const size_t eq = value.find('=');
    const std::string setting =
        eq == std::string::npos ? "" : std::string(TrimSpace(value.substr(eq + 1)));
    const bool on = !setting.empty() && setting[0] == 'T';
    const std::string name(TrimSpace(value.substr(0, eq)));
    if (name.rfind("CODE", 0) == 0) {
      opt_.mode = Contains(name, "SEN")   ? CodeMode::kSentence
                  : Contains(name, "ALL") ? CodeMode::kAll
                                          : CodeMode::kClause;
    } else if (Contains(name, "TIME")) {
      opt_.time_shift = on;
    } else if (Contains(name, "YYYY")) {
      opt_.yyyy = on;
    } else if (Contains(name, "CONV")) {
      opt_.convert_agent = on;
    } else if (Contains(name, "MINIMUM")) {
      opt_.min_words = std::atoi(setting.c_str());
    }
  } else if (key == "DEFAULT") {
    if (Contains(value, "OFF")) {
      opt_.default_source.clear();
      opt_.default_target.clear();
      opt_.prior = opt_.after = false;
    } else {
      if (Contains(value, "SOURCE")) opt_.default_source = BracketAfter(value, "SOURCE");
      if (Contains(value, "TARGET")) opt_.default_target = BracketAfter(value, "TARGET");
      opt_.prior = Contains(value, "PRIOR");
      opt_.after = Contains(value, "AFTER");
    }
  } else if (key == "FORWARD") {
    const std::string_view v = TrimSpace(value);
    const std::string_view fmt = v.substr(0, v.find(' '));
    opt_.forward = Contains(fmt, "S") && !Contains(value, "OFF");
  } else if (key == "COMMA") {
    if (Contains(value, "OFF")) {
      opt_.cmin = opt_.emin = opt_.bmin = 128;
      opt_.cmax = opt_.emax = opt_.bmax = 0;
      return;
    }
    const struct {
      const char* key;
      int* field;
    } kFields[] = {{" MIN", &opt_.cmin}, {" MAX", &opt_.cmax}, {"EMIN", &opt_.emin},
                   {"EMAX", &opt_.emax}, {"BMIN", &opt_.bmin}, {"BMAX", &opt_.bmax}};
    for (const auto& f : kFields) {
      const int n = NumberAfter(value, f.key, &found);
      if (found) *f.field = n;
    }
  }
}

std::string Engine::ActorCode(int root_id) const {
  const Root& r = lex_.root(root_id);
  const std::string* fallback = nullptr;
  for (const RootCode& c : r.codes) {
    const DateRestriction& w = c.when;
    switch (w.kind) {
      case DateRestriction::Kind::kAlways:
        if (fallback == nullptr) fallback = &c.code;
        break;
      case DateRestriction::Kind::kBefore:
        if (date_ > 0 && date_ <= w.to) return c.code;
        break;
      case DateRestriction::Kind::kAfter:
        if (date_ > 0 && date_ >= w.from) return c.code;
        break;
      case DateRestriction::Kind::kBetween:
        if (date_ > 0 && date_ >= w.from && date_ <= w.to) return c.code;
        break;
    }
  }
  return fallback != nullptr ? *fallback : std::string();
}

int Engine::Resolve(int tok) const {
  for (int guard = 0; guard < 130 && tok >= 0 && toks_[tok].ref >= 0; ++guard) {
    tok = toks_[tok].ref;
  }
  return tok;
}

// Agent of the actor at head h (A.5.10).
std::string Engine::AgentFor(int h) const {
  const int n = static_cast<int>(toks_.size());
  const int t = std::max(toks_[h].tail, h);
  bool former = h > 0 && toks_[h - 1].type == RootType::kFormer;
  std::string agent;
  int a = t + 1;
  if (a < n && toks_[a].type == RootType::kFormer) {
    former = true;
    ++a;
  }
  if (a < n && toks_[a].type == RootType::kAgent && toks_[a].head_tag) {
    agent = lex_.root(toks_[a].root).codes[0].code;
  } else {
    int b = h - 1;
    if (b >= 0 && toks_[b].type == RootType::kFormer) former = true;
    if (b >= 0 && toks_[b].type == RootType::kPreposition) --b;
    if (b >= 0 && toks_[b].type == RootType::kAgent && toks_[b].head >= 0 &&
        toks_[toks_[b].head].root >= 0 && toks_[toks_[b].head].tail == b) {
      const int ah = toks_[b].head;
      agent = lex_.root(toks_[ah].root).codes[0].code;
      if (ah > 0 && toks_[ah - 1].type == RootType::kFormer) former = true;
    }
  }
  if (former) agent = "~ELI";
  return agent;
}

// The code of one member token of a slot (through pronoun references).
std::string Engine::SlotCode(const Slot& s, int member) const {
  if (s.kind == Slot::Kind::kDefault || s.kind == Slot::Kind::kForward) return s.code;
  const int orig = member;
  const int tok = Resolve(member);
  if (toks_[tok].forwarded >= 0) return fwd_actor_code_;
  if (toks_[tok].root < 0) return "";
  const Root& r = lex_.root(toks_[tok].root);
  if (r.type == RootType::kAgent) return r.codes.empty() ? "" : r.codes[0].code;
  std::string code = ActorCode(toks_[tok].root);
  if (s.no_agent && orig == s.tok) return code;
  const std::string agent = AgentFor(tok);
  if (agent.empty()) return code;
  std::string out;
  for (const std::string& part : SplitSlash(code)) {
    if (!out.empty()) out += "/";
    out += Compose(part, agent);
  }
  return out;
}

// Member tokens of a slot: the compound's actor heads if the slot sits on
// a compound start, else the slot's own token. *cut is set when the member
// scan ran off the sentence (a member was nulled): the members found so far
// are kept (A.5.7).
std::vector<int> Engine::Members(const Slot& s, bool* cut) const {
  *cut = false;
  if (s.kind != Slot::Kind::kToken) return {-1};
  const int tok = Resolve(s.tok);
  if (tok < 0 || !toks_[tok].comp_start) return {s.tok};
  std::vector<int> out;
  const int n = static_cast<int>(toks_.size());
  int m = tok;
  while (true) {
    out.push_back(m);
    if (toks_[m].comp_end) break;
    int next = -1;
    for (int j = std::max(toks_[m].tail, m) + 1; j < n; ++j) {
      if (toks_[j].root >= 0 && toks_[j].type == RootType::kActor && toks_[j].head_tag) {
        next = j;
        break;
      }
    }
    if (next < 0) {
      *cut = true;
      break;
    }
    m = next;
  }
  return out;
}

bool Engine::SameActor(const Slot& a, const Slot& b) const {
  if (!a.set() || !b.set()) return false;
  if (a.kind != Slot::Kind::kToken || b.kind != Slot::Kind::kToken) {
    return SlotCode(a, a.tok) == SlotCode(b, b.tok);
  }
  if (a.tok == b.tok) return true;
  // Codes and compound membership are read through pronoun references, but
  // a pronoun's agent is looked up around the pronoun itself (COMPOUND-24:
  // "The ambassadors of Arnor, ... presented their credentials": THEIR is
  // ARN, not ARNGOV, so it differs from the source).
  auto code = [&](const Slot& s) {
    const int r = Resolve(s.tok);
    if (r == s.tok || toks_[r].root < 0) return SlotCode(s, s.tok);
    const std::string actor = ActorCode(toks_[r].root);
    return s.no_agent ? actor : Compose(actor, AgentFor(s.tok));
  };
  return code(a) == code(b) &&
         toks_[Resolve(a.tok)].in_compound == toks_[Resolve(b.tok)].in_compound;
}

Slot Engine::RegularSource(int v, int cs, int ce) const {
  Slot s;
  for (int j = cs; j <= ce; ++j) {
    if (toks_[j].type != RootType::kActor || !toks_[j].head_tag || toks_[j].nulled)
      continue;
    Slot c;
    c.kind = Slot::Kind::kToken;
    c.tok = j;
    if (tgt_.set() && tgt_.by_pattern && SameActor(c, tgt_)) continue;
    if (opt_.prior && j > v && !opt_.default_source.empty()) break;
    return c;
  }
  if (!opt_.default_source.empty()) {
    s.kind = Slot::Kind::kDefault;
    s.code = opt_.default_source;
  }
  return s;
}

Slot Engine::RegularTarget(int v, int cs, int ce) const {
  const int vt = std::max(toks_[v].tail, v);
  for (int j = vt + 1; j <= ce; ++j) {
    if (toks_[j].type != RootType::kActor || !toks_[j].head_tag || toks_[j].nulled)
      continue;
    Slot c;
    c.kind = Slot::Kind::kToken;
    c.tok = j;
    if (!SameActor(c, src_)) return c;
  }
  Slot s;
  if (opt_.after && !opt_.default_target.empty()) {
    s.kind = Slot::Kind::kDefault;
    s.code = opt_.default_target;
    return s;
  }
  // Backwards, any token of an actor counts, and its head may lie before
  // the clause start (DEBUG-01: "... near Durthang and an Orc leader said").
  for (int j = v - 1; j >= cs; --j) {
    if (toks_[j].type != RootType::kActor || toks_[j].nulled) continue;
    Slot c;
    c.kind = Slot::Kind::kToken;
    c.tok = ActorHead(j);
    if (!SameActor(c, src_)) return c;
  }
  if (src_.set()) {
    bool compound = false;
    if (src_.kind == Slot::Kind::kToken) {
      const int t = Resolve(src_.tok);
      compound = toks_[t].comp_start || Contains(SlotCode(src_, src_.tok), "/");
    } else {
      compound = Contains(src_.code, "/");
    }
    if (compound) {
      s = src_;
      s.by_pattern = false;
      return s;
    }
  }
  if (!opt_.default_source.empty() && !opt_.default_target.empty()) {
    s.kind = Slot::Kind::kDefault;
    s.code = opt_.default_target;
  }
  return s;
}

}  // namespace chronicle::tabari_internal
