// udpetrarch/lexicon.cc: finding and compiling a UD-PETRARCH dictionary set.

#include "udpetrarch/lexicon.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <utility>

#include "chronicle/udpetrarch.h"

namespace chronicle {
namespace udpetrarch_internal {
namespace {

namespace fs = std::filesystem;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

// Words of a dictionary phrase: '_' and ' ' both separate words here
// (UD-PETRARCH matches phrases word by word on the parse's tokens).
std::vector<std::string> PhraseWords(std::string_view text) {
  std::vector<std::string> words;
  std::string cur;
  for (char c : text) {
    if (c == '_' || c == ' ' || c == '\t') {
      if (!cur.empty()) words.push_back(Upper(cur));
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) words.push_back(Upper(cur));
  return words;
}

bool ReadWholeFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// "0x1000", "-0xFFFF+0x0070", "0": the sum of the signed terms; false if
// anything else is found.
bool EvalOntologyValue(std::string_view s, int* value) {
  s = TrimSpace(s);
  if (s.empty()) return false;
  long total = 0;
  size_t i = 0;
  while (i < s.size()) {
    int sign = 1;
    if (s[i] == '+' || s[i] == '-') {
      sign = s[i] == '-' ? -1 : 1;
      ++i;
    }
    size_t j = i;
    while (j < s.size() && s[j] != '+' && s[j] != '-') ++j;
    std::string term(TrimSpace(s.substr(i, j - i)));
    if (term.empty()) return false;
    try {
      size_t used = 0;
      const long v = std::stol(term, &used, 0);
      if (used != term.size()) return false;
      total += sign * v;
    } catch (...) {
      return false;
    }
    i = j;
  }
  *value = static_cast<int>(total);
  return true;
}

void AddVerbKey(Lexicon* lex, const std::string& key, int verb) {
  std::vector<int>& v = lex->verb_index[key];
  if (std::find(v.begin(), v.end(), verb) == v.end()) v.push_back(verb);
}

// Turns the tokens of a pattern into elements; false with *reason when the
// structure is not one UD-PETRARCH can use.
bool CompilePattern(const PetrarchPattern& p, Pattern* out, std::string* reason) {
  bool after_verb = false;
  bool seen_verb = false;
  const std::vector<PetrarchToken>& t = p.tokens;
  auto part = [&]() -> std::vector<Element>& {
    return after_verb ? out->lower : out->upper;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    const PetrarchToken& tok = t[i];
    switch (tok.kind) {
      case PetrarchTokenKind::kVerb:
        if (seen_verb) {
          *reason = "more than one '*'";
          return false;
        }
        seen_verb = after_verb = true;
        break;
      case PetrarchTokenKind::kSource:
        if (after_verb) out->source_after = true;
        part().push_back({Element::Kind::kSource, {}, "", Element::Kind::kNoun});
        break;
      case PetrarchTokenKind::kTarget:
        if (!after_verb) out->target_first = true;
        part().push_back({Element::Kind::kTarget, {}, "", Element::Kind::kNoun});
        break;
      case PetrarchTokenKind::kWord:
      case PetrarchTokenKind::kSynset: {
        if (tok.text == "%") {
          out->paired = true;
          break;
        }
        if (tok.text == "^") {
          part().push_back({Element::Kind::kSkip, {}, "", Element::Kind::kNoun});
          break;
        }
        Element e;
        e.terms.push_back({Upper(tok.text), tok.kind == PetrarchTokenKind::kSynset});
        part().push_back(std::move(e));
        break;
      }
      case PetrarchTokenKind::kNounOpen: {
        Element e;
        size_t j = i + 1;
        for (; j < t.size() && t[j].kind != PetrarchTokenKind::kNounClose; ++j) {
          if (t[j].kind == PetrarchTokenKind::kWord ||
              t[j].kind == PetrarchTokenKind::kSynset) {
            for (const std::string& w : PhraseWords(t[j].text)) {
              e.terms.push_back({w, t[j].kind == PetrarchTokenKind::kSynset});
            }
          }
        }
        i = j;
        if (!e.terms.empty()) part().push_back(std::move(e));
        break;
      }
      case PetrarchTokenKind::kPrepOpen: {
        Element e;
        e.kind = Element::Kind::kPrep;
        size_t j = i + 1;
        int depth = 1;
        for (; j < t.size(); ++j) {
          const PetrarchToken& u = t[j];
          if (u.kind == PetrarchTokenKind::kPrepClose && --depth == 0) break;
          if (u.kind == PetrarchTokenKind::kPrepOpen) ++depth;
          if (u.kind == PetrarchTokenKind::kSource)
            e.object_actor = Element::Kind::kSource;
          if (u.kind == PetrarchTokenKind::kTarget)
            e.object_actor = Element::Kind::kTarget;
          if (u.kind == PetrarchTokenKind::kWord && u.text == "^") {
            e.object_actor = Element::Kind::kSkip;
            continue;
          }
          if (u.kind == PetrarchTokenKind::kWord ||
              u.kind == PetrarchTokenKind::kSynset) {
            if (e.prep.empty() && u.kind == PetrarchTokenKind::kWord) {
              e.prep = Upper(u.text);
            } else {
              for (const std::string& w : PhraseWords(u.text)) {
                e.terms.push_back({w, u.kind == PetrarchTokenKind::kSynset});
              }
            }
          }
        }
        i = j;
        if (e.object_actor == Element::Kind::kSource && after_verb)
          out->source_after = true;
        if (e.prep.empty()) {
          *reason = "prepositional phrase without a preposition";
          return false;
        }
        out->has_prep = true;
        part().push_back(std::move(e));
        break;
      }
      case PetrarchTokenKind::kNounClose:
      case PetrarchTokenKind::kPrepClose:
        break;
    }
  }
  if (!seen_verb) {
    *reason = "pattern without '*'";
    return false;
  }
  out->length = p.text.size();
  out->code = p.code.text;
  out->text = "- " + p.text + " [" + p.code.text + "]";
  out->where = p.file + ":" + std::to_string(p.line);
  for (const PetrarchToken& tok : p.tokens) {
    if (tok.kind == PetrarchTokenKind::kWord || tok.kind == PetrarchTokenKind::kSynset) {
      for (const std::string& w : PhraseWords(tok.text)) out->words.push_back(w);
    }
  }
  return true;
}

void CompileVerbs(const PetrarchVerbFile& vf, Lexicon* lex) {
  for (const std::string& p : vf.problems) lex->problems.push_back(p);
  // Synsets first: patterns and other synsets refer to them.
  std::unordered_map<std::string, const PetrarchSynset*> raw;
  for (const PetrarchSynset& s : vf.synsets) raw[Upper(s.name)] = &s;
  // Expands one synset, nested ones included; `depth` stops cycles.
  std::function<void(const std::string&, int, std::vector<std::vector<std::string>>*)>
      expand = [&](const std::string& name, int depth,
                   std::vector<std::vector<std::string>>* out) {
        auto it = raw.find(name);
        if (it == raw.end() || depth > 8) return;
        for (const DictPhrase& m : it->second->members) {
          std::string text = Upper(m.text);
          if (!text.empty() && text[0] == '&') {
            expand(text, depth + 1, out);
            continue;
          }
          // "(TO THE END)": the words of a phrase member.
          std::string cleaned;
          for (char c : text) {
            if (c != '(' && c != ')' && c != '{' && c != '}') cleaned.push_back(c);
          }
          std::vector<std::string> words = PhraseWords(cleaned);
          if (words.empty()) continue;
          out->push_back(words);
          if (!m.whole_word_end && !it->second->no_plurals) {
            std::vector<std::string> plural = words;
            plural.back() = MakePlural(plural.back());
            if (plural.back() != words.back()) out->push_back(std::move(plural));
          }
        }
      };
  for (const PetrarchSynset& s : vf.synsets) {
    std::vector<std::vector<std::string>> members;
    expand(Upper(s.name), 0, &members);
    // The name is also written with its trailing '_' dropped in patterns.
    std::string name = Upper(s.name);
    lex->synsets[name] = members;
    if (name.size() > 1 && name.back() == '_') {
      lex->synsets[name.substr(0, name.size() - 1)] = members;
    }
  }
  lex->block_patterns.resize(vf.blocks.size());
  for (size_t b = 0; b < vf.blocks.size(); ++b) {
    const PetrarchVerbBlock& block = vf.blocks[b];
    for (const PetrarchVerb& v : block.verbs) {
      VerbEntry e;
      for (const std::string& w : v.words) e.words.push_back(Upper(w));
      e.head = v.head;
      e.code = v.code.text.empty() ? block.code.text : v.code.text;
      e.block = static_cast<int>(b);
      const int id = static_cast<int>(lex->verbs.size());
      lex->verbs.push_back(e);
      AddVerbKey(lex, e.words[static_cast<size_t>(e.head)], id);
      // Irregular forms ("SAID", "+BROKE_DOWN") also find the verb when a
      // parser gives the form as lemma.
      for (const std::string& f : v.forms) {
        std::string form = Upper(f);
        form.erase(std::remove(form.begin(), form.end(), '+'), form.end());
        std::vector<std::string> words = PhraseWords(form);
        if (words.size() == e.words.size() && !words.empty()) {
          AddVerbKey(lex, words[static_cast<size_t>(e.head)], id);
        }
      }
    }
    for (const PetrarchPattern& p : block.patterns) {
      Pattern compiled;
      std::string reason;
      if (!CompilePattern(p, &compiled, &reason)) {
        lex->problems.push_back(FormatProblem(p.file, p.line, reason));
        continue;
      }
      lex->block_patterns[b].push_back(std::move(compiled));
    }
  }
}

// "CONGRESS!PERSON!" -> CONGRESSMAN, CONGRESSMEN, ...
std::vector<std::string> Substitute(const std::string& text,
                                    const std::vector<PetrarchSubstitution>& subs) {
  for (const PetrarchSubstitution& s : subs) {
    const size_t at = Upper(text).find(Upper(s.marker));
    if (at == std::string::npos) continue;
    std::vector<std::string> out;
    for (const std::string& v : s.values) {
      std::string t = text;
      t.replace(at, s.marker.size(), v);
      for (std::string& u : Substitute(t, subs)) out.push_back(std::move(u));
    }
    return out;
  }
  return {text};
}

void CompileAgents(const PetrarchAgentFile& af, Lexicon* lex) {
  for (const std::string& p : af.problems) lex->problems.push_back(p);
  for (const PetrarchAgent& a : af.agents) {
    if (a.code.empty()) continue;
    const std::string code = a.before_actor ? a.code + "~" : "~" + a.code;
    const int value = static_cast<int>(lex->agent_codes.size());
    lex->agent_codes.push_back(code);
    std::vector<std::string> texts = Substitute(a.phrase.text, af.substitutions);
    std::vector<std::string> plurals;
    if (a.has_plural_block) {
      for (const std::string& p : a.plurals) {
        for (std::string& s : Substitute(p, af.substitutions))
          plurals.push_back(std::move(s));
      }
    } else {
      for (const std::string& t : texts) {
        std::vector<std::string> words = PhraseWords(t);
        if (words.empty()) continue;
        words.back() = MakePlural(words.back());
        std::string joined;
        for (const std::string& w : words) joined += (joined.empty() ? "" : "_") + w;
        plurals.push_back(joined);
      }
    }
    for (const std::string& t : texts) {
      std::vector<std::string> words = PhraseWords(t);
      if (!words.empty())
        lex->agents.nodes[static_cast<size_t>(lex->agents.Insert(words))].value = value;
    }
    for (const std::string& t : plurals) {
      std::vector<std::string> words = PhraseWords(t);
      if (words.empty()) continue;
      WordTrie::Node& n =
          lex->agents.nodes[static_cast<size_t>(lex->agents.Insert(words))];
      if (n.value < 0) n.value = value;
    }
  }
}

void CompileActors(const PetrarchActorFile& af, Lexicon* lex) {
  for (const std::string& p : af.problems) lex->problems.push_back(p);
  for (const PetrarchActor& a : af.actors) {
    if (a.codes.empty()) continue;
    const int value = static_cast<int>(lex->actor_codes.size());
    lex->actor_codes.push_back(a.codes);
    auto add = [&](const DictPhrase& p) {
      std::vector<std::string> words = PhraseWords(p.text);
      if (words.empty()) return;
      WordTrie::Node& n =
          lex->actors.nodes[static_cast<size_t>(lex->actors.Insert(words))];
      // The first entry of a phrase wins, as PETRARCH's reader keeps it.
      if (n.value < 0) n.value = value;
    };
    add(a.name);
    for (const DictPhrase& s : a.synonyms) add(s);
  }
}

void CompileDiscards(const PetrarchDiscardFile& df, Lexicon* lex) {
  for (const std::string& p : df.problems) lex->problems.push_back(p);
  for (const PetrarchDiscard& d : df.discards) {
    std::vector<std::string> words;
    for (std::string_view w : SplitSpace(d.text)) words.push_back(Upper(w));
    if (words.empty()) continue;
    WordTrie::Node& n =
        lex->discards.nodes[static_cast<size_t>(lex->discards.Insert(words))];
    if (n.value < 0) {
      n.value = static_cast<int>(lex->discard_story.size());
      lex->discard_story.push_back(d.story);
    }
  }
}

// The suite's file names: "PETR_Validate_verbs_2_02.txt" holds "_verbs_".
std::string FindInDirectory(const fs::path& dir,
                            const std::vector<std::string>& needles) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file(ec)) names.push_back(e.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  for (const std::string& needle : needles) {
    for (const std::string& n : names) {
      if (n.find(needle) != std::string::npos) return (dir / n).string();
    }
  }
  return "";
}

// Reads a PETR_config.ini-style file: "key = value" lines, '#' or ';'
// comments, [sections] ignored except that keys are looked up anywhere.
bool FilesFromConfig(const std::string& path, UdPetrarchFiles* files) {
  std::string text;
  if (!ReadWholeFile(path, &text)) return false;
  std::unordered_map<std::string, std::string> kv;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = TrimSpace(line);
    if (l.empty() || l[0] == '#' || l[0] == ';' || l[0] == '[') continue;
    const size_t eq = l.find_first_of("=:");
    if (eq == std::string_view::npos) continue;
    std::string key = Upper(TrimSpace(l.substr(0, eq)));
    kv[key] = std::string(TrimSpace(l.substr(eq + 1)));
  }
  fs::path base = fs::path(path).parent_path();
  if (auto it = kv.find("DICT_PATH"); it != kv.end() && !it->second.empty()) {
    fs::path d(it->second);
    base = d.is_absolute() ? d : base / d;
  }
  auto resolve = [&](const std::string& name) -> std::string {
    std::string out;
    for (std::string_view part : SplitSpace(name)) {
      std::string p(part);
      while (!p.empty() && p.back() == ',') p.pop_back();
      while (!p.empty() && p.front() == ',') p.erase(0, 1);
      if (p.empty()) continue;
      fs::path f(p);
      if (!f.is_absolute()) f = base / f;
      out += (out.empty() ? "" : ",") + f.string();
    }
    return out;
  };
  for (const auto& [key, value] : kv) {
    if (value.empty()) continue;
    std::string v = value;
    std::replace(v.begin(), v.end(), ',', ' ');
    if (key.find("VERB") != std::string::npos)
      files->verbs = resolve(v);
    else if (key.find("ACTOR") != std::string::npos)
      files->actors = resolve(v);
    else if (key.find("AGENT") != std::string::npos)
      files->agents = resolve(v);
    else if (key.find("DISCARD") != std::string::npos)
      files->discards = resolve(v);
    else if (key.find("ONTOLOGY") != std::string::npos)
      files->ontology = resolve(v);
  }
  return true;
}

bool ResolveFiles(const std::string& path, UdPetrarchFiles* files) {
  std::error_code ec;
  if (fs::is_directory(path, ec)) {
    const fs::path dir(path);
    files->verbs = FindInDirectory(dir, {"_verbs_"});
    files->actors = FindInDirectory(dir, {"_actors_"});
    files->agents = FindInDirectory(dir, {"_agents_"});
    files->discards = FindInDirectory(dir, {"_discards_"});
    files->ontology = FindInDirectory(dir, {"_Coding_Ontology", "Coding.Ontology"});
    return !files->verbs.empty();
  }
  if (fs::is_regular_file(path, ec)) return FilesFromConfig(path, files);
  return false;
}

std::vector<std::string> SplitList(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == ',') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  if (!cur.empty()) out.push_back(cur);
  return out;
}

}  // namespace

int WordTrie::Insert(const std::vector<std::string>& words) {
  int node = 0;
  for (const std::string& w : words) {
    auto it = nodes[static_cast<size_t>(node)].next.find(w);
    if (it != nodes[static_cast<size_t>(node)].next.end()) {
      node = it->second;
      continue;
    }
    const int id = static_cast<int>(nodes.size());
    nodes[static_cast<size_t>(node)].next.emplace(w, id);
    nodes.emplace_back();
    node = id;
  }
  return node;
}

std::string MakePlural(const std::string& word) {
  if (word.empty()) return word;
  const auto ends = [&](std::string_view s) {
    return word.size() >= s.size() &&
           word.compare(word.size() - s.size(), s.size(), s) == 0;
  };
  if (ends("MAN")) return word.substr(0, word.size() - 3) + "MEN";
  if (ends("Y") && word.size() > 1 &&
      std::string_view("AEIOU").find(word[word.size() - 2]) == std::string_view::npos) {
    return word.substr(0, word.size() - 1) + "IES";
  }
  if (ends("S") || ends("X") || ends("Z") || ends("CH") || ends("SH")) return word + "ES";
  return word + "S";
}

void ReadOntology(std::string_view text, const std::string& path, Lexicon* lex) {
  std::vector<std::string> problems;
  for (const SourceLine& l : SplitSourceLines(text, path, &problems)) {
    std::string_view s = l.text;
    const size_t hash = s.find('#');
    if (hash != std::string_view::npos) s = s.substr(0, hash);
    s = TrimSpace(s);
    if (s.empty()) continue;
    const size_t colon = s.find(':');
    int value = 0;
    if (colon == std::string_view::npos ||
        !EvalOntologyValue(s.substr(colon + 1), &value)) {
      problems.push_back(FormatProblem(path, l.line, "not \"CODE:value\""));
      continue;
    }
    const std::string code(TrimSpace(s.substr(0, colon)));
    lex->pico[code] = value;
    // Later lines win when two codes share a value, as a reversed Python
    // dict keeps the last.
    lex->pico_reverse[value] = code;
  }
  lex->have_ontology = !lex->pico.empty();
  for (std::string& p : problems) lex->problems.push_back(std::move(p));
}

}  // namespace udpetrarch_internal

using udpetrarch_internal::Lexicon;

UdPetrarchDictionary::UdPetrarchDictionary(std::unique_ptr<Lexicon> lexicon)
    : lexicon_(std::move(lexicon)) {}
UdPetrarchDictionary::~UdPetrarchDictionary() = default;

const std::vector<std::string>& UdPetrarchDictionary::problems() const {
  return lexicon_->problems;
}

StatusOr<std::shared_ptr<const UdPetrarchDictionary>> UdPetrarchDictionary::Load(
    const std::string& path) {
  UdPetrarchFiles files;
  if (!udpetrarch_internal::ResolveFiles(path, &files)) {
    return NotFoundError(path + ": no UD-PETRARCH dictionary set (verbs file) found");
  }
  return LoadFiles(files);
}

StatusOr<std::shared_ptr<const UdPetrarchDictionary>> UdPetrarchDictionary::LoadFiles(
    const UdPetrarchFiles& files) {
  using namespace udpetrarch_internal;
  if (files.verbs.empty()) return InvalidArgumentError("UD-PETRARCH: no verbs file");
  if (files.actors.empty()) return InvalidArgumentError("UD-PETRARCH: no actors file");
  auto lex = std::make_unique<Lexicon>();
  CHRONICLE_ASSIGN_OR_RETURN(PetrarchVerbFile verbs, ReadPetrarchVerbs(files.verbs));
  CompileVerbs(verbs, lex.get());
  for (const std::string& a : SplitList(files.actors)) {
    CHRONICLE_ASSIGN_OR_RETURN(PetrarchActorFile actors, ReadPetrarchActors(a));
    CompileActors(actors, lex.get());
  }
  for (const std::string& a : SplitList(files.agents)) {
    CHRONICLE_ASSIGN_OR_RETURN(PetrarchAgentFile agents, ReadPetrarchAgents(a));
    CompileAgents(agents, lex.get());
  }
  for (const std::string& d : SplitList(files.discards)) {
    CHRONICLE_ASSIGN_OR_RETURN(PetrarchDiscardFile discards, ReadPetrarchDiscards(d));
    CompileDiscards(discards, lex.get());
  }
  if (!files.ontology.empty()) {
    std::string text;
    if (!ReadWholeFile(files.ontology, &text)) {
      return IoError(files.ontology + ": cannot read");
    }
    ReadOntology(text, files.ontology, lex.get());
  }
  return std::shared_ptr<const UdPetrarchDictionary>(
      new UdPetrarchDictionary(std::move(lex)));
}

bool UdPetrarchDictionary::Recognizes(const std::string& path) {
  UdPetrarchFiles files;
  if (!udpetrarch_internal::ResolveFiles(path, &files) || files.verbs.empty())
    return false;
  std::string text;
  if (!udpetrarch_internal::ReadWholeFile(files.verbs, &text)) return false;
  // CAMEO 2.0 patterns write noun phrases in {} and prepositional phrases
  // in (); PETRARCH-1 and TABARI patterns join words with '_' instead.
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    std::string_view l = TrimSpace(line);
    if (l.size() < 2 || l[0] != '-' || l[1] == '-') continue;
    l = l.substr(0, l.find('#'));
    l = l.substr(0, l.find('['));
    if (l.find('*') != std::string_view::npos &&
        l.find_first_of("{(") != std::string_view::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace chronicle
