#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "chronicle/dict_check.h"
#include "dict_test_files.h"

namespace chronicle {
namespace {

std::vector<std::string> Lines(const LintResult& r) {
  std::vector<std::string> out;
  for (const LintProblem& p : r.problems) out.push_back(p.ToString());
  return out;
}

std::string Joined(const LintResult& r) {
  std::string s;
  for (const std::string& l : Lines(r)) s += l + "\n";
  return s;
}

// The one problem reported at dir/path:line, whose line starts with
// "dir/path:line: severity: message_start".
void ExpectProblem(const LintResult& r, const std::string& dir, const std::string& path,
                   int line, const std::string& severity,
                   const std::string& message_start) {
  const std::string head = dir + "/" + path + ":" + std::to_string(line) + ": ";
  int found = 0;
  for (const std::string& l : Lines(r)) {
    if (l.compare(0, head.size(), head) != 0) continue;
    ++found;
    EXPECT_EQ(l.substr(0, head.size() + severity.size() + 2 + message_start.size()),
              head + severity + ": " + message_start);
  }
  EXPECT_EQ(found, 1) << head << " in\n" << Joined(r);
}

TEST(DictLintTest, CleanDictionaryHasNoProblems) {
  TempDictionary d(CleanDictionaryFiles());
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->problems.empty()) << Joined(*r);
  EXPECT_EQ(r->errors, 0);
  EXPECT_EQ(r->warnings, 0);
  EXPECT_EQ(r->files, 7);
}

TEST(DictLintTest, MissingDirectoryIsNotFound) {
  auto r = LintDictionaries("/nonexistent/chronicle/dict");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

TEST(DictLintTest, ActorProblemsAreReportedWhereTheyAre) {
  auto files = CleanDictionaryFiles();
  files["actors/people.txt"] =
      "actor: John Kerry\n"                      // 1
      "  alias: Kerry\n"                         // 2
      "  role: USALEG 1985-01-03..2013-02-02\n"  // 3
      "  role: USAGOV 2013-02-01..2017-01-20\n"  // 4 overlaps 3: error
      "  role: USAGOV 2016-01-01..2018-01-01\n"  // 5 overlaps 4, same code: warning
      "actor: Kerry Twin\n"                      // 6
      "  alias: Kerry\n"                         // 7 conflicting codes with 2
      "  code: USAGOV\n"                         // 8
      "actor: Lavrov\n"                          // 9
      "  role: RUSGOV 2004-03-09..\n"            // 10
      "actor: Sergei Lavrov\n"                   // 11
      "  alias: Lavrov\n"                        // 12 duplicate of 9
      "  role: RUSGOV 2004-03-09..\n"            // 13
      "actor: Bad Range\n"                       // 14
      "  role: USAGOV 2017-01-20..2017-01-20\n"  // 15 FROM >= TO (loader)
      "actor: Old Timer\n"                       // 16
      "  role: USAGOV 1850-01-01..1901-01-01\n"  // 17 outside 1900..2100
      "actor: Bad Code\n"                        // 18
      "  code: USAG\n"                           // 19 malformed code
      "actor: Nobody\n"                          // 20 no code (loader)
      "actor: May\n"                             // 21 common word
      "  code: GBRGOV\n"                         // 22
      "actor: Leap Day\n"                        // 23
      "  role: USAGOV 2015-02-29..2016-01-01\n"  // 24 not a calendar day
      "actor: Russia\n"                          // 25 conflicts with the country
      "  code: RUSGOV\n";                        // 26
  TempDictionary d(files);
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string p = "actors/people.txt";
  const std::string dir = d.dir();
  ExpectProblem(*r, dir, p, 4, "error",
                "overlapping roles: USAGOV 2013-02-01..2017-01-20 overlaps USALEG "
                "1985-01-03..2013-02-02 at " +
                    dir + "/" + p + ":3");
  ExpectProblem(*r, dir, p, 5, "warning", "overlapping roles (same code): ");
  ExpectProblem(*r, dir, p, 7, "error",
                "conflicting codes: \"Kerry\" is USAGOV here and USAGOV,USALEG at " +
                    dir + "/" + p + ":2");
  ExpectProblem(*r, dir, p, 12, "warning",
                "duplicate: \"Lavrov\" is also defined at " + dir + "/" + p +
                    ":9 (same code "
                    "RUSGOV)");
  ExpectProblem(*r, dir, p, 15, "error", "role: range");
  ExpectProblem(*r, dir, p, 17, "error", "role date 1850-01-01 is outside 1900..2100");
  ExpectProblem(*r, dir, p, 19, "error", "malformed code \"USAG\"");
  ExpectProblem(*r, dir, p, 20, "error", "actor \"Nobody\" has no code");
  ExpectProblem(*r, dir, p, 21, "warning", "common word: \"May\"");
  ExpectProblem(*r, dir, p, 24, "error", "role date 2015-02-29 is not a calendar day");
  ExpectProblem(*r, dir, p, 25, "error",
                "conflicting codes: \"Russia\" is RUSGOV here and RUS at " + dir +
                    "/actors/countries.txt:2");
  EXPECT_EQ(r->problems.size(), 11u) << Joined(*r);
  EXPECT_EQ(r->errors, 8);
  EXPECT_EQ(r->warnings, 3);
}

TEST(DictLintTest, VerbProblemsAreReportedWhereTheyAre) {
  auto files = CleanDictionaryFiles();
  files["verbs/verbs.txt"] =
      "verb: 040\n"                  // 1
      "  pattern: [hold] * talks\n"  // 2
      "  pattern: held * talks\n"    // 3 covered by 2
      "  mutual: [hold] * talks\n"   // 4 same as 2, which is not mutual
      "  pattern: [hold] talks\n"    // 5 no gap: reachable
      "  pattern: holds * talks\n"   // 6 a noun's pattern: reachable after "the"
      "verb: 041\n"                  // 7
      "  pattern: [hold] * talks\n"  // 8 same as 2, another code
      "  pattern: with +\n"          // 9 function words only
      "verb: 999\n"                  // 10 not in codes.tsv (loader)
      "  pattern: [call] +\n"        // 11
      "verb: 042\n";                 // 12 empty
  files["verbs/more.txt"] =
      "verb: 042\n"                 // 1
      "  pattern: [hold] talks\n";  // 2 same as verbs.txt:5, another code
  TempDictionary d(files);
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string v = "verbs/verbs.txt";
  const std::string dir = d.dir();
  const std::string at2 = dir + "/" + v + ":2 (\"[hold] * talks\")";
  ExpectProblem(*r, dir, v, 3, "warning", "unreachable: covered by " + at2);
  ExpectProblem(*r, dir, v, 4, "error",
                "unreachable: same as " + at2 + ", which is not mutual");
  ExpectProblem(*r, dir, v, 8, "error",
                "unreachable: same as " + at2 + ", which codes 040, not 041");
  ExpectProblem(*r, dir, v, 9, "warning", "pattern \"with +\" has no literal word");
  ExpectProblem(*r, dir, v, 10, "error", "CAMEO code \"999\" is not in cameo/codes.tsv");
  ExpectProblem(*r, dir, v, 12, "warning", "empty record: verb 042 has no pattern");
  // Files load in path order: more.txt before verbs.txt.
  ExpectProblem(*r, dir, v, 5, "error",
                "unreachable: same as " + dir +
                    "/verbs/more.txt:2 (\"[hold] talks\"), which "
                    "codes 042, not 040");
  EXPECT_EQ(r->problems.size(), 7u) << Joined(*r);
  // Sorted by path, then line.
  EXPECT_EQ(r->problems.front().path, dir + "/verbs/verbs.txt");
  EXPECT_EQ(r->problems.front().line, 3);
}

TEST(DictLintTest, AgentAndCountryProblems) {
  auto files = CleanDictionaryFiles();
  files["agents/agents.txt"] =
      "agent: GOV\n"                 // 1
      "  phrase: government\n"       // 2
      "agent: MIL\n"                 // 3
      "  phrase: government; the\n"  // 4 conflicting codes with 2; common word
      "agent: OPP\n"                 // 5 empty
      "agent: GOVT\n"                // 6 malformed code
      "  phrase: govt\n";            // 7
  files["actors/countries.txt"] += "country: DEU\n";  // 10: empty
  // An agent phrase may also be an actor: no problem.
  files["actors/organizations.txt"] += "actor: Military\n  code: IGOMIL\n";
  TempDictionary d(files);
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string a = "agents/agents.txt";
  const std::string dir = d.dir();
  const std::vector<std::string> lines = Lines(*r);
  ASSERT_EQ(lines.size(), 5u) << Joined(*r);
  EXPECT_EQ(lines[0],
            dir +
                "/actors/countries.txt:10: warning: empty record: country DEU has "
                "no phrase");
  EXPECT_EQ(lines[1], dir + "/" + a +
                          ":4: error: conflicting codes: \"government\" is MIL "
                          "here and GOV at " +
                          dir + "/" + a + ":2");
  EXPECT_EQ(lines[2], dir + "/" + a +
                          ":4: warning: common word: \"the\" matches ordinary "
                          "English (write it in capitals if it is an abbreviation)");
  EXPECT_EQ(lines[3],
            dir + "/" + a + ":5: warning: empty record: agent OPP has no phrase");
  EXPECT_EQ(lines[4], dir + "/" + a +
                          ":6: error: malformed code \"GOVT\": want groups of 3 "
                          "capital letters or digits");
  EXPECT_EQ(r->errors, 2);
  EXPECT_EQ(r->warnings, 3);
}

TEST(DictLintTest, QualifiedCountryReadingsAreNoConflict) {
  auto files = CleanDictionaryFiles();
  files["actors/places.txt"] =
      "places: RUS\n"                            // 1
      "  place: Washington (also)\n"             // 2 a second reading
      "  place: Moscow (1990-01-01..2000-01-01)\n"  // 3 dated against undated
      "places: USA\n"                            // 4
      "  place: Moscow (1995-01-01..)\n"         // 5 dates overlap 3: conflict
      "  place: Paris (sometimes)\n";            // 6 malformed qualifier
  TempDictionary d(files);
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  const std::string p = "actors/places.txt";
  ExpectProblem(*r, d.dir(), p, 5, "error", "conflicting codes: \"Moscow\" is USA here and RUS");
  ExpectProblem(*r, d.dir(), p, 6, "error", "phrase qualifier \"(sometimes)\": want (also)");
  EXPECT_EQ(r->errors, 2) << Joined(*r);
  EXPECT_EQ(r->warnings, 0) << Joined(*r);
}

TEST(DictLintTest, LoaderProblemsAreIncluded) {
  auto files = CleanDictionaryFiles();
  files["actors/people.txt"] +=
      "actor: X Y\n  title: minister\n  code: ABC\nbroken line\n";
  TempDictionary d(files);
  auto r = LintDictionaries(d.dir());
  ASSERT_TRUE(r.ok());
  const std::string p = "actors/people.txt";
  ExpectProblem(*r, d.dir(), p, 10, "error", "unknown actor field \"title\"");
  ExpectProblem(*r, d.dir(), p, 12, "error", "expected \"name: value\"");
  EXPECT_EQ(r->errors, 2) << Joined(*r);
}

TEST(DictLintTest, InMemoryFilesUseThePrefix) {
  std::vector<std::pair<std::string, std::string>> files;
  for (const auto& [path, text] : CleanDictionaryFiles()) files.emplace_back(path, text);
  files.emplace_back("agents/more.txt", "agent: MIL\n  phrase: military\n");
  auto r = LintDictionaryFiles(files, "d/");
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->problems.size(), 1u) << Joined(*r);
  EXPECT_EQ(r->problems[0].ToString(),
            "d/agents/more.txt:2: warning: duplicate: \"military\" is also defined at "
            "d/agents/agents.txt:4 (same code MIL)");
}

}  // namespace
}  // namespace chronicle
