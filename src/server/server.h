// The HTTP server: a JSON API over the corpus and the analysis, and the dashboard's files.
//
//   factwire::server::ServerOptions o;
//   o.db = "corpus.db";
//   o.token = "s3cret";                       // writes (POST /api/ingest) need it
//   auto s = factwire::server::Server::create(o);
//   if (!s.ok()) { std::cerr << s.status().ToString(); return 3; }
//   if (auto st = s.value()->bind(); !st.ok()) { ...; }
//   std::cout << "listening on " << s.value()->url() << "\n";
//   s.value()->run();                          // blocks until stop() (from another thread)
//
// The routes are written down in docs/api.md and docs/openapi.yaml. Every route calls the
// same library functions as the CLI (include/factwire/corpus.h, pipeline.h, json.h).
// Threads: one per open connection (httplib's pool); each query borrows a read-only SQLite
// connection from a pool, so readers never wait for an ingest (WAL); writes go through one
// writer connection, one batch at a time.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

#include "factwire/document.h"
#include "factwire/reader.h"
#include "factwire/status.h"

namespace factwire::server {

struct ServerOptions {
  std::string db = "corpus.db";  // created (empty) when absent
  std::string host = "127.0.0.1";
  int port = 8080;  // 0 = any free port (see Server::port())
  // Writes (POST /api/ingest) need "Authorization: Bearer <token>". With no token, writes are
  // refused (403) unless allow_unauthenticated_writes.
  std::string token;
  bool allow_unauthenticated_writes = false;
  // Cross-origin requests: off unless an origin ("https://example.org" or "*") is given.
  std::string cors_origin;
  int threads = 0;  // connection threads; 0 = 64
  // The dashboard's built files (web/dist). Empty = <data_dir>/web/dist, then ./web/dist.
  std::string static_dir;
  std::string data_dir;  // models/ and data/ for the Pipeline; empty = the built-in default
  bool models = true;    // false: skip the trained models (no NER); also the fallback when absent
  size_t max_body_bytes = 32u << 20;     // any request body (413 above)
  size_t max_document_bytes = 8u << 20;  // one document to analyse or ingest (413 above)
  int max_documents_per_request = 10000; // ingest (413 above)
  int ingest_jobs = 0;                   // analysis threads per ingest request; 0 = cores
  int read_timeout_s = 30;               // a client that sends nothing for this long is cut off
  int write_timeout_s = 30;
  int keep_alive_timeout_s = 5;
  // Each query on a read connection is stopped after this long (503 query_timeout); 0 = never.
  int query_timeout_ms = 2000;
  // POST /api/ingest waits this long for the write lock of another process (a CLI ingest
  // commits a batch every 15 s at most), then answers 503 unavailable with Retry-After.
  int write_wait_ms = 20000;
  // Queries running at once (others wait their turn, first come first served); 0 = the
  // number of cores. More than the cores only slices the same CPUs finer.
  int max_queries = 0;
  // Best-match search ranks the newest this many matches that pass the filters
  // (SearchQuery::rank_window); 0 = all.
  int rank_window = 1000;
  // Searches choose their hits from an in-memory index of the documents (SearchIndex: built at
  // start-up, about 1 s and 3 KiB per document of 10,000), kept up to date after each ingest;
  // false = FTS5 alone (slower under load, less memory).
  bool search_index = true;
  bool access_log = false;  // one line per request on stderr
  // Answers of the read routes kept in memory (LRU) until the corpus changes; 0 = no cache.
  size_t cache_bytes = 64u << 20;
  // Tests: replaces the Pipeline (called from several threads at once).
  std::function<Result<Document>(const Input&)> analyze;
};

class Server {
 public:
  // Opens (creates or migrates) the database, loads the pipeline and the dashboard's files.
  static Result<std::unique_ptr<Server>> create(const ServerOptions& opts);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds the listening socket (opts.host:opts.port; port 0 picks a free one).
  Status bind();
  int port() const;
  std::string url() const;  // "http://127.0.0.1:8080"
  // Serves until stop(). Returns an error when the socket could not be served.
  Status run();
  // From any thread (or a signal-handling thread): stops run().
  void stop();

  // What the startup banner prints: whether models were loaded, the dashboard found, ...
  std::string describe() const;

  struct Impl;

 private:
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace factwire::server
