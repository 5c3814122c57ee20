#include "extract/text_extractor.h"

#include <gtest/gtest.h>

#include "extract/internal/line_features.h"
#include "test_util.h"

namespace chronicle {
namespace {

using extract_internal::BylineAuthor;
using extract_internal::ComputeLineFeatures;
using extract_internal::EndMarker;
using extract_internal::ExtractText;
using extract_internal::GetEndMarker;
using extract_internal::IsShareButton;
using extract_internal::LineFeatures;
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
  EXPECT_EQ(
      a->text,
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
  EXPECT_TRUE(a->text_to_input
                  .ToSource({static_cast<uint32_t>(sep), static_cast<uint32_t>(sep + 2)})
                  .empty());
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

TEST(LineFeaturesTest, UnspacedScriptsCountWordsAndStops) {
  // 40 kana and kanji end in an ideographic full stop: prose, not a label.
  const LineFeatures f = ComputeLineFeatures(
      "\xe5\xa0\xb1\xe9\x81\x93\xe3\x81\xab\xe3\x82\x88\xe3\x82\x8b\xe3\x81\xa8\xe3\x80"
      "\x81"
      "\xe4\xbb\x8a\xe5\x9b\x9e\xe8\xb2\xa9\xe5\xa3\xb2\xe3\x81\x95\xe3\x82\x8c\xe3\x81"
      "\x9f"
      "\xe3\x81\xae\xe3\x81\xaf\xe3\x80\x81\xe6\x94\xb9\xe9\x80\xa0\xe3\x81\x97\xe3\x81"
      "\x9f"
      "\xe7\xab\xaf\xe6\x9c\xab\xe3\x81\xa0\xe3\x81\xa8\xe3\x81\x84\xe3\x81\x86\xe3\x81"
      "\x93"
      "\xe3\x81\xa8\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82");
  EXPECT_TRUE(f.ends_sentence);
  EXPECT_TRUE(f.ends_period);
  EXPECT_GE(f.words, 10);
}

TEST(LineFeaturesTest, EndMarkersAndWidgets) {
  EXPECT_EQ(GetEndMarker("12 Comments"), EndMarker::kEnd);
  EXPECT_EQ(GetEndMarker("Leave a Reply"), EndMarker::kEnd);
  EXPECT_EQ(GetEndMarker("Anna on May 2, 2019 at 4:47 pm said:"), EndMarker::kEnd);
  EXPECT_EQ(GetEndMarker("Anna Berg says:"), EndMarker::kEnd);
  // A quotation's introduction is no comment header.
  EXPECT_EQ(GetEndMarker("Speaking to reporters, the minister said:"), EndMarker::kNone);
  EXPECT_EQ(GetEndMarker("He said:"), EndMarker::kNone);
  EXPECT_EQ(GetEndMarker("Kommentare (3)"), EndMarker::kEnd);
  EXPECT_EQ(GetEndMarker("\xc2\xa9 2019 Example Media. All Rights Reserved."),
            EndMarker::kEnd);
  EXPECT_EQ(GetEndMarker("Related Stories"), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Lesen Sie auch: Neue Ampeln f\xc3\xbcr die Hauptstra\xc3\x9f"
                         "e"),
            EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Das Thema k\xc3\xb6nnte dich auch interessieren \xe2\x80\xa6"),
            EndMarker::kWidget);
  // A photo credit is no footer, and prose mentioning comments is no marker.
  EXPECT_EQ(GetEndMarker("\xc2\xa9 Shutterstock/racorn"), EndMarker::kNone);
  EXPECT_EQ(GetEndMarker("The minister declined to comment on the report."),
            EndMarker::kNone);
  EXPECT_TRUE(IsShareButton("WhatsApp"));
  EXPECT_FALSE(IsShareButton("WhatsApp users complained about the outage."));
}

TEST(LineFeaturesTest, Bylines) {
  EXPECT_EQ(BylineAuthor("By Jane Roe"), "Jane Roe");
  EXPECT_EQ(BylineAuthor("Von Max Muster | 3. Mai 2020"), "Max Muster");
  EXPECT_EQ(BylineAuthor("Written by Ann Lee and Bo Chen"), "Ann Lee and Bo Chen");
  EXPECT_EQ(BylineAuthor("By the end of the week, prices had doubled."), "");
  EXPECT_EQ(BylineAuthor("Byron Bay is a town in New South Wales"), "");
}

TEST(LineFeaturesTest, AuthorBoxAndConsentDialog) {
  EXPECT_TRUE(
      ComputeLineFeatures("Will Knight is a senior writer for the magazine, covering "
                          "artificial intelligence.")
          .hard_cue);
  EXPECT_FALSE(
      ComputeLineFeatures("The President is a former journalist who rarely gives "
                          "interviews.")
          .hard_cue);
  EXPECT_GE(
      ComputeLineFeatures("We use cookies and process personal data with your consent "
                          "for tracking and advertising.")
          .consent_cues,
      3);
}

TEST(TextExtractorTest, HeadlineEchoAnchorsTheArticleAndCommentsEndIt) {
  const RawDocument d = MakeDoc(
      "Ferry Service Resumes on the Danube - Riverside Courier\n"
      "Home\nNews\nSport\n"
      "Ferry Service Resumes on the Danube\n"
      "The ferry linking the two banks of the river resumed service on Monday after a "
      "two-year pause caused by low water.\n"
      "Officials said the crossing would run every hour, with extra trips on market "
      "days.\n"
      "3 Comments\n"
      "Peter on March 14, 2023 at 9:12 am said:\n"
      "Finally! I used to take this ferry every week to visit my parents and the bridge "
      "detour "
      "added almost an hour each way, which nobody in the ministry cared about at all, "
      "and the "
      "new timetable is still far too thin for anyone who starts work early.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Ferry Service Resumes on the Danube");  // not the page title
  EXPECT_NE(a->text.find("crossing would run"), std::string::npos);
  EXPECT_EQ(a->text.find("Finally!"), std::string::npos);
  ExpectParagraphsMapBack(*a, d);
}

TEST(TextExtractorTest, EchoBelowTheMainTextIsARelatedLink) {
  std::string text = "Why Budgets Fail\nMenu\nThe Real Reason Budgets Fail\n";
  for (int i = 0; i < 6; ++i) {
    text +=
        "Paragraph " + std::to_string(i) +
        " of the essay argues at length that budgets fail because nobody plans for the "
        "second year of a programme, when the money runs out.\n";
  }
  text +=
      "More stories\nWhy Budgets Fail\n"
      "A short teaser about another story that readers may want to read next, with a "
      "few words of description.\n";
  StatusOr<Article> a = ExtractText(MakeDoc(text), ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Paragraph 0 of the essay"), std::string::npos);
  EXPECT_NE(a->text.find("Paragraph 5 of the essay"), std::string::npos);
}

TEST(TextExtractorTest, TeaserHeadlinesAfterTheArticleAreDropped) {
  const RawDocument d = MakeDoc(
      "Storm Closes Ports Along the Coast\n"
      "A winter storm closed ports along the northern coast on Tuesday, stranding dozens "
      "of "
      "ships and forcing the cancellation of ferry services, the coastguard said.\n"
      "Forecasters expect the wind to ease by Thursday morning.\n"
      "Here's what we know so far about the new cabinet lineup\n"
      "Hotel honours bartender's dying wish with a special cocktail night\n"
      "Salad-hating cat from the suburbs becomes an unlikely viral meme\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Forecasters expect"), std::string::npos);
  EXPECT_EQ(a->text.find("cabinet lineup"), std::string::npos);
  EXPECT_EQ(a->text.find("viral meme"), std::string::npos);
}

TEST(TextExtractorTest, SubheadingBetweenParagraphsIsKept) {
  const RawDocument d = MakeDoc(
      "Researchers Map Taste Receptors in the Lungs\n"
      "Researchers have found taste receptors on cells deep inside the lungs of mice, a "
      "discovery that puzzled them for years.\n"
      "Not merely taste\n"
      "The receptors appear to help the immune system notice parasites early, the team "
      "reported in a paper published on Wednesday.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("\n\nNot merely taste\n\n"), std::string::npos);
}

TEST(TextExtractorTest, TitleCaseStoryLinkBetweenParagraphsIsDropped) {
  const RawDocument d = MakeDoc(
      "Ministers Meet in Geneva\n"
      "Foreign ministers of five states met in Geneva on Friday to discuss shipping "
      "routes, "
      "officials said.\n"
      "US, Russia Trade Blame Over Collapse of Ceasefire\n"
      "The next round of talks is planned for June, a spokesman added.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Trade Blame"), std::string::npos);
  EXPECT_NE(a->text.find("The next round"), std::string::npos);
}

TEST(TextExtractorTest, HardWrappedParagraphIsProse) {
  const RawDocument d = MakeDoc(
      "Actress Stuns Fans With New Photos\n"
      "Photos which were released online and are making the rounds on social media,\n"
      "show the actress looking absolutely stunning in a new\n"
      "outfit at the premiere of her latest film.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("show the actress looking absolutely stunning in a new"),
            std::string::npos);
}

}  // namespace
}  // namespace chronicle
