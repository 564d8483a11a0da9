// The API against a real server on an ephemeral loopback port, started in-process; the
// corpus is the bundled examples (examples/), ingested through POST /api/ingest.
#include "server/server.h"
#include "server/response_cache.h"
#include "factwire/corpus.h"

#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <set>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>
#include <vector>

namespace fs = std::filesystem;
using nlohmann::json;

namespace factwire::server {
namespace {

constexpr const char* kToken = "test-token-0123456789";

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::string example(const std::string& name) { return slurp(std::string(FACTWIRE_SOURCE_DIR) + "/examples/" + name); }

fs::path temp_dir(const std::string& tag) {
  fs::path d = fs::temp_directory_path() / ("fw_server_test_" + tag + "_" + std::to_string(getpid()));
  fs::remove_all(d);
  fs::create_directories(d);
  return d;
}

// A server running on its own thread for the life of the object.
class Running {
 public:
  explicit Running(ServerOptions o) {
    o.host = "127.0.0.1";
    o.port = 0;
    o.models = false;  // the rules only: fast, and the same with or without trained models
    auto s = Server::create(o);
    if (!s.ok()) {
      error_ = s.status().ToString();
      return;
    }
    server_ = std::move(s.value());
    Status st = server_->bind();
    if (!st.ok()) {
      error_ = st.ToString();
      server_.reset();
      return;
    }
    thread_ = std::thread([this] { server_->run(); });
    // Wait until it answers.
    for (int i = 0; i < 200; ++i) {
      httplib::Client c("127.0.0.1", server_->port());
      if (auto r = c.Get("/api/health"); r && r->status == 200) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
  }
  ~Running() {
    if (server_) {
      server_->stop();
      thread_.join();
    }
  }
  bool ok() const { return server_ != nullptr; }
  const std::string& error() const { return error_; }
  int port() const { return server_->port(); }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", server_->port());
    c.set_read_timeout(60, 0);
    return c;
  }

 private:
  std::unique_ptr<Server> server_;
  std::thread thread_;
  std::string error_;
};

// Sends raw bytes and returns the whole response (for requests a client library would clean).
std::string raw_request(int port, const std::string& request) {
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_port = htons(static_cast<uint16_t>(port));
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
    close(fd);
    return "";
  }
  timeval tv{5, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
  size_t sent = 0;
  while (sent < request.size()) {
    ssize_t n = send(fd, request.data() + sent, request.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) break;
    sent += static_cast<size_t>(n);
  }
  // Reads one response: the headers, then Content-Length bytes (or until the server closes).
  std::string out;
  char buf[8192];
  for (ssize_t n; (n = recv(fd, buf, sizeof buf, 0)) > 0;) {
    out.append(buf, static_cast<size_t>(n));
    size_t end = out.find("\r\n\r\n");
    if (end == std::string::npos) continue;
    size_t cl = out.find("Content-Length: ");
    if (cl == std::string::npos || cl > end) continue;
    size_t len = std::strtoul(out.c_str() + cl + 16, nullptr, 10);
    if (out.size() >= end + 4 + len) break;
  }
  close(fd);
  return out;
}

int status_of(const std::string& response) {
  // "HTTP/1.1 404 Not Found"
  if (response.size() < 12) return 0;
  return std::atoi(response.c_str() + 9);
}

httplib::Headers bearer(const std::string& token = kToken) { return {{"Authorization", "Bearer " + token}}; }

json body_of(const httplib::Result& r) {
  if (!r) return json();
  return json::parse(r->body, nullptr, false);
}

std::string error_code(const httplib::Result& r) {
  json j = body_of(r);
  if (!j.is_object() || !j.contains("error")) return "";
  return j["error"].value("code", "");
}

// One server and one corpus (the examples) for the read-only tests.
class Api : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new fs::path(temp_dir("api"));
    ServerOptions o;
    o.db = (*dir_ / "corpus.db").string();
    o.token = kToken;
    o.max_body_bytes = 1u << 20;
    o.max_document_bytes = 256u << 10;
    o.static_dir = (*dir_ / "static").string();
    fs::create_directories(*dir_ / "static" / "assets");
    std::ofstream(*dir_ / "static" / "index.html") << "<!doctype html><title>dash</title>";
    std::ofstream(*dir_ / "static" / "assets" / "app.js") << "console.log('app');";
    std::ofstream(*dir_ / "static" / ".hidden") << "hidden";
    std::ofstream(*dir_ / "secret.txt") << "TOP-SECRET-OUTSIDE";
    fs::create_symlink(*dir_ / "secret.txt", *dir_ / "static" / "link.txt");
    fs::create_directory_symlink(*dir_, *dir_ / "static" / "up");
    server_ = new Running(o);
    if (!server_->ok()) return;
    auto c = server_->client();
    // The three example files: JSON Lines, plain text and HTML.
    c.Post("/api/ingest", bearer(), example("wire-stories.jsonl"), "application/x-ndjson");
    c.Post("/api/ingest?id=seed-article&published=2026-03-05&source=example.org", bearer(),
           example("seed-article.txt"), "text/plain");
    c.Post("/api/ingest?id=flood-relief", bearer(), example("flood-relief.html"), "text/html");
    // A hostile article: markup in its text is data, never code.
    json hostile = {{"id", "hostile"},
                    {"title", "Hostile <script>alert(1)</script> title"},
                    {"published", "2026-03-06"},
                    {"text",
                     "Officials said the xsscanary report was false. <script>window.xssfired=1</script> "
                     "<img src=x onerror=\"window.xssfired=2\"> The mayor said 12 people were injured."}};
    c.Post("/api/ingest", bearer(), hostile.dump(), "application/json");
  }
  static void TearDownTestSuite() {
    delete server_;
    server_ = nullptr;
    fs::remove_all(*dir_);
    delete dir_;
  }
  void SetUp() override {
    if (!fs::exists(std::string(FACTWIRE_SOURCE_DIR) + "/examples/wire-stories.jsonl")) GTEST_SKIP() << "no examples/";
    ASSERT_TRUE(server_->ok()) << server_->error();
  }
  static httplib::Client client() { return server_->client(); }
  static inline fs::path* dir_ = nullptr;
  static inline Running* server_ = nullptr;
};

TEST_F(Api, HealthAnswersWithSecurityHeaders) {
  auto r = client().Get("/api/health");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(body_of(r)["status"], "ok");
  EXPECT_EQ(body_of(r)["writes"], "token");
  std::string csp = r->get_header_value("Content-Security-Policy");
  EXPECT_NE(csp.find("script-src 'self'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(r->get_header_value("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(r->get_header_value("Access-Control-Allow-Origin"), "");  // CORS off by default
}

TEST_F(Api, StatsCountsTheIngestedExamples) {
  auto r = client().Get("/api/stats");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200);
  EXPECT_EQ(body_of(r)["documents"], 6) << r->body;  // 3 JSON lines + text + HTML + hostile
}

TEST_F(Api, AnalyzeTextReturnsTheContract) {
  auto r = client().Post("/api/analyze", example("seed-article.txt"), "text/plain");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = body_of(r);
  EXPECT_EQ(j["schema"], "factwire/1");
  EXPECT_FALSE(j["quotes"].empty());
  EXPECT_FALSE(j["figures"].empty());
  EXPECT_FALSE(j["document"]["text"].get<std::string>().empty());
  EXPECT_FALSE(j.contains("tokens"));
}

TEST_F(Api, AnalyzeHtmlAndJsonBodies) {
  auto html = client().Post("/api/analyze", example("flood-relief.html"), "text/html");
  ASSERT_TRUE(html);
  ASSERT_EQ(html->status, 200) << html->body;
  EXPECT_EQ(body_of(html)["document"]["format"], "html");
  json doc = {{"title", "T"}, {"text", "The minister said 40 people were killed on Monday."}};
  auto js = client().Post("/api/analyze?tokens=1", doc.dump(2), "application/json");
  ASSERT_TRUE(js);
  ASSERT_EQ(js->status, 200) << js->body;
  EXPECT_TRUE(body_of(js).contains("tokens"));
}

TEST_F(Api, AnalyzeReadsTheCharsetOfTheContentType) {
  auto latin = client().Post("/api/analyze", "Z\xFCrich police said 3 people were hurt.", "text/plain; charset=iso-8859-1");
  ASSERT_TRUE(latin);
  ASSERT_EQ(latin->status, 200) << latin->body;
  EXPECT_EQ(body_of(latin)["document"]["text"].get<std::string>().rfind("Z\xC3\xBCrich police", 0), 0u) << latin->body;
  auto unknown = client().Post("/api/analyze", "Rain fell.", "text/plain; charset=x-martian");
  ASSERT_TRUE(unknown);
  EXPECT_EQ(unknown->status, 415) << unknown->body;  // unsupported_media_type, naming the charset
}

TEST_F(Api, RawBodyParametersOnAJsonBodyAreAnError) {
  json doc = {{"text", "The minister said 40 people were killed on Monday."}};
  auto js = client().Post("/api/analyze?published=2026-01-01", doc.dump(), "application/json");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 400) << js->body;
  EXPECT_NE(js->body.find("published"), std::string::npos) << js->body;
}

TEST_F(Api, AnalyzeRefusesEmptyBinaryAndOversizedBodies) {
  auto empty = client().Post("/api/analyze", "", "text/plain");
  ASSERT_TRUE(empty);
  EXPECT_EQ(empty->status, 422);
  EXPECT_EQ(error_code(empty), "invalid_input");
  auto binary = client().Post("/api/analyze", std::string("\x7f" "ELF\0\0\0\1\2", 9), "text/plain");
  ASSERT_TRUE(binary);
  EXPECT_EQ(binary->status, 422);
  // Over the document limit (256 KiB here) but under the body limit (1 MiB).
  auto big_doc = client().Post("/api/analyze", std::string(300u << 10, 'a'), "text/plain");
  ASSERT_TRUE(big_doc);
  EXPECT_EQ(big_doc->status, 413);
  EXPECT_EQ(error_code(big_doc), "too_large");
  // Over the body limit: refused before it is read.
  auto big_body = client().Post("/api/analyze", std::string(2u << 20, 'a'), "text/plain");
  if (big_body) {  // the server may close the connection before the client has sent it all
    EXPECT_EQ(big_body->status, 413);
    EXPECT_EQ(error_code(big_body), "too_large");
  }
  auto type = client().Post("/api/analyze", "x", "image/png");
  ASSERT_TRUE(type);
  EXPECT_EQ(type->status, 415);
}

TEST_F(Api, IngestNeedsTheToken) {
  std::string doc = R"({"id":"t1","text":"The governor said 7 people were killed in the storm on Friday."})";
  auto none = client().Post("/api/ingest", doc, "application/json");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 401);
  EXPECT_EQ(error_code(none), "unauthorized");
  EXPECT_NE(none->get_header_value("WWW-Authenticate"), "");
  auto wrong = client().Post("/api/ingest", bearer("not-the-token-xx"), doc, "application/json");
  ASSERT_TRUE(wrong);
  EXPECT_EQ(wrong->status, 401);
  // A page on another site may not write, even with the token in hand.
  httplib::Headers cross = bearer();
  cross.emplace("Origin", "http://evil.example");
  auto xorigin = client().Post("/api/ingest", cross, doc, "application/json");
  ASSERT_TRUE(xorigin);
  EXPECT_EQ(xorigin->status, 403);
  // Nothing was stored by the refused requests.
  EXPECT_EQ(body_of(client().Get("/api/stats"))["documents"], 6);
}

TEST_F(Api, IngestIsIdempotent) {
  auto again = client().Post("/api/ingest", bearer(), example("wire-stories.jsonl"), "application/x-ndjson");
  ASSERT_TRUE(again);
  ASSERT_EQ(again->status, 200) << again->body;
  json j = body_of(again);
  EXPECT_EQ(j["received"], 3);
  EXPECT_EQ(j["stored"], 0);
  EXPECT_EQ(j["skipped"], 3);
}

TEST_F(Api, IngestReportsBadDocumentsOneByOne) {
  json arr = json::array({json{{"id", "ok-doc"}, {"text", "The council said 3 people were arrested on Tuesday."}},
                          json{{"id", "bad-doc"}, {"text", ""}}});
  auto r = client().Post("/api/ingest", bearer(), arr.dump(), "application/json");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = body_of(r);
  EXPECT_EQ(j["stored"].get<int>() + j["skipped"].get<int>(), 1);
  EXPECT_EQ(j["failed"], 1);
  EXPECT_EQ(j["documents"][1]["status"], "failed");
  EXPECT_TRUE(j["documents"][1]["error"].contains("code"));
  auto notjson = client().Post("/api/ingest", bearer(), "[1, 2", "application/json");
  ASSERT_TRUE(notjson);
  EXPECT_EQ(notjson->status, 422);
}

TEST_F(Api, SearchFindsAndPages) {
  auto r = client().Get("/api/search?q=talks&limit=1");
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = body_of(r);
  ASSERT_EQ(j["rows"].size(), 1u);
  EXPECT_EQ(j["limit"], 1);
  ASSERT_FALSE(j["next_offset"].is_null()) << "talks is in more than one example";
  EXPECT_EQ(j["next_offset"], 1);
  auto next = client().Get("/api/search?q=talks&limit=1&offset=1");
  ASSERT_TRUE(next);
  json k = body_of(next);
  ASSERT_EQ(k["rows"].size(), 1u);
  EXPECT_NE(k["rows"][0]["doc_id"], j["rows"][0]["doc_id"]);
  std::string snippet = j["rows"][0]["snippet"];
  EXPECT_NE(snippet.find("<mark>"), std::string::npos) << snippet;
  auto text = client().Get("/api/search?q=talks&snippet=text&mark_open=%3C%3C&mark_close=%3E%3E");
  ASSERT_TRUE(text);
  EXPECT_NE(body_of(text)["rows"][0]["snippet"].get<std::string>().find("<<"), std::string::npos);
  auto facets = client().Get("/api/search?q=said&facets=1");
  ASSERT_TRUE(facets);
  EXPECT_TRUE(body_of(facets)["facets"]["source"].is_array());
  EXPECT_TRUE(body_of(facets)["facets"]["month"].is_array());
}

TEST_F(Api, BadParametersAre400) {
  for (const char* path : {"/api/search", "/api/search?q=", "/api/search?q=x&limit=0", "/api/search?q=x&limit=abc",
                           "/api/search?q=x&limit=100000", "/api/search?q=x&offset=-1", "/api/search?q=x&from=2024-13",
                           "/api/search?q=x&from=yesterday", "/api/search?q=x&sort=random", "/api/search?q=x&bogus=1",
                           "/api/search?q=x&q=y", "/api/quotes?limit=-5", "/api/figures/timeline?period=year",
                           "/api/events?negated=maybe", "/api/documents/abc", "/api/documents/0",
                           "/api/documents/-1", "/api/health?x=1", "/api/search?q=x&event_type=a%3Bb"}) {
    auto r = client().Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 400) << path << " " << r->body;
    EXPECT_EQ(error_code(r), "bad_request") << path;
    EXPECT_FALSE(body_of(r)["error"]["message"].get<std::string>().empty()) << path;
  }
}

TEST_F(Api, UnknownRoutesAndMethods) {
  auto r = client().Get("/api/nothing-here");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 404);
  EXPECT_EQ(error_code(r), "not_found");
  auto post = client().Post("/api/search", "x", "text/plain");
  ASSERT_TRUE(post);
  EXPECT_EQ(post->status, 405);
  EXPECT_EQ(error_code(post), "method_not_allowed");
  auto doc = client().Get("/api/documents/99999999");
  ASSERT_TRUE(doc);
  EXPECT_EQ(doc->status, 404);
  EXPECT_EQ(error_code(doc), "not_found");
  auto ent = client().Get("/api/entities/Nobody%20Anywhere%20Zzyzx");
  ASSERT_TRUE(ent);
  EXPECT_EQ(ent->status, 404);
}

// A path that is no route is 404 whatever the method, with a body or without one.
TEST_F(Api, UnknownRoutesAre404ForEveryMethod) {
  for (const char* path : {"/api/nothing", "/no-such-file.js"}) {
    for (const char* method : {"POST", "PUT", "PATCH", "DELETE"}) {
      std::string head = std::string(method) + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n";
      std::string bare = raw_request(server_->port(), head + "\r\n");
      EXPECT_EQ(status_of(bare), 404) << method << " " << path << " without a body: " << bare;
      EXPECT_NE(bare.find("not_found"), std::string::npos) << bare;
      std::string with_body = raw_request(server_->port(), head + "Content-Type: text/plain\r\nContent-Length: 1\r\n\r\nx");
      EXPECT_EQ(status_of(with_body), 404) << method << " " << path << " with a body: " << with_body;
    }
  }
  auto del = client().Delete("/api/nothing");
  ASSERT_TRUE(del);
  EXPECT_EQ(del->status, 404);
  EXPECT_EQ(error_code(del), "not_found");
  // A route's wrong method stays 405, with or without a body.
  std::string resp = raw_request(server_->port(), "DELETE /api/search HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(status_of(resp), 405) << resp;
}

TEST_F(Api, WrongMethodsOnKnownRoutesAre405WithAllow) {
  for (const char* path : {"/api/analyze", "/api/ingest"}) {
    auto r = client().Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 405) << path << " " << r->body;
    EXPECT_EQ(error_code(r), "method_not_allowed") << path;
    EXPECT_NE(r->get_header_value("Allow").find("POST"), std::string::npos) << path;
  }
  // A POST without a body (no Content-Length) to a read route: the method is what is wrong.
  std::string resp = raw_request(server_->port(),
                                 "POST /api/search?q=x HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(status_of(resp), 405) << resp;
  EXPECT_NE(resp.find("Allow: GET"), std::string::npos) << resp;
  auto put = client().Put("/api/analyze", "x", "text/plain");
  ASSERT_TRUE(put);
  EXPECT_EQ(put->status, 405);
  EXPECT_NE(put->get_header_value("Allow").find("POST"), std::string::npos);
}

TEST_F(Api, FormBodiesAre415) {
  // curl --data-binary without -H sends application/x-www-form-urlencoded.
  std::string text = "Rebels seize airport. Officials said 12 people were killed on Monday.";
  auto r = client().Post("/api/analyze", text, "application/x-www-form-urlencoded");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 415) << r->body;
  EXPECT_EQ(error_code(r), "unsupported_media_type");
  EXPECT_EQ(r->body.find("Rebels"), std::string::npos) << "the error must not echo the article";
  auto w = client().Post("/api/ingest", bearer(), text, "application/x-www-form-urlencoded");
  ASSERT_TRUE(w);
  EXPECT_EQ(w->status, 415) << w->body;
}

TEST_F(Api, ImpossibleDatesAreRefusedOrDropped) {
  for (const char* q : {"/api/analyze?published=2026", "/api/analyze?published=2026-02-30",
                        "/api/analyze?published=2026-13-45"}) {
    auto r = client().Post(q, "Rain fell on Monday.", "text/plain");
    ASSERT_TRUE(r) << q;
    EXPECT_EQ(r->status, 400) << q << " " << r->body;
  }
  auto ok = client().Post("/api/analyze?published=2024-02-29", "Rain fell on Monday.", "text/plain");
  ASSERT_TRUE(ok);
  EXPECT_EQ(ok->status, 200) << ok->body;
  EXPECT_EQ(body_of(ok)["document"]["published"], "2024-02-29");
  // A record's impossible date: dropped with a warning, as the command line does.
  auto rec = client().Post("/api/analyze", R"({"text":"Rain fell on Monday.","published":"2026-02-30"})",
                           "application/json");
  ASSERT_TRUE(rec);
  ASSERT_EQ(rec->status, 200) << rec->body;
  json j = body_of(rec);
  EXPECT_TRUE(j["document"]["published"].is_null()) << rec->body;
  EXPECT_NE(j["document"]["warnings"].dump().find("2026-02-30"), std::string::npos) << rec->body;
  for (const char* q : {"/api/figures?from=2026-02-31", "/api/figures?from=2026-13", "/api/search?q=x&to=2025-02-29"}) {
    auto r = client().Get(q);
    ASSERT_TRUE(r) << q;
    EXPECT_EQ(r->status, 400) << q;
  }
}

std::string to_lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

TEST_F(Api, SearchFiltersByEventTypeAndCountsFacets) {
  auto ev = client().Get("/api/events?limit=1000");
  ASSERT_TRUE(ev);
  json e = body_of(ev);
  if (e["rows"].empty()) GTEST_SKIP() << "the examples gave no event";
  std::string type = e["rows"][0]["type"];
  std::set<int64_t> with_type;
  for (const auto& row : e["rows"]) {
    if (row["type"] == type) with_type.insert(row["doc_id"].get<int64_t>());
  }
  auto all = client().Get("/api/search?q=the&limit=1000");
  ASSERT_TRUE(all);
  size_t all_rows = body_of(all)["rows"].size();
  auto r = client().Get(("/api/search?q=the&limit=1000&event_type=" + type).c_str());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json j = body_of(r);
  ASSERT_FALSE(j["rows"].empty());
  for (const auto& row : j["rows"]) EXPECT_TRUE(with_type.count(row["doc_id"].get<int64_t>())) << row;
  EXPECT_LE(j["rows"].size(), with_type.size());
  EXPECT_LE(j["rows"].size(), all_rows);
  // Lower case is the same type; newest first filters the same way.
  auto lower = client().Get(("/api/search?q=the&limit=1000&sort=date&event_type=" + to_lower(type)).c_str());
  ASSERT_TRUE(lower);
  EXPECT_EQ(body_of(lower)["rows"].size(), j["rows"].size());
  // A type outside PLOVER's 16 is a mistake to report (with the list), not an empty answer.
  auto none = client().Get("/api/search?q=the&event_type=NO_SUCH_TYPE");
  ASSERT_TRUE(none);
  EXPECT_EQ(none->status, 400);
  EXPECT_NE(none->body.find("ASSAULT"), std::string::npos) << none->body;

  auto f = client().Get("/api/search?q=the&facets=1");
  ASSERT_TRUE(f);
  json facets = body_of(f)["facets"];
  EXPECT_EQ(facets["basis"].get<size_t>(), all_rows);
  for (const char* name : {"month", "source", "entity", "event_type"}) {
    ASSERT_TRUE(facets[name].is_array()) << name;
  }
  bool found = false;
  for (const auto& row : facets["event_type"]) {
    if (row["value"] == type) found = row["count"].get<int64_t>() >= 1;
  }
  EXPECT_TRUE(found) << facets["event_type"];
  ASSERT_FALSE(facets["entity"].empty());
  EXPECT_TRUE(facets["entity"][0].contains("type"));
  int64_t months = 0;
  for (const auto& row : facets["month"]) months += row["count"].get<int64_t>();
  EXPECT_EQ(months, facets["basis"].get<int64_t>());
}

TEST_F(Api, QuotesFiguresEventsAndTheirAggregates) {
  for (const char* path : {"/api/quotes", "/api/quotes/speakers", "/api/figures", "/api/figures/timeline?period=day",
                           "/api/events", "/api/events/dyads"}) {
    auto r = client().Get(path);
    ASSERT_TRUE(r) << path;
    ASSERT_EQ(r->status, 200) << path << " " << r->body;
    json j = body_of(r);
    EXPECT_TRUE(j["columns"].is_array()) << path;
    EXPECT_FALSE(j["rows"].empty()) << path << " " << r->body;
  }
  auto killed = client().Get("/api/figures?category=killed");
  ASSERT_TRUE(killed);
  for (const auto& row : body_of(killed)["rows"]) EXPECT_EQ(row["category"], "killed");
  auto paged = client().Get("/api/quotes?limit=2");
  ASSERT_TRUE(paged);
  EXPECT_EQ(body_of(paged)["rows"].size(), 2u);
  EXPECT_EQ(body_of(paged)["next_offset"], 2);
}

TEST_F(Api, EntityProfileAndDocument) {
  auto e = client().Get("/api/entities/Lebanon");
  ASSERT_TRUE(e);
  ASSERT_EQ(e->status, 200) << e->body;
  json j = body_of(e);
  EXPECT_FALSE(j["entity"].empty());
  EXPECT_TRUE(j.contains("timeline"));
  EXPECT_TRUE(j.contains("cooccurring"));
  // The document behind a search hit, with all its annotations.
  auto s = client().Get("/api/search?q=Hezbollah&limit=1");
  ASSERT_TRUE(s);
  int64_t id = body_of(s)["rows"][0]["doc_id"];
  auto d = client().Get("/api/documents/" + std::to_string(id));
  ASSERT_TRUE(d);
  ASSERT_EQ(d->status, 200);
  json doc = body_of(d);
  EXPECT_EQ(doc["schema"], "factwire/1");
  EXPECT_FALSE(doc["quotes"].empty());
  EXPECT_FALSE(doc["entities"].empty());
}

TEST_F(Api, HostileArticleIsStoredAndReturnedAsData) {
  auto s = client().Get("/api/search?q=xsscanary");
  ASSERT_TRUE(s);
  ASSERT_EQ(s->status, 200);
  json j = body_of(s);
  ASSERT_EQ(j["rows"].size(), 1u) << s->body;
  // The HTML snippet escapes the article's markup; only <mark> is markup.
  std::string snippet = j["rows"][0]["snippet"];
  EXPECT_EQ(snippet.find("<script"), std::string::npos) << snippet;
  EXPECT_EQ(snippet.find("<img"), std::string::npos) << snippet;
  int64_t id = j["rows"][0]["doc_id"];
  auto d = client().Get("/api/documents/" + std::to_string(id));
  ASSERT_TRUE(d);
  EXPECT_EQ(d->get_header_value("Content-Type"), "application/json");
  EXPECT_EQ(d->get_header_value("X-Content-Type-Options"), "nosniff");
  std::string text = body_of(d)["document"]["text"];
  EXPECT_NE(text.find("<script>window.xssfired=1</script>"), std::string::npos) << "stored as it was written";
  EXPECT_NE(text.find("onerror="), std::string::npos);
}

TEST_F(Api, StaticFilesWithoutTraversal) {
  auto index = client().Get("/");
  ASSERT_TRUE(index);
  EXPECT_EQ(index->status, 200);
  EXPECT_NE(index->body.find("dash"), std::string::npos);
  EXPECT_EQ(index->get_header_value("Content-Type"), "text/html; charset=utf-8");
  auto js = client().Get("/assets/app.js");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200);
  EXPECT_EQ(js->get_header_value("Content-Type"), "text/javascript; charset=utf-8");
  // Revalidation.
  auto again = client().Get("/assets/app.js", {{"If-None-Match", js->get_header_value("ETag")}});
  ASSERT_TRUE(again);
  EXPECT_EQ(again->status, 304);

  int port = server_->port();
  for (const char* target :
       {"/../secret.txt", "/assets/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt", "/..%2fsecret.txt", "/..%5csecret.txt", "/assets\\..\\..\\secret.txt",
        "//etc/passwd", "/%2fetc%2fpasswd", "/etc/passwd", "/link.txt", "/up/secret.txt", "/up/static/index.html",
        "/.hidden", "/%2ehidden", "/assets/./app.js", "/assets//app.js", "/index.html%00.js",
        "http://127.0.0.1/etc/passwd", "/....//secret.txt"}) {
    std::string resp = raw_request(port, std::string("GET ") + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    int st = status_of(resp);
    EXPECT_TRUE(st == 400 || st == 404) << target << " -> " << resp.substr(0, 80);
    EXPECT_EQ(resp.find("TOP-SECRET-OUTSIDE"), std::string::npos) << target;
    EXPECT_EQ(resp.find("root:x:"), std::string::npos) << target;
    EXPECT_EQ(resp.find("\r\n\r\nhidden"), std::string::npos) << target;
  }
}

TEST_F(Api, OnlyLoopbackHostNames) {
  std::string resp =
      raw_request(server_->port(), "GET /api/health HTTP/1.1\r\nHost: attacker.example:8080\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(status_of(resp), 403) << resp.substr(0, 80);
  std::string ok = raw_request(server_->port(), "GET /api/health HTTP/1.1\r\nHost: localhost:8080\r\nConnection: close\r\n\r\n");
  EXPECT_EQ(status_of(ok), 200);
}

TEST_F(Api, MalformedRequestsGetJsonErrors) {
  std::string resp = raw_request(server_->port(), "GARBAGE\r\n\r\n");
  int st = status_of(resp);
  EXPECT_TRUE(st == 400 || resp.empty()) << resp.substr(0, 80);
  std::string longline = "GET /api/search?q=" + std::string(20000, 'a') + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
  std::string r2 = raw_request(server_->port(), longline);
  EXPECT_TRUE(status_of(r2) == 400 || status_of(r2) == 414 || r2.empty()) << r2.substr(0, 80);
}

// ---------------------------------------------------------------------------------------------

TEST(ServerWrites, RefusedWithoutATokenUnlessAllowed) {
  fs::path dir = temp_dir("writes");
  std::string doc = R"({"id":"w1","text":"The police said 4 people were arrested on Sunday in the capital."})";
  {
    ServerOptions o;
    o.db = (dir / "a.db").string();
    Running s(o);
    ASSERT_TRUE(s.ok()) << s.error();
    auto r = s.client().Post("/api/ingest", doc, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 403);
    EXPECT_EQ(error_code(r), "forbidden");
    EXPECT_EQ(body_of(s.client().Get("/api/health"))["writes"], "disabled");
  }
  {
    ServerOptions o;
    o.db = (dir / "b.db").string();
    o.allow_unauthenticated_writes = true;
    Running s(o);
    ASSERT_TRUE(s.ok()) << s.error();
    auto r = s.client().Post("/api/ingest", doc, "application/json");
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(body_of(r)["stored"], 1);
  }
  fs::remove_all(dir);
}

TEST(ServerCors, OffUnlessAnOriginIsGiven) {
  fs::path dir = temp_dir("cors");
  ServerOptions o;
  o.db = (dir / "c.db").string();
  o.cors_origin = "https://dash.example";
  Running s(o);
  ASSERT_TRUE(s.ok()) << s.error();
  auto r = s.client().Get("/api/health", {{"Origin", "https://dash.example"}});
  ASSERT_TRUE(r);
  EXPECT_EQ(r->get_header_value("Access-Control-Allow-Origin"), "https://dash.example");
  auto other = s.client().Get("/api/health", {{"Origin", "https://other.example"}});
  ASSERT_TRUE(other);
  EXPECT_EQ(other->get_header_value("Access-Control-Allow-Origin"), "");
  auto pre = s.client().Options("/api/ingest", {{"Origin", "https://dash.example"},
                                               {"Access-Control-Request-Method", "POST"}});
  ASSERT_TRUE(pre);
  EXPECT_EQ(pre->status, 204);
  EXPECT_NE(pre->get_header_value("Access-Control-Allow-Headers").find("Authorization"), std::string::npos);
  fs::remove_all(dir);
}

TEST(ServerConcurrency, ReadersAnswerWhileAnIngestWrites) {
  fs::path dir = temp_dir("conc");
  ServerOptions o;
  o.db = (dir / "d.db").string();
  o.token = kToken;
  Running s(o);
  ASSERT_TRUE(s.ok()) << s.error();
  s.client().Post("/api/ingest", bearer(), R"({"id":"first","text":"The mayor said 5 people were injured in Springfield."})",
                  "application/json");
  // A large ingest in one request while readers keep asking.
  std::string lines;
  for (int i = 0; i < 300; ++i) {
    json d = {{"id", "doc" + std::to_string(i)},
              {"text", "Report number " + std::to_string(i) + ": the governor said " + std::to_string(i + 2) +
                           " people were injured in the flood on Monday, officials said. Rescue teams from the "
                           "capital arrived on Tuesday and " + std::to_string(i * 3 + 1) + " families were evacuated."}};
    lines += d.dump() + "\n";
  }
  std::atomic<bool> done{false};
  int ingest_status = 0;
  std::thread writer([&] {
    auto r = s.client().Post("/api/ingest", bearer(), lines, "application/x-ndjson");
    ingest_status = r ? r->status : -1;
    done = true;
  });
  int reads = 0, failures = 0;
  while (!done || reads < 20) {
    auto r = s.client().Get("/api/search?q=mayor");
    ++reads;
    if (!r || r->status != 200 || body_of(r)["rows"].size() != 1) ++failures;
    if (reads > 5000) break;
  }
  writer.join();
  EXPECT_EQ(ingest_status, 200);
  EXPECT_EQ(failures, 0) << "of " << reads << " reads";
  EXPECT_EQ(body_of(s.client().Get("/api/stats"))["documents"], 301);
  fs::remove_all(dir);
}

TEST(ServerSearchIndex, NewDocumentsAreFoundAndAnswersMatchFts5) {
  fs::path dir = temp_dir("index");
  ServerOptions o;
  o.db = (dir / "i.db").string();
  o.token = kToken;
  Running s(o);
  ASSERT_TRUE(s.ok()) << s.error();
  auto add = [&](const std::string& id, const std::string& text) {
    json d = {{"id", id}, {"title", "Report " + id}, {"text", text}};
    auto r = s.client().Post("/api/ingest", bearer(), d.dump(), "application/json");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
  };
  auto rows = [&](Running& server, const std::string& query) {
    auto r = server.client().Get(("/api/search?" + query).c_str(), {{"Cache-Control", "no-cache"}});
    EXPECT_TRUE(r && r->status == 200) << query << ": " << (r ? r->body : "no answer");
    return r && r->status == 200 ? body_of(r)["rows"] : json::array();
  };
  add("one", "The harbour authority said ships were stranded in Zanzibar by the storm.");
  EXPECT_EQ(rows(s, "q=zanzibar").size(), 1u);
  // Stored through the API: in the index at once.
  add("two", "A ferry reached Zanzibar harbour on Tuesday after the storm.");
  EXPECT_EQ(rows(s, "q=zanzibar").size(), 2u);
  // Stored by another process: found by the next search.
  {
    auto c = Corpus::open(o.db, {});
    ASSERT_TRUE(c.ok()) << c.status().ToString();
    Document d;
    d.id = "three";
    d.title = "Lighthouse";
    d.text = "The lighthouse keeper of Zanzibar said the storm had passed.";
    ASSERT_TRUE(c.value()->store(d, {}).ok());
  }
  EXPECT_EQ(rows(s, "q=zanzibar").size(), 3u);
  EXPECT_EQ(rows(s, "q=lighthouse").size(), 1u);
  // The same answers as FTS5 alone (a second server on the same file, without the index).
  ServerOptions plain = o;
  plain.search_index = false;
  Running f(plain);
  ASSERT_TRUE(f.ok()) << f.error();
  for (const char* q : {"q=storm", "q=storm&sort=date", "q=%22the+storm%22", "q=ferry+OR+lighthouse", "q=zan*",
                        "q=storm&offset=1&limit=1", "q=storm%20NOT%20ferry", "q=storm&facets=1"}) {
    json a = rows(s, q), b = rows(f, q);
    ASSERT_EQ(a.size(), b.size()) << q;
    for (size_t i = 0; i < a.size(); ++i) {
      EXPECT_EQ(a[i]["doc_id"], b[i]["doc_id"]) << q;
      EXPECT_EQ(a[i]["rank"], b[i]["rank"]) << q;
      EXPECT_NE(a[i]["snippet"].get<std::string>().find("<mark>"), std::string::npos) << q;
    }
  }
  // (httplib's client sends '+' as %2B: "storm+NOT+ferry" would be the words with plus signs,
  // which FTS5 cannot read and which, with NOT among them, are refused below.)
  auto plus = s.client().Get("/api/search?q=storm%2BNOT%2Bferry");
  ASSERT_TRUE(plus);
  EXPECT_EQ(plus->status, 400) << plus->body;
  // Queries FTS5 cannot read: searched as words, or a clean 400 when no word is left.
  for (const char* q : {"q=%2A", "q=%28", "q=don%27t", "q=storm+OR", "q=%22storm"}) {
    auto r = s.client().Get((std::string("/api/search?") + q).c_str());
    ASSERT_TRUE(r) << q;
    EXPECT_EQ(r->status, 200) << q << ": " << r->body;
  }
  auto bad = s.client().Get("/api/search?q=%22");
  ASSERT_TRUE(bad);
  EXPECT_EQ(bad->status, 400);
  EXPECT_EQ(error_code(bad), "bad_request");
  fs::remove_all(dir);
}

TEST(ServerCache, AnswersAreCachedUntilTheCorpusChanges) {
  fs::path dir = temp_dir("cache");
  ServerOptions o;
  o.db = (dir / "e.db").string();
  o.token = kToken;
  Running s(o);
  ASSERT_TRUE(s.ok()) << s.error();
  auto add = [&](const std::string& id) {
    json d = {{"id", id}, {"text", "The harbour authority said " + id + " ships were stranded by the storm."}};
    auto r = s.client().Post("/api/ingest", bearer(), d.dump(), "application/json");
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
  };
  add("first");
  auto a = s.client().Get("/api/search?q=harbour");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->get_header_value("X-Cache"), "miss");
  auto b = s.client().Get("/api/search?q=harbour");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->get_header_value("X-Cache"), "hit");
  EXPECT_EQ(a->body, b->body);
  // The same query with its parameters in another order is the same answer.
  auto c = s.client().Get("/api/search?limit=20&q=harbour");
  auto d = s.client().Get("/api/search?q=harbour&limit=20");
  ASSERT_TRUE(c && d);
  EXPECT_EQ(d->get_header_value("X-Cache"), "hit");
  // A write makes every cached answer stale.
  add("second");
  auto e = s.client().Get("/api/search?q=harbour");
  ASSERT_TRUE(e);
  EXPECT_EQ(e->get_header_value("X-Cache"), "miss");
  EXPECT_EQ(body_of(e)["rows"].size(), 2u);
  // Errors are not cached; a client can ask for a fresh answer.
  s.client().Get("/api/search?q=harbour&limit=0");
  auto f = s.client().Get("/api/search?q=harbour&limit=0");
  ASSERT_TRUE(f);
  EXPECT_NE(f->get_header_value("X-Cache"), "hit");
  auto g = s.client().Get("/api/search?q=harbour", {{"Cache-Control", "no-cache"}});
  ASSERT_TRUE(g);
  EXPECT_EQ(g->get_header_value("X-Cache"), "miss");
  fs::remove_all(dir);
}

TEST(ResponseCache, EvictsTheLeastRecentlyUsedAndDropsStaleEntries) {
  ResponseCache c(100, 60);
  c.put("a", 1, std::string(40, 'a'));
  c.put("b", 1, std::string(40, 'b'));
  ASSERT_NE(c.get("a", 1), nullptr);  // a is now the most recent
  c.put("c", 1, std::string(40, 'c'));  // over 100 bytes: b goes
  EXPECT_EQ(c.get("b", 1), nullptr);
  EXPECT_NE(c.get("a", 1), nullptr);
  EXPECT_NE(c.get("c", 1), nullptr);
  EXPECT_EQ(c.get("a", 2), nullptr);  // another generation: stale
  EXPECT_EQ(c.get("a", 1), nullptr);  // and gone
  c.put("big", 1, std::string(61, 'x'));  // over the per-entry limit
  EXPECT_EQ(c.get("big", 1), nullptr);
  EXPECT_LE(c.bytes(), 100u);
}

// cpp-httplib listens with a backlog of 5; bind() widens it, so that many clients connecting at
// once complete their handshakes even before the server accepts any (no 1 s SYN retries).
TEST(ServerStart, ManyConnectionsWaitInTheListenQueue) {
  fs::path dir = temp_dir("backlog");
  ServerOptions o;
  o.db = (dir / "c.db").string();
  o.host = "127.0.0.1";
  o.port = 0;
  o.models = false;
  o.search_index = false;
  auto s = Server::create(o);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  ASSERT_TRUE(s.value()->bind().ok());
  // Not running: nothing accepts. Connect 40 clients without blocking and count handshakes.
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(s.value()->port()));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  std::vector<int> fds;
  for (int i = 0; i < 40; ++i) {
    int fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
    ASSERT_GE(fd, 0);
    (void)connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    fds.push_back(fd);
  }
  std::this_thread::sleep_for(std::chrono::milliseconds(300));
  int connected = 0;
  for (int fd : fds) {
    int err = -1;
    socklen_t len = sizeof err;
    sockaddr_in peer{};
    socklen_t plen = sizeof peer;
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0 &&
        getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &plen) == 0) {
      ++connected;
    }
    close(fd);
  }
  EXPECT_EQ(connected, 40) << "handshakes completed while nothing accepted";
  s.value().reset();
  fs::remove_all(dir);
}

TEST(ServerStart, ASecondServerCannotTakeTheSamePort) {
  fs::path dir = temp_dir("port");
  ServerOptions o;
  o.db = (dir / "a.db").string();
  Running first(o);
  ASSERT_TRUE(first.ok()) << first.error();
  ServerOptions o2;
  o2.db = (dir / "b.db").string();
  o2.host = "127.0.0.1";
  o2.port = first.port();
  o2.models = false;
  auto second = Server::create(o2);
  ASSERT_TRUE(second.ok()) << second.status().ToString();
  Status st = second.value()->bind();
  EXPECT_FALSE(st.ok()) << "two servers bound port " << first.port();
  EXPECT_NE(st.message().find("cannot listen"), std::string::npos) << st.ToString();
  second.value().reset();
  fs::remove_all(dir);
}

TEST(ServerStart, BadDatabaseIsAnError) {
  fs::path dir = temp_dir("bad");
  std::ofstream(dir / "not-a.db") << "this is not a database file at all, just text";
  ServerOptions o;
  o.db = (dir / "not-a.db").string();
  o.models = false;
  auto s = Server::create(o);
  EXPECT_FALSE(s.ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace factwire::server
