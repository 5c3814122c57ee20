#include "extract/html_extractor.h"

#include <gtest/gtest.h>

#include <string>

#include "extract/internal/dates.h"
#include "extract/internal/html_flatten.h"
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
  EXPECT_EQ(a->text,
            "Foreign ministers of Turkey and Ukraine agreed on Monday to extend a grain "
            "corridor through the Black Sea, officials said in Ankara.\n\n"
            "The deal, reached after three days of talks, covers ships leaving Odesa, "
            "Chornomorsk and Pivdennyi, the ministry said.\n\n"
            "Inspections\n\n"
            "Joint teams will inspect vessels in Istanbul, a spokesman added, calling the "
            "arrangement \xe2\x80\x9c" "fair\xe2\x80\x9d for both sides.");
  ExpectWordsMapBack(*a, d);
}

TEST(HtmlExtractorTest, EntitiesMapToTheirReferences) {
  const RawDocument d = MakeDoc(
      "<html><body><p>AT&amp;T&#8217;s chief met the EU&#x2019;s envoy &copy; "
      "2020 in   Brussels,\n  officials said.</p></body></html>");
  StatusOr<Article> a = ExtractHtml(d, ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->text,
            "AT&T\xe2\x80\x99s chief met the EU\xe2\x80\x99s envoy \xc2\xa9 2020 in Brussels, "
            "officials said.");
  ExpectWordsMapBack(*a, d);
  // "&amp;" -> "&": one output byte stands for five source bytes.
  const size_t amp = a->text.find('&');
  const Span s = a->text_to_input.ToSource({static_cast<uint32_t>(amp),
                                            static_cast<uint32_t>(amp + 1)});
  EXPECT_EQ(d.utf8.substr(s.begin, s.size()), "&amp;");
  const size_t rsquo = a->text.find("\xe2\x80\x99");
  const Span r = a->text_to_input.ToSource({static_cast<uint32_t>(rsquo),
                                            static_cast<uint32_t>(rsquo + 3)});
  EXPECT_EQ(d.utf8.substr(r.begin, r.size()), "&#8217;");
  // A collapsed whitespace run maps to the whole run.
  const size_t in = a->text.find("in Brussels");
  const Span w = a->text_to_input.ToSource({static_cast<uint32_t>(in + 2),
                                            static_cast<uint32_t>(in + 3)});
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
  EXPECT_EQ(a->text, "Envoys from Japan and Korea met in Seoul on Tuesday, a ministry said.");
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

TEST(HtmlFlattenTest, BlanksOnlyDeepTagsAndKeepsLength) {
  std::string flat;
  EXPECT_FALSE(extract_internal::FlattenDeepHtml("<div><p>a<p>b</div>", 3, &flat));
  const std::string deep = "<div><div><div><div>x</div></div></div></div>";
  ASSERT_TRUE(extract_internal::FlattenDeepHtml(deep, 2, &flat));
  EXPECT_EQ(flat.size(), deep.size());
  EXPECT_EQ(flat, "<div><div>          x            </div></div>");
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

}  // namespace
}  // namespace chronicle
