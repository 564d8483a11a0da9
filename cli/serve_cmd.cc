// `factwire serve --db corpus.db`: parses its flags and runs factwire::server::Server.
//
// Exit codes: 0 stopped by SIGINT/SIGTERM; 2 bad command line; 3 could not start (database,
// models, port).
#include "serve_cmd.h"

#include <CLI/CLI.hpp>
#include <signal.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

#include "server/server.h"

namespace {

constexpr int kExitOk = 0, kExitSetup = 3;

int run_serve(factwire::server::ServerOptions o, bool quiet) {
  if (o.token.empty()) {
    const char* env = std::getenv("FACTWIRE_TOKEN");
    if (env && *env) o.token = env;
  }
  if (!o.token.empty() && o.token.size() < 8) {
    std::fprintf(stderr, "factwire: the token must be at least 8 characters\n");
    return 2;
  }
  // Signals are taken by a thread that stops the server, so that run() returns cleanly.
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
  signal(SIGPIPE, SIG_IGN);

  auto s = factwire::server::Server::create(o);
  if (!s.ok()) {
    std::fprintf(stderr, "factwire: cannot start: %s\n", s.status().ToString().c_str());
    return kExitSetup;
  }
  factwire::server::Server& server = *s.value();
  if (auto st = server.bind(); !st.ok()) {
    std::fprintf(stderr, "factwire: cannot start: %s\n", st.ToString().c_str());
    return kExitSetup;
  }
  if (!quiet) std::fputs(server.describe().c_str(), stderr);
  // The first line on stdout says where to connect (scripts read the port from it).
  std::printf("listening on %s\n", server.url().c_str());
  std::fflush(stdout);

  std::thread waiter([&server, set] {
    int sig = 0;
    sigwait(&set, &sig);
    server.stop();
  });
  auto st = server.run();
  // run() also returns when the socket fails: wake the waiter so it can be joined.
  pthread_kill(waiter.native_handle(), SIGTERM);
  waiter.join();
  if (!st.ok()) {
    std::fprintf(stderr, "factwire: %s\n", st.ToString().c_str());
    return kExitSetup;
  }
  return kExitOk;
}

}  // namespace

void add_serve_commands(CLI::App& app) {
  auto o = std::make_shared<factwire::server::ServerOptions>();
  auto quiet = std::make_shared<bool>(false);
  const char* env_db = std::getenv("FACTWIRE_DB");
  if (env_db && *env_db) o->db = env_db;
  auto* serve = app.add_subcommand("serve", "Serve the JSON API and the dashboard over HTTP (docs/api.md)");
  serve->add_option("--db", o->db, "Corpus database file, created if absent (default: $FACTWIRE_DB or corpus.db)");
  serve->add_option("--host", o->host, "Address to listen on (default 127.0.0.1: this machine only)");
  serve->add_option("--port", o->port, "Port (default 8080; 0 picks a free one)")->check(CLI::Range(0, 65535));
  serve->add_option("--token", o->token,
                    "Bearer token that writes (POST /api/ingest) need (default: $FACTWIRE_TOKEN; none: writes refused)");
  serve->add_flag("--allow-unauthenticated-writes", o->allow_unauthenticated_writes,
                  "Accept writes without a token (only for a private machine)");
  serve->add_option("--cors", o->cors_origin, "Allow cross-origin requests from this origin (or *); off by default");
  serve->add_option("--threads", o->threads, "Connection threads (default 64; each open connection holds one)")
      ->check(CLI::Range(1, 1024));
  serve->add_option("--static", o->static_dir, "Dashboard folder (default: web/dist of the data folder)");
  serve->add_option("--data", o->data_dir, "Folder holding models/ and data/ (default: built-in)");
  serve->add_flag("--no-models", [o](int64_t) { o->models = false; },
                  "Skip the trained models (faster; no entities from NER)");
  serve->add_option("--max-body", o->max_body_bytes, "Largest request body in bytes (default 32 MiB)");
  serve->add_option("--max-bytes", o->max_document_bytes, "Largest document in bytes (default 8 MiB)");
  serve->add_option("--timeout", o->read_timeout_s, "Seconds a client may stay silent mid-request (default 30)")
      ->check(CLI::Range(1, 3600));
  serve->add_option_function<size_t>(
      "--cache-mb", [o](const size_t& mb) { o->cache_bytes = mb << 20; },
      "Memory for cached query answers, in MiB (default 64; 0: no cache)");
  serve->add_option("--query-timeout-ms", o->query_timeout_ms,
                    "Stop a query after this many milliseconds with 503 query_timeout (default 2000; 0: never)")
      ->check(CLI::Range(0, 600000));
  serve->add_option("--max-queries", o->max_queries,
                    "Queries running at once, the others wait their turn (default: the number of cores)")
      ->check(CLI::Range(0, 1024));
  serve->add_option("--rank-window", o->rank_window,
                    "Best-match search ranks the newest N matches that pass the filters (default 1000; 0: all)")
      ->check(CLI::Range(0, 10000000));
  serve->add_flag("--no-search-index", [o](int64_t) { o->search_index = false; },
                  "Search with SQLite FTS5 alone: no in-memory search index (built at start, ~1.6 KiB per document)");
  serve->add_flag("--access-log", o->access_log, "One line per request on stderr");
  serve->add_flag("--quiet", *quiet, "Print only the listening line");
  serve->callback([o, quiet]() {
    o->write_timeout_s = o->read_timeout_s;
    std::exit(run_serve(*o, *quiet));
  });
}
