// store/internal/statement.h: a prepared SQLite statement that owns itself.
//
//   CHRONICLE_ASSIGN_OR_RETURN(Statement st,
//       Statement::Prepare(db, "SELECT clean_text FROM documents WHERE id = ?1"));
//   st.BindText(1, id);
//   CHRONICLE_ASSIGN_OR_RETURN(bool row, st.Step());
//   if (row) text = st.ColumnText(0);
//   st.Reset();
//
// Bind errors (too big, no memory, bad index) are remembered and returned by
// the next Step(), so call sites stay short and no error is lost.
//
// Thread safety: none; a Statement belongs to the connection that made it.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "chronicle/status.h"

namespace chronicle::store_internal {

// A Status for the SQLite result code `rc` on `db`: "<context>: <sqlite
// message>". SQLITE_CORRUPT/NOTADB -> DataLoss, FULL/NOMEM -> ResourceExhausted,
// CONSTRAINT/MISMATCH/TOOBIG/RANGE -> InvalidArgument, IO/BUSY/LOCKED/READONLY/
// CANTOPEN/PERM -> IoError, anything else -> Internal.
Status SqliteError(sqlite3* db, int rc, std::string_view context);

// Runs one or more SQL statements that return no rows we need.
Status Exec(sqlite3* db, const char* sql);

class Statement {
 public:
  // Compiles `sql` (one statement). `persistent` hints SQLite that the
  // statement will be reused many times.
  static StatusOr<Statement> Prepare(sqlite3* db, std::string_view sql,
                                     bool persistent = true);

  Statement() = default;
  ~Statement();
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&& other) noexcept;
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Parameters are 1-based, as in SQLite. Values are copied.
  void BindText(int index, std::string_view value);
  void BindInt64(int index, int64_t value);
  void BindDouble(int index, double value);
  // Index of the named parameter ":name", 0 if absent.
  int ParameterIndex(const char* name) const;

  // Advances: true if a row is available, false when done.
  StatusOr<bool> Step();
  // Step() expecting no rows (INSERT, UPDATE, transaction control).
  Status Run();
  // Makes the statement ready for new bindings and releases its locks.
  void Reset();

  std::string ColumnText(int column) const;
  int64_t ColumnInt64(int column) const;
  double ColumnDouble(int column) const;

 private:
  explicit Statement(sqlite3_stmt* stmt) : stmt_(stmt) {}
  void NoteBind(int rc);

  sqlite3_stmt* stmt_ = nullptr;
  int bind_rc_ = SQLITE_OK;  // first failed bind since Reset()
};

// Resets a statement when leaving scope, so that an early return never
// leaves a read transaction open.
class ResetOnExit {
 public:
  explicit ResetOnExit(Statement& st) : st_(st) {}
  ~ResetOnExit() { st_.Reset(); }
  ResetOnExit(const ResetOnExit&) = delete;
  ResetOnExit& operator=(const ResetOnExit&) = delete;

 private:
  Statement& st_;
};

}  // namespace chronicle::store_internal
