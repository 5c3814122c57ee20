// Write path: Put() = [BEGIN IMMEDIATE | SAVEPOINT] INSERT OR IGNORE document;
// if no row was inserted the id is known and Put returns false having
// written nothing. Otherwise the sentences, then for every event its
// sentence (INSERT OR IGNORE, so an event whose sentence the caller did not
// list still gets one and the JOIN in Query() always finds it) and the event
// (INSERT OR IGNORE on the event id) are written; then COMMIT or RELEASE.
// Any error undoes exactly this Put.
//
// Read path: Query() builds its SQL from the filters that are set (so that
// SQLite can use the index of each), caches the prepared statement by SQL
// text (at most 2^5 variants) and binds the values. Prefix filters are range
// scans: code >= prefix AND code < successor(prefix), byte-wise.
#include "store/sqlite_store.h"

#include <utility>

#include "store/internal/schema.h"

namespace chronicle {
namespace {

using store_internal::Exec;
using store_internal::ResetOnExit;
using store_internal::SqliteError;
using store_internal::Statement;

constexpr char kInsertDocument[] =
    "INSERT OR IGNORE INTO documents(id, path, format, title, date, author, sitename, "
    "language, url, raw_size, clean_text, warnings) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
constexpr char kInsertSentence[] =
    "INSERT INTO sentences(doc_id, idx, text, span_begin, span_end) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kInsertEventSentence[] =
    "INSERT OR IGNORE INTO sentences(doc_id, idx, text, span_begin, span_end) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr char kInsertEvent[] =
    "INSERT OR IGNORE INTO events(id, doc_id, sentence_idx, date, "
    "source_code, source_text, source_begin, source_end, "
    "target_code, target_text, target_begin, target_end, "
    "cameo, root, quad_class, goldstein, plover, verb_text, verb_begin, verb_end, "
    "pattern, version, dict_hash) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, "
    "?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)";
constexpr char kInsertFailure[] =
    "INSERT INTO failures(path, code, message) VALUES (?1, ?2, ?3) "
    "ON CONFLICT(path, message) DO UPDATE SET code = excluded.code, at = excluded.at";
constexpr char kSelectEvents[] =
    "SELECT e.id, e.doc_id, e.sentence_idx, coalesce(s.text, ''), "
    "coalesce(s.span_begin, 0), coalesce(s.span_end, 0), e.date, "
    "e.source_code, e.source_text, e.source_begin, e.source_end, "
    "e.target_code, e.target_text, e.target_begin, e.target_end, "
    "e.cameo, e.root, e.quad_class, e.goldstein, e.plover, "
    "e.verb_text, e.verb_begin, e.verb_end, e.pattern, e.version, e.dict_hash "
    "FROM events e LEFT JOIN sentences s "
    "ON s.doc_id = e.doc_id AND s.idx = e.sentence_idx WHERE 1";

const char* FormatName(InputFormat format) {
  switch (format) {
    case InputFormat::kAuto:
      return "auto";
    case InputFormat::kHtml:
      return "html";
    case InputFormat::kText:
      return "text";
  }
  return "unknown";
}

// A JSON array of strings: ["a","b\n"].
std::string JsonStringArray(const std::vector<std::string>& items) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "[";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    out += '"';
    for (unsigned char c : items[i]) {
      switch (c) {
        case '"':
          out += "\\\"";
          break;
        case '\\':
          out += "\\\\";
          break;
        case '\n':
          out += "\\n";
          break;
        case '\r':
          out += "\\r";
          break;
        case '\t':
          out += "\\t";
          break;
        default:
          if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
          } else {
            out += static_cast<char>(c);
          }
      }
    }
    out += '"';
  }
  out += ']';
  return out;
}

// The smallest string greater than every string starting with `prefix`, or
// "" if there is none (prefix empty or all 0xff bytes).
std::string PrefixSuccessor(std::string prefix) {
  while (!prefix.empty()) {
    unsigned char last = static_cast<unsigned char>(prefix.back());
    if (last != 0xff) {
      prefix.back() = static_cast<char>(last + 1);
      return prefix;
    }
    prefix.pop_back();
  }
  return prefix;
}

// "(col >= :p_lo AND col < :p_hi)", without the upper bound if `hi` is "".
std::string PrefixClause(const char* column, const char* param, const std::string& hi) {
  std::string s = "(";
  s += column;
  s += " >= :";
  s += param;
  s += "_lo";
  if (!hi.empty()) {
    s += " AND ";
    s += column;
    s += " < :";
    s += param;
    s += "_hi";
  }
  s += ")";
  return s;
}

void BindNamed(Statement& st, const char* name, const std::string& value) {
  int index = st.ParameterIndex(name);
  if (index > 0) st.BindText(index, value);
}

void BindActor(Statement& st, int first, const ActorRef& actor) {
  st.BindText(first, actor.code);
  st.BindText(first + 1, actor.text);
  st.BindInt64(first + 2, actor.span.begin);
  st.BindInt64(first + 3, actor.span.end);
}

ActorRef ReadActor(const Statement& st, int first) {
  ActorRef a;
  a.code = st.ColumnText(first);
  a.text = st.ColumnText(first + 1);
  a.span.begin = static_cast<uint32_t>(st.ColumnInt64(first + 2));
  a.span.end = static_cast<uint32_t>(st.ColumnInt64(first + 3));
  return a;
}

// One row of kSelectEvents.
Event ReadEvent(const Statement& st) {
  Event e;
  e.id = st.ColumnText(0);
  e.doc_id = st.ColumnText(1);
  e.sentence_index = static_cast<int>(st.ColumnInt64(2));
  e.sentence = st.ColumnText(3);
  e.sentence_span.begin = static_cast<uint32_t>(st.ColumnInt64(4));
  e.sentence_span.end = static_cast<uint32_t>(st.ColumnInt64(5));
  e.date = st.ColumnText(6);
  e.source = ReadActor(st, 7);
  e.target = ReadActor(st, 11);
  e.cameo = st.ColumnText(15);
  e.root = st.ColumnText(16);
  e.quad_class = static_cast<int>(st.ColumnInt64(17));
  e.goldstein = st.ColumnDouble(18);
  e.plover = st.ColumnText(19);
  e.verb.text = st.ColumnText(20);
  e.verb.span.begin = static_cast<uint32_t>(st.ColumnInt64(21));
  e.verb.span.end = static_cast<uint32_t>(st.ColumnInt64(22));
  e.pattern = st.ColumnText(23);
  e.version = st.ColumnText(24);
  e.dict_hash = st.ColumnText(25);
  return e;
}

Status Validate(const DocumentResult& result) {
  const std::string& id = result.raw.id;
  if (id.empty()) return InvalidArgumentError("document without id: " + result.raw.path);
  for (const Event& e : result.events) {
    if (e.id.empty()) return InvalidArgumentError("event without id in document " + id);
    if (e.doc_id != id) {
      return InvalidArgumentError("event " + e.id + " names document \"" + e.doc_id +
                                  "\" but is stored with document " + id);
    }
  }
  return Status::Ok();
}

}  // namespace

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path) {
  return SqliteStore::Open(path);
}

StatusOr<std::unique_ptr<Store>> SqliteStore::Open(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
      nullptr);
  // The store owns the handle from here on, even if opening failed.
  std::unique_ptr<SqliteStore> store(new SqliteStore(db, path));
  if (rc != SQLITE_OK) {
    return IoError(path + ": cannot open: " +
                   (db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
  }
  CHRONICLE_RETURN_IF_ERROR(store->Configure());
  CHRONICLE_RETURN_IF_ERROR(store->PrepareStatements().WithPrefix(path));
  return std::unique_ptr<Store>(std::move(store));
}

SqliteStore::~SqliteStore() = default;

Status SqliteStore::Configure() {
  sqlite3_busy_timeout(db_.get(), kBusyTimeoutMs);
  CHRONICLE_RETURN_IF_ERROR(store_internal::CreateOrCheckSchema(db_.get(), path_));
  bool memory = path_.empty() || path_ == ":memory:";
  Status s =
      Exec(db_.get(), memory ? "PRAGMA foreign_keys = ON"
                             : "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; "
                               "PRAGMA journal_mode = WAL");
  return s.WithPrefix(path_);
}

Status SqliteStore::PrepareStatements() {
  struct Entry {
    Statement* st;
    const char* sql;
  };
  const Entry entries[] = {
      {&begin_, "BEGIN IMMEDIATE"},
      {&commit_, "COMMIT"},
      {&rollback_, "ROLLBACK"},
      {&savepoint_, "SAVEPOINT chronicle_put"},
      {&release_, "RELEASE chronicle_put"},
      {&rollback_to_, "ROLLBACK TO chronicle_put"},
      {&insert_document_, kInsertDocument},
      {&insert_sentence_, kInsertSentence},
      {&insert_event_sentence_, kInsertEventSentence},
      {&insert_event_, kInsertEvent},
      {&insert_failure_, kInsertFailure},
      {&clean_text_, "SELECT clean_text FROM documents WHERE id = ?1"},
      {&stats_,
       "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), "
       "(SELECT count(*) FROM events)"},
  };
  for (const Entry& e : entries) {
    CHRONICLE_ASSIGN_OR_RETURN(*e.st, Statement::Prepare(db_.get(), e.sql));
  }
  return Status::Ok();
}

StatusOr<bool> SqliteStore::Put(const DocumentResult& result) {
  CHRONICLE_RETURN_IF_ERROR(Validate(result));
  CHRONICLE_RETURN_IF_ERROR(in_batch_ ? savepoint_.Run() : begin_.Run());
  StatusOr<bool> added = WriteDocument(result);
  Status status =
      added.ok() ? (in_batch_ ? release_.Run() : commit_.Run()) : added.status();
  if (!status.ok()) {
    UndoPut();
    return status.WithPrefix("storing document " + result.raw.id);
  }
  return added;
}

void SqliteStore::UndoPut() {
  if (in_batch_) {
    rollback_to_.Run().IgnoreError();
    release_.Run().IgnoreError();
    // Some errors (disk full, I/O) make SQLite roll back the whole
    // transaction; then the batch is gone and we are back in autocommit.
    if (sqlite3_get_autocommit(db_.get())) in_batch_ = false;
  } else if (!sqlite3_get_autocommit(db_.get())) {
    rollback_.Run().IgnoreError();
  }
}

StatusOr<bool> SqliteStore::WriteDocument(const DocumentResult& r) {
  Statement& st = insert_document_;
  st.BindText(1, r.raw.id);
  st.BindText(2, r.raw.path);
  st.BindText(3, FormatName(r.article.format));
  st.BindText(4, r.article.title);
  st.BindText(5, r.article.date);
  st.BindText(6, r.article.author);
  st.BindText(7, r.article.sitename);
  st.BindText(8, r.article.language);
  st.BindText(9, r.article.url);
  st.BindInt64(10, static_cast<int64_t>(r.raw.raw.size()));
  st.BindText(11, r.clean_text);
  st.BindText(12, JsonStringArray(r.raw.warnings));
  CHRONICLE_RETURN_IF_ERROR(st.Run());
  if (sqlite3_changes(db_.get()) == 0) return false;  // already stored
  for (const SentenceRecord& s : r.sentences) {
    CHRONICLE_RETURN_IF_ERROR(
        WriteSentence(r.raw.id, s.index, s.text, s.span, insert_sentence_));
  }
  for (const Event& e : r.events) {
    CHRONICLE_RETURN_IF_ERROR(WriteSentence(r.raw.id, e.sentence_index, e.sentence,
                                            e.sentence_span, insert_event_sentence_));
    CHRONICLE_RETURN_IF_ERROR(WriteEvent(e));
  }
  return true;
}

Status SqliteStore::WriteSentence(const std::string& doc_id, int index,
                                  const std::string& text, Span span, Statement& st) {
  st.BindText(1, doc_id);
  st.BindInt64(2, index);
  st.BindText(3, text);
  st.BindInt64(4, span.begin);
  st.BindInt64(5, span.end);
  return st.Run();
}

Status SqliteStore::WriteEvent(const Event& e) {
  Statement& st = insert_event_;
  st.BindText(1, e.id);
  st.BindText(2, e.doc_id);
  st.BindInt64(3, e.sentence_index);
  st.BindText(4, e.date);
  BindActor(st, 5, e.source);
  BindActor(st, 9, e.target);
  st.BindText(13, e.cameo);
  st.BindText(14, e.root);
  st.BindInt64(15, e.quad_class);
  st.BindDouble(16, e.goldstein);
  st.BindText(17, e.plover);
  st.BindText(18, e.verb.text);
  st.BindInt64(19, e.verb.span.begin);
  st.BindInt64(20, e.verb.span.end);
  st.BindText(21, e.pattern);
  st.BindText(22, e.version);
  st.BindText(23, e.dict_hash);
  return st.Run();
}

Status SqliteStore::BeginBatch() {
  if (in_batch_) return FailedPreconditionError("BeginBatch: a batch is already open");
  CHRONICLE_RETURN_IF_ERROR(begin_.Run().WithPrefix("BeginBatch"));
  in_batch_ = true;
  return Status::Ok();
}

Status SqliteStore::CommitBatch() {
  if (!in_batch_) return FailedPreconditionError("CommitBatch: no batch is open");
  in_batch_ = false;
  Status status = commit_.Run();
  if (!status.ok()) {
    if (!sqlite3_get_autocommit(db_.get())) rollback_.Run().IgnoreError();
    return status.WithPrefix("CommitBatch (batch rolled back)");
  }
  return Status::Ok();
}

Status SqliteStore::PutFailure(const std::string& path, const Status& error) {
  if (error.ok()) return InvalidArgumentError("PutFailure: status is OK for " + path);
  insert_failure_.BindText(1, path);
  insert_failure_.BindText(2, StatusCodeName(error.code()));
  insert_failure_.BindText(3, error.message());
  return insert_failure_.Run().WithPrefix("recording failure of " + path);
}

StatusOr<Statement*> SqliteStore::QueryStatement(const EventQuery& q) {
  std::string sql = kSelectEvents;
  if (!q.actor.empty()) {
    std::string hi = PrefixSuccessor(q.actor);
    sql += " AND (" + PrefixClause("e.source_code", "actor", hi) + " OR " +
           PrefixClause("e.target_code", "actor", hi) + ")";
  }
  if (!q.code_prefix.empty()) {
    sql += " AND " + PrefixClause("e.cameo", "code", PrefixSuccessor(q.code_prefix));
  }
  if (!q.from.empty() || !q.to.empty()) sql += " AND e.date <> ''";
  if (!q.from.empty()) sql += " AND e.date >= :from";
  if (!q.to.empty()) sql += " AND e.date <= :to";
  if (!q.doc_id.empty()) sql += " AND e.doc_id = :doc_id";
  sql += " ORDER BY e.doc_id, e.sentence_idx, e.id LIMIT :limit";
  auto it = queries_.find(sql);
  if (it == queries_.end()) {
    CHRONICLE_ASSIGN_OR_RETURN(Statement st, Statement::Prepare(db_.get(), sql));
    it = queries_.emplace(std::move(sql), std::move(st)).first;
  }
  return &it->second;
}

StatusOr<std::vector<Event>> SqliteStore::Query(const EventQuery& q) {
  CHRONICLE_ASSIGN_OR_RETURN(Statement * st, QueryStatement(q));
  ResetOnExit reset(*st);
  BindNamed(*st, ":actor_lo", q.actor);
  BindNamed(*st, ":actor_hi", PrefixSuccessor(q.actor));
  BindNamed(*st, ":code_lo", q.code_prefix);
  BindNamed(*st, ":code_hi", PrefixSuccessor(q.code_prefix));
  BindNamed(*st, ":from", q.from);
  BindNamed(*st, ":to", q.to);
  BindNamed(*st, ":doc_id", q.doc_id);
  st->BindInt64(st->ParameterIndex(":limit"), q.limit < 0 ? -1 : q.limit);
  std::vector<Event> events;
  while (true) {
    StatusOr<bool> row = st->Step();
    if (!row.ok()) return row.status().WithPrefix("Query");
    if (!*row) break;
    events.push_back(ReadEvent(*st));
  }
  return events;
}

StatusOr<std::string> SqliteStore::CleanText(const std::string& doc_id) {
  ResetOnExit reset(clean_text_);
  clean_text_.BindText(1, doc_id);
  StatusOr<bool> row = clean_text_.Step();
  if (!row.ok()) return row.status().WithPrefix("CleanText");
  if (!*row) return NotFoundError("no document " + doc_id);
  return clean_text_.ColumnText(0);
}

StatusOr<StoreStats> SqliteStore::Stats() {
  ResetOnExit reset(stats_);
  StatusOr<bool> row = stats_.Step();
  if (!row.ok()) return row.status().WithPrefix("Stats");
  StoreStats stats;
  stats.documents = stats_.ColumnInt64(0);
  stats.sentences = stats_.ColumnInt64(1);
  stats.events = stats_.ColumnInt64(2);
  return stats;
}

}  // namespace chronicle
