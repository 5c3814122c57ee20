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
