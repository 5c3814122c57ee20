#include "dict/dict_file.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(DictFileTest, RecordsFieldsAndComments) {
  DictFile f = ParseDictText(
      "# header comment\n"
      "country: RUS   # Russia\n"
      "  name: Russia; Russian Federation\n"
      "\tcapital: Moscow\n"
      "\n"
      "actor: John Kerry\n"
      "  role: USAGOV 2013-02-01..2017-01-20\n",
      "x.txt");
  EXPECT_TRUE(f.errors.empty());
  ASSERT_EQ(f.records.size(), 2u);
  EXPECT_EQ(f.records[0].kind, "country");
  EXPECT_EQ(f.records[0].value, "RUS");
  EXPECT_EQ(f.records[0].line, 2);
  ASSERT_EQ(f.records[0].fields.size(), 2u);
  EXPECT_EQ(f.records[0].fields[1].name, "capital");
  EXPECT_EQ(f.records[0].fields[1].line, 4);
  EXPECT_EQ(SplitList(f.records[0].fields[0].value),
            (std::vector<std::string>{"Russia", "Russian Federation"}));
}

TEST(DictFileTest, MalformedLinesAreReportedWithFileAndLine) {
  DictFile f = ParseDictText(
      "  name: orphan\n"
      "country RUS\n"
      "country: FRA\n"
      "  name: France\n"
      "  bad field: x\n"
      "  name: \xFF\n",
      "data/actors/c.txt");
  ASSERT_EQ(f.errors.size(), 4u);
  EXPECT_EQ(f.errors[0], "data/actors/c.txt:1: field \"name\" before any record");
  EXPECT_NE(f.errors[1].find("data/actors/c.txt:2: expected \"name: value\""), std::string::npos);
  EXPECT_NE(f.errors[2].find(":5: bad field name"), std::string::npos);
  EXPECT_EQ(f.errors[3], "data/actors/c.txt:6: invalid UTF-8");
  ASSERT_EQ(f.records.size(), 1u);  // FRA survives
  EXPECT_EQ(f.records[0].value, "FRA");
}

TEST(DictFileTest, HashInsideAWordIsNotAComment) {
  EXPECT_EQ(StripComment("C# developers  # note"), "C# developers");
}

}  // namespace
}  // namespace chronicle
