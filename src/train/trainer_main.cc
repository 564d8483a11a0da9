// fw_trainer: the `train` and `evaluate` subcommands of the factwire CLI, standalone, plus
// `speed`, which times Tagger::annotate (tag + parse + entities) over a CoNLL-U file's words.
#include <CLI/CLI.hpp>

#include <chrono>
#include <ctime>
#include <cstdio>
#include <iostream>

#include "tag/model_file.h"
#include "tag/ner_model.h"
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

// Re-saves a recognizer with other decoding options (case runs, O bias), its self-tests'
// expectations re-tagged with them: for choosing the options on downstream dev sets without
// retraining. (`train ner --case-runs --o-bias X` trains with them from the start.)
int RetuneNer(const std::string& in, const std::string& out, bool case_runs, float o_bias) {
  using factwire::tag::NerModel;
  NerModel m;
  auto st = NerModel::Load(in, &m);
  if (!st.ok()) {
    std::cerr << "error: " << st.ToString() << "\n";
    return 1;
  }
  m.decode_flags = case_runs ? uint32_t{NerModel::kDecodeCaseRuns} : 0u;
  m.o_bias = o_bias;
  std::vector<factwire::tag::WordFeats> wf;
  std::vector<uint64_t> tags, scratch;
  std::vector<int> labels;
  for (auto& t : m.self_tests) {
    std::vector<std::string_view> words(t.words.begin(), t.words.end());
    factwire::tag::ComputeWordFeats(words, &wf);
    tags.clear();
    for (const auto& x : t.tags) tags.push_back(factwire::tag::hash_str(x));
    m.Tag(&wf, tags, &labels, &scratch);
    for (size_t i = 0; i < labels.size(); ++i) t.expect[i] = m.LabelName(labels[i]);
  }
  std::string meta = m.meta;
  const size_t close = meta.rfind('}');
  if (close != std::string::npos) {
    char buf[200];
    std::snprintf(buf, sizeof(buf), ",\n  \"retuned\": {\"case_runs\": %s, \"o_bias\": %g}\n",
                  case_runs ? "true" : "false", static_cast<double>(o_bias));
    size_t end = close;
    while (end > 0 && (meta[end - 1] == '\n' || meta[end - 1] == ' ')) --end;
    meta = meta.substr(0, end) + buf + "}\n";
  }
  st = factwire::tag::WriteModelFile(out, "ner", meta, m.Payload());
  if (!st.ok()) {
    std::cerr << "error: " << st.ToString() << "\n";
    return 1;
  }
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
  std::string rin, rout;
  bool rcase = false;
  float rbias = 0;
  CLI::App* retune = app.add_subcommand("retune-ner", "re-save a recognizer with other decoding options");
  retune->add_option("--model", rin, "recognizer .fwm")->required();
  retune->add_option("--out", rout, "output .fwm")->required();
  retune->add_flag("--case-runs", rcase, "entities that start capitalised run only over name words");
  retune->add_option("--o-bias", rbias, "bias added to the score of O");
  int rc = 0;
  retune->callback([&]() { rc = RetuneNer(rin, rout, rcase, rbias); });
  speed->callback([&]() { rc = Speed(models, data, rounds); });
  CLI11_PARSE(app, argc, argv);
  return rc;
}
