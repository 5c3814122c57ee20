// The PETRARCH-2 dictionary formats compiled for chronicle's coder
// (dict/petrarch_import.h), on small dictionaries written for the test.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "code/coder.h"
#include "code_sentence.h"
#include "dict/dictionaries.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

const char kVerbs[] =
    "&ARMS\n"
    "+RIFLE\n"
    "+MORTAR\n"
    "--- CONFER [040] ---\n"
    "CONFER {CONFERS CONFERRED CONFERRING} [040:040]\n"
    "PARLEY\n"
    "- * (BY TELEPHONE) [041:041]  # CONFER\n"
    "- * {FRUIT TRADE} [---]  # PARLEY\n"
    "--- SHIP [---] ---\n"
    "SHIP {SHIPS SHIPPED SHIPPING}\n"
    "- * &ARMS (TO +) [072]  # SHIP\n"
    "--- REBUKE [111] ---\n"
    "REBUKE\n"
    "- $ * + (FOR TREACHERY) [112]  # REBUKE\n";
const char kCountries[] =
    "NORLAND_  [NRL]\n"
    "+NORLANDIC_\n"
    "+PORT_VELA_\n"
    "SUDRIA_  [SUD]\n";
const char kPeople[] =
    "ANNA_KOVAL_  [NRLGOV 20100101-20151231] [NRLELI]\n"
    "+KOVAL_\n"
    "BORIS_TAL_  [---]\n";
const char kAgents[] =
    "!OFFICIAL! = MINISTER, MINISTERS\n"
    "FOREIGN_!OFFICIAL! [~GOV]\n"
    "SOLDIER [~MIL]\n"
    "POLICE {} [~COP]\n";
const char kCodes[] =
    "code\tquad\tgoldstein\tname\n"
    "040\t1\t1.0\tConsult\n041\t1\t1.0\tDiscuss by telephone\n"
    "072\t2\t8.3\tProvide military aid\n111\t3\t-2.0\tCriticize\n"
    "112\t3\t-2.0\tAccuse\n";

class PetrarchImportTest : public testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("chronicle_petrarch_import_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    const auto write = [&](const char* name, const char* text) {
      std::ofstream(dir_ / name) << text;
      return (dir_ / name).string();
    };
    PetrarchDictionaryPaths paths;
    paths.verbs = write("verbs.txt", kVerbs);
    paths.actors = {write("countries.actors.txt", kCountries),
                    write("people.actors.txt", kPeople)};
    paths.agents = write("agents.txt", kAgents);
    paths.cameo_table = write("codes.tsv", kCodes);
    auto d = Dictionaries::LoadPetrarch(paths, &problems_);
    ASSERT_TRUE(d.ok()) << d.status().ToString();
    dicts_ = *d;
    coder_ = std::make_unique<Coder>(dicts_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  // "SRC CODE TGT" per event.
  std::vector<std::string> Code(const std::string& sentence, int date = 0) {
    std::vector<std::string> out;
    for (const CodedEvent& e : CodeOneSentence(coder_.get(), sentence, date)) {
      out.push_back(EventTriple(e));
    }
    return out;
  }

  fs::path dir_;
  std::vector<std::string> problems_;
  std::shared_ptr<const Dictionaries> dicts_;
  std::unique_ptr<Coder> coder_;
};

TEST_F(PetrarchImportTest, CountriesActorsAndAgents) {
  EXPECT_EQ(dicts_->countries().size(), 2u);
  ASSERT_EQ(dicts_->actors().size(), 1u);  // BORIS_TAL_ [---] is known, not coded
  EXPECT_EQ(dicts_->actors()[0].where, (dir_ / "people.actors.txt").string() + ":1");
  // Synonyms, country adjectives with an agent, substitution sets.
  EXPECT_EQ(Code("Koval conferred with Sudria.", 20120505),
            (std::vector<std::string>{"NRLGOV 040 SUD", "SUD 040 NRLGOV"}));
  EXPECT_EQ(Code("The Norlandic foreign ministers rebuked Sudria for treachery."),
            (std::vector<std::string>{"NRLGOV 112 SUD"}));
  // The dated code holds on its days only (both ends inclusive).
  EXPECT_EQ(Code("Koval rebuked Sudria.", 20151231), (std::vector<std::string>{"NRLGOV 111 SUD"}));
  EXPECT_EQ(Code("Koval rebuked Sudria.", 20160101), (std::vector<std::string>{"NRLELI 111 SUD"}));
  // Agents: regular plurals, none for "{}".
  EXPECT_EQ(Code("Norlandic soldiers rebuked Sudria."), (std::vector<std::string>{"NRLMIL 111 SUD"}));
}

TEST_F(PetrarchImportTest, PatternsVerbFormsSynsetsAndPairedCodes) {
  // A pattern's words may stand a few tokens apart; a paired code codes
  // both directions.
  EXPECT_EQ(Code("Norland conferred at length by telephone with Sudria."),
            (std::vector<std::string>{"NRL 041 SUD", "SUD 041 NRL"}));
  // A synset member with its generated plural, the + slot after "to".
  EXPECT_EQ(Code("Norland shipped mortars to Sudria."), (std::vector<std::string>{"NRL 072 SUD"}));
  // The block's code is "---": the verb alone codes nothing, and a "---"
  // pattern is not imported.
  EXPECT_TRUE(Code("Norland shipped grain to Sudria.").empty());
  EXPECT_TRUE(problems_.empty()) << problems_[0];
}

// Ours and the Phoenix-style set merged: where both know a phrase, our
// entry codes it; what only the imported set knows still codes.
TEST_F(PetrarchImportTest, MergedWithOursOursWin) {
  const fs::path own = dir_ / "own";
  for (const char* sub : {"actors", "agents", "verbs", "cameo"}) fs::create_directories(own / sub);
  std::ofstream(own / "actors/people.txt") << "actor: Anna Koval\n  alias: Koval\n  code: NRLMIL\n";
  std::ofstream(own / "agents/agents.txt") << "agent: GOV\n  phrase: government\n";
  std::ofstream(own / "verbs/verbs.txt") << "verb: 111\n  pattern: [scold] +\n";
  std::ofstream(own / "cameo/codes.tsv") << kCodes;
  PetrarchDictionaryPaths paths;
  paths.verbs = (dir_ / "verbs.txt").string();
  paths.actors = {(dir_ / "countries.actors.txt").string(),
                  (dir_ / "people.actors.txt").string()};
  paths.agents = (dir_ / "agents.txt").string();
  std::vector<std::string> problems;
  auto merged = Dictionaries::LoadMerged(own.string(), paths, &problems);
  ASSERT_TRUE(merged.ok()) << merged.status().ToString();
  coder_ = std::make_unique<Coder>(*merged);
  // "Koval": ours (NRLMIL) over the imported NRLGOV; "scolded": ours only;
  // "rebuked" and Sudria: the imported set only.
  EXPECT_EQ(Code("Koval scolded Sudria.", 20120505), (std::vector<std::string>{"NRLMIL 111 SUD"}));
  EXPECT_EQ(Code("Koval rebuked Sudria.", 20120505), (std::vector<std::string>{"NRLMIL 111 SUD"}));
  EXPECT_FALSE(Dictionaries::LoadMerged((dir_ / "none").string(), paths, &problems).ok());
}

}  // namespace
}  // namespace chronicle
