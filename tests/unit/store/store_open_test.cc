// Opening files: new, reopened, garbage, foreign SQLite, other versions.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <iterator>

#include "chronicle/store.h"
#include "store_test_util.h"

namespace chronicle {
namespace {

using store_test::MakeDoc;
using store_test::MakeEvent;
using store_test::RawSql;
using store_test::TempPath;
using ::testing::HasSubstr;

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

TEST(StoreOpenTest, FileBackedStoreKeepsDataAcrossReopen) {
  TempPath tmp("reopen");
  DocumentResult r = MakeDoc("doc");
  r.events.push_back(MakeEvent("doc", "e", 1, "RUS", "042", "UKR", "2024-01-01"));
  {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    ASSERT_TRUE(*(*store)->Put(r));
  }
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_FALSE(*(*store)->Put(r));
  StatusOr<std::vector<Event>> events = (*store)->Query(EventQuery());
  ASSERT_TRUE(events.ok());
  ASSERT_EQ(events->size(), 1u);
  EXPECT_EQ((*events)[0].sentence, r.events[0].sentence);
  EXPECT_EQ(*(*store)->CleanText("doc"), r.clean_text);
}

TEST(StoreOpenTest, FileIsWalWithSchemaVersion) {
  TempPath tmp("wal");
  ASSERT_TRUE(Store::Open(tmp.path()).ok());
  EXPECT_EQ(RawSql(tmp.path(), "PRAGMA journal_mode"), "wal");
  EXPECT_EQ(RawSql(tmp.path(), "SELECT value FROM meta WHERE key = 'schema_version'"),
            "1");
  EXPECT_EQ(RawSql(tmp.path(), "PRAGMA application_id"), std::to_string(0x4368726e));
  for (const char* index : {"events_by_date", "events_by_cameo", "events_by_source",
                            "events_by_target", "events_by_doc"}) {
    EXPECT_EQ(RawSql(tmp.path(), std::string("SELECT count(*) FROM sqlite_master WHERE "
                                             "type = 'index' AND name = '") +
                                     index + "'"),
              "1")
        << index;
  }
}

TEST(StoreOpenTest, EmptyFileBecomesAStore) {
  TempPath tmp("empty");
  WriteFile(tmp.path(), "");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_TRUE(*(*store)->Put(MakeDoc("doc")));
}

TEST(StoreOpenTest, GarbageFileIsIoErrorNamingPathAndUntouched) {
  TempPath tmp("garbage");
  std::string garbage(8192, '\0');
  for (size_t i = 0; i < garbage.size(); ++i) garbage[i] = static_cast<char>(i * 7 + 3);
  WriteFile(tmp.path(), garbage);
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(tmp.path()));
  EXPECT_THAT(store.status().message(), HasSubstr("not a chronicle store"));
  EXPECT_EQ(ReadFile(tmp.path()), garbage);
}

TEST(StoreOpenTest, TextFileIsIoError) {
  TempPath tmp("text");
  WriteFile(tmp.path(), "This is a news article, not a database.\n");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(tmp.path()));
}

TEST(StoreOpenTest, OtherSqliteDatabaseIsIoError) {
  TempPath tmp("foreign");
  ASSERT_EQ(RawSql(tmp.path(), "CREATE TABLE people(name TEXT)"), "");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(tmp.path()));
  EXPECT_THAT(store.status().message(), HasSubstr("not a chronicle store"));
  EXPECT_EQ(RawSql(tmp.path(), "SELECT count(*) FROM sqlite_master"), "1");
}

TEST(StoreOpenTest, NewerSchemaVersionIsFailedPrecondition) {
  TempPath tmp("newer");
  ASSERT_TRUE(Store::Open(tmp.path()).ok());
  ASSERT_EQ(
      RawSql(tmp.path(), "UPDATE meta SET value = '2' WHERE key = 'schema_version'"), "");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr(tmp.path()));
  EXPECT_THAT(store.status().message(), HasSubstr("schema version 2 is newer"));
}

TEST(StoreOpenTest, UnreadableSchemaVersionIsFailedPrecondition) {
  TempPath tmp("badversion");
  ASSERT_TRUE(Store::Open(tmp.path()).ok());
  ASSERT_EQ(
      RawSql(tmp.path(), "UPDATE meta SET value = 'x1' WHERE key = 'schema_version'"),
      "");
  StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kFailedPrecondition);
  EXPECT_THAT(store.status().message(), HasSubstr("unknown schema version"));
}

TEST(StoreOpenTest, MissingDirectoryIsIoErrorNamingPath) {
  std::string path =
      (std::filesystem::temp_directory_path() / "chronicle_no_such_dir_4711" / "x.db")
          .string();
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(path));
}

TEST(StoreOpenTest, DirectoryIsIoErrorNamingPath) {
  std::string path = std::filesystem::temp_directory_path().string();
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_FALSE(store.ok());
  EXPECT_EQ(store.status().code(), StatusCode::kIoError);
  EXPECT_THAT(store.status().message(), HasSubstr(path));
}

TEST(StoreOpenTest, MemoryStoresArePrivate) {
  StatusOr<std::unique_ptr<Store>> a = Store::Open(":memory:");
  StatusOr<std::unique_ptr<Store>> b = Store::Open(":memory:");
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_TRUE(*(*a)->Put(MakeDoc("doc")));
  EXPECT_EQ((*b)->Stats()->documents, 0);
}

}  // namespace
}  // namespace chronicle
