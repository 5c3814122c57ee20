// dict/verb_forms.h: inflections of a verb lemma, by rule or from a table.
//
//   IrregularVerbs table;  table.AddLine("hold held held");
//   std::vector<std::string> f = VerbForms("hold", table);
//   // {"hold", "holds", "holding", "held"}
//
// Regular forms: 3rd person (-s, -es, -ies), past (-ed, -d, -ied) and -ing
// (with e-dropping), doubling the final consonant of short CVC verbs
// ("ban" -> "banned"). A lemma in the table gets its listed forms instead of
// the regular past. Thread safety: const use is thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chronicle {

class IrregularVerbs {
 public:
  // "lemma form form ...": returns false if the line has fewer than 2 words.
  bool AddLine(std::string_view line);
  // Listed forms of `lemma`, or nullptr.
  const std::vector<std::string>* Find(std::string_view lemma) const;

 private:
  std::unordered_map<std::string, std::vector<std::string>> forms_;
};

// All forms of `lemma` (lower case), the lemma first, without duplicates.
std::vector<std::string> VerbForms(std::string_view lemma,
                                   const IrregularVerbs& irregular);

// The regular plural of a noun (the 3rd person rule: "curfew" ->
// "curfews", "embargo" -> "embargoes", "militia" -> "militias", "party" ->
// "parties").
std::string NounPlural(std::string_view noun);

}  // namespace chronicle
