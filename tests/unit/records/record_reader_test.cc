#include "chronicle/records.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace chronicle {
namespace {

namespace fs = std::filesystem;

// ../shared beside the checkout (CHRONICLE_SOURCE_DIR is set by CMake).
std::string SharedEvents() {
  return std::string(CHRONICLE_SOURCE_DIR) + "/../shared/data/events";
}

class RecordReaderTest : public ::testing::Test {
 protected:
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& content) {
    fs::create_directories(dir_);
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << content;
    return path;
  }

  std::vector<CodingRecord> ReadAll(const std::string& path, RecordFormat format) {
    auto reader = RecordReader::Open(path, format);
    EXPECT_TRUE(reader.ok()) << reader.status().ToString();
    std::vector<CodingRecord> out;
    if (!reader.ok()) return out;
    CodingRecord r;
    problems_.clear();
    while ((*reader)->Next(&r, &problems_)) out.push_back(r);
    return out;
  }

  const fs::path dir_ =
      fs::temp_directory_path() / ("chronicle_records_" + std::to_string(::getpid()));
  std::vector<std::string> problems_;
};

TEST_F(RecordReaderTest, FormatNames) {
  EXPECT_EQ(*ParseRecordFormat("petrarch-xml"), RecordFormat::kPetrarchXml);
  EXPECT_EQ(RecordFormatName(RecordFormat::kConllu), "conllu");
  EXPECT_FALSE(ParseRecordFormat("xml").ok());
  EXPECT_EQ(FormatRecordDate(19950106), "1995-01-06");
  EXPECT_EQ(FormatRecordDate(0), "");
}

TEST_F(RecordReaderTest, MissingFileIsAnErrorNamingIt) {
  auto reader = RecordReader::Open("/nonexistent/x.text", RecordFormat::kTabari);
  ASSERT_FALSE(reader.ok());
  EXPECT_NE(reader.status().message().find("/nonexistent/x.text"), std::string::npos);
}

TEST_F(RecordReaderTest, JsonlKeepsGoodLinesAndNamesBadOnes) {
  const std::string path = Write(
      "r.jsonl",
      "{\"record_id\": \"A-1\", \"date\": \"19950106\", \"text\": \"Arnor  met\\nGondor.\"}\n"
      "\n"
      "not json\n"
      "{\"record_id\": 7, \"date\": \"2016-05-09\", \"text\": \"x\", "
      "\"parse\": \"(S (NN x))\"}\n"
      "{\"record_id\": \"A-1\", \"text\": \"again\", \"date\": \"1995-13-01\"}\n"
      "{\"record_id\": \"A-1\", \"text\": \"bad parse\", \"parse\": \"(S (NN x)\", "
      "\"parse_format\": \"ptb\"}\n"
      "{\"text\": 5}\n");
  const std::vector<CodingRecord> r = ReadAll(path, RecordFormat::kJsonl);
  ASSERT_EQ(r.size(), 3u);
  EXPECT_EQ(r[0].id, "A-1");
  EXPECT_EQ(r[0].date, 19950106);
  EXPECT_EQ(r[0].text, "Arnor met Gondor.");
  EXPECT_EQ(r[1].id, "7");
  EXPECT_EQ(r[1].date, 20160509);
  EXPECT_EQ(r[1].parse_format, ParseFormat::kTreebank);
  EXPECT_EQ(r[2].id, "A-1#3");  // the skipped bad-date line was the second A-1
  EXPECT_EQ(r[2].parse_format, ParseFormat::kNone);
  ASSERT_EQ(problems_.size(), 4u);
  EXPECT_EQ(problems_[0], path + ":3: not a JSON object");
  EXPECT_NE(problems_[1].find(path + ":5: record A-1#2: date '1995-13-01'"), std::string::npos);
  EXPECT_NE(problems_[2].find("parse dropped (1 unclosed '(')"), std::string::npos);
  EXPECT_EQ(problems_[3], path + ":7: no \"text\" string");
}

TEST_F(RecordReaderTest, TabariTextRecordsCommentsAndOptions) {
  const std::string path = Write("v.text",
                                 "#####\n"
                                 "# banner\n"
                                 "\n"
                                 "950101  DEMO-01\n"
                                 "Arnor is about to restore ties\n"
                                 "with Gondor.\n"
                                 "/*\\n[Simple coding]\n"
                                 "\\n{ ARN / GON / 064 } */\n"
                                 "\n"
                                 "950101  950101  OPT-01\n"
                                 "Turn something off.\n"
                                 "/* { OPTION: SET: TIME   SHIFT = FALSE } */\n"
                                 "\n"
                                 "951301  BAD-DATE\n"
                                 "Caf\xe9 text in Latin-1.\n"
                                 "#####\n"
                                 "\n"
                                 "19950102  DEMO-01\n"
                                 "No comment at all.\n"
                                 "\n"
                                 "9501201  SEVEN-01\n"
                                 "One digit too many, read as TABARI does.\n"
                                 "\n"
                                 "186010029  NINE-01\n"
                                 "Eight of nine digits in YYYY mode.\n");
  const std::vector<CodingRecord> r = ReadAll(path, RecordFormat::kTabari);
  ASSERT_EQ(r.size(), 6u);
  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].date, 19950101);
  EXPECT_EQ(r[0].line, 4);
  EXPECT_EQ(r[0].text, "Arnor is about to restore ties with Gondor.");
  EXPECT_TRUE(r[0].options.empty());
  EXPECT_EQ(r[1].id, "OPT-01");
  EXPECT_EQ(r[1].options, std::vector<std::string>{"SET: TIME SHIFT = FALSE"});
  EXPECT_EQ(r[2].id, "BAD-DATE");
  EXPECT_EQ(r[2].date, 0);
  EXPECT_EQ(r[2].raw_date, "951301");  // kept as written
  EXPECT_EQ(r[2].text, "Caf\xc3\xa9 text in Latin-1.");
  EXPECT_EQ(r[3].id, "DEMO-01#2");
  EXPECT_EQ(r[3].date, 19950102);
  EXPECT_EQ(r[4].date, 19950120);
  EXPECT_EQ(r[4].raw_date, "9501201");
  EXPECT_EQ(r[5].date, 18601002);
  ASSERT_EQ(problems_.size(), 1u);
  EXPECT_NE(problems_[0].find(path + ":14: record BAD-DATE: date '951301'"), std::string::npos);
}

// Not well-formed XML, as in the UD suite file: "--" in a comment, a
// broken <PLEvent> tag, a self-closed Sentence followed by its Text. An
// XML library's recovery loses the "&amp;" here (see petrarch_records.cc).
TEST_F(RecordReaderTest, PetrarchXmlReadsMalformedMarkup) {
  const std::string path = Write(
      "u.xml",
      "<Validation>\n"
      "<!-- a comment -- with a double hyphen -->\n"
      "<Sentences>\n"
      "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\">\n"
      "<EventCoding sourcecode=\"ARN\" targetcode=\"GON\" eventcode=\"064\"></EventCoding>\n"
      "<Text>\nArnor is about to restore\n ties with Gondor.\n</Text>\n"
      "<Parse>\n(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))\n</Parse>\n"
      "</Sentence>\n"
      "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
      "<Sentence date=\"19950102\" id=\"DEMO-02\" category=\"DEMO\"/>\n"
      "<PLEvent {ARN GON}>\n"
      "<Text>Self-closed &amp; still read.</Text>\n"
      "<Parse>\n1\tx\tx\tX\tX\t_\t0\troot\t_\t_\n2\ty\ty\tX\tX\t_\t9\tdep\t_\t_\n</Parse>\n"
      "<Sentence id=\"DEMO-03\"></Sentence>\n"
      "</Sentences>\n</Validation>\n<!-- unterminated\n");
  const std::vector<CodingRecord> r = ReadAll(path, RecordFormat::kPetrarchXml);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].id, "DEMO-01");
  EXPECT_EQ(r[0].category, "DEMO");
  EXPECT_EQ(r[0].line, 4);
  EXPECT_EQ(r[0].text, "Arnor is about to restore ties with Gondor.");
  EXPECT_EQ(r[0].parse_format, ParseFormat::kTreebank);
  EXPECT_EQ(r[0].parse, "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is))))");
  EXPECT_EQ(r[1].id, "DEMO-02");
  EXPECT_EQ(r[1].date, 19950102);
  EXPECT_EQ(r[1].text, "Self-closed & still read.");
  EXPECT_TRUE(r[0].settings.empty());
  ASSERT_EQ(r[1].settings.size(), 1u);
  EXPECT_EQ(r[1].settings[0].first, "require_dyad");
  EXPECT_EQ(r[1].settings[0].second, "false");
  EXPECT_EQ(r[1].parse_format, ParseFormat::kNone);  // HEAD 9 of 2 words: dropped
  ASSERT_EQ(problems_.size(), 3u);
  EXPECT_EQ(problems_[0].rfind(path + ":20: record DEMO-02: parse dropped (HEAD 9", 0), 0u)
      << problems_[0];
  EXPECT_EQ(problems_[1], path + ":25: unterminated comment");
  EXPECT_EQ(problems_[2], path + ":22: record DEMO-03: no <Text>");
}

TEST_F(RecordReaderTest, ConlluBlocksWithCommentsOrSpelledText) {
  const std::string path = Write("c.conllu",
                                 "# sent_id = S1\n"
                                 "# date = 19950101\n"
                                 "# text = Arnor left.\n"
                                 "1\tArnor\tArnor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                                 "3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
                                 "\n\n"
                                 "1\tGondor\tGondor\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                 "2\twept\tweep\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                 "\n"
                                 "# sent_id = S3\n"
                                 "1\tbroken\n");
  const std::vector<CodingRecord> r = ReadAll(path, RecordFormat::kConllu);
  ASSERT_EQ(r.size(), 2u);
  EXPECT_EQ(r[0].id, "S1");
  EXPECT_EQ(r[0].date, 19950101);
  EXPECT_EQ(r[0].text, "Arnor left.");
  EXPECT_EQ(r[0].parse_format, ParseFormat::kConllu);
  EXPECT_EQ(r[1].id, path + ":9");
  EXPECT_EQ(r[1].text, "Gondor wept");
  ASSERT_EQ(problems_.size(), 2u);
  EXPECT_EQ(problems_[0].rfind(path + ":13: record S3: parse dropped (2 tab-separated", 0), 0u)
      << problems_[0];
  EXPECT_EQ(problems_[1], path + ":12: record S3: no text and no readable words");
}

// The suites in ../shared: every record the scorer's gold reader lists
// (events_score.py gold prints 481, 284, 284 and 274 records).
TEST_F(RecordReaderTest, ReadsEverySuiteRecord) {
  const std::string events = SharedEvents();
  if (!fs::exists(events)) GTEST_SKIP() << events << " absent: skipped";
  struct Suite {
    std::string file;
    RecordFormat format;
    size_t records;
    std::string last_id;
  };
  const Suite suites[] = {
      {"tabari/Validate.text", RecordFormat::kTabari, 481, ""},
      {"petrarch2/PETR.UnitTest.records.xml", RecordFormat::kPetrarchXml, 284, ""},
      {"universal-petrarch/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml",
       RecordFormat::kPetrarchXml, 284, ""},
      {"universal-petrarch/PETR_Validate_records_2_02.xml", RecordFormat::kConllu, 274, ""},
  };
  for (const Suite& s : suites) {
    const std::vector<CodingRecord> r = ReadAll(events + "/" + s.file, s.format);
    EXPECT_EQ(r.size(), s.records) << s.file;
    for (const CodingRecord& rec : r) {
      EXPECT_FALSE(rec.text.empty()) << s.file << " " << rec.id;
    }
  }
  // The 29 <Config> elements outside comments reach the records after them.
  size_t settings = 0;
  for (const CodingRecord& rec : ReadAll(events + "/petrarch2/PETR.UnitTest.records.xml",
                                         RecordFormat::kPetrarchXml)) {
    settings += rec.settings.size();
  }
  EXPECT_EQ(settings, 29u);
  const std::vector<CodingRecord> tabari =
      ReadAll(events + "/tabari/Validate.text", RecordFormat::kTabari);
  ASSERT_GT(tabari.size(), 3u);
  EXPECT_EQ(tabari[2].id, "DEMO-01");
  EXPECT_EQ(tabari[2].date, 19950101);
  EXPECT_EQ(tabari[2].text,
            "Arnor is about to restore full diplomatic ties with Gondor almost five years after "
            "crowds trashed its embassy, a senior official said on Saturday.");
  EXPECT_EQ(tabari[1].options, std::vector<std::string>{"SET: TIME SHIFT = FALSE"});
}

}  // namespace
}  // namespace chronicle
