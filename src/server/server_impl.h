// Server::Impl, shared by server.cc (the HTTP plumbing) and api.cc (the routes).
#pragma once

#include <httplib.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "factwire/corpus.h"
#include "factwire/pipeline.h"
#include "server/response_cache.h"
#include "server/server.h"
#include "server/static_bundle.h"

namespace factwire::server {

// Stable error codes of the API ({"error": {"code": ..., "message": ...}}); do not rename.
namespace err {
inline constexpr const char* kBadRequest = "bad_request";            // 400
inline constexpr const char* kUnauthorized = "unauthorized";         // 401
inline constexpr const char* kForbidden = "forbidden";               // 403
inline constexpr const char* kNotFound = "not_found";                // 404
inline constexpr const char* kMethodNotAllowed = "method_not_allowed";  // 405
inline constexpr const char* kTimeout = "timeout";                   // 408
inline constexpr const char* kTooLarge = "too_large";                // 413
inline constexpr const char* kUnsupportedMedia = "unsupported_media_type";  // 415
inline constexpr const char* kInvalidInput = "invalid_input";        // 422
inline constexpr const char* kInternal = "internal";                 // 500
inline constexpr const char* kNotImplemented = "not_implemented";    // 501
inline constexpr const char* kUnavailable = "unavailable";           // 503
inline constexpr const char* kQueryTimeout = "query_timeout";        // 503: a query ran past --query-timeout
}  // namespace err

// Writes {"error": {"code": code, "message": message}} with `status`.
void send_error(httplib::Response& res, int status, std::string_view code, std::string_view message);
// A library Status as an API error (kNotFound -> 404, kInvalidInput -> 400, ...).
void send_status(httplib::Response& res, const Status& st);
void send_json(httplib::Response& res, std::string body, int status = 200);

struct Server::Impl {
  ServerOptions opts;
  httplib::Server http;
  int bound_port = -1;

  // Analysis.
  std::unique_ptr<Pipeline> pipeline;
  std::function<Result<Document>(const Input&)> analyze;
  bool models_loaded = false;
  std::string models_note;  // why the models are off, when they are

  // The dashboard.
  StaticBundle bundle;
  std::string bundle_note;

  // Read connections: one per concurrent query, reused. At most `max_queries` are leased at
  // once; a request waits its turn (tickets are served in order).
  // A request that finds every slot taken queues a Waiter and sleeps on its own condition
  // variable; a release hands its slot to the first waiter and wakes that one thread only
  // (waking every waiter on each release cost dozens of context switches per request).
  struct Waiter {
    std::condition_variable cv;
    bool granted = false;
  };
  std::mutex pool_mu;
  std::deque<Waiter*> waiters;
  std::vector<std::unique_ptr<Corpus>> pool;
  int max_queries = 1;
  int leased = 0;
  // The one writer.
  std::mutex write_mu;
  std::unique_ptr<Corpus> writer;
  bool read_only_corpus = false;  // the database file or folder is not writable: no ingest

  // The in-memory search index shared by the read connections (nullptr: FTS5 alone).
  std::unique_ptr<SearchIndex> index;
  std::string index_note;

  std::atomic<int64_t> requests{0};
  // Read answers until the corpus changes (ingests here bump `writes`; others change the file).
  std::unique_ptr<ResponseCache> cache;
  std::atomic<uint64_t> writes{0};

  // Borrows a read connection (opening one when none is free); nullptr with *st set on error.
  std::unique_ptr<Corpus> acquire(Status* st);
  void release(std::unique_ptr<Corpus> c);
  void give_slot();  // a slot back: to the first waiter, else free

  void install_routes();        // api.cc
  void install_plumbing();      // server.cc: headers, errors, static files, CORS, auth
  // Writes are allowed for this request; else answers the error and returns false.
  bool authorize_write(const httplib::Request& req, httplib::Response& res) const;
};

// A borrowed read connection, given back when it goes out of scope.
class Lease {
 public:
  explicit Lease(Server::Impl* impl) : impl_(impl) { corpus_ = impl_->acquire(&status_); }
  ~Lease() {
    if (corpus_) impl_->release(std::move(corpus_));
  }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  bool ok() const { return corpus_ != nullptr; }
  const Status& status() const { return status_; }
  Corpus* operator->() { return corpus_.get(); }
  // Answers a failed query: 503 query_timeout when it ran past its deadline, else as
  // send_status.
  void fail(httplib::Response& res, const Status& st) {
    if (corpus_ && corpus_->query_timed_out()) {
      send_error(res, 503, err::kQueryTimeout, st.message());
      res.set_header("Retry-After", "1");
      return;
    }
    send_status(res, st);
  }

 private:
  Server::Impl* impl_;
  std::unique_ptr<Corpus> corpus_;
  Status status_;
};

}  // namespace factwire::server
