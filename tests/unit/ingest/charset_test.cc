// Charset decisions (BOM, meta prescan, valid UTF-8, detection, repair) and
// conversion to UTF-8 with a byte map back to the input.
#include "ingest/charset.h"

#include <gtest/gtest.h>

#include "ingest/reader.h"

namespace chronicle {
namespace {

std::string Html(const std::string& head, const std::string& body) {
  return "<!doctype html><html><head>" + head + "</head><body><p>" + body +
         "</p></body></html>";
}

// The input bytes the UTF-8 span [begin, end) of `doc` was made from.
std::string SourceOf(const RawDocument& doc, const std::string& utf8_needle) {
  const size_t pos = doc.utf8.find(utf8_needle);
  if (pos == std::string::npos) return "<not found>";
  const Span s = doc.utf8_to_raw.ToSource(
      {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + utf8_needle.size())});
  return doc.raw.substr(s.begin, s.size());
}

TEST(CharsetTest, CanonicalNamesFollowTheWhatwgLabels) {
  EXPECT_EQ(CanonicalCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset(" Latin1 "), "windows-1252");
  EXPECT_EQ(CanonicalCharset("gb2312"), "GBK");
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("windows-1251"), "windows-1251");
  EXPECT_EQ(CanonicalCharset("no-such-charset"), "");
}

TEST(CharsetTest, PrescanFindsMetaCharsetAndHttpEquiv) {
  EXPECT_EQ(PrescanMetaCharset("<meta charset=\"windows-1251\">"), "windows-1251");
  EXPECT_EQ(PrescanMetaCharset("<META CHARSET=cp1250>"), "cp1250");
  EXPECT_EQ(PrescanMetaCharset("<meta http-equiv=\"Content-Type\" "
                               "content=\"text/html; charset=ISO-8859-2\">"),
            "ISO-8859-2");
  EXPECT_EQ(PrescanMetaCharset("<meta name=\"description\" content=\"x\">"), "");
  // Beyond the first 4 KB the declaration is not looked for.
  EXPECT_EQ(PrescanMetaCharset(std::string(5000, ' ') + "<meta charset=cp1251>"), "");
}

TEST(CharsetTest, DeclaredCyrillicIsConvertedAndMapped) {
  // "Привет" in windows-1251.
  const std::string raw = Html("<meta charset=\"windows-1251\">", "\xCF\xF0\xE8\xE2\xE5\xF2 world");
  auto doc = MakeDocument("ru.html", raw, IngestOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_NE(doc->utf8.find("Привет world"), std::string::npos);
  EXPECT_TRUE(doc->warnings.empty());
  EXPECT_EQ(SourceOf(*doc, "Привет"), "\xCF\xF0\xE8\xE2\xE5\xF2");
  EXPECT_EQ(SourceOf(*doc, "world"), "world");
}

TEST(CharsetTest, HttpEquivPolishAndMultiByteCharsets) {
  // "zażółć" in windows-1250.
  auto pl = MakeDocument("pl.html",
                         Html("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                              "charset=windows-1250\">",
                              "za\xBF\xF3\xB3\xE6"),
                         IngestOptions());
  ASSERT_TRUE(pl.ok());
  EXPECT_NE(pl->utf8.find("zażółć"), std::string::npos);
  // "日本" in Shift_JIS, "中文" in GB2312 (decoded as GBK).
  auto ja = MakeDocument("ja.html", Html("<meta charset=shift_jis>", "\x93\xFA\x96\x7B"),
                         IngestOptions());
  ASSERT_TRUE(ja.ok());
  EXPECT_NE(ja->utf8.find("日本"), std::string::npos);
  EXPECT_EQ(SourceOf(*ja, "本"), "\x96\x7B");
  auto zh = MakeDocument("zh.html", Html("<meta charset=gb2312>", "\xD6\xD0\xCE\xC4"),
                         IngestOptions());
  ASSERT_TRUE(zh.ok());
  EXPECT_NE(zh->utf8.find("中文"), std::string::npos);
}

TEST(CharsetTest, ByteOrderMarksWin) {
  const std::string le("\xFF\xFE<\0p\0>\0K\0i\0e\0w\0", 16);
  auto doc = MakeDocument("le.html", le, IngestOptions());
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->utf8, "<p>Kiew");
  EXPECT_EQ(SourceOf(*doc, "Kiew"), std::string("K\0i\0e\0w\0", 8));
  const std::string be("\xFE\xFF\0<\0p\0>\0K", 10);
  auto doc_be = MakeDocument("be.html", be, IngestOptions());
  ASSERT_TRUE(doc_be.ok());
  EXPECT_EQ(doc_be->utf8, "<p>K");
  auto doc8 = MakeDocument("bom.txt", "\xEF\xBB\xBFHello", IngestOptions());
  ASSERT_TRUE(doc8.ok());
  EXPECT_EQ(doc8->utf8, "Hello");
  EXPECT_EQ(SourceOf(*doc8, "Hello"), "Hello");
}

TEST(CharsetTest, ValidUtf8BeatsAWrongDeclaration) {
  const std::string raw = Html("<meta charset=windows-1251>", "Café Zürich");
  auto doc = MakeDocument("x.html", raw, IngestOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->utf8.find("Café Zürich"), std::string::npos);
}

TEST(CharsetTest, UndeclaredLatin1HtmlIsDetected) {
  std::string body;
  for (int i = 0; i < 20; ++i) {
    body += "Le minist\xE8re des Affaires \xE9trang\xE8res a d\xE9clar\xE9 que la r\xE9union "
            "aura lieu \xE0 Gen\xE8ve. ";
  }
  auto doc = MakeDocument("fr.html", Html("", body), IngestOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->utf8.find("ministère des Affaires étrangères"), std::string::npos);
  ASSERT_FALSE(doc->warnings.empty());
  EXPECT_NE(doc->warnings[0].find("decoded as windows-1252"), std::string::npos)
      << doc->warnings[0];
  EXPECT_EQ(SourceOf(*doc, "Genève"), "Gen\xE8ve");
}

TEST(CharsetTest, DeclaredUtf8ButLatin1BytesIsDetectedNotMangled) {
  std::string body;
  for (int i = 0; i < 20; ++i) body += "Die Au\xDF" "enminister trafen sich in M\xFCnchen. ";
  auto doc = MakeDocument("de.html", Html("<meta charset=utf-8>", body), IngestOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->utf8.find("Außenminister trafen sich in München"), std::string::npos);
}

TEST(CharsetTest, DamagedUtf8IsRepairedNotReinterpreted) {
  // Mostly valid UTF-8 with one stray byte: repaired, accents kept.
  auto doc = MakeDocument("d.html", Html("", "Café, Zürich, Genève \xFF ok"), IngestOptions());
  ASSERT_TRUE(doc.ok());
  EXPECT_NE(doc->utf8.find("Café, Zürich, Genève \xEF\xBF\xBD ok"), std::string::npos);
  ASSERT_EQ(doc->warnings.size(), 1u);
  EXPECT_NE(doc->warnings[0].find("repaired 1 invalid UTF-8"), std::string::npos);
}

TEST(CharsetTest, UnknownDeclaredCharsetIsReported) {
  auto doc = MakeDocument("u.html", Html("<meta charset=x-klingon>", "caf\xE9"),
                          IngestOptions());
  ASSERT_TRUE(doc.ok());
  ASSERT_FALSE(doc->warnings.empty());
  EXPECT_NE(doc->warnings[0].find("unknown charset \"x-klingon\""), std::string::npos);
}

TEST(CharsetTest, DecodeRejectsUnknownCharsets) {
  EXPECT_FALSE(DecodeToUtf8("abc", "x-klingon").ok());
  auto d = DecodeToUtf8(std::string("a\xA4z"), "ISO-8859-15");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->utf8, "a€z");
  EXPECT_EQ(d->to_input.ToSource({1, 4}), (Span{1, 2}));
}

}  // namespace
}  // namespace chronicle
