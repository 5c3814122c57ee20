#include "dict/dictionaries.h"

#include <gtest/gtest.h>

#include <filesystem>

namespace chronicle {
namespace {

const char kCodes[] =
    "code\tquad\tgoldstein\tname\n"
    "040\t1\t1.0\tConsult\n"
    "041\t1\t1.0\tDiscuss by telephone\n";

std::shared_ptr<const Dictionaries> Build(
    std::vector<std::pair<std::string, std::string>> files,
    std::vector<std::string>* problems) {
  files.emplace_back("cameo/codes.tsv", kCodes);
  auto d = Dictionaries::FromFiles(files, problems);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? *d : nullptr;
}

TEST(DictionariesTest, PhrasesGoIntoTheTrie) {
  std::vector<std::string> problems;
  auto d = Build({{"actors/c.txt",
                   "country: USA\n  name: United States; US\n  capital: Washington\n"}},
                 &problems);
  ASSERT_TRUE(d);
  EXPECT_TRUE(problems.empty());
  int node = d->Child(0, d->Id("united"));
  node = d->Child(node, d->Id("states"));
  ASSERT_GE(node, 0);
  ASSERT_EQ(d->EntriesAt(node).size(), 1u);
  EXPECT_EQ(d->EntriesAt(node)[0].kind, PhraseKind::kCountryName);
  // "US" is capitals-only: lower-case "us" is not a phrase.
  EXPECT_LT(d->Child(0, d->Id("us")), 0);
  EXPECT_GE(d->Child(0, d->UpperId("us")), 0);
}

// The vocabulary is a hand-written hash table over 8-byte loads with short
// tails read specially: every word length must find itself and nothing else.
TEST(DictionariesTest, WordsOfEveryLengthAreFound) {
  std::string phrase, upper;
  std::vector<std::string> words;
  for (int len = 1; len <= 20; ++len) {
    words.push_back(std::string(static_cast<size_t>(len), static_cast<char>('a' + len - 1)));
    phrase += (phrase.empty() ? "" : " ") + words.back();
  }
  std::vector<std::string> problems;
  auto d = Build({{"actors/p.txt", "actor: " + phrase + "\n  code: ABC\n"
                                   "actor: NATO\n  code: NTO\n"}},
                 &problems);
  ASSERT_TRUE(d);
  EXPECT_TRUE(problems.empty());
  int node = 0;
  for (const std::string& w : words) {
    ASSERT_NE(d->Id(w), kNoToken) << w;
    EXPECT_EQ(d->Id(w + "x"), kNoToken) << w;
    if (w.size() > 1) {
      EXPECT_EQ(d->Id(w.substr(1)), kNoToken) << w;
    }
    EXPECT_EQ(d->UpperId(w), kNoToken) << w;
    node = d->Child(node, d->Id(w));
    ASSERT_GE(node, 0) << w;
  }
  EXPECT_EQ(d->EntriesAt(node).size(), 1u);
  EXPECT_EQ(d->Id("nato"), kNoToken);
  EXPECT_NE(d->UpperId("nato"), kNoToken);
  EXPECT_EQ(d->Id(""), kNoToken);
}

TEST(DictionariesTest, DatedRolesFollowTheEventDate) {
  std::vector<std::string> problems;
  auto d = Build({{"actors/p.txt",
                   "actor: John Kerry\n"
                   "  alias: Kerry\n"
                   "  role: USALEG 1985-01-03..2013-02-01\n"
                   "  role: USAGOV 2013-02-01..2017-01-20\n"
                   "  default: USAGOV\n"
                   "actor: Nobody\n"
                   "  role: FRAGOV 2001-01-01..\n"
                   "  role: FRALEG ..2001-01-01\n"}},
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->actors().size(), 2u);
  const ActorInfo& kerry = d->actors()[0];
  EXPECT_EQ(kerry.CodeOn(20100101), "USALEG");
  EXPECT_EQ(kerry.CodeOn(20130201), "USAGOV");  // ranges are half open
  EXPECT_EQ(kerry.CodeOn(20130131), "USALEG");
  EXPECT_EQ(kerry.CodeOn(20200101), "USAGOV");  // outside: default
  EXPECT_EQ(kerry.CodeOn(0), "USAGOV");         // unknown date: default
  EXPECT_EQ(d->actors()[1].CodeOn(0), "FRAGOV");  // latest role
  EXPECT_EQ(d->actors()[1].CodeOn(19990101), "FRALEG");
}

TEST(DictionariesTest, MalformedRecordsAreSkippedWithFileAndLine) {
  std::vector<std::string> problems;
  auto d = Build({{"actors/p.txt",
                   "actor: Bad Dates\n"
                   "  role: USAGOV 2013-13-01..2017-01-20\n"
                   "actor: Backwards\n"
                   "  role: USAGOV 2017-01-01..2013-01-01\n"
                   "actor: No Code\n"
                   "actor: Good One\n"
                   "  code: IGOUNO\n"
                   "country: RUSSIA\n"},
                  {"verbs/v.txt",
                   "verb: 999\n  pattern: [meet] +\n"
                   "verb: 040\n  pattern: + [meet]\n  pattern: [meet] *\n"
                   "  pattern: [hold] talks with +\n  oops: x\n"}},
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(problems.size(), 8u) << testing::PrintToString(problems);
  EXPECT_EQ(problems[0].rfind("actors/p.txt:2: role: bad date", 0), 0u) << problems[0];
  EXPECT_NE(problems[1].find("actors/p.txt:4: role: range"), std::string::npos);
  EXPECT_NE(problems[2].find("actors/p.txt:5: actor \"No Code\" has no code"), std::string::npos);
  EXPECT_NE(problems[3].find("actors/p.txt:8: country code must be"), std::string::npos);
  EXPECT_NE(problems[4].find("verbs/v.txt:1: CAMEO code \"999\""), std::string::npos);
  EXPECT_NE(problems[5].find("must start with a word"), std::string::npos);
  EXPECT_NE(problems[6].find("must not end with *"), std::string::npos);
  EXPECT_NE(problems[7].find("verbs/v.txt:7: unknown verb field"), std::string::npos);
  ASSERT_EQ(d->actors().size(), 1u);
  EXPECT_EQ(d->actors()[0].name, "Good One");
  ASSERT_EQ(d->patterns().size(), 1u);
  EXPECT_EQ(d->patterns()[0].text, "[hold] talks with +");
}

TEST(DictionariesTest, PloverAndFrameTables) {
  std::vector<std::string> problems;
  auto d = Build({{"cameo/plover.tsv",
                   "code\tevent\tmode\tcontext\tevent_2016\n"
                   "040\tCONSULT\t\t\tCONSULT\n"
                   "041\tCONSULT\tphone\t\tCONSULT\n"
                   "099\tACCUSE\t\t\tINVESTIGATE\n"   // not in codes.tsv
                   "040\tCONSULT\tphone\n"},             // 3 columns
                  {"cameo/modality.tsv",
                   "act\tintent\tappeal\tdemand\treject\tthreaten\n"
                   "04\t040\t-\t-\t-\t-\n"
                   "041\t041\t-\t-\t-\t-\n"
                   "05\t777\t-\t-\t-\t-\n"}},           // 777 unknown
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(problems.size(), 3u) << testing::PrintToString(problems);
  EXPECT_EQ(problems[0], "cameo/modality.tsv:4: CAMEO code 777 is not in cameo/codes.tsv");
  EXPECT_EQ(problems[1], "cameo/plover.tsv:4: CAMEO code 099 is not in cameo/codes.tsv");
  EXPECT_NE(problems[2].find("cameo/plover.tsv:5: expected 5 tab-separated columns"),
            std::string::npos);
  const CameoInfo* phone = d->Cameo("041");
  ASSERT_NE(phone, nullptr);
  EXPECT_EQ(phone->plover, "CONSULT");
  EXPECT_EQ(phone->plover_mode, "phone");
  EXPECT_EQ(phone->plover_2016, "CONSULT");
  // Frames: the longest act prefix decides; "-" and unknown acts give none.
  const int intent = static_cast<int>(Frame::kIntent);
  EXPECT_EQ(Dictionaries::FrameOf("030"), intent);
  EXPECT_EQ(Dictionaries::FrameOf("031"), -1);
  ASSERT_NE(d->Framed(intent, "041"), nullptr);
  EXPECT_EQ(d->Framed(intent, "041")->code, "041");
  EXPECT_EQ(d->Framed(intent, "040")->code, "040");
  EXPECT_EQ(d->Framed(static_cast<int>(Frame::kThreaten), "040"), nullptr);
  EXPECT_EQ(d->Framed(intent, "111"), nullptr);
}

TEST(DictionariesTest, PloverActorsKeepCountryAndSectors) {
  std::vector<std::string> problems;
  auto d = Build({{"agents/a.txt", "agent: GOV\n  phrase: government\n"
                                   "agent: REB\n  phrase: rebels\n"},
                  {"cameo/plover-actors.tsv",
                   "code\tplover\tnote\n"
                   "IGOUNO\tIGO\n"
                   "IGOUNOSEC\tIGOGOV\tSecurity Council\n"
                   "IGOUNOSEC\tIGOMIL\n"           // listed twice
                   "IGOUN\tIGO\n"                  // not 3-letter blocks
                   "IGOUNO\tIGO\tnote\textra\n"}},  // 4 columns
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(problems.size(), 3u) << testing::PrintToString(problems);
  EXPECT_EQ(problems[0], "cameo/plover-actors.tsv:4: code IGOUNOSEC is listed twice");
  EXPECT_NE(problems[1].find("cameo/plover-actors.tsv:5: codes are 3-letter blocks"),
            std::string::npos);
  EXPECT_NE(problems[2].find("cameo/plover-actors.tsv:6: expected 2 or 3"), std::string::npos);
  // The longest listed prefix decides.
  EXPECT_EQ(d->PloverActor("IGOUNOSEC"), "IGOGOV");
  EXPECT_EQ(d->PloverActor("IGOUNOSECGOV"), "IGOGOV");
  EXPECT_EQ(d->PloverActor("IGOUNOWHO"), "IGO");
  // Else the country and the sector blocks; organisations are dropped.
  EXPECT_EQ(d->PloverActor("PSEREBHMS"), "PSEREB");
  EXPECT_EQ(d->PloverActor("IMGAQD"), "IMG");
  EXPECT_EQ(d->PloverActor("RUSGOV"), "RUSGOV");
  EXPECT_EQ(d->PloverActor("RUS"), "RUS");
  EXPECT_EQ(d->PloverActor(""), "");
  // A person acting for an organisation acts for its leadership.
  EXPECT_EQ(d->PloverActor("IGOARL", /*person=*/true), "IGOGOV");
  EXPECT_EQ(d->PloverActor("IGOARL"), "IGO");
}

TEST(DictionariesTest, CommunitiesAreCivilianAgentsWithABlock) {
  std::vector<std::string> problems;
  auto d = Build({{"agents/a.txt", "agent: REB\n  phrase: rebels\n"
                                   "agent: MED\n  phrase: press\n"
                                   "agent: HLH\n  phrase: doctors\n"
                                   "community: kur\n  phrase: Kurds\n"
                                   "community: DRZ\n  phrase: Druze\n"
                                   "community: Kur\n  phrase: Kurdish\n"      // mixed case
                                   "community: KURD\n  phrase: Kurdish\n"},  // 4 letters
                  {"actors/g.txt", "actor: PKK\n  code: TURREBPKKkur\n"
                                   "actor: Bad\n  code: tur\n"},  // lower case first block
                  {"cameo/plover-actors.tsv",
                   "code\tplover\tnote\n"
                   "*MED\tJRN\tpress\n"
                   "*HLH\tMED\n"
                   "*GOV\tGOVX\n"}},  // a sector row renames one block
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(problems.size(), 4u) << testing::PrintToString(problems);
  EXPECT_NE(problems[0].find("plover-actors.tsv:4: codes are 3-letter blocks"), std::string::npos);
  EXPECT_EQ(problems[1], "actors/g.txt:4: bad actor code \"tur\"");
  EXPECT_NE(problems[2].find("agents/a.txt:11: community code must be 3 letters"),
            std::string::npos);
  EXPECT_NE(problems[3].find("agents/a.txt:13: community code"), std::string::npos);
  ASSERT_EQ(d->agents().size(), 5u);
  EXPECT_EQ(d->agents()[3].code, "CVL");
  EXPECT_EQ(d->agents()[3].community, "kur");
  // PLOVER actors keep communities and rename the sectors PLOVER names
  // otherwise; organisation blocks are dropped.
  EXPECT_EQ(d->PloverActor("TURREBPKKkur"), "TURREBkur");
  EXPECT_EQ(d->PloverActor("SYRCVLDRZ"), "SYRCVLDRZ");
  EXPECT_EQ(d->PloverActor("NICMED"), "NICJRN");
  EXPECT_EQ(d->PloverActor("CHEHLH"), "CHEMED");
}

TEST(DictionariesTest, ActorsOfPeopleFilesArePeople) {
  std::vector<std::string> problems;
  auto d = Build({{"actors/people-x.txt", "actor: Kofi Annan\n  code: IGOUNO\n"},
                  {"actors/organizations.txt", "actor: United Nations\n  code: IGOUNO\n"}},
                 &problems);
  ASSERT_TRUE(d);
  ASSERT_EQ(d->actors().size(), 2u);
  for (const ActorInfo& a : d->actors()) EXPECT_EQ(a.person, a.name == "Kofi Annan") << a.name;
}

TEST(DictionariesTest, HashChangesWithContent) {
  std::vector<std::string> problems;
  auto a = Build({{"agents/a.txt", "agent: GOV\n  phrase: government\n"}}, &problems);
  auto b = Build({{"agents/a.txt", "agent: GOV\n  phrase: governments\n"}}, &problems);
  auto c = Build({{"agents/a.txt", "agent: GOV\n  phrase: government\n"}}, &problems);
  ASSERT_TRUE(a && b && c);
  EXPECT_NE(a->hash(), b->hash());
  EXPECT_EQ(a->hash(), c->hash());
}

TEST(DictionariesTest, MissingCameoTableIsAnError) {
  auto d = Dictionaries::FromFiles({{"agents/a.txt", "agent: GOV\n  phrase: x\n"}}, nullptr);
  EXPECT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kNotFound);
}

// The bundled dictionaries must load without a single problem.
TEST(DictionariesTest, BundledDataLoadsCleanly) {
  const std::string dir = std::string(CHRONICLE_SOURCE_DIR) + "/data";
  std::vector<std::string> problems;
  auto d = Dictionaries::Load(dir, &problems);
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_TRUE(problems.empty()) << problems.size() << " problems, first: " << problems[0];
  EXPECT_GE((*d)->countries().size(), 195u);
  EXPECT_GT((*d)->patterns().size(), 100u);
  // Every CAMEO root the skeleton promises has patterns.
  for (const char* root : {"01", "02", "03", "04", "05", "10", "11", "12", "19"}) {
    bool found = false;
    for (const VerbPattern& p : (*d)->patterns()) found = found || p.cameo.rfind(root, 0) == 0;
    EXPECT_TRUE(found) << "no pattern for CAMEO root " << root;
  }
}

}  // namespace
}  // namespace chronicle
