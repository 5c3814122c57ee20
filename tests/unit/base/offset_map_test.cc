#include "chronicle/offset_map.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(OffsetMapTest, IdentityMapsEverySpanToItself) {
  OffsetMap m = OffsetMap::Identity(100);
  EXPECT_EQ(m.ToSource({0, 100}), (Span{0, 100}));
  EXPECT_EQ(m.ToSource({17, 42}), (Span{17, 42}));
  EXPECT_EQ(m.size(), 100u);
}

TEST(OffsetMapTest, CopiesInsertsAndReplacements) {
  OffsetMap m;
  m.AddCopy(10, 5);         // out [0,5) = in [10,15)
  m.AddInserted(2);         // out [5,7) new
  m.AddReplaced(20, 5, 1);  // out [7,8) = in [20,25)
  m.AddCopy(25, 3);         // out [8,11) = in [25,28)
  EXPECT_EQ(m.ToSource({0, 5}), (Span{10, 15}));
  EXPECT_EQ(m.ToSource({1, 3}), (Span{11, 13}));
  EXPECT_EQ(m.ToSource({0, 8}), (Span{10, 25}));
  EXPECT_EQ(m.ToSource({7, 8}), (Span{20, 25}));
  EXPECT_EQ(m.ToSource({8, 11}), (Span{25, 28}));
  // A span starting in the inserted separator starts at the next source byte.
  EXPECT_EQ(m.ToSource({5, 11}), (Span{20, 28}));
  // Only inserted bytes: empty span.
  EXPECT_TRUE(m.ToSource({5, 7}).empty());
}

TEST(OffsetMapTest, AdjacentCopiesMerge) {
  OffsetMap m;
  m.AddCopy(0, 3);
  m.AddCopy(3, 4);
  EXPECT_EQ(m.ToSource({2, 6}), (Span{2, 6}));
}

TEST(OffsetMapTest, ChainedMapsCiteTheOriginal) {
  // original "a&amp;b" -> decoded "a&b" -> trimmed "&b"
  OffsetMap decode;
  decode.AddCopy(0, 1);
  decode.AddReplaced(1, 5, 1);
  decode.AddCopy(6, 1);
  OffsetMap trim;
  trim.AddCopy(1, 2);
  const Span s = decode.ToSource(trim.ToSource({0, 2}));
  EXPECT_EQ(s, (Span{1, 7}));
}

}  // namespace
}  // namespace chronicle
