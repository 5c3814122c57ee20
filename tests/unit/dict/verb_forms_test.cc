#include "dict/verb_forms.h"

#include <gtest/gtest.h>

namespace chronicle {
namespace {

TEST(VerbFormsTest, RegularInflections) {
  IrregularVerbs none;
  EXPECT_EQ(VerbForms("discuss", none),
            (std::vector<std::string>{"discuss", "discusses", "discussing", "discussed"}));
  EXPECT_EQ(VerbForms("criticize", none),
            (std::vector<std::string>{"criticize", "criticizes", "criticizing", "criticized"}));
  EXPECT_EQ(VerbForms("deny", none),
            (std::vector<std::string>{"deny", "denies", "denying", "denied"}));
  EXPECT_EQ(VerbForms("ban", none),
            (std::vector<std::string>{"ban", "bans", "banning", "banned"}));
  EXPECT_EQ(VerbForms("visit", none),
            (std::vector<std::string>{"visit", "visits", "visiting", "visited"}));
}

TEST(VerbFormsTest, IrregularTableReplacesThePast) {
  IrregularVerbs table;
  ASSERT_TRUE(table.AddLine("hold held held"));
  ASSERT_TRUE(table.AddLine("meet met met"));
  EXPECT_FALSE(table.AddLine("lonely"));
  EXPECT_EQ(VerbForms("hold", table),
            (std::vector<std::string>{"hold", "holds", "holding", "held"}));
  EXPECT_EQ(VerbForms("meet", table),
            (std::vector<std::string>{"meet", "meets", "meeting", "met"}));
}

}  // namespace
}  // namespace chronicle
