#include "chronicle/harvest.h"

#include <gtest/gtest.h>

#include <sstream>

namespace chronicle {
namespace {

// A sentence as the coder would explain it: `words` split on spaces, the
// given mentions and patterns.
SentenceExplanation Sentence(const std::string& text,
                             std::vector<std::pair<int, int>> mentions,
                             std::vector<SentenceExplanation::Pattern> patterns = {}) {
  SentenceExplanation x;
  x.sentence = text;
  std::istringstream in(text);
  for (std::string w; in >> w;) {
    x.words.push_back(w);
    std::string lower = w;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    x.tokens.push_back(lower);
  }
  for (auto [b, e] : mentions) {
    SentenceExplanation::Actor a;
    a.begin = b;
    a.end = e;
    x.actors.push_back(a);
  }
  x.patterns = std::move(patterns);
  return x;
}

SentenceExplanation::Pattern Coded(int first, int end, std::string source_rule) {
  SentenceExplanation::Pattern p;
  p.first = first;
  p.end = end;
  p.outcome = "coded";
  p.source_rule = std::move(source_rule);
  return p;
}

TEST(HarvestTest, VerbAfterSubjectWithParticleAndTarget) {
  Harvest h;
  // "Norland" and "Sudria" are mentions; nothing matched "clashed".
  h.Add(Sentence("Norland clashed with Sudria .", {{0, 1}, {3, 4}}));
  h.Add(Sentence("Norland has clashed with rebels .", {{0, 1}}));
  const std::vector<HarvestItem> verbs = h.Items(HarvestKind::kVerb, 1);
  ASSERT_EQ(verbs.size(), 1u);
  EXPECT_EQ(verbs[0].phrase, "clashed with");
  EXPECT_EQ(verbs[0].count, 2);
  EXPECT_EQ(verbs[0].with_target, 1);
  EXPECT_EQ(verbs[0].example, "Norland clashed with Sudria .");
  EXPECT_TRUE(h.Items(HarvestKind::kVerb, 3).empty());
}

TEST(HarvestTest, VerbsCoveredByAPatternAreNotListed) {
  Harvest h;
  h.Add(Sentence("Norland criticized Sudria .", {{0, 1}, {2, 3}}, {Coded(1, 3, "subject")}));
  EXPECT_TRUE(h.Items(HarvestKind::kVerb, 1).empty());
  // Neither are nouns or function words after a mention.
  h.Add(Sentence("Norland and Sudria , the old rivals .", {{0, 1}, {2, 3}}));
  h.Add(Sentence("Norland the", {{0, 1}}));
  EXPECT_TRUE(h.Items(HarvestKind::kVerb, 1).empty());
}

TEST(HarvestTest, SubjectOfACodedVerbWithoutSource) {
  Harvest h;
  h.Add(Sentence("Angry protesters stormed the Sudrian embassy .", {{4, 6}},
                 {Coded(2, 3, "")}));
  const std::vector<HarvestItem> subjects = h.Items(HarvestKind::kSubject, 1);
  ASSERT_EQ(subjects.size(), 1u);
  EXPECT_EQ(subjects[0].phrase, "angry protesters");
}

TEST(HarvestTest, CapitalisedRunsOutsideMentions) {
  Harvest h;
  h.Add(Sentence("The Council of Elders met Norland in Port Vela on Monday .", {{5, 6}}));
  h.Add(Sentence("Elders spoke .", {}));  // a lone opening word: not a name
  std::vector<std::string> names;
  for (const HarvestItem& i : h.Items(HarvestKind::kName, 1)) names.push_back(i.phrase);
  EXPECT_EQ(names, (std::vector<std::string>{"council of elders", "port vela"}));
}

TEST(HarvestTest, MergeAddsCountsAndKeepsTheFirstExample) {
  Harvest a, b;
  a.Add(Sentence("Norland clashed with Sudria .", {{0, 1}, {3, 4}}));
  b.Add(Sentence("Sudria clashed with Norland again .", {{0, 1}, {3, 4}}));
  b.Add(Sentence("Sudria clashed with troops .", {{0, 1}}));
  a.Merge(b);
  const std::vector<HarvestItem> verbs = a.Items(HarvestKind::kVerb, 1);
  ASSERT_EQ(verbs.size(), 1u);
  EXPECT_EQ(verbs[0].count, 3);
  EXPECT_EQ(verbs[0].with_target, 2);
  EXPECT_EQ(verbs[0].example, "Norland clashed with Sudria .");
  EXPECT_EQ(a.sentences(), 3);
}

}  // namespace
}  // namespace chronicle
