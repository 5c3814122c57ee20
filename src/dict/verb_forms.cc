#include "dict/verb_forms.h"

#include <algorithm>
#include <sstream>

namespace chronicle {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Short consonant-vowel-consonant verbs double their last letter: ban, stop.
bool DoublesFinal(std::string_view w) {
  if (w.size() < 3 || w.size() > 4) return false;
  const char c3 = w[w.size() - 1], c2 = w[w.size() - 2], c1 = w[w.size() - 3];
  if (!IsVowel(c2) || IsVowel(c1) || IsVowel(c3)) return false;
  return c3 != 'w' && c3 != 'x' && c3 != 'y';
}

std::string ThirdPerson(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "s") || EndsWith(w, "x") || EndsWith(w, "z") ||
      EndsWith(w, "ch") || EndsWith(w, "sh") || EndsWith(w, "o")) {
    return s + "es";
  }
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ies";
  }
  return s + "s";
}

std::string Past(std::string_view w) {
  std::string s(w);
  if (w.back() == 'e') return s + "d";
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    return s.substr(0, s.size() - 1) + "ied";
  }
  if (DoublesFinal(w)) return s + w.back() + "ed";
  return s + "ed";
}

std::string Progressive(std::string_view w) {
  std::string s(w);
  if (EndsWith(w, "ie")) return s.substr(0, s.size() - 2) + "ying";
  if (w.back() == 'e' && !EndsWith(w, "ee") && !EndsWith(w, "ye") &&
      !EndsWith(w, "oe") && w.size() > 2) {
    return s.substr(0, s.size() - 1) + "ing";
  }
  if (DoublesFinal(w)) return s + w.back() + "ing";
  return s + "ing";
}

}  // namespace

bool IrregularVerbs::AddLine(std::string_view line) {
  std::istringstream in{std::string(line)};
  std::string lemma, form;
  if (!(in >> lemma)) return false;
  std::vector<std::string> forms;
  while (in >> form) forms.push_back(form);
  if (forms.empty()) return false;
  auto& slot = forms_[lemma];
  slot.insert(slot.end(), forms.begin(), forms.end());
  return true;
}

const std::vector<std::string>* IrregularVerbs::Find(std::string_view lemma) const {
  auto it = forms_.find(std::string(lemma));
  return it == forms_.end() ? nullptr : &it->second;
}

std::string NounPlural(std::string_view noun) { return ThirdPerson(noun); }

std::vector<std::string> VerbForms(std::string_view lemma,
                                   const IrregularVerbs& irregular) {
  std::vector<std::string> out = {std::string(lemma)};
  if (lemma.empty()) return out;
  const auto add = [&out](std::string f) {
    if (std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
  };
  add(ThirdPerson(lemma));
  add(Progressive(lemma));
  if (const auto* forms = irregular.Find(lemma)) {
    for (const std::string& f : *forms) add(f);
  } else {
    add(Past(lemma));
  }
  return out;
}

}  // namespace chronicle
