#include "extract/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/internal/dates.h"
#include "test_util.h"

namespace chronicle {
namespace {

using extract_internal::ExtractHtml;
using extract_test::ExpectWordsMapBack;
using extract_test::MakeDoc;

constexpr char kPage[] = R"(<!DOCTYPE html>
<html lang="EN-gb"><head>
<title>Ministers agree on grain corridor | The Harbour Post</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="2022-08-01T09:30:00+00:00">
<meta name="author" content="Ana Petrova">
<link rel="canonical" href="https://example.org/grain">
</head><body>
<header><a href="/">Home</a> <a href="/world">World</a></header>
<nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Economy</a></li></ul></nav>
<div class="page">
 <div class="article-body">
  <h1>Ministers agree on grain corridor</h1>
  <p>Foreign ministers of Turkey and Ukraine agreed on Monday to extend a grain corridor
     through the Black Sea, officials said in Ankara.</p>
  <p>The deal, reached after three days of talks, covers ships leaving Odesa, Chornomorsk
     and Pivdennyi, the ministry said.</p>
  <div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
  <h2>Inspections</h2>
  <p>Joint teams will inspect vessels in Istanbul, a spokesman added, calling the
     arrangement &ldquo;fair&rdquo; for both sides.</p>
 </div>
 <aside class="sidebar"><p>Most read: Ten things to know about ferries, and more.</p></aside>
 <div class="related-stories"><p><a href="/x">Ports reopen after storm, officials say</a></p></div>
</div>
<footer><p>Copyright 2022 The Harbour Post. All rights reserved.</p></footer>
<script>var x = "<p>not text</p>";</script>
</body></html>)";

TEST(HtmlExtractorTest, MainTextAndMetadata) {
  const RawDocument d = MakeDoc(kPage);
  StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Ministers agree on grain corridor");
  EXPECT_EQ(a->sitename, "The Harbour Post");
  EXPECT_EQ(a->date, "2022-08-01");
  EXPECT_EQ(a->author, "Ana Petrova");
  EXPECT_EQ(a->language, "en");
  EXPECT_EQ(a->url, "https://example.org/grain");
  EXPECT_EQ(
      a->text,
      "Foreign ministers of Turkey and Ukraine agreed on Monday to extend a grain "
      "corridor through the Black Sea, officials said in Ankara.\n\n"
      "The deal, reached after three days of talks, covers ships leaving Odesa, "
      "Chornomorsk and Pivdennyi, the ministry said.\n\n"
      "Inspections\n\n"
      "Joint teams will inspect vessels in Istanbul, a spokesman added, calling the "
      "arrangement \xe2\x80\x9c"
      "fair\xe2\x80\x9d for both sides.");
  ExpectWordsMapBack(*a, d);
}

TEST(HtmlExtractorTest, EntitiesMapToTheirReferences) {
  const RawDocument d = MakeDoc(
      "<html><body><p>AT&amp;T&#8217;s chief met the EU&#x2019;s envoy &copy; "
      "2020 in   Brussels,\n  officials said.</p></body></html>");
  StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(
      a->text,
      "AT&T\xe2\x80\x99s chief met the EU\xe2\x80\x99s envoy \xc2\xa9 2020 in Brussels, "
      "officials said.");
  ExpectWordsMapBack(*a, d);
  // "&amp;" -> "&": one output byte stands for five source bytes.
  const size_t amp = a->text.find('&');
  const Span s = a->text_to_input.ToSource(
      {static_cast<uint32_t>(amp), static_cast<uint32_t>(amp + 1)});
  EXPECT_EQ(d.utf8.substr(s.begin, s.size()), "&amp;");
  const size_t rsquo = a->text.find("\xe2\x80\x99");
  const Span r = a->text_to_input.ToSource(
      {static_cast<uint32_t>(rsquo), static_cast<uint32_t>(rsquo + 3)});
  EXPECT_EQ(d.utf8.substr(r.begin, r.size()), "&#8217;");
  // A collapsed whitespace run maps to the whole run.
  const size_t in = a->text.find("in Brussels");
  const Span w = a->text_to_input.ToSource(
      {static_cast<uint32_t>(in + 2), static_cast<uint32_t>(in + 3)});
  EXPECT_EQ(d.utf8.substr(w.begin, w.size()), "   ");
  // The whole text maps onto the paragraph's source range.
  const Span all = a->text_to_input.ToSource({0, static_cast<uint32_t>(a->text.size())});
  EXPECT_EQ(d.utf8.substr(all.begin, 2), "AT");
  EXPECT_EQ(d.utf8.substr(all.end - 5), "said.</p></body></html>");
}

TEST(HtmlExtractorTest, EveryParagraphWordMapsBack) {
  std::string html = "<html><body><article>";
  for (int i = 0; i < 20; ++i) {
    html += "<p>Paragraph " + std::to_string(i) +
            " reports that <b>delegates</b> from <a href='#'>Peru</a> and Chile met, "
            "with\tother\r\nenvoys &amp; observers, in Lima.</p>\n";
  }
  html += "</article></body></html>";
  const RawDocument d = MakeDoc(html);
  StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Paragraph 19 reports that delegates from Peru and Chile met, "
                         "with other envoys & observers, in Lima."),
            std::string::npos);
  ExpectWordsMapBack(*a, d);
}

TEST(HtmlExtractorTest, TitleFallsBackToH1AndJsonLd) {
  const RawDocument d = MakeDoc(
      "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
      "\"datePublished\":\"2019-11-05T12:00:00Z\",\"author\":{\"@type\":\"Person\","
      "\"name\":\"Lee Wong\"}}</script></head><body><h1>Envoys Meet</h1>"
      "<p>Envoys from Japan and Korea met in Seoul on Tuesday, a ministry said.</p>"
      "</body></html>");
  StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Envoys Meet");
  EXPECT_EQ(a->date, "2019-11-05");
  EXPECT_EQ(a->author, "Lee Wong");
  EXPECT_EQ(a->text,
            "Envoys from Japan and Korea met in Seoul on Tuesday, a ministry said.");
}

TEST(HtmlExtractorTest, HundredThousandNestedElementsDoNotCrash) {
  for (const char* tag : {"div", "span", "b"}) {
    std::string html = "<html><body>";
    for (int i = 0; i < 100000; ++i) html += std::string("<") + tag + ">";
    html += "Deep text about a summit in Oslo, officials said.";
    for (int i = 0; i < 100000; ++i) html += std::string("</") + tag + ">";
    html += "</body></html>";
    const RawDocument d = MakeDoc(html);
    StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
    ASSERT_TRUE(a.ok()) << tag << ": " << a.status().ToString();
    EXPECT_NE(a->text.find("Deep text about a summit in Oslo"), std::string::npos) << tag;
    ExpectWordsMapBack(*a, d);
  }
}

TEST(DatesTest, Normalize) {
  using extract_internal::DatelineDate;
  using extract_internal::NormalizeDate;
  EXPECT_EQ(NormalizeDate("2016-05-09T14:03:00+03:00"), "2016-05-09");
  EXPECT_EQ(NormalizeDate("Jul. 28, 2015"), "2015-07-28");
  EXPECT_EQ(NormalizeDate("28 July 2015"), "2015-07-28");
  EXPECT_EQ(NormalizeDate("2015-02-30"), "");
  EXPECT_EQ(DatelineDate("Updated Jul 28, 2015"), "2015-07-28");
  EXPECT_EQ(DatelineDate("Published: 3 March 2021 14:05 GMT"), "2021-03-03");
  EXPECT_EQ(DatelineDate("Kerry met Lavrov on Jul 28, 2015."), "");
}

TEST(DatesTest, OtherLanguagesAndDottedDates) {
  using extract_internal::NormalizeDate;
  EXPECT_EQ(NormalizeDate("Datum: 03.11.2021 11:38"), "2021-11-03");
  EXPECT_EQ(NormalizeDate("3. März 2021"), "2021-03-03");
  EXPECT_EQ(NormalizeDate("10 de mayo de 2022"), "2022-05-10");
  EXPECT_EQ(NormalizeDate("1er août 2019"), "2019-08-01");
  EXPECT_EQ(NormalizeDate("12 settembre 2020"), "2020-09-12");
  EXPECT_EQ(NormalizeDate("June 5, 2020"), "2020-06-05");
  EXPECT_EQ(NormalizeDate("31.02.2022"), "");
}

// Runs the HTML extractor on `html` and returns the text, or the error.
std::string Text(const std::string& html) {
  StatusOr<Article> a = ExtractHtml(MakeDoc(html, "p.html"), ExtractOptions());
  return a.ok() ? a->text : a.status().ToString();
}

constexpr char kLongParagraph[] =
    "<p>The council voted on Tuesday to approve the budget, which includes new funds for "
    "schools, roads and the harbour, after a debate that lasted late into the night.</p>";

TEST(HtmlExtractorTest, TableRowIsOneParagraph) {
  const std::string html =
      std::string("<body><div>") + kLongParagraph +
      "<table><tr><th>Pos.</th><th>Team</th></tr>"
      "<tr><td>1</td><td>Lions</td></tr><tr><td>2</td><td>Bears</td></tr>"
      "</table>" +
      kLongParagraph + "</div></body>";
  const std::string text = Text(html);
  EXPECT_NE(text.find("Pos. Team\n\n1 Lions\n\n2 Bears"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, ContentClassOutweighsFurnitureClass) {
  // "sidebar" names furniture, "content" the article: the column is kept.
  const std::string html =
      std::string("<body><div class=\"content-with-sidebar\">") + kLongParagraph +
      "</div><div class=\"sidebar\"><p>Most read "
      "stories of the week, chosen by our editors for you.</p></div></body>";
  const std::string text = Text(html);
  EXPECT_NE(text.find("The council voted"), std::string::npos) << text;
  EXPECT_EQ(text.find("Most read"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, GeneratedIdsDoNotNameAds) {
  const std::string html = std::string("<body><div id=\"w-node-b5343ad4\">") +
                           kLongParagraph + kLongParagraph + "</div></body>";
  EXPECT_NE(Text(html).find("The council voted"), std::string::npos);
}

TEST(HtmlExtractorTest, HiddenOrNoscriptWrapperHoldingThePageIsRead) {
  std::string body;
  for (int i = 0; i < 5; ++i) body += kLongParagraph;
  EXPECT_NE(
      Text("<body><div hidden>" + body + "</div><p>Menu</p></body>").find("The council"),
      std::string::npos);
  EXPECT_NE(Text("<body><noscript>" + body + "</noscript></body>").find("The council"),
            std::string::npos);
  // A small hidden box is still dropped.
  const std::string text = Text("<body>" + body +
                                "<div hidden><p>Subscribe now to read all "
                                "our stories without limits.</p></div></body>");
  EXPECT_EQ(text.find("Subscribe"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, FurnitureLinesAndTheCommentSectionAreDropped) {
  // Unmarked furniture inside the article's <div>: a share label, a
  // "read also" widget, and a comment section after the article.
  const std::string html = std::string("<body><div>") + kLongParagraph +
                           "<p>Jetzt teilen!</p>" + kLongParagraph +
                           "<p>Lesen Sie auch</p>" + kLongParagraph +
                           "<h3>Leave a Reply</h3>"
                           "<p>Great article, thanks for writing it, I agree with it.</p>"
                           "</div></body>";
  const std::string text = Text(html);
  EXPECT_NE(text.find("The council voted"), std::string::npos) << text;
  EXPECT_EQ(text.find("teilen"), std::string::npos) << text;
  EXPECT_EQ(text.find("Lesen Sie"), std::string::npos) << text;
  EXPECT_EQ(text.find("Leave a Reply"), std::string::npos) << text;
  EXPECT_EQ(text.find("Great article"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, SiblingRepeatsAreKeptOtherRepeatsOnce) {
  // The same paragraph twice in a row is the article's; a copy elsewhere
  // (a mobile block, a slideshow caption) is kept once.
  const std::string body = std::string("<body><div>") + kLongParagraph + kLongParagraph +
                           "</div><div><p>" +
                           "Second block of the page, long enough to be "
                           "read as a paragraph of text.</p>" +
                           kLongParagraph + "</div></body>";
  const std::string text = Text(body);
  size_t count = 0;
  for (size_t at = text.find("The council voted"); at != std::string::npos;
       at = text.find("The council voted", at + 1)) {
    ++count;
  }
  EXPECT_EQ(count, 2u) << text;
}

TEST(HtmlExtractorTest, TickerOfHeadlinesWithExcerptsIsDropped) {
  // "<li><a>Headline</a><span>excerpt...</span></li>" beside the article is
  // a teaser list, even though its link text is under half of each line.
  std::string body = "<body><div class=\"story\">";
  for (int i = 0; i < 7; ++i) body += kLongParagraph;
  body += "</div><div class=\"ticker\"><ul>";
  for (int i = 0; i < 8; ++i) {
    body +=
        "<li><a href=\"/s\">Regional ministers meet to discuss the harbour budget "
        "plan</a> <span>Officials from four counties gathered on Monday to agree on "
        "how to share the costs of the new quay and the road...</span></li>";
  }
  body += "</ul></div></body>";
  const std::string text = Text(body);
  EXPECT_NE(text.find("The council voted"), std::string::npos) << text;
  EXPECT_EQ(text.find("Regional ministers"), std::string::npos) << text;
  EXPECT_EQ(text.find("Officials from four"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, ForumThreadNamedCommentsIsThePage) {
  std::string body = "<body><p>Log in to reply.</p><div id=\"comments\">";
  for (int i = 0; i < 4; ++i) {
    body += std::string("<div class=\"comment\">") + kLongParagraph + "</div>";
  }
  body += "</div><div class=\"comment-form\"><p>Write a reply</p></div></body>";
  const std::string text = Text(body);
  EXPECT_NE(text.find("The council voted"), std::string::npos) << text;
}

TEST(HtmlExtractorTest, NegatedAndBracketedClassTokensDoNotNameFurniture) {
  // "wsite-not-footer" is a layout without a footer; a Tailwind arbitrary
  // value ("has-[[data-slot=banner]]") is CSS, not a name.
  for (const char* cls : {"wsite-not-footer", "p-4 has-[[data-slot=banner]]:pt-0"}) {
    const std::string html =
        std::string("<body><div>") + kLongParagraph + "</div><div class=\"" + cls +
        "\">" + kLongParagraph + kLongParagraph +
        "<p>Only this block says where the boats are kept in winter.</p>"
        "</div></body>";
    const std::string text = Text(html);
    EXPECT_NE(text.find("boats are kept"), std::string::npos) << cls << ": " << text;
  }
}

TEST(HtmlExtractorTest, VisibilityHiddenIsHidden) {
  const std::string html =
      std::string("<body><div>") + kLongParagraph + kLongParagraph +
      "<div style=\"visibility: hidden\"><p>A hidden teaser that the "
      "page never shows to its readers.</p></div></div></body>";
  EXPECT_EQ(Text(html).find("hidden teaser"), std::string::npos);
}

TEST(HtmlExtractorTest, StandfirstAboveTheBodyIsKept) {
  // The lead sits between the headline and the body, in the article's own
  // <header>.
  std::string html =
      "<body><article><header class=\"top\"><h1>Harbour budget approved</h1>"
      "<div class=\"intro\"><p>The council backed the plan after a long "
      "night, and the first works start in spring.</p></div></header>"
      "<div class=\"body\">";
  for (int i = 0; i < 4; ++i) html += kLongParagraph;
  html += "</div></article></body>";
  const std::string text = Text(html);
  EXPECT_EQ(text.find("The council backed the plan"), 0u) << text;
}

TEST(HtmlExtractorTest, PageOfLinksOnlyKeepsItsText) {
  const std::string text =
      Text("<body><a href=\"/x\"><p>abc</p><p>def</p>ghi</a></body>");
  EXPECT_NE(text.find("abc"), std::string::npos) << text;
  EXPECT_NE(text.find("ghi"), std::string::npos) << text;
}

// A product page (og:type or JSON-LD @type Product) is its description:
// customer reviews and recommendations are not. The same markup on a page
// that does not say it is a product's, or on a review article that marks
// up the product it reviews, keeps them.
TEST(HtmlExtractorTest, ReviewsAreDroppedOnlyOnProductPages) {
  const std::string body =
      std::string("<body><main><h1>Folding chair</h1><div class=\"description\">") +
      kLongParagraph + kLongParagraph +
      "</div><div class=\"reviews\"><div class=\"review-item\"><p>Sturdy and light, "
      "I take it to the beach every weekend and it has held up well so far.</p></div>"
      "<div class=\"review-item\"><p>The seat is a little low for tall people, but "
      "otherwise it is comfortable for an afternoon of reading outside.</p></div>"
      "</div></main></body>";
  const std::string product =
      Text("<head><meta property=\"og:type\" content=\"product\"></head>" + body);
  EXPECT_NE(product.find("The council voted"), std::string::npos) << product;
  EXPECT_EQ(product.find("Sturdy and light"), std::string::npos) << product;
  const std::string ld_product = Text(
      "<head><script type=\"application/ld+json\">{\"@type\": \"Product\"}</script>"
      "</head>" +
      body);
  EXPECT_EQ(ld_product.find("Sturdy and light"), std::string::npos) << ld_product;
  const std::string plain = Text(body);
  EXPECT_NE(plain.find("Sturdy and light"), std::string::npos) << plain;
  const std::string review_article = Text(
      "<head><meta property=\"og:type\" content=\"article\">"
      "<script type=\"application/ld+json\">{\"@type\": \"Product\"}</script>"
      "</head>" +
      body);
  EXPECT_NE(review_article.find("Sturdy and light"), std::string::npos) << review_article;
}

// On a page that says it is a forum thread, the posts are the page even
// when one of them is much longer than the others (a pasted log), and
// even inside a <form>.
TEST(HtmlExtractorTest, ForumPageKeepsEveryPostOfTheThread) {
  std::string body = "<body><form><div class=\"posts\"><div class=\"post\"><p>";
  for (int i = 0; i < 12; ++i)
    body += "Log line: the service restarted and failed again. ";
  body +=
      "</p></div><div class=\"post\"><p>Try disabling the plugin first, then "
      "restart the service and look at the log once more.</p></div>"
      "<div class=\"post\"><p>That worked, thank you. The plugin was the cause of "
      "the failed restarts.</p></div></div></form></body>";
  const std::string forum = Text(
      "<head><script type=\"application/ld+json\">"
      "{\"@type\": \"DiscussionForumPosting\"}</script></head>" +
      body);
  EXPECT_NE(forum.find("Log line"), std::string::npos) << forum;
  EXPECT_NE(forum.find("Try disabling"), std::string::npos) << forum;
  EXPECT_NE(forum.find("That worked"), std::string::npos) << forum;
}

// A byline split over short paragraphs under the headline (a label, a
// name, a publication, a date) is furniture; a name-like line that opens
// the article without a date or byline beside it is text.
TEST(HtmlExtractorTest, LeadingBylineBlockIsDropped) {
  const std::string body =
      "<p>Two rivers rose above their banks overnight and several roads near the "
      "bridge were closed by the morning.</p>"
      "<p>Council crews placed sandbags along the low streets and opened the school "
      "hall for families who had to leave.</p>"
      "<p>The water is expected to fall again by Thursday if no more rain comes.</p>"
      "<p>Farmers downstream moved their animals to higher fields on Sunday night, "
      "before the first of the roads went under.</p>"
      "<p>The last flood of this size, twelve years ago, damaged the old mill and the "
      "footbridge beside it.</p>"
      "<p>Residents can call the council's flood line at any hour for help with "
      "sandbags, pumps or a place to stay.</p>";
  const std::string split = Text(
      "<body><article><h1>Rivers flood roads</h1><p>Jon Adeyemi</p>"
      "<p>Regional Post</p><p>Published 9:40 AM EST Feb 2, 2022</p>" +
      body + "</article></body>");
  EXPECT_EQ(split.find("Jon Adeyemi"), std::string::npos) << split;
  EXPECT_EQ(split.find("Published"), std::string::npos) << split;
  EXPECT_NE(split.find("Two rivers rose"), std::string::npos) << split;
  const std::string heading = Text(
      "<body><article><h1>Rivers flood roads</h1><p>Flood Warning</p>" + body +
      "</article></body>");
  EXPECT_NE(heading.find("Flood Warning"), std::string::npos) << heading;
}

}  // namespace
}  // namespace chronicle
