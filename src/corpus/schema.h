// The corpus schema and its migrations (docs/corpus.md). The database's PRAGMA user_version
// is its schema version; migration N takes a database from version N-1 to N inside one
// transaction. Migrations are append-only: never edit one that has shipped, add the next.
#pragma once

#include <sqlite3.h>

#include "factwire/status.h"

namespace factwire::corpus {

// "FWCP": PRAGMA application_id of a factwire corpus.
inline constexpr int kApplicationId = 0x46574350;
inline constexpr int kLatestVersion = 6;
// The oldest schema a read-only connection reads (v6 only adds columns `document` shows).
inline constexpr int kOldestReadable = 5;
// Co-occurrence counts take each document's this many most-mentioned entities (schema v3).
inline constexpr int kCooccurrenceTop = 8;

// Reads user_version (0 for a new, empty database).
Result<int> schema_version(sqlite3* db);
// Checks that the database is empty or a factwire corpus, then migrates it up to `target`
// (kLatestVersion by default). A database newer than this build is Code::kUnsupported.
Status migrate(sqlite3* db, int target = kLatestVersion);

}  // namespace factwire::corpus
