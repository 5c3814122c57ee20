#include "base/hash.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(HashTest, KnownSha256Prefix) {
  // SHA-256("abc") = ba7816bf8f01cfea...
  EXPECT_EQ(HashHex("abc", 16), "ba7816bf8f01cfea");
  EXPECT_EQ(HashHex("", 8), "e3b0c442");
}

TEST(HashTest, ContentIdIsXxh3) {
  // XXH3-64 of the empty input, seed 0 (the xxHash reference value).
  EXPECT_EQ(ContentId(""), "2d06800538d394c2");
  EXPECT_EQ(ContentId("abc").size(), 16u);
  EXPECT_NE(ContentId("abc"), ContentId("abd"));
}

TEST(HashTest, HasherSeparatesParts) {
  Hasher a, b;
  a.Add("ab").Add("c");
  b.Add("a").Add("bc");
  EXPECT_NE(a.HexDigest(), b.HexDigest());
  Hasher c, d;
  EXPECT_EQ(c.Add("x").HexDigest(), d.Add("x").HexDigest());
}

}  // namespace
}  // namespace chronicle
