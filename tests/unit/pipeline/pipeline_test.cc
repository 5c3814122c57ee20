#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "chronicle/pipeline.h"
#include "chronicle/store.h"
#include "test_util.h"

namespace chronicle {
namespace {

namespace fs = std::filesystem;

struct BatchReport {
  int stored = 0, already = 0;
  std::vector<std::string> errors;
};

// The loop `chronicle run` performs.
BatchReport RunBatch(Pipeline* pipeline, Store* store, const std::vector<std::string>& paths) {
  BatchReport report;
  EXPECT_TRUE(store->BeginBatch().ok());
  pipeline->ReadInputs(paths, [&](const std::string& path, StatusOr<RawDocument> doc) {
    if (!doc.ok()) {
      report.errors.push_back(doc.status().ToString());
      EXPECT_TRUE(store->PutFailure(path, doc.status()).ok());
      return;
    }
    auto result = pipeline->Process(std::move(doc).value());
    if (!result.ok()) {
      report.errors.push_back(result.status().ToString());
      EXPECT_TRUE(store->PutFailure(path, result.status()).ok());
      return;
    }
    auto put = store->Put(*result);
    ASSERT_TRUE(put.ok()) << put.status().ToString();
    (*put ? report.stored : report.already)++;
  });
  EXPECT_TRUE(store->CommitBatch().ok());
  return report;
}

class PipelineTest : public testing::Test {
 protected:
  void SetUp() override {
    pipeline_ = BundledPipeline();
    ASSERT_TRUE(pipeline_);
    dir_ = fs::temp_directory_path() / ("chronicle_pipeline_test_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }

  std::unique_ptr<Pipeline> pipeline_;
  fs::path dir_;
};

const char kStory[] =
    "Kerry and Lavrov Meet in Geneva\n\n"
    "U.S. Secretary of State John Kerry held talks with Russian Foreign Minister Sergei "
    "Lavrov in Geneva on Friday.\n\n"
    "Sign up for our free weekly newsletter\n";

TEST_F(PipelineTest, CodesAStoryAndCitesTheOriginalBytes) {
  auto doc = pipeline_->MakeDocument("story.txt", kStory);
  ASSERT_TRUE(doc.ok());
  auto r = pipeline_->Process(std::move(doc).value());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->clean_text.find("newsletter"), std::string::npos);
  bool found = false;
  for (const Event& e : r->events) {
    const std::string raw = r->raw.raw;
    for (const ActorRef* a : {&e.source, &e.verb, &e.target}) {
      if (a == &e.target && a->code.empty()) continue;
      EXPECT_EQ(Canonical(raw.substr(a->span.begin, a->span.size())), Canonical(a->text));
    }
    if (e.root == "04" && e.source.code == "USAGOV" && e.target.code == "RUSGOV") found = true;
    EXPECT_EQ(e.version, Version());
    EXPECT_EQ(e.dict_hash, pipeline_->dictionary_info().hash);
    EXPECT_EQ(e.id.size(), 16u);
  }
  EXPECT_TRUE(found);
}

TEST_F(PipelineTest, SameInputSameEventIds) {
  auto a = pipeline_->Process(*pipeline_->MakeDocument("a.txt", kStory));
  auto b = pipeline_->Process(*pipeline_->MakeDocument("b.txt", kStory));
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->events.size(), b->events.size());
  for (size_t i = 0; i < a->events.size(); ++i) EXPECT_EQ(a->events[i].id, b->events[i].id);
}

TEST_F(PipelineTest, BadInputIsReportedAndTheRestOfTheBatchIsStored) {
  Write("1-good.txt", kStory);
  Write("2-binary.bin", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
  Write("3-invalid-utf8.txt", std::string(kStory) + "Caf\xE9 \xFF and more.\n");
  Write("4-empty.txt", "");
  {
    std::ofstream big(dir_ / "5-huge.txt", std::ios::binary);
    const std::string line(1023, 'x');
    for (int i = 0; i < 50 * 1024; ++i) big << line << '\n';  // 50 MB
  }
  Write("6-also-good.txt", "Putin Hosts Erdogan\n\nRussian President Vladimir Putin "
                           "criticised the United States on Monday.\n");
  auto store = Store::Open(":memory:");
  ASSERT_TRUE(store.ok());
  BatchReport report = RunBatch(pipeline_.get(), store->get(), {dir_.string()});
  EXPECT_EQ(report.stored, 3);
  ASSERT_EQ(report.errors.size(), 3u);
  EXPECT_NE(report.errors[0].find("2-binary.bin: binary file (ELF"), std::string::npos);
  EXPECT_NE(report.errors[1].find("4-empty.txt: empty file"), std::string::npos);
  EXPECT_NE(report.errors[2].find("5-huge.txt: 52428800 bytes, over the limit"),
            std::string::npos);
  auto stats = (*store)->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 3);
  EXPECT_GT(stats->events, 0);
}

TEST_F(PipelineTest, RerunAddsNothingTwice) {
  Write("a.txt", kStory);
  Write("b.txt", "Lavrov Criticises Washington\n\nRussian Foreign Minister Sergei Lavrov "
                 "criticised Washington for its support of the rebels.\n");
  const std::string db = (dir_ / "store.db").string();
  StoreStats first;
  {
    auto store = Store::Open(db);
    ASSERT_TRUE(store.ok());
    BatchReport r = RunBatch(pipeline_.get(), store->get(), {(dir_ / "a.txt").string(),
                                                             (dir_ / "b.txt").string()});
    EXPECT_EQ(r.stored, 2);
    first = *(*store)->Stats();
  }
  auto store = Store::Open(db);
  ASSERT_TRUE(store.ok());
  BatchReport r = RunBatch(pipeline_.get(), store->get(), {(dir_ / "a.txt").string(),
                                                           (dir_ / "b.txt").string()});
  EXPECT_EQ(r.stored, 0);
  EXPECT_EQ(r.already, 2);
  auto again = (*store)->Stats();
  EXPECT_EQ(again->documents, first.documents);
  EXPECT_EQ(again->sentences, first.sentences);
  EXPECT_EQ(again->events, first.events);
}

TEST_F(PipelineTest, CodeTextUsesTheDateForRoles) {
  DocumentResult r2010 = pipeline_->CodeText("r1", "John Kerry criticised Russia.", "2010-06-01");
  DocumentResult r2015 = pipeline_->CodeText("r2", "John Kerry criticised Russia.", "2015-06-01");
  ASSERT_FALSE(r2010.events.empty());
  ASSERT_FALSE(r2015.events.empty());
  EXPECT_EQ(r2010.events[0].source.code, "USALEG");
  EXPECT_EQ(r2015.events[0].source.code, "USAGOV");
  EXPECT_EQ(r2015.events[0].date, "2015-06-01");
}

TEST_F(PipelineTest, EventsCarryPloverActors) {
  DocumentResult r = pipeline_->CodeText("r1", "Kofi Annan criticised the UN Security Council.",
                                         "2000-06-01");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].source.code, "IGOUNO");
  EXPECT_EQ(r.events[0].source.plover, "IGOGOV");  // a person acting for the UN
  EXPECT_EQ(r.events[0].target.code, "IGOUNOSEC");
  EXPECT_EQ(r.events[0].target.plover, "IGOGOV");  // cameo/plover-actors.tsv
}

TEST_F(PipelineTest, AResignationAsSomethingHappensHasNoTarget) {
  // "as" opens a clause here, not a role ("resigned as president").
  DocumentResult r = pipeline_->CodeText(
      "r1", "Georgian President Eduard Shevardnadze resigned Sunday as the opposition "
            "threatened to storm his residence.", "2003-11-23");
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].cameo, "0831");
  EXPECT_TRUE(r.events[0].target.code.empty()) << r.events[0].target.code;
}

}  // namespace
}  // namespace chronicle
