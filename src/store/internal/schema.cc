// Opening a file runs, in order:
//   1. a read of sqlite_master, which fails on files that are not SQLite;
//   2. if there are no tables: BEGIN IMMEDIATE, re-check (another process may
//      have created the schema meanwhile), create everything, COMMIT;
//   3. otherwise: application_id and meta.schema_version must match.
// All DDL runs in one transaction, so a crash never leaves half a schema.
#include "store/internal/schema.h"

#include <charconv>

#include "store/internal/statement.h"

namespace chronicle::store_internal {
namespace {

// Empty strings, not NULLs, stand for "absent" in every TEXT column, so that
// values read back equal the values put.
constexpr char kSchemaSql[] = R"sql(
CREATE TABLE meta (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE documents (
  id          TEXT PRIMARY KEY NOT NULL,
  path        TEXT NOT NULL,
  format      TEXT NOT NULL,
  title       TEXT NOT NULL,
  date        TEXT NOT NULL,
  author      TEXT NOT NULL,
  sitename    TEXT NOT NULL,
  language    TEXT NOT NULL,
  url         TEXT NOT NULL,
  raw_size    INTEGER NOT NULL,
  clean_text  TEXT NOT NULL,
  warnings    TEXT NOT NULL DEFAULT '[]',
  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);

CREATE TABLE sentences (
  doc_id     TEXT NOT NULL REFERENCES documents(id),
  idx        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  span_begin INTEGER NOT NULL,
  span_end   INTEGER NOT NULL,
  PRIMARY KEY (doc_id, idx)
) WITHOUT ROWID;

CREATE TABLE events (
  id           TEXT PRIMARY KEY NOT NULL,
  doc_id       TEXT NOT NULL REFERENCES documents(id),
  sentence_idx INTEGER NOT NULL,
  date         TEXT NOT NULL,
  source_code  TEXT NOT NULL,
  source_text  TEXT NOT NULL,
  source_begin INTEGER NOT NULL,
  source_end   INTEGER NOT NULL,
  target_code  TEXT NOT NULL,
  target_text  TEXT NOT NULL,
  target_begin INTEGER NOT NULL,
  target_end   INTEGER NOT NULL,
  cameo        TEXT NOT NULL,
  root         TEXT NOT NULL,
  quad_class   INTEGER NOT NULL,
  goldstein    REAL NOT NULL,
  plover       TEXT NOT NULL,
  verb_text    TEXT NOT NULL,
  verb_begin   INTEGER NOT NULL,
  verb_end     INTEGER NOT NULL,
  pattern      TEXT NOT NULL,
  version      TEXT NOT NULL,
  dict_hash    TEXT NOT NULL,
  FOREIGN KEY (doc_id, sentence_idx) REFERENCES sentences(doc_id, idx)
);
CREATE INDEX events_by_doc    ON events(doc_id, sentence_idx, id);
CREATE INDEX events_by_date   ON events(date);
CREATE INDEX events_by_cameo  ON events(cameo);
CREATE INDEX events_by_source ON events(source_code);
CREATE INDEX events_by_target ON events(target_code);

CREATE TABLE failures (
  path    TEXT NOT NULL,
  code    TEXT NOT NULL,
  message TEXT NOT NULL,
  at      TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (path, message)
) WITHOUT ROWID;
)sql";

StatusOr<int64_t> QueryInt(sqlite3* db, const char* sql) {
  CHRONICLE_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db, sql, false));
  CHRONICLE_ASSIGN_OR_RETURN(bool row, st.Step());
  return row ? st.ColumnInt64(0) : 0;
}

Status NotAStore(const std::string& path, std::string_view why) {
  return IoError(path + ": not a chronicle store (" + std::string(why) + ")");
}

Status CreateSchema(sqlite3* db) {
  CHRONICLE_RETURN_IF_ERROR(Exec(db, kSchemaSql));
  std::string meta = "INSERT INTO meta(key, value) VALUES ('schema_version', '" +
                     std::to_string(kSchemaVersion) +
                     "'); PRAGMA application_id = " + std::to_string(kApplicationId) +
                     ";";
  return Exec(db, meta.c_str());
}

// Steps 2: creates the schema unless someone else did. Returns whether the
// database has tables now that were not made by us (then they need checking).
StatusOr<bool> CreateIfEmpty(sqlite3* db, const std::string& path) {
  CHRONICLE_RETURN_IF_ERROR(Exec(db, "BEGIN IMMEDIATE").WithPrefix(path));
  StatusOr<int64_t> tables = QueryInt(db, "SELECT count(*) FROM sqlite_master");
  Status status = tables.ok() ? Status::Ok() : tables.status();
  if (status.ok() && *tables == 0) status = CreateSchema(db);
  if (status.ok()) status = Exec(db, "COMMIT");
  if (!status.ok()) {
    Exec(db, "ROLLBACK").IgnoreError();
    return status.WithPrefix(path + ": creating the schema");
  }
  return *tables != 0;
}

Status CheckVersion(sqlite3* db, const std::string& path) {
  CHRONICLE_ASSIGN_OR_RETURN(int64_t app_id, QueryInt(db, "PRAGMA application_id"));
  CHRONICLE_ASSIGN_OR_RETURN(
      int64_t has_meta,
      QueryInt(db,
               "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
               "name = 'meta'"));
  if (app_id != kApplicationId || has_meta == 0) {
    return NotAStore(path, "an SQLite database of another kind");
  }
  CHRONICLE_ASSIGN_OR_RETURN(
      Statement st,
      Statement::Prepare(db, "SELECT value FROM meta WHERE key = 'schema_version'",
                         false));
  CHRONICLE_ASSIGN_OR_RETURN(bool row, st.Step());
  if (!row) return NotAStore(path, "no schema_version in meta");
  std::string text = st.ColumnText(0);
  int version = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), version);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return FailedPreconditionError(path + ": unknown schema version \"" + text + "\"");
  }
  if (version > kSchemaVersion) {
    return FailedPreconditionError(
        path + ": schema version " + text + " is newer than this chronicle supports (" +
        std::to_string(kSchemaVersion) + "); use a newer chronicle");
  }
  if (version != kSchemaVersion) {
    return FailedPreconditionError(path + ": schema version " + text +
                                   " is not supported (expected " +
                                   std::to_string(kSchemaVersion) + ")");
  }
  return Status::Ok();
}

}  // namespace

Status CreateOrCheckSchema(sqlite3* db, const std::string& path) {
  // Step 1: the first read of the header is where non-SQLite files fail.
  StatusOr<int64_t> tables = QueryInt(db, "SELECT count(*) FROM sqlite_master");
  if (!tables.ok()) return NotAStore(path, tables.status().message());
  bool check = *tables != 0;
  if (!check) {
    CHRONICLE_ASSIGN_OR_RETURN(check, CreateIfEmpty(db, path));
  }
  if (!check) return Status::Ok();
  return CheckVersion(db, path);
}

}  // namespace chronicle::store_internal
