// store/sqlite_store.h: the Store interface implemented on one SQLite file.
//
//   CHRONICLE_ASSIGN_OR_RETURN(std::unique_ptr<Store> store,
//                              SqliteStore::Open("events.db"));
//   CHRONICLE_RETURN_IF_ERROR(store->BeginBatch());
//   for (const DocumentResult& r : results) {
//     CHRONICLE_ASSIGN_OR_RETURN(bool added, store->Put(r));
//   }
//   CHRONICLE_RETURN_IF_ERROR(store->CommitBatch());
//
// Store::Open() forwards here. Files are opened in WAL mode with
// synchronous=NORMAL (a committed batch survives a process crash; a power
// loss may lose the last commits but never corrupts the file) and foreign
// keys on. Every write is a transaction: a Put on its own, or all Puts
// between BeginBatch() and CommitBatch(); a Put that fails inside a batch is
// undone alone (savepoint) and the batch goes on. A batch that is never
// committed (crash, or the Store destroyed first) leaves no trace.
//
// Statements are prepared once per Store and reused.
// Thread safety: not thread-safe (see Store). Several processes may share a
// file; a writer waits up to kBusyTimeoutMs for another writer's lock.
#pragma once

#include <sqlite3.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "chronicle/store.h"
#include "store/internal/statement.h"

namespace chronicle {

class SqliteStore final : public Store {
 public:
  static constexpr int kBusyTimeoutMs = 5000;

  // See Store::Open. ":memory:" (or "") gives a private in-memory store.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  ~SqliteStore() override;

  // Errors: InvalidArgument if the result has no document id, or an event
  // without id or of another document; otherwise as SQLite reports them.
  StatusOr<bool> Put(const DocumentResult& result) override;
  // FailedPrecondition if a batch is already open.
  Status BeginBatch() override;
  // FailedPrecondition if no batch is open. If the commit fails, the batch is
  // rolled back and the error returned.
  Status CommitBatch() override;
  // Same (path, message) twice keeps one row with the latest time and code.
  // InvalidArgument if `error` is OK.
  Status PutFailure(const std::string& path, const Status& error) override;
  // limit < 0: no limit. Prefixes compare bytes (case-sensitive).
  StatusOr<std::vector<Event>> Query(const EventQuery& query) override;
  StatusOr<std::string> CleanText(const std::string& doc_id) override;
  StatusOr<StoreStats> Stats() override;

 private:
  using Statement = store_internal::Statement;

  struct CloseDb {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
  };

  SqliteStore(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  Status Configure();
  Status PrepareStatements();
  StatusOr<bool> WriteDocument(const DocumentResult& result);
  Status WriteSentence(const std::string& doc_id, int index, const std::string& text,
                       Span span, Statement& st);
  Status WriteEvent(const Event& e);
  // Rolls back the current Put (savepoint or whole transaction).
  void UndoPut();
  StatusOr<Statement*> QueryStatement(const EventQuery& query);

  // Declared first so that it is destroyed last, after every statement;
  // closing rolls back a batch that was never committed.
  std::unique_ptr<sqlite3, CloseDb> db_;
  std::string path_;
  bool in_batch_ = false;

  Statement begin_, commit_, rollback_;
  Statement savepoint_, release_, rollback_to_;
  Statement insert_document_, insert_sentence_, insert_event_sentence_;
  Statement insert_event_, insert_failure_, clean_text_, stats_;
  // Query statements by SQL text: one per combination of filters.
  std::unordered_map<std::string, Statement> queries_;
};

}  // namespace chronicle
