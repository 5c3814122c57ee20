// chronicle/store.h: the embedded event store (one SQLite file).
//
// Holds documents (raw bytes' id, path, clean text, metadata), sentences and
// events. Writes are idempotent: putting the same document again (same id)
// changes nothing, so re-running a batch adds nothing twice.
//
//   CHRONICLE_ASSIGN_OR_RETURN(std::unique_ptr<Store> store, Store::Open("x.db"));
//   CHRONICLE_RETURN_IF_ERROR(store->Put(result));
//   EventQuery q; q.actor = "RUS"; q.code_prefix = "04";
//   CHRONICLE_ASSIGN_OR_RETURN(std::vector<Event> events, store->Query(q));
//
// The schema is documented in docs/store-schema.md.
// Thread safety: a Store is not thread-safe; use one per thread, or guard it.
// Several processes may open the same file (SQLite WAL mode).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "chronicle/document.h"
#include "chronicle/event.h"
#include "chronicle/status.h"

namespace chronicle {

// A sentence as stored.
struct SentenceRecord {
  int index = 0;
  std::string text;
  Span span;  // in the original input
};

// Everything the pipeline produced for one document.
struct DocumentResult {
  RawDocument raw;
  Article article;
  std::string clean_text;  // normalised article text the sentences cut
  std::vector<SentenceRecord> sentences;
  std::vector<Event> events;
};

// Filters are ANDed; empty ones are ignored. Prefixes are case-sensitive.
// When `from` or `to` is set, events without a date are excluded.
struct EventQuery {
  std::string actor;        // source or target code starts with this ("RUS")
  std::string code_prefix;  // CAMEO code starts with this ("04")
  std::string from;         // date >= from (YYYY-MM-DD), inclusive
  std::string to;           // date <= to, inclusive
  std::string doc_id;       // only this document
  int64_t limit = -1;       // negative: no limit; 0: nothing
};

struct StoreStats {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t events = 0;
};

class Store {
 public:
  // Opens or creates the database at `path` (":memory:" for a private
  // in-memory store). Returns IoError if the file cannot be opened or is not
  // a chronicle store, FailedPrecondition on an unknown schema version.
  static StatusOr<std::unique_ptr<Store>> Open(const std::string& path);

  virtual ~Store() = default;
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Stores one document with its sentences and events in one transaction.
  // Returns true if it was new, false if the document id was already stored
  // (then nothing is written).
  virtual StatusOr<bool> Put(const DocumentResult& result) = 0;

  // Groups many Puts into one transaction (much faster for batches). Inside
  // a batch a failed Put undoes only its own document; a failed CommitBatch
  // rolls back the whole batch, as does destroying the Store mid-batch.
  virtual Status BeginBatch() = 0;
  virtual Status CommitBatch() = 0;

  // Records a document that could not be processed, with the reason.
  virtual Status PutFailure(const std::string& path, const Status& error) = 0;

  // Events matching `query`, ordered by document, sentence, event id.
  virtual StatusOr<std::vector<Event>> Query(const EventQuery& query) = 0;

  // The stored clean text of a document, NotFound if absent.
  virtual StatusOr<std::string> CleanText(const std::string& doc_id) = 0;

  virtual StatusOr<StoreStats> Stats() = 0;

 protected:
  Store() = default;
};

}  // namespace chronicle
