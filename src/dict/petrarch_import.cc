// Translating PETRARCH-2 dictionaries into chronicle's model; see
// petrarch_import.h for what is kept and what is approximated.
#include "dict/petrarch_import.h"

#include <unordered_map>

#include "dict/verb_forms.h"

namespace chronicle {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// "AL_GORE_" -> "al gore": words joined by spaces (chronicle's phrases are
// consecutive tokens either way).
std::string PhraseText(const DictPhrase& p) {
  std::string out;
  for (const std::string& w : p.words) {
    if (!out.empty()) out += ' ';
    out += Lower(w);
  }
  return out;
}

std::string Where(const std::string& file, int line) { return file + ":" + std::to_string(line); }

bool IsPlainCode(std::string_view code) {
  if (code.size() < 3) return false;
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

bool IsCountryCode(std::string_view code) {
  return code.size() == 3 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' &&
         code[1] <= 'Z' && code[2] >= 'A' && code[2] <= 'Z';
}

// PETRARCH's regular plural of a noun phrase's last word.
std::string Plural(const std::string& phrase) {
  if (phrase.empty()) return phrase;
  const char last = phrase.back();
  const char before = phrase.size() > 1 ? phrase[phrase.size() - 2] : ' ';
  if (last == 'y' && before != 'a' && before != 'e' && before != 'o' && before != 'u') {
    return phrase.substr(0, phrase.size() - 1) + "ies";
  }
  if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (before == 'c' || before == 's'))) {
    return phrase + "es";
  }
  return phrase + "s";
}

// A day after yyyymmdd as an exclusive bound (only compared, never shown).
int After(int yyyymmdd) { return yyyymmdd + 1; }

void ImportActors(const PetrarchActorFile& file, PetrarchImport* out,
                  std::unordered_map<std::string, size_t>* country_index) {
  for (const PetrarchActor& a : file.actors) {
    const std::string where = Where(a.file.empty() ? file.path : a.file, a.line);
    std::vector<std::string> phrases = {PhraseText(a.name)};
    for (const DictPhrase& s : a.synonyms) phrases.push_back(PhraseText(s));
    // A country: one undated three-letter code.
    if (a.codes.size() == 1 && a.codes[0].when.kind == DateRestriction::Kind::kAlways &&
        IsCountryCode(a.codes[0].code)) {
      const std::string& code = a.codes[0].code;
      auto [it, added] = country_index->emplace(code, out->countries.size());
      if (added) out->countries.push_back({code, {}, where});
      auto& names = out->countries[it->second].phrases;
      names.insert(names.end(), phrases.begin(), phrases.end());
      continue;
    }
    ImportedActor actor;
    actor.name = PhraseText(a.name);
    actor.where = where;
    for (const DatedCode& c : a.codes) {
      if (!IsPlainCode(c.code)) {
        if (c.code != "---") {
          out->problems.push_back(Where(a.file.empty() ? file.path : a.file, c.line) +
                                  ": code \"" + c.code +
                                  "\" (compound or special) not imported");
        }
        continue;
      }
      switch (c.when.kind) {
        case DateRestriction::Kind::kAlways:
          if (actor.code.empty()) actor.code = c.code;
          break;
        case DateRestriction::Kind::kBefore:
          actor.roles.push_back({c.code, 0, After(c.when.to)});
          break;
        case DateRestriction::Kind::kAfter:
          actor.roles.push_back({c.code, c.when.from, 0});
          break;
        case DateRestriction::Kind::kBetween:
          actor.roles.push_back({c.code, c.when.from, After(c.when.to)});
          break;
      }
    }
    if (actor.code.empty() && actor.roles.empty()) continue;  // "---": known, not coded
    actor.phrases = std::move(phrases);
    out->actors.push_back(std::move(actor));
  }
}

void ImportAgents(const PetrarchAgentFile& file, PetrarchImport* out) {
  std::unordered_map<std::string, size_t> by_code;
  for (const PetrarchAgent& a : file.agents) {
    if (!IsPlainCode(a.code)) {
      out->problems.push_back(Where(a.file.empty() ? file.path : a.file, a.line) +
                              ": agent code \"" + a.code + "\" not imported");
      continue;
    }
    // "CATTLE!PERSON!": one phrase per value of the substitution set.
    std::vector<std::string> texts = {a.phrase.text};
    for (const PetrarchSubstitution& s : file.substitutions) {
      std::vector<std::string> expanded;
      for (const std::string& t : texts) {
        const size_t at = t.find(s.marker);
        if (at == std::string::npos) {
          expanded.push_back(t);
          continue;
        }
        for (const std::string& v : s.values) {
          expanded.push_back(t.substr(0, at) + v + t.substr(at + s.marker.size()));
        }
      }
      texts = std::move(expanded);
    }
    auto [it, added] = by_code.emplace(a.code, out->agents.size());
    if (added) out->agents.push_back({a.code, {}, Where(a.file.empty() ? file.path : a.file, a.line)});
    auto& phrases = out->agents[it->second].phrases;
    for (const std::string& t : texts) {
      DictPhrase p;
      if (!ParseDictPhrase(t, &p)) continue;
      const std::string text = PhraseText(p);
      phrases.push_back(text);
      if (!a.has_plural_block) phrases.push_back(Plural(text));
    }
    for (const std::string& plural : a.plurals) {
      DictPhrase p;
      if (ParseDictPhrase(plural, &p)) phrases.push_back(PhraseText(p));
    }
  }
}

// The block's verbs as chronicle sees them: the forms of each single-word
// verb (a pattern's '*'), and each verb's own pattern.
struct BlockVerbs {
  std::vector<std::string> single_forms;
};

std::vector<std::string> Forms(const PetrarchVerb& v, const IrregularVerbs& none) {
  const std::string head = Lower(v.words[v.head]);
  if (!v.has_forms) return VerbForms(head, none);
  std::vector<std::string> forms = {head};
  for (const std::string& f : v.forms) forms.push_back(Lower(f));
  return forms;
}

bool NullCode(const EventCode& c) { return c.primary.empty() || c.primary == "---"; }

void ImportVerbs(const PetrarchVerbFile& file, PetrarchImport* out) {
  const IrregularVerbs none;
  std::unordered_map<std::string, std::vector<std::string>> synsets;
  for (const PetrarchSynset& s : file.synsets) {
    std::string name = s.name;
    if (!name.empty() && name.back() == '_') name.pop_back();
    std::vector<std::string>& words = synsets[name];
    for (const DictPhrase& m : s.members) {
      if (m.words.size() != 1) continue;  // a pattern element is one token
      const std::string w = Lower(m.words[0]);
      words.push_back(w);
      if (!s.no_plurals && !m.whole_word_end) words.push_back(Plural(w));
    }
  }
  for (const PetrarchVerbBlock& block : file.blocks) {
    BlockVerbs verbs;
    for (const PetrarchVerb& v : block.verbs) {
      if (v.words.empty()) continue;
      const std::vector<std::string> forms = Forms(v, none);
      if (v.words.size() == 1) {
        verbs.single_forms.insert(verbs.single_forms.end(), forms.begin(), forms.end());
      }
      const EventCode& code = v.code.text.empty() ? block.code : v.code;
      if (NullCode(code)) continue;
      // The verb on its own: its code when no pattern says more.
      ImportedPattern p;
      p.cameo = code.primary;
      p.paired = code.secondary == code.primary;
      p.text = block.name + ": " + v.text + " [" + code.text + "]";
      p.where = Where(v.file.empty() ? file.path : v.file, v.line);
      for (size_t i = 0; i < v.words.size(); ++i) {
        ImportedElement e;
        e.words = static_cast<int>(i) == v.head ? forms : std::vector<std::string>{Lower(v.words[i])};
        p.elements.push_back(std::move(e));
      }
      out->patterns.push_back(std::move(p));
    }
    if (verbs.single_forms.empty()) continue;
    for (const PetrarchPattern& pp : block.patterns) {
      if (NullCode(pp.code)) continue;
      ImportedPattern p;
      p.cameo = pp.code.primary;
      p.paired = pp.code.secondary == pp.code.primary;
      p.text = block.name + ": - " + pp.text + " [" + pp.code.text + "]";
      p.where = Where(pp.file.empty() ? file.path : pp.file, pp.line);
      int depth = 0;      // inside {...}: the words are consecutive
      bool glue = false;  // the next element follows the last one directly
      bool ok = true;
      const auto add = [&](ImportedElement e) {
        if (!p.elements.empty() && !glue) p.elements.push_back({ImportedElement::Kind::kGap, {}});
        p.elements.push_back(std::move(e));
        glue = depth > 0;
      };
      for (const PetrarchToken& t : pp.tokens) {
        switch (t.kind) {
          case PetrarchTokenKind::kNounOpen:
            ++depth;
            glue = false;
            break;
          case PetrarchTokenKind::kNounClose:
            depth = depth > 0 ? depth - 1 : 0;
            glue = false;
            break;
          case PetrarchTokenKind::kPrepOpen:
          case PetrarchTokenKind::kPrepClose:
            glue = false;
            break;
          case PetrarchTokenKind::kVerb:
            add({ImportedElement::Kind::kWord, verbs.single_forms});
            break;
          case PetrarchTokenKind::kSource:
            add({ImportedElement::Kind::kSource, {}});
            break;
          case PetrarchTokenKind::kTarget:
            add({ImportedElement::Kind::kTarget, {}});
            break;
          case PetrarchTokenKind::kSynset: {
            std::string name = t.text;
            if (!name.empty() && name.back() == '_') name.pop_back();
            const auto it = synsets.find(name);
            if (it == synsets.end() || it->second.empty()) {
              ok = false;
              out->problems.push_back(p.where + ": synset " + t.text +
                                      " unknown or without one-word members; pattern not imported");
            } else {
              add({ImportedElement::Kind::kWord, it->second});
            }
            break;
          }
          case PetrarchTokenKind::kWord: {
            DictPhrase phrase;
            if (!ParseDictPhrase(t.text, &phrase)) break;
            for (size_t i = 0; i < phrase.words.size(); ++i) {
              if (i > 0) glue = true;  // "IDEA_OF": one phrase
              add({ImportedElement::Kind::kWord, {Lower(phrase.words[i])}});
            }
            glue = depth > 0;
            break;
          }
        }
        if (!ok) break;
      }
      if (!ok) continue;
      // chronicle finds the subject itself: a leading '$' (and the gap
      // after it) goes; a pattern starts with a word.
      while (!p.elements.empty() && p.elements.front().kind != ImportedElement::Kind::kWord) {
        p.elements.erase(p.elements.begin());
      }
      while (!p.elements.empty() && p.elements.back().kind == ImportedElement::Kind::kGap) {
        p.elements.pop_back();
      }
      if (p.elements.empty()) continue;
      out->patterns.push_back(std::move(p));
    }
  }
}

}  // namespace

PetrarchImport ImportPetrarch(const PetrarchVerbFile& verbs,
                              const std::vector<PetrarchActorFile>& actors,
                              const PetrarchAgentFile* agents) {
  PetrarchImport out;
  out.problems = verbs.problems;
  std::unordered_map<std::string, size_t> country_index;
  for (const PetrarchActorFile& f : actors) {
    out.problems.insert(out.problems.end(), f.problems.begin(), f.problems.end());
    ImportActors(f, &out, &country_index);
  }
  if (agents != nullptr) {
    out.problems.insert(out.problems.end(), agents->problems.begin(), agents->problems.end());
    ImportAgents(*agents, &out);
  }
  ImportVerbs(verbs, &out);
  return out;
}

}  // namespace chronicle
