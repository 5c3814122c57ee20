// Page metadata (title, author, date): one test per class of page that the
// sources disagree on, written from the patterns, not copied from any page.
#include "extract/internal/metadata.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "extract/internal/dates.h"
#include "extract/internal/html_parser.h"

namespace chronicle::extract_internal {
namespace {

PageMetadata Read(const std::string& html) { return ReadPageMetadata(ParseHtml(html)); }

// --------------------------------------------------------------- title

TEST(MetadataTitleTest, ArticleHeadlineBeatsRewrittenSocialTitle) {
  const PageMetadata m = Read(R"(<html><head>
<title>Rivers rise after storm | Valley Times</title>
<meta property="og:title" content="Rivers rise after storm">
<meta property="og:type" content="article">
</head><body><h1>Flood warnings issued as rivers rise across the valley</h1>
<p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "Flood warnings issued as rivers rise across the valley");
}

TEST(MetadataTitleTest, KickerInsideHeadingIsDropped) {
  const PageMetadata m = Read(R"(<html><head>
<title>Transit: Night buses return next month | City Post</title>
<meta property="og:type" content="article">
</head><body><h1><span class="headline-kicker">Transit</span><span class="hidden">: </span>
<span class="headline-text">Night buses return next month</span></h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "Night buses return next month");
}

TEST(MetadataTitleTest, PageNameBeforeShortSiteIsNoSiteName) {
  // "Page | Site" with the page name in the <h1>: the <h1> is not a site
  // name that opens the title.
  const PageMetadata m = Read(R"(<html><head>
<title>Roof Cleaning | Bright Home Services</title>
</head><body><h1>Roof Cleaning</h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "Roof Cleaning");
}

TEST(MetadataTitleTest, SiteThatOpensTheTitleBeforeAHeadline) {
  const PageMetadata m = Read(R"(<html><head>
<title>Kitchen Notes » Slow roasted tomatoes with garlic and thyme</title>
</head><body><h1>Kitchen Notes</h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "Slow roasted tomatoes with garlic and thyme");
}

TEST(MetadataTitleTest, IdentifierPageCutsItsSite) {
  const PageMetadata m = Read(R"(<html><head>
<title>rsync - Toolwiki</title></head><body><h1>rsync</h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "rsync");
}

TEST(MetadataTitleTest, UnderscoreJoinedTitleIsKeptWhole) {
  const PageMetadata m = Read(R"(<html><head>
<title>城市夜间公交下月恢复_交通_城市报</title></head><body>
<h1>城市夜间公交下月恢复</h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "城市夜间公交下月恢复_交通_城市报");
}

TEST(MetadataTitleTest, NonArticleKeepsMetaTitle) {
  // A landing page: its <h1> is a slogan, its <title> names the page.
  const PageMetadata m = Read(R"(<html><head>
<title>Garden Hoses and Reels | Hosely</title>
<meta property="og:site_name" content="Hosely">
</head><body><h1>Water where you need it</h1></body></html>)");
  EXPECT_EQ(m.title, "Garden Hoses and Reels");
}

TEST(MetadataTitleTest, SiteNameH1IsSkippedForPostTitleInH2) {
  const PageMetadata m = Read(R"(<html><head>
<title>Sourdough in a cold kitchen | Crumb Diary</title>
</head><body><h1 class="logo">Crumb Diary</h1>
<h2>Sourdough in a cold kitchen</h2><p>Text.</p></body></html>)");
  EXPECT_EQ(m.title, "Sourdough in a cold kitchen");
}

TEST(MetadataTitleTest, InlineMarkupInHeadingJoinsWithoutSpaces) {
  const PageMetadata m = Read(R"(<html><head>
<meta property="og:title" content="Energy: Prices fall again">
</head><body><h1><span>Energy</span>: Prices fall again</h1></body></html>)");
  EXPECT_EQ(m.title, "Energy: Prices fall again");
}

TEST(MetadataTitleTest, HiddenHeadingIsIgnored) {
  const PageMetadata m = Read(R"(<html><head><title>Tide tables - Coast Office</title>
</head><body><h1 class="sr-only">Navigation</h1><h1>Tide tables</h1></body></html>)");
  EXPECT_EQ(m.title, "Tide tables");
}

// --------------------------------------------------------------- author

TEST(MetadataAuthorTest, CleanAuthorLabelsAndRoles) {
  EXPECT_EQ(CleanAuthor("Von Jana Beispiel"), "Jana Beispiel");
  EXPECT_EQ(CleanAuthor("Eingestellt von der Michel"), "der Michel");
  EXPECT_EQ(CleanAuthor("29. Juni 2017, 23:39 · von Tobi"), "Tobi");
  EXPECT_EQ(CleanAuthor("Recipe by Pat Example"), "Pat Example");
  EXPECT_EQ(CleanAuthor("Pat Example Last Updated"), "Pat Example");
  EXPECT_EQ(CleanAuthor("Stadt-Online-Experte Kim Muster"), "Kim Muster");
  EXPECT_EQ(CleanAuthor("Chefredakteurin Kim Muster"), "Kim Muster");
  EXPECT_EQ(CleanAuthor("Jo Beispiel im Gespräch mit Kim Muster"), "Jo Beispiel; Kim Muster");
  EXPECT_EQ(CleanAuthor("R. R. am"), "R. R");
  EXPECT_EQ(CleanAuthor("Jan Muster Fr, 18. Oktober 2019"), "Jan Muster");
  // "von" inside a name is not a label.
  EXPECT_EQ(CleanAuthor("Lena von Beispiel"), "Lena von Beispiel");
  // Degrees stay with the name; roles go.
  EXPECT_EQ(CleanAuthor("Sam Roe, PhD"), "Sam Roe; PhD");
  EXPECT_EQ(CleanAuthor("Sam Roe, Staff Writer"), "Sam Roe");
  EXPECT_EQ(CleanAuthor("Ann Roe, Bo Lee, Cy Diaz, Di Wu"), "Ann Roe; Bo Lee; Cy Diaz; Di Wu");
  EXPECT_EQ(CleanAuthor("Mar&iacute;a L&oacute;pez"), "María López");
}

TEST(MetadataAuthorTest, CleanAuthorListsAndRolesBesideTheName) {
  // Names in elements of their own, joined by text nodes.
  EXPECT_EQ(CleanAuthor("Ana Ruiz , Luis Mora y José Pablo Díaz"),
            "Ana Ruiz; Luis Mora; José Pablo Díaz");
  EXPECT_EQ(CleanAuthor("Jo Roe, Kim Lee & Ed Poe"), "Jo Roe; Kim Lee; Ed Poe");
  // A role set beside the name, without a comma.
  EXPECT_EQ(CleanAuthor("Dana Holt Senior Cars Reporter"), "Dana Holt");
  EXPECT_EQ(CleanAuthor("Dana Holt Writer"), "Dana Holt");
  // Without a modifier only after two words: the desk may be part of it.
  EXPECT_EQ(CleanAuthor("Ben Roe Games Editor"), "Ben Roe Games Editor");
}

TEST(MetadataAuthorTest, RepeatedCitationAuthorsAreJoined) {
  const PageMetadata m = Read(R"(<html><head><title>A study</title>
<meta name="citation_author" content="Ann Roe">
<meta name="citation_author" content="Bo Lee">
</head><body><h1>A study</h1></body></html>)");
  EXPECT_EQ(m.author, "Ann Roe; Bo Lee");
}

TEST(MetadataAuthorTest, CleanAuthorRejectsFormLabelsAndCommentHeads) {
  EXPECT_EQ(CleanAuthor("Name (required)"), "");
  EXPECT_EQ(CleanAuthor("Name *"), "");
  EXPECT_EQ(CleanAuthor("Kim Beispiel sagt"), "");
  EXPECT_EQ(CleanAuthor("Published by"), "");
  EXPECT_EQ(CleanAuthor("View all posts by"), "");
  EXPECT_EQ(CleanAuthor("July 22, 2021"), "");
}

TEST(MetadataAuthorTest, CommentAuthorsAreNotTheByline) {
  const PageMetadata m = Read(R"(<html><head><title>A post</title></head><body>
<h1>A post</h1><p>Body text.</p>
<ol class="commentlist"><li class="comment"><div class="comment-author">Visitor One</div>
<p>Nice.</p></li></ol>
<p class="post-author">Von Alex Muster</p></body></html>)");
  EXPECT_EQ(m.author, "Alex Muster");
}

TEST(MetadataAuthorTest, PublisherAsAuthorYieldsToByline) {
  const PageMetadata m = Read(R"(<html><head><title>Harbour news</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta name="author" content="Harbour Gazette">
</head><body><h1>Harbour news</h1>
<div class="byline">By Chris Example</div></body></html>)");
  EXPECT_EQ(m.author, "Chris Example");
}

TEST(MetadataAuthorTest, BylineLinkWithoutRole) {
  const PageMetadata m = Read(R"(<html><head><title>Q</title></head><body><h1>Q</h1>
<div class="author-box"><a href="/author/jo-roe">Jo Roe</a>
<span>Senior Correspondent for Coastal Affairs and Shipping</span></div></body></html>)");
  EXPECT_EQ(m.author, "Jo Roe");
}

TEST(MetadataAuthorTest, FirstArticleInJsonLdSpeaksForThePage) {
  // Later Article objects are teasers of other stories.
  const PageMetadata m = Read(R"(<html><head><title>T</title>
<script type="application/ld+json">[
 {"@type":"NewsArticle","headline":"Main","datePublished":"2023-11-01T08:00:00+01:00",
  "author":{"@type":"Person","name":"Main Writer"}},
 {"@type":"NewsArticle","headline":"Other","datePublished":"2023-10-30T08:00:00+01:00",
  "author":{"@type":"Person","name":"Other Writer"}}]</script>
</head><body></body></html>)");
  EXPECT_EQ(m.author, "Main Writer");
  EXPECT_EQ(m.date, "2023-11-01");
}

TEST(MetadataAuthorTest, LabelAloneThenNameInNextElement) {
  // "| By" and "Par&nbsp;" open the line; the name is a link after them.
  for (const char* label : {"| By", "Par&nbsp;", "von"}) {
    const PageMetadata m = Read(std::string(R"(<html><head><title>T</title></head><body>
<h1>Headline</h1><nav><span>by</span></nav><p><span>)") + label +
                                R"( <a href="/people/kim-roe">Kim Roe</a></span></p>
<p>Body text.</p></body></html>)");
    EXPECT_EQ(m.author, "Kim Roe") << label;
  }
}

TEST(MetadataAuthorTest, DeeplyIndentedBylineCounts) {
  const PageMetadata m = Read(
      "<html><body><h1>Headline</h1><span class=\"teaser-cat\">" + std::string(60, ' ') +
      "von Kim Roe" + std::string(40, ' ') + "</span><p>Body.</p></body></html>");
  EXPECT_EQ(m.author, "Kim Roe");
}

TEST(MetadataAuthorTest, DateAndNameOnOneLine) {
  EXPECT_EQ(Read("<html><body><h1>H</h1><p>03.04.2021 - Kim Roe</p><p>Body.</p></body></html>")
                .author,
            "Kim Roe");
  EXPECT_EQ(Read("<html><body><small>03.04.2021 | 10:15 Uhr | Kim Roe</small><h1>H</h1>"
                 "<p>Body.</p></body></html>")
                .author,
            "Kim Roe");
  EXPECT_EQ(Read("<html><body><h1>H</h1><p>03.04.2021 10:15 von Kim</p></body></html>").author,
            "Kim");
  // A date and a single word is a place, not a byline.
  EXPECT_EQ(Read("<html><body><h1>H</h1><p>03.04.2021 - Berlin</p></body></html>").author, "");
}

TEST(MetadataAuthorTest, LabelledAndHandleBylines) {
  EXPECT_EQ(Read("<html><body><h1>H</h1><p>Autoren Kim Roe und Alex Muster</p></body></html>")
                .author,
            "Kim Roe; Alex Muster");
  EXPECT_EQ(Read("<html><body><h1>H</h1><p>Blog Beitrag von Kim Roe</p></body></html>").author,
            "Kim Roe");
  EXPECT_EQ(CleanAuthor("Por Kim Roe @kimroe"), "Kim Roe");
  EXPECT_EQ(CleanAuthor("~ Kim Roe"), "Kim Roe");
  EXPECT_EQ(CleanAuthor("Kim Roe Stand: 04.05.2022"), "Kim Roe");
  EXPECT_EQ(CleanAuthor("Redaktion: Kim Roe"), "Kim Roe");
  EXPECT_EQ(CleanAuthor("Redaktion Stadtblatt"), "Redaktion Stadtblatt");
  EXPECT_EQ(CleanAuthor("\u8d23\u4efb\u7f16\u8f91\uff1a\u7126\u9e4f"), "\u7126\u9e4f");
  EXPECT_EQ(CleanAuthor("von Donnerstag"), "");
}

TEST(MetadataAuthorTest, FullNameBeatsFirstNameOrLogin) {
  EXPECT_EQ(Read(R"(<html><head><meta name="author" content="Kim"></head><body><h1>H</h1>
<p>By Kim Roe</p></body></html>)")
                .author,
            "Kim Roe");
  EXPECT_EQ(Read(R"(<html><head><meta name="author" content="kimroe"></head><body><h1>H</h1>
<p class="byline">Kim Roe</p></body></html>)")
                .author,
            "Kim Roe");
}

TEST(MetadataAuthorTest, SeveralLinkedNamesInOneByline) {
  const PageMetadata m = Read(R"(<html><body><h1>H</h1>
<div class="byline">By <a href="/author/kim-roe">Kim Roe</a> and
<a href="/author/sam-lee">Sam Lee</a> Staff Writers</div><p>Body.</p></body></html>)");
  EXPECT_EQ(m.author, "Kim Roe; Sam Lee");
  // A link further on is not a co-author.
  const PageMetadata one = Read(R"(<html><body><h1>H</h1>
<div class="byline">Written by <a href="/author/kim-roe">Kim Roe</a>
<a href="/author/kim-roe/posts">More Posts From This Writer</a> today</div></body></html>)");
  EXPECT_EQ(one.author, "Kim Roe");
}

TEST(MetadataAuthorTest, MetaNameExtendsToTheBylineList) {
  const PageMetadata m = Read(R"(<html><head><meta name="author" content="Kim Roe">
</head><body><h1>H</h1><p class="byline">Von Kim Roe, Alex Muster</p></body></html>)");
  EXPECT_EQ(m.author, "Kim Roe; Alex Muster");
}

TEST(MetadataAuthorTest, OrganisationMetaYieldsToVisibleByline) {
  const PageMetadata m = Read(R"(<html><head>
<meta name="author" content="Verband der Gartenfreunde e.V."></head><body><h1>H</h1>
<p>Von Kim Roe</p><p>Body.</p></body></html>)");
  EXPECT_EQ(m.author, "Kim Roe");
  const PageMetadata only = Read(R"(<html><head>
<meta name="author" content="Verband der Gartenfreunde e.V."></head><body><h1>H</h1>
<p>Body.</p></body></html>)");
  EXPECT_EQ(only.author, "Verband der Gartenfreunde e.V");
}

// --------------------------------------------------------------- date

TEST(MetadataDateTest, UtcStampYieldsToLocalStampOfTheSameMoment) {
  const PageMetadata m = Read(R"(<html><head><title>T</title>
<meta property="article:published_time" content="2022-05-04T03:37:37+00:00">
</head><body><h1>T</h1>
<time datetime="2022-05-03T23:37:37-04:00">May 3, 2022</time></body></html>)");
  EXPECT_EQ(m.date, "2022-05-03");
}

TEST(MetadataDateTest, ShownModificationDateWinsUnlessLabelledUpdated) {
  const char* kShown = R"(<html><head><title>T</title>
<meta property="article:published_time" content="2021-03-01T10:00:00+01:00">
<meta property="article:modified_time" content="2023-06-05T10:00:00+01:00">
</head><body><h1>T</h1><p class="meta">%s<time datetime="2023-06-05">June 5, 2023</time></p>
</body></html>)";
  char page[1024];
  std::snprintf(page, sizeof(page), kShown, "");
  EXPECT_EQ(Read(page).date, "2023-06-05");
  std::snprintf(page, sizeof(page), kShown, "Updated ");
  EXPECT_EQ(Read(page).date, "2021-03-01");
  // A thread's last reply is no modification of the opening post.
  std::snprintf(page, sizeof(page), kShown, "last post by kim ");
  EXPECT_EQ(Read(page).date, "2021-03-01");
}

TEST(MetadataDateTest, UtcStampGivesWayToTheShownDayOnlyNearMidnight) {
  const char* kPage = R"(<html><head><title>T</title>
<meta property="article:published_time" content="%s">
</head><body><h1>T</h1><p>%s</p><p>Text.</p></body></html>)";
  char page[1024];
  std::snprintf(page, sizeof(page), kPage, "2022-05-04T00:44:52Z", "May 3, 2022");
  EXPECT_EQ(Read(page).date, "2022-05-03");
  // At 14:00 UTC it is the 4th nearly everywhere.
  std::snprintf(page, sizeof(page), kPage, "2022-05-04T14:00:52Z", "May 5, 2022");
  EXPECT_EQ(Read(page).date, "2022-05-04");
  // A whole hour is a date converted from local midnight.
  std::snprintf(page, sizeof(page), kPage, "2022-05-03T23:00:00Z", "May 4, 2022");
  EXPECT_EQ(Read(page).date, "2022-05-03");
}

TEST(MetadataDateTest, VisibleDateWithoutMetadata) {
  const PageMetadata m = Read(R"(<html><head><title>T</title></head><body>
<h1>T</h1><p>Geschrieben von Kim am 25.08.15 22:30</p><p>Text.</p></body></html>)");
  EXPECT_EQ(m.date, "2015-08-25");
}

TEST(MetadataDateTest, VisibleDateShapes) {
  EXPECT_EQ(VisibleDate("15 августа 2016, 13:43", false), "2016-08-15");
  EXPECT_EQ(VisibleDate("3 МАЯ 2019", false), "2019-05-03");
  EXPECT_EQ(VisibleDate("17/02/2022", false), "2022-02-17");
  EXPECT_EQ(VisibleDate("02/17/2022", false), "2022-02-17");  // 17 cannot be a month
  EXPECT_EQ(VisibleDate("02/10/2020", true), "2020-02-10");
  EXPECT_EQ(VisibleDate("23.09.22", false), "2022-09-23");
  EXPECT_EQ(VisibleDate("Version 1.2.3.4", false), "");
  EXPECT_EQ(VisibleDate("2022-05-03", false), "2022-05-03");
}

TEST(MetadataDateTest, GenericDateMetaYieldsToTheDateShownAtTheHeadline) {
  const char* kPage = R"(<html><head><title>T</title>
<meta name="date" content="2021-10-15">
</head><body><h1>Headline</h1>%s<p>Text.</p></body></html>)";
  char page[1024];
  std::snprintf(page, sizeof(page), kPage, "<p>Erschienen am:</p><p>13.10.2021</p>");
  EXPECT_EQ(Read(page).date, "2021-10-13");
  std::snprintf(page, sizeof(page), kPage, "<time datetime=\"2021-10-12\">12.10.2021</time>");
  EXPECT_EQ(Read(page).date, "2021-10-12");
  // "Updated" is no publication date.
  std::snprintf(page, sizeof(page), kPage, "<p>Updated <time>12.10.2021</time></p>");
  EXPECT_EQ(Read(page).date, "2021-10-15");
  // A date far below the headline belongs to something else.
  std::string far = "<p>Lead.</p>";
  for (int k = 0; k < 40; ++k) far += "<p>Paragraph " + std::to_string(k) + ".</p>";
  far += "<p>01.02.2020</p>";
  std::snprintf(page, sizeof(page), kPage, far.c_str());
  EXPECT_EQ(Read(page).date, "2021-10-15");
  // A named stamp (article:published_time) is kept.
  EXPECT_EQ(Read(R"(<html><head><title>T</title>
<meta property="article:published_time" content="2021-10-15T08:00:00+02:00">
</head><body><h1>T</h1><p>13.10.2021</p></body></html>)").date, "2021-10-15");
}

TEST(MetadataDateTest, KickerDateAboveTheHeadline) {
  const PageMetadata m = Read(R"(<html><head><title>T</title>
<meta name="DC.date" content="2020-02-12"></head><body>
<h1><a href="/"><img src="logo.svg" alt="Club"></a></h1>
<div class="news-meta">05.02.2020 <span>- Redaktion</span></div>
<h1>Fair supply chains</h1><p>Text.</p></body></html>)");
  EXPECT_EQ(m.date, "2020-02-05");
}

TEST(MetadataDateTest, IndentedDateAndLooseMetaNames) {
  // Template indentation around the date does not count as text.
  std::string pad(120, ' ');
  EXPECT_EQ(Read("<html><body><h1>T</h1><div><h5>Datum:</h5>03.11.2021\n" + pad +
                 "<br></div><p>Text.</p></body></html>")
                .date,
            "2021-11-03");
  EXPECT_EQ(Read(R"(<html><head><meta name="published" content="July 17, 2025">
</head><body><h1>T</h1><p>Text.</p></body></html>)")
                .date,
            "2025-07-17");
  EXPECT_EQ(Read(R"(<html><head><meta name="w-published-date" content="2025-05-27T06:03:43Z">
</head><body><h1>T</h1><p>Text.</p></body></html>)")
                .date,
            "2025-05-27");
}

TEST(MetadataDateTest, MoreDateShapes) {
  EXPECT_EQ(NormalizeDate("4.\u2009" "2.\u2009" "2022."), "2022-02-04");
  EXPECT_EQ(NormalizeDate("2023 Jan 7"), "2023-01-07");
  EXPECT_EQ(VisibleDate("11-29-2024, 09:03 AM", false), "2024-11-29");
  EXPECT_EQ(VisibleDate("on 04-ago-2021 5:11:10", false), "2021-08-04");
  EXPECT_EQ(VisibleDate("12-Dec-2019", false), "2019-12-12");
  EXPECT_EQ(VisibleDate("12-abc-2019", false), "");
}

// -------------------------------------------------------- author (more)

TEST(MetadataAuthorTest, BylineOnAPageWithoutH1BeatsThePublisher) {
  const PageMetadata m = Read(R"(<html><head><title>Prices</title>
<meta name="author" content="Consumers Association e.V."></head><body>
<div class="headline">Energy prices explained</div>
<h5><em>Von Lena Muster</em></h5><p>Text.</p></body></html>)");
  EXPECT_EQ(m.author, "Lena Muster");
}

TEST(MetadataAuthorTest, VisibleBylineBeatsTheAuthorMeta) {
  const PageMetadata m = Read(R"(<html><head><title>T</title>
<meta name="author" content="Magazine Desk"></head><body>
<h1>Remembrance day</h1><p>Von Clara Beispiel</p><p>Text.</p></body></html>)");
  EXPECT_EQ(m.author, "Clara Beispiel");
}

TEST(MetadataAuthorTest, CreditsAndSentencesAreNoBylines) {
  // A theme credit in the footer and "by ..." continuing a sentence.
  const PageMetadata m = Read(R"(<html><head><title>T</title></head><body>
<h1>Road trip</h1><p>Cars are offered <a href="/x">with insurance</a> by European rental agencies.)</p>
<footer><div class="site-info"><a href="/theme">Theme</a> by Designhaus</div></footer>
</body></html>)");
  EXPECT_EQ(m.author, "");
}

TEST(MetadataAuthorTest, AuthorLabelWithRoleAfterTheName) {
  const PageMetadata m = Read(R"(<html><head><title>T</title></head><body>
<h1>New government</h1><p>Text.</p>
<p><strong>Autorin: Eva Probe, Projektleiterin der Stiftung in Tunesien.</strong></p>
</body></html>)");
  EXPECT_EQ(m.author, "Eva Probe");
}

TEST(MetadataAuthorTest, SiteNameBylineGivesWayToAPerson) {
  const PageMetadata m = Read(R"(<html><head><title>T</title>
<meta property="og:site_name" content="The Green Press"></head><body>
<h1>Forests</h1><div class="meta">By The Green Press</div>
<p><em>Written by: <a href="https://example.org/a">Julia Model</a></em></p><p>Text.</p>
</body></html>)");
  EXPECT_EQ(m.author, "Julia Model");
}

TEST(MetadataAuthorTest, ArticleWithoutBylineIsThePublishers) {
  const char* kPage = R"(<html><head><title>Wind farm opens</title>
<meta property="og:site_name" content="Northwind Energy">%s</head><body>
<h1>Wind farm opens</h1><p>Text.</p></body></html>)";
  char page[1024];
  std::snprintf(page, sizeof(page), kPage, R"(<meta property="og:type" content="article">)");
  EXPECT_EQ(Read(page).author, "Northwind Energy");
  // Not a page that does not say it is an article.
  std::snprintf(page, sizeof(page), kPage, "");
  EXPECT_EQ(Read(page).author, "");
}

}  // namespace
}  // namespace chronicle::extract_internal
