// The UD-PETRARCH-compatible coder on small hand-written dictionaries and
// hand-written CoNLL-U sentences, one test per rule class, plus a ratchet
// over UD-PETRARCH's validation suite in ../shared when it is present.
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

#include "chronicle/udpetrarch.h"
#include "../suite_score.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

constexpr const char kVerbs[] = R"(# test verbs, CAMEO 2.0 format
&WEAPONS
+RIFLE
+CANNON

--- ATTACK [190] ---
ATTACK

--- ACCUSE [112] ---
ACCUSE
- * (OF &WEAPONS) [173]
- * {BORDER RAID} [190]

--- SAY [010] ---
SAY {SAYS SAID SAYING}

--- PRAISE [051] ---
PRAISE

--- MEET [040:040] ---
MEET {MEETS MET MEETING}

--- AGREE [050] ---
AGREE
- % * [050]
- * (WITH) [030]
)";

constexpr const char kActors[] = R"(ALPHALAND [ALP]
BETARIA [BET]
+BETARIAN
GAMMASTAN [GAM]
KORVANIA
	[KOR < 20000101]
	[KORGOV 20000101 - 20101231]
	[KORNEW 20050101 - 20051231]
	[KORREB > 20110101]
)";

constexpr const char kAgents[] = R"(OFFICIAL [~GOV]
POLICE {} [~COP]
CHARITY [NGO~]
)";

constexpr const char kDiscards[] = R"(SOCCER MATCH
+TYPHOON
)";

constexpr const char kOntology[] = R"(# test ontology
010:0x1000
040:0xB010
050:0x8000
051:0x8010
111:0x8010-0xFFFF
173:0x9050
190:0x9000
---:0
)";

using Triple = std::tuple<std::string, std::string, std::string>;

// One CoNLL-U word: form, lemma, UPOS, head, relation.
struct W {
  const char* form;
  const char* lemma;
  const char* upos;
  int head;
  const char* rel;
};

std::string Conllu(const std::vector<W>& words) {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    const W& w = words[i];
    out += std::to_string(i + 1) + "\t" + w.form + "\t" + w.lemma + "\t" + w.upos +
           "\t_\t_\t" + std::to_string(w.head) + "\t" + w.rel + "\t_\t_\n";
  }
  return out;
}

class UdPetrarchCoderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("udpetrarch_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    Write("T_verbs_1.txt", kVerbs);
    Write("T_actors_1.txt", kActors);
    Write("T_agents_1.txt", kAgents);
    Write("T_discards_1.txt", kDiscards);
    Write("T_Internal_Coding_Ontology_1.txt", kOntology);
    auto dict = UdPetrarchDictionary::Load(dir_.string());
    ASSERT_TRUE(dict.ok()) << dict.status().ToString();
    dict_ = *dict;
    coder_ = std::make_unique<UdPetrarchCoder>(*dict_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    std::ofstream((dir_ / name).string(), std::ios::binary) << text;
  }

  std::set<Triple> Code(const std::vector<W>& words, int date = 19950101,
                        const std::string& text = "") {
    CodingRecord r;
    r.id = "T-" + std::to_string(++n_);
    r.date = date;
    r.parse = Conllu(words);
    r.parse_format = ParseFormat::kConllu;
    r.text = text;
    std::vector<UdPetrarchEvent> events;
    coder_->Code(r, &events);
    std::set<Triple> out;
    for (const UdPetrarchEvent& e : events) out.emplace(e.source, e.target, e.code);
    return out;
  }

  fs::path dir_;
  std::shared_ptr<const UdPetrarchDictionary> dict_;
  std::unique_ptr<UdPetrarchCoder> coder_;
  int n_ = 0;
};

TEST_F(UdPetrarchCoderTest, SubjectVerbObject) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Gammastan", "Gammastan", "PROPN", 2, "dobj"},
                  {".", ".", "PUNCT", 2, "punct"}}),
            (std::set<Triple>{{"ALP", "GAM", "190"}}));
}

TEST_F(UdPetrarchCoderTest, ConjoinedSubjectsEachAct) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 4, "nsubj"},
                  {"and", "and", "CCONJ", 3, "cc"},
                  {"Betaria", "Betaria", "PROPN", 1, "conj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Gammastan", "Gammastan", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"ALP", "GAM", "190"}, {"BET", "GAM", "190"}}));
}

TEST_F(UdPetrarchCoderTest, ConjunctionInsideModifierSplitsThePhrase) {
  // "Officials in Alphaland and Betaria": one phrase per country; the
  // agent plural OFFICIALS is generated.
  EXPECT_EQ(Code({{"Officials", "official", "NOUN", 6, "nsubj"},
                  {"in", "in", "ADP", 3, "case"},
                  {"Alphaland", "Alphaland", "PROPN", 1, "nmod"},
                  {"and", "and", "CCONJ", 5, "cc"},
                  {"Betaria", "Betaria", "PROPN", 3, "conj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Gammastan", "Gammastan", "PROPN", 6, "dobj"}}),
            (std::set<Triple>{{"ALPGOV", "GAM", "190"}, {"BETGOV", "GAM", "190"}}));
}

TEST_F(UdPetrarchCoderTest, ConjunctSharesAdjectiveWhenItHasNoActor) {
  // "Betarian police and officials": officials borrow "Betarian".
  EXPECT_EQ(Code({{"Betarian", "Betarian", "ADJ", 2, "amod"},
                  {"police", "police", "NOUN", 5, "nsubj"},
                  {"and", "and", "CCONJ", 4, "cc"},
                  {"officials", "official", "NOUN", 2, "conj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Gammastan", "Gammastan", "PROPN", 5, "dobj"}}),
            (std::set<Triple>{{"BETCOP", "GAM", "190"}, {"BETGOV", "GAM", "190"}}));
}

TEST_F(UdPetrarchCoderTest, Agents) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "compound"},
                  {"police", "police", "NOUN", 3, "nsubj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 3, "dobj"}}),
            (std::set<Triple>{{"ALPCOP", "BET", "190"}}));
  // "NGO~" goes before the actor code.
  EXPECT_EQ(Code({{"A", "a", "DET", 3, "det"},
                  {"Betaria", "Betaria", "PROPN", 3, "compound"},
                  {"charity", "charity", "NOUN", 4, "nsubj"},
                  {"praised", "praise", "VERB", 0, "root"},
                  {"Alphaland", "Alphaland", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"NGOBET", "ALP", "051"}}));
  // An agent without an actor.
  EXPECT_EQ(Code({{"The", "the", "DET", 2, "det"},
                  {"police", "police", "NOUN", 3, "nsubj"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 3, "dobj"}}),
            (std::set<Triple>{{"---COP", "BET", "190"}}));
}

TEST_F(UdPetrarchCoderTest, PassiveTakesTheSourceFromTheByPhrase) {
  EXPECT_EQ(Code({{"Betaria", "Betaria", "PROPN", 3, "nsubjpass"},
                  {"was", "be", "AUX", 3, "auxpass"},
                  {"attacked", "attack", "VERB", 0, "root"},
                  {"by", "by", "ADP", 5, "case"},
                  {"Alphaland", "Alphaland", "PROPN", 3, "nmod"}}),
            (std::set<Triple>{{"ALP", "BET", "190"}}));
}

TEST_F(UdPetrarchCoderTest, NegationMovesTheCodeOrDropsTheEvent) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 4, "nsubj"},
                  {"did", "do", "AUX", 4, "aux"},
                  {"not", "not", "PART", 4, "neg"},
                  {"praise", "praise", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"ALP", "BET", "111"}}));
  // 190 has no negated counterpart in the ontology: no event.
  EXPECT_TRUE(Code({{"Alphaland", "Alphaland", "PROPN", 4, "nsubj"},
                    {"did", "do", "AUX", 4, "aux"},
                    {"not", "not", "PART", 4, "neg"},
                    {"attack", "attack", "VERB", 0, "root"},
                    {"Betaria", "Betaria", "PROPN", 4, "dobj"}})
                  .empty());
}

TEST_F(UdPetrarchCoderTest, ComplementClauseCombinesWithTheRootVerb) {
  // a (b . Q) P -> (a, b, P+Q): "Alphaland said Betaria attacked Gammastan".
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"said", "say", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 4, "nsubj"},
                  {"attacked", "attack", "VERB", 2, "ccomp"},
                  {"Gammastan", "Gammastan", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"ALP", "BET", "190"}}));
  // A pronoun subject of the complement is the speaker: a (a b Q) P.
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"said", "say", "VERB", 0, "root"},
                  {"it", "it", "PRON", 4, "nsubj"},
                  {"attacked", "attack", "VERB", 2, "ccomp"},
                  {"Gammastan", "Gammastan", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"ALP", "GAM", "190"}}));
  // A bare statement (010) is not an event.
  EXPECT_TRUE(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                    {"said", "say", "VERB", 0, "root"},
                    {"Betaria", "Betaria", "PROPN", 2, "dobj"}})
                  .empty());
}

TEST_F(UdPetrarchCoderTest, OpenComplementTakesTheGovernorsSubject) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"wants", "want", "VERB", 0, "root"},
                  {"to", "to", "PART", 4, "mark"},
                  {"attack", "attack", "VERB", 2, "xcomp"},
                  {"Betaria", "Betaria", "PROPN", 4, "dobj"}}),
            (std::set<Triple>{{"ALP", "BET", "190"}}));
}

TEST_F(UdPetrarchCoderTest, DatedActorCodes) {
  const std::vector<W> s = {{"Korvania", "Korvania", "PROPN", 2, "nsubj"},
                            {"attacked", "attack", "VERB", 0, "root"},
                            {"Betaria", "Betaria", "PROPN", 2, "dobj"}};
  EXPECT_EQ(Code(s, 19950101), (std::set<Triple>{{"KOR", "BET", "190"}}));
  EXPECT_EQ(Code(s, 20000101),
            (std::set<Triple>{{"KORGOV", "BET", "190"}}));  // inclusive
  EXPECT_EQ(Code(s, 20050601), (std::set<Triple>{{"KORNEW", "BET", "190"}}));  // shortest
  EXPECT_EQ(Code(s, 20150101), (std::set<Triple>{{"KORREB", "BET", "190"}}));
}

TEST_F(UdPetrarchCoderTest, Discards) {
  const std::vector<W> s = {{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                            {"attacked", "attack", "VERB", 0, "root"},
                            {"Betaria", "Betaria", "PROPN", 2, "dobj"}};
  EXPECT_TRUE(
      Code(s, 19950101, "Alphaland attacked Betaria after a soccer match .").empty());
  EXPECT_TRUE(
      Code(s, 19950101, "Alphaland attacked Betaria in the typhoon season").empty());
  EXPECT_FALSE(Code(s, 19950101, "Alphaland attacked Betaria").empty());
  // As in PETRARCH, a phrase is noticed when the next word is read: one
  // that ends the text is missed.
  EXPECT_FALSE(
      Code(s, 19950101, "Alphaland attacked Betaria after a soccer match").empty());
}

TEST_F(UdPetrarchCoderTest, PairedCodes) {
  // [040:040]: each side acts on the other.
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"met", "meet", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 2, "dobj"}}),
            (std::set<Triple>{{"ALP", "BET", "040"}, {"BET", "ALP", "040"}}));
  // '%': the sources that share the code act on each other.
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 4, "nsubj"},
                  {"and", "and", "CCONJ", 3, "cc"},
                  {"Betaria", "Betaria", "PROPN", 1, "conj"},
                  {"agreed", "agree", "VERB", 0, "root"}}),
            (std::set<Triple>{{"ALP", "BET", "050"}, {"BET", "ALP", "050"}}));
}

TEST_F(UdPetrarchCoderTest, PrepositionalAndNounPhrasePatterns) {
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"accused", "accuse", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 2, "dobj"},
                  {"of", "of", "ADP", 5, "case"},
                  {"cannons", "cannon", "NOUN", 2, "nmod"}}),
            (std::set<Triple>{{"ALP", "BET", "173"}}));
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"accused", "accuse", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 2, "dobj"},
                  {"over", "over", "ADP", 7, "case"},
                  {"the", "the", "DET", 7, "det"},
                  {"border", "border", "NOUN", 7, "compound"},
                  {"raid", "raid", "NOUN", 2, "nmod"}}),
            (std::set<Triple>{{"ALP", "BET", "190"}}));
  // No pattern: the verb's own code.
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"accused", "accuse", "VERB", 0, "root"},
                  {"Betaria", "Betaria", "PROPN", 2, "dobj"}}),
            (std::set<Triple>{{"ALP", "BET", "112"}}));
  // The target missing: the nearest actor in a prepositional phrase.
  EXPECT_EQ(Code({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                  {"agreed", "agree", "VERB", 0, "root"},
                  {"with", "with", "ADP", 4, "case"},
                  {"Betaria", "Betaria", "PROPN", 2, "nmod"}}),
            (std::set<Triple>{{"ALP", "BET", "030"}}));
}

TEST_F(UdPetrarchCoderTest, RequireDyadSetting) {
  CodingRecord r;
  r.id = "R";
  r.date = 19950101;
  r.parse_format = ParseFormat::kConllu;
  r.parse = Conllu({{"Alphaland", "Alphaland", "PROPN", 2, "nsubj"},
                    {"attacked", "attack", "VERB", 0, "root"},
                    {".", ".", "PUNCT", 2, "punct"}});
  std::vector<UdPetrarchEvent> events;
  coder_->Code(r, &events);
  EXPECT_TRUE(events.empty());
  r.settings = {{"require_dyad", "False"}};
  coder_->Code(r, &events);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].target, "---");
  r.settings.clear();  // the setting stays
  coder_->Code(r, &events);
  EXPECT_EQ(events.size(), 1u);
}

TEST_F(UdPetrarchCoderTest, NoParseOrBadParseGivesNoEvents) {
  CodingRecord r;
  r.id = "X";
  r.text = "Alphaland attacked Betaria";
  std::vector<UdPetrarchEvent> events;
  coder_->Code(r, &events);
  EXPECT_TRUE(events.empty());
  r.parse = "1\tAlphaland\n";
  r.parse_format = ParseFormat::kConllu;
  coder_->Code(r, &events);
  EXPECT_TRUE(events.empty());
}

TEST_F(UdPetrarchCoderTest, RecognizesCameo2SetsOnly) {
  EXPECT_TRUE(UdPetrarchDictionary::Recognizes(dir_.string()));
  // A config file naming the same files.
  Write("set.ini",
        "[Dictionaries]\nverbfile_name = T_verbs_1.txt\n"
        "actorfile_list = T_actors_1.txt\n");
  EXPECT_TRUE(UdPetrarchDictionary::Recognizes((dir_ / "set.ini").string()));
  auto dict = UdPetrarchDictionary::Load((dir_ / "set.ini").string());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  // PETRARCH-1 patterns join words with '_' and have no {} or ().
  const fs::path p1 = dir_ / "p1";
  fs::create_directories(p1);
  std::ofstream((p1 / "X_verbs_1.txt").string())
      << "--- ABANDON [---] ---\nABANDON\n- * NEW_RELATIONS [903]\n";
  std::ofstream((p1 / "X_actors_1.txt").string()) << "ALPHALAND [ALP]\n";
  EXPECT_FALSE(UdPetrarchDictionary::Recognizes(p1.string()));
  EXPECT_FALSE(UdPetrarchDictionary::Recognizes((dir_ / "missing").string()));
}

TEST_F(UdPetrarchCoderTest, MalformedLinesAreReportedWithPathAndLine) {
  Write("T_verbs_1.txt", std::string(kVerbs) + "- * (WITH [030]\n");
  auto dict = UdPetrarchDictionary::Load(dir_.string());
  ASSERT_TRUE(dict.ok());
  bool found = false;
  for (const std::string& p : (*dict)->problems()) {
    if (p.find("T_verbs_1.txt:") != std::string::npos) found = true;
  }
  EXPECT_TRUE(found);
}

// Random trees over the test dictionary's words and UD relations: coding
// never fails and never reads out of bounds (run under the sanitizers).
TEST_F(UdPetrarchCoderTest, RandomTreesCodeWithoutFailing) {
  const char* const kWords[][3] = {{"Alphaland", "Alphaland", "PROPN"},
                                   {"Betaria", "Betaria", "PROPN"},
                                   {"police", "police", "NOUN"},
                                   {"officials", "official", "NOUN"},
                                   {"attacked", "attack", "VERB"},
                                   {"said", "say", "VERB"},
                                   {"met", "meet", "VERB"},
                                   {"accused", "accuse", "VERB"},
                                   {"of", "of", "ADP"},
                                   {"by", "by", "ADP"},
                                   {"to", "to", "PART"},
                                   {"not", "not", "PART"},
                                   {"it", "it", "PRON"},
                                   {"and", "and", "CCONJ"},
                                   {"cannons", "cannon", "NOUN"},
                                   {"Korvania", "Korvania", "PROPN"}};
  const char* const kRels[] = {"nsubj",     "dobj",   "iobj", "nsubjpass", "nmod",
                               "obl",       "advmod", "conj", "appos",     "cc",
                               "case",      "mark",   "neg",  "xcomp",     "ccomp",
                               "advcl",     "acl",    "amod", "compound",  "compound:prt",
                               "parataxis", "det",    "aux"};
  unsigned state = 12345;
  auto next = [&](unsigned n) {
    state = state * 1103515245u + 12345u;
    return (state >> 16) % n;
  };
  std::vector<UdPetrarchEvent> events;
  for (int s = 0; s < 2000; ++s) {
    const int n = 1 + static_cast<int>(next(14));
    const int root = 1 + static_cast<int>(next(static_cast<unsigned>(n)));
    std::string conllu;
    for (int i = 1; i <= n; ++i) {
      const auto& w = kWords[next(16)];
      // Heads point to an earlier word or the root, so the tree has no cycle.
      int head = i == root ? 0 : root;
      if (i != root && i > 1 && next(2) == 0) head = 1 + static_cast<int>(next(i - 1));
      if (head == i) head = root;
      const char* rel = i == root ? "root" : kRels[next(23)];
      conllu += std::to_string(i) + "\t" + w[0] + "\t" + w[1] + "\t" + w[2] + "\t_\t_\t" +
                std::to_string(head) + "\t" + rel + "\t_\t_\n";
    }
    coder_->CodeConllu(conllu, 20050601, "", &events);
    for (const UdPetrarchEvent& e : events) {
      EXPECT_FALSE(e.code.empty());
      EXPECT_FALSE(e.source.empty());
      EXPECT_FALSE(e.target.empty());
    }
  }
}

TEST(UdPetrarchDictionaryTest, MissingSetFails) {
  EXPECT_FALSE(UdPetrarchDictionary::Load("/nonexistent/dir").ok());
}

// UD-PETRARCH's own validation suite, scored by ../shared/tools/events_score.py.
// A ratchet: event F1 may not fall below what the coder reaches now.
TEST(UdPetrarchSuiteTest, ValidateRecordsF1DoesNotRegress) {
  constexpr double kMinF1 = 0.91;  // full-code event F1 (UD-PETRARCH itself: .72)
  const fs::path shared = fs::path(CHRONICLE_SOURCE_DIR) / ".." / "shared";
  const fs::path data = shared / "data/events/universal-petrarch";
  const fs::path scorer = shared / "tools/events_score.py";
  if (!fs::exists(data / "PETR_Validate_records_2_02.xml") || !fs::exists(scorer)) {
    GTEST_SKIP() << data << " absent: skipped";
  }
  auto dict = UdPetrarchDictionary::Load(data.string());
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const nlohmann::json j = suite_test::CodeAndScore<UdPetrarchCoder, UdPetrarchEvent>(
      **dict, data / "PETR_Validate_records_2_02.xml", RecordFormat::kPetrarchXml,
      "ud-validate", data, scorer);
  if (j.is_discarded()) GTEST_SKIP() << "python3 scorer unavailable: skipped";
  const double f1 = j["events"]["full"].value("f1", 0.0);
  EXPECT_GE(f1, kMinF1) << "records passed " << j.value("records_passed", 0) << " of "
                        << j.value("records_scored", 0);
}

// The UD unit tests (secondary check), with UniversalPetrarch's own
// validation dictionaries and PETRARCH's agents and discards.
TEST(UdPetrarchSuiteTest, UnitTestRecordsF1DoesNotRegress) {
  constexpr double kMinF1 = 0.88;
  const fs::path shared = fs::path(CHRONICLE_SOURCE_DIR) / ".." / "shared";
  const fs::path data = shared / "data/events/universal-petrarch";
  const fs::path p2 = shared / "data/events/petrarch2";
  const fs::path scorer = shared / "tools/events_score.py";
  const fs::path records = data / "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml";
  if (!fs::exists(records) || !fs::exists(p2) || !fs::exists(scorer)) {
    GTEST_SKIP() << data << " absent: skipped";
  }
  UdPetrarchFiles files;
  files.verbs = (data / "PETR.Validate.verbs.2.0.txt").string();
  files.actors = (data / "PETR.Validate.actors.txt").string();
  files.agents = (p2 / "PETR.Validate.agents.txt").string();
  files.discards = (p2 / "PETR.Validate.discards.txt").string();
  files.ontology = (data / "PETR.Internal.Coding.Ontology.txt").string();
  auto dict = UdPetrarchDictionary::LoadFiles(files);
  ASSERT_TRUE(dict.ok()) << dict.status().ToString();
  const nlohmann::json j = suite_test::CodeAndScore<UdPetrarchCoder, UdPetrarchEvent>(
      **dict, records, RecordFormat::kPetrarchXml, "petr-ud-unit", data, scorer);
  if (j.is_discarded()) GTEST_SKIP() << "python3 scorer unavailable: skipped";
  EXPECT_GE(j["events"]["full"].value("f1", 0.0), kMinF1);
}

}  // namespace
}  // namespace chronicle
