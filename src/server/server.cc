// The HTTP plumbing: start-up, security headers, errors, authorisation, CORS, static files.
#include "server/server.h"

#include <dirent.h>
#include <malloc.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/stat.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include "core/json_writer.h"
#include "server/server_impl.h"

#ifndef FACTWIRE_DATA_DIR
#define FACTWIRE_DATA_DIR ""
#endif

namespace fs = std::filesystem;

namespace factwire::server {
namespace {

// No inline script or style anywhere: the dashboard is files from 'self' only, so article
// text that slips into markup cannot run.
constexpr const char* kCsp =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; manifest-src 'self'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'";

// Shown at / when the dashboard has not been built (web/build.sh).
constexpr const char* kNoDashboard =
    "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>factwire</title></head>"
    "<body><h1>factwire</h1><p>The API is running (<a href=\"/api/health\">/api/health</a>; see "
    "docs/api.md). The dashboard has not been built: run <code>web/build.sh</code> (or "
    "<code>make web</code>) and restart, or pass <code>--static DIR</code>.</p></body></html>";

bool is_loopback_host(std::string_view h) {
  return h == "localhost" || h == "::1" || h == "[::1]" || h.substr(0, 4) == "127.";
}

// The host name of a Host header ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "[::1]").
std::string_view host_name(std::string_view host) {
  if (!host.empty() && host[0] == '[') {
    size_t close = host.find(']');
    return close == std::string_view::npos ? host : host.substr(0, close + 1);
  }
  size_t colon = host.rfind(':');
  return colon == std::string_view::npos ? host : host.substr(0, colon);
}

bool constant_time_equal(std::string_view a, std::string_view b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  size_t n = std::max(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    unsigned char x = i < a.size() ? static_cast<unsigned char>(a[i]) : 0;
    unsigned char y = i < b.size() ? static_cast<unsigned char>(b[i]) : 0;
    diff |= x ^ y;
  }
  return diff == 0;
}

const char* reason_code(int status) {
  switch (status) {
    case 400: return err::kBadRequest;
    case 401: return err::kUnauthorized;
    case 403: return err::kForbidden;
    case 404: return err::kNotFound;
    case 405: return err::kMethodNotAllowed;
    case 408: return err::kTimeout;
    case 413: return err::kTooLarge;
    case 414: return err::kTooLarge;
    case 415: return err::kUnsupportedMedia;
    case 422: return err::kInvalidInput;
    case 501: return err::kNotImplemented;
    case 503: return err::kUnavailable;
    default: return status >= 500 ? err::kInternal : err::kBadRequest;
  }
}

std::string reason_message(int status, const ServerOptions& o) {
  switch (status) {
    case 400: return "the request could not be parsed";
    case 404: return "no such resource";
    case 413:
      return "the request body is over the limit of " + std::to_string(o.max_body_bytes) + " bytes";
    case 414: return "the request URI is too long";
    case 408: return "the request took too long to arrive";
    default: return "HTTP " + std::to_string(status);
  }
}

// The methods an API route takes ("" for a path that is no route): for 405 and its Allow.
const char* api_route_methods(const std::string& path) {
  if (path == "/api/analyze" || path == "/api/ingest") return "POST, OPTIONS";
  static const char* const kGet[] = {"/api/health", "/api/stats", "/api/search", "/api/quotes",
                                     "/api/quotes/speakers", "/api/figures", "/api/figures/timeline",
                                     "/api/events", "/api/events/dyads", "/api/entity"};
  for (const char* r : kGet) {
    if (path == r) return "GET, HEAD, OPTIONS";
  }
  if (path.compare(0, 14, "/api/entities/") == 0 && path.size() > 14) return "GET, HEAD, OPTIONS";
  if (path.compare(0, 15, "/api/documents/") == 0 && path.find('/', 15) == std::string::npos) {
    return "GET, HEAD, OPTIONS";
  }
  return "";
}

void send_not_allowed(const httplib::Request& req, httplib::Response& res, const char* allow) {
  res.set_header("Allow", allow);
  send_error(res, 405, err::kMethodNotAllowed,
             req.method + " is not allowed on " + req.path + " (allowed: " + allow + ")");
}

}  // namespace

// ---------------------------------------------------------------------------------------------

void send_json(httplib::Response& res, std::string body, int status) {
  res.status = status;
  res.set_content(std::move(body), "application/json");
}

void send_error(httplib::Response& res, int status, std::string_view code, std::string_view message) {
  std::string out;
  JsonWriter w(&out);
  w.begin_object().key("error").begin_object();
  w.field("code", code).field("message", message);
  w.end_object().end_object();
  send_json(res, std::move(out), status);
}

void send_status(httplib::Response& res, const Status& st) {
  switch (st.code()) {
    case Code::kOk: send_error(res, 500, err::kInternal, "no result"); return;
    case Code::kInvalidInput: send_error(res, 400, err::kBadRequest, st.message()); return;
    case Code::kTooLarge: send_error(res, 413, err::kTooLarge, st.message()); return;
    case Code::kNotFound: send_error(res, 404, err::kNotFound, st.message()); return;
    case Code::kUnsupported: send_error(res, 501, err::kNotImplemented, st.message()); return;
    case Code::kBusy:  // another process holds the corpus's write lock past --write-wait
      res.set_header("Retry-After", "5");
      send_error(res, 503, err::kUnavailable, st.message());
      return;
    case Code::kIoError:
    case Code::kCorrupt:
    case Code::kInternal: send_error(res, 500, err::kInternal, st.ToString()); return;
  }
  send_error(res, 500, err::kInternal, st.ToString());
}

// ---------------------------------------------------------------------------------------------

std::unique_ptr<Corpus> Server::Impl::acquire(Status* st) {
  {
    std::unique_lock<std::mutex> l(pool_mu);
    // First come, first served: a free slot when nobody is queued, else a place in the queue
    // until a release hands over its slot.
    if (leased < max_queries && waiters.empty()) {
      ++leased;
    } else {
      Waiter me;
      waiters.push_back(&me);
      me.cv.wait(l, [&] { return me.granted; });  // `leased` was kept for us
    }
    if (!pool.empty()) {
      auto c = std::move(pool.back());
      pool.pop_back();
      return c;
    }
  }
  CorpusOptions co;
  co.read_only = true;
  co.busy_timeout_ms = 5000;
  auto c = Corpus::open(opts.db, co);
  if (!c.ok()) {
    *st = c.status();
    give_slot();
    return nullptr;
  }
  c.value()->set_query_timeout(opts.query_timeout_ms);
  return std::move(c.value());
}

void Server::Impl::release(std::unique_ptr<Corpus> c) {
  {
    std::lock_guard<std::mutex> l(pool_mu);
    pool.push_back(std::move(c));
  }
  give_slot();
}

void Server::Impl::give_slot() {
  std::lock_guard<std::mutex> l(pool_mu);
  if (waiters.empty()) {
    --leased;
    return;
  }
  Waiter* next = waiters.front();
  waiters.pop_front();
  next->granted = true;
  next->cv.notify_one();  // under the lock: `next` lives on its thread's stack until it wakes
}

bool Server::Impl::authorize_write(const httplib::Request& req, httplib::Response& res) const {
  // A browser on another site may not write, even where no token is needed.
  if (req.has_header("Origin")) {
    std::string origin = req.get_header_value("Origin");
    std::string self = "http://" + req.get_header_value("Host");
    bool allowed = origin == self || (!opts.cors_origin.empty() && (opts.cors_origin == "*" || origin == opts.cors_origin));
    if (!allowed) {
      send_error(res, 403, err::kForbidden, "writes from origin " + origin + " are not allowed (see --cors)");
      return false;
    }
  }
  if (opts.token.empty()) {
    if (opts.allow_unauthenticated_writes) return true;
    send_error(res, 403, err::kForbidden,
               "writes are disabled: start the server with --token T (or FACTWIRE_TOKEN), or "
               "--allow-unauthenticated-writes");
    return false;
  }
  std::string auth = req.get_header_value("Authorization");
  constexpr std::string_view kBearer = "Bearer ";
  if (auth.size() <= kBearer.size() || auth.compare(0, kBearer.size(), kBearer) != 0 ||
      !constant_time_equal(std::string_view(auth).substr(kBearer.size()), opts.token)) {
    res.set_header("WWW-Authenticate", "Bearer realm=\"factwire\"");
    send_error(res, 401, err::kUnauthorized,
               auth.empty() ? "this endpoint needs \"Authorization: Bearer <token>\""
                            : "the token is not valid");
    return false;
  }
  return true;
}

void Server::Impl::install_plumbing() {
  httplib::Server& s = http;
  const bool loopback = is_loopback_host(opts.host);

  // A method other than GET and HEAD (and OPTIONS, answered before routing) that no route
  // takes: 405 with Allow on an API route or a dashboard file, 404 on a path that is neither.
  auto wrong_method = [this](const httplib::Request& req, httplib::Response& res) {
    if (const char* allow = api_route_methods(req.path); *allow) return send_not_allowed(req, res, allow);
    if (req.path.compare(0, 5, "/api/") == 0 || req.path == "/api") {
      return send_error(res, 404, err::kNotFound, "no API route " + req.path + " (see docs/api.md)");
    }
    if (req.path == "/" || req.path == "/index.html" || bundle.find(req.path) != nullptr) {
      return send_not_allowed(req, res, "GET, HEAD");
    }
    send_error(res, 404, err::kNotFound, "no such file");
  };

  // Before routing: DNS-rebinding guard, CORS preflight.
  s.set_pre_routing_handler([this, loopback, wrong_method](const httplib::Request& req, httplib::Response& res) {
    ++requests;
    // A server on loopback answers only to loopback names, so that a web page whose name
    // resolves to 127.0.0.1 (DNS rebinding) cannot read the corpus.
    if (loopback && req.has_header("Host") && !is_loopback_host(host_name(req.get_header_value("Host")))) {
      send_error(res, 403, err::kForbidden, "this server answers to localhost names only");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.method == "OPTIONS") {
      res.status = 204;
      res.set_header("Allow", "GET, HEAD, POST, OPTIONS");
      if (!opts.cors_origin.empty()) {
        res.set_header("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS");
        res.set_header("Access-Control-Allow-Headers", "Authorization, Content-Type");
        res.set_header("Access-Control-Max-Age", "600");
      }
      return httplib::Server::HandlerResponse::Handled;
    }
    // A wrong method without a body (no Content-Length, not chunked) on an API route or on a
    // path that is no route: answered here, before httplib would wait for a body that never
    // comes (PUT, PATCH: 400). With a body, the catch-all routes below answer after reading it.
    if (req.method != "GET" && req.method != "HEAD" && !req.has_header("Content-Length") &&
        !req.has_header("Transfer-Encoding")) {
      const char* allow = api_route_methods(req.path);
      if (!*allow || std::string_view(allow).find(req.method) == std::string_view::npos) {
        wrong_method(req, res);
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });

  // After every response (routes, errors, static files): security headers and CORS.
  s.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    res.set_header("Content-Security-Policy", kCsp);
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("X-Frame-Options", "DENY");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cross-Origin-Opener-Policy", "same-origin");
    res.set_header("Cross-Origin-Resource-Policy", "same-origin");
    bool api = req.path.compare(0, 5, "/api/") == 0;
    if (api && !res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
    if (api && !opts.cors_origin.empty()) {
      std::string origin = req.get_header_value("Origin");
      if (opts.cors_origin == "*") {
        res.set_header("Access-Control-Allow-Origin", "*");
      } else if (origin == opts.cors_origin) {
        res.set_header("Access-Control-Allow-Origin", origin);
        res.set_header("Vary", "Origin");
      }
      res.set_header("Access-Control-Expose-Headers", "Content-Length");
    }
  });

  // httplib's own refusals (bad request line, 413 over the payload limit, no route) get the
  // same JSON error body as the routes'.
  s.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request&, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        int status = res.status;
        send_error(res, status, reason_code(status), reason_message(status, opts));
        return httplib::Server::HandlerResponse::Handled;
      }));

  s.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unexpected error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what = e.what();
    } catch (...) {
    }
    send_error(res, 500, err::kInternal, what);
  });

  if (opts.access_log) {
    s.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%s %s %d %zu\n", req.method.c_str(), req.path.c_str(), res.status, res.body.size());
    });
  }

  // Static files: the dashboard, from the in-memory bundle. Registered last (after api.cc's
  // routes), so it only sees what no API route took.
  auto serve_static = [this](const httplib::Request& req, httplib::Response& res) {
    if (const char* allow = api_route_methods(req.path); *allow) {
      return send_not_allowed(req, res, allow);  // GET on a POST route
    }
    if (req.path.compare(0, 5, "/api/") == 0 || req.path == "/api") {
      send_error(res, 404, err::kNotFound, "no API route " + req.path + " (see docs/api.md)");
      return;
    }
    if (bundle.empty() && (req.path == "/" || req.path == "/index.html")) {
      res.set_content(kNoDashboard, "text/html; charset=utf-8");
      return;
    }
    const StaticFile* f = bundle.find(req.path);
    if (f == nullptr) {
      send_error(res, 404, err::kNotFound, "no such file");
      return;
    }
    res.set_header("ETag", f->etag);
    res.set_header("Cache-Control", "no-cache");
    if (req.get_header_value("If-None-Match") == f->etag) {
      res.status = 304;
      return;
    }
    res.set_content(f->body, f->mime.c_str());
  };
  s.Get(".*", serve_static);

  // Other methods on paths no route takes them on.
  s.Post(".*", wrong_method);
  s.Put(".*", wrong_method);
  s.Delete(".*", wrong_method);
  s.Patch(".*", wrong_method);
}

// ---------------------------------------------------------------------------------------------

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() {
  if (impl_) impl_->http.stop();
}

Result<std::unique_ptr<Server>> Server::create(const ServerOptions& opts) {
  auto impl = std::make_unique<Impl>();
  impl->opts = opts;
  impl->max_queries = opts.max_queries > 0 ? opts.max_queries
                                           : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  ServerOptions& o = impl->opts;
  if (o.threads <= 0) o.threads = 64;
  if (o.max_document_bytes > o.max_body_bytes) o.max_document_bytes = o.max_body_bytes;

  // The writer: creates or migrates the database before any reader opens it.
  {
    CorpusOptions co;
    co.read_only = false;
    co.create = true;
    co.busy_timeout_ms = o.write_wait_ms;
    auto w = Corpus::open(o.db, co);
    struct stat st{};
    if (!w.ok() && w.status().code() == Code::kIoError && ::stat(o.db.c_str(), &st) == 0) {
      // A read-only file or folder: serve the queries, refuse the writes.
      co.read_only = true;
      w = Corpus::open(o.db, co);
      impl->read_only_corpus = w.ok();
    }
    if (!w.ok()) return w.status();
    impl->writer = std::move(w.value());
  }
  if (o.search_index) {
    auto started = std::chrono::steady_clock::now();
    impl->index = std::make_unique<SearchIndex>();
    if (Status st = impl->writer->update_search_index(impl->index.get()); !st.ok()) return st;
    malloc_trim(0);  // the build's transient memory (texts, token lists) back to the system
    SearchIndex::Stats is = impl->index->stats();
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    char buf[200];
    std::snprintf(buf, sizeof buf, "search index: %lld documents, %lld terms, %.1f MiB, built in %.2f s",
                  static_cast<long long>(is.documents), static_cast<long long>(is.terms),
                  static_cast<double>(is.bytes) / (1 << 20), secs);
    impl->index_note = buf;
  } else {
    impl->index_note = "search index: off (FTS5 alone)";
  }

  // Analysis.
  if (o.analyze) {
    impl->analyze = o.analyze;
    impl->models_loaded = false;
    impl->models_note = "injected analyzer";
  } else {
    PipelineOptions po;
    po.data_dir = o.data_dir;
    po.read.max_document_bytes = o.max_document_bytes;
    po.tag = o.models;
    auto p = Pipeline::Create(po);
    if (!p.ok() && o.models) {
      // No trained models in this checkout: serve without them rather than not at all.
      impl->models_note = "models not loaded (" + p.status().ToString() + "); entities come from rules only";
      po.tag = false;
      p = Pipeline::Create(po);
    } else if (!o.models) {
      impl->models_note = "models off (--no-models)";
    }
    if (!p.ok()) return p.status();
    impl->models_loaded = po.tag;
    impl->pipeline = std::make_unique<Pipeline>(std::move(p.value()));
    const Pipeline* pl = impl->pipeline.get();
    impl->analyze = [pl](const Input& in) { return pl->analyze(in); };
  }

  // The dashboard.
  std::vector<std::string> dirs;
  if (!o.static_dir.empty()) {
    dirs.push_back(o.static_dir);
  } else {
    std::string data = o.data_dir;
    if (data.empty()) {
      const char* env = std::getenv("FACTWIRE_DATA_DIR");
      data = env && *env ? env : FACTWIRE_DATA_DIR;
    }
    if (!data.empty()) dirs.push_back((fs::path(data) / "web" / "dist").string());
    dirs.push_back("web/dist");
  }
  Status last;
  for (const auto& d : dirs) {
    last = impl->bundle.load(d);
    if (last.ok() && !impl->bundle.empty()) break;
  }
  if (impl->bundle.empty()) {
    if (!o.static_dir.empty() && !last.ok()) return last;  // asked for a folder that is not there
    impl->bundle_note = "dashboard not built (run web/build.sh); the API works";
  } else {
    impl->bundle_note = "dashboard: " + std::to_string(impl->bundle.size()) + " files from " + impl->bundle.dir();
  }

  httplib::Server& s = impl->http;
  int threads = o.threads;
  s.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  s.set_payload_max_length(o.max_body_bytes);
  s.set_read_timeout(o.read_timeout_s, 0);
  s.set_write_timeout(o.write_timeout_s, 0);
  s.set_keep_alive_timeout(o.keep_alive_timeout_s);
  s.set_keep_alive_max_count(1000);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
  // the client's delayed ACK hold every response back by ~40 ms.
  s.set_tcp_nodelay(true);
  // cpp-httplib's default socket options add SO_REUSEPORT, which lets a second server bind
  // the same port and take half its connections. SO_REUSEADDR only: a restart can rebind at
  // once (TIME_WAIT), a second listener fails with "cannot listen".
  s.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof(yes));
  });
  if (o.cache_bytes > 0) impl->cache = std::make_unique<ResponseCache>(o.cache_bytes, 1u << 20);
  impl->install_routes();
  impl->install_plumbing();
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

namespace {

// cpp-httplib (Debian's shared build) listens with a backlog of 5 connections. When 50 clients
// connect or reconnect at once and the accept thread is waiting for a CPU, the kernel drops the
// handshakes past that queue and the clients retry after 1 s or 3 s: the latency spikes a load
// test sees. Linux lets listen() be called again on a listening socket to change its backlog:
// find ours (the listening socket bound to `port`) and widen the queue to the system's limit.
void widen_listen_backlog(int port) {
  DIR* dir = opendir("/proc/self/fd");
  if (dir == nullptr) return;
  while (dirent* e = readdir(dir)) {
    char* end = nullptr;
    long fd = std::strtol(e->d_name, &end, 10);
    if (end == e->d_name || *end != '\0' || fd == dirfd(dir)) continue;
    int listening = 0;
    socklen_t len = sizeof listening;
    if (getsockopt(static_cast<int>(fd), SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) continue;
    sockaddr_storage addr{};
    socklen_t alen = sizeof addr;
    if (getsockname(static_cast<int>(fd), reinterpret_cast<sockaddr*>(&addr), &alen) != 0) continue;
    int p = -1;
    if (addr.ss_family == AF_INET) p = ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port);
    if (addr.ss_family == AF_INET6) p = ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port);
    if (p == port) (void)::listen(static_cast<int>(fd), SOMAXCONN);
  }
  closedir(dir);
}

}  // namespace

Status Server::bind() {
  Impl& m = *impl_;
  if (m.opts.port == 0) {
    int p = m.http.bind_to_any_port(m.opts.host);
    if (p <= 0) return Status::IoError("cannot listen on " + m.opts.host + " (any port)");
    m.bound_port = p;
  } else {
    if (m.opts.port < 0 || m.opts.port > 65535) return Status::InvalidInput("port out of range");
    if (!m.http.bind_to_port(m.opts.host, m.opts.port)) {
      return Status::IoError("cannot listen on " + m.opts.host + ":" + std::to_string(m.opts.port) +
                             " (in use, or not an address of this machine)");
    }
    m.bound_port = m.opts.port;
  }
  widen_listen_backlog(m.bound_port);
  return Status::Ok();
}

int Server::port() const { return impl_->bound_port; }

std::string Server::url() const {
  std::string h = impl_->opts.host;
  if (h.find(':') != std::string::npos) h = "[" + h + "]";
  return "http://" + h + ":" + std::to_string(impl_->bound_port);
}

Status Server::run() {
  if (impl_->bound_port < 0) {
    Status st = bind();
    if (!st.ok()) return st;
  }
  if (!impl_->http.listen_after_bind()) return Status::IoError("the listening socket failed");
  return Status::Ok();
}

void Server::stop() { impl_->http.stop(); }

std::string Server::describe() const {
  const Impl& m = *impl_;
  std::string out = "corpus: " + m.opts.db + "\n";
  out += m.models_loaded ? "models: loaded\n" : "models: " + m.models_note + "\n";
  out += m.bundle_note + "\n";
  out += m.index_note + "\n";
  if (m.read_only_corpus) out += "writes: disabled (the corpus database is read-only)\n";
  else if (!m.opts.token.empty()) out += "writes: need the bearer token\n";
  else if (m.opts.allow_unauthenticated_writes) out += "writes: OPEN to anyone who can reach the port\n";
  else out += "writes: disabled (no --token)\n";
  if (!m.opts.cors_origin.empty()) out += "CORS: " + m.opts.cors_origin + "\n";
  return out;
}

}  // namespace factwire::server
