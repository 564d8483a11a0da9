// fw_trainer: the `train` and `evaluate` subcommands of the factwire CLI, standalone, plus
// `speed`, which times Tagger::annotate (tag + parse + entities) over a CoNLL-U file's words.
#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <iostream>

#include "tag/tagger.h"
#include "train/corpus.h"
#include "train_cmd.h"

namespace {

int Speed(const std::string& models, const std::string& data, int rounds) {
  auto load0 = std::chrono::steady_clock::now();
  const std::clock_t load_cpu0 = std::clock();
  auto tagger = factwire::Tagger::Load(models);
  double load_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - load0).count();
  const double load_cpu_ms = 1000.0 * (std::clock() - load_cpu0) / CLOCKS_PER_SEC;
  if (!tagger.ok()) {
    std::cerr << "error: " << tagger.status().ToString() << "\n";
    return 1;
  }
  std::vector<factwire::train::TreeSentence> sents;
  auto st = factwire::train::ReadConllu(data, &sents);
  if (!st.ok()) {
    std::cerr << "error: " << st.ToString() << "\n";
    return 1;
  }
  // One Document per 20 sentences, tokens separated by spaces.
  std::vector<factwire::Document> docs;
  size_t tokens = 0;
  for (size_t k = 0; k < sents.size(); k += 20) {
    factwire::Document d;
    for (size_t j = k; j < std::min(sents.size(), k + 20); ++j) {
      factwire::Sentence s;
      s.start = static_cast<uint32_t>(d.text.size());
      s.token_begin = static_cast<uint32_t>(d.tokens.size());
      for (const auto& w : sents[j].words) {
        factwire::Token t;
        t.start = static_cast<uint32_t>(d.text.size());
        d.text += w;
        t.end = static_cast<uint32_t>(d.text.size());
        t.sentence = static_cast<uint32_t>(d.sentences.size());
        d.text += ' ';
        d.tokens.push_back(t);
      }
      s.end = static_cast<uint32_t>(d.text.size());
      s.token_end = static_cast<uint32_t>(d.tokens.size());
      d.sentences.push_back(s);
    }
    tokens += d.tokens.size();
    docs.push_back(std::move(d));
  }
  auto t0 = std::chrono::steady_clock::now();
  const std::clock_t cpu0 = std::clock();
  for (int r = 0; r < rounds; ++r)
    for (auto& d : docs) tagger.value()->annotate(&d);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = static_cast<double>(std::clock() - cpu0) / CLOCKS_PER_SEC;
  // CPU time is the honest figure on a shared machine: wall time includes waiting for a core.
  std::printf("load %.1f ms wall, %.1f ms CPU; %zu tokens x %d rounds: %.3f s wall, %.3f s CPU: "
              "%.0f tokens/s wall, %.0f tokens/s CPU (one thread)\n",
              load_ms, load_cpu_ms, tokens, rounds, secs, cpu, tokens * rounds / secs,
              tokens * rounds / cpu);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factwire model trainer"};
  app.require_subcommand(1);
  add_train_commands(app);
  std::string models = "models", data;
  int rounds = 3;
  CLI::App* speed = app.add_subcommand("speed", "time tag + parse + entities over a CoNLL-U file");
  speed->add_option("--models", models, "models folder");
  speed->add_option("--data", data, "CoNLL-U file")->required();
  speed->add_option("--rounds", rounds, "passes over the data");
  int rc = 0;
  speed->callback([&]() { rc = Speed(models, data, rounds); });
  CLI11_PARSE(app, argc, argv);
  return rc;
}
