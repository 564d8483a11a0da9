// corpus_dev: measurements for the corpus (not a test, not shipped).
//
//   corpus_dev ingest DB [--rough] [--no-models] [--jobs N] [--batch N] [--batch-ms MS] FILE...
//       ingest and print articles/s, the share of time in storage and bytes per article.
//       --rough uses the stand-in analyser (testing.h) instead of the Pipeline.
//   corpus_dev queries DB [--runs N]
//       time each query kind on the corpus (median and max of N runs, milliseconds).
//   corpus_dev replay SRC DST [--from ID] [--to ID] [--batch N]
//       store SRC's documents (read back with their annotations, ids FROM..TO) into DST again,
//       in batches, and print the writer's CPU per document: an A/B of the storage code
//       without analysing again.
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "corpus/ingest.h"
#include "corpus/sqlite.h"
#include "corpus/testing.h"
#include "factwire/corpus.h"
#include "factwire/pipeline.h"

using namespace factwire;
using Clock = std::chrono::steady_clock;

namespace {

int64_t file_size(const std::string& p) {
  struct stat st{};
  return ::stat(p.c_str(), &st) == 0 ? static_cast<int64_t>(st.st_size) : 0;
}

int do_ingest(int argc, char** argv) {
  std::string db = argv[2];
  bool rough = false;
  IngestOptions o;
  std::vector<std::string> files;
  for (int i = 3; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--rough") rough = true;
    else if (a == "--no-models") o.models = false;
    else if (a == "--jobs" && i + 1 < argc) o.jobs = std::atoi(argv[++i]);
    else if (a == "--batch" && i + 1 < argc) o.batch_size = std::atoi(argv[++i]);
    else if (a == "--batch-ms" && i + 1 < argc) o.batch_ms = std::atoi(argv[++i]);
    else files.push_back(a);
  }
  o.on_error = [](const std::string& n, const Status& s) {
    std::fprintf(stderr, "skipped %s: %s\n", n.c_str(), s.ToString().c_str());
  };
  o.open_stream = [](const std::string& path, const ReadOptions& ro) { return InputStream::open(path, ro); };
  if (rough) o.analyze = [](const Input& in) -> Result<Document> { return corpus::testing::rough_document(in); };
  o.on_progress = [](const IngestProgress& p) {
    if (!p.done) std::fprintf(stderr, "\r%lld docs %.0f s   ", static_cast<long long>(p.stored + p.pending), p.elapsed_s);
  };
  o.progress_ms = 5000;
  auto r = rough ? corpus::run_ingest(files, db, o) : ingest(files, db, o);
  if (!r.ok()) {
    std::fprintf(stderr, "%s\n", r.status().ToString().c_str());
    return 1;
  }
  const IngestProgress& p = r.value().progress;
  int64_t bytes = file_size(db) + file_size(db + "-wal");
  auto c = Corpus::open(db, {});
  int64_t docs = 0;
  if (c.ok()) {
    auto s = c.value()->stats();
    if (s.ok()) docs = std::get<int64_t>(s.value().rows[0][1]);
  }
  std::printf(
      "{\"analyser\":\"%s\",\"stored\":%lld,\"skipped\":%lld,\"errors\":%lld,\"elapsed_s\":%.2f,"
      "\"articles_per_s\":%.1f,\"storage_s\":%.2f,\"storage_share\":%.3f,\"analysis_cpu_s\":%.2f,"
      "\"reading_s\":%.2f,\"storage_cpu_s\":%.2f,\"workers_cpu_s\":%.2f,\"storage_cpu_share\":%.3f,"
      "\"db_bytes\":%lld,\"documents\":%lld,\"bytes_per_article\":%.0f}\n",
      rough ? "rough" : "pipeline", static_cast<long long>(p.stored), static_cast<long long>(p.skipped),
      static_cast<long long>(p.errors), p.elapsed_s, p.stored / std::max(p.elapsed_s, 1e-9), p.storage_s,
      p.storage_s / std::max(p.elapsed_s, 1e-9), p.analysis_s, p.reading_s, p.storage_cpu_s, p.analysis_cpu_s,
      p.storage_cpu_s / std::max(p.storage_cpu_s + p.analysis_cpu_s, 1e-9), static_cast<long long>(bytes),
      static_cast<long long>(docs), docs ? static_cast<double>(bytes) / docs : 0.0);
  return 0;
}

int do_replay(int argc, char** argv) {
  if (argc < 4) return 2;
  std::string src = argv[2], dst = argv[3];
  int64_t from = 1, to = INT64_MAX;
  int batch = 256;
  for (int i = 4; i + 1 < argc; i += 2) {
    std::string a = argv[i];
    if (a == "--from") from = std::atoll(argv[i + 1]);
    else if (a == "--to") to = std::atoll(argv[i + 1]);
    else if (a == "--batch") batch = std::atoi(argv[i + 1]);
  }
  sqlite3* db = nullptr;
  if (sqlite3_open_v2(src.c_str(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return 1;
  struct Item {
    Document doc;
    DocumentMeta meta;
  };
  std::vector<Item> items;
  {
    corpus::Stmt st(db, "SELECT id, hash, ingested_at FROM documents WHERE id BETWEEN ? AND ? ORDER BY id");
    st.bind(1, from).bind(2, to);
    while (st.step()) {
      auto d = corpus::read_document(db, st.i64(0));
      if (!d.ok()) {
        std::fprintf(stderr, "%s\n", d.status().ToString().c_str());
        return 1;
      }
      Item it{std::move(d.value()), {}};
      const void* h = sqlite3_column_blob(st.get(), 1);
      it.meta.content_hash.assign(static_cast<const char*>(h), sqlite3_column_bytes(st.get(), 1));
      it.meta.ingested_at = st.text(2);
      it.meta.simhash = simhash64(it.doc.text);  // as ingest does, on its workers
      items.push_back(std::move(it));
    }
  }
  sqlite3_close(db);
  auto c = Corpus::open(dst, {});
  if (!c.ok()) {
    std::fprintf(stderr, "%s\n", c.status().ToString().c_str());
    return 1;
  }
  Corpus& corpus = *c.value();
  timespec c0{}, c1{};
  auto t0 = Clock::now();
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
  int64_t stored = 0;
  double commit_cpu = 0;  // inside commit(): the batch's deferred writes and the COMMIT
  for (size_t i = 0; i < items.size(); i += batch) {
    if (!corpus.begin().ok()) return 1;
    for (size_t k = i; k < std::min(items.size(), i + batch); ++k) {
      auto r = corpus.store(items[k].doc, items[k].meta);
      if (!r.ok()) std::fprintf(stderr, "store: %s\n", r.status().ToString().c_str());
      else stored += r.value().inserted;
    }
    timespec k0{}, k1{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &k0);
    Status s = corpus.commit();
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &k1);
    commit_cpu += (k1.tv_sec - k0.tv_sec) + (k1.tv_nsec - k0.tv_nsec) * 1e-9;
    if (!s.ok()) {
      std::fprintf(stderr, "commit: %s\n", s.ToString().c_str());
      return 1;
    }
  }
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
  double cpu = (c1.tv_sec - c0.tv_sec) + (c1.tv_nsec - c0.tv_nsec) * 1e-9;
  double wall = std::chrono::duration<double>(Clock::now() - t0).count();
  int64_t bytes = file_size(dst) + file_size(dst + "-wal");
  int64_t docs = 0;
  auto st = corpus.stats();
  if (st.ok()) docs = std::get<int64_t>(st.value().rows[0][1]);
  std::printf("{\"replayed\":%lld,\"stored\":%lld,\"storage_cpu_s\":%.2f,\"wall_s\":%.2f,"
              "\"storage_cpu_ms_per_doc\":%.3f,\"commit_cpu_ms_per_doc\":%.3f,\"documents\":%lld,\"db_bytes\":%lld,\"bytes_per_article\":%.0f}\n",
              static_cast<long long>(items.size()), static_cast<long long>(stored), cpu, wall,
              stored ? cpu * 1e3 / stored : 0.0, stored ? commit_cpu * 1e3 / stored : 0.0, static_cast<long long>(docs), static_cast<long long>(bytes),
              docs ? static_cast<double>(bytes) / docs : 0.0);
  return 0;
}

std::string top(Corpus&, sqlite3* db, const char* sql) {
  corpus::Stmt st(db, sql);
  return st.step() ? st.text(0) : std::string();
}

int do_queries(int argc, char** argv) {
  std::string path = argv[2];
  int runs = 5;
  for (int i = 3; i < argc; ++i) {
    if (std::string(argv[i]) == "--runs" && i + 1 < argc) runs = std::atoi(argv[++i]);
  }
  {
    // Opening for writing migrates an older corpus to this build's schema first.
    auto t = Clock::now();
    auto w = Corpus::open(path, {.create = false});
    if (!w.ok()) {
      std::fprintf(stderr, "%s\n", w.status().ToString().c_str());
      return 1;
    }
    std::fprintf(stderr, "opened for writing (migrated if older) in %.0f ms\n",
                 std::chrono::duration<double, std::milli>(Clock::now() - t).count());
  }
  auto c = Corpus::open(path, {.read_only = true});
  if (!c.ok()) {
    std::fprintf(stderr, "%s\n", c.status().ToString().c_str());
    return 1;
  }
  Corpus& corpus = *c.value();
  sqlite3* db = nullptr;
  sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  std::string person = top(corpus, db,
                           "SELECT e.name FROM entities e JOIN doc_entities de ON de.entity_id = e.id "
                           "WHERE e.type = 'PERSON' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1");
  std::string place = top(corpus, db,
                          "SELECT e.name FROM entities e JOIN doc_entities de ON de.entity_id = e.id "
                          "WHERE e.type = 'GPE' GROUP BY e.id ORDER BY count(*) DESC LIMIT 1");
  std::string speaker = top(corpus, db,
                            "SELECT speaker FROM quotes WHERE anonymous = 0 AND speaker IS NOT NULL "
                            "GROUP BY speaker ORDER BY count(*) DESC LIMIT 1");
  std::string actor = top(corpus, db, "SELECT actor FROM events GROUP BY actor ORDER BY count(*) DESC LIMIT 1");
  std::string target = top(corpus, db, "SELECT target FROM events GROUP BY target ORDER BY count(*) DESC LIMIT 1");
  std::string entity = top(corpus, db,
                           "SELECT e.name FROM entities e JOIN doc_entities de ON de.entity_id = e.id "
                           "GROUP BY e.id ORDER BY count(*) DESC LIMIT 1");
  std::string source = top(corpus, db,
                           "SELECT s.name FROM sources s JOIN documents d ON d.source_id = s.id "
                           "GROUP BY s.id ORDER BY count(*) DESC LIMIT 1");
  std::string event_type = top(corpus, db, "SELECT type FROM events GROUP BY type ORDER BY count(*) DESC LIMIT 1");
  std::string first = top(corpus, db, "SELECT min(day) FROM documents");
  std::string last = top(corpus, db, "SELECT max(day) FROM documents");
  std::string month_from = last.substr(0, 7);
  sqlite3_close(db);
  std::string mid_from = last.substr(0, 7) + "-10", mid_to = last.substr(0, 7) + "-20";
  std::fprintf(stderr, "person=%s place=%s entity=%s speaker=%s actor=%s target=%s source=%s type=%s days=%s..%s\n",
               person.c_str(), place.c_str(), entity.c_str(), speaker.c_str(), actor.c_str(), target.c_str(),
               source.c_str(), event_type.c_str(), first.c_str(), last.c_str());

  struct Case {
    std::string name;
    std::function<Result<Table>()> run;
  };
  std::vector<Case> cases;
  auto search = [&](std::string text, std::string from, std::string entity, bool by_date) {
    return [&corpus, text, from, entity, by_date] {
      SearchQuery q;
      q.text = text;
      q.from = from;
      q.entity = entity;
      q.by_date = by_date;
      return corpus.search(q);
    };
  };
  cases.push_back({"search common word (said), best match", search("said", "", "", false)});
  cases.push_back({"search common word (said), newest", search("said", "", "", true)});
  cases.push_back({"search two words", search("election results", "", "", false)});
  cases.push_back({"search phrase", search("\"prime minister\"", "", "", false)});
  cases.push_back({"search + date + entity", search("government", month_from, place, false)});
  cases.push_back({"search newest + date (month)", search("said", month_from, "", true)});
  cases.push_back({"search + top entity", search("government", "", entity, false)});
  cases.push_back({"search newest + top entity", search("government", "", entity, true)});
  cases.push_back({"search + source", [&] {
                     SearchQuery q; q.text = "said"; q.source = source; return corpus.search(q); }});
  cases.push_back({"search + event type", [&] {
                     SearchQuery q; q.text = "said"; q.event_type = event_type; return corpus.search(q); }});
  cases.push_back({"search newest + event type", [&] {
                     SearchQuery q; q.text = "said"; q.event_type = event_type; q.by_date = true;
                     return corpus.search(q); }});
  cases.push_back({"search facets (said, 500)", [&] {
                     FacetQuery q; q.search.text = "said"; return corpus.search_facets(q); }});
  cases.push_back({"search facets (said, 500, newest)", [&] {
                     FacetQuery q; q.search.text = "said"; q.search.by_date = true; return corpus.search_facets(q); }});
  cases.push_back({"quotes --speaker", [&] { QuoteQuery q; q.speaker = speaker; return corpus.quotes(q); }});
  cases.push_back({"quotes --about", [&] { QuoteQuery q; q.about = place; return corpus.quotes(q); }});
  cases.push_back({"quotes --q", [&] { QuoteQuery q; q.keyword = "government"; return corpus.quotes(q); }});
  cases.push_back({"quotes --about --by-speaker (month)", [&] {
                     QuoteQuery q; q.about = place; q.by_speaker = true; q.from = month_from; q.to = month_from;
                     return corpus.quotes(q); }});
  cases.push_back({"quotes --about --by-speaker (all time)", [&] {
                     QuoteQuery q; q.about = place; q.by_speaker = true; return corpus.quotes(q); }});
  cases.push_back({"quotes --from --to (month)", [&] {
                     QuoteQuery q; q.from = month_from; q.to = month_from; return corpus.quotes(q); }});
  cases.push_back({"quotes --q --from --to", [&] {
                     QuoteQuery q; q.keyword = "government"; q.from = month_from; q.to = month_from;
                     return corpus.quotes(q); }});
  cases.push_back({"figures --from --to (month)", [&] {
                     FigureQuery q; q.from = month_from; q.to = month_from; return corpus.figures(q); }});
  cases.push_back({"figures --category killed", [&] { FigureQuery q; q.category = "killed"; return corpus.figures(q); }});
  cases.push_back({"figures --place", [&] { FigureQuery q; q.place = place; return corpus.figures(q); }});
  cases.push_back({"figures --timeline month (killed)", [&] {
                     FigureQuery q; q.category = "killed"; q.timeline = "month"; return corpus.figures(q); }});
  cases.push_back({"figures --timeline week (all categories)", [&] {
                     FigureQuery q; q.timeline = "week"; return corpus.figures(q); }});
  cases.push_back({"events --actor", [&] { EventQuery q; q.actor = actor; return corpus.events(q); }});
  cases.push_back({"events --target", [&] { EventQuery q; q.target = target; return corpus.events(q); }});
  cases.push_back({"events --from --to (month)", [&] {
                     EventQuery q; q.from = month_from; q.to = month_from; return corpus.events(q); }});
  cases.push_back({"events --type ASSAULT", [&] { EventQuery q; q.type = "ASSAULT"; return corpus.events(q); }});
  cases.push_back({"events --dyads (all)", [&] { EventQuery q; q.dyads = true; return corpus.events(q); }});
  cases.push_back({"events --dyads (month)", [&] {
                     EventQuery q; q.dyads = true; q.from = month_from; q.to = month_from; return corpus.events(q); }});
  cases.push_back({"entity (top person)", [&] { EntityQuery q; q.name = person; return corpus.entity(q); }});
  cases.push_back({"entity (top entity)", [&] { EntityQuery q; q.name = entity; return corpus.entity(q); }});
  cases.push_back({"entity (top entity, part month)", [&] {
                     EntityQuery q; q.name = entity; q.from = mid_from; q.to = mid_to; return corpus.entity(q); }});
  cases.push_back({"entity (top entity, 12-20 of months)", [&] {
                     EntityQuery q; q.name = entity; q.from = first.substr(0, 7) + "-12"; q.to = mid_to;
                     return corpus.entity(q); }});
  cases.push_back({"entity (top place)", [&] { EntityQuery q; q.name = place; return corpus.entity(q); }});
  cases.push_back({"quotes --by-speaker (all time)", [&] { QuoteQuery q; q.by_speaker = true; return corpus.quotes(q); }});
  cases.push_back({"quotes --by-speaker (month)", [&] {
                     QuoteQuery q; q.by_speaker = true; q.from = month_from; q.to = month_from; return corpus.quotes(q); }});
  cases.push_back({"stats", [&] { return corpus.stats(); }});

  double worst = 0;
  std::string worst_name;
  std::printf("%-42s %9s %9s %9s %7s\n", "query", "median_ms", "max_ms", "cpu_ms", "rows");
  for (auto& k : cases) {
    std::vector<double> ms, cpu;
    size_t rows = 0;
    for (int i = 0; i < runs; ++i) {
      auto t = Clock::now();
      timespec c0{}, c1{};
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c0);
      auto r = k.run();
      clock_gettime(CLOCK_THREAD_CPUTIME_ID, &c1);
      ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t).count());
      cpu.push_back((c1.tv_sec - c0.tv_sec) * 1e3 + (c1.tv_nsec - c0.tv_nsec) * 1e-6);
      if (!r.ok()) {
        std::printf("%-42s error: %s\n", k.name.c_str(), r.status().ToString().c_str());
        break;
      }
      rows = r.value().rows.size();
      for (auto& s : r.value().sections) rows += s.rows.size();
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("%-42s %9.1f %9.1f %9.1f %7zu\n", k.name.c_str(), ms[ms.size() / 2], ms.back(),
                cpu[cpu.size() / 2], rows);
    if (ms[ms.size() / 2] > worst) worst = ms[ms.size() / 2], worst_name = k.name;
  }
  std::printf("slowest median: %.1f ms (%s)\n", worst, worst_name.c_str());
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: corpus_dev ingest DB [--rough] [--jobs N] FILE... | corpus_dev queries DB [--runs N]\n");
    return 2;
  }
  if (std::strcmp(argv[1], "ingest") == 0) return do_ingest(argc, argv);
  if (std::strcmp(argv[1], "queries") == 0) return do_queries(argc, argv);
  if (std::strcmp(argv[1], "replay") == 0) return do_replay(argc, argv);
  std::fprintf(stderr, "unknown command %s\n", argv[1]);
  return 2;
}
