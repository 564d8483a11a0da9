// The API routes (docs/api.md): each checks its parameters and calls one library function.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <atomic>
#include <cmath>
#include <map>
#include <optional>
#include <thread>
#include <unordered_set>

#include "core/json_writer.h"
#include "core/utf8.h"
#include "corpus/dates.h"
#include "factwire/json.h"
#include "read/html/charset.h"
#include "read/html/html_scrub.h"
#include "server/params.h"
#include "server/server_impl.h"

namespace factwire::server {
namespace {

constexpr int kDefaultLimit = 20;
constexpr int kMaxLimit = 1000;
constexpr int kMaxOffset = 1000000;
constexpr int kFacetBasis = 500;  // search facets count over this many best matches

void write_cell(JsonWriter& w, const Cell& c) {
  if (std::holds_alternative<int64_t>(c)) {
    w.value(std::get<int64_t>(c));
  } else if (std::holds_alternative<double>(c)) {
    double d = std::get<double>(c);
    if (std::isfinite(d)) w.value(d);
    else w.null();
  } else if (std::holds_alternative<std::string>(c)) {
    w.value(std::get<std::string>(c));
  } else {
    w.null();
  }
}

void write_rows(JsonWriter& w, const Table& t, size_t max_rows) {
  w.begin_array();
  size_t n = std::min(max_rows, t.rows.size());
  for (size_t r = 0; r < n; ++r) {
    const auto& row = t.rows[r];
    w.begin_object();
    for (size_t i = 0; i < t.columns.size() && i < row.size(); ++i) {
      w.key(t.columns[i]);
      write_cell(w, row[i]);
    }
    w.end_object();
  }
  w.end_array();
}

void write_columns(JsonWriter& w, const Table& t) {
  w.key("columns").begin_array();
  for (const auto& c : t.columns) w.value(c);
  w.end_array();
}

int column(const Table& t, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    for (size_t i = 0; i < t.columns.size(); ++i) {
      if (t.columns[i] == n) return static_cast<int>(i);
    }
  }
  return -1;
}

std::string cell_string(const Cell& c) {
  if (std::holds_alternative<std::string>(c)) return std::get<std::string>(c);
  if (std::holds_alternative<int64_t>(c)) return std::to_string(std::get<int64_t>(c));
  return "";
}

// Reads limit/offset; the library is asked for one row more to know whether a next page exists.
Page page_of(Params& p, int def = kDefaultLimit, int max = kMaxLimit) {
  Page pg;
  pg.limit = static_cast<int>(p.integer("limit", def, 1, max));
  pg.offset = static_cast<int>(p.integer("offset", 0, 0, kMaxOffset));
  return pg;
}
Page one_more(Page pg) {
  ++pg.limit;
  return pg;
}

// {"columns": [...], "rows": [...], "limit": L, "offset": O, "next_offset": N | null, ...extra}
template <typename Extra>
std::string paged_json(const Table& t, const Page& asked, Extra&& extra) {
  std::string out;
  out.reserve(256 + t.rows.size() * 256);
  JsonWriter w(&out);
  w.begin_object();
  write_columns(w, t);
  w.key("rows");
  write_rows(w, t, static_cast<size_t>(asked.limit));
  w.field("limit", asked.limit).field("offset", asked.offset);
  w.key("next_offset");
  if (t.rows.size() > static_cast<size_t>(asked.limit)) w.value(asked.offset + asked.limit);
  else w.null();
  extra(w);
  w.end_object();
  return out;
}
std::string paged_json(const Table& t, const Page& asked) {
  return paged_json(t, asked, [](JsonWriter&) {});
}

bool check(Params& p, httplib::Response& res) {
  if (p.ok()) return true;
  send_error(res, 400, err::kBadRequest, p.error());
  return false;
}

std::string media_type(const httplib::Request& req) {
  std::string ct = req.get_header_value("Content-Type");
  size_t semi = ct.find(';');
  if (semi != std::string::npos) ct.resize(semi);
  while (!ct.empty() && ct.back() == ' ') ct.pop_back();
  for (auto& c : ct) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ct;
}

bool is_json_lines_type(const std::string& t) {
  return t == "application/x-ndjson" || t == "application/jsonl" || t == "application/jsonlines" ||
         t == "application/x-jsonlines" || t == "application/json-lines";
}

// A JSON body (one object, or an array of objects) or JSON Lines, as JSON Lines.
Result<std::string> to_json_lines(const std::string& body, bool json_lines) {
  size_t i = 0;
  if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  while (i < body.size() && std::isspace(static_cast<unsigned char>(body[i]))) ++i;
  if (i == body.size()) return Status::InvalidInput("the request body is empty");
  if (json_lines) return body;
  if (body[i] != '{' && body[i] != '[') {
    return Status::InvalidInput("expected a JSON object, an array of objects, or JSON Lines");
  }
  nlohmann::json j = nlohmann::json::parse(body.begin() + static_cast<std::ptrdiff_t>(i), body.end(), nullptr,
                                           /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    if (body[i] == '{') return body;  // JSON Lines sent as application/json
    return Status::InvalidInput("the body is not valid JSON");
  }
  auto dump = [](const nlohmann::json& v) { return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace); };
  if (j.is_object()) return dump(j) + "\n";
  std::string out;
  for (const auto& e : j) {
    if (!e.is_object()) return Status::InvalidInput("every element of the array must be a document object");
    out += dump(e);
    out += '\n';
  }
  if (out.empty()) return Status::InvalidInput("the array holds no documents");
  return out;
}

// The documents of a write or analyse request: JSON (an object or an array), JSON Lines, or
// one raw text/HTML document.
Result<std::vector<Input>> read_documents(const httplib::Request& req, Params& p, const ServerOptions& o) {
  std::string type = media_type(req);
  ReadOptions ro;
  ro.max_document_bytes = o.max_document_bytes;
  std::vector<Input> out;
  bool json = type == "application/json" || is_json_lines_type(type);
  if (json) {
    // The raw body's parameters would be silently lost on a JSON body, whose records carry
    // their own id, title, url and published.
    for (const char* raw_only : {"id", "title", "url", "published", "format"}) {
      if (req.has_param(raw_only)) {
        p.fail(std::string("parameter '") + raw_only +
               "' is for a raw document body (text/plain, text/html); a JSON body gives it in each record");
        return out;
      }
    }
    auto lines = to_json_lines(req.body, is_json_lines_type(type));
    if (!lines.ok()) return lines.status();
    ro.format = InputFormat::kJsonl;
    auto stream = InputStream::from_bytes("request", std::move(lines.value()), ro);
    Input in;
    while (stream->next(&in)) {
      if (static_cast<int>(out.size()) >= o.max_documents_per_request) {
        return Status::TooLarge("more than " + std::to_string(o.max_documents_per_request) +
                                " documents in one request");
      }
      out.push_back(std::move(in));
      in = Input();
    }
    if (out.empty()) return Status::InvalidInput("the request holds no documents");
    return out;
  }
  if (!type.empty() && type != "text/plain" && type != "text/html" && type != "application/xhtml+xml" &&
      type != "application/octet-stream") {
    return Status::Unsupported("Content-Type " + type +
                               " is not accepted: send text/plain, text/html, application/json or "
                               "application/x-ndjson");
  }
  if (req.body.size() > o.max_document_bytes) {
    return Status::TooLarge("the document is over the limit of " + std::to_string(o.max_document_bytes) + " bytes");
  }
  Input in;
  in.id = p.str("id", 200, "request");
  in.title = p.str("title", 1000);
  in.url = p.str("url", 2000);
  in.published = p.day("published");
  std::string fmt = p.choice("format", {"auto", "text", "html"}, type == "text/html" ? "html" : type == "text/plain" ? "text" : "auto");
  parse_input_format(fmt, &in.format);
  in.bytes = req.body;
  // "text/plain; charset=iso-8859-1": a body that is not UTF-8 is transcoded by the charset
  // its Content-Type names (a page that declares its own charset is left to the HTML reader).
  std::string ctype = req.get_header_value("Content-Type");
  std::transform(ctype.begin(), ctype.end(), ctype.begin(), [](unsigned char c) { return std::tolower(c); });
  if (size_t at = ctype.find("charset="); at != std::string::npos) {
    std::string label = ctype.substr(at + 8);
    label = label.substr(0, label.find(';'));
    label.erase(std::remove_if(label.begin(), label.end(), [](char c) { return c == '"' || c == ' '; }), label.end());
    std::string canon = html::canonical_charset(label);
    if (canon.empty()) return Status::Unsupported("charset '" + label + "' is not supported: send UTF-8");
    if (canon != "utf-8" && canon.rfind("utf-16", 0) != 0 && !utf8::is_valid(in.bytes) &&
        (in.format == InputFormat::kText || html::declared_charset(in.bytes).empty())) {
      std::string utf8_body;
      if (html::to_utf8(canon, in.bytes, &utf8_body)) in.bytes = std::move(utf8_body);
    }
  }
  out.push_back(std::move(in));
  return out;
}

// A form (curl's default for --data) is not a document: its body would be read as parameters.
// Answers 415 before the parameters are looked at.
bool body_type_usable(const httplib::Request& req, httplib::Response& res) {
  std::string type = media_type(req);
  if (type == "application/x-www-form-urlencoded" || type == "multipart/form-data") {
    send_error(res, 415, err::kUnsupportedMedia,
               "Content-Type " + type +
                   " is not accepted: send text/plain, text/html, application/json or application/x-ndjson "
                   "(curl: -H 'Content-Type: text/plain' --data-binary @file)");
    return false;
  }
  return true;
}

// An analysis or input error for one document: {"code": ..., "message": ...}.
void write_doc_error(JsonWriter& w, const Status& st) {
  w.key("error").begin_object();
  w.field("code", code_name(st.code())).field("message", st.message());
  w.end_object();
}

void send_document_error(httplib::Response& res, const Status& st) {
  if (st.code() == Code::kInvalidInput) send_error(res, 422, err::kInvalidInput, st.message());
  else if (st.code() == Code::kUnsupported) send_error(res, 415, err::kUnsupportedMedia, st.message());
  else send_status(res, st);
}

}  // namespace

void Server::Impl::install_routes() {
  // The tail every paged query route shares: validate the parameters, lease a connection,
  // fetch one row more than asked (so the answer knows whether a next page exists), answer.
  auto answer_page = [this](Params& p, httplib::Response& res, const Page& asked, auto q, auto run) {
    if (!check(p, res)) return;
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    q.page = one_more(asked);
    auto t = run(c, q);
    if (!t.ok()) return c.fail(res, t.status());
    send_json(res, paged_json(t.value(), asked));
  };
  httplib::Server& s = http;

  // A read route whose answers are cached until the corpus changes. The generation is taken
  // before the query runs, so an answer computed while an ingest commits is never kept as new.
  auto cached = [this](httplib::Server::Handler h) -> httplib::Server::Handler {
    return [this, h](const httplib::Request& req, httplib::Response& res) {
      if (!cache) return h(req, res);
      std::string key = req.path;
      key += '?';
      for (const auto& [k, v] : req.params) {
        key += k;
        key += '=';
        key += v;
        key += '&';
      }
      uint64_t generation = corpus_generation(opts.db, writes.load());
      if (req.get_header_value("Cache-Control").find("no-cache") == std::string::npos) {
        if (auto body = cache->get(key, generation)) {
          res.set_header("X-Cache", "hit");
          res.set_content(*body, "application/json");
          return;
        }
      }
      h(req, res);
      res.set_header("X-Cache", "miss");
      if (res.status == 200) cache->put(key, generation, res.body);
    };
  };

  // --- health and stats -----------------------------------------------------------------------
  s.Get("/api/health", [this](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({});
    if (!check(p, res)) return;
    std::string out;
    JsonWriter w(&out);
    w.begin_object();
    w.field("status", "ok").field("version", "0.1.0").field("schema", kSchema);
    w.field("models", models_loaded);
    w.field("dashboard", !bundle.empty());
    w.field("writes", !opts.token.empty() ? "token" : opts.allow_unauthenticated_writes ? "open" : "disabled");
    w.end_object();
    send_json(res, std::move(out));
  });

  s.Get("/api/stats", cached([this](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({});
    if (!check(p, res)) return;
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    auto t = c->stats();
    if (!t.ok()) return c.fail(res, t.status());
    std::string out;
    JsonWriter w(&out);
    w.begin_object();
    int k = column(t.value(), {"key"}), v = column(t.value(), {"value"});
    for (const auto& row : t.value().rows) {
      if (k < 0 || v < 0 || static_cast<size_t>(std::max(k, v)) >= row.size()) break;
      w.key(cell_string(row[static_cast<size_t>(k)]));
      write_cell(w, row[static_cast<size_t>(v)]);
    }
    w.end_object();
    send_json(res, std::move(out));
  }));

  // --- search ---------------------------------------------------------------------------------
  s.Get("/api/search", cached([this](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"q", "from", "to", "source", "entity", "sort", "snippet", "mark_open", "mark_close", "facets",
            "event_type", "limit", "offset"});
    SearchQuery q;
    q.text = p.str("q", 500);
    q.from = p.date("from");
    q.to = p.date("to");
    q.source = p.str("source", 200);
    q.entity = p.str("entity", 200);
    q.by_date = p.choice("sort", {"rank", "date"}, "rank") == "date";
    q.html = p.choice("snippet", {"html", "text"}, "html") == "html";
    if (!q.html) {
      q.mark_open = p.str("mark_open", 16, "[");
      q.mark_close = p.str("mark_close", 16, "]");
    }
    bool facets = p.flag("facets");
    q.event_type = p.str("event_type", 40);
    Page asked = page_of(p);
    if (!check(p, res)) return;
    if (q.text.find_first_not_of(" \t") == std::string::npos) {
      return send_error(res, 400, err::kBadRequest, "parameter 'q' (the words to search for) is required");
    }
    for (char ch : q.event_type) {
      if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') {
        return send_error(res, 400, err::kBadRequest, "parameter 'event_type' must be a type name such as ASSAULT");
      }
    }
    q.rank_window = opts.rank_window;
    q.index = index.get();
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    q.page = one_more(asked);
    q.last_row_probe = true;  // the extra row only says whether there is a next page
    auto t = c->search(q);
    if (!t.ok()) return c.fail(res, t.status());
    Table facet_table;
    if (facets) {
      FacetQuery fq;
      fq.search = q;
      fq.basis = kFacetBasis;
      auto f = c->search_facets(fq);
      if (!f.ok()) return c.fail(res, f.status());
      facet_table = std::move(f.value());
    }
    send_json(res, paged_json(t.value(), asked, [&](JsonWriter& w) {
                if (!facets) return;
                w.key("facets").begin_object();
                w.field("basis", facet_table.rows.empty() ? int64_t{0} : std::get<int64_t>(facet_table.rows[0][0]));
                for (const Table& sec : facet_table.sections) {
                  w.key(sec.name).begin_array();
                  for (const auto& row : sec.rows) {
                    w.begin_object();
                    for (size_t i = 0; i < sec.columns.size() && i < row.size(); ++i) {
                      w.key(sec.columns[i]);
                      write_cell(w, row[i]);
                    }
                    w.end_object();
                  }
                  w.end_array();
                }
                w.end_object();
              }));
  }));

  // --- quotes ---------------------------------------------------------------------------------
  auto quote_query = [](Params& p) {
    QuoteQuery q;
    q.speaker = p.str("speaker", 200);
    q.about = p.str("about", 200);
    q.keyword = p.str("q", 500);
    q.from = p.date("from");
    q.to = p.date("to");
    return q;
  };
  s.Get("/api/quotes", cached([this, quote_query, answer_page](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"speaker", "about", "q", "from", "to", "limit", "offset"});
    QuoteQuery q = quote_query(p);
    Page asked = page_of(p);
    answer_page(p, res, asked, q, [](Lease& c, const auto& query) { return c->quotes(query); });
  }));
  s.Get("/api/quotes/speakers", cached([this, quote_query, answer_page](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"speaker", "about", "q", "from", "to", "limit", "offset"});
    QuoteQuery q = quote_query(p);
    q.by_speaker = true;
    Page asked = page_of(p);
    answer_page(p, res, asked, q, [](Lease& c, const auto& query) { return c->quotes(query); });
  }));

  // --- figures --------------------------------------------------------------------------------
  auto figure_query = [](Params& p) {
    FigureQuery q;
    q.category = p.str("category", 40);
    q.place = p.str("place", 200);
    q.from = p.date("from");
    q.to = p.date("to");
    q.credible_only = p.flag("credible");
    return q;
  };
  s.Get("/api/figures", cached([this, figure_query, answer_page](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"category", "place", "from", "to", "credible", "limit", "offset"});
    FigureQuery q = figure_query(p);
    Page asked = page_of(p);
    answer_page(p, res, asked, q, [](Lease& c, const auto& query) { return c->figures(query); });
  }));
  s.Get("/api/figures/timeline", cached([this, figure_query](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"category", "place", "from", "to", "credible", "period", "limit", "offset"});
    FigureQuery q = figure_query(p);
    q.timeline = p.choice("period", {"day", "week", "month"}, "month");
    Page asked = page_of(p, 1000, 10000 - 1);
    if (!check(p, res)) return;
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    q.page = one_more(asked);
    auto t = c->figures(q);
    if (!t.ok()) return c.fail(res, t.status());
    std::string period = q.timeline;
    send_json(res, paged_json(t.value(), asked, [&](JsonWriter& w) { w.field("period", period); }));
  }));

  // --- events ---------------------------------------------------------------------------------
  auto event_query = [](Params& p) {
    EventQuery q;
    q.actor = p.str("actor", 200);
    q.target = p.str("target", 200);
    q.type = p.str("type", 40);
    q.from = p.date("from");
    q.to = p.date("to");
    q.include_negated = p.flag("negated");
    return q;
  };
  s.Get("/api/events", cached([this, event_query, answer_page](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"actor", "target", "type", "from", "to", "negated", "limit", "offset"});
    EventQuery q = event_query(p);
    Page asked = page_of(p);
    answer_page(p, res, asked, q, [](Lease& c, const auto& query) { return c->events(query); });
  }));
  s.Get("/api/events/dyads", cached([this, event_query, answer_page](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({"actor", "target", "type", "from", "to", "negated", "limit", "offset"});
    EventQuery q = event_query(p);
    q.dyads = true;
    Page asked = page_of(p, 100);
    answer_page(p, res, asked, q, [](Lease& c, const auto& query) { return c->events(query); });
  }));

  // --- one entity -----------------------------------------------------------------------------
  auto entity_route = [this](const httplib::Request& req, httplib::Response& res, std::string name) {
    Params p(req);
    p.only({"from", "to", "limit", "name"});
    EntityQuery q;
    q.name = std::move(name);
    q.from = p.date("from");
    q.to = p.date("to");
    q.limit = static_cast<int>(p.integer("limit", kDefaultLimit, 1, kMaxLimit));
    if (!check(p, res)) return;
    if (q.name.empty() || q.name.size() > 200) {
      return send_error(res, 400, err::kBadRequest, "an entity name of 1 to 200 bytes is needed");
    }
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    auto t = c->entity(q);
    if (!t.ok()) return c.fail(res, t.status());
    const Table& top = t.value();
    bool found = false;
    for (const auto& sec : top.sections) {
      if (sec.name == "entity" && !sec.rows.empty()) found = true;
    }
    if (!found) return send_error(res, 404, err::kNotFound, "no entity named '" + q.name + "'");
    std::string out;
    JsonWriter w(&out);
    w.begin_object();
    w.field("name", q.name);
    for (const auto& sec : top.sections) {
      w.key(sec.name);
      write_rows(w, sec, sec.rows.size());
    }
    w.end_object();
    send_json(res, std::move(out));
  };
  s.Get(R"(/api/entities/(.+))", cached([entity_route](const httplib::Request& req, httplib::Response& res) {
    entity_route(req, res, req.matches[1].str());
  }));
  s.Get("/api/entity", cached([entity_route](const httplib::Request& req, httplib::Response& res) {
    entity_route(req, res, req.get_param_value("name"));
  }));

  // --- one document ---------------------------------------------------------------------------
  s.Get(R"(/api/documents/([^/]*))", cached([this](const httplib::Request& req, httplib::Response& res) {
    Params p(req);
    p.only({});
    if (!check(p, res)) return;
    std::string id = req.matches[1].str();
    if (id.empty() || id.size() > 18 || id.find_first_not_of("0123456789") != std::string::npos || id[0] == '0') {
      return send_error(res, 400, err::kBadRequest, "a document id is a positive integer (doc_id in the other routes)");
    }
    Lease c(this);
    if (!c.ok()) return send_status(res, c.status());
    auto j = c->document_json(std::stoll(id));
    if (!j.ok()) return c.fail(res, j.status());
    send_json(res, std::move(j.value()));
  }));

  // --- analyze (no write) ---------------------------------------------------------------------
  s.Post("/api/analyze", [this](const httplib::Request& req, httplib::Response& res) {
    if (!body_type_usable(req, res)) return;
    Params p(req);
    p.only({"format", "published", "title", "url", "id", "tokens", "pretty"});
    JsonOptions jo;
    jo.tokens = p.flag("tokens");
    jo.pretty = p.flag("pretty");
    auto docs = read_documents(req, p, opts);
    if (!check(p, res)) return;
    if (!docs.ok()) return send_document_error(res, docs.status());
    if (docs.value().size() != 1) {
      return send_error(res, 400, err::kBadRequest, "analyze takes one document (POST /api/ingest stores many)");
    }
    Input& in = docs.value()[0];
    if (!in.error.ok()) return send_document_error(res, in.error);
    std::string note = dates::clean_published(&in.published);  // as the CLI: dropped with a warning
    auto r = analyze(in);
    if (!r.ok()) return send_document_error(res, r.status());
    if (!note.empty()) r.value().warnings.push_back(note);
    send_json(res, to_json(r.value(), jo));
  });

  // --- ingest (writes; token) -----------------------------------------------------------------
  s.Post("/api/ingest", [this](const httplib::Request& req, httplib::Response& res) {
    if (!authorize_write(req, res)) return;
    if (read_only_corpus) {
      return send_error(res, 403, err::kForbidden, "the corpus database " + opts.db + " is read-only: nothing can be stored");
    }
    if (!body_type_usable(req, res)) return;
    Params p(req);
    p.only({"format", "published", "title", "url", "id", "source"});
    std::string source = p.str("source", 200);
    auto docs = read_documents(req, p, opts);
    if (!check(p, res)) return;
    if (!docs.ok()) return send_document_error(res, docs.status());
    std::vector<Input>& inputs = docs.value();
    std::vector<std::string> notes(inputs.size());  // impossible dates, dropped with a warning
    for (size_t i = 0; i < inputs.size(); ++i) notes[i] = dates::clean_published(&inputs[i].published);

    enum class Fate { kFailed, kSkipped, kAnalyse };
    struct Item {
      Fate fate = Fate::kAnalyse;
      std::string hash;
      uint64_t simhash = 0;
      Status status;
      std::optional<Document> doc;
      StoreResult stored;
    };
    std::vector<Item> items(inputs.size());
    {
      Lease c(this);
      if (!c.ok()) return send_status(res, c.status());
      std::unordered_set<std::string> seen;
      for (size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].error.ok()) {
          items[i].fate = Fate::kFailed;
          items[i].status = inputs[i].error;
          continue;
        }
        items[i].hash = sha256(inputs[i].bytes);
        auto known = c->contains(items[i].hash);
        if (!seen.insert(items[i].hash).second || (known.ok() && known.value())) items[i].fate = Fate::kSkipped;
      }
    }
    // Analysis in parallel, outside the write lock.
    std::atomic<size_t> next{0};
    auto work = [&] {
      for (size_t i; (i = next.fetch_add(1)) < items.size();) {
        if (items[i].fate != Fate::kAnalyse) continue;
        auto r = analyze(inputs[i]);
        if (r.ok()) {
          if (!notes[i].empty()) r.value().warnings.push_back(notes[i]);
          items[i].simhash = simhash64(r.value().text);  // outside the write lock
          items[i].doc = std::move(r.value());
        } else {
          items[i].fate = Fate::kFailed;
          items[i].status = r.status();
        }
      }
    };
    int jobs = opts.ingest_jobs > 0 ? opts.ingest_jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    jobs = std::min<int>(jobs, static_cast<int>(items.size()));
    if (jobs <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (int j = 0; j < jobs; ++j) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    // One transaction for the request: all of it is stored, or none.
    {
      std::lock_guard<std::mutex> l(write_mu);
      Status st = writer->begin();
      if (!st.ok()) return send_status(res, st);
      for (auto& it : items) {
        if (it.fate != Fate::kAnalyse) continue;
        DocumentMeta meta;
        meta.content_hash = it.hash;
        meta.simhash = it.simhash;
        meta.source = source;
        auto r = writer->store(*it.doc, meta);
        if (!r.ok()) {
          if (r.status().code() == Code::kIoError || r.status().code() == Code::kCorrupt ||
              r.status().code() == Code::kBusy) {
            writer->rollback();
            return send_status(res, r.status());
          }
          it.fate = Fate::kFailed;
          it.status = r.status();
        } else {
          it.stored = r.value();
          if (!it.stored.inserted) it.fate = Fate::kSkipped;
        }
      }
      st = writer->commit();
      if (!st.ok()) {
        writer->rollback();
        return send_status(res, st);
      }
      ++writes;  // cached answers are stale now
      // The new documents into the search index now, rather than in the next search (which
      // would do it, should this fail).
      if (index) (void)writer->update_search_index(index.get());
    }
    int64_t stored = 0, skipped = 0, failed = 0;
    std::string out;
    JsonWriter w(&out);
    w.begin_object();
    w.key("documents").begin_array();
    for (size_t i = 0; i < items.size(); ++i) {
      const Item& it = items[i];
      w.begin_object();
      w.field("id", inputs[i].id);
      if (it.fate == Fate::kAnalyse) {
        ++stored;
        w.field("status", "stored").field("doc_id", it.stored.doc_id).field("story_id", it.stored.story_id);
      } else if (it.fate == Fate::kSkipped) {
        ++skipped;
        w.field("status", "skipped");
        if (it.stored.doc_id > 0) w.field("doc_id", it.stored.doc_id);
      } else {
        ++failed;
        w.field("status", "failed");
        write_doc_error(w, it.status);
      }
      w.end_object();
    }
    w.end_array();
    w.field("received", static_cast<int64_t>(items.size()));
    w.field("stored", stored).field("skipped", skipped).field("failed", failed);
    w.end_object();
    // Every document bad: the request as a whole is unprocessable.
    send_json(res, std::move(out), failed == static_cast<int64_t>(items.size()) ? 422 : 200);
  });
}

}  // namespace factwire::server
