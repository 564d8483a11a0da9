// The corpus: an embedded SQLite store of analysed documents, and the questions people ask it.
//
//   // Ingest (what `factwire ingest a/ b.jsonl.gz --db corpus.db` runs):
//   factwire::IngestOptions opts;
//   auto report = factwire::ingest({"articles/"}, "corpus.db", opts);
//   if (!report.ok()) { std::cerr << report.status().ToString() << "\n"; return 1; }
//
//   // Query (what `factwire quotes --about Lebanon --by-speaker` runs):
//   auto corpus = factwire::Corpus::open("corpus.db", {.read_only = true});
//   factwire::QuoteQuery q;
//   q.about = "Lebanon";
//   q.by_speaker = true;
//   auto table = corpus.value()->quotes(q);
//   std::cout << factwire::format_table(table.value(), factwire::TableFormat::kJsonl);
//
// Every query answers a `Table` (named columns, typed cells), so the CLI, the HTTP server and
// programs print the same rows as a table, JSON, JSON Lines or CSV. The columns of each query
// are listed beside it below and in docs/corpus.md (schema, migrations, story counting).
//
// A Corpus object is one SQLite connection: use it from one thread at a time (open one per
// thread; opening is cheap). Readers never block on a writer (WAL mode). Nothing here prints,
// exits or throws: errors are Status values.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "factwire/document.h"
#include "factwire/reader.h"
#include "factwire/status.h"

namespace factwire {

// ---------------------------------------------------------------------------------------------
// Tables: what every query answers.

// One cell: null, integer, real or text.
using Cell = std::variant<std::monostate, int64_t, double, std::string>;

struct Table {
  std::string name;  // "search", "quotes", ... ; the section name inside an entity profile
  std::vector<std::string> columns;
  std::vector<std::vector<Cell>> rows;
  // Nested tables (an entity profile: roles, timeline, co-occurring, quotes, events).
  std::vector<Table> sections;
};

enum class TableFormat : uint8_t {
  kTable,  // aligned columns for people
  kJson,   // an array of objects (an object of arrays for a table with sections)
  kJsonl,  // one object per line (rows of sections carry a "section" field)
  kCsv,    // RFC 4180 with a header line (sections: one block each, after a "# name" line)
  kPlover, // events only: PLOVER-style event records, one JSON object per line
};
bool parse_table_format(const std::string& name, TableFormat* out);
std::string format_table(const Table& table, TableFormat format);

// ---------------------------------------------------------------------------------------------
// Queries. Dates are "YYYY-MM-DD" (inclusive; a prefix "2024-06" works as a month); empty
// = unbounded. A document's date is its publication date, else the day it was ingested.
// Names (entity, speaker, actor) match case-insensitively; a name that matches no entity
// exactly matches the entities whose name contains it as whole words ("Aoun" finds
// "Joseph Aoun").

struct Page {
  int limit = 20;  // rows returned (capped at 10000)
  int offset = 0;
};

class SearchIndex;  // below

// columns: doc_id, story_id, published, source, title, url, snippet, rank
struct SearchQuery {
  std::string text;  // FTS5 query: words, "a phrase", OR, NOT, prefix*
  std::string from, to, source, entity;
  std::string event_type;  // only documents with an event of this type (not negated), e.g. "ASSAULT"
  std::string mark_open = "[", mark_close = "]";  // around matched words in the snippet
  bool html = false;  // the snippet is HTML: text escaped, matches in <mark></mark>
  bool by_date = false;  // newest first instead of best match first
  // Best match ranks the newest this many matches that pass the filters (0 = all of them):
  // ranking every match of a very common word costs seconds on a large corpus.
  int rank_window = 5000;
  Page page;
  // An in-memory index of this corpus's database to choose the hits from (see SearchIndex);
  // nullptr = FTS5 alone. Queries it cannot answer (NOT, NEAR, column filters, ...) are
  // answered by FTS5 as before.
  SearchIndex* index = nullptr;
  // The last row of a full page is asked for only to know whether a next page exists: it
  // comes with its doc_id alone (other columns null), without reading its row or making its
  // snippet. (Index answers only; FTS5 answers fill it in as any other row.)
  bool last_row_probe = false;
};

// Facets of a search: how its best `basis` matches (by the query's own order: best match or
// newest) spread over months, sources, entities and event types. The table has one row
// (column basis: the matches counted) and sections month (calendar order), source, entity
// (with type) and event_type, each with columns value, count (most first; at most `top`).
struct FacetQuery {
  SearchQuery search;  // its page is ignored
  int basis = 500;     // matches counted (1..10000)
  int top = 30;        // rows per section (month: all)
};

// columns: quote_id, doc_id, story_id, published, source, speaker, anonymous, kind, text, cue
// with by_speaker: speaker, quotes, stories, documents, first, last
struct QuoteQuery {
  std::string speaker;  // the speaker's name (or its entity)
  std::string about;    // an entity mentioned in the quote (or, not as its speaker, in its sentence)
  std::string keyword;  // words inside the quote
  std::string from, to;
  bool by_speaker = false;  // who was quoted most: one row per speaker, ranked by stories
  Page page;
};

// columns: figure_id, doc_id, story_id, published, source, category, value, low, high,
//          qualifier, unit, subject, place, text, credible
// with timeline: period, category, stories, documents, max, sum_of_story_max
struct FigureQuery {
  std::string category, place, from, to;
  std::string timeline;  // "", "day", "week" or "month"
  bool credible_only = false;
  Page page;
};

// columns: event_id, doc_id, story_id, published, type, mode, actor, actor_country, target,
//          target_country, negated, place, date, text
// with dyads: actor, target, events, stories, types
struct EventQuery {
  std::string actor, target, type, from, to;
  bool dyads = false;
  bool include_negated = false;  // negated / denied / threatened-only events are left out by default
  // Also the columns a PLOVER record needs (`events --format plover`), after the usual ones:
  // actor_text, actor_sector, actor_local_id, actor_local_name, and the same for target, size,
  // size_category, sentences, start, end, trigger, title, published (docs/corpus.md). Not with dyads.
  bool details = false;
  Page page;
};

// sections: entity (the matching entities), roles, timeline (per month), cooccurring,
// quotes (said by it), events (as actor or target)
struct EntityQuery {
  std::string name;
  std::string from, to;
  int limit = 20;  // rows per section
};

// ---------------------------------------------------------------------------------------------
// The store.

struct CorpusOptions {
  bool read_only = false;  // open an existing database for queries only
  bool create = true;      // create the file when it is absent (ignored when read_only)
  // How long a statement waits for a lock held by another process (another writer's batch,
  // a checkpoint) before it fails with Code::kBusy; < 0: without limit (ingest's writer).
  int busy_timeout_ms = 10000;
};

// What the writer needs besides the Document.
struct DocumentMeta {
  std::string content_hash;  // 32 bytes (SHA-256 of the input); empty = computed from doc.text
  std::string source;        // the site ("reuters.com"); empty = the URL's host
  std::string ingested_at;   // ISO-8601 UTC; empty = now
  // simhash64(doc.text), when the caller computed it (ingest does, on its worker threads, so
  // that the writer thread does not); unset = computed by store().
  std::optional<uint64_t> simhash;
};

struct StoreResult {
  int64_t doc_id = 0;
  int64_t story_id = 0;
  bool inserted = false;  // false: the content hash was already stored (nothing written)
};

class Corpus {
 public:
  // Opens (and creates or migrates to kSchemaVersion) a corpus database. A file that is not a
  // SQLite database, or a SQLite database that is not a factwire corpus, is Code::kCorrupt
  // with a message naming the file.
  static Result<std::unique_ptr<Corpus>> open(const std::string& path, const CorpusOptions& opts);
  ~Corpus();
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;

  static constexpr int kSchemaVersion = 6;  // corpus::kLatestVersion (src/corpus/schema.h)
  int schema_version() const;
  const std::string& path() const;

  // Writing. Group stores into a batch: begin(); store()...; commit(). A store that fails
  // leaves the batch as it was (the document is rolled back alone).
  Status begin();
  Status commit();
  Status rollback();
  Result<StoreResult> store(const Document& doc, const DocumentMeta& meta);
  // True when a document with this content hash is stored.
  Result<bool> contains(const std::string& content_hash);

  // Queries.
  Result<Table> search(const SearchQuery& q);
  Result<Table> search_facets(const FacetQuery& q);
  Result<Table> quotes(const QuoteQuery& q);
  Result<Table> figures(const FigureQuery& q);
  Result<Table> events(const EventQuery& q);
  Result<Table> entity(const EntityQuery& q);
  // columns: key, value (documents, stories, sources, entities, mentions, quotes, figures,
  // events, first, last, schema_version, bytes, ...)
  Result<Table> stats();
  // One document with its annotations as stored: the analysis contract's JSON (docs/output-contract.md).
  Result<std::string> document_json(int64_t doc_id);

  // A deadline for each query call (search, search_facets, quotes, figures, events, entity):
  // a statement still running after `ms` milliseconds is interrupted and the call answers
  // Code::kTooLarge ("the query ran past its deadline ..."); query_timed_out() is then true
  // until the next call. 0 (the default) = no deadline.
  void set_query_timeout(int ms);
  bool query_timed_out() const;

  // Adds the documents stored since `index` was last brought up to date (all of them the first
  // time) to it. A search with SearchQuery::index set does this itself when the corpus grew.
  Status update_search_index(SearchIndex* index);

  // Near-duplicate grouping: two documents belong to one story when the Hamming distance
  // of their 64-bit SimHash fingerprints is at most this (0..7; default 7).
  void set_near_duplicate_distance(int bits);

  struct Impl;

 private:
  explicit Corpus(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// An in-memory full-text index of the documents' titles and texts, shared by the read
// connections of one process (the server): postings with term frequencies and positions, each
// document's length and day. Tokens come from FTS5's own tokenizer, so a search over it matches
// the same documents and ranks them with the same BM25 as FTS5 (words, "phrases", OR, AND,
// prefix*), without FTS5's per-query cost of counting each phrase's documents and ranking
// through SQL. Documents are only ever added (the corpus is append-only). Thread-safe.
class SearchIndex {
 public:
  SearchIndex();
  ~SearchIndex();
  SearchIndex(const SearchIndex&) = delete;
  SearchIndex& operator=(const SearchIndex&) = delete;

  struct Stats {
    int64_t documents = 0;  // indexed
    int64_t terms = 0;      // distinct tokens
    int64_t tokens = 0;     // token occurrences (titles and texts)
    int64_t bytes = 0;      // memory held, approximately
  };
  Stats stats() const;

  struct Data;  // corpus/search_index.h
  Data& data() { return *data_; }

 private:
  std::unique_ptr<Data> data_;
};

// SHA-256 of bytes (32 raw bytes); the content hash that makes ingest idempotent.
std::string sha256(std::string_view bytes);
// 64-bit SimHash over word 3-shingles of text (lower-cased); 0 for texts too short to say.
uint64_t simhash64(std::string_view text);

// ---------------------------------------------------------------------------------------------
// Ingest.

struct IngestProgress {
  int64_t inputs = 0;    // documents read so far
  int64_t stored = 0;    // new documents committed
  int64_t pending = 0;   // documents written into the open transaction, not yet committed
  int64_t skipped = 0;   // already stored (same content hash), or repeated in the input
  int64_t errors = 0;    // bad documents, reported and skipped
  int64_t total = -1;    // documents expected, -1 when unknown
  double elapsed_s = 0;
  double storage_s = 0;  // time the writer spent in SQLite
  double analysis_s = 0; // CPU time the workers spent analysing (summed over workers)
  double reading_s = 0;  // time the reader spent finding and decoding input
  // Per-thread CPU time (CLOCK_THREAD_CPUTIME_ID), unaffected by other processes on the
  // machine: the writer thread inside SQLite, and the workers inside analysis (summed).
  // storage_cpu_s / (storage_cpu_s + analysis_cpu_s) is storage's share of the ingest work.
  double storage_cpu_s = 0;
  double analysis_cpu_s = 0;
  bool done = false;
};

struct IngestOptions {
  int jobs = 0;          // analysis workers; 0 = all cores
  int batch_size = 2048;  // documents per transaction (also committed every batch_ms)
  // Longer transactions write each touched b-tree page to the WAL fewer times (docs/corpus.md,
  // "Measuring": 1 s -> 5 s took the writer from 2.20 to 1.90 ms per document at 19k documents;
  // at 100k documents 1,024 -> 2,048 per batch took it from 2.4 to 2.2 ms); a kill loses at
  // most this much analysis, and readers see new documents this much later.
  int batch_ms = 15000;
  ReadOptions read;
  std::string data_dir;  // models/ and data/ for the Pipeline; empty = default
  bool models = true;    // false: the Pipeline skips the trained models (PipelineOptions::tag)
  int near_duplicate_bits = 7;  // 0..7
  // Called on the calling thread about every `progress_ms` and once at the end.
  std::function<void(const IngestProgress&)> on_progress;
  int progress_ms = 500;
  // Called once per bad document (a bad record, an analysis failure, a failed store):
  // `name` says which document, `status` why. Never on the calling thread's behalf only:
  // calls are serialised.
  std::function<void(const std::string& name, const Status& status)> on_error;

  // Injection points for tests and embedders; empty = the Pipeline and InputStream defaults.
  // analyze: turns one Input into a Document (called from several threads at once).
  std::function<Result<Document>(const Input&)> analyze;
  // open_stream: a file that is neither WARC nor an RSS/Atom feed (plain, gzip; text, HTML,
  // JSON Lines).
  std::function<Result<std::unique_ptr<InputStream>>(const std::string& path, const ReadOptions&)>
      open_stream;
};

struct IngestReport {
  IngestProgress progress;
  std::vector<std::string> files;  // the files read, in order
};

// Reads every document under `paths` (files, folders recursively; plain or gzip; text, HTML,
// JSON Lines, WARC, RSS/Atom), analyses them on `jobs` threads and stores them in the corpus
// at `db_path` in batches, each committed atomically. Documents already stored are skipped,
// so rerunning an interrupted ingest resumes it. A bad document goes to on_error and the
// ingest goes on; the result is an error only when the database cannot be opened or written.
Result<IngestReport> ingest(const std::vector<std::string>& paths, const std::string& db_path,
                            const IngestOptions& opts);

}  // namespace factwire
