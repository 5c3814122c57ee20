#include "extract/extractor.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace chronicle {
namespace {

using extract_test::MakeDoc;

TEST(SniffFormatTest, PathSuffix) {
  EXPECT_EQ(SniffFormat(MakeDoc("hello", "a/b.html")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("hello", "a/b.HTM")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("hello", "a/b.xhtml.gz")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("hello", "a/b.txt")), InputFormat::kText);
}

TEST(SniffFormatTest, LeadingMarkupAfterBomAndSpace) {
  EXPECT_EQ(SniffFormat(MakeDoc("\xef\xbb\xbf  \n<!DOCTYPE html><p>x")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("<HTML><body>x")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("  <div>x</div>")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("<p>x</p>")), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat(MakeDoc("Plain words only.")), InputFormat::kText);
  EXPECT_EQ(SniffFormat(MakeDoc("Text with a <b> later")), InputFormat::kAuto);
}

TEST(ExtractArticleTest, EmptyAndBlankDocumentsAreInvalid) {
  for (const char* s : {"", "   \n\t\r\n", "\xef\xbb\xbf \xc2\xa0\n"}) {
    StatusOr<Article> a = ExtractArticle(MakeDoc(s), ExtractOptions());
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(a.status().message(), "empty document");
  }
}

TEST(ExtractArticleTest, NoArticleTextIsInvalidWithReason) {
  StatusOr<Article> a = ExtractArticle(MakeDoc("Subscribe\nRead more\n0:00\n"),
                                       ExtractOptions());
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(a.status().message().find("no article text"), std::string::npos);
  StatusOr<Article> h = ExtractArticle(MakeDoc("<html><body><nav>Home</nav></body></html>"),
                                       ExtractOptions());
  ASSERT_FALSE(h.ok());
  EXPECT_EQ(h.status().code(), StatusCode::kInvalidArgument);
}

// A shop page rendered by script leaves only its site footer (here with a
// stray "</>" that leaves every later link inside the first heading): that
// is no article, but the page's title is still worth having.
constexpr char kFooterOnlyPage[] =
      "<html><head><title>Round tablecloth, linen</title></head><body><footer><div><div><div><d"
      "iv><dl><dt><h5>Heading</></dt><dd><a href=\"/x\">Link 1</a>, <a href=\"/x\">Link 2</a>, <a h"
      "ref=\"/x\">Link 3</a>, <a href=\"/x\">Link 4</a>, <a href=\"/x\">Link 5</a>, <a href=\"/x\">Link"
      " 6</a>, <a href=\"/x\">Link 7</a>, <a href=\"/x\">Link 8</a>, <a href=\"/x\">Link 9</a><a href"
      "=\"/x\">Link 10</a></dd></dl></div><div><dl><dt><h5>Heading</h5></dt><dd><a href=\"/x\">Link"
      " 11</a>, <a href=\"/x\">Link 12</a>, <a href=\"/x\">Link 13</a>, <a href=\"/x\">Link 14</a>, <"
      "a href=\"/x\">Link 15</a>, <a href=\"/x\">Link 16</a>, <a href=\"/x\">Link 17</a>, <a href=\"/x"
      "\">Link 18</a>, <a href=\"/x\">Link 19</a>, <a href=\"/x\">Link 20</a>, <a href=\"/x\">Link 21<"
      "/a>, <a href=\"/x\">Link 22</a>, <a href=\"/x\">Link 23</a>, <a href=\"/x\">Link 24</a></dd></"
      "dl></div></div><div><dl><dt><h5>Heading</h5></dt><dd><span><a href=\"/x\">Link 25</a>, <a "
      "href=\"/x\">Link 26</a>, <a href=\"/x\">Link 27</a>, <a href=\"/x\">Link 28</a>, <a href=\"/x\">"
      "Link 29</a>, <a href=\"/x\">Link 30</a>, <a href=\"/x\">Link 31</a>, <a href=\"/x\">Link 32</a"
      ">, <a href=\"/x\">Link 33</a></span></dd></dl></div><div><dl><dt><h5>Heading</h5></dt><dd>"
      "<a href=\"/x\">Link 34</a>, <a href=\"/x\">Link 35</a>, <a href=\"/x\">Link 36</a>, <a href=\"/"
      "x\">Link 37</a>, <a href=\"/x\">Link 38</a>, <a href=\"/x\">Link 39</a>, <a href=\"/x\">Link 40"
      "</a>, <a href=\"/x\">Link 41</a>, <a href=\"/x\">Link 42</a>, <a href=\"/x\">Link 43</a>, <a h"
      "ref=\"/x\">Link 44</a>, <a href=\"/x\">Link 45</a>, <a href=\"/x\">Link 46</a>, <a href=\"/x\">L"
      "ink 47</a>, <a href=\"/x\">Link 48</a></dd></dl></div></div></div><div><div><a href=\"/x\">L"
      "ink 49</a> - <a href=\"/x\">Link 50</a> - <span></span><a href=\"/x\">Link 51</a> - <a href="
      "\"/x\">Link 52</a> - <a href=\"/x\">Link 53</a> - <b><a href=\"/x\">Link 54</a></b> - <a href="
      "\"/x\">Link 55</a> - <a href=\"/x\">Link 56</a> - <a href=\"/x\">Link 57</a> 2010-2025 Example"
      " Shop. All rights reserved.<a href=\"/x\">Link 58</a><a href=\"/x\">Link 59</a><a href=\"/x\">"
      "Link 60</a></div></div></footer></body></html>";

TEST(ExtractArticleTest, SiteFooterAloneIsNoArticleButKeepsMetadata) {
  const std::string page = kFooterOnlyPage;
  StatusOr<Article> strict = ExtractArticle(MakeDoc(page, "x.html"), ExtractOptions());
  ASSERT_FALSE(strict.ok());
  EXPECT_NE(strict.status().message().find("site footer"), std::string::npos);
  ExtractOptions opts;
  opts.allow_no_text = true;
  StatusOr<Article> kept = ExtractArticle(MakeDoc(page, "x.html"), opts);
  ASSERT_TRUE(kept.ok()) << kept.status().ToString();
  EXPECT_EQ(kept->text, "");
  EXPECT_EQ(kept->title, "Round tablecloth, linen");
  EXPECT_NE(kept->no_text.find("site footer"), std::string::npos);
}

// The same block as an article's own <footer> is not the site's footer.
TEST(ExtractArticleTest, FooterInsideArticleIsNotSiteFooter) {
  std::string page = kFooterOnlyPage;
  page.replace(page.find("<footer>"), 8, "<article><footer>");
  page.replace(page.find("</footer>"), 9, "</footer></article>");
  StatusOr<Article> a = ExtractArticle(MakeDoc(page, "x.html"), ExtractOptions());
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_NE(a->text.find("Link 11"), std::string::npos);
}

TEST(ExtractArticleTest, DispatchesOnFormat) {
  const char* body = "<p>Envoys met in Vienna on Monday to discuss a truce.</p>";
  StatusOr<Article> html = ExtractArticle(MakeDoc(body, "x.html"), ExtractOptions());
  ASSERT_TRUE(html.ok()) << html.status().ToString();
  EXPECT_EQ(html->format, InputFormat::kHtml);
  EXPECT_EQ(html->text, "Envoys met in Vienna on Monday to discuss a truce.");
  ExtractOptions opts;
  opts.default_format = InputFormat::kText;
  StatusOr<Article> text = ExtractArticle(
      MakeDoc("Envoys met in Vienna on Monday to discuss a truce.", "x.txt"), opts);
  ASSERT_TRUE(text.ok()) << text.status().ToString();
  EXPECT_EQ(text->format, InputFormat::kText);
}

}  // namespace
}  // namespace chronicle
