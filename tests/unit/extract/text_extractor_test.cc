#include "extract/text_extractor.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace chronicle {
namespace {

using extract_internal::ExtractText;
using extract_test::ExpectParagraphsMapBack;
using extract_test::MakeDoc;

constexpr char kScraped[] =
    "Skip to main content\n"
    "Breaking News\n"
    "\n"
    "Norway and Chile Sign Fisheries Accord in Oslo\n"
    "\n"
    "Photo by: AP\n"
    "Updated Mar 3, 2021\n"
    "\n"
    "  Norway and Chile signed a fisheries accord in Oslo on Tuesday, ending a decade of "
    "disputes over quotas in the South Pacific, the Norwegian foreign ministry said.  \n"
    "Officials said the deal would be reviewed every five years by a joint commission.\n"
    "Sign up for our free daily newsletter\n"
    "Chile Recalls Ambassador From Lima Over Border Remarks\n"
    "The Chilean minister called the talks \"long but fruitful\" and thanked the hosts.\n"
    "Officials said the deal would be reviewed every five years by a joint commission.\n"
    "\n"
    "We rely on readers like you. Please support our independent journalism today.\n"
    "Read more\n";

TEST(TextExtractorTest, KeepsArticleDropsBoilerplate) {
  const RawDocument d = MakeDoc(kScraped);
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Norway and Chile Sign Fisheries Accord in Oslo");
  EXPECT_EQ(a->date, "2021-03-03");
  EXPECT_EQ(a->text,
            "Norway and Chile signed a fisheries accord in Oslo on Tuesday, ending a decade "
            "of disputes over quotas in the South Pacific, the Norwegian foreign ministry "
            "said.\n\n"
            "Officials said the deal would be reviewed every five years by a joint "
            "commission.\n\n"
            "The Chilean minister called the talks \"long but fruitful\" and thanked the "
            "hosts.");
  EXPECT_EQ(a->repeated_paragraphs, 1);
  EXPECT_GE(a->dropped_lines, 7);
  ExpectParagraphsMapBack(*a, d);
}

TEST(TextExtractorTest, MapPointsAtTrimmedLines) {
  const RawDocument d = MakeDoc(kScraped);
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  const Span first = a->text_to_input.ToSource({0, 6});
  EXPECT_EQ(d.utf8.substr(first.begin, 6), "Norway");
  EXPECT_EQ(d.utf8[first.begin - 1], ' ');  // leading spaces trimmed away
  // The separator maps to nothing.
  const size_t sep = a->text.find("\n\n");
  EXPECT_TRUE(a->text_to_input.ToSource({static_cast<uint32_t>(sep),
                                         static_cast<uint32_t>(sep + 2)}).empty());
}

TEST(TextExtractorTest, SiteNameMarkerAndCaptionCredits) {
  const RawDocument d = MakeDoc(
      "- Daily Courier\n"
      "Ministers Meet in Geneva\n"
      "Delegates pose for a photo in Geneva, May 2 - Daily Courier\n"
      "Foreign ministers of five states met in Geneva on Friday to discuss shipping "
      "routes, officials said.\n"
      "The next round is planned for June, a spokesman added.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->sitename, "Daily Courier");
  EXPECT_EQ(a->title, "Ministers Meet in Geneva");
  EXPECT_EQ(a->text.find("pose for a photo"), std::string::npos);
  EXPECT_NE(a->text.find("The next round"), std::string::npos);
}

TEST(TextExtractorTest, QuotedFirstPersonIsNotAnAppeal) {
  const RawDocument d = MakeDoc(
      "Talks Resume in Doha\n"
      "\"We need your support and we will keep our word,\" the envoy told reporters on "
      "Sunday.\n"
      "The envoy said a ceasefire could be agreed within days.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("We need your support"), std::string::npos);
}

TEST(TextExtractorTest, NoTitleWhenTextStartsWithProse) {
  const RawDocument d = MakeDoc(
      "The two presidents met in Brasilia on Monday and agreed to reopen the border.\n"
      "Trade officials will meet next month.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "");
  EXPECT_EQ(a->text.substr(0, 15), "The two preside");
}

}  // namespace
}  // namespace chronicle
