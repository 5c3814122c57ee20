// The TABARI-compatible coder on small hand-written dictionaries, one
// test per rule class, plus a ratchet over TABARI's validation suite in
// ../shared when it is present.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "chronicle/tabari.h"
#include "../suite_score.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

constexpr const char kActors[] = R"(<NOUN>
SHEEP
</NOUN>
<ADJECTIVE>
GREEN
</ADJECTIVE>
NORLAND  [NRL]
+NORTHLAND
SUDRIA  [SUD]
ESTRAVIA  [EST]
PORTAVILLE_  [PTV]
OLDCAPITAL  [OC1 <900101] [OC2]
EASTLANDS  [EAS/EAT]
GHOSTLAND  [---]
ZOMBIELAND  [###]
)";

constexpr const char kAgents[] = R"(MINISTER_  [~GOV]
REBELS_  [~REB]
)";

constexpr const char kVerbs[] = R"(<SYNSETS>
&MONEY
+COINS
+GOLD_BARS
</SYNSETS>
CRITICIZE  [111]
VISIT  [042:043]
MEET  [030]
- * WITH +  [036]
GIVE  [070]
- * &MONEY  [071]
- $ OFFERED * +  [072]
- * { FOOD | WATER }  [073]
SAY  [010?]
FIGHT  [190!]
)";

constexpr const char kOptions[] = "COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR\n";

constexpr const char kProject[] = R"(Test project
<actorsfile> t.actors
<verbsfile> t.verbs
<agentsfile> t.agents
<optionsfile> t.options
)";

using Triple = std::tuple<std::string, std::string, std::string>;

class TabariCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        fs::temp_directory_path() / ("tabari_coder_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("t.actors", kActors);
    Write("t.agents", kAgents);
    Write("t.verbs", kVerbs);
    Write("t.options", kOptions);
    Write("t.project", kProject);
    auto dict = TabariDictionary::Load((dir_ / "t.project").string());
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    dict_ = *dict;
    coder_ = std::make_unique<TabariCoder>(*dict_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
  }

  std::set<Triple> Code(const std::string& text, const std::string& date = "950101",
                        std::vector<std::string> options = {}) {
    CodingRecord r;
    r.id = "T-" + std::to_string(++n_);
    r.raw_date = date;
    r.text = text;
    r.options = std::move(options);
    coder_->Code(r, &last_);
    std::set<Triple> out;
    for (const TabariEvent& e : last_) out.emplace(e.source, e.target, e.code);
    return out;
  }

  fs::path dir_;
  std::shared_ptr<const TabariDictionary> dict_;
  std::unique_ptr<TabariCoder> coder_;
  std::vector<TabariEvent> last_;
  int n_ = 0;
};

TEST_F(TabariCoderTest, LoadsWithoutProblems) { EXPECT_TRUE(dict_->problems().empty()); }

TEST_F(TabariCoderTest, VerbCodeWithRegularSourceAndTarget) {
  EXPECT_EQ(Code("Norland criticized Sudria on Monday over the border dispute."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  EXPECT_TRUE(last_[0].pattern.empty());
  EXPECT_NE(last_[0].verb.find("t.verbs:6: CRITICIZE"), std::string::npos);
}

TEST_F(TabariCoderTest, SynonymsAndDatedCodes) {
  EXPECT_EQ(Code("Northland criticized Sudria on Monday over the border dispute."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  EXPECT_EQ(
      Code("Oldcapital criticized Sudria on Monday over the border dispute.", "891231"),
      (std::set<Triple>{{"OC1", "SUD", "111"}}));
  EXPECT_EQ(
      Code("Oldcapital criticized Sudria on Monday over the border dispute.", "950101"),
      (std::set<Triple>{{"OC2", "SUD", "111"}}));
  // Dates that are not TABARI digit strings (JSONL) come from the reader.
  CodingRecord r;
  r.id = "J-1";
  r.date = 19891231;
  r.raw_date = "1989-12-31";
  r.text = "Oldcapital criticized Sudria on Monday over the border dispute.";
  coder_->Code(r, &last_);
  ASSERT_EQ(last_.size(), 1u);
  EXPECT_EQ(last_[0].source, "OC1");
}

TEST_F(TabariCoderTest, PairedCodes) {
  EXPECT_EQ(Code("Norland visited Sudria on Monday for two days of talks."),
            (std::set<Triple>{{"NRL", "SUD", "042"}, {"SUD", "NRL", "043"}}));
}

TEST_F(TabariCoderTest, PatternsTargetSynsetAlternativesAndSource) {
  EXPECT_EQ(Code("Norland will meet on Tuesday with Sudria to discuss the trade pact."),
            (std::set<Triple>{{"NRL", "SUD", "036"}}));
  EXPECT_NE(last_[0].pattern.find("t.verbs:9: - * WITH + [036]"), std::string::npos);
  EXPECT_EQ(Code("Norland will give gold bars to Sudria next year as aid."),
            (std::set<Triple>{{"NRL", "SUD", "071"}}));
  EXPECT_EQ(Code("Norland will give water to Sudria next year as aid."),
            (std::set<Triple>{{"NRL", "SUD", "073"}}));
  EXPECT_EQ(Code("Estravia said Norland offered to give Sudria new loans next week."),
            (std::set<Triple>{{"NRL", "SUD", "072"}}));
  // No pattern matches: the verb's own code.
  EXPECT_EQ(Code("Norland will give tanks to Sudria next year as aid."),
            (std::set<Triple>{{"NRL", "SUD", "070"}}));
}

TEST_F(TabariCoderTest, AgentsAfterAndBeforeTheActor) {
  EXPECT_EQ(Code("The Norland minister criticized Sudria rebels on Monday evening."),
            (std::set<Triple>{{"NRLGOV", "SUDREB", "111"}}));
}

TEST_F(TabariCoderTest, CompoundsExpandIntoOneEventPerMember) {
  EXPECT_EQ(Code("Norland and Sudria criticized Estravia on Monday over the dam."),
            (std::set<Triple>{{"NRL", "EST", "111"}, {"SUD", "EST", "111"}}));
  // A coded compound "EAS/EAT".
  EXPECT_EQ(Code("Eastlands criticized Sudria on Monday over the dam plan."),
            (std::set<Triple>{{"EAS", "SUD", "111"}, {"EAT", "SUD", "111"}}));
}

TEST_F(TabariCoderTest, NounsDiscardsAndComplexity) {
  // "the visit": a verb after a determiner is a noun.
  EXPECT_TRUE(Code("The visit of Norland to Sudria was praised by many people.").empty());
  // A null-coded actor is a noun; then no actor precedes the verb (ACTPRIOR).
  EXPECT_TRUE(Code("Ghostland criticized Sudria on Monday over the dam.").empty());
  // A discard-coded actor anywhere discards the record.
  EXPECT_TRUE(Code("Norland criticized Sudria on Monday over Zombieland.").empty());
}

TEST_F(TabariCoderTest, CommaClausesAreNulled) {
  EXPECT_EQ(Code("Norland, which Sudria criticized, visited Estravia on Monday."),
            (std::set<Triple>{{"NRL", "EST", "042"}, {"EST", "NRL", "043"}}));
}

TEST_F(TabariCoderTest, PronounsAndSubordinateEvents) {
  // SAY is subordinate ('?'): dropped when a regular event exists.
  EXPECT_EQ(Code("Norland says on Monday that it would criticize Sudria again soon."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  // Alone, the subordinate event is kept.
  EXPECT_EQ(Code("Norland says on Monday that Sudria was very tired of it."),
            (std::set<Triple>{{"NRL", "SUD", "010"}}));
}

TEST_F(TabariCoderTest, DominantEventsWin) {
  EXPECT_EQ(Code("Norland criticized Sudria and will fight Estravia over the border."),
            (std::set<Triple>{{"NRL", "EST", "190"}}));
}

TEST_F(TabariCoderTest, PassiveVoiceSwapsSourceAndTarget) {
  EXPECT_EQ(Code("Sudria was criticized by Norland on Monday over the dam."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
}

TEST_F(TabariCoderTest, RegularEndingsOnClosedRoots) {
  EXPECT_EQ(Code("Portavilles criticized Sudria on Monday over the border dispute."),
            (std::set<Triple>{{"PTV", "SUD", "111"}}));
  EXPECT_TRUE(
      Code("Portavillex criticized Sudria on Monday over the border dispute.").empty());
}

TEST_F(TabariCoderTest, OptionsApplyAfterTheirRecord) {
  EXPECT_TRUE(
      Code("Norland criticized Sudria.", "950101", {"SET: MINIMUM WORDS = 3"}).empty());
  EXPECT_EQ(Code("Norland criticized Sudria."),
            (std::set<Triple>{{"NRL", "SUD", "111"}}));
  coder_->ApplyOption("SET: MINIMUM WORDS = 8");
  EXPECT_TRUE(Code("Norland criticized Sudria.").empty());
  // DEFAULT: a default target when no actor follows the verb.
  coder_->ApplyOption("DEFAULT: SOURCE [DSR] TARGET [DTG] AFTER");
  EXPECT_EQ(Code("Norland criticized the plan on Monday over the dam."),
            (std::set<Triple>{{"NRL", "DTG", "111"}}));
}

TEST_F(TabariCoderTest, JunkInputCodesNothing) {
  EXPECT_TRUE(Code("").empty());
  EXPECT_TRUE(Code(std::string(5000, 'x')).empty());
  EXPECT_TRUE(Code(", , , ; ; : ( ) \" \" ' $ 1,000 2.5 U.S. _ - { | } * & ~ =").empty());
  std::string many;
  for (int i = 0; i < 400; ++i) many += "Norland and Sudria , ";
  Code(many);  // must not crash; the result does not matter
}

// Random sentences over the dictionary's own words and TABARI's special
// characters: whatever the mix, coding must not crash (run under ASan).
TEST_F(TabariCoderTest, RandomWordSoupDoesNotCrash) {
  const char* const kWords[] = {
      "Norland", "and",  "Sudria", ",",         "the",        "it",     "them",
      "their",   "was",  "by",     "former",    "minister",   "rebels", "criticized",
      "visit",   "meet", "with",   "give",      "gold",       "bars",   "water",
      "offered", "says", "fight",  "Eastlands", "Ghostland",  "sheep",  "green",
      "or",      "but",  "nor",    ";",         "(",          ")",      "\"",
      "12,000",  "U.S.", "in",     "of",        "Portavilles"};
  uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(next() % 40);
    for (int i = 0; i < n; ++i) {
      text += kWords[next() % (sizeof(kWords) / sizeof(kWords[0]))];
      text += ' ';
    }
    if (round % 100 == 0)
      coder_->ApplyOption(round % 200 == 0 ? "SET: CODE ALL" : "COMMA: OFF");
    Code(text);
  }
}

TEST(TabariDictionaryTest, MissingProjectFails) {
  EXPECT_FALSE(TabariDictionary::Load("/nonexistent/x.project").ok());
}

// TABARI's own validation suite, scored by ../shared/tools/events_score.py.
// A ratchet: the pass count may not fall below what the coder reaches now.
TEST(TabariSuiteTest, ValidateTextPassCountDoesNotRegress) {
  constexpr int kMinPassed = 444;  // of 444 scored records
  const fs::path shared = fs::path(CHRONICLE_SOURCE_DIR) / ".." / "shared";
  const fs::path data = shared / "data/events/tabari";
  const fs::path scorer = shared / "tools/events_score.py";
  if (!fs::exists(data / "Validate.project") || !fs::exists(scorer)) {
    GTEST_SKIP() << data << " absent: skipped";
  }
  auto dict = TabariDictionary::Load((data / "Validate.project").string());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const nlohmann::json j = suite_test::CodeAndScore<TabariCoder, TabariEvent>(
      **dict, data / "Validate.text", RecordFormat::kTabari, "tabari", data, scorer);
  if (j.is_discarded()) GTEST_SKIP() << "python3 scorer unavailable: skipped";
  EXPECT_GE(j.value("records_passed", 0), kMinPassed)
      << "of " << j.value("records_scored", 0) << " scored records";
}

}  // namespace
}  // namespace chronicle
