#include "store/sqlite_store.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store_test_util.h"

namespace chronicle {
namespace {

using store_test::MakeDoc;
using store_test::MakeEvent;
using store_test::RawSql;
using store_test::TempPath;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

void ExpectActorEq(const ActorRef& a, const ActorRef& b) {
  EXPECT_EQ(a.code, b.code);
  EXPECT_EQ(a.text, b.text);
  EXPECT_EQ(a.span, b.span);
}

void ExpectEventEq(const Event& a, const Event& b) {
  SCOPED_TRACE("event " + b.id);
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.doc_id, b.doc_id);
  EXPECT_EQ(a.sentence_index, b.sentence_index);
  EXPECT_EQ(a.sentence, b.sentence);
  EXPECT_EQ(a.sentence_span, b.sentence_span);
  EXPECT_EQ(a.date, b.date);
  ExpectActorEq(a.source, b.source);
  ExpectActorEq(a.target, b.target);
  EXPECT_EQ(a.cameo, b.cameo);
  EXPECT_EQ(a.root, b.root);
  EXPECT_EQ(a.quad_class, b.quad_class);
  EXPECT_EQ(a.goldstein, b.goldstein);
  EXPECT_EQ(a.plover, b.plover);
  ExpectActorEq(a.verb, b.verb);
  EXPECT_EQ(a.pattern, b.pattern);
  EXPECT_EQ(a.version, b.version);
  EXPECT_EQ(a.dict_hash, b.dict_hash);
}

std::unique_ptr<Store> OpenMemory() {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(":memory:");
  EXPECT_TRUE(store.ok()) << store.status().ToString();
  return std::move(store).value();
}

std::vector<std::string> Ids(const StatusOr<std::vector<Event>>& events) {
  EXPECT_TRUE(events.ok()) << events.status().ToString();
  std::vector<std::string> ids;
  if (events.ok()) {
    for (const Event& e : *events) ids.push_back(e.id);
  }
  return ids;
}

// Three documents covering actors, codes, dates and an undated event.
class QueryTest : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = OpenMemory();
    DocumentResult a = MakeDoc("aaaa");
    a.events.push_back(MakeEvent("aaaa", "a1", 0, "RUSGOV", "042", "UKR", "2024-03-01"));
    a.events.push_back(MakeEvent("aaaa", "a2", 1, "USA", "190", "RUSMIL", "2024-03-05"));
    DocumentResult b = MakeDoc("bbbb");
    b.events.push_back(MakeEvent("bbbb", "b1", 0, "UKRGOV", "043", "", "2024-04-01"));
    b.events.push_back(MakeEvent("bbbb", "b2", 2, "CHN", "0431", "USA", ""));
    DocumentResult c = MakeDoc("cccc");
    c.events.push_back(MakeEvent("cccc", "c1", 1, "RU", "04", "FRA", "2024-02-29"));
    for (const DocumentResult* r : {&c, &a, &b}) ASSERT_TRUE(store_->Put(*r).ok());
  }
  std::vector<std::string> Run(const EventQuery& q) { return Ids(store_->Query(q)); }

  std::unique_ptr<Store> store_;
};

TEST(SqliteStoreTest, RoundTripKeepsEveryField) {
  std::unique_ptr<Store> store = OpenMemory();
  DocumentResult r = MakeDoc("0123456789abcdef");
  r.events.push_back(
      MakeEvent(r.raw.id, "e2", 2, "RUSGOV", "042", "UKRGOV", "2024-03-01"));
  r.events.push_back(MakeEvent(r.raw.id, "e1", 0, "USA", "190", "", ""));
  r.events[1].goldstein = 0.1;  // not exactly representable: must still round-trip
  r.events[1].quad_class = 4;
  StatusOr<bool> added = store->Put(r);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_TRUE(*added);

  StatusOr<std::vector<Event>> events = store->Query(EventQuery());
  ASSERT_TRUE(events.ok()) << events.status().ToString();
  ASSERT_EQ(events->size(), 2u);
  ExpectEventEq((*events)[0], r.events[1]);  // ordered by sentence
  ExpectEventEq((*events)[1], r.events[0]);

  StatusOr<std::string> text = store->CleanText(r.raw.id);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(*text, r.clean_text);
  StatusOr<StoreStats> stats = store->Stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->sentences, 3);
  EXPECT_EQ(stats->events, 2);
}

TEST(SqliteStoreTest, EventSentenceStoredEvenIfNotListed) {
  std::unique_ptr<Store> store = OpenMemory();
  DocumentResult r = MakeDoc("doc", /*sentences=*/0);
  r.events.push_back(MakeEvent("doc", "e", 7, "RUS", "042", "UKR", "2024-01-01"));
  ASSERT_TRUE(store->Put(r).ok());
  StatusOr<std::vector<Event>> events = store->Query(EventQuery());
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  ExpectEventEq((*events)[0], r.events[0]);
  EXPECT_EQ(store->Stats()->sentences, 1);
}

TEST(SqliteStoreTest, CleanTextOfUnknownDocumentIsNotFound) {
  std::unique_ptr<Store> store = OpenMemory();
  StatusOr<std::string> text = store->CleanText("nope");
  ASSERT_FALSE(text.ok());
  EXPECT_EQ(text.status().code(), StatusCode::kNotFound);
}

TEST(SqliteStoreTest, PutAgainAddsNothing) {
  std::unique_ptr<Store> store = OpenMemory();
  DocumentResult r = MakeDoc("doc");
  r.events.push_back(MakeEvent("doc", "e1", 0, "RUS", "042", "UKR", "2024-01-01"));
  ASSERT_TRUE(*store->Put(r));
  // Same id, different content: still nothing is written.
  DocumentResult again = r;
  again.clean_text = "changed";
  again.sentences.push_back({9, "extra", {0, 5}});
  again.events.push_back(MakeEvent("doc", "e2", 1, "USA", "190", "", "2024-01-01"));
  StatusOr<bool> added = store->Put(again);
  ASSERT_TRUE(added.ok()) << added.status().ToString();
  EXPECT_FALSE(*added);
  EXPECT_EQ(*store->CleanText("doc"), r.clean_text);
  StatusOr<StoreStats> stats = store->Stats();
  EXPECT_EQ(stats->documents, 1);
  EXPECT_EQ(stats->sentences, 3);
  EXPECT_EQ(stats->events, 1);
}

TEST(SqliteStoreTest, SameEventIdInTwoDocumentsStoredOnce) {
  std::unique_ptr<Store> store = OpenMemory();
  DocumentResult a = MakeDoc("a"), b = MakeDoc("b");
  a.events.push_back(MakeEvent("a", "same", 0, "RUS", "042", "UKR", "2024-01-01"));
  b.events.push_back(MakeEvent("b", "same", 0, "RUS", "042", "UKR", "2024-01-01"));
  ASSERT_TRUE(*store->Put(a));
  ASSERT_TRUE(*store->Put(b));
  EXPECT_EQ(store->Stats()->documents, 2);
  EXPECT_THAT(Ids(store->Query(EventQuery())), ElementsAre("same"));
}

TEST(SqliteStoreTest, RejectsInconsistentResultsAndWritesNothing) {
  std::unique_ptr<Store> store = OpenMemory();
  DocumentResult no_id = MakeDoc("");
  EXPECT_EQ(store->Put(no_id).status().code(), StatusCode::kInvalidArgument);
  DocumentResult other_doc = MakeDoc("doc");
  other_doc.events.push_back(MakeEvent("other", "e", 0, "RUS", "042", "", ""));
  EXPECT_EQ(store->Put(other_doc).status().code(), StatusCode::kInvalidArgument);
  DocumentResult dup_sentence = MakeDoc("dup");
  dup_sentence.sentences.push_back(dup_sentence.sentences[0]);
  StatusOr<bool> added = store->Put(dup_sentence);
  ASSERT_FALSE(added.ok());
  EXPECT_THAT(added.status().message(), HasSubstr("UNIQUE constraint failed"));
  EXPECT_EQ(store->Stats()->documents, 0);
  EXPECT_EQ(store->Stats()->sentences, 0);
  // The failed Put left no transaction open: the next one works.
  EXPECT_TRUE(*store->Put(MakeDoc("ok")));
}

TEST_F(QueryTest, AllOrderedByDocumentSentenceId) {
  EXPECT_THAT(Run(EventQuery()), ElementsAre("a1", "a2", "b1", "b2", "c1"));
}

TEST_F(QueryTest, ActorIsPrefixOfSourceOrTarget) {
  EventQuery q;
  q.actor = "RUS";
  EXPECT_THAT(Run(q), ElementsAre("a1", "a2"));  // source RUSGOV, target RUSMIL
  q.actor = "RU";
  EXPECT_THAT(Run(q), ElementsAre("a1", "a2", "c1"));
  q.actor = "USA";
  EXPECT_THAT(Run(q), ElementsAre("a2", "b2"));
  q.actor = "UKRGOV";
  EXPECT_THAT(Run(q), ElementsAre("b1"));
  q.actor = "rus";  // codes are case-sensitive
  EXPECT_THAT(Run(q), ElementsAre());
}

TEST_F(QueryTest, CodePrefix) {
  EventQuery q;
  q.code_prefix = "04";
  EXPECT_THAT(Run(q), ElementsAre("a1", "b1", "b2", "c1"));
  q.code_prefix = "043";
  EXPECT_THAT(Run(q), ElementsAre("b1", "b2"));
  q.code_prefix = "0431";
  EXPECT_THAT(Run(q), ElementsAre("b2"));
  q.code_prefix = "05";
  EXPECT_THAT(Run(q), ElementsAre());
}

TEST_F(QueryTest, DateRangeIsInclusiveAndSkipsUndated) {
  EventQuery q;
  q.from = "2024-03-01";
  q.to = "2024-03-05";
  EXPECT_THAT(Run(q), ElementsAre("a1", "a2"));
  q.from = "";
  q.to = "2024-03-01";
  EXPECT_THAT(Run(q), ElementsAre("a1", "c1"));  // b2 has no date
  q.from = "2024-03-02";
  q.to = "";
  EXPECT_THAT(Run(q), ElementsAre("a2", "b1"));
}

TEST_F(QueryTest, DocIdLimitAndCombinedFilters) {
  EventQuery q;
  q.doc_id = "bbbb";
  EXPECT_THAT(Run(q), ElementsAre("b1", "b2"));
  q = EventQuery();
  q.limit = 3;
  EXPECT_THAT(Run(q), ElementsAre("a1", "a2", "b1"));
  q.limit = 0;
  EXPECT_THAT(Run(q), ElementsAre());
  q = EventQuery();
  q.actor = "RU";
  q.code_prefix = "04";
  q.from = "2024-01-01";
  EXPECT_THAT(Run(q), ElementsAre("a1", "c1"));
  q.limit = 1;
  EXPECT_THAT(Run(q), ElementsAre("a1"));
  // Same filters again reuse the cached statement with new values.
  q.actor = "UKR";
  q.limit = -1;
  EXPECT_THAT(Run(q), ElementsAre("a1", "b1"));
}

TEST(SqliteStoreTest, BatchCommitsTogether) {
  TempPath tmp("batch");
  std::unique_ptr<Store> store = std::move(Store::Open(tmp.path()).value());
  EXPECT_EQ(store->CommitBatch().code(), StatusCode::kFailedPrecondition);
  ASSERT_TRUE(store->BeginBatch().ok());
  EXPECT_EQ(store->BeginBatch().code(), StatusCode::kFailedPrecondition);
  for (int i = 0; i < 10; ++i) {
    DocumentResult r = MakeDoc("doc" + std::to_string(i));
    r.events.push_back(MakeEvent(r.raw.id, "e" + std::to_string(i), 0, "RUS", "042",
                                 "UKR", "2024-01-01"));
    ASSERT_TRUE(*store->Put(r));
  }
  EXPECT_FALSE(*store->Put(MakeDoc("doc3")));  // seen inside the same batch
  // A bad document inside a batch is undone alone.
  DocumentResult bad = MakeDoc("bad");
  bad.sentences.push_back(bad.sentences[0]);
  EXPECT_FALSE(store->Put(bad).ok());
  // Another connection does not see the batch before it commits.
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM documents"), "0");
  ASSERT_TRUE(store->CommitBatch().ok());
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM documents"), "10");
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM events"), "10");
  EXPECT_EQ(store->Stats()->documents, 10);
  // Puts after the batch commit on their own again.
  ASSERT_TRUE(*store->Put(MakeDoc("after")));
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM documents"), "11");
}

TEST(SqliteStoreTest, UncommittedBatchIsDroppedWithTheStore) {
  TempPath tmp("dropped");
  {
    std::unique_ptr<Store> store = std::move(Store::Open(tmp.path()).value());
    ASSERT_TRUE(*store->Put(MakeDoc("kept")));
    ASSERT_TRUE(store->BeginBatch().ok());
    ASSERT_TRUE(*store->Put(MakeDoc("lost")));
  }
  std::unique_ptr<Store> store = std::move(Store::Open(tmp.path()).value());
  EXPECT_EQ(store->Stats()->documents, 1);
  EXPECT_TRUE(store->CleanText("kept").ok());
  EXPECT_FALSE(store->CleanText("lost").ok());
}

TEST(SqliteStoreTest, FailuresAreRecordedOncePerPathAndMessage) {
  TempPath tmp("failures");
  std::unique_ptr<Store> store = std::move(Store::Open(tmp.path()).value());
  ASSERT_TRUE(store->PutFailure("/in/a.html", DataLossError("truncated gzip")).ok());
  ASSERT_TRUE(store->PutFailure("/in/a.html", DataLossError("truncated gzip")).ok());
  ASSERT_TRUE(store->PutFailure("/in/a.html", IoError("permission denied")).ok());
  ASSERT_TRUE(store->PutFailure("/in/b.warc", InvalidArgumentError("bad record")).ok());
  EXPECT_EQ(store->PutFailure("/in/c", Status::Ok()).code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM failures"), "3");
  EXPECT_EQ(
      RawSql(tmp.path(),
             "SELECT code || ' ' || message FROM failures WHERE path = '/in/b.warc'"),
      "InvalidArgument bad record");
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM failures WHERE at LIKE '20__-%Z'"),
            "3");
}

TEST(SqliteStoreTest, DocumentColumnsAndWarningsJson) {
  TempPath tmp("columns");
  std::unique_ptr<Store> store = std::move(Store::Open(tmp.path()).value());
  DocumentResult r = MakeDoc("doc");
  ASSERT_TRUE(*store->Put(r));
  EXPECT_EQ(
      RawSql(tmp.path(),
             "SELECT path || '|' || format || '|' || title || '|' || date || '|' || "
             "author || '|' || sitename || '|' || language || '|' || url || '|' || "
             "raw_size FROM documents"),
      r.raw.path + "|html|" + r.article.title + "|2024-03-01|A. Writer|" +
          "Example News|en|" + r.article.url + "|" + std::to_string(r.raw.raw.size()));
  EXPECT_EQ(RawSql(tmp.path(), "SELECT json_valid(warnings) FROM documents"), "1");
  EXPECT_EQ(RawSql(tmp.path(), "SELECT warnings ->> 1 FROM documents"),
            r.raw.warnings[1]);
  EXPECT_EQ(RawSql(tmp.path(), "SELECT ingested_at LIKE '20__-__-__T%Z' FROM documents"),
            "1");
}

}  // namespace
}  // namespace chronicle
