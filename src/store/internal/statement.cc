#include "store/internal/statement.h"

#include <limits>
#include <utility>

namespace chronicle::store_internal {

Status SqliteError(sqlite3* db, int rc, std::string_view context) {
  std::string message(context);
  message += ": ";
  // The connection's message is more specific, but only if it belongs to rc.
  if (db != nullptr && sqlite3_errcode(db) == rc) {
    message += sqlite3_errmsg(db);
  } else {
    message += sqlite3_errstr(rc);
  }
  switch (rc & 0xff) {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return DataLossError(std::move(message));
    case SQLITE_FULL:
    case SQLITE_NOMEM:
      return ResourceExhaustedError(std::move(message));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_TOOBIG:
    case SQLITE_RANGE:
      return InvalidArgumentError(std::move(message));
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return IoError(std::move(message));
    default:
      return InternalError(std::move(message));
  }
}

Status Exec(sqlite3* db, const char* sql) {
  int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  if (rc != SQLITE_OK) return SqliteError(db, rc, sql);
  return Status::Ok();
}

StatusOr<Statement> Statement::Prepare(sqlite3* db, std::string_view sql,
                                       bool persistent) {
  if (sql.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return InvalidArgumentError("SQL text too long");
  }
  sqlite3_stmt* stmt = nullptr;
  int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                              persistent ? SQLITE_PREPARE_PERSISTENT : 0, &stmt, nullptr);
  if (rc != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return SqliteError(db, rc, "prepare");
  }
  return Statement(stmt);
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement::Statement(Statement&& other) noexcept
    : stmt_(std::exchange(other.stmt_, nullptr)), bind_rc_(other.bind_rc_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(stmt_);
    stmt_ = std::exchange(other.stmt_, nullptr);
    bind_rc_ = other.bind_rc_;
  }
  return *this;
}

void Statement::NoteBind(int rc) {
  if (rc != SQLITE_OK && bind_rc_ == SQLITE_OK) bind_rc_ = rc;
}

void Statement::BindText(int index, std::string_view value) {
  NoteBind(sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT,
                               SQLITE_UTF8));
}

void Statement::BindInt64(int index, int64_t value) {
  NoteBind(sqlite3_bind_int64(stmt_, index, value));
}

void Statement::BindDouble(int index, double value) {
  NoteBind(sqlite3_bind_double(stmt_, index, value));
}

int Statement::ParameterIndex(const char* name) const {
  return sqlite3_bind_parameter_index(stmt_, name);
}

StatusOr<bool> Statement::Step() {
  sqlite3* db = sqlite3_db_handle(stmt_);
  if (bind_rc_ != SQLITE_OK) return SqliteError(db, bind_rc_, "bind");
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Name the statement by its first words; the full SQL can be long.
  std::string_view sql = sqlite3_sql(stmt_);
  return SqliteError(db, rc, sql.substr(0, sql.find_first_of("(\n")));
}

Status Statement::Run() {
  StatusOr<bool> row = Step();
  Reset();
  if (!row.ok()) return row.status();
  if (*row) return InternalError("statement returned rows unexpectedly");
  return Status::Ok();
}

void Statement::Reset() {
  // sqlite3_reset repeats the last step's error, which Step already reported.
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  bind_rc_ = SQLITE_OK;
}

std::string Statement::ColumnText(int column) const {
  const unsigned char* text = sqlite3_column_text(stmt_, column);
  int size = sqlite3_column_bytes(stmt_, column);
  if (text == nullptr) return std::string();
  return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(size));
}

int64_t Statement::ColumnInt64(int column) const {
  return sqlite3_column_int64(stmt_, column);
}

double Statement::ColumnDouble(int column) const {
  return sqlite3_column_double(stmt_, column);
}

}  // namespace chronicle::store_internal
