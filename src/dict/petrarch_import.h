// dict/petrarch_import.h: the field's PETRARCH-2 dictionaries (the Phoenix
// set: CAMEO.2.0.txt verbs, Phoenix.*.actors.txt, Phoenix.agents.txt)
// translated into chronicle's dictionary model, so chronicle's own coder
// (code/coder.h) runs them.
//
//   PetrarchImport imp = ImportPetrarch(verbs, {countries, international}, agents);
//   // then Dictionaries::LoadPetrarch compiles it with the CAMEO table
//
// The translation (docs/dictionary-formats.md, "Coding with the Phoenix
// dictionaries") keeps each entry's file and line. What PETRARCH-2 means
// and chronicle's coder cannot express is dropped or approximated there:
// phrases match whole tokens (PETRARCH's stems without '_' match only the
// stem itself), a pattern's words may be separated by a few others,
// multi-word synset members are left out of patterns.
//
// Thread safety: plain functions and data.
#pragma once

#include <string>
#include <vector>

#include "dict/formats/petrarch_dict.h"

namespace chronicle {

// A country: a three-letter code and its names ("RUSSIA", "MOSCOW", ...).
struct ImportedCountry {
  std::string code;
  std::vector<std::string> phrases;  // lower case, words separated by spaces
  std::string where;                 // "file:line"
};

struct ImportedRole {
  std::string code;
  int from = 0, to = 0;  // [from, to) as yyyymmdd, 0 = open
};

struct ImportedActor {
  std::string name;
  std::string code;                 // undated code, may be empty
  std::vector<ImportedRole> roles;  // in the file's order: the first that holds wins
  std::vector<std::string> phrases;
  std::string where;
};

struct ImportedAgent {
  std::string code;
  std::vector<std::string> phrases;
  std::string where;
};

// One element of a pattern: a word (any of `words`), a gap, or a slot.
struct ImportedElement {
  enum class Kind { kWord, kGap, kSource, kTarget } kind = Kind::kWord;
  std::vector<std::string> words;  // kWord: lower-case alternatives
};

struct ImportedPattern {
  std::string cameo;  // primary code ("040"; "0871")
  bool paired = false;  // a paired code ("041:041"): both directions
  std::vector<ImportedElement> elements;
  std::string text;   // "CONSULT: - * (BY TELEPHONE) [041:041]"
  std::string where;
};

struct PetrarchImport {
  std::vector<ImportedCountry> countries;
  std::vector<ImportedActor> actors;
  std::vector<ImportedAgent> agents;
  std::vector<ImportedPattern> patterns;
  std::vector<std::string> problems;  // the readers' and the translation's
};

PetrarchImport ImportPetrarch(const PetrarchVerbFile& verbs,
                              const std::vector<PetrarchActorFile>& actors,
                              const PetrarchAgentFile* agents);

}  // namespace chronicle
