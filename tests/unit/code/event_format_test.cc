#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "chronicle/event.h"

namespace chronicle {
namespace {

Event Sample() {
  Event e;
  e.id = "0123456789abcdef";
  e.doc_id = "fedcba9876543210";
  e.sentence_index = 3;
  e.sentence = "Lavrov met Kerry, \"briefly\".";
  e.sentence_span = {10, 40};
  e.date = "2016-05-09";
  e.source = {"RUSGOV", "Lavrov", {10, 16}, "RUSGOV"};
  e.target = {"USAGOV", "Kerry", {21, 26}};
  e.verb = {"", "met", {17, 20}};
  e.cameo = "040";
  e.root = "04";
  e.quad_class = 1;
  e.goldstein = 1.0;
  e.plover = "CONSULT";
  e.pattern = "verbs/v.txt:3: [meet] +";
  e.version = "0.1.0";
  e.dict_hash = "abcd";
  return e;
}

TEST(EventFormatTest, JsonHasTheSchemaFields) {
  nlohmann::json j = nlohmann::json::parse(EventToJson(Sample()));
  // record_id, source, target and code are what events_score.py reads.
  EXPECT_EQ(j["record_id"], "fedcba9876543210");
  EXPECT_EQ(j["source"], "RUSGOV");
  EXPECT_EQ(j["source_text"], "Lavrov");
  EXPECT_EQ(j["source_span"], nlohmann::json::array({10, 16}));
  EXPECT_EQ(j["source_plover"], "RUSGOV");
  EXPECT_EQ(j["target"], "USAGOV");
  EXPECT_EQ(j["verb_text"], "met");
  EXPECT_EQ(j["verb_span"], nlohmann::json::array({17, 20}));
  EXPECT_EQ(j["code"], "040");
  EXPECT_EQ(j["plover"], "CONSULT");
  EXPECT_EQ(j["quad_class"], 1);
  EXPECT_EQ(j["date"], "2016-05-09");
  for (const char* k : {"id", "sentence_index", "sentence", "sentence_span", "target_text",
                        "target_span", "root", "goldstein", "pattern", "version", "dict_hash"}) {
    EXPECT_TRUE(j.contains(k)) << k;
  }
}

TEST(EventFormatTest, MissingTargetAndDateAreNull) {
  Event e = Sample();
  e.target = {};
  e.date.clear();
  nlohmann::json j = nlohmann::json::parse(EventToJson(e));
  EXPECT_TRUE(j["target"].is_null());
  EXPECT_TRUE(j["target_text"].is_null());
  EXPECT_TRUE(j["target_span"].is_null());
  EXPECT_TRUE(j["target_plover"].is_null());
  EXPECT_TRUE(j["date"].is_null());
}

TEST(EventFormatTest, InvalidUtf8StillGivesValidJson) {
  Event e = Sample();
  e.sentence = "bad \xFF byte";
  EXPECT_NO_THROW(nlohmann::json::parse(EventToJson(e)));
}

TEST(EventFormatTest, CsvQuotesFieldsAndKeepsColumnCount) {
  const std::string row = EventToCsvRow(Sample());
  EXPECT_NE(row.find("\"Lavrov met Kerry, \"\"briefly\"\".\""), std::string::npos);
  Event e = Sample();
  e.id.clear();  // an empty first field must keep its column
  const std::string r2 = EventToCsvRow(e);
  EXPECT_EQ(r2[0], ',');
  const auto count = [](const std::string& s) {
    int n = 0;
    bool quoted = false;
    for (char c : s) {
      if (c == '"') quoted = !quoted;
      if (c == ',' && !quoted) ++n;
    }
    return n;
  };
  EXPECT_EQ(count(EventCsvHeader()), count(EventToCsvRow(Sample())));
  EXPECT_EQ(count(EventCsvHeader()), count(r2));
}

}  // namespace
}  // namespace chronicle
