// store/internal/schema.h: the chronicle store's tables, and the check that
// a file is a chronicle store of a version this code understands.
//
//   CHRONICLE_RETURN_IF_ERROR(store_internal::CreateOrCheckSchema(db, path));
//
// The schema is documented in docs/store-schema.md; change both together
// and bump kSchemaVersion whenever a table or column changes.
// Thread safety: functions take the connection; use it from one thread.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>

#include "chronicle/status.h"

namespace chronicle::store_internal {

// Version written to meta.schema_version by this code.
inline constexpr int kSchemaVersion = 1;

// PRAGMA application_id of chronicle stores ("Chrn"), so that file(1) and
// other tools can tell them apart from other SQLite files.
inline constexpr int32_t kApplicationId = 0x4368726e;

// Creates the tables in an empty database, or checks that an existing one is
// a chronicle store of version kSchemaVersion. Errors name `path`:
//   IoError             not an SQLite file, or an SQLite file of another kind
//   FailedPrecondition  a chronicle store of another (newer/unknown) version
Status CreateOrCheckSchema(sqlite3* db, const std::string& path);

}  // namespace chronicle::store_internal
