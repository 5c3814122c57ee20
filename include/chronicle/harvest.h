// chronicle/harvest.h: what the dictionaries missed in a corpus, for the
// people who grow them (`chronicle dict harvest`).
//
//   Harvest harvest;
//   for (...) {
//     StatusOr<DocumentResult> r = pipeline->Process(doc, &explanations);
//     for (const SentenceExplanation& x : explanations) harvest.Add(x);
//   }
//   for (const HarvestItem& i : harvest.Items(HarvestKind::kVerb, 2)) ...
//
// Three kinds of misses are counted, each with its first example sentence:
//  - kVerb: a verb right after an actor mention (auxiliaries, "not" and a
//    few adverbs may stand between) that no verb pattern covers, with its
//    particle ("met with"); `with_target` counts the sentences in which an
//    actor follows it, the dyads the dictionaries lost;
//  - kSubject: the words before a coded verb whose source was not found
//    ("Protesters stormed ..."): actor-like phrases no actor entry covers;
//  - kName: runs of capitalised words (and all-caps acronyms) outside every
//    actor mention: names no actor entry knows.
// Phrases are counted lower case. The lists are heuristics over tokens (no
// part-of-speech tagger): they rank candidates, a person decides.
//
// Thread safety: none; one Harvest per thread, Merge() to combine.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "chronicle/pipeline.h"

namespace chronicle {

enum class HarvestKind { kVerb, kSubject, kName };

struct HarvestItem {
  HarvestKind kind = HarvestKind::kVerb;
  std::string phrase;   // lower case
  int count = 0;        // sentences it occurs in
  int with_target = 0;  // kVerb: of those, with an actor after the verb
  std::string example;  // the first sentence it was seen in
};

// "verb", "subject", "name".
const char* HarvestKindName(HarvestKind kind);

class Harvest {
 public:
  // Counts the misses of one coded sentence.
  void Add(const SentenceExplanation& sentence);
  void Merge(const Harvest& other);

  // Items of `kind` seen at least `min_count` times, most frequent first
  // (ties by phrase).
  std::vector<HarvestItem> Items(HarvestKind kind, int min_count) const;

  int sentences() const { return sentences_; }

 private:
  void Count(HarvestKind kind, const std::string& phrase, bool with_target,
             const std::string& example);
  std::map<std::pair<HarvestKind, std::string>, HarvestItem> items_;
  int sentences_ = 0;
};

}  // namespace chronicle
