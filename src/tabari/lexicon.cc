// Compiles the reader structs of dict/formats/tabari_dict.h into the
// tables the coder uses. Phrases are re-read from their text as written,
// because TABARI's meaning lives in the connectors ("IN_*" vs "IN_ *" vs
// "IN *", "REAL~_PLEASANT", "BAN="), which the generic readers flatten.
#include "tabari/lexicon.h"

#include <algorithm>
#include <cctype>

namespace chronicle::tabari_internal {
namespace {

struct RawTok {
  std::string text;
  Conn conn = Conn::kOpen;
};

// "{", "|" and "}" get spaces around them, except that "_{" and "}_" keep
// their underscore (it is the connector to the block).
std::string PadBraces(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '{' || c == '|' || c == '}') {
      if (out.empty() || out.back() != '_') out.push_back(' ');
      out.push_back(c);
      if (i + 1 >= s.size() || s[i + 1] != '_') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::vector<RawTok> Tokenize(std::string_view s) {
  std::vector<RawTok> out;
  size_t i = 0;
  auto stop = [](char c) {
    return c == ' ' || c == '\t' || c == '_' || c == '=' || c == '{' || c == '|' ||
           c == '}' || c == '~';
  };
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t' || s[i] == '~' || (s[i] == '_' && out.empty())) {
      ++i;
      continue;
    }
    RawTok t;
    if (s[i] == '{' || s[i] == '|' || s[i] == '}') {
      t.text = std::string(1, s[i++]);
    } else if (s[i] == '_') {  // a stray second '_'
      ++i;
      continue;
    } else {
      const size_t b = i;
      while (i < s.size() && !stop(s[i])) ++i;
      t.text = std::string(s.substr(b, i - b));
    }
    if (i + 1 < s.size() && s[i] == '~' && s[i + 1] == '_') {
      i += 2;
      t.conn = Conn::kOpenConsec;
    } else if (i < s.size() && s[i] == '_') {
      ++i;
      t.conn = (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ? Conn::kClosedOpen
                                                               : Conn::kClosed;
    } else if (i < s.size() && s[i] == '=') {
      ++i;
      t.conn = Conn::kExactNoEnd;
    }
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::string NormalizePhrase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '-' && i > 0) {
      out.push_back('_');
    } else {
      out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
  }
  return out;
}

int CountLengthChars(std::string_view s) {
  int n = 0;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'') ++n;
  }
  return n;
}

Lexicon::Lexicon(const TabariDictionaries& d) {
  problems_ = d.problems;
  AddBuiltins();
  // Synsets first: patterns refer to them by name.
  for (const TabariVerbFile& f : d.verbs) {
    for (const TabariSynset& s : f.synsets) {
      std::string name = NormalizePhrase(s.name);
      if (!name.empty() && name[0] == '&') name.erase(0, 1);
      const int id = SynsetId(name);
      for (const DictPhrase& m : s.members) {
        ItemSeq seq;
        int star = -1;
        std::string reason;
        if (!CompileSeq(NormalizePhrase(m.text), &seq, &star, &reason) || star >= 0) {
          problems_.push_back(FormatProblem(
              s.file, s.line, "synset member \"" + m.text + "\": " + reason));
          continue;
        }
        synsets_[id].members.push_back(std::move(seq));
      }
    }
  }
  for (const TabariActorFile& f : d.actors) AddActors(f);
  for (const TabariAgentFile& f : d.agents) AddAgents(f);
  for (const TabariVerbFile& f : d.verbs) AddVerbs(f);
  for (const TabariOptionsFile& f : d.options) {
    options_.insert(options_.end(), f.options.begin(), f.options.end());
  }
}

int Lexicon::Intern(const std::string& word) {
  auto [it, added] = literals_.emplace(word, static_cast<int>(literal_text_.size()));
  if (added) {
    literal_text_.push_back(word);
    by_first_.emplace_back();
    max_literal_ = std::max(max_literal_, word.size());
  }
  return it->second;
}

int Lexicon::SynsetId(const std::string& name) {
  auto [it, added] = synset_ids_.emplace(name, static_cast<int>(synsets_.size()));
  if (added) synsets_.push_back(Synset{name, {}});
  return it->second;
}

bool Lexicon::ParseRoot(std::string_view text, Root* root, std::string* reason) {
  const std::vector<RawTok> toks = Tokenize(NormalizePhrase(text));
  for (const RawTok& t : toks) {
    if (t.text.size() == 1 &&
        std::string_view("{|}*$+%^@").find(t.text[0]) != std::string::npos) {
      *reason = "unexpected \"" + t.text + "\" in a root";
      return false;
    }
    root->words.push_back({Intern(t.text), t.conn});
  }
  if (root->words.empty()) {
    *reason = "empty root";
    return false;
  }
  const std::string_view trimmed = TrimSpace(text);
  root->final_closed = root->words.back().conn == Conn::kClosed && !trimmed.empty() &&
                       trimmed.back() == '_';
  root->text = std::string(trimmed);
  return true;
}

int Lexicon::AddRoot(Root root) {
  const int id = static_cast<int>(roots_.size());
  by_first_[root.words[0].lit].push_back(id);
  roots_.push_back(std::move(root));
  return id;
}

void Lexicon::AddBuiltins() {
  struct B {
    const char* word;
    RootType type;
    bool plural;
  };
  static const B kWords[] = {
      {"A", RootType::kDeterminer, false},    {"AN", RootType::kDeterminer, false},
      {"THE", RootType::kDeterminer, false},  {"AND", RootType::kConjunction, false},
      {"NOR", RootType::kConjunction, false}, {"BUT", RootType::kConjunction, false},
      {"OR", RootType::kConjunction, false},  {"IN", RootType::kPreposition, false},
      {"OF", RootType::kPreposition, false},  {"HE", RootType::kPronoun, false},
      {"HIM", RootType::kPronoun, false},     {"SHE", RootType::kPronoun, false},
      {"HER", RootType::kPronoun, false},     {"IT", RootType::kPronoun, false},
      {"THEM", RootType::kPronoun, true},     {"THEIR", RootType::kPronoun, true},
      {"THEY", RootType::kPronoun, true},     {"WERE", RootType::kAuxiliary, false},
      {"WAS", RootType::kAuxiliary, false},   {"BEEN", RootType::kAuxiliary, false},
      {"BY", RootType::kBy, false},           {"FORMER", RootType::kFormer, false},
  };
  for (const B& b : kWords) {
    Root r;
    r.type = b.type;
    r.plural = b.plural;
    r.words.push_back({Intern(b.word), Conn::kExactNoEnd});
    r.text = std::string(b.word) + "_";
    r.file = "(built-in)";
    AddRoot(std::move(r));
  }
}

void Lexicon::AddActors(const TabariActorFile& f) {
  auto add_words = [&](const std::vector<TabariWord>& words, RootType type) {
    for (const TabariWord& w : words) {
      Root r;
      r.type = type;
      r.file = w.file;
      r.line = w.line;
      std::string reason;
      if (!ParseRoot(w.phrase.text, &r, &reason)) {
        problems_.push_back(FormatProblem(w.file, w.line, reason));
        continue;
      }
      AddRoot(std::move(r));
    }
  };
  add_words(f.nouns, RootType::kNoun);
  add_words(f.adjectives, RootType::kAdjective);
  for (const TabariActor& a : f.actors) {
    std::vector<RootCode> codes;
    for (const DatedCode& c : a.codes) codes.push_back({c.code, c.when});
    std::vector<const DictPhrase*> names = {&a.name};
    for (const DictPhrase& s : a.synonyms) names.push_back(&s);
    for (const DictPhrase* n : names) {
      Root r;
      r.type = RootType::kActor;
      r.codes = codes;
      r.file = a.file;
      r.line = a.line;
      std::string reason;
      if (!ParseRoot(n->text, &r, &reason)) {
        problems_.push_back(FormatProblem(a.file, a.line, reason));
        continue;
      }
      AddRoot(std::move(r));
    }
  }
}

void Lexicon::AddAgents(const TabariAgentFile& f) {
  for (const TabariAgent& a : f.agents) {
    const std::string code = a.before_actor ? a.code + "~" : "~" + a.code;
    std::vector<std::string> texts = {a.phrase.text};
    for (const std::string& p : a.plurals) texts.push_back(p);
    for (const std::string& t : texts) {
      Root r;
      r.type = RootType::kAgent;
      r.codes.push_back({code, {}});
      r.file = a.file;
      r.line = a.line;
      std::string reason;
      if (!ParseRoot(t, &r, &reason)) {
        problems_.push_back(FormatProblem(a.file, a.line, reason));
        continue;
      }
      AddRoot(std::move(r));
    }
  }
}

void Lexicon::AddVerbs(const TabariVerbFile& f) {
  auto add = [&](const TabariVerb& v, RootType type) {
    Verb verb;
    verb.code = v.code.text;
    verb.text = v.file + ":" + std::to_string(v.line) + ": " + v.root.text;
    for (const TabariPattern& tp : v.patterns) {
      Pattern p;
      std::string reason;
      if (!CompilePattern(NormalizePhrase(tp.text), &p, &reason)) {
        problems_.push_back(FormatProblem(tp.file, tp.line, reason));
        continue;
      }
      p.code = tp.code.text;
      p.text = tp.file + ":" + std::to_string(tp.line) + ": - " + tp.text + " [" +
               p.code + "]";
      verb.patterns.push_back(std::move(p));
    }
    std::stable_sort(
        verb.patterns.begin(), verb.patterns.end(),
        [](const Pattern& a, const Pattern& b) { return a.length > b.length; });
    const int vid = static_cast<int>(verbs_.size());
    verbs_.push_back(std::move(verb));
    std::vector<std::string> texts = {v.root.text};
    for (const std::string& form : v.forms) texts.push_back(form);
    for (const std::string& t : texts) {
      Root r;
      r.type = type;
      r.verb = vid;
      r.file = v.file;
      r.line = v.line;
      std::string reason;
      if (!ParseRoot(t, &r, &reason)) {
        problems_.push_back(FormatProblem(v.file, v.line, reason));
        continue;
      }
      AddRoot(std::move(r));
    }
  };
  for (const TabariVerb& v : f.time_phrases) add(v, RootType::kTime);
  if (!f.time_phrases.empty()) has_time_ = true;
  for (const TabariVerb& v : f.verbs) add(v, RootType::kVerb);
}

// One sequence of pattern elements; '*' (if any) is kept as a kVerb item
// and its index returned in *verb_index. Alternative blocks become kAlt
// items whose conn is the connector written after '}'. One pass over the
// tokens with the block state inline, hence its length.
bool Lexicon::CompileSeq(std::string_view text, ItemSeq* out, int* verb_index,
                         std::string* reason) {
  const std::vector<RawTok> toks = Tokenize(PadBraces(text));
  *verb_index = -1;
  AltBlock* block = nullptr;
  int block_id = -1;
  ItemSeq* target = out;
  for (const RawTok& t : toks) {
    Item it;
    it.conn = t.conn;
    if (t.text == "{") {
      if (block != nullptr) {
        *reason = "nested '{'";
        return false;
      }
      block_id = static_cast<int>(alts_.size());
      alts_.emplace_back();
      block = &alts_.back();
      block->alts.emplace_back();
      target = &block->alts.back();
      continue;
    }
    if (t.text == "|") {
      if (block == nullptr) {
        *reason = "'|' outside { }";
        return false;
      }
      block->alts.emplace_back();
      target = &block->alts.back();
      continue;
    }
    if (t.text == "}") {
      if (block == nullptr) {
        *reason = "'}' without '{'";
        return false;
      }
      it.kind = ItemKind::kAlt;
      it.id = block_id;
      out->push_back(it);
      block = nullptr;
      target = out;
      continue;
    }
    if (t.text == "*") {
      if (block != nullptr || *verb_index >= 0) {
        *reason = "misplaced '*'";
        return false;
      }
      it.kind = ItemKind::kVerb;
      *verb_index = static_cast<int>(out->size());
    } else if (t.text == "$") {
      it.kind = ItemKind::kSource;
    } else if (t.text == "+") {
      it.kind = ItemKind::kTarget;
    } else if (t.text == "@") {
      it.kind = ItemKind::kAttrib;
    } else if (t.text == "%") {
      it.kind = ItemKind::kCompound;
    } else if (t.text == "^") {
      it.kind = ItemKind::kSkip;
    } else if (t.text.size() > 1 && t.text[0] == '&') {
      it.kind = ItemKind::kSynset;
      // SynsetId may grow synsets_ only; alts_ pointers stay valid.
      it.id = SynsetId(t.text.substr(1));
    } else {
      it.kind = ItemKind::kWord;
      it.id = Intern(t.text);
    }
    target->push_back(it);
  }
  if (block != nullptr) {
    *reason = "'{' without '}'";
    return false;
  }
  return true;
}

bool Lexicon::CompilePattern(std::string_view text, Pattern* p, std::string* reason) {
  ItemSeq all;
  int star = -1;
  if (!CompileSeq(text, &all, &star, reason)) return false;
  if (star < 0) {
    *reason = "pattern without '*'";
    return false;
  }
  p->lower.assign(all.begin(), all.begin() + star);
  p->upper.assign(all.begin() + star + 1, all.end());
  p->verb_conn = all[star].conn;
  // Length: characters outside braces plus the longest alternative of
  // each block (A.2.5).
  const std::string padded = PadBraces(text);
  int outside = 0, cur = 0, best = 0;
  bool in_block = false;
  for (char c : padded) {
    if (c == '{') {
      in_block = true;
      cur = best = 0;
    } else if (c == '|') {
      best = std::max(best, cur);
      cur = 0;
    } else if (c == '}') {
      best = std::max(best, cur);
      p->max_alt += best;
      p->has_alt = true;
      in_block = false;
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '\'') {
      ++(in_block ? cur : outside);
    }
  }
  p->length = outside + p->max_alt;
  return true;
}

}  // namespace chronicle::tabari_internal
