#include "base/utf8.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(Utf8Test, ValidTextIsUnchanged) {
  const std::string s = "Lavrov \xC2\xA0 \xE2\x80\x94 \xF0\x9F\x98\x80 ok";
  EXPECT_TRUE(IsValidUtf8(s));
  Utf8Repair r = RepairUtf8(s);
  EXPECT_EQ(r.text, s);
  EXPECT_EQ(r.invalid_sequences, 0);
}

TEST(Utf8Test, RejectsOverlongsSurrogatesAndTruncation) {
  EXPECT_FALSE(IsValidUtf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xED\xA0\x80"));      // surrogate
  EXPECT_FALSE(IsValidUtf8("\xE2\x80"));          // truncated
  EXPECT_FALSE(IsValidUtf8("\xF4\x90\x80\x80"));  // > U+10FFFF
  EXPECT_FALSE(IsValidUtf8("\xFF"));
}

TEST(Utf8Test, RepairReplacesAndMapsBack) {
  const std::string in = "ab\xFF" "cd\xE2\x80" "ef";
  Utf8Repair r = RepairUtf8(in);
  EXPECT_EQ(r.invalid_sequences, 2);
  EXPECT_EQ(r.first_invalid, 2u);
  EXPECT_EQ(r.text, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD" "ef");
  EXPECT_TRUE(IsValidUtf8(r.text));
  // "cd" in the repaired text cites "cd" in the input.
  const size_t pos = r.text.find("cd");
  const Span s = r.to_input.ToSource({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 2)});
  EXPECT_EQ(in.substr(s.begin, s.size()), "cd");
  const size_t ef = r.text.find("ef");
  const Span s2 = r.to_input.ToSource({static_cast<uint32_t>(ef), static_cast<uint32_t>(ef + 2)});
  EXPECT_EQ(in.substr(s2.begin, s2.size()), "ef");
}

TEST(Utf8Test, DecodeAndAppendRoundTrip) {
  for (char32_t cp : {U'a', U'\u00e9', U'\u2014', U'\U0001F600'}) {
    std::string s;
    AppendUtf8(cp, &s);
    int len = 0;
    EXPECT_EQ(DecodeUtf8(s, 0, &len), cp);
    EXPECT_EQ(static_cast<size_t>(len), s.size());
  }
}

}  // namespace
}  // namespace chronicle
