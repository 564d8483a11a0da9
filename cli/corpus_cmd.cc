// The corpus commands (docs/corpus.md). Each parses its flags and calls one library function.
//
// Exit codes: 0 done; 1 some documents were bad (ingest: each reported on stderr) or the
// query failed; 2 bad command line; 3 the database could not be opened or written.
#include "corpus_cmd.h"

#include <CLI/CLI.hpp>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "corpus/dates.h"
#include "factwire/corpus.h"

namespace {

constexpr int kExitOk = 0, kExitSomeFailed = 1, kExitUsage = 2, kExitSetup = 3;

std::string default_db() {
  const char* env = std::getenv("FACTWIRE_DB");
  return env && *env ? env : "corpus.db";
}

struct Common {
  std::string db = default_db();
  std::string format = "table";
  int limit = 20;
  int offset = 0;
};

void add_common(CLI::App* cmd, Common& c, bool paged = true, bool plover = false) {
  cmd->add_option("--db", c.db, "Corpus database file (default: $FACTWIRE_DB or corpus.db)");
  std::vector<std::string> formats = {"table", "json", "jsonl", "csv"};
  if (plover) formats.push_back("plover");
  cmd->add_option("--format", c.format,
                  plover ? "table (for people), json, jsonl, csv, or plover (PLOVER-style event records)"
                         : "table (for people), json, jsonl or csv")
      ->check(CLI::IsMember(formats));
  if (paged) {
    cmd->add_option("--limit", c.limit, "Rows to print (default 20, 1 to 10000)")->check(CLI::Range(1, 10000));
    cmd->add_option("--offset", c.offset, "Rows to skip first (paging)")->check(CLI::Range(0, 1000000));
  }
}

CLI::Validator date_check() {
  // The API's rule (src/corpus/dates.h): a real year, month or day.
  return CLI::Validator(
      [](std::string& s) {
        return factwire::dates::is_date_prefix(s)
                   ? std::string()
                   : std::string("expected a real date YYYY, YYYY-MM or YYYY-MM-DD, not '" + s + "'");
      },
      "DATE");
}

std::unique_ptr<factwire::Corpus> open_for_queries(const std::string& db) {
  // Opened for writing so that an older corpus is migrated; nothing is created.
  auto c = factwire::Corpus::open(db, {.read_only = false, .create = false});
  if (!c.ok() && (c.status().code() == factwire::Code::kIoError || c.status().code() == factwire::Code::kBusy)) {
    c = factwire::Corpus::open(db, {.read_only = true});  // a read-only file or folder
  }
  if (!c.ok()) {
    std::fprintf(stderr, "factwire: %s\n", c.status().ToString().c_str());
    std::exit(kExitSetup);
  }
  return std::move(c.value());
}

int print(const factwire::Result<factwire::Table>& t, const std::string& format) {
  if (!t.ok()) {
    std::fprintf(stderr, "factwire: %s\n", t.status().ToString().c_str());
    // A query that cannot be run as given (an unknown category, search syntax) is a bad
    // command line; anything else failed while running.
    return t.status().code() == factwire::Code::kInvalidInput ? kExitUsage : kExitSomeFailed;
  }
  factwire::TableFormat f = factwire::TableFormat::kTable;
  factwire::parse_table_format(format, &f);
  std::string out = factwire::format_table(t.value(), f);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fflush(stdout);
  return kExitOk;
}

factwire::Page page(const Common& c) { return {c.limit, c.offset}; }

// ---------------------------------------------------------------------------------------------

struct IngestArgs {
  std::vector<std::string> paths;
  std::string db = default_db();
  std::string progress = "auto";
  int jobs = 0;
  int batch = 2048;
  int batch_ms = 15000;
  size_t max_bytes = 16u << 20;
  std::string data_dir;
  bool no_models = false;
  int near = 7;
};

std::string clock_text(double s) {
  if (!std::isfinite(s) || s < 0) return "?";
  long t = static_cast<long>(s + 0.5);
  char buf[32];
  if (t >= 3600) std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
  else std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  return buf;
}

int run_ingest(const IngestArgs& a) {
  bool tty = isatty(STDERR_FILENO);
  std::string mode = a.progress;
  if (mode == "auto") mode = tty ? "bar" : "none";
  factwire::IngestOptions o;
  o.jobs = a.jobs;
  o.batch_size = a.batch;
  o.batch_ms = a.batch_ms;
  o.read.max_document_bytes = a.max_bytes;
  o.data_dir = a.data_dir;
  o.models = !a.no_models;
  o.near_duplicate_bits = a.near;
  bool bar_shown = false;
  o.on_error = [&](const std::string& name, const factwire::Status& s) {
    if (bar_shown) std::fputs("\r\033[K", stderr);
    std::fprintf(stderr, "factwire: skipped %s: %s\n", name.c_str(), s.ToString().c_str());
  };
  o.on_progress = [&](const factwire::IngestProgress& p) {
    // Documents in the open transaction count as done: they are analysed and written, and
    // batches are long (IngestOptions::batch_ms).
    double done = static_cast<double>(p.stored + p.pending + p.skipped + p.errors);
    double rate = p.elapsed_s > 0 ? done / p.elapsed_s : 0;
    double eta = p.total > 0 && rate > 0 ? (static_cast<double>(p.total) - done) / rate : -1;
    if (mode == "json") {
      std::fprintf(stderr,
                   "{\"done\":%s,\"documents\":%lld,\"stored\":%lld,\"pending\":%lld,\"skipped\":%lld,\"errors\":%lld,"
                   "\"total\":%lld,\"rate\":%.1f,\"eta_s\":%.1f,\"elapsed_s\":%.2f,\"storage_s\":%.2f}\n",
                   p.done ? "true" : "false", static_cast<long long>(done), static_cast<long long>(p.stored),
                   static_cast<long long>(p.pending), static_cast<long long>(p.skipped), static_cast<long long>(p.errors),
                   static_cast<long long>(p.total), rate, eta, p.elapsed_s, p.storage_s);
    } else if (mode == "bar") {
      char line[256];
      if (p.total > 0) {
        int width = 30;
        int filled = static_cast<int>(width * std::min(1.0, done / static_cast<double>(p.total)));
        std::string bar(filled, '#');
        bar.append(width - filled, '.');
        std::snprintf(line, sizeof line, "\r\033[K[%s] %lld/%lld docs  %.0f docs/s  ETA %s", bar.c_str(),
                      static_cast<long long>(done), static_cast<long long>(p.total), rate, clock_text(eta).c_str());
      } else {
        std::snprintf(line, sizeof line, "\r\033[K%lld docs  %.0f docs/s  %s elapsed", static_cast<long long>(done),
                      rate, clock_text(p.elapsed_s).c_str());
      }
      std::fputs(line, stderr);
      bar_shown = true;
      if (p.done) {
        std::fprintf(stderr,
                     "\r\033[K%lld new, %lld already stored, %lld bad, in %s (%.0f docs/s; %.0f%% of the time in storage)\n",
                     static_cast<long long>(p.stored), static_cast<long long>(p.skipped),
                     static_cast<long long>(p.errors), clock_text(p.elapsed_s).c_str(), rate,
                     p.elapsed_s > 0 ? 100.0 * p.storage_s / p.elapsed_s : 0.0);
      }
    }
    std::fflush(stderr);
  };
  auto r = factwire::ingest(a.paths, a.db, o);
  if (!r.ok()) {
    if (bar_shown) std::fputs("\n", stderr);
    std::fprintf(stderr, "factwire: %s\n", r.status().ToString().c_str());
    return kExitSetup;
  }
  return r.value().progress.errors > 0 ? kExitSomeFailed : kExitOk;
}

}  // namespace

void add_corpus_commands(CLI::App& app) {
  // ingest
  auto ia = std::make_shared<IngestArgs>();
  auto* ingest = app.add_subcommand(
      "ingest", "Analyse documents and store them in a corpus database (idempotent; rerun to resume)");
  ingest->add_option("paths", ia->paths,
                     "Files or folders: text, HTML, JSON Lines, WARC, RSS/Atom; plain or .gz; - reads standard input")
      ->required();
  ingest->add_option("--db", ia->db, "Corpus database file, created if absent (default: $FACTWIRE_DB or corpus.db)");
  ingest->add_option("--progress", ia->progress,
                     "auto (a bar on a terminal, nothing when piped), bar, json (JSON lines on stderr) or none")
      ->check(CLI::IsMember({"auto", "bar", "json", "none"}));
  ingest->add_option("--jobs", ia->jobs, "Analysis threads (default or 0: all cores)")->check(CLI::Range(0, 1024));
  ingest->add_option("--batch", ia->batch, "Documents per transaction (default 2048)")->check(CLI::Range(1, 1000000));
  ingest->add_option("--batch-ms", ia->batch_ms,
                     "Commit at least this often, in milliseconds (default 15000)")
      ->check(CLI::Range(1, 3600000));
  ingest->add_option("--max-bytes", ia->max_bytes, "Largest document accepted, in bytes (default 16 MiB)");
  ingest->add_option("--data", ia->data_dir, "Folder holding models/ and data/ (default: built-in)");
  ingest->add_flag("--no-models", ia->no_models, "Skip the trained models (faster; no entities from NER)");
  ingest->add_option("--near-duplicate-bits", ia->near,
                     "SimHash distance (0-7) under which two documents are one story (default 7)")
      ->check(CLI::Range(0, 7));
  ingest->callback([ia]() { std::exit(run_ingest(*ia)); });

  // search
  auto sc = std::make_shared<Common>();
  auto sq = std::make_shared<factwire::SearchQuery>();
  auto* search = app.add_subcommand("search", "Full-text search with highlighted snippets");
  search->add_option("query", sq->text, "Words, \"a phrase\", OR, NOT, prefix*")->required();
  search->add_option("--from", sq->from, "First day (YYYY-MM-DD, YYYY-MM or YYYY)")->check(date_check());
  search->add_option("--to", sq->to, "Last day (inclusive)")->check(date_check());
  search->add_option("--source", sq->source, "Site, e.g. reuters.com");
  search->add_option("--entity", sq->entity, "Only documents that mention this entity");
  search->add_option("--event-type", sq->event_type, "Only documents with an event of this type (e.g. ASSAULT)");
  search->add_flag("--newest", sq->by_date, "Newest first instead of best match first");
  add_common(search, *sc);
  search->callback([sc, sq]() {
    sq->page = page(*sc);
    auto c = open_for_queries(sc->db);
    std::exit(print(c->search(*sq), sc->format));
  });

  // quotes
  auto qc = std::make_shared<Common>();
  auto qq = std::make_shared<factwire::QuoteQuery>();
  auto* quotes = app.add_subcommand("quotes", "Quotes by speaker, by entity mentioned, by keyword and date");
  quotes->add_option("--speaker", qq->speaker, "Who said it");
  quotes->add_option("--about", qq->about, "An entity the quote mentions");
  quotes->add_option("--q", qq->keyword, "Words inside the quote");
  quotes->add_option("--from", qq->from, "First day")->check(date_check());
  quotes->add_option("--to", qq->to, "Last day (inclusive)")->check(date_check());
  quotes->add_flag("--by-speaker", qq->by_speaker, "Who was quoted most: one row per speaker, ranked by stories");
  add_common(quotes, *qc);
  quotes->callback([qc, qq]() {
    qq->page = page(*qc);
    auto c = open_for_queries(qc->db);
    std::exit(print(c->quotes(*qq), qc->format));
  });

  // figures
  auto fc = std::make_shared<Common>();
  auto fq = std::make_shared<factwire::FigureQuery>();
  auto* figures = app.add_subcommand("figures", "Figures by category, place and date; --timeline counts each story once");
  figures->add_option("--category", fq->category, "killed, injured, displaced, arrested, missing, destroyed, deployed, money, other");
  figures->add_option("--place", fq->place, "Where");
  figures->add_option("--from", fq->from, "First day")->check(date_check());
  figures->add_option("--to", fq->to, "Last day (inclusive)")->check(date_check());
  figures->add_option("--timeline", fq->timeline,
                      "day, week or month: per period, each story once with its highest credible figure")
      ->check(CLI::IsMember({"day", "week", "month"}));
  figures->add_flag("--credible", fq->credible_only, "Only definite figures (not vague, not upper bounds)");
  add_common(figures, *fc);
  figures->callback([fc, fq]() {
    fq->page = page(*fc);
    auto c = open_for_queries(fc->db);
    std::exit(print(c->figures(*fq), fc->format));
  });

  // events
  auto ec = std::make_shared<Common>();
  auto eq = std::make_shared<factwire::EventQuery>();
  auto* events = app.add_subcommand("events", "Events by actor, target, type and date; --dyads for the actor-pair matrix");
  events->add_option("--actor", eq->actor, "Who acted");
  events->add_option("--target", eq->target, "Who was acted on");
  events->add_option("--type", eq->type, "PLOVER type, e.g. ASSAULT, PROTEST, CONSULT");
  events->add_option("--from", eq->from, "First day")->check(date_check());
  events->add_option("--to", eq->to, "Last day (inclusive)")->check(date_check());
  events->add_flag("--dyads", eq->dyads, "Actor-target pairs with event and story counts");
  events->add_flag("--negated", eq->include_negated, "Include denied, negated and hypothetical events");
  add_common(events, *ec, true, /*plover=*/true);
  events->callback([ec, eq]() {
    if (eq->dyads && ec->format == "plover") {
      std::fprintf(stderr, "factwire: --dyads counts actor-target pairs; --format plover is for event records\n");
      std::exit(kExitUsage);
    }
    eq->page = page(*ec);
    eq->details = ec->format == "plover" && !eq->dyads;  // the record's sectors, size, trigger, span
    auto c = open_for_queries(ec->db);
    std::exit(print(c->events(*eq), ec->format));
  });

  // entity
  auto nc = std::make_shared<Common>();
  auto nq = std::make_shared<factwire::EntityQuery>();
  auto* entity = app.add_subcommand(
      "entity", "An entity's profile: roles, mentions over time, co-occurring entities, its quotes and events");
  entity->add_option("name", nq->name, "The entity's name (a whole word of it is enough)")->required();
  entity->add_option("--from", nq->from, "First day")->check(date_check());
  entity->add_option("--to", nq->to, "Last day (inclusive)")->check(date_check());
  add_common(entity, *nc);
  entity->callback([nc, nq]() {
    if (nc->offset != 0) {  // as the API: the profile's sections are not pages
      std::fprintf(stderr, "factwire: entity has no --offset: --limit caps the rows of each section\n");
      std::exit(kExitUsage);
    }
    nq->limit = nc->limit;
    auto c = open_for_queries(nc->db);
    std::exit(print(c->entity(*nq), nc->format));
  });

  // stats
  auto tc = std::make_shared<Common>();
  auto* stats = app.add_subcommand("stats", "What the corpus holds");
  add_common(stats, *tc, false);
  stats->callback([tc]() {
    auto c = open_for_queries(tc->db);
    std::exit(print(c->stats(), tc->format));
  });

  // document
  auto dc = std::make_shared<Common>();
  auto doc_id = std::make_shared<int64_t>(0);
  auto* document = app.add_subcommand("document", "One stored document with its annotations (the analysis JSON)");
  document->add_option("id", *doc_id, "The doc_id printed by the other commands")->required();
  document->add_option("--db", dc->db, "Corpus database file (default: $FACTWIRE_DB or corpus.db)");
  document->callback([dc, doc_id]() {
    auto c = open_for_queries(dc->db);
    auto j = c->document_json(*doc_id);
    if (!j.ok()) {
      std::fprintf(stderr, "factwire: %s\n", j.status().ToString().c_str());
      std::exit(kExitSomeFailed);
    }
    std::cout << j.value() << "\n";
    std::exit(kExitOk);
  });
}
