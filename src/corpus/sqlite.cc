#include "corpus/sqlite.h"

#include <utility>

namespace factwire::corpus {

Status sqlite_status(sqlite3* db, int rc, std::string_view what) {
  std::string msg(what);
  msg += ": ";
  msg += db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
  int primary = rc & 0xff;
  switch (primary) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return Status::Corrupt(std::move(msg));
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM: return Status::IoError(std::move(msg));
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return Status::Busy(std::move(msg) + " (another process is writing to the corpus)");
    case SQLITE_TOOBIG: return Status::TooLarge(std::move(msg));
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE: return Status::InvalidInput(std::move(msg));
    default: return Status::Internal(std::move(msg));
  }
}

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &stmt_, nullptr);
  if (rc != SQLITE_OK) {
    status_ = sqlite_status(db, rc, "preparing a query");
    sqlite3_finalize(stmt_);
    stmt_ = nullptr;
  }
}

Stmt::~Stmt() { sqlite3_finalize(stmt_); }

Stmt::Stmt(Stmt&& o) noexcept
    : db_(o.db_), stmt_(std::exchange(o.stmt_, nullptr)), status_(std::move(o.status_)) {}

Stmt& Stmt::operator=(Stmt&& o) noexcept {
  if (this != &o) {
    sqlite3_finalize(stmt_);
    db_ = o.db_;
    stmt_ = std::exchange(o.stmt_, nullptr);
    status_ = std::move(o.status_);
  }
  return *this;
}

Stmt& Stmt::reset() {
  if (stmt_) {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    status_ = Status::Ok();
  }
  return *this;
}

Stmt& Stmt::bind(int i, int64_t v) {
  if (stmt_) sqlite3_bind_int64(stmt_, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, double v) {
  if (stmt_) sqlite3_bind_double(stmt_, i, v);
  return *this;
}
Stmt& Stmt::bind(int i, std::string_view v) {
  if (stmt_) sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  return *this;
}
Stmt& Stmt::bind_static(int i, std::string_view v) {
  if (stmt_) sqlite3_bind_text64(stmt_, i, v.data(), v.size(), SQLITE_STATIC, SQLITE_UTF8);
  return *this;
}
Stmt& Stmt::bind_blob(int i, std::string_view v) {
  if (stmt_) sqlite3_bind_blob64(stmt_, i, v.data(), v.size(), SQLITE_TRANSIENT);
  return *this;
}
Stmt& Stmt::bind_null(int i) {
  if (stmt_) sqlite3_bind_null(stmt_, i);
  return *this;
}
Stmt& Stmt::bind_cell(int i, const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) return bind(i, std::get<int64_t>(c));
  if (std::holds_alternative<double>(c)) return bind(i, std::get<double>(c));
  if (std::holds_alternative<std::string>(c)) return bind(i, std::get<std::string>(c));
  return bind_null(i);
}

bool Stmt::step() {
  if (!stmt_) return false;
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc != SQLITE_DONE) status_ = sqlite_status(db_, rc, "running a query");
  return false;
}

Status Stmt::run() {
  if (!stmt_) return status_.ok() ? Status::Internal("statement not prepared") : status_;
  int rc;
  while ((rc = sqlite3_step(stmt_)) == SQLITE_ROW) {
  }
  Status s = rc == SQLITE_DONE ? Status::Ok() : sqlite_status(db_, rc, "writing");
  sqlite3_reset(stmt_);
  return s;
}

std::string Stmt::text(int col) const {
  const unsigned char* p = sqlite3_column_text(stmt_, col);
  if (!p) return {};
  return std::string(reinterpret_cast<const char*>(p),
                     static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

std::string Stmt::column_name(int col) const {
  const char* n = sqlite3_column_name(stmt_, col);
  return n ? n : "";
}

Cell Stmt::cell(int col) const {
  switch (sqlite3_column_type(stmt_, col)) {
    case SQLITE_INTEGER: return i64(col);
    case SQLITE_FLOAT: return f64(col);
    case SQLITE_NULL: return std::monostate{};
    default: return text(col);
  }
}

Status exec(sqlite3* db, std::string_view sql) {
  std::string s(sql);
  char* err = nullptr;
  int rc = sqlite3_exec(db, s.c_str(), nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    Status st = sqlite_status(nullptr, rc, "");
    switch (st.code()) {
      case Code::kCorrupt: return Status::Corrupt(msg);
      case Code::kIoError: return Status::IoError(msg);
      case Code::kBusy: return Status::Busy(msg + " (another process is writing to the corpus)");
      default: return Status::Internal(msg);
    }
  }
  return Status::Ok();
}

Result<Table> query_table(Stmt& st, std::string name) {
  if (!st.ok()) return st.status();
  Table t;
  t.name = std::move(name);
  int n = st.columns();
  for (int i = 0; i < n; ++i) t.columns.push_back(st.column_name(i));
  while (st.step()) {
    std::vector<Cell> row;
    row.reserve(n);
    for (int i = 0; i < n; ++i) row.push_back(st.cell(i));
    t.rows.push_back(std::move(row));
  }
  if (!st.status().ok()) return st.status();
  return t;
}

}  // namespace factwire::corpus
