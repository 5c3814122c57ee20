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

TEST(LineFeaturesTest, MultilingualWidgetsAndCallsToAction) {
  // Related-content headings in Portuguese, German, Italian and Spanish.
  EXPECT_EQ(GetEndMarker("Você pode gostar..."), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Das könnte dir auch gefallen"), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Lies auch"), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Ti potrebbe interessare"), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("VEA TAMBIÉN: Un titular de otra noticia"), EndMarker::kWidget);
  EXPECT_EQ(GetEndMarker("Want more stories like this?"), EndMarker::kWidget);
  // The author box closes the article.
  EXPECT_EQ(GetEndMarker("Über den Autor/ die Autorin"), EndMarker::kEnd);
  // Invitations to click a picture, feedback widgets, comment rules.
  EXPECT_TRUE(ComputeLineFeatures("Clique na imagem acima e veja o ranking dos pilotos "
                                  "nesta temporada.")
                  .hard_cue);
  EXPECT_TRUE(ComputeLineFeatures("Fanden Sie diesen Artikel nützlich?").hard_cue);
  EXPECT_TRUE(ComputeLineFeatures("Was this article helpful?").hard_cue);
  EXPECT_TRUE(ComputeLineFeatures("Please understand that comments are moderated and it "
                                  "is not always possible to publish all of them.")
                  .hard_cue);
  EXPECT_TRUE(ComputeLineFeatures("Sie müssen sich einloggen, um sich an einer "
                                  "Diskussion beteiligen zu können.")
                  .hard_cue);
  // Paywall and sponsored-post notices.
  EXPECT_TRUE(
      ComputeLineFeatures("Wählen Sie Ihren Zugang und lesen Sie weiter:").hard_cue);
  EXPECT_TRUE(
      ComputeLineFeatures("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.")
          .hard_cue);
  // How-to steps that tell the reader to click are article text.
  EXPECT_FALSE(ComputeLineFeatures("Klicken Sie auf Start und öffnen Sie die "
                                   "Systemsteuerung.")
                   .hard_cue);
  EXPECT_FALSE(ComputeLineFeatures("Click Start, then open the Control Panel and "
                                   "choose Programs.")
                   .hard_cue);
}

TEST(LineFeaturesTest, BylineBeforeADateOrAfterABar) {
  EXPECT_EQ(BylineAuthor("by Ines October 3, 2021"), "Ines");
  EXPECT_EQ(BylineAuthor("Von Max Muster 3. Mai 2020"), "Max Muster");
  EXPECT_EQ(BylineAuthor("March 3, 2023 | by Hanna"), "Hanna");
}

TEST(TextExtractorTest, AuthorBoxAtTheEndIsDropped) {
  const RawDocument d = MakeDoc(
      "Ferry Timetable Extended for Summer\n"
      "The island ferry will run two extra crossings every evening from June, the "
      "operator said on Monday after a busy spring season.\n"
      "The late boats will leave the mainland at nine and at eleven, and tickets can "
      "be bought on board as before.\n"
      "Lena Koch\n"
      "Lena Koch ist Redakteurin im Ressort Lokales und schreibt seit 2015 über den "
      "Verkehr auf den Inseln.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("The late boats"), std::string::npos);
  EXPECT_EQ(a->text.find("Lena Koch"), std::string::npos);
}

TEST(TextExtractorTest, InterviewAnswerUnderANameIsKept) {
  // "Name: answer" is an interview, not an author box.
  const RawDocument d = MakeDoc(
      "Five Questions on Harbour Cranes\n"
      "We asked the port engineer about the new cranes that arrived this spring from "
      "the shipyard in the south.\n"
      "Question 1: Why are the new cranes electric?\n"
      "Ada Lind\n"
      "Ada Lind: Because the port wants to cut its diesel use by half before the end of "
      "the decade, and cranes are the largest users.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Ada Lind: Because the port"), std::string::npos);
}

TEST(TextExtractorTest, FlattenedTableIsOneParagraph) {
  const RawDocument d = MakeDoc(
      "Club Standings\n"
      "The table below shows the standings of the league after the last round:\n"
      "Pos.\nClub\nPoints\n1\nHarbour\n12\n2\nMill Lane\n10\n3\nRiverside\n10\n"
      "4\nOld Town\n7\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Pos. Club Points 1 Harbour 12 2 Mill Lane 10 3 Riverside 10 "
                         "4 Old Town 7"),
            std::string::npos)
      << a->text;
  // The cells are copies; the spaces between them stand for line breaks.
  extract_test::ExpectWordsMapBack(*a, d);
}

TEST(TextExtractorTest, AnnouncedListWithLinksOnTheirOwnLines) {
  const RawDocument d = MakeDoc(
      "Ten Gifts for Board Game Fans\n"
      "The holidays are coming and the shops are full of games, so we picked a few "
      "classics that are on sale this week at the usual online stores:\n"
      "1) Harbour Trader, the family edition\n"
      "http://example.com/a1\n"
      "2) Lighthouse Keeper card game\n"
      "http://example.com/b2\n"
      "3) Fishing Fleet dice game\n"
      "http://example.com/c3\n"
      "Leave a comment\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("3) Fishing Fleet dice game"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("http://example.com/c3"), std::string::npos) << a->text;
}

TEST(TextExtractorTest, BloggerSpeakingToReadersIsNotAnAppeal) {
  // "We" and "your" now and then, without appeal vocabulary, is a travel
  // blog's voice.
  const RawDocument d = MakeDoc(
      "A Morning at the Fish Market\n"
      "The market opens at five, and by six the stalls along the quay are already "
      "crowded with cooks from the harbour restaurants.\n"
      "We picked out a couple of smoked mackerels for our group, put them on a "
      "paper tray and carried them to the long pier at the end of the harbour, "
      "where your train to the islands leaves every hour in summer.\n"
      "The old woman at the last stall sells the best rye bread in town, still warm "
      "from the oven behind her shop.\n");
  StatusOr<Article> a = ExtractText(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("We picked out a couple"), std::string::npos) << a->text;
}

}  // namespace
}  // namespace chronicle
