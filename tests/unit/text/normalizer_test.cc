#include "text/normalizer.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(NormalizerTest, AsciiIsIdentity) {
  Normalized n = NormalizeText("Kerry met Lavrov.");
  EXPECT_EQ(n.text, "Kerry met Lavrov.");
  EXPECT_EQ(n.to_input.ToSource({6, 9}), (Span{6, 9}));
}

TEST(NormalizerTest, FoldsSpacesAndQuotesWithOffsets) {
  const std::string in = "the\xC2\xA0situation in\xC2\xA0Syria \xE2\x80\x9Cnow\xE2\x80\x9D Russia\xE2\x80\x99s";
  Normalized n = NormalizeText(in);
  EXPECT_EQ(n.text, "the situation in Syria \"now\" Russia's");
  const size_t pos = n.text.find("Syria");
  const Span s = n.to_input.ToSource({static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + 5)});
  EXPECT_EQ(in.substr(s.begin, s.size()), "Syria");
  const size_t q = n.text.find("\"now\"");
  const Span s2 = n.to_input.ToSource({static_cast<uint32_t>(q), static_cast<uint32_t>(q + 5)});
  EXPECT_EQ(in.substr(s2.begin, s2.size()), "\xE2\x80\x9Cnow\xE2\x80\x9D");
}

TEST(NormalizerTest, ComposesToNfc) {
  // "Cafe" + combining acute -> "Café" (precomposed).
  Normalized n = NormalizeText("Cafe\xCC\x81 x");
  EXPECT_EQ(n.text, "Caf\xC3\xA9 x");
  const Span s = n.to_input.ToSource({0, 5});
  EXPECT_EQ(s, (Span{0, 6}));
}

TEST(NormalizerTest, RemovesInvisibleCharacters) {
  Normalized n = NormalizeText("Kre\xE2\x80\x8Bmlin\xC2\xAD");
  EXPECT_EQ(n.text, "Kremlin");
  EXPECT_EQ(n.to_input.ToSource({0, 7}), (Span{0, 10}));
}

}  // namespace
}  // namespace chronicle
