// Crash consistency: a process that dies in the middle of a batch leaves
// nothing of that batch behind, and a re-run stores every document once.
// The dying process is a fork()ed child that calls _exit() without
// committing, so no destructor or atexit handler gets to clean up. The
// documents are large enough (~5 MB in all) that SQLite spills uncommitted
// pages into the WAL before the crash, so recovery has real work to do.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "chronicle/store.h"
#include "store_test_util.h"

namespace chronicle {
namespace {

using store_test::MakeDoc;
using store_test::MakeEvent;
using store_test::RawSql;
using store_test::TempPath;

constexpr int kDocs = 40;

DocumentResult Doc(int i) {
  DocumentResult r = MakeDoc("doc" + std::to_string(i));
  r.clean_text += std::string(128 * 1024, static_cast<char>('a' + i % 26));
  r.events.push_back(
      MakeEvent(r.raw.id, "e" + std::to_string(i), 1, "RUS", "042", "UKR", "2024-01-01"));
  return r;
}

// In the child: Put docs [0, committed) in one committed batch, then
// [committed, kDocs) in a batch that is never committed, then die.
// Exit codes other than 0 mean the child failed before crashing on purpose.
[[noreturn]] void ChildIngestsAndDies(const std::string& path, int committed) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  if (!store.ok()) _exit(2);
  if (committed > 0) {
    if (!(*store)->BeginBatch().ok()) _exit(3);
    for (int i = 0; i < committed; ++i) {
      if (!(*store)->Put(Doc(i)).ok()) _exit(4);
    }
    if (!(*store)->CommitBatch().ok()) _exit(5);
  }
  if (!(*store)->BeginBatch().ok()) _exit(6);
  for (int i = committed; i < kDocs; ++i) {
    if (!(*store)->Put(Doc(i)).ok()) _exit(7);
  }
  _exit(0);  // crash: no commit, no destructors
}

void RunChild(const std::string& path, int committed) {
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) ChildIngestsAndDies(path, committed);
  int wstatus = 0;
  ASSERT_EQ(waitpid(pid, &wstatus, 0), pid);
  ASSERT_TRUE(WIFEXITED(wstatus));
  ASSERT_EQ(WEXITSTATUS(wstatus), 0);
}

void ExpectRerunStoresEachOnce(const std::string& path, int already) {
  StatusOr<std::unique_ptr<Store>> store = Store::Open(path);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  EXPECT_EQ((*store)->Stats()->documents, already);
  ASSERT_TRUE((*store)->BeginBatch().ok());
  for (int i = 0; i < kDocs; ++i) {
    StatusOr<bool> added = (*store)->Put(Doc(i));
    ASSERT_TRUE(added.ok()) << added.status().ToString();
    EXPECT_EQ(*added, i >= already) << i;
  }
  ASSERT_TRUE((*store)->CommitBatch().ok());
  StatusOr<StoreStats> stats = (*store)->Stats();
  EXPECT_EQ(stats->documents, kDocs);
  EXPECT_EQ(stats->events, kDocs);
  EXPECT_EQ(stats->sentences, 3 * kDocs);
  EXPECT_EQ(RawSql(path, "PRAGMA integrity_check"), "ok");
}

TEST(StoreCrashTest, UncommittedBatchLeavesNothing) {
  TempPath tmp("crash");
  RunChild(tmp.path(), /*committed=*/0);
  // The uncommitted pages reached the WAL: recovery must skip them.
  std::error_code ec;
  EXPECT_GT(std::filesystem::file_size(tmp.path() + "-wal", ec), 1u << 20);
  EXPECT_EQ(RawSql(tmp.path(), "PRAGMA integrity_check"), "ok");
  ExpectRerunStoresEachOnce(tmp.path(), 0);
}

TEST(StoreCrashTest, CommittedBatchSurvivesLaterCrash) {
  TempPath tmp("crash_partial");
  RunChild(tmp.path(), /*committed=*/15);
  {
    StatusOr<std::unique_ptr<Store>> store = Store::Open(tmp.path());
    ASSERT_TRUE(store.ok()) << store.status().ToString();
    EXPECT_TRUE((*store)->CleanText("doc14").ok());
    EXPECT_FALSE((*store)->CleanText("doc15").ok());
  }
  ExpectRerunStoresEachOnce(tmp.path(), 15);
}

}  // namespace
}  // namespace chronicle
