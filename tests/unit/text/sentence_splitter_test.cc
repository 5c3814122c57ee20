#include "text/sentence_splitter.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

std::vector<std::string> Split(const std::string& text) {
  auto splitter = SentenceSplitter::Create();
  EXPECT_TRUE(splitter.ok());
  std::vector<std::string> out;
  for (Span s : (*splitter)->Split(text)) out.push_back(text.substr(s.begin, s.size()));
  return out;
}

TEST(SentenceSplitterTest, AbbreviationsDoNotSplit) {
  EXPECT_EQ(Split("U.S. Secretary of State John Kerry arrived. He met Lavrov."),
            (std::vector<std::string>{"U.S. Secretary of State John Kerry arrived.",
                                      "He met Lavrov."}));
  EXPECT_EQ(Split("The deal was signed on Feb. 17. Talks resume in March."),
            (std::vector<std::string>{"The deal was signed on Feb. 17.",
                                      "Talks resume in March."}));
  EXPECT_EQ(Split("President John F. Kennedy met Gen. Smith in the U.S. Capitol."),
            (std::vector<std::string>{
                "President John F. Kennedy met Gen. Smith in the U.S. Capitol."}));
}

TEST(SentenceSplitterTest, QuotesStayWithTheirSentence) {
  EXPECT_EQ(Split("\"We will talk,\" Lavrov said. \"Why now?\" he asked. Kerry left."),
            (std::vector<std::string>{"\"We will talk,\" Lavrov said.",
                                      "\"Why now?\" he asked.", "Kerry left."}));
  EXPECT_EQ(Split("Peskov called it \"constructive.\" Kerry agreed."),
            (std::vector<std::string>{"Peskov called it \"constructive.\"",
                                      "Kerry agreed."}));
}

TEST(SentenceSplitterTest, ParagraphsNeverShareASentence) {
  EXPECT_EQ(Split("Breaking News\nKerry met Lavrov\n\n  Talks went on.  "),
            (std::vector<std::string>{"Breaking News", "Kerry met Lavrov", "Talks went on."}));
}

TEST(SentenceSplitterTest, SpansPointIntoTheText) {
  auto splitter = SentenceSplitter::Create();
  ASSERT_TRUE(splitter.ok());
  const std::string text = "\xC3\x89lys\xC3\xA9" "e said no. Moscow agreed.";
  std::vector<Span> spans = (*splitter)->Split(text);
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(text.substr(spans[1].begin, spans[1].size()), "Moscow agreed.");
}

}  // namespace
}  // namespace chronicle
