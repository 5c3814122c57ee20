// Checks the text extractor on the shared seed documents (scraped news
// pages). The lists below are test data: beginnings of article paragraphs
// that must be kept and boilerplate strings that must be gone.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "extract/extractor.h"
#include "test_util.h"

namespace chronicle {
namespace {

struct SeedCase {
  const char* file;
  const char* title;
  const char* date;
  std::vector<const char*> present;  // paragraph beginnings
  std::vector<const char*> absent;
};

const std::vector<SeedCase>& Cases() {
  static const std::vector<SeedCase> cases = {
      {"000_a3aad72eae653e04.txt",
       "Russia's Lavrov Discusses Syria, Yemen in Call With U.S.' Kerry",
       "",
       {"Russian Foreign Minister Sergei Lavrov has discussed", "The\xc2\xa0" "phone call",
        "\"The situation in", "Russia has been a", "Differences over Assad's",
        "Syria was also high", "U.S. Special Envoy", "\"Our American colleagues",
        "\"That is why they"},
       {"Support The Moscow Times", "Sign up for", "Our weekly newsletter",
        "Subscribers agree", "A Message from", "Dear readers", "unprecedented challenges",
        "These actions are direct", "refuse to be silenced", "Your support",
        "By supporting", "Once", "Monthly", "Annual", "Continue", "paiment",
        "Not ready to support", "Remind me later", "Read more"}},
      {"001_3d3f3c873ab80cbc.txt",
       "Lavrov: US, Russian positions on Syria come closer",
       "2015-07-28",
       {"Russian foreign minister claims", "The United States and Russia have",
        "\"Indeed, I think", "Lavrov criticised", "The parties broadly",
        "Kerry and Lavrov maintained", "Russia has so far", "Since the Geneva talks",
        "The advancement of ISIS", "The US signed", "According to Turkish",
        "The UN and London-based"},
       {"Photo by", "Updated Jul", "TRTWorld and agencies"}},
      {"002_a92970c734cf40b7.txt",
       "Kerry, Lavrov Hold Moscow Talks",
       "",
       {"U.S. Secretary of State John Kerry held", "The July 15 meeting",
        "The Obama administration has", "During a break", "Since launching",
        "But Russia has also", "After Kerry", "Kremlin spokesman", "The U.S. administration",
        "Ahead of Kerry", "The proposal, according", "In exchange for",
        "Washington also wants", "According to The Associated Press", "And a so-called",
        "That wariness", "A U.S. official with access"},
       {"Accessibility links", "Breaking News", "meet in Moscow on July 15.\n",
        "Kerry Condemns Nice Attack", "please wait", "No media source", "0:00",
        "WATCH:", "Based on reporting", "16x9", "RFE/RL journalists report",
        "undesirable organization", "If you are in Russia", "click here", "XS", "LG"}},
      {"003_b277b3c73f6e4e2e.txt",
       "Syria Conflict: US, Russia Meet",
       "",
       {"The Russian Foreign Ministry considers", "\xe2\x80\x9cKerry, who will meet",
        "Kerry and the United Nations envoy", "It is expected", "He also said",
        "While Kerry said", "\xe2\x80\x9cWe\xe2\x80\x99re aggrieved", "At the start",
        "\xe2\x80\x9cRussia and the United States agree", "On Ukraine, Kerry",
        "The official said Kerry"},
       {}},
      {"004_8102477b6430afbb.txt",
       "Lavrov, Kerry Discuss Need to Distinguish Syria Militias From Terrorists",
       "",
       {"Russian Foreign Minister Sergei Lavrov and US State Secretary Kerry stressed",
        "MOSCOW (Sputnik)", "The phone conversation took place",
        "According to\xc2\xa0" "the statement, the US", "\"[The sides] stressed",
        "Lavrov reiterated"},
       {"Sputnik International", "World\n", "Get the latest news", "\xc2\xa9 AFP",
        "talk before a conference", "Subscribe", "Burnt vehicles",
        "US, Russia Urge", "Newsfeed", "To participate", "log in or register",
        "loader", "Chats", "\xd0\x97\xd0\xb0\xd0\xb3"}},
  };
  return cases;
}

std::string SeedDir() { return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/examples/seeds"; }

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(SeedsTest, ArticleKeptBoilerplateDropped) {
  if (!std::filesystem::is_directory(SeedDir())) {
    GTEST_SKIP() << "../shared absent: seeds test skipped";
  }
  for (const SeedCase& c : Cases()) {
    SCOPED_TRACE(c.file);
    const std::string path = SeedDir() + "/" + c.file;
    if (!std::filesystem::exists(path)) {
      ADD_FAILURE() << "missing seed " << path;
      continue;
    }
    const RawDocument d = extract_test::MakeDoc(ReadFile(path), path);
    StatusOr<Article> a = ExtractArticle(d, ExtractOptions());
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, c.title);
    EXPECT_EQ(a->date, c.date);
    const std::string text = "\n\n" + a->text + "\n";
    for (const char* p : c.present) {
      EXPECT_NE(text.find(std::string("\n\n") + p), std::string::npos) << "missing: " << p;
    }
    for (const char* s : c.absent) {
      EXPECT_EQ(text.find(s), std::string::npos) << "kept boilerplate: " << s;
    }
    EXPECT_EQ(text.find(std::string("\n\n") + c.title + "\n"), std::string::npos)
        << "title repeated in text";
    extract_test::ExpectParagraphsMapBack(*a, d);
  }
}

}  // namespace
}  // namespace chronicle
