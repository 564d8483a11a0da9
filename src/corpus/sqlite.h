// Thin RAII helpers over the SQLite C API: a statement with typed binds and reads, errors
// as Status. Private to src/corpus.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "factwire/corpus.h"
#include "factwire/status.h"

namespace factwire::corpus {

Status sqlite_status(sqlite3* db, int rc, std::string_view what);

class Stmt {
 public:
  Stmt() = default;
  Stmt(sqlite3* db, std::string_view sql);  // check ok() / status()
  ~Stmt();
  Stmt(Stmt&& o) noexcept;
  Stmt& operator=(Stmt&& o) noexcept;
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  bool ok() const { return stmt_ != nullptr; }
  const Status& status() const { return status_; }

  Stmt& reset();  // also clears the bindings
  // Bind by 1-based index.
  Stmt& bind(int i, int64_t v);
  Stmt& bind(int i, int v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, uint32_t v) { return bind(i, static_cast<int64_t>(v)); }
  Stmt& bind(int i, double v);
  Stmt& bind(int i, std::string_view v);  // text (copied)
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind_blob(int i, std::string_view v);
  // Text not copied: `v` must stay valid until the statement is reset (the writer binds a
  // document's own strings and runs the statement at once).
  Stmt& bind_static(int i, std::string_view v);
  Stmt& bind_static_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind_static(i, v); }
  Stmt& bind_null(int i);
  Stmt& bind_text_or_null(int i, std::string_view v) { return v.empty() ? bind_null(i) : bind(i, v); }
  Stmt& bind_cell(int i, const Cell& c);

  // Steps once: true when a row is ready; false at the end or on error (see status()).
  bool step();
  // Steps to completion (for writes); returns the error, if any.
  Status run();

  int64_t i64(int col) const { return sqlite3_column_int64(stmt_, col); }
  double f64(int col) const { return sqlite3_column_double(stmt_, col); }
  std::string text(int col) const;
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  int columns() const { return sqlite3_column_count(stmt_); }
  std::string column_name(int col) const;
  Cell cell(int col) const;

  sqlite3_stmt* get() { return stmt_; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
  Status status_;
};

// Runs one or more statements without results.
Status exec(sqlite3* db, std::string_view sql);

// Runs a query and collects every row into a Table named `name`.
Result<Table> query_table(Stmt& st, std::string name);

}  // namespace factwire::corpus
