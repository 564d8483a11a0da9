// Opening a corpus, writing documents into it, stats and stored documents back as JSON.
#include <sys/stat.h>

#include <chrono>
#include <climits>
#include <cmath>
#include <algorithm>
#include <cstring>
#include <ctime>
#include <map>
#include <tuple>
#include <unordered_set>
#include <utility>

#include "corpus/dates.h"
#include "corpus/corpus_impl.h"
#include "corpus/ingest.h"
#include "corpus/schema.h"
#include "factwire/corpus.h"
#include "factwire/json.h"

namespace factwire {

using corpus::Stmt;


corpus::Stmt& Corpus::Impl::stmt(const char* sql) {
  auto it = stmts.find(sql);
  if (it == stmts.end()) it = stmts.emplace(sql, std::make_unique<Stmt>(db, sql)).first;
  it->second->reset();
  return *it->second;
}

// The writer's state beside the connection: its prepared statements, keyed by the address of
// their SQL literal (looking a statement up by its text built a std::string and hashed a few
// hundred bytes per row), and what the batch writes at commit. The full-text entries wait for
// the commit because FTS5 flushes its pending terms to a new segment at every savepoint, and
// each stored document has its own savepoint: a segment per document, then merges. The
// aggregate deltas are summed over the batch (a frequent entity's month row is updated once
// per batch, not once per document) and written in key order.
struct Corpus::Impl::Writer {
  std::unordered_map<const char*, std::unique_ptr<corpus::Stmt>> stmts;
  std::unordered_map<int64_t, std::string> entity_names;  // entities.id -> name

  struct FtsDoc {
    int64_t id;
    std::string title, text;
  };
  struct FtsQuote {
    int64_t id;
    std::string text;
  };
  struct Month {
    int64_t documents = 0, stories = 0, mentions = 0;
    std::string first, last;
  };
  struct Speaker {
    int64_t quotes = 0, documents = 0;
    std::string first, last;
    std::vector<int64_t> stories;  // the stories of the batch's documents quoting the speaker
  };
  // A doc_entities row. The rows are written at commit, sorted by the doc_entities_entity
  // index's key: the batch's inserts then walk that index (the largest the writer updates
  // at random: 16 rows per article) in order instead of jumping across it.
  struct DocEntity {
    int64_t doc_id = 0, entity_id = 0, mentions = 0, story_id = 0;
    std::string local, role, affiliation, country, sector, day;
  };
  std::vector<FtsDoc> fts_docs;
  std::vector<FtsQuote> fts_quotes;
  std::vector<DocEntity> doc_entities;
  // (entity, month, other entity) -> (documents, stories)
  std::map<std::tuple<int64_t, std::string, int64_t>, std::pair<int64_t, int64_t>> cooccurrence;
  std::map<std::pair<int64_t, std::string>, Month> months;  // (entity, month)
  std::map<std::string, Speaker> speakers;

  void clear_batch() {
    fts_docs.clear();
    fts_quotes.clear();
    doc_entities.clear();
    cooccurrence.clear();
    months.clear();
    speakers.clear();
  }
};

Corpus::Impl::~Impl() {
  stmts.clear();
  writer.reset();
  if (db) sqlite3_close_v2(db);
}

namespace {
Corpus::Impl::Writer& writer_of(Corpus::Impl& c) {
  if (!c.writer) c.writer = std::make_unique<Corpus::Impl::Writer>();
  return *c.writer;
}

// A prepared statement of the writer (reset, bindings cleared). `sql` must be a literal.
Stmt& wstmt(Corpus::Impl& c, const char* sql) {
  auto& p = writer_of(c).stmts[sql];
  if (!p) p = std::make_unique<Stmt>(c.db, sql);
  else p->reset();
  return *p;
}
}  // namespace

namespace corpus {

std::string day_from(const std::string& d) {
  if (d.size() == 4) return d + "-01-01";
  if (d.size() == 7) return d + "-01";
  return d;
}

std::string day_to(const std::string& d) {
  if (d.size() == 4) return d + "-12-31";
  if (d.size() == 7) return d + "-31";
  return d;
}

}  // namespace corpus

namespace {

static_assert(Corpus::kSchemaVersion == corpus::kLatestVersion);

// A real calendar day at the start of `s` (YYYY-MM-DD, then nothing or a time): the only
// publication dates stored.
bool is_iso_day(std::string_view s) { return !dates::publication_day(s).empty(); }

std::string now_iso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

std::string host_of(std::string_view url) {
  size_t p = url.find("://");
  if (p == std::string_view::npos) return {};
  url.remove_prefix(p + 3);
  size_t end = url.find_first_of("/?#");
  if (end != std::string_view::npos) url = url.substr(0, end);
  size_t at = url.rfind('@');
  if (at != std::string_view::npos) url.remove_prefix(at + 1);
  size_t colon = url.rfind(':');
  if (colon != std::string_view::npos && url.find(']') == std::string_view::npos) url = url.substr(0, colon);
  std::string h;
  for (char c : url) h += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  if (h.rfind("www.", 0) == 0) h.erase(0, 4);
  return h;
}

std::string entity_key(const std::string& name, EntityType type) {
  std::string k;
  k.reserve(name.size() + 8);
  for (char c : name) k += (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  k += '\x1f';
  k += entity_type_name(type);
  return k;
}

// Whether a figure can stand for a count in a timeline: a definite, finite, positive value
// that is not only an upper bound.
bool credible(const Figure& f) {
  if (f.vague) return false;
  if (!std::isfinite(f.value) || f.value <= 0 || f.value >= 1e12) return false;
  if (f.qualifier == "under" || f.qualifier == "at_most") return false;
  return true;
}

std::string pack_sentences(const std::vector<Sentence>& ss) {
  std::string out;
  out.resize(ss.size() * 12);
  char* p = out.data();
  for (const Sentence& s : ss) {
    uint32_t v[3] = {s.start, s.end, s.paragraph};
    for (uint32_t x : v) {
      for (int i = 0; i < 4; ++i) *p++ = static_cast<char>(x >> (8 * i));
    }
  }
  return out;
}

std::vector<Sentence> unpack_sentences(const std::string& b) {
  std::vector<Sentence> out(b.size() / 12);
  const auto* p = reinterpret_cast<const unsigned char*>(b.data());
  for (Sentence& s : out) {
    uint32_t v[3];
    for (uint32_t& x : v) {
      x = uint32_t(p[0]) | uint32_t(p[1]) << 8 | uint32_t(p[2]) << 16 | uint32_t(p[3]) << 24;
      p += 4;
    }
    s.start = v[0];
    s.end = v[1];
    s.paragraph = v[2];
  }
  return out;
}

std::string join_u32(const std::vector<uint32_t>& v) {
  std::string s;
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ',';
    s += std::to_string(v[i]);
  }
  return s;
}

std::vector<uint32_t> split_u32(const std::string& s) {
  std::vector<uint32_t> out;
  uint64_t cur = 0;
  bool any = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      cur = cur * 10 + static_cast<uint64_t>(c - '0');
      any = true;
    } else if (any) {
      out.push_back(static_cast<uint32_t>(cur));
      cur = 0;
      any = false;
    }
  }
  if (any) out.push_back(static_cast<uint32_t>(cur));
  return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------

Corpus::Corpus(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Corpus::~Corpus() {
  if (impl_ && impl_->in_batch) rollback();
}

int Corpus::schema_version() const { return impl_->version; }
const std::string& Corpus::path() const { return impl_->path; }
namespace {
// fw_docset(id): 1 when the document id is in the search's current set (Corpus::Impl::docset).
void docset_fn(sqlite3_context* ctx, int, sqlite3_value** argv) {
  auto* impl = static_cast<Corpus::Impl*>(sqlite3_user_data(ctx));
  sqlite3_result_int(ctx, impl->docset && impl->docset->has(sqlite3_value_int64(argv[0])) ? 1 : 0);
}

// Called by SQLite every few thousand virtual-machine steps: stops a statement past its deadline.
int past_deadline(void* arg) {
  auto* impl = static_cast<Corpus::Impl*>(arg);
  if (!impl->deadline_armed || std::chrono::steady_clock::now() < impl->deadline) return 0;
  impl->timed_out = true;
  return 1;
}
}  // namespace

void Corpus::set_query_timeout(int ms) {
  impl_->timeout_ms = std::max(ms, 0);
  sqlite3_progress_handler(impl_->db, impl_->timeout_ms > 0 ? 4000 : 0,
                           impl_->timeout_ms > 0 ? past_deadline : nullptr, impl_.get());
}

bool Corpus::query_timed_out() const { return impl_->timed_out; }

Status Corpus::Impl::query_status(const Status& s) const {
  if (s.ok() || !timed_out) return s;
  return Status::TooLarge("the query ran past its deadline of " + std::to_string(timeout_ms) +
                          " ms: narrow it (fewer words, a date range, a smaller page)");
}

void Corpus::set_near_duplicate_distance(int bits) {
  impl_->near_bits = bits;
  impl_->stories.set_max_distance(bits);
}

Result<std::unique_ptr<Corpus>> Corpus::open(const std::string& path, const CorpusOptions& opts) {
  if (path.empty()) return Status::InvalidInput("no corpus database path given (--db)");
  struct stat st{};
  bool exists = ::stat(path.c_str(), &st) == 0;
  if (!exists && (opts.read_only || !opts.create)) {
    return Status::NotFound("no corpus database at " + path + " (run `factwire ingest ... --db " + path + "` first)");
  }
  if (exists && S_ISDIR(st.st_mode)) return Status::InvalidInput(path + " is a folder, not a corpus database file");

  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->read_only = opts.read_only;
  int flags = SQLITE_OPEN_NOMUTEX;
  flags |= opts.read_only ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
  int rc = sqlite3_open_v2(path.c_str(), &impl->db, flags, nullptr);
  if (rc != SQLITE_OK) {
    Status s = corpus::sqlite_status(impl->db, rc, "opening " + path);
    return s;
  }
  if (opts.read_only) {
    // A WAL database whose folder is not writable (a read-only mount, another user's files)
    // cannot get its -shm index made, and every read fails with "attempt to write a readonly
    // database". Nobody can be writing it then: read it as immutable.
    int probe = sqlite3_exec(impl->db, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    int primary = probe & 0xff;
    if (primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN) {
      sqlite3_close_v2(impl->db);
      impl->db = nullptr;
      std::string uri = "file:";
      for (char ch : path) {
        if (ch == '?' || ch == '#' || ch == '%') {
          char hex[4];
          std::snprintf(hex, sizeof hex, "%%%02X", static_cast<unsigned char>(ch));
          uri += hex;
        } else {
          uri += ch;
        }
      }
      uri += "?immutable=1";
      rc = sqlite3_open_v2(uri.c_str(), &impl->db, flags | SQLITE_OPEN_URI, nullptr);
      if (rc != SQLITE_OK) return corpus::sqlite_status(impl->db, rc, "opening " + path);
    }
  }
  sqlite3_busy_timeout(impl->db, opts.busy_timeout_ms < 0 ? INT_MAX : opts.busy_timeout_ms);
  sqlite3_create_function_v2(impl->db, "fw_docset", 1, SQLITE_UTF8 | SQLITE_DIRECTONLY, impl.get(), docset_fn,
                             nullptr, nullptr, nullptr);
  sqlite3_extended_result_codes(impl->db, 1);

  auto fail = [&](const Status& s) -> Status {
    switch (s.code()) {
      case Code::kCorrupt:
        return Status::Corrupt(path + " is not a factwire corpus database (" + s.message() + ")");
      case Code::kUnsupported: return Status::Unsupported(path + ": " + s.message());
      case Code::kIoError:
        return s.message().find(path) == std::string::npos ? Status::IoError(path + ": " + s.message()) : s;
      case Code::kBusy:
        return s.message().find(path) == std::string::npos ? Status::Busy(path + ": " + s.message()) : s;
      default: return s;
    }
  };

  if (!opts.read_only) {
    // WAL: readers never wait for the writer; a commit is durable once its frames are in the
    // log, so a killed process loses only the transaction it had not committed.
    Status s = corpus::exec(impl->db, "PRAGMA journal_mode=WAL");
    if (!s.ok()) return fail(s);
    s = corpus::migrate(impl->db);
    if (!s.ok()) return fail(s);
    s = corpus::exec(impl->db,
                     "PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=OFF; "
                     // The writer's page cache: 256 MiB (readers keep 64). At ~110k documents
                     // (1 GB) the writer re-read fewer index pages: 2.72 -> 2.41 ms of CPU per
                     // document stored (docs/corpus.md, "Measuring").
                     "PRAGMA cache_size=-262144; PRAGMA temp_store=MEMORY; "
                     // Checkpoint every 10,000 pages of log (40 MB) rather than 1,000: a page
                     // that many transactions change (an index leaf, an aggregate row) is
                     // copied into the database once per checkpoint, not once per commit or
                     // two. Writer CPU per document -19% (docs/corpus.md, "Measuring").
                     "PRAGMA wal_autocheckpoint=10000");
    if (!s.ok()) return fail(s);
  } else {
    Status s = corpus::exec(impl->db, "PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY");
    if (!s.ok()) return fail(s);
  }
  corpus::exec(impl->db, "PRAGMA mmap_size=268435456");

  auto v = corpus::schema_version(impl->db);
  if (!v.ok()) return fail(v.status());
  impl->version = v.value();
  if (opts.read_only) {
    Stmt app(impl->db, "PRAGMA application_id");
    if (!app.step()) return fail(app.status().ok() ? Status::Corrupt("no application_id") : app.status());
    if (app.i64(0) != corpus::kApplicationId) {
      return Status::Corrupt(path + " is a SQLite database but not a factwire corpus");
    }
    if (impl->version < corpus::kOldestReadable || impl->version > corpus::kLatestVersion) {
      return Status::Unsupported(path + " has schema version " + std::to_string(impl->version) +
                                 ", this build reads " + std::to_string(corpus::kLatestVersion) +
                                 ": open it once for writing (e.g. `factwire stats`) to migrate it");
    }
  }
  return std::unique_ptr<Corpus>(new Corpus(std::move(impl)));
}

// ---------------------------------------------------------------------------------------------
// Writing.

Status Corpus::begin() {
  if (impl_->read_only) return Status::Unsupported("the corpus was opened read-only");
  if (impl_->in_batch) return Status::Internal("begin() inside a batch");
  Status s = corpus::exec(impl_->db, "BEGIN IMMEDIATE");
  if (!s.ok()) return s;
  impl_->in_batch = true;
  impl_->next_doc_id = 0;
  return Status::Ok();
}

namespace {
Status run_reset(Stmt& st) {
  Status s = st.run();
  st.reset();
  return s;
}

// What the batch's documents left for the commit (Corpus::Impl::Writer), written inside the
// same transaction: full-text entries, then the aggregate deltas in key order.
Status flush_batch(Corpus::Impl& c) {
  if (!c.writer) return Status::Ok();
  Corpus::Impl::Writer& w = *c.writer;
  Status s;
  std::sort(w.doc_entities.begin(), w.doc_entities.end(), [](const auto& a, const auto& b) {
    return std::tie(a.entity_id, a.day, a.story_id, a.mentions, a.doc_id, a.local) <
           std::tie(b.entity_id, b.day, b.story_id, b.mentions, b.doc_id, b.local);
  });
  for (const auto& e : w.doc_entities) {
    Stmt& st = wstmt(c,
        "INSERT INTO doc_entities(doc_id, local_id, entity_id, role, affiliation, country, "
        "sector, mentions, day, story_id) VALUES (?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, e.doc_id).bind_static(2, e.local).bind(3, e.entity_id).bind_text_or_null(4, e.role)
        .bind_text_or_null(5, e.affiliation).bind_text_or_null(6, e.country)
        .bind_text_or_null(7, e.sector).bind(8, e.mentions).bind_static(9, e.day).bind(10, e.story_id);
    if (!(s = run_reset(st)).ok()) return s;
  }
  for (const auto& d : w.fts_docs) {
    Stmt& st = wstmt(c, "INSERT INTO documents_fts(rowid, title, text) VALUES (?,?,?)");
    st.bind(1, d.id).bind_static(2, d.title).bind_static(3, d.text);
    if (!(s = run_reset(st)).ok()) return s;
  }
  for (const auto& q : w.fts_quotes) {
    Stmt& st = wstmt(c, "INSERT INTO quotes_fts(rowid, text) VALUES (?, ?)");
    st.bind(1, q.id).bind_static(2, q.text);
    if (!(s = run_reset(st)).ok()) return s;
  }
  for (const auto& [key, v] : w.cooccurrence) {
    Stmt& st = wstmt(c,
        "INSERT INTO cooccurrence(entity_id, month, other_id, documents, stories) VALUES (?,?,?,?,?) "
        "ON CONFLICT DO UPDATE SET documents = documents + excluded.documents, "
        "stories = stories + excluded.stories");
    st.bind(1, std::get<0>(key)).bind_static(2, std::get<1>(key)).bind(3, std::get<2>(key))
        .bind(4, v.first).bind(5, v.second);
    if (!(s = run_reset(st)).ok()) return s;
  }
  for (const auto& [key, m] : w.months) {
    Stmt& st = wstmt(c,
        "INSERT INTO entity_months(entity_id, month, documents, stories, mentions, first, last) "
        "VALUES (?,?,?,?,?,?,?) ON CONFLICT DO UPDATE SET "
        "documents = documents + excluded.documents, stories = stories + excluded.stories, "
        "mentions = mentions + excluded.mentions, first = min(first, excluded.first), "
        "last = max(last, excluded.last)");
    st.bind(1, key.first).bind_static(2, key.second).bind(3, m.documents).bind(4, m.stories)
        .bind(5, m.mentions).bind_static(6, m.first).bind_static(7, m.last);
    if (!(s = run_reset(st)).ok()) return s;
  }
  for (auto& [name, sp] : w.speakers) {
    // A speaker's `stories` grows by the (speaker, story) pairs not counted before.
    std::sort(sp.stories.begin(), sp.stories.end());
    sp.stories.erase(std::unique(sp.stories.begin(), sp.stories.end()), sp.stories.end());
    int64_t new_stories = 0;
    for (int64_t story : sp.stories) {
      Stmt& ss = wstmt(c, "INSERT OR IGNORE INTO speaker_stories(name, story_id) VALUES (?, ?)");
      ss.bind_static(1, name).bind(2, story);
      if (!(s = run_reset(ss)).ok()) return s;
      new_stories += sqlite3_changes(c.db);
    }
    Stmt& up = wstmt(c,
        "INSERT INTO speakers(name, quotes, stories, documents, first, last) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(name) DO UPDATE SET quotes = quotes + excluded.quotes, "
        "stories = stories + excluded.stories, documents = documents + excluded.documents, "
        "first = min(first, excluded.first), last = max(last, excluded.last)");
    up.bind_static(1, name).bind(2, sp.quotes).bind(3, new_stories).bind(4, sp.documents)
        .bind_static(5, sp.first).bind_static(6, sp.last);
    if (!(s = run_reset(up)).ok()) return s;
  }
  w.clear_batch();
  return Status::Ok();
}
}  // namespace

Status Corpus::commit() {
  if (!impl_->in_batch) return Status::Internal("commit() outside a batch");
  // The batch's full-text entries, aggregates and row counts go in inside the same transaction.
  Status s = flush_batch(*impl_);
  if (!s.ok()) {
    rollback();
    return s;
  }
  for (const auto& [key, delta] : impl_->pending_counts) {
    if (delta == 0) continue;
    Stmt& st = wstmt(*impl_, "INSERT INTO counts(key, value) VALUES (?1, ?2) "
                             "ON CONFLICT(key) DO UPDATE SET value = value + excluded.value");
    st.bind(1, key).bind(2, delta);
    s = run_reset(st);
    if (!s.ok()) {
      rollback();
      return s;
    }
  }
  impl_->pending_counts.clear();
  s = corpus::exec(impl_->db, "COMMIT");
  if (!s.ok()) {
    rollback();
    return s;
  }
  impl_->in_batch = false;
  return Status::Ok();
}

Status Corpus::rollback() {
  if (!impl_->in_batch) return Status::Ok();
  impl_->in_batch = false;
  // What the caches learned inside the batch is gone with it.
  impl_->entity_ids.clear();
  impl_->source_ids.clear();
  impl_->stories.clear();
  impl_->story_index_loaded = false;
  impl_->pending_counts.clear();
  if (impl_->writer) {
    impl_->writer->clear_batch();
    impl_->writer->entity_names.clear();
  }
  return corpus::exec(impl_->db, "ROLLBACK");
}

Result<bool> Corpus::contains(const std::string& content_hash) {
  Stmt& st = impl_->stmt("SELECT 1 FROM documents WHERE hash = ?");
  st.bind_blob(1, content_hash);
  bool found = st.step();
  if (!st.status().ok()) return st.status();
  st.reset();
  return found;
}

namespace {

struct DocWriter {
  DocWriter(Corpus::Impl& corpus, const Document& d) : c(corpus), doc(d) {}
  Corpus::Impl& c;
  const Document& doc;
  int64_t doc_id = 0;
  std::string day;
  int64_t story_id = 0;
  std::vector<int64_t> entity_ids;     // per doc.entities index; 0 = none
  std::vector<std::string> new_keys;   // entity cache entries added by this document
  bool first_of_story = false;         // the story's first document (counted in story counts)
  // Rows this document added, per `counts` key.
  int64_t n_mentions = 0, n_quotes = 0, n_figures = 0, n_events = 0, n_sources = 0;
  // What the document adds to the batch's commit-time writes (Corpus::Impl::Writer), kept
  // apart until its savepoint is released.
  std::vector<std::pair<int64_t, std::string>> fts_quotes;                  // (quote id, text)
  std::vector<std::pair<int64_t, int64_t>> cooccurring;                     // ordered pairs
  std::vector<std::pair<int64_t, int64_t>> entity_rows;                     // (entity, mentions)
  std::vector<std::pair<std::string, int64_t>> speakers;                    // (name, quotes)
  std::vector<Corpus::Impl::Writer::DocEntity> doc_entity_rows;
  std::unordered_set<std::string> doc_entity_locals;

  Status run_stmt(Stmt& st) {
    Status s = st.run();
    st.reset();
    return s;
  }

  Result<int64_t> source_id(const std::string& name) {
    if (name.empty()) return int64_t{0};
    auto it = c.source_ids.find(name);
    if (it != c.source_ids.end()) return it->second;
    Stmt& ins = wstmt(c, "INSERT OR IGNORE INTO sources(name) VALUES (?)");
    ins.bind(1, name);
    Status s = run_stmt(ins);
    if (!s.ok()) return s;
    n_sources += sqlite3_changes(c.db);
    Stmt& sel = wstmt(c, "SELECT id FROM sources WHERE name = ?");
    sel.bind(1, name);
    if (!sel.step()) return sel.status().ok() ? Status::Internal("source vanished") : sel.status();
    int64_t id = sel.i64(0);
    sel.reset();
    c.source_ids.emplace(name, id);
    return id;
  }

  Result<int64_t> entity_id(const Entity& e) {
    std::string key = entity_key(e.name, e.type);
    auto it = c.entity_ids.find(key);
    if (it != c.entity_ids.end()) return it->second;
    Stmt& sel = wstmt(c, "SELECT id, name FROM entities WHERE key = ?");
    sel.bind(1, key);
    int64_t id = 0;
    if (sel.step()) {
      id = sel.i64(0);
      writer_of(c).entity_names[id] = sel.text(1);
    } else {
      if (!sel.status().ok()) return sel.status();
      Stmt& ins = wstmt(c, "INSERT INTO entities(key, name, type) VALUES (?, ?, ?)");
      ins.bind(1, key).bind(2, e.name).bind(3, entity_type_name(e.type));
      Status s = run_stmt(ins);
      if (!s.ok()) return s;
      id = sqlite3_last_insert_rowid(c.db);
      new_keys.push_back(key);
      writer_of(c).entity_names[id] = e.name;
    }
    sel.reset();
    c.entity_ids.emplace(std::move(key), id);
    return id;
  }

  int64_t local_entity(int32_t index) const {
    if (index < 0 || static_cast<size_t>(index) >= entity_ids.size()) return 0;
    return entity_ids[index];
  }

  // The entities a quote is about: those mentioned inside it, and those mentioned in its
  // sentence other than its speaker (what `quotes --about` asks).
  Status write_quote_about(const Quote& q, int64_t quote_id, int64_t speaker) {
    std::vector<int64_t> about;
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      int64_t id = entity_ids[i];
      if (!id) continue;
      for (const Mention& m : doc.entities[i].mentions) {
        if ((m.start >= q.start && m.end <= q.end) || (m.sentence == q.sentence && id != speaker)) {
          about.push_back(id);
          break;
        }
      }
    }
    std::sort(about.begin(), about.end());
    about.erase(std::unique(about.begin(), about.end()), about.end());
    for (int64_t id : about) {
      Stmt& st = wstmt(c, "INSERT OR IGNORE INTO quote_about(entity_id, day, quote_id) VALUES (?,?,?)");
      st.bind(1, id).bind_static(2, day).bind(3, quote_id);
      Status s = run_stmt(st);
      if (!s.ok()) return s;
    }
    return Status::Ok();
  }

  // Co-occurrence counts among the document's kCooccurrenceTop most-mentioned entities (ties:
  // the lower id), per month; a story counts once, by its first document.
  Status write_cooccurrence(std::vector<std::pair<int64_t, int64_t>> ents) {
    std::sort(ents.begin(), ents.end());
    size_t w = 0;
    for (size_t i = 0; i < ents.size(); ++i) {
      if (w > 0 && ents[w - 1].first == ents[i].first) {
        ents[w - 1].second += ents[i].second;
      } else {
        ents[w++] = ents[i];
      }
    }
    ents.resize(w);
    std::stable_sort(ents.begin(), ents.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    if (ents.size() > static_cast<size_t>(corpus::kCooccurrenceTop)) ents.resize(corpus::kCooccurrenceTop);
    for (const auto& a : ents) {
      for (const auto& b : ents) {
        if (a.first != b.first) cooccurring.emplace_back(a.first, b.first);
      }
    }
    return Status::Ok();
  }

  Status write_facts() {
    Status s;
    // Paragraphs.
    for (size_t i = 0; i < doc.paragraphs.size(); ++i) {
      const Paragraph& p = doc.paragraphs[i];
      Stmt& st = wstmt(c,
          "INSERT INTO paragraphs(doc_id, idx, kind, start, end, attribution, source_start, source_end) "
          "VALUES (?,?,?,?,?,?,?,?)");
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind(3, paragraph_kind_name(p.kind))
          .bind(4, p.start).bind(5, p.end).bind_text_or_null(6, p.attribution)
          .bind(7, static_cast<int64_t>(p.source_start)).bind(8, static_cast<int64_t>(p.source_end));
      if (!(s = run_stmt(st)).ok()) return s;
    }
    // Entities and mentions.
    entity_ids.assign(doc.entities.size(), 0);
    std::vector<std::pair<int64_t, int64_t>> stored_entities;  // (entity id, mentions) per stored row
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      const Entity& e = doc.entities[i];
      if (e.name.empty()) continue;
      auto id = entity_id(e);
      if (!id.ok()) return id.status();
      entity_ids[i] = id.value();
      std::string local = e.id.empty() ? "e" + std::to_string(i + 1) : e.id;
      // The row goes in at commit (flush_batch); a local id seen before in this document is
      // skipped, as the table's key (doc_id, local_id) would refuse it.
      if (doc_entity_locals.insert(local).second) {
        Corpus::Impl::Writer::DocEntity row;
        row.doc_id = doc_id;
        row.entity_id = id.value();
        row.mentions = static_cast<int64_t>(e.mentions.size());
        row.story_id = story_id;
        row.local = local;
        row.role = e.role;
        row.affiliation = e.affiliation;
        row.country = e.country;
        row.sector = e.sector;
        row.day = day;
        doc_entity_rows.push_back(std::move(row));
        stored_entities.emplace_back(id.value(), static_cast<int64_t>(e.mentions.size()));
        // The entity's monthly totals (schema v4, written at commit): a story counts by its
        // first copy.
        entity_rows.emplace_back(id.value(), static_cast<int64_t>(e.mentions.size()));
      }
      for (const Mention& m : e.mentions) {
        Stmt& ms = wstmt(c, 
            "INSERT OR IGNORE INTO mentions(doc_id, start, end, entity_id, sentence) VALUES (?,?,?,?,?)");
        ms.bind(1, doc_id).bind(2, m.start).bind(3, m.end).bind(4, id.value()).bind(5, m.sentence);
        if (!(s = run_stmt(ms)).ok()) return s;
        n_mentions += sqlite3_changes(c.db);
      }
    }
    if (!(s = write_cooccurrence(std::move(stored_entities))).ok()) return s;
    // Quotes.
    for (size_t i = 0; i < doc.quotes.size(); ++i) {
      const Quote& q = doc.quotes[i];
      Stmt& st = wstmt(c, 
          "INSERT INTO quotes(doc_id, idx, text, kind, start, end, cue, speaker, speaker_entity, "
          "anonymous, description, addressee, sentence, day, story_id, reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      int64_t se = local_entity(q.speaker.entity);
      std::string speaker = q.speaker.name;
      if (speaker.empty() && se) speaker = doc.entities[q.speaker.entity].name;
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind(3, q.text).bind(4, quote_kind_name(q.kind))
          .bind(5, q.start).bind(6, q.end).bind_text_or_null(7, q.cue).bind_text_or_null(8, speaker);
      if (se) st.bind(9, se); else st.bind_null(9);
      st.bind(10, q.speaker.anonymous ? 1 : 0).bind_text_or_null(11, q.speaker.description)
          .bind_text_or_null(12, q.addressee).bind(13, q.sentence).bind(14, day).bind(15, story_id)
          .bind_text_or_null(16, q.speaker.reason);
      if (!(s = run_stmt(st)).ok()) return s;
      ++n_quotes;
      int64_t quote_id = sqlite3_last_insert_rowid(c.db);
      fts_quotes.emplace_back(quote_id, q.text);
      if (!(s = write_quote_about(q, quote_id, se)).ok()) return s;
      if (!q.speaker.anonymous) {
        std::string name;
        if (se) {
          // The entity's stored name (the first spelling its key was stored with).
          auto& names = writer_of(c).entity_names;
          auto it = names.find(se);
          if (it != names.end()) {
            name = it->second;
          } else {
            Stmt& en = wstmt(c, "SELECT name FROM entities WHERE id = ?");
            en.bind(1, se);
            if (en.step()) name = en.text(0);
            if (!en.status().ok()) return en.status();
            en.reset();
          }
        } else {
          name = speaker;
        }
        if (!name.empty()) {
          auto it = std::find_if(speakers.begin(), speakers.end(), [&](const auto& p) { return p.first == name; });
          if (it == speakers.end()) speakers.emplace_back(std::move(name), 1);
          else ++it->second;
        }
      }
    }
    // Figures.
    for (size_t i = 0; i < doc.figures.size(); ++i) {
      const Figure& f = doc.figures[i];
      Stmt& st = wstmt(c, 
          "INSERT INTO figures(doc_id, idx, text, start, end, value, low, high, qualifier, vague, unit, "
          "category, subject, place, time, source, sentence, credible, day, story_id) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind(3, f.text).bind(4, f.start).bind(5, f.end);
      if (std::isfinite(f.value)) st.bind(6, f.value); else st.bind_null(6);
      if (std::isfinite(f.low)) st.bind(7, f.low); else st.bind_null(7);
      if (std::isfinite(f.high)) st.bind(8, f.high); else st.bind_null(8);
      st.bind_text_or_null(9, f.qualifier).bind(10, f.vague ? 1 : 0).bind_text_or_null(11, f.unit)
          .bind(12, f.category.empty() ? std::string("other") : f.category)
          .bind_text_or_null(13, f.subject).bind_text_or_null(14, f.place).bind_text_or_null(15, f.time)
          .bind_text_or_null(16, f.source).bind(17, f.sentence).bind(18, credible(f) ? 1 : 0)
          .bind(19, day).bind(20, story_id);
      if (!(s = run_stmt(st)).ok()) return s;
      ++n_figures;
    }
    for (size_t i = 0; i < doc.figure_conflicts.size(); ++i) {
      const FigureConflict& fc = doc.figure_conflicts[i];
      Stmt& st = wstmt(c, "INSERT INTO figure_conflicts(doc_id, idx, category, figures, why) VALUES (?,?,?,?,?)");
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind_text_or_null(3, fc.category)
          .bind(4, join_u32(fc.figures)).bind_text_or_null(5, fc.why);
      if (!(s = run_stmt(st)).ok()) return s;
    }
    for (size_t i = 0; i < doc.times.size(); ++i) {
      const TimeExpr& t = doc.times[i];
      Stmt& st = wstmt(c, 
          "INSERT INTO times(doc_id, idx, text, start, end, value, relative, sentence, mod) VALUES (?,?,?,?,?,?,?,?,?)");
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind(3, t.text).bind(4, t.start).bind(5, t.end)
          .bind_text_or_null(6, t.value).bind(7, t.relative ? 1 : 0).bind(8, t.sentence).bind_text_or_null(9, t.mod);
      if (!(s = run_stmt(st)).ok()) return s;
    }
    // Events.
    for (size_t i = 0; i < doc.events.size(); ++i) {
      const Event& e = doc.events[i];
      Stmt& st = wstmt(c, 
          "INSERT INTO events(doc_id, idx, type, mode, actor, actor_entity, actor_country, actor_sector, "
          "target, target_entity, target_country, target_sector, negated, modality, place, place_country, "
          "lat, lon, date, size, size_category, sentences, text, start, end, trigger, day, story_id, "
          "actor_text, target_text) "
          "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
      auto arg_name = [&](const EventArg& a) {
        int64_t id = local_entity(a.entity);
        return id ? doc.entities[a.entity].name : a.name;
      };
      int64_t ae = local_entity(e.actor.entity), te = local_entity(e.target.entity);
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind(3, e.type.empty() ? std::string("OTHER") : e.type)
          .bind_text_or_null(4, e.mode).bind_text_or_null(5, arg_name(e.actor));
      if (ae) st.bind(6, ae); else st.bind_null(6);
      st.bind_text_or_null(7, e.actor.country).bind_text_or_null(8, e.actor.sector)
          .bind_text_or_null(9, arg_name(e.target));
      if (te) st.bind(10, te); else st.bind_null(10);
      st.bind_text_or_null(11, e.target.country).bind_text_or_null(12, e.target.sector)
          .bind(13, e.negated ? 1 : 0).bind_text_or_null(14, e.modality).bind_text_or_null(15, e.place)
          .bind_text_or_null(16, e.place_country);
      if (e.has_coordinates && std::isfinite(e.lat) && std::isfinite(e.lon)) {
        st.bind(17, e.lat).bind(18, e.lon);
      } else {
        st.bind_null(17).bind_null(18);
      }
      st.bind_text_or_null(19, e.date);
      if (std::isfinite(e.size) && e.size != 0) st.bind(20, e.size); else st.bind_null(20);
      st.bind_text_or_null(21, e.size_category).bind(22, join_u32(e.sentences)).bind_text_or_null(23, e.text)
          .bind(24, e.start).bind(25, e.end).bind_text_or_null(26, e.trigger).bind(27, day).bind(28, story_id)
          .bind_text_or_null(29, e.actor.name).bind_text_or_null(30, e.target.name);
      if (!(s = run_stmt(st)).ok()) return s;
      ++n_events;
    }
    for (size_t i = 0; i < doc.links.size(); ++i) {
      const Link& l = doc.links[i];
      Stmt& st = wstmt(c, "INSERT INTO links(doc_id, idx, anchor, target, start, end) VALUES (?,?,?,?,?,?)");
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind_text_or_null(3, l.anchor).bind(4, l.target)
          .bind(5, l.start).bind(6, l.end);
      if (!(s = run_stmt(st)).ok()) return s;
    }
    for (size_t i = 0; i < doc.non_answers.size(); ++i) {
      const NonAnswer& n = doc.non_answers[i];
      Stmt& st = wstmt(c, 
          "INSERT INTO non_answers(doc_id, idx, who, entity_id, text, cue, start, end, sentence) "
          "VALUES (?,?,?,?,?,?,?,?,?)");
      int64_t id = local_entity(n.entity);
      st.bind(1, doc_id).bind(2, static_cast<int64_t>(i)).bind_text_or_null(3, n.who);
      if (id) st.bind(4, id); else st.bind_null(4);
      st.bind_text_or_null(5, n.text).bind_text_or_null(6, n.cue).bind(7, n.start).bind(8, n.end)
          .bind(9, n.sentence);
      if (!(s = run_stmt(st)).ok()) return s;
    }
    return Status::Ok();
  }
};

}  // namespace

Result<StoreResult> Corpus::store(const Document& doc, const DocumentMeta& meta) {
  Impl& c = *impl_;
  if (c.read_only) return Status::Unsupported("the corpus was opened read-only");
  c.hits_key.clear();  // this connection's own writes do not change PRAGMA data_version
  if (doc.text.size() > (1u << 30)) return Status::TooLarge("document over 1 GiB");
  bool own_batch = !c.in_batch;
  if (own_batch) {
    Status s = begin();
    if (!s.ok()) return s;
  }
  auto finish = [&](Result<StoreResult> r) -> Result<StoreResult> {
    if (own_batch) {
      Status s = r.ok() ? commit() : rollback();
      if (r.ok() && !s.ok()) return s;
    }
    return r;
  };

  std::string hash = meta.content_hash.empty() ? sha256(doc.text) : meta.content_hash;
  {
    Stmt& st = wstmt(c, "SELECT id, story_id FROM documents WHERE hash = ?");
    st.bind_blob(1, hash);
    if (st.step()) {
      StoreResult r{st.i64(0), st.i64(1), false};
      st.reset();
      return finish(r);
    }
    if (!st.status().ok()) return finish(st.status());
  }

  if (!c.story_index_loaded) {
    c.stories.clear();
    c.stories.set_max_distance(c.near_bits);
    Stmt st(c.db, "SELECT simhash, story_id FROM documents WHERE simhash != 0");
    while (st.step()) c.stories.add(static_cast<uint64_t>(st.i64(0)), st.i64(1));
    if (!st.status().ok()) return finish(st.status());
    c.story_index_loaded = true;
  }
  if (c.next_doc_id == 0) {
    Stmt st(c.db, "SELECT coalesce(max(id), 0) + 1 FROM documents");
    if (!st.step()) return finish(st.status().ok() ? Status::Internal("max(id)") : st.status());
    c.next_doc_id = st.i64(0);
  }

  DocWriter w(c, doc);
  w.doc_id = c.next_doc_id;
  std::string ingested = meta.ingested_at.empty() ? now_iso() : meta.ingested_at;
  w.day = is_iso_day(doc.published) ? doc.published.substr(0, 10) : ingested.substr(0, 10);
  uint64_t sh = meta.simhash ? *meta.simhash : simhash64(doc.text);
  int64_t found = c.stories.find(sh);
  w.story_id = found ? found : w.doc_id;
  w.first_of_story = !found;

  Status s = w.run_stmt(wstmt(c, "SAVEPOINT doc"));
  if (!s.ok()) return finish(s);
  auto undo = [&](Status err) -> Result<StoreResult> {
    corpus::exec(c.db, "ROLLBACK TO doc; RELEASE doc");
    for (const auto& k : w.new_keys) {
      auto it = c.entity_ids.find(k);
      if (it == c.entity_ids.end()) continue;
      writer_of(c).entity_names.erase(it->second);
      c.entity_ids.erase(it);
    }
    c.source_ids.clear();
    return finish(std::move(err));
  };

  std::string source = meta.source.empty() ? host_of(doc.url) : meta.source;
  auto src = w.source_id(source);
  if (!src.ok()) return undo(src.status());
  {
    Stmt& st = wstmt(c, 
        "INSERT INTO documents(id, hash, ext_id, url, source_id, title, byline, published, day, "
        "ingested_at, story_id, simhash, format, text, sentences) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    st.bind(1, w.doc_id).bind_blob(2, hash).bind_text_or_null(3, doc.id).bind_text_or_null(4, doc.url);
    if (src.value()) st.bind(5, src.value()); else st.bind_null(5);
    st.bind_text_or_null(6, doc.title).bind_text_or_null(7, doc.byline)
        .bind_text_or_null(8, is_iso_day(doc.published) ? doc.published.substr(0, 10) : std::string())
        .bind(9, w.day).bind(10, ingested).bind(11, w.story_id).bind(12, static_cast<int64_t>(sh))
        .bind_text_or_null(13, doc.source_format).bind_static(14, doc.text)
        .bind_blob(15, pack_sentences(doc.sentences));
    if (!(s = w.run_stmt(st)).ok()) return undo(s);
  }
  {
    Stmt& st = found ? wstmt(c, "UPDATE stories SET documents = documents + 1 WHERE id = ?")
                     : wstmt(c, "INSERT INTO stories(id, first_doc, documents) VALUES (?1, ?1, 1)");
    st.bind(1, w.story_id);
    if (!(s = w.run_stmt(st)).ok()) return undo(s);
  }
  if (!(s = w.write_facts()).ok()) return undo(s);
  s = w.run_stmt(wstmt(c, "RELEASE doc"));
  if (!s.ok()) return undo(s);

  // The document is in; what it adds to the commit-time writes joins the batch's.
  Impl::Writer& bw = writer_of(c);
  bw.fts_docs.push_back({w.doc_id, doc.title, doc.text});
  for (auto& row : w.doc_entity_rows) bw.doc_entities.push_back(std::move(row));
  for (auto& [id, text] : w.fts_quotes) bw.fts_quotes.push_back({id, std::move(text)});
  {
    std::string month = w.day.substr(0, 7);
    int64_t first = w.first_of_story ? 1 : 0;
    for (const auto& [a, b] : w.cooccurring) {
      auto& v = bw.cooccurrence[{a, month, b}];
      v.first += 1;
      v.second += first;
    }
    for (const auto& [id, mentions] : w.entity_rows) {
      auto& m = bw.months[{id, month}];
      if (m.documents == 0 || w.day < m.first) m.first = w.day;
      if (m.documents == 0 || w.day > m.last) m.last = w.day;
      m.documents += 1;
      m.stories += first;
      m.mentions += mentions;
    }
    for (auto& [name, quotes] : w.speakers) {
      auto& sp = bw.speakers[name];
      if (sp.documents == 0 || w.day < sp.first) sp.first = w.day;
      if (sp.documents == 0 || w.day > sp.last) sp.last = w.day;
      sp.quotes += quotes;
      sp.documents += 1;
      sp.stories.push_back(w.story_id);
    }
  }

  c.next_doc_id = c.in_batch && !own_batch ? w.doc_id + 1 : 0;
  auto& pc = c.pending_counts;
  pc["documents"] += 1;
  pc["stories"] += found ? 0 : 1;
  pc["sources"] += w.n_sources;
  pc["entities"] += static_cast<int64_t>(w.new_keys.size());
  pc["mentions"] += w.n_mentions;
  pc["quotes"] += w.n_quotes;
  pc["figures"] += w.n_figures;
  pc["events"] += w.n_events;
  c.stories.add(sh, w.story_id);
  return finish(StoreResult{w.doc_id, w.story_id, true});
}

// ---------------------------------------------------------------------------------------------

Result<Table> Corpus::stats() {
  Table t;
  t.name = "stats";
  t.columns = {"key", "value"};
  auto add = [&](const char* key, Cell v) { t.rows.push_back({std::string(key), std::move(v)}); };
  struct Q {
    const char* key;
    const char* sql;
  };
  // Row counts come from `counts` (kept by the writer at commit): counting millions of rows
  // takes seconds. Days come from the documents_day index; the last ingest is the newest
  // document's.
  const Q qs[] = {
      {"documents", "SELECT coalesce((SELECT value FROM counts WHERE key = 'documents'), 0)"},
      {"stories", "SELECT coalesce((SELECT value FROM counts WHERE key = 'stories'), 0)"},
      {"sources", "SELECT coalesce((SELECT value FROM counts WHERE key = 'sources'), 0)"},
      {"entities", "SELECT coalesce((SELECT value FROM counts WHERE key = 'entities'), 0)"},
      {"mentions", "SELECT coalesce((SELECT value FROM counts WHERE key = 'mentions'), 0)"},
      {"quotes", "SELECT coalesce((SELECT value FROM counts WHERE key = 'quotes'), 0)"},
      {"figures", "SELECT coalesce((SELECT value FROM counts WHERE key = 'figures'), 0)"},
      {"events", "SELECT coalesce((SELECT value FROM counts WHERE key = 'events'), 0)"},
      {"first_day", "SELECT min(day) FROM documents"},
      {"last_day", "SELECT max(day) FROM documents"},
      {"last_ingest", "SELECT (SELECT ingested_at FROM documents WHERE id = (SELECT max(id) FROM documents))"},
  };
  for (const Q& q : qs) {
    Stmt st(impl_->db, q.sql);
    if (!st.step()) return st.status().ok() ? Status::Internal(q.sql) : st.status();
    add(q.key, st.cell(0));
  }
  add("schema_version", static_cast<int64_t>(impl_->version));
  Stmt pc(impl_->db, "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()");
  if (pc.step()) add("bytes", pc.cell(0));
  struct stat st{};
  std::string wal = impl_->path + "-wal";
  add("wal_bytes", ::stat(wal.c_str(), &st) == 0 ? static_cast<int64_t>(st.st_size) : int64_t{0});
  return t;
}

Result<std::string> Corpus::document_json(int64_t doc_id) {
  auto doc = corpus::read_document(impl_->db, doc_id);
  if (!doc.ok()) return doc.status();
  return to_json(doc.value(), {});
}

Result<Document> corpus::read_document(sqlite3* db, int64_t doc_id) {
  Document doc;
  // Schema 6 added the columns below; a read-only connection may be reading schema 5.
  bool v6 = false;
  {
    Stmt has(db, "SELECT 1 FROM pragma_table_info('events') WHERE name = 'actor_text'");
    v6 = has.step();
  }
  Stmt d(db,
         "SELECT coalesce(ext_id, ''), coalesce(url, ''), coalesce(title, ''), coalesce(byline, ''), "
         "coalesce(published, ''), coalesce(format, ''), text, sentences FROM documents WHERE id = ?");
  d.bind(1, doc_id);
  if (!d.step()) {
    if (!d.status().ok()) return d.status();
    return Status::NotFound("no document " + std::to_string(doc_id) + " in the corpus");
  }
  doc.id = d.text(0);
  if (doc.id.empty()) doc.id = std::to_string(doc_id);
  doc.url = d.text(1);
  doc.title = d.text(2);
  doc.byline = d.text(3);
  doc.published = d.text(4);
  doc.source_format = d.text(5);
  doc.text = d.text(6);
  {
    const void* b = sqlite3_column_blob(d.get(), 7);
    int n = sqlite3_column_bytes(d.get(), 7);
    if (b && n > 0) doc.sentences = unpack_sentences(std::string(static_cast<const char*>(b), n));
  }
  auto in_text = [&](int64_t s, int64_t e) {
    return s >= 0 && e >= s && static_cast<uint64_t>(e) <= doc.text.size();
  };
  Stmt p(db, v6 ? "SELECT kind, start, end, coalesce(attribution, ''), coalesce(source_start, 0), "
                 "coalesce(source_end, 0) FROM paragraphs WHERE doc_id = ? ORDER BY idx"
               : "SELECT kind, start, end, coalesce(attribution, ''), 0, 0 FROM paragraphs WHERE doc_id = ? ORDER BY idx");
  p.bind(1, doc_id);
  while (p.step()) {
    Paragraph par;
    std::string k = p.text(0);
    for (auto kind : {ParagraphKind::kBody, ParagraphKind::kHeading, ParagraphKind::kPullQuote,
                      ParagraphKind::kCaption, ParagraphKind::kByline, ParagraphKind::kTitle}) {
      if (k == paragraph_kind_name(kind)) par.kind = kind;
    }
    if (!in_text(p.i64(1), p.i64(2))) continue;
    par.start = static_cast<uint32_t>(p.i64(1));
    par.end = static_cast<uint32_t>(p.i64(2));
    par.attribution = p.text(3);
    par.source_start = static_cast<uint64_t>(std::max<int64_t>(0, p.i64(4)));
    par.source_end = static_cast<uint64_t>(std::max<int64_t>(0, p.i64(5)));
    doc.paragraphs.push_back(std::move(par));
  }
  // Entities: local ids in document order, mentions from the mentions table.
  std::unordered_map<int64_t, int32_t> local;  // corpus entity id -> index
  Stmt e(db,
         "SELECT de.local_id, de.entity_id, en.name, en.type, coalesce(de.role,''), coalesce(de.affiliation,''), "
         "coalesce(de.country,''), coalesce(de.sector,'') FROM doc_entities de JOIN entities en ON en.id = de.entity_id "
         "WHERE de.doc_id = ? ORDER BY CAST(substr(de.local_id, 2) AS INTEGER), de.local_id");
  e.bind(1, doc_id);
  while (e.step()) {
    Entity ent;
    ent.id = e.text(0);
    ent.name = e.text(2);
    std::string type = e.text(3);
    for (auto t : {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc,
                   EntityType::kNorp, EntityType::kFac, EntityType::kEvent}) {
      if (type == entity_type_name(t)) ent.type = t;
    }
    ent.role = e.text(4);
    ent.affiliation = e.text(5);
    ent.country = e.text(6);
    ent.sector = e.text(7);
    local[e.i64(1)] = static_cast<int32_t>(doc.entities.size());
    doc.entities.push_back(std::move(ent));
  }
  Stmt m(db, "SELECT entity_id, start, end, sentence FROM mentions WHERE doc_id = ? ORDER BY start");
  m.bind(1, doc_id);
  while (m.step()) {
    auto it = local.find(m.i64(0));
    if (it == local.end() || !in_text(m.i64(1), m.i64(2))) continue;
    doc.entities[it->second].mentions.push_back(
        {static_cast<uint32_t>(m.i64(1)), static_cast<uint32_t>(m.i64(2)), static_cast<uint32_t>(m.i64(3))});
  }
  auto local_of = [&](Stmt& st, int col) -> int32_t {
    if (st.is_null(col)) return -1;
    auto it = local.find(st.i64(col));
    return it == local.end() ? -1 : it->second;
  };
  Stmt q(db,
         std::string("SELECT text, kind, start, end, coalesce(cue,''), coalesce(speaker,''), speaker_entity, "
                     "anonymous, coalesce(description,''), coalesce(addressee,''), sentence, ") +
             (v6 ? "coalesce(reason,'')" : "''") + " FROM quotes WHERE doc_id = ? ORDER BY idx");
  q.bind(1, doc_id);
  while (q.step()) {
    Quote qu;
    qu.text = q.text(0);
    std::string k = q.text(1);
    qu.kind = k == "indirect" ? QuoteKind::kIndirect : k == "mixed" ? QuoteKind::kMixed : QuoteKind::kDirect;
    qu.start = static_cast<uint32_t>(q.i64(2));
    qu.end = static_cast<uint32_t>(q.i64(3));
    qu.cue = q.text(4);
    qu.speaker.name = q.text(5);
    qu.speaker.entity = local_of(q, 6);
    qu.speaker.anonymous = q.i64(7) != 0;
    qu.speaker.description = q.text(8);
    qu.addressee = q.text(9);
    qu.sentence = static_cast<uint32_t>(q.i64(10));
    qu.speaker.reason = q.text(11);
    doc.quotes.push_back(std::move(qu));
  }
  Stmt f(db,
         "SELECT text, start, end, coalesce(value,0), coalesce(low,0), coalesce(high,0), coalesce(qualifier,''), vague, "
         "coalesce(unit,''), coalesce(category,''), coalesce(subject,''), coalesce(place,''), coalesce(time,''), "
         "coalesce(source,''), sentence FROM figures WHERE doc_id = ? ORDER BY idx");
  f.bind(1, doc_id);
  while (f.step()) {
    Figure fi;
    fi.text = f.text(0);
    fi.start = static_cast<uint32_t>(f.i64(1));
    fi.end = static_cast<uint32_t>(f.i64(2));
    fi.value = f.f64(3);
    fi.low = f.f64(4);
    fi.high = f.f64(5);
    fi.qualifier = f.text(6);
    fi.vague = f.i64(7) != 0;
    fi.unit = f.text(8);
    fi.category = f.text(9);
    fi.subject = f.text(10);
    fi.place = f.text(11);
    fi.time = f.text(12);
    fi.source = f.text(13);
    fi.sentence = static_cast<uint32_t>(f.i64(14));
    doc.figures.push_back(std::move(fi));
  }
  Stmt fc(db, "SELECT coalesce(category,''), figures, coalesce(why,'') FROM figure_conflicts WHERE doc_id = ? ORDER BY idx");
  fc.bind(1, doc_id);
  while (fc.step()) doc.figure_conflicts.push_back({fc.text(0), split_u32(fc.text(1)), fc.text(2)});
  Stmt t(db, std::string("SELECT text, start, end, coalesce(value,''), relative, sentence, ") +
                (v6 ? "coalesce(mod,'')" : "''") + " FROM times WHERE doc_id = ? ORDER BY idx");
  t.bind(1, doc_id);
  while (t.step()) {
    TimeExpr te;
    te.text = t.text(0);
    te.start = static_cast<uint32_t>(t.i64(1));
    te.end = static_cast<uint32_t>(t.i64(2));
    te.value = t.text(3);
    te.relative = t.i64(4) != 0;
    te.sentence = static_cast<uint32_t>(t.i64(5));
    te.mod = t.text(6);
    doc.times.push_back(std::move(te));
  }
  Stmt ev(db,
          "SELECT type, coalesce(mode,''), coalesce(actor,''), actor_entity, coalesce(actor_country,''), "
          "coalesce(actor_sector,''), coalesce(target,''), target_entity, coalesce(target_country,''), "
          "coalesce(target_sector,''), negated, coalesce(modality,''), coalesce(place,''), "
          "coalesce(place_country,''), lat, lon, coalesce(date,''), coalesce(size,0), coalesce(size_category,''), "
          "coalesce(sentences,''), coalesce(text,''), coalesce(start,0), coalesce(end,0), coalesce(trigger,''), " +
              std::string(v6 ? "actor_text, target_text" : "NULL, NULL") + " FROM events WHERE doc_id = ? ORDER BY idx");
  ev.bind(1, doc_id);
  while (ev.step()) {
    Event x;
    x.type = ev.text(0);
    x.mode = ev.text(1);
    x.actor = {ev.text(2), local_of(ev, 3), ev.text(4), ev.text(5)};
    x.target = {ev.text(6), local_of(ev, 7), ev.text(8), ev.text(9)};
    x.negated = ev.i64(10) != 0;
    x.modality = ev.text(11);
    x.place = ev.text(12);
    x.place_country = ev.text(13);
    x.has_coordinates = !ev.is_null(14) && !ev.is_null(15);
    x.lat = ev.f64(14);
    x.lon = ev.f64(15);
    x.date = ev.text(16);
    x.size = ev.f64(17);
    x.size_category = ev.text(18);
    x.sentences = split_u32(ev.text(19));
    x.text = ev.text(20);
    x.start = static_cast<uint32_t>(ev.i64(21));
    x.end = static_cast<uint32_t>(ev.i64(22));
    x.trigger = ev.text(23);
    // The argument's own words when stored (schema 6), else its entity's name.
    if (!ev.is_null(24)) x.actor.name = ev.text(24);
    if (!ev.is_null(25)) x.target.name = ev.text(25);
    doc.events.push_back(std::move(x));
  }
  Stmt l(db, "SELECT coalesce(anchor,''), target, start, end FROM links WHERE doc_id = ? ORDER BY idx");
  l.bind(1, doc_id);
  while (l.step()) {
    doc.links.push_back({l.text(0), l.text(1), static_cast<uint32_t>(l.i64(2)), static_cast<uint32_t>(l.i64(3))});
  }
  Stmt na(db,
         "SELECT coalesce(who,''), entity_id, coalesce(text,''), coalesce(cue,''), start, end, sentence "
         "FROM non_answers WHERE doc_id = ? ORDER BY idx");
  na.bind(1, doc_id);
  while (na.step()) {
    NonAnswer n;
    n.who = na.text(0);
    n.entity = local_of(na, 1);
    n.text = na.text(2);
    n.cue = na.text(3);
    n.start = static_cast<uint32_t>(na.i64(4));
    n.end = static_cast<uint32_t>(na.i64(5));
    n.sentence = static_cast<uint32_t>(na.i64(6));
    doc.non_answers.push_back(std::move(n));
  }
  for (Stmt* st : {&p, &e, &m, &q, &f, &fc, &t, &ev, &l, &na}) {
    if (!st->status().ok()) return st->status();
  }
  return doc;
}

}  // namespace factwire
