// Throughput of the pipeline over the Wikinews corpus (../shared/data/corpus/wikinews_en.jsonl).
//
//   ./build/bench/factwire_bench                       # all
//   ./build/bench/factwire_bench --benchmark_filter=ReadClean   # read + clean + segment + tokenize
//   ./build/bench/factwire_bench --benchmark_filter=ReadHtml    # HTML extraction, html_dev pages
//
// Reported: bytes_per_second (input bytes of article text: each record's "text" as JSON
// decoding gives it, 1,670,506 bytes for the 354 records; the file itself is 1,799,001 bytes
// with its JSON syntax and escapes) and tokens/s. Google Benchmark prints bytes_per_second
// in binary units: "M/s" is MiB/s (1 MiB/s = 1.048576 MB/s).
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "events/events.h"
#include "events/patterns.h"
#include "factwire/pipeline.h"
#include "factwire/reader.h"
#include "figures/figures.h"
#include "quotes/quotes.h"
#include "resolve/gazetteer.h"
#include "resolve/resolve.h"
#include "read/text_reader.h"
#include "segment/segment.h"
#include "tag/tagger.h"

namespace factwire {
// Reads an input the way Pipeline::analyze does (text with its record's title).
inline Result<Draft> read_text_with_title_for_bench(const Input& in) {
  auto d = read_text_with_title(in.bytes, ReadOptions(), in.title);
  if (d.ok()) d.value().published = in.published;
  return d;
}
}  // namespace factwire

namespace {

const std::vector<factwire::Input>& corpus() {
  static std::vector<factwire::Input> docs = [] {
    std::vector<factwire::Input> out;
    const char* env = std::getenv("FACTWIRE_BENCH_CORPUS");
    std::string path = env ? env : std::string(FACTWIRE_SHARED_DIR) + "/data/corpus/wikinews_en.jsonl";
    auto s = factwire::InputStream::open(path, {});
    if (!s.ok()) return out;
    factwire::Input in;
    while (s.value()->next(&in))
      if (in.error.ok()) out.push_back(in);
    return out;
  }();
  return docs;
}

size_t corpus_bytes() {
  size_t n = 0;
  for (const auto& d : corpus()) n += d.bytes.size();
  return n;
}

// read + clean + segment + tokenize: the foundation's share of the work.
void BM_ReadCleanSegment(benchmark::State& state) {
  if (corpus().empty()) {
    state.SkipWithError("corpus not found (../shared/data/corpus/wikinews_en.jsonl)");
    return;
  }
  factwire::ReadOptions ro;
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& in : corpus()) {
      auto draft = factwire::read_text(in.bytes, ro);
      if (!draft.ok()) continue;
      factwire::Document doc = factwire::assemble(std::move(draft.value()));
      factwire::segment_document(&doc);
      tokens += doc.tokens.size();
      benchmark::DoNotOptimize(doc.tokens.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadCleanSegment)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// HTML extraction over the html_dev pages (../shared/data/html_dev/pages/*.html.gz, read and
// unpacked once, before timing): read_html + assemble per page, the body extraction that
// html_snippets.py scores. Reported: items_per_second (pages/s) and bytes_per_second (HTML).
const std::vector<std::string>& html_pages() {
  static std::vector<std::string> pages = [] {
    std::vector<std::string> out;
    const std::string dir = std::string(FACTWIRE_SHARED_DIR) + "/data/html_dev/pages/";
    for (int k = 0; k < 1000; ++k) {
      char name[32];
      std::snprintf(name, sizeof name, "page-%03d.html.gz", k);
      auto s = factwire::InputStream::open(dir + name, {});
      if (!s.ok()) continue;
      factwire::Input in;
      if (s.value()->next(&in) && in.error.ok()) out.push_back(std::move(in.bytes));
    }
    return out;
  }();
  return pages;
}

void BM_ReadHtml(benchmark::State& state) {
  if (html_pages().empty()) {
    state.SkipWithError("html_dev pages not found (../shared/data/html_dev/pages)");
    return;
  }
  factwire::ReadOptions ro;
  size_t bytes = 0, failed = 0;
  for (const auto& p : html_pages()) bytes += p.size();
  for (auto _ : state) {
    for (const auto& page : html_pages()) {
      auto draft = factwire::read_html(page, ro);
      if (!draft.ok()) {
        ++failed;
        continue;
      }
      factwire::Document doc = factwire::assemble(std::move(draft.value()));
      benchmark::DoNotOptimize(doc.text.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * html_pages().size()));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["pages"] = static_cast<double>(html_pages().size());
  state.counters["failed"] = static_cast<double>(failed / std::max<size_t>(1, state.iterations()));
}
BENCHMARK(BM_ReadHtml)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The whole analysis, models and fact stages included, one thread.
void BM_Analyze(benchmark::State& state) {
  if (corpus().empty()) {
    state.SkipWithError("corpus not found");
    return;
  }
  static auto pipeline = factwire::Pipeline::Create({});
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  size_t tokens = 0;
  for (auto _ : state) {
    for (const auto& in : corpus()) {
      auto doc = pipeline.value().analyze(in);
      if (doc.ok()) tokens += doc.value().tokens.size();
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus_bytes()));
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
  state.counters["docs/s"] =
      benchmark::Counter(static_cast<double>(state.iterations() * corpus().size()), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond)->MinTime(3.0);

// Each stage alone, over documents prepared up to that stage once. The time is the stage's
// own cost per pass over the corpus, so its share of BM_Analyze can be read off directly.
struct Stages {
  std::unique_ptr<factwire::Tagger> tagger;
  std::shared_ptr<const factwire::Gazetteer> gazetteer;
  std::shared_ptr<const factwire::EventPatterns> patterns;
  std::vector<factwire::Document> segmented, tagged, resolved, facts_ready;
  bool ok = false;
};

const Stages& stages() {
  static Stages st = [] {
    Stages s;
    auto t = factwire::Tagger::Load(std::string(FACTWIRE_SOURCE_DIR) + "/models");
    auto g = factwire::Gazetteer::Load(FACTWIRE_SOURCE_DIR);
    auto p = factwire::EventPatterns::Load(FACTWIRE_SOURCE_DIR);
    if (!t.ok() || !g.ok() || !p.ok() || corpus().empty()) return s;
    s.tagger = std::move(t.value());
    s.gazetteer = g.value();
    s.patterns = p.value();
    for (const auto& in : corpus()) {
      auto draft = factwire::read_text_with_title_for_bench(in);
      if (!draft.ok()) continue;
      factwire::Document doc = factwire::assemble(std::move(draft.value()));
      factwire::segment_document(&doc);
      s.segmented.push_back(doc);
      s.tagger->annotate(&doc);
      s.tagged.push_back(doc);
      factwire::resolve_entities(&doc, *s.gazetteer);
      s.resolved.push_back(doc);
      factwire::extract_times(&doc);
      factwire::extract_quotes(&doc, *s.gazetteer);
      factwire::extract_figures(&doc);
      s.facts_ready.push_back(doc);
    }
    s.ok = true;
    return s;
  }();
  return st;
}

template <typename Fn>
void run_stage(benchmark::State& state, const std::vector<factwire::Document>& (*input)(), Fn fn) {
  if (!stages().ok) {
    state.SkipWithError("models, data or corpus not found");
    return;
  }
  size_t tokens = 0;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<factwire::Document> docs = input();
    state.ResumeTiming();
    for (auto& d : docs) {
      fn(&d);
      tokens += d.tokens.size();
    }
    state.PauseTiming();
    docs.clear();
    state.ResumeTiming();
  }
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(tokens), benchmark::Counter::kIsRate);
}

const std::vector<factwire::Document>& segmented() { return stages().segmented; }
const std::vector<factwire::Document>& tagged() { return stages().tagged; }
const std::vector<factwire::Document>& resolved() { return stages().resolved; }
const std::vector<factwire::Document>& facts_ready() { return stages().facts_ready; }

void BM_StageTag(benchmark::State& state) {
  run_stage(state, segmented, [](factwire::Document* d) { stages().tagger->annotate(d); });
}
void BM_StageResolve(benchmark::State& state) {
  run_stage(state, tagged, [](factwire::Document* d) { factwire::resolve_entities(d, *stages().gazetteer); });
}
void BM_StageQuotes(benchmark::State& state) {
  run_stage(state, resolved, [](factwire::Document* d) { factwire::extract_quotes(d, *stages().gazetteer); });
}
void BM_StageFiguresTimes(benchmark::State& state) {
  run_stage(state, resolved, [](factwire::Document* d) {
    factwire::extract_times(d);
    factwire::extract_figures(d);
  });
}
void BM_StageEvents(benchmark::State& state) {
  run_stage(state, facts_ready,
            [](factwire::Document* d) { factwire::extract_events(d, *stages().gazetteer, *stages().patterns); });
}
BENCHMARK(BM_StageTag)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_StageResolve)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_StageQuotes)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_StageFiguresTimes)->Unit(benchmark::kMillisecond)->MinTime(1.0);
BENCHMARK(BM_StageEvents)->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();
