#include "text/tokenizer.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

std::vector<std::string> Norms(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, 0, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.norm);
  return out;
}

TEST(TokenizerTest, WordsPunctuationAndClitics) {
  EXPECT_EQ(Norms("Russia's Lavrov didn't call."),
            (std::vector<std::string>{"russia", "'s", "lavrov", "did", "n't", "call", "."}));
}

TEST(TokenizerTest, DottedGroupsInitialsAndAbbreviations) {
  EXPECT_EQ(Norms("U.S. envoy John F. Kerry met Gen. Smith on Feb. 17."),
            (std::vector<std::string>{"u.s.", "envoy", "john", "f.", "kerry", "met", "gen.",
                                      "smith", "on", "feb.", "17", "."}));
  EXPECT_EQ(Norms("with U.S.' Kerry"),
            (std::vector<std::string>{"with", "u.s.", "'", "kerry"}));
}

TEST(TokenizerTest, HyphensNumbersAndUnicode) {
  EXPECT_EQ(Norms("al-Assad's 2,000 U.S.-led \xC3\x87" "avu\xC5\x9Fo\xC4\x9Flu"),
            (std::vector<std::string>{"al-assad", "'s", "2,000", "u.s.", "-", "led",
                                      "\xC3\xA7" "avu\xC5\x9Fo\xC4\x9Flu"}));
}

TEST(TokenizerTest, SpansAndCaseFlags) {
  std::vector<Token> tokens;
  Tokenize("the US and us", 100, &tokens);
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[1].span, (Span{104, 106}));
  EXPECT_TRUE(tokens[1].all_caps);
  EXPECT_FALSE(tokens[3].all_caps);
  EXPECT_FALSE(tokens[0].capitalized);
}

}  // namespace
}  // namespace chronicle
