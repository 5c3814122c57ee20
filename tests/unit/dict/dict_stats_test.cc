#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "chronicle/dict_check.h"
#include "dict_test_files.h"

namespace chronicle {
namespace {

TEST(DictStatsTest, CountsTheCleanDictionary) {
  TempDictionary d(CleanDictionaryFiles());
  auto s = ComputeDictionaryStats(d.dir());
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_EQ(s->files.size(), 7u);
  EXPECT_EQ(s->files[0].path, "actors/countries.txt");
  EXPECT_EQ(s->files[0].kind, "actors");
  EXPECT_EQ(s->files[0].records, 3);
  EXPECT_EQ(s->files[4].path, "cameo/codes.tsv");
  EXPECT_EQ(s->files[4].records, 4);
  EXPECT_EQ(s->files[5].kind, "irregular");
  EXPECT_EQ(s->files[6].records, 2);  // verbs/verbs.txt
  EXPECT_EQ(s->countries, 3);
  EXPECT_EQ(s->actors, 3);
  EXPECT_EQ(s->people, 2);
  EXPECT_EQ(s->dated_people, 2);
  EXPECT_EQ(s->organisations, 1);
  EXPECT_EQ(s->roles, 3);
  EXPECT_EQ(s->dated_roles, 3);
  EXPECT_EQ(s->agents, 2);
  EXPECT_EQ(s->communities, 1);
  EXPECT_EQ(s->phrases, 17);
  EXPECT_EQ(s->verb_records, 2);
  EXPECT_EQ(s->patterns, 3);
  EXPECT_EQ(s->verb_forms, 12);         // discuss, hold, visit: 4 forms each
  EXPECT_EQ(s->expanded_patterns, 12);  // one [lemma] in each pattern
  EXPECT_EQ(s->cameo_codes, 4);
  EXPECT_EQ(s->cameo_covered, 3);  // 040 and 042, and the root 04 through them
  using Groups = std::vector<std::pair<std::string, std::vector<std::string>>>;
  EXPECT_EQ(s->uncovered_by_root, (Groups{{"04", {"041"}}}));
  // Kerry (senator 1985-2013, secretary of state 2013-2017), Lavrov (2004-).
  using Years = std::vector<std::pair<int, int>>;
  EXPECT_EQ(s->active_on, (Years{{1990, 1}, {2000, 1}, {2010, 2}, {2020, 1}, {2026, 1}}));
  EXPECT_EQ(s->countries_with_dated_people, 2);
  EXPECT_EQ(s->countries_without_dated_people, std::vector<std::string>{"FRA"});
}

TEST(DictStatsTest, ExpansionMultipliesAndRolesEndOnTheirLastDay) {
  auto files = CleanDictionaryFiles();
  files["verbs/verbs.txt"] =
      "verb: 041\n"
      "  pattern: [hold] * [discuss] with +; phone call\n"
      "  pattern: [bad\n";  // rejected by the loader: not counted
  // In force up to, not including, TO: not on 2010-01-01.
  files["actors/people.txt"] = "actor: A B\n  role: FRAGOV 2000-01-01..2010-01-01\n";
  TempDictionary d(files);
  auto s = ComputeDictionaryStats(d.dir());
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->patterns, 2);
  EXPECT_EQ(s->expanded_patterns, 4 * 4 + 1);
  EXPECT_EQ(s->cameo_covered, 2);  // 041, and the root 04 through it
  using Years = std::vector<std::pair<int, int>>;
  EXPECT_EQ(s->active_on, (Years{{1990, 0}, {2000, 1}, {2010, 0}, {2020, 0}, {2026, 0}}));
  EXPECT_EQ(s->countries_with_dated_people, 1);
  EXPECT_EQ(s->countries_without_dated_people, (std::vector<std::string>{"RUS", "USA"}));
}

TEST(DictStatsTest, PlacesAreCountedApartFromCountries) {
  auto files = CleanDictionaryFiles();
  auto base = ComputeDictionaryStats(TempDictionary(files).dir());
  ASSERT_TRUE(base.ok());
  files["actors/places.txt"] = "places: RUS\n  place: Kazan; Omsk\n";
  TempDictionary d(files);
  auto s = ComputeDictionaryStats(d.dir());
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->places, 2);
  EXPECT_EQ(s->countries, base->countries);
}

TEST(DictStatsTest, MissingDirectoryIsNotFound) {
  EXPECT_EQ(ComputeDictionaryStats("/nonexistent/chronicle/dict").status().code(),
            StatusCode::kNotFound);
}

}  // namespace
}  // namespace chronicle
