// Throughput of the pipeline over the Wikinews corpus (../shared/data/corpus/wikinews_en.jsonl).
//
//   ./build/bench/factwire_bench                       # all
//   ./build/bench/factwire_bench --benchmark_filter=Read   # read + clean + segment + tokenize
//
// Reported: bytes_per_second (input bytes of article text) and tokens/s.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "factwire/pipeline.h"
#include "factwire/reader.h"
#include "segment/segment.h"

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

}  // namespace

BENCHMARK_MAIN();
