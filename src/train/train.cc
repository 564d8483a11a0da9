#include "train/train.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>

#include "tag/dep_model.h"
#include "tag/hash.h"
#include "tag/model_file.h"
#include "tag/ner_model.h"
#include "tag/pos_model.h"
#include "train/corpus.h"
#include "train/perceptron.h"
#include "train/wordnet.h"

namespace factwire::train {

namespace {

using tag::WordFeats;

std::string ModelPath(const std::string& p) {
  if (p.size() >= 4 && p.substr(p.size() - 4) == ".fwm") return p;
  return p + ".fwm";
}
std::string ManifestPath(const std::string& p) {
  std::string m = ModelPath(p);
  return m.substr(0, m.size() - 4) + ".manifest.json";
}

std::string JsonEscape(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out.push_back('\\');
      out.push_back(c);
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof(buf), "\\u%04x", c);
      out += buf;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string BaseName(const std::string& p) {
  size_t k = p.find_last_of('/');
  return k == std::string::npos ? p : p.substr(k + 1);
}

// Licence and credit of each data set we train on (../shared/data/README.md).
struct DataLicence {
  std::string licence, credit;
  bool share_alike = false;
};
DataLicence LicenceOf(const std::string& path) {
  std::string b = BaseName(path);
  if (b.find("gum") != std::string::npos)
    return {"CC BY 4.0", "UD English GUM (CC-BY genres), Georgetown University (Zeldes 2017)", false};
  if (b.find("wnut") != std::string::npos || b.find("emerging") != std::string::npos)
    return {"CC BY 4.0", "WNUT 2017 emerging entities (Derczynski et al. 2017)", false};
  if (b.find("wikinews") != std::string::npos)
    return {"CC BY 2.5", "Wikinews contributors (unlabeled text, for word classes)", false};
  if (b.find(".iob2") != std::string::npos)
    return {"CC BY-SA 4.0", "Universal NER English-EWT (Mayhew et al. 2024)", true};
  return {"CC BY-SA 4.0", "UD English-EWT contributors (Universal Dependencies v2.16)", true};
}

// The meta JSON embedded in the model file and written as the manifest beside it.
std::string Manifest(const std::string& kind, const TrainOptions& o, const std::string& extra,
                     const std::string& scores) {
  std::ostringstream j;
  bool sa = false;
  std::set<std::string> credits;
  // The recognizer's --tagger-train treebanks train its fold taggers: credited too.
  std::vector<std::string> sources = o.train_files;
  if (o.jackknife > 1) sources.insert(sources.end(), o.tagger_train.begin(), o.tagger_train.end());
  for (const auto& f : sources) {
    auto l = LicenceOf(f);
    sa = sa || l.share_alike;
    credits.insert(l.credit + " (" + l.licence + ")");
  }
  j << "{\n  \"kind\": \"" << kind << "\",\n";
  j << "  \"format_version\": " << tag::kModelFormatVersion << ",\n";
  j << "  \"feature_spec\": " << tag::kFeatureSpec << ",\n";
  j << "  \"hash\": \"fnv1a64+splitmix64, seed 0x" << std::hex << tag::kHashSeed << std::dec
    << "\",\n";
  j << "  \"train\": [";
  for (size_t i = 0; i < o.train_files.size(); ++i)
    j << (i ? ", " : "") << "\"" << JsonEscape(BaseName(o.train_files[i])) << "\"";
  j << "],\n";
  if (o.jackknife > 1 && !o.tagger_train.empty()) {
    j << "  \"tagger_train\": [";
    for (size_t i = 0; i < o.tagger_train.size(); ++i)
      j << (i ? ", " : "") << "\"" << JsonEscape(BaseName(o.tagger_train[i])) << "\"";
    j << "],\n";
  }
  j << "  \"dev\": \"" << JsonEscape(BaseName(o.dev_file)) << "\",\n";
  j << "  \"licence\": \"" << (sa ? "CC BY-SA 4.0" : "CC BY 4.0") << "\",\n";
  j << "  \"credit\": [";
  size_t i = 0;
  for (const auto& c : credits) j << (i++ ? ", " : "") << "\"" << JsonEscape(c) << "\"";
  j << "],\n  \"seed\": " << o.seed << ",\n";
  j << "  \"command\": \"" << JsonEscape(o.command) << "\",\n";
  j << extra;
  j << "  \"dev_scores\": " << scores << "\n}\n";
  return j.str();
}

Status SaveModel(const std::string& kind, const TrainOptions& o, const std::string& meta,
                 const std::string& payload) {
  Status s = tag::WriteModelFile(ModelPath(o.out), kind, meta, payload);
  if (!s.ok()) return s;
  return tag::WriteFileBytes(ManifestPath(o.out), meta);
}

std::string LabelsJson(const std::vector<std::string>& labels) {
  std::string s = "[";
  for (size_t i = 0; i < labels.size(); ++i) {
    std::string l = labels[i];
    std::replace(l.begin(), l.end(), '\t', '/');
    s += (i ? ", \"" : "\"") + JsonEscape(l) + "\"";
  }
  return s + "]";
}

std::vector<std::string_view> Views(const std::vector<std::string>& words) {
  return std::vector<std::string_view>(words.begin(), words.end());
}

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

Status ReadTrees(const std::vector<std::string>& files, std::vector<TreeSentence>* out) {
  for (const auto& f : files) {
    Status s = ReadConllu(f, out);
    if (!s.ok()) return s;
  }
  if (out->empty()) return Status::InvalidInput("no sentences in the training files");
  return Status::Ok();
}

// Runs the tagger over sentences; returns the joint label string per word.
struct TagRunner {
  tag::PosModel pos;
  std::vector<WordFeats> wf;
  std::vector<int> tags;
  std::vector<uint64_t> scratch;
  void Run(const std::vector<std::string>& words, std::vector<uint64_t>* hashes,
           std::vector<int>* ids = nullptr) {
    tag::ComputeWordFeats(Views(words), &wf);
    pos.Tag(&wf, &tags, &scratch);
    hashes->resize(words.size());
    for (size_t i = 0; i < words.size(); ++i) (*hashes)[i] = tag::hash_str(pos.labels[tags[i]]);
    if (ids) *ids = tags;
  }
};

// ---------------------------------------------------------------- tagger

void LearnLemmas(const std::vector<TreeSentence>& data, tag::PosModel* m) {
  std::map<std::string, std::map<std::string, int>> table;
  std::map<std::string, std::map<std::pair<int, std::string>, int>> rules;
  for (const auto& s : data) {
    for (size_t i = 0; i < s.words.size(); ++i) {
      const std::string lower = tag::LowerAscii(s.words[i]);
      const std::string& lemma = s.lemmas[i];
      if (lemma == "_") continue;
      table[lower + "\t" + s.xpos[i]][lemma]++;
      if (s.upos[i] == "PROPN") continue;
      const std::string ll = tag::LowerAscii(lemma);
      size_t p = 0;
      while (p < lower.size() && p < ll.size() && lower[p] == ll[p]) ++p;
      const int strip = static_cast<int>(lower.size() - p);
      if (strip > 5 || p < 2) continue;
      const std::string append = ll.substr(p);
      for (size_t k = std::max<size_t>(strip, 1); k <= 5 && k <= lower.size(); ++k)
        rules[s.xpos[i] + "\t" + lower.substr(lower.size() - k)][{strip, append}]++;
    }
  }
  m->lemma_table.clear();
  for (const auto& [k, counts] : table) {
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    m->lemma_table[k] = best->first;
  }
  m->lemma_rules.clear();
  for (const auto& [k, counts] : rules) {
    int total = 0;
    for (auto& [r, c] : counts) total += c;
    auto best = std::max_element(counts.begin(), counts.end(),
                                 [](auto& a, auto& b) { return a.second < b.second; });
    if (total < 3 || best->second * 10 < total * 6) continue;
    if (best->first.first == 0 && best->first.second.empty()) continue;  // identity: the default
    m->lemma_rules[k] = {static_cast<uint8_t>(best->first.first), best->first.second};
  }
  // Rules whose suffix the identity rule also explains well are dropped above; suffix keys
  // that map to identity must still stop a shorter suffix from firing: keep them as (0, "").
  for (const auto& [k, counts] : rules) {
    if (m->lemma_rules.count(k)) continue;
    int total = 0;
    for (auto& [r, c] : counts) total += c;
    auto it = counts.find({0, ""});
    if (it != counts.end() && total >= 3 && it->second * 10 >= total * 6)
      m->lemma_rules[k] = {0, ""};
  }
}

// Ambiguity classes: the tags (by share >= 5%) each lowercase word had in training. The
// model's lexicon holds all of training; the classes the trainer sees for a sentence come
// from the other nine tenths (jackknifing), so that training words look as unknown as dev
// words do and the model does not learn to trust the class blindly.
uint64_t AmbClass(const std::map<int, int>& tags) {
  int total = 0;
  for (auto& [t, c] : tags) total += c;
  uint64_t h = 0x414D42ull;
  bool any = false;
  for (auto& [t, c] : tags)
    if (c > 0 && c * 20 >= total) {
      h = tag::mix64(h ^ static_cast<uint64_t>(t + 1));
      any = true;
    }
  return any ? h : tag::kUnknownWord;
}

void BuildLexicon(const std::vector<TreeSentence>& data, const std::map<std::string, int>& label_id,
                  tag::PosModel* m, std::vector<std::vector<uint64_t>>* jackknifed) {
  constexpr int kFolds = 10;
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  std::vector<std::unordered_map<uint64_t, std::map<int, int>>> fold(kFolds);
  std::vector<std::vector<uint64_t>> lowers(data.size());
  std::vector<std::vector<int>> ids(data.size());
  std::string scratch;
  tag::WordFeats wf;
  for (size_t k = 0; k < data.size(); ++k) {
    const auto& s = data[k];
    for (size_t i = 0; i < s.words.size(); ++i) {
      tag::ComputeWordFeats(s.words[i], &wf, &scratch);
      auto it = label_id.find(s.JointTag(i));
      int id = it == label_id.end() ? -1 : it->second;
      lowers[k].push_back(wf.lower);
      ids[k].push_back(id);
      if (id < 0) continue;
      counts[wf.lower][id]++;
      fold[k % kFolds][wf.lower][id]++;
    }
  }
  m->lexicon.clear();
  for (const auto& [w, tags] : counts) m->lexicon[w] = AmbClass(tags);
  jackknifed->assign(data.size(), {});
  for (size_t k = 0; k < data.size(); ++k) {
    const auto& own = fold[k % kFolds];
    for (uint64_t w : lowers[k]) {
      std::map<int, int> rest = counts[w];
      auto it = own.find(w);
      if (it != own.end())
        for (auto& [t, c] : it->second) rest[t] -= c;
      (*jackknifed)[k].push_back(AmbClass(rest));
    }
  }
}

// With only the right-to-left model trained so far, scores that pass alone.
double TaggerAccuracy(const tag::PosModel& m, const std::vector<TreeSentence>& dev) {
  std::vector<WordFeats> wf;
  std::vector<int> tags;
  std::vector<uint64_t> scratch;
  std::vector<float> rev_scores;
  size_t n = 0, ok = 0;
  for (const auto& s : dev) {
    tag::ComputeWordFeats(Views(s.words), &wf);
    if (m.weights.num_classes() == 0) {
      m.FillLexicon(&wf);
      m.ScoreReversed(wf, &rev_scores, &scratch, &tags);
    } else {
      m.Tag(&wf, &tags, &scratch);
    }
    for (size_t i = 0; i < s.words.size(); ++i, ++n) ok += m.upos[tags[i]] == s.upos[i];
  }
  return n ? 100.0 * ok / n : 0;
}

struct TaggerFit {
  int best_epoch = 0, best_epoch_rev = 0;
  double dev_upos = -1;
};

// Trains model->weights (left to right) and then model->weights_rev (right to left) on train,
// whose ambiguity classes are amb (jackknifed). With a dev set each direction keeps its epoch
// with the best dev UPOS of both together; without one, its last epoch.
// dirs: the directions to train, in order (0 left-to-right, 1 right-to-left). right (or
// nullptr): per training sentence the right-to-left tags the stacked left-to-right model sees.
TaggerFit FitTagger(const std::vector<TreeSentence>& train,
                    const std::vector<std::vector<uint64_t>>& train_amb,
                    const std::vector<TreeSentence>& dev, const std::map<std::string, int>& label_id,
                    int epochs, size_t budget, uint64_t seed, tag::PosModel* model_ptr,
                    std::ostream& log, std::vector<int> dirs = {0, 1},
                    const std::vector<std::vector<int>>* right = nullptr, int bags = 1) {
  tag::PosModel& model = *model_ptr;
  const auto& labels = model.labels;
  TaggerFit fit;
  std::vector<WordFeats> wf;
  std::vector<uint64_t> feats;
  auto t0 = std::chrono::steady_clock::now();
  int& best_epoch = fit.best_epoch;
  int& best_epoch_rev = fit.best_epoch_rev;
  double& best_acc = fit.dev_upos;
  // One direction: the left-to-right model, then the right-to-left one (over reversed
  // sentences), chosen by the dev accuracy of both together.
  for (int dir : dirs) {
    const bool reverse = dir == 1;
    const bool stack = !reverse && right != nullptr;
    // bags > 1: that many perceptrons trained side by side in other orders (seeds seed + dir +
    // 7919 b; b = 0 is the single model's order), the mean of their averaged weights exported.
    const size_t nb = static_cast<size_t>(std::max(bags, 1));
    std::vector<Perceptron> ps(nb, Perceptron(static_cast<int>(labels.size())));
    std::vector<Rng> rngs;
    for (size_t b = 0; b < nb; ++b) rngs.emplace_back(seed + static_cast<uint64_t>(dir) + 7919ull * b);
    std::vector<std::vector<size_t>> orders(nb, std::vector<size_t>(train.size()));
    for (auto& order : orders)
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<const Perceptron*> mix;
    for (const auto& p : ps) mix.push_back(&p);
    std::vector<float> scores(labels.size());
    std::vector<int> truth_ids;
    double dir_best = -1;
    tag::LinearModel best;
    for (int epoch = 1; epoch <= epochs; ++epoch) {
      size_t n = 0, ok = 0;  // the first model's training accuracy
      for (size_t b = 0; b < nb; ++b) {
        Perceptron& p = ps[b];
        rngs[b].Shuffle(&orders[b]);
        for (size_t si : orders[b]) {
          const auto& s = train[si];
          tag::ComputeWordFeats(Views(s.words), &wf);
          for (size_t i = 0; i < wf.size(); ++i) wf[i].amb = train_amb[si][i];
          model.FillWordNet(&wf);
          truth_ids.clear();
          for (size_t i = 0; i < s.words.size(); ++i) {
            auto it = label_id.find(s.JointTag(i));
            truth_ids.push_back(it == label_id.end() ? -1 : it->second);
          }
          if (reverse) {
            std::reverse(wf.begin(), wf.end());
            std::reverse(truth_ids.begin(), truth_ids.end());
          }
          int p1 = -1, p2 = -1;
          for (size_t i = 0; i < wf.size(); ++i) {
            tag::PosModel::Features(wf, i, p1, p2, &feats, stack ? (*right)[si].data() : nullptr,
                                    model.long_affixes, !model.wordnet.empty());
            std::fill(scores.begin(), scores.end(), 0.0f);
            p.Score(feats, scores.data());
            int guess =
                static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
            const int truth = truth_ids[i];
            if (truth >= 0) p.Update(feats, truth, guess);
            p.Tick();
            if (b == 0) {
              ok += guess == truth;
              ++n;
            }
            p2 = p1;
            p1 = guess;
          }
        }
      }
      // Without a dev set only the last epoch is kept: export it alone.
      if (dev.empty() && epoch < epochs) {
        log << "tagger " << (reverse ? "right-to-left" : "left-to-right") << " epoch " << epoch
            << ": train " << 100.0 * ok / n << "% (" << Seconds(t0) << " s)\n";
        continue;
      }
      (reverse ? model.weights_rev : model.weights) = Perceptron::ExportMean(mix, budget);
      double acc = dev.empty() ? 0 : TaggerAccuracy(model, dev);
      log << "tagger " << (reverse ? "right-to-left" : "left-to-right") << " epoch " << epoch
          << ": train " << 100.0 * ok / n << "% dev UPOS " << acc << "% ("
          << (reverse ? model.weights_rev : model.weights).num_weights() << " weights, "
          << Seconds(t0) << " s)\n";
      if (dev.empty() || acc > dir_best) {
        dir_best = acc;
        best = reverse ? model.weights_rev : model.weights;
        (reverse ? best_epoch_rev : best_epoch) = epoch;
      }
    }
    (reverse ? model.weights_rev : model.weights) = std::move(best);
    best_acc = dir_best;
  }
  return fit;
}

}  // namespace

Status TrainTagger(const TrainOptions& o, std::ostream& log) {
  std::vector<TreeSentence> train, dev;
  Status st = ReadTrees(o.train_files, &train);
  if (!st.ok()) return st;
  if (!o.dev_file.empty() && !(st = ReadConllu(o.dev_file, &dev)).ok()) return st;
  std::map<std::string, int> counts;
  for (const auto& s : train)
    for (size_t i = 0; i < s.words.size(); ++i) counts[s.JointTag(i)]++;
  std::vector<std::string> labels;
  for (auto& [l, c] : counts)
    if (c >= 2) labels.push_back(l);
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < labels.size(); ++i) label_id[labels[i]] = static_cast<int>(i);

  tag::PosModel model;
  model.SetLabels(labels);
  model.long_affixes = o.long_affixes;
  if (!o.wordnet.empty()) {
    Status ws = ReadWordNet(o.wordnet, &model.wordnet);
    if (!ws.ok()) return ws;
    log << "tagger: WordNet lexicon " << model.wordnet.size() << " word forms\n";
  }
  LearnLemmas(train, &model);
  std::vector<std::vector<uint64_t>> train_amb;
  BuildLexicon(train, label_id, &model, &train_amb);
  {
    size_t unk = 0, tot = 0;
    for (auto& v : train_amb)
      for (uint64_t a : v) unk += a == tag::kUnknownWord, ++tot;
    log << "tagger: " << labels.size() << " labels, lexicon " << model.lexicon.size()
        << " words, jackknifed unknown rate " << 100.0 * unk / tot << "%\n";
  }
  const int epochs = o.epochs > 0 ? o.epochs : 8;
  // Per direction: the two directions together stay near the size of one unpruned model.
  const size_t budget = o.max_weights > 0 ? o.max_weights : 600000;
  std::vector<WordFeats> wf;
  std::vector<uint64_t> feats;
  TaggerFit fit;
  const int stack_folds = o.stack > 1 ? o.stack : 0;
  const int stack_epochs = 6;
  if (stack_folds > 0) {
    // Stacked: the right-to-left tags the left-to-right model learns from are jackknifed (each
    // block of sentences tagged by a right-to-left model trained on the other blocks), so they
    // are as wrong in training as on new text.
    auto tj = std::chrono::steady_clock::now();
    std::vector<std::vector<int>> right(train.size());
    size_t n = 0, ok = 0;
    std::vector<float> rev_scores;
    for (int f = 0; f < stack_folds; ++f) {
      const size_t lo = train.size() * f / stack_folds, hi = train.size() * (f + 1) / stack_folds;
      std::vector<TreeSentence> rest;
      for (size_t k = 0; k < train.size(); ++k)
        if (k < lo || k >= hi) rest.push_back(train[k]);
      tag::PosModel fm;
      fm.SetLabels(labels);
      fm.long_affixes = model.long_affixes;
      fm.wordnet = model.wordnet;
      std::vector<std::vector<uint64_t>> amb;
      BuildLexicon(rest, label_id, &fm, &amb);
      FitTagger(rest, amb, {}, label_id, stack_epochs, budget, o.seed + 31 * (f + 1), &fm, log, {1});
      for (size_t k = lo; k < hi; ++k) {
        tag::ComputeWordFeats(Views(train[k].words), &wf);
        fm.FillLexicon(&wf);
        fm.ScoreReversed(wf, &rev_scores, &feats, &right[k]);
        for (size_t i = 0; i < wf.size(); ++i, ++n) ok += fm.upos[right[k][i]] == train[k].upos[i];
      }
      log << "tagger: stacking fold " << f + 1 << "/" << stack_folds << " (" << Seconds(tj) << " s)\n";
    }
    log << "tagger: jackknifed right-to-left train UPOS " << (n ? 100.0 * ok / n : 0) << "% ("
        << Seconds(tj) << " s)\n";
    model.stacked = true;
    fit = FitTagger(train, train_amb, dev, label_id, epochs, budget, o.seed, &model, log, {1, 0},
                    &right, o.bag);
  } else {
    fit = FitTagger(train, train_amb, dev, label_id, epochs, budget, o.seed, &model, log, {0, 1},
                    nullptr, o.bag);
  }
  const int best_epoch = fit.best_epoch, best_epoch_rev = fit.best_epoch_rev;
  const double best_acc = fit.dev_upos;
  log << "tagger: both directions, dev UPOS " << best_acc << "%\n";
  // Self-tests: the first sentences of the dev set (or train), as this model tags them.
  const auto& src = dev.empty() ? train : dev;
  std::vector<int> tags;
  for (size_t k = 0; k < std::min<size_t>(3, src.size()); ++k) {
    tag::SelfTest t;
    t.words = src[k].words;
    tag::ComputeWordFeats(Views(t.words), &wf);
    model.Tag(&wf, &tags, &feats);
    for (size_t i = 0; i < t.words.size(); ++i)
      t.expect.push_back(model.labels[tags[i]] + "\t" + model.Lemma(t.words[i], tags[i]));
    model.self_tests.push_back(std::move(t));
  }
  TaggerScores sc;
  std::string extra =
      "  \"model\": \"greedy averaged perceptrons, left-to-right + right-to-left (scores summed), joint "
      "UPOS+XPOS labels\",\n";
  if (model.long_affixes)
    extra += "  \"long_affixes\": \"4-byte prefix, 5-byte suffix features\",\n";
  if (!model.wordnet.empty())
    extra += "  \"wordnet\": {\"source\": \"WordNet 3.0 (Debian package wordnet-base), Princeton "
             "University, WordNet 3.0 license\", \"word_forms\": " +
             std::to_string(model.wordnet.size()) + "},\n";
  if (stack_folds > 0)
    extra += "  \"stacked\": {\"folds\": " + std::to_string(stack_folds) + ", \"fold_epochs\": " +
             std::to_string(stack_epochs) +
             ", \"features\": \"right-to-left tags at i, i+1, i+2 in the left-to-right model\"},\n";
  if (o.bag > 1)
    extra += "  \"bag\": {\"models\": " + std::to_string(o.bag) +
             ", \"export\": \"mean of the averaged weights, per direction\"},\n";
  extra += "  \"labels\": " + LabelsJson(labels) + ",\n";
  extra += "  \"epochs\": " + std::to_string(epochs) + ", \"best_epoch\": " +
           std::to_string(best_epoch) + ", \"best_epoch_right_to_left\": " +
           std::to_string(best_epoch_rev) + ",\n";
  extra += "  \"weights\": " + std::to_string(model.weights.num_weights()) +
           ", \"weights_right_to_left\": " + std::to_string(model.weights_rev.num_weights()) + ",\n";
  extra += "  \"lemma_table\": " + std::to_string(model.lemma_table.size()) +
           ", \"lemma_rules\": " + std::to_string(model.lemma_rules.size()) + ",\n";
  const std::string payload = model.Payload();
  std::string scores_json = "{}";
  if (!dev.empty()) {
    // Score through the saved file, exactly as users will.
    st = SaveModel("pos", o, Manifest("pos", o, extra, "{}"), payload);
    if (!st.ok()) return st;
    st = EvaluateTagger(ModelPath(o.out), o.dev_file, &sc);
    if (!st.ok()) return st;
    char buf[200];
    std::snprintf(buf, sizeof(buf), "{\"upos\": %.2f, \"xpos\": %.2f, \"lemma\": %.2f, \"words\": %zu}",
                  sc.upos, sc.xpos, sc.lemma, sc.words);
    scores_json = buf;
    PrintScores(sc, log);
  }
  return SaveModel("pos", o, Manifest("pos", o, extra, scores_json), payload);
}

Status EvaluateTagger(const std::string& model, const std::string& data, TaggerScores* out) {
  tag::PosModel m;
  Status st = tag::PosModel::Load(ModelPath(model), &m);
  if (!st.ok()) return st;
  std::vector<TreeSentence> gold;
  if (!(st = ReadConllu(data, &gold)).ok()) return st;
  std::vector<WordFeats> wf;
  std::vector<int> tags;
  std::vector<uint64_t> scratch;
  size_t n = 0, u = 0, x = 0, l = 0;
  for (const auto& s : gold) {
    tag::ComputeWordFeats(Views(s.words), &wf);
    m.Tag(&wf, &tags, &scratch);
    for (size_t i = 0; i < s.words.size(); ++i, ++n) {
      u += m.upos[tags[i]] == s.upos[i];
      x += m.xpos[tags[i]] == s.xpos[i];
      l += m.Lemma(s.words[i], tags[i]) == s.lemmas[i];
    }
  }
  out->words = n;
  out->upos = n ? 100.0 * u / n : 0;
  out->xpos = n ? 100.0 * x / n : 0;
  out->lemma = n ? 100.0 * l / n : 0;
  return Status::Ok();
}

void PrintScores(const TaggerScores& s, std::ostream& out) {
  char buf[200];
  std::snprintf(buf, sizeof(buf), "words %zu  UPOS %.2f%%  XPOS %.2f%%  lemma %.2f%%\n", s.words,
                s.upos, s.xpos, s.lemma);
  out << buf;
}

// ---------------------------------------------------------------- parser

namespace {

struct Gold {
  const std::vector<int>* heads;  // per word 1..n at [i-1]
  const std::vector<int>* labels;
};

// Arc-eager dynamic oracle costs (Goldberg & Nivre 2012): how many gold arcs become
// unreachable by taking each transition. Works for non-projective gold trees as an
// approximation (the minimum-cost transitions are treated as correct).
void Costs(const tag::ParseState& s, const Gold& g, int nlabels, std::vector<int>* cost) {
  const int n = s.n;
  const int b = s.b;
  const int s0 = s.S0();
  auto gh = [&](int w) { return (*g.heads)[w - 1]; };
  auto gl = [&](int w) { return (*g.labels)[w - 1]; };
  const int nc = 2 + 2 * nlabels;
  cost->assign(nc, 1 << 20);
  std::vector<char> in_stack(n + 1, 0);
  for (int k : s.stack) in_stack[k] = 1;
  // shift
  if (s.Valid(tag::kShift)) {
    int c = 0;
    for (int k : s.stack) {
      if (gh(b) == k) ++c;
      if (k > 0 && gh(k) == b && s.head[k] == -1) ++c;
    }
    (*cost)[tag::kShift] = c;
  }
  if (s.Valid(tag::kReduce)) {
    int c = 0;
    for (int k = b; k <= n; ++k)
      if (gh(k) == s0) ++c;
    (*cost)[tag::kReduce] = c;
  }
  if (b <= n && s0 > 0 && s.head[s0] == -1) {
    int c = 0;
    if (gh(s0) > b) ++c;
    for (int k = b; k <= n; ++k)
      if (gh(k) == s0) ++c;
    for (int l = 0; l < nlabels; ++l)
      (*cost)[tag::LeftArc(l)] = c + (gh(s0) == b && gl(s0) != l ? 1 : 0);
  }
  if (b <= n && s0 >= 0) {
    int c = 0;
    for (int k : s.stack)
      if (k != s0 && gh(b) == k) ++c;
    if (gh(b) > b) ++c;
    for (int k : s.stack)
      if (k > 0 && gh(k) == b && s.head[k] == -1) ++c;
    for (int l = 0; l < nlabels; ++l)
      (*cost)[tag::RightArc(l)] = c + (gh(b) == s0 && gl(b) != l ? 1 : 0);
  }
}

struct ParserData {
  std::vector<WordFeats> wf;
  std::vector<uint64_t> tags;
  std::vector<int> heads, labels;
};

void ScoreParse(const tag::DepModel& m, const std::vector<TreeSentence>& gold,
                const std::vector<ParserData>& data, ParserScores* out) {
  tag::ParseState state;
  std::vector<int> heads, deps;
  std::vector<uint64_t> scratch;
  size_t n = 0, u = 0, l = 0, lu = 0;
  for (size_t k = 0; k < gold.size(); ++k) {
    m.Parse(data[k].wf, data[k].tags, &heads, &deps, &state, &scratch);
    const auto& s = gold[k];
    for (size_t i = 0; i < s.words.size(); ++i, ++n) {
      if (heads[i] != s.heads[i]) continue;
      ++u;
      const std::string& pl = m.labels[deps[i]];
      if (pl == s.deprels[i]) ++l;
      if (pl.substr(0, pl.find(':')) == s.deprels[i].substr(0, s.deprels[i].find(':'))) ++lu;
    }
  }
  out->words = n;
  out->uas = n ? 100.0 * u / n : 0;
  out->las = n ? 100.0 * l / n : 0;
  out->las_universal = n ? 100.0 * lu / n : 0;
}

// Jackknifing: cuts `trees` into `folds` contiguous blocks (mostly whole documents) and, for
// each block f, trains a tagger as `train tagger` trains it (both directions, like's labels and
// feature set, 600,000 weights per direction, `epochs` epochs, the last kept, seed
// seed + 101 (f + 1)) on the other blocks, then calls visit(f, lo, hi, tagger) for the block's
// sentences [lo, hi). With a cache prefix, fold f's tagger is read from (or, when absent,
// written to) CACHE.jkF-of-K.eEPOCHS.sSEED.fwm (a saved tagger tags exactly as the trained
// one): the cache is only valid for the same trees and labels, which the caller must keep.
Status ForEachFoldTagger(const std::vector<TreeSentence>& trees, const tag::PosModel& like,
                         int folds, int epochs, uint64_t seed, const std::string& cache,
                         std::ostream& log,
                         const std::function<void(int, size_t, size_t, TagRunner*)>& visit) {
  std::map<std::string, int> pos_id;
  for (size_t i = 0; i < like.labels.size(); ++i) pos_id[like.labels[i]] = static_cast<int>(i);
  const size_t pos_budget = 600000;
  for (int f = 0; f < folds; ++f) {
    const size_t lo = trees.size() * f / folds, hi = trees.size() * (f + 1) / folds;
    TagRunner fold;
    const std::string cached = cache.empty() ? std::string()
        : cache + ".jk" + std::to_string(f + 1) + "-of-" + std::to_string(folds) + ".e" +
              std::to_string(epochs) + ".s" + std::to_string(seed) + ".fwm";
    bool loaded = false;
    if (!cached.empty()) {
      std::string probe;
      if (tag::ReadFileBytes(cached, &probe).ok()) {
        Status s = tag::PosModel::Load(cached, &fold.pos);
        if (!s.ok()) return s;
        loaded = true;
        log << "jackknife: fold tagger " << f + 1 << "/" << folds << " read from " << cached << "\n";
      }
    }
    if (!loaded) {
      std::vector<TreeSentence> rest;
      rest.reserve(trees.size() - (hi - lo));
      for (size_t k = 0; k < trees.size(); ++k)
        if (k < lo || k >= hi) rest.push_back(trees[k]);
      fold.pos.SetLabels(like.labels);
      fold.pos.long_affixes = like.long_affixes;  // the same features, not stacked
      fold.pos.wordnet = like.wordnet;
      std::vector<std::vector<uint64_t>> amb;
      BuildLexicon(rest, pos_id, &fold.pos, &amb);
      FitTagger(rest, amb, {}, pos_id, epochs, pos_budget, seed + 101 * (f + 1), &fold.pos, log);
      if (!cached.empty()) {
        Status s = tag::WriteModelFile(cached, "pos", "{\"jackknife_fold\": " + std::to_string(f + 1) + "}\n",
                                       fold.pos.Payload());
        if (!s.ok()) return s;
      }
    }
    visit(f, lo, hi, &fold);
  }
  return Status::Ok();
}

Status PrepareParserData(const std::vector<TreeSentence>& trees, TagRunner* tagger,
                         const std::map<std::string, int>& label_id,
                         std::vector<ParserData>* out, double* upos_acc) {
  out->resize(trees.size());
  std::vector<int> ids;
  size_t n = 0, ok = 0;
  for (size_t k = 0; k < trees.size(); ++k) {
    const auto& s = trees[k];
    auto& d = (*out)[k];
    tagger->Run(s.words, &d.tags, &ids);
    tag::ComputeWordFeats(Views(s.words), &d.wf);
    d.heads = s.heads;
    d.labels.clear();
    for (size_t i = 0; i < s.words.size(); ++i, ++n) {
      auto it = label_id.find(s.deprels[i]);
      d.labels.push_back(it == label_id.end() ? -1 : it->second);
      ok += tagger->pos.upos[ids[i]] == s.upos[i];
    }
  }
  if (upos_acc) *upos_acc = n ? 100.0 * ok / n : 0;
  return Status::Ok();
}

}  // namespace

Status TrainParser(const TrainOptions& o, std::ostream& log) {
  std::vector<TreeSentence> train, dev;
  Status st = ReadTrees(o.train_files, &train);
  if (!st.ok()) return st;
  if (!o.dev_file.empty() && !(st = ReadConllu(o.dev_file, &dev)).ok()) return st;
  TagRunner tagger;
  const std::string tagger_path = o.tagger.empty() ? "models/pos.fwm" : ModelPath(o.tagger);
  if (!(st = tag::PosModel::Load(tagger_path, &tagger.pos)).ok()) return st;
  std::set<std::string> label_set;
  for (const auto& s : train) label_set.insert(s.deprels.begin(), s.deprels.end());
  tag::DepModel model;
  model.labels.assign(label_set.begin(), label_set.end());
  model.SetRootLabel();
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < model.labels.size(); ++i) label_id[model.labels[i]] = static_cast<int>(i);
  const int nlabels = static_cast<int>(model.labels.size());
  std::vector<ParserData> tdata, ddata;
  double train_upos = 0;
  PrepareParserData(train, &tagger, label_id, &tdata, &train_upos);
  PrepareParserData(dev, &tagger, label_id, &ddata, nullptr);
  log << "parser: " << train.size() << " sentences, " << nlabels << " labels, train POS "
      << train_upos << "% (" << BaseName(tagger_path) << ")\n";
  const int folds = o.jackknife > 1 ? o.jackknife : 0;
  const int fold_epochs = o.jackknife_epochs > 0 ? o.jackknife_epochs : 6;
  double jackknife_secs = 0;
  if (folds > 0) {
    // Jackknifed POS: fold f (a contiguous block of sentences, so mostly whole documents) is
    // tagged by a tagger trained like `train tagger` on the other folds, with the shipped
    // tagger's labels.
    auto tj = std::chrono::steady_clock::now();
    size_t n = 0, ok = 0;
    std::vector<int> ids;
    st = ForEachFoldTagger(train, tagger.pos, folds, fold_epochs, o.seed, o.jackknife_cache, log,
                           [&](int f, size_t lo, size_t hi, TagRunner* fold) {
      size_t fn = 0, fok = 0;
      for (size_t k = lo; k < hi; ++k) {
        fold->Run(train[k].words, &tdata[k].tags, &ids);
        for (size_t i = 0; i < ids.size(); ++i, ++fn) fok += fold->pos.upos[ids[i]] == train[k].upos[i];
      }
      n += fn;
      ok += fok;
      log << "parser: jackknife fold " << f + 1 << "/" << folds << " (sentences " << lo << "-" << hi
          << "): UPOS " << (fn ? 100.0 * fok / fn : 0) << "% (" << Seconds(tj) << " s)\n";
    });
    if (!st.ok()) return st;
    train_upos = n ? 100.0 * ok / n : 0;
    jackknife_secs = Seconds(tj);
    log << "parser: jackknifed train POS " << train_upos << "% (" << jackknife_secs << " s)\n";
  }
  const int epochs = o.epochs > 0 ? o.epochs : 12;
  const size_t budget = o.max_weights > 0 ? o.max_weights : 4000000;
  const int nc = model.num_classes();
  Perceptron p(nc);
  Rng rng(o.seed);
  std::vector<size_t> order(train.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<uint64_t> feats;
  std::vector<float> scores(nc);
  std::vector<int> cost;
  tag::ParseState s;
  double best_las = -1;
  int best_epoch = 0;
  tag::LinearModel best;
  auto t0 = std::chrono::steady_clock::now();
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    rng.Shuffle(&order);
    size_t moves = 0, errors = 0;
    for (size_t si : order) {
      const auto& d = tdata[si];
      const int n = static_cast<int>(d.wf.size());
      Gold g{&d.heads, &d.labels};
      s.Init(n);
      while (!s.Terminal()) {
        tag::DepModel::Features(s, d.wf, d.tags, &feats);
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.Score(feats, scores.data());
        Costs(s, g, nlabels, &cost);
        int guess = -1, best_ok = -1, min_cost = 1 << 20;
        for (int c = 0; c < nc; ++c) {
          if (!s.Valid(c)) continue;
          if (guess < 0 || scores[c] > scores[guess]) guess = c;
          min_cost = std::min(min_cost, cost[c]);
        }
        for (int c = 0; c < nc; ++c) {
          if (!s.Valid(c) || cost[c] != min_cost) continue;
          if (best_ok < 0 || scores[c] > scores[best_ok]) best_ok = c;
        }
        if (guess < 0) break;
        if (cost[guess] > min_cost) {
          p.Update(feats, best_ok, guess);
          ++errors;
        }
        p.Tick();
        ++moves;
        // Explore: after the first epoch follow the model's own (possibly wrong) move.
        int next = best_ok;
        if (epoch > 1 && rng.Uniform() < 0.9) next = guess;
        s.Apply(next);
      }
    }
    model.weights = p.Export(budget);
    ParserScores sc;
    ScoreParse(model, dev, ddata, &sc);
    log << "parser epoch " << epoch << ": move errors " << 100.0 * errors / moves << "% dev UAS "
        << sc.uas << " LAS " << sc.las << " (" << model.weights.num_weights() << " weights, "
        << p.num_features() << " features, " << Seconds(t0) << " s)\n";
    if (sc.las > best_las) {
      best_las = sc.las;
      best = model.weights;
      best_epoch = epoch;
    }
  }
  model.weights = best;
  const auto& src = dev.empty() ? train : dev;
  std::vector<int> heads, deps;
  for (size_t k = 0; k < std::min<size_t>(3, src.size()); ++k) {
    tag::SelfTest t;
    t.words = src[k].words;
    std::vector<uint64_t> th;
    std::vector<int> ids;
    tagger.Run(t.words, &th, &ids);
    for (int id : ids) t.tags.push_back(tagger.pos.labels[id]);
    tag::ComputeWordFeats(Views(t.words), &tagger.wf);
    model.Parse(tagger.wf, th, &heads, &deps, &s, &feats);
    for (size_t i = 0; i < t.words.size(); ++i)
      t.expect.push_back(std::to_string(heads[i]) + ":" + model.labels[deps[i]]);
    model.self_tests.push_back(std::move(t));
  }
  std::string extra =
      "  \"model\": \"greedy arc-eager transition parser, averaged perceptron, dynamic oracle\",\n";
  extra += "  \"pos_input\": \"" + JsonEscape(BaseName(tagger_path)) + " (predicted)\",\n";
  if (folds > 0) {
    char buf[200];
    std::snprintf(buf, sizeof(buf), "  \"jackknife\": {\"folds\": %d, \"tagger_epochs\": %d, \"train_upos\": %.2f},\n",
                  folds, fold_epochs, train_upos);
    extra += buf;
  }
  extra += "  \"labels\": " + LabelsJson(model.labels) + ",\n";
  extra += "  \"epochs\": " + std::to_string(epochs) + ", \"best_epoch\": " +
           std::to_string(best_epoch) + ",\n";
  extra += "  \"weights\": " + std::to_string(model.weights.num_weights()) + ",\n";
  const std::string payload = model.Payload();
  std::string scores_json = "{}";
  if (!dev.empty()) {
    st = SaveModel("dep", o, Manifest("dep", o, extra, "{}"), payload);
    if (!st.ok()) return st;
    ParserScores sc;
    st = EvaluateParser(ModelPath(o.out), tagger_path, o.dev_file, &sc);
    if (!st.ok()) return st;
    char buf[200];
    std::snprintf(buf, sizeof(buf),
                  "{\"uas\": %.2f, \"las\": %.2f, \"las_universal\": %.2f, \"words\": %zu}", sc.uas,
                  sc.las, sc.las_universal, sc.words);
    scores_json = buf;
    PrintScores(sc, log);
  }
  return SaveModel("dep", o, Manifest("dep", o, extra, scores_json), payload);
}

Status EvaluateParser(const std::string& model, const std::string& tagger, const std::string& data,
                      ParserScores* out) {
  tag::DepModel m;
  Status st = tag::DepModel::Load(ModelPath(model), &m);
  if (!st.ok()) return st;
  TagRunner tr;
  if (!(st = tag::PosModel::Load(tagger.empty() ? "models/pos.fwm" : ModelPath(tagger), &tr.pos)).ok())
    return st;
  std::vector<TreeSentence> gold;
  if (!(st = ReadConllu(data, &gold)).ok()) return st;
  std::map<std::string, int> label_id;
  for (size_t i = 0; i < m.labels.size(); ++i) label_id[m.labels[i]] = static_cast<int>(i);
  std::vector<ParserData> d;
  PrepareParserData(gold, &tr, label_id, &d, &out->upos);
  ScoreParse(m, gold, d, out);
  return Status::Ok();
}

void PrintScores(const ParserScores& s, std::ostream& out) {
  char buf[240];
  std::snprintf(buf, sizeof(buf),
                "words %zu  UAS %.2f  LAS %.2f  (LAS on universal relations %.2f; predicted UPOS %.2f%%)\n",
                s.words, s.uas, s.las, s.las_universal, s.upos);
  out << buf;
}

// ---------------------------------------------------------------- recognizer

namespace {

const std::vector<std::string> kNerTypes = {"PERSON", "ORG", "LOC", "EVENT"};

std::vector<int> ToBilou(const NerSentence& s, const std::vector<std::string>& types) {
  std::vector<int> y(s.words.size(), 0);
  for (const auto& e : s.entities) {
    int t = static_cast<int>(std::find(types.begin(), types.end(), e.type) - types.begin());
    if (t >= static_cast<int>(types.size())) continue;
    if (e.end - e.start == 1) {
      y[e.start] = 1 + 4 * t + 3;
    } else {
      y[e.start] = 1 + 4 * t;
      for (int i = e.start + 1; i < e.end - 1; ++i) y[i] = 1 + 4 * t + 1;
      y[e.end - 1] = 1 + 4 * t + 2;
    }
  }
  return y;
}

std::vector<EntitySpan> FromBilou(const std::vector<int>& y, const std::vector<std::string>& types) {
  std::vector<EntitySpan> out;
  int start = -1;
  for (int i = 0; i < static_cast<int>(y.size()); ++i) {
    if (y[i] <= 0) {
      start = -1;
      continue;
    }
    const int kind = (y[i] - 1) % 4, t = (y[i] - 1) / 4;
    if (kind == 3) out.push_back({i, i + 1, types[t]});
    if (kind == 0) start = i;
    if (kind == 2 && start >= 0) out.push_back({start, i + 1, types[t]});
  }
  return out;
}

struct NerData {
  std::vector<WordFeats> wf;
  std::vector<uint64_t> tags;
  std::vector<int> y;
};

void PrepareNer(const std::vector<NerSentence>& sents, TagRunner* tagger,
                const std::vector<std::string>& types, std::vector<NerData>* out) {
  out->resize(sents.size());
  for (size_t k = 0; k < sents.size(); ++k) {
    auto& d = (*out)[k];
    tagger->Run(sents[k].words, &d.tags);
    tag::ComputeWordFeats(Views(sents[k].words), &d.wf);
    d.y = ToBilou(sents[k], types);
  }
}

void ScoreNer(const tag::NerModel& m, const std::vector<NerSentence>& gold,
              const std::vector<NerData>& data, EntityScores* out,
              const std::set<std::string>* only = nullptr, std::ostream* dump = nullptr) {
  std::map<std::string, EntityScores::PRF> by;
  for (const auto& t : m.types)
    if (!only || only->count(t)) by[t];
  std::vector<uint64_t> scratch;
  std::vector<WordFeats> wf;
  *out = EntityScores();
  // Tag every sentence, then make each document consistent (as Tagger::annotate does).
  std::vector<std::vector<int>> all(gold.size());
  for (size_t k = 0; k < gold.size(); ++k) {
    wf = data[k].wf;
    m.Tag(&wf, data[k].tags, &all[k], &scratch);
  }
  for (size_t a = 0; a < gold.size();) {
    size_t b = a;
    while (b < gold.size() && gold[b].doc == gold[a].doc) ++b;
    std::vector<std::vector<std::string_view>> words;
    std::vector<std::vector<int>> labels;
    for (size_t k = a; k < b; ++k) {
      words.push_back(Views(gold[k].words));
      labels.push_back(all[k]);
    }
    m.PropagateInDocument(words, &labels);
    for (size_t k = a; k < b; ++k) all[k] = labels[k - a];
    a = b;
  }
  for (size_t k = 0; k < gold.size(); ++k) {
    const std::vector<int>& y = all[k];
    auto pred = FromBilou(y, m.types);
    const auto& g = gold[k].entities;
    if (dump) {
      for (size_t i = 0; i < y.size(); ++i) {
        std::string gl = "O";
        for (const auto& e : g)
          if (static_cast<int>(i) >= e.start && static_cast<int>(i) < e.end)
            gl = (static_cast<int>(i) == e.start ? "B-" : "I-") + e.type;
        *dump << gold[k].words[i] << "\t" << gl << "\t" << m.LabelName(y[i]) << "\n";
      }
      *dump << "\n";
    }
    for (const auto& e : g) {
      by[e.type].gold++;
      out->overall.gold++;
    }
    for (const auto& e : pred) {
      if (only && !only->count(e.type)) continue;
      by[e.type].pred++;
      out->overall.pred++;
      if (std::find(g.begin(), g.end(), e) != g.end()) {
        by[e.type].correct++;
        out->overall.correct++;
      }
    }
    out->words += gold[k].words.size();
  }
  out->sentences = gold.size();
  for (auto& [t, prf] : by) out->by_type.push_back({t, prf});
}

// Entity classes: for each lowercase word that was part of an entity, the set of types (and
// O) it had with share >= 10%. Jackknifed for training like the tagger's ambiguity classes.
// counts: type (0 = O, 1 + t) -> occurrences; key -1 counts the capitalised occurrences (not
// a type). A word never part of an entity is unknown, unless min_caps > 0 and it was
// capitalised at least min_caps times: then it has the O class ("Monday", "April": capitalised
// like names, never one).
uint64_t EntClass(const std::map<int, int>& counts, int min_caps) {
  int total = 0, ent = 0, caps = 0;
  for (auto& [t, c] : counts) {
    if (t < 0) {
      caps += c;
      continue;
    }
    total += c;
    if (t > 0) ent += c;
  }
  if (ent <= 0 && (min_caps <= 0 || caps < min_caps || total <= 0)) return tag::kUnknownWord;
  uint64_t h = 0x454E54ull;
  for (auto& [t, c] : counts)
    if (t >= 0 && c > 0 && c * 10 >= total) h = tag::mix64(h ^ static_cast<uint64_t>(t + 1));
  return h;
}

// fold_of: per sentence its jackknife fold (0-9); empty: sentence k is in fold k % 10.
void BuildEntityLexicon(const std::vector<NerSentence>& data, const std::vector<NerData>& prepared,
                        int min_caps, const std::vector<int>& fold_of, tag::NerModel* m,
                        std::vector<std::vector<uint64_t>>* jackknifed) {
  constexpr int kFolds = 10;
  auto fold_index = [&](size_t k) { return fold_of.empty() ? k % kFolds : static_cast<size_t>(fold_of[k]); };
  std::unordered_map<uint64_t, std::map<int, int>> counts;
  std::vector<std::unordered_map<uint64_t, std::map<int, int>>> fold(kFolds);
  auto type_of = [](int y) { return y <= 0 ? 0 : 1 + (y - 1) / 4; };
  for (size_t k = 0; k < data.size(); ++k)
    for (size_t i = 0; i < data[k].words.size(); ++i) {
      const uint64_t w = prepared[k].wf[i].lower;
      const int t = type_of(prepared[k].y[i]);
      counts[w][t]++;
      fold[fold_index(k)][w][t]++;
      // Capitalised away from the sentence start.
      if (min_caps > 0 && i > 0 && (prepared[k].wf[i].flags & tag::kUpperInitial)) {
        counts[w][-1]++;
        fold[fold_index(k)][w][-1]++;
      }
    }
  m->lexicon.clear();
  for (const auto& [w, c] : counts) {
    uint64_t cls = EntClass(c, min_caps);
    if (cls != tag::kUnknownWord) m->lexicon[w] = cls;
  }
  jackknifed->assign(data.size(), {});
  for (size_t k = 0; k < data.size(); ++k) {
    const auto& own = fold[fold_index(k)];
    for (size_t i = 0; i < data[k].words.size(); ++i) {
      const uint64_t w = prepared[k].wf[i].lower;
      std::map<int, int> rest = counts[w];
      auto it = own.find(w);
      if (it != own.end())
        for (auto& [t, c] : it->second) rest[t] -= c;
      (*jackknifed)[k].push_back(EntClass(rest, min_caps));
    }
  }
}


// ---- gazetteer and word classes (recognizer features from outside the labeled data)

std::vector<std::string> SplitOn(std::string_view s, char sep) {
  std::vector<std::string> out;
  size_t at = 0;
  while (true) {
    size_t k = s.find(sep, at);
    out.emplace_back(s.substr(at, k == std::string_view::npos ? std::string_view::npos : k - at));
    if (k == std::string_view::npos) return out;
    at = k + 1;
  }
}

// Adds one gazetteer phrase: words split at spaces (and, as a second reading, with hyphens and
// a trailing possessive as separate tokens, as treebanks tokenize them). A leading '=' marks a
// case-sensitive alias ("=UN"), matched on exact forms; all others on lowercase words.
void AddGazPhrase(std::string_view phrase, uint8_t kind, tag::NerModel* m) {
  bool cs = !phrase.empty() && phrase[0] == '=';
  if (cs) phrase.remove_prefix(1);
  if (phrase.empty()) return;
  std::vector<std::vector<std::string>> readings(2);
  for (const auto& w : SplitOn(phrase, ' ')) {
    if (w.empty()) continue;
    readings[0].push_back(w);
    std::string cur;
    for (char ch : w) {
      if (ch == '-') {
        if (!cur.empty()) readings[1].push_back(cur);
        readings[1].push_back("-");
        cur.clear();
      } else {
        cur.push_back(ch);
      }
    }
    if (cur.size() > 2 && cur.compare(cur.size() - 2, 2, "'s") == 0) {
      readings[1].push_back(cur.substr(0, cur.size() - 2));
      readings[1].push_back("'s");
    } else if (!cur.empty()) {
      readings[1].push_back(cur);
    }
  }
  tag::WordFeats wf;
  std::string scratch;
  for (const auto& r : readings) {
    if (r.empty() || r.size() > 8) continue;
    uint64_t h = tag::NerModel::PhraseStart(cs);
    for (const auto& w : r) {
      tag::ComputeWordFeats(w, &wf, &scratch);
      h = tag::NerModel::PhraseKey(h, cs ? wf.form : wf.lower);
    }
    m->gazetteer[h] |= kind;
    m->gaz_max_len = std::max<uint32_t>(m->gaz_max_len, static_cast<uint32_t>(r.size()));
  }
}

constexpr const char* kDateWordsFile = "data/ner/date_words.tsv";

// data/gazetteer/*.tsv and data/ner/date_words.tsv -> model.gazetteer. Returns the number of
// phrases read.
size_t BuildGazetteer(const std::string& dir, tag::NerModel* m) {
  using K = tag::NerModel::GazKind;
  struct Source {
    const char* file;
    std::vector<std::pair<int, uint8_t>> columns;  // column index, kind; lists split at '|'
  };
  const Source sources[] = {
      {"countries.tsv", {{2, K::kGazPlace}, {3, K::kGazPlace}, {7, K::kGazPlace}, {8, K::kGazNorp}}},
      {"cities.tsv", {{0, K::kGazPlace}, {6, K::kGazPlace}}},
      {"regions.tsv", {{0, K::kGazPlace}, {4, K::kGazPlace}}},
      {"organisations.tsv", {{0, K::kGazOrg}, {1, K::kGazOrg}}},
      {"titles.tsv", {{0, K::kGazTitle}}},
  };
  size_t n = 0;
  std::string bytes;
  for (const auto& src : sources) {
    if (!tag::ReadFileBytes(dir + "/" + src.file, &bytes).ok()) continue;
    for (const auto& line : SplitOn(bytes, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto cols = SplitOn(line, '\t');
      for (auto [c, kind] : src.columns) {
        if (c >= static_cast<int>(cols.size())) continue;
        for (const auto& item : SplitOn(cols[c], '|')) {
          if (item.empty()) continue;
          AddGazPhrase(item, kind, m);
          ++n;
        }
      }
    }
  }
  if (tag::ReadFileBytes(dir + "/org_heads.tsv", &bytes).ok()) {
    for (const auto& line : SplitOn(bytes, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      auto cols = SplitOn(line, '\t');
      if (cols.size() < 2) continue;
      AddGazPhrase(cols[0], cols[1] == "opener" ? K::kGazOrgOpener : K::kGazOrgHead, m);
      ++n;
    }
  }
  // Date words (weekdays, months), case-sensitive: a kind of their own, so that "On Monday,"
  // and "In April," at a sentence start are not read as names (their word class, always
  // capitalised and frequent, is the class of names).
  if (tag::ReadFileBytes(kDateWordsFile, &bytes).ok()) {
    for (const auto& line : SplitOn(bytes, '\n')) {
      if (line.empty() || line[0] == '#') continue;
      const auto cols = SplitOn(line, '\t');
      if (cols[0].empty()) continue;
      AddGazPhrase("=" + cols[0], K::kGazDate, m);
      ++n;
    }
  }
  return n;
}

// The "text" strings of a JSON-lines file (one object per line), unescaped; enough JSON for
// the corpus files (\uXXXX outside the BMP pairs is kept as two code points' UTF-8).
void ReadJsonlTexts(const std::string& bytes, std::vector<std::string>* out) {
  size_t at = 0;
  while ((at = bytes.find("\"text\"", at)) != std::string::npos) {
    at += 6;
    while (at < bytes.size() && (bytes[at] == ' ' || bytes[at] == ':')) ++at;
    if (at >= bytes.size() || bytes[at] != '"') continue;
    ++at;
    std::string t;
    while (at < bytes.size() && bytes[at] != '"') {
      char c = bytes[at++];
      if (c != '\\' || at >= bytes.size()) {
        t.push_back(c);
        continue;
      }
      char e = bytes[at++];
      switch (e) {
        case 'n': t.push_back('\n'); break;
        case 't': t.push_back(' '); break;
        case 'r': break;
        case 'u': {
          if (at + 4 > bytes.size()) break;
          unsigned cp = static_cast<unsigned>(std::strtoul(bytes.substr(at, 4).c_str(), nullptr, 16));
          at += 4;
          if (cp < 0x80) {
            t.push_back(static_cast<char>(cp));
          } else if (cp < 0x800) {
            t.push_back(static_cast<char>(0xC0 | (cp >> 6)));
            t.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          } else {
            t.push_back(static_cast<char>(0xE0 | (cp >> 12)));
            t.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
            t.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
          }
          break;
        }
        default: t.push_back(e);
      }
    }
    out->push_back(std::move(t));
  }
}

// Word classes from unlabeled text: for each lowercase word seen >= 3 times away from a
// sentence start, its share of capitalised uses (7 buckets) x frequency (3 buckets).
struct CapCounts {
  uint32_t cap = 0, low = 0;
};
void CountCaps(const std::vector<std::string_view>& words, bool first_is_initial,
               std::unordered_map<uint64_t, CapCounts>* counts) {
  tag::WordFeats wf;
  std::string scratch;
  bool initial = first_is_initial;
  for (auto w : words) {
    tag::ComputeWordFeats(w, &wf, &scratch);
    const bool letter_start = !w.empty() && ((w[0] >= 'a' && w[0] <= 'z') ||
                                             (w[0] >= 'A' && w[0] <= 'Z') ||
                                             static_cast<unsigned char>(w[0]) >= 0xC3);
    if (letter_start && !initial) {
      auto& c = (*counts)[wf.lower];
      if (wf.flags & tag::kUpperInitial)
        ++c.cap;
      else
        ++c.low;
    }
    initial = w == "." || w == "!" || w == "?" || w == ":" || w == "\"" || w == "--" ||
              (initial && (wf.flags & tag::kAllPunct));
  }
}

size_t BuildWordClasses(const std::vector<std::string>& jsonl_files,
                        const std::vector<NerSentence>& labeled, tag::NerModel* m) {
  std::unordered_map<uint64_t, CapCounts> counts;
  for (const auto& s : labeled) CountCaps(Views(s.words), true, &counts);
  std::string bytes;
  std::vector<std::string> texts;
  for (const auto& f : jsonl_files)
    if (tag::ReadFileBytes(f, &bytes).ok()) ReadJsonlTexts(bytes, &texts);
  std::vector<std::string_view> words;
  for (const auto& t : texts) {
    // Lines are paragraphs; words are split at spaces, with edge punctuation split off.
    for (const auto& line : SplitOn(t, '\n')) {
      words.clear();
      std::string_view rest = line;
      size_t at = 0;
      while (at < rest.size()) {
        while (at < rest.size() && rest[at] == ' ') ++at;
        size_t e = at;
        while (e < rest.size() && rest[e] != ' ') ++e;
        std::string_view w = rest.substr(at, e - at);
        at = e;
        auto punct = [](char c) {
          return c == '"' || c == '(' || c == ')' || c == ',' || c == '.' || c == ';' ||
                 c == ':' || c == '!' || c == '?' || c == '\'' || c == '[' || c == ']';
        };
        while (!w.empty() && punct(w.front())) {
          words.push_back(w.substr(0, 1));
          w.remove_prefix(1);
        }
        size_t tail = w.size();
        while (tail > 0 && punct(w[tail - 1])) --tail;
        if (tail > 0) words.push_back(w.substr(0, tail));
        for (size_t k = tail; k < w.size(); ++k) words.push_back(w.substr(k, 1));
      }
      CountCaps(words, true, &counts);
    }
  }
  m->word_class.clear();
  for (const auto& [w, c] : counts) {
    const uint32_t n = c.cap + c.low;
    if (n < 3) continue;
    const double r = static_cast<double>(c.cap) / n;
    const int rb = c.cap == 0 ? 0 : r < 0.05 ? 1 : r < 0.3 ? 2 : r < 0.7 ? 3 : r < 0.95 ? 4 : c.low > 0 ? 5 : 6;
    const int fb = n < 10 ? 0 : n < 100 ? 1 : 2;
    m->word_class[w] = static_cast<uint8_t>(1 + rb * 3 + fb);
  }
  return texts.size();
}

// Self-tests: the first three sentences of `src` that hold an entity, as `model` tags them.
void AddNerSelfTests(const std::vector<NerSentence>& src, TagRunner* tagger, tag::NerModel* model) {
  std::vector<int> y;
  std::vector<uint64_t> feats;
  for (size_t k = 0; k < src.size() && model->self_tests.size() < 3; ++k) {
    if (src[k].entities.empty()) continue;
    tag::SelfTest t;
    t.words = src[k].words;
    std::vector<uint64_t> th;
    std::vector<int> ids;
    tagger->Run(t.words, &th, &ids);
    for (int id : ids) t.tags.push_back(tagger->pos.labels[id]);
    tag::ComputeWordFeats(Views(t.words), &tagger->wf);
    model->Tag(&tagger->wf, th, &y, &feats);
    for (int l : y) t.expect.push_back(model->LabelName(l));
    model->self_tests.push_back(std::move(t));
  }
}
}  // namespace

Status TrainNer(const TrainOptions& o, std::ostream& log) {
  std::vector<NerSentence> train;
  std::vector<std::string> unlabeled;  // .jsonl: unlabeled text for the word classes
  Status st;
  // --entity-doc-folds: the entity lexicon's jackknife fold of each training sentence is
  // its document's (documents numbered across the files; a file without "# newdoc", such
  // as WNUT's tweets, has one document per sentence).
  std::vector<int> ent_fold;
  int docs = 0;
  for (const auto& f : o.train_files) {
    if (f.size() > 6 && f.substr(f.size() - 6) == ".jsonl") {
      unlabeled.push_back(f);
      continue;
    }
    const size_t first = train.size();
    if (!(st = ReadNerFile(f, &train)).ok()) return st;
    bool has_docs = false;
    for (size_t k = first; k < train.size(); ++k) has_docs = has_docs || train[k].doc != train[first].doc;
    for (size_t k = first; k < train.size(); ++k) {
      if (k == first || !has_docs || train[k].doc != train[k - 1].doc) ++docs;
      ent_fold.push_back((docs - 1) % 10);
    }
  }
  if (!o.entity_doc_folds) ent_fold.clear();
  if (train.empty()) return Status::InvalidInput("no sentences in the training files");
  // --dev may list several files, comma-separated: the best epoch has the best mean F1.
  std::vector<std::string> dev_files;
  for (const auto& f : SplitOn(o.dev_file, ','))
    if (!f.empty()) dev_files.push_back(f);
  std::vector<std::vector<NerSentence>> devs(dev_files.size());
  for (size_t k = 0; k < dev_files.size(); ++k)
    if (!(st = ReadNerFile(dev_files[k], &devs[k])).ok()) return st;
  const std::vector<NerSentence> dev = devs.empty() ? std::vector<NerSentence>() : devs[0];
  TagRunner tagger;
  const std::string tagger_path = o.tagger.empty() ? "models/pos.fwm" : ModelPath(o.tagger);
  if (!(st = tag::PosModel::Load(tagger_path, &tagger.pos)).ok()) return st;
  std::set<std::string> present;
  for (const auto& s : train)
    for (const auto& e : s.entities) present.insert(e.type);
  tag::NerModel model;
  for (const auto& t : kNerTypes)
    if (present.count(t)) model.types.push_back(t);
  if (model.types.empty()) return Status::InvalidInput("no entities in the training files");
  if (o.case_runs) model.decode_flags |= tag::NerModel::kDecodeCaseRuns;
  model.o_bias = o.o_bias;
  if (!o.wordnet.empty()) {
    // The tagger's WordNet table (PosModel::kWn* bits), baked into the recognizer: its
    // features then see whether WordNet knows a word only capitalised, lowercase, as what.
    std::unordered_map<uint64_t, uint16_t> table;
    if (!(st = ReadWordNet(o.wordnet, &table)).ok()) return st;
    model.SetWordNet(table);
    log << "ner: WordNet lexicon " << model.wordnet.size() << " word forms\n";
  }
  std::vector<NerData> tdata;
  std::vector<std::vector<NerData>> ddatas(devs.size());
  PrepareNer(train, &tagger, model.types, &tdata);
  for (size_t k = 0; k < devs.size(); ++k) PrepareNer(devs[k], &tagger, model.types, &ddatas[k]);
  // Jackknifed POS (as `train parser --jackknife`): the tagger was trained on the treebanks
  // whose sentences UNER-EWT and GUM annotate, so its tags of those training sentences are
  // nearly all right, unlike on new text. Each training sentence found in the tagger's
  // treebanks (--tagger-train, read in the tagger's order) is tagged by the fold tagger that
  // did not see its block; the others (WNUT) keep the shipped tagger's tags: it never saw them.
  const int folds = o.jackknife > 1 ? o.jackknife : 0;
  const int fold_epochs = o.jackknife_epochs > 0 ? o.jackknife_epochs : 6;
  std::string jackknife_json;
  if (folds > 0) {
    if (o.tagger_train.empty())
      return Status::InvalidInput("--jackknife needs --tagger-train: the tagger's training treebanks");
    auto tj = std::chrono::steady_clock::now();
    std::vector<TreeSentence> trees;
    if (!(st = ReadTrees(o.tagger_train, &trees)).ok()) return st;
    auto key = [](const std::vector<std::string>& words) {
      std::string k;
      for (const auto& w : words) k += w + "\x1f";
      return k;
    };
    std::unordered_map<std::string, size_t> where;  // first occurrence
    for (size_t k = 0; k < trees.size(); ++k) where.emplace(key(trees[k].words), k);
    std::vector<std::vector<size_t>> members(folds);  // NER sentences per fold
    std::vector<size_t> tree_of(train.size(), trees.size());
    size_t matched = 0, n = 0, ok = 0, n0 = 0, ok0 = 0;
    std::vector<int> ids;
    std::vector<uint64_t> hashes;
    for (size_t k = 0; k < train.size(); ++k) {
      auto it = where.find(key(train[k].words));
      if (it == where.end()) continue;
      tree_of[k] = it->second;
      ++matched;
      int f = 0;
      while (trees.size() * (f + 1) / folds <= it->second) ++f;
      members[f].push_back(k);
      // The shipped tagger's accuracy on these sentences, for the log and the manifest.
      tagger.Run(train[k].words, &hashes, &ids);
      const auto& t = trees[it->second];
      for (size_t i = 0; i < ids.size(); ++i, ++n0) ok0 += tagger.pos.upos[ids[i]] == t.upos[i];
    }
    st = ForEachFoldTagger(trees, tagger.pos, folds, fold_epochs, o.seed, o.jackknife_cache, log,
                           [&](int f, size_t lo, size_t hi, TagRunner* fold) {
      size_t fn = 0, fok = 0;
      for (size_t k : members[f]) {
        fold->Run(train[k].words, &tdata[k].tags, &ids);
        const auto& t = trees[tree_of[k]];
        for (size_t i = 0; i < ids.size(); ++i, ++fn) fok += fold->pos.upos[ids[i]] == t.upos[i];
      }
      n += fn;
      ok += fok;
      log << "ner: jackknife fold " << f + 1 << "/" << folds << " (treebank sentences " << lo << "-"
          << hi << ", " << members[f].size() << " training sentences): UPOS "
          << (fn ? 100.0 * fok / fn : 0) << "% (" << Seconds(tj) << " s)\n";
    });
    if (!st.ok()) return st;
    const double upos = n ? 100.0 * ok / n : 0, upos0 = n0 ? 100.0 * ok0 / n0 : 0;
    log << "ner: " << matched << " of " << train.size() << " training sentences in the tagger's "
        << trees.size() << " treebank sentences; their UPOS " << upos0 << "% with "
        << BaseName(tagger_path) << ", " << upos << "% jackknifed (" << Seconds(tj) << " s)\n";
    char buf[300];
    std::snprintf(buf, sizeof(buf),
                  "  \"jackknife\": {\"folds\": %d, \"tagger_epochs\": %d, \"matched_sentences\": %zu, "
                  "\"train_upos\": %.2f, \"train_upos_unjackknifed\": %.2f},\n",
                  folds, fold_epochs, matched, upos, upos0);
    jackknife_json = buf;
  }
  std::vector<std::vector<uint64_t>> train_ent;
  BuildEntityLexicon(train, tdata, o.lexicon_caps, ent_fold, &model, &train_ent);
  {
    // How often an entity word's class is known, in training (jackknifed) and on the first
    // dev set (the whole lexicon): the feature should be as reliable in both.
    size_t n = 0, known = 0, dn = 0, dknown = 0;
    for (size_t k = 0; k < tdata.size(); ++k)
      for (size_t i = 0; i < tdata[k].y.size(); ++i)
        if (tdata[k].y[i] > 0) ++n, known += train_ent[k][i] != tag::kUnknownWord;
    if (!ddatas.empty())
      for (const auto& d : ddatas[0])
        for (size_t i = 0; i < d.y.size(); ++i)
          if (d.y[i] > 0) ++dn, dknown += model.lexicon.count(d.wf[i].lower) > 0;
    log << "ner: entity words with a known entity class: train " << (n ? 100.0 * known / n : 0)
        << "% (" << (ent_fold.empty() ? "sentence" : "document") << " folds), first dev set "
        << (dn ? 100.0 * dknown / dn : 0) << "%\n";
  }
  const std::string gaz_dir = "data/gazetteer";
  const size_t gaz_phrases = o.plain ? 0 : BuildGazetteer(gaz_dir, &model);
  const size_t texts = o.plain || o.no_word_classes ? 0 : BuildWordClasses(unlabeled, train, &model);
  for (size_t k = 0; k < tdata.size(); ++k) {
    for (size_t i = 0; i < tdata[k].wf.size(); ++i) tdata[k].wf[i].ent = train_ent[k][i];
    model.FillLexicon(&tdata[k].wf, /*keep_ent=*/true);
  }
  log << "ner: " << train.size() << " sentences, entity lexicon " << model.lexicon.size()
      << " words, gazetteer " << gaz_phrases << " phrases (" << model.gazetteer.size()
      << " keys), word classes " << model.word_class.size() << " words from " << texts
      << " unlabeled texts + the training words\n";
  const int epochs = o.epochs > 0 ? o.epochs : 10;
  const size_t budget = o.max_weights > 0 ? o.max_weights : 1500000;
  const int nc = model.num_classes();
  // --bag S: S perceptrons trained side by side on the same data in other orders (seeds
  // seed + 7919 b), their averaged weights mixed (averaged) at every epoch's export; S = 1 is
  // the plain model.
  const int bags = o.bag > 1 ? o.bag : 1;
  std::vector<Perceptron> ps(static_cast<size_t>(bags), Perceptron(nc));
  std::vector<Rng> rngs;
  for (int b = 0; b < bags; ++b) rngs.emplace_back(o.seed + 7919ull * static_cast<uint64_t>(b));
  std::vector<std::vector<size_t>> orders(static_cast<size_t>(bags));
  for (auto& v : orders) {
    v.resize(train.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = i;
  }
  std::vector<uint64_t> feats;
  std::vector<float> scores(nc);
  // One pass over the training sentences in `order`, greedy, the model's own previous labels
  // as history.
  auto train_pass = [&](Perceptron& p, const std::vector<size_t>& order) {
    for (size_t si : order) {
      const auto& d = tdata[si];
      const size_t n = d.wf.size();
      int p1 = -1, p2 = -1;
      for (size_t i = 0; i < n; ++i) {
        tag::NerModel::Features(d.wf, d.tags, i, p1, p2, &feats, !model.wordnet.empty());
        std::fill(scores.begin(), scores.end(), 0.0f);
        p.Score(feats, scores.data());
        const bool last = i + 1 == n;
        int guess = -1;
        for (int c = 0; c < nc; ++c)
          if ((guess < 0 || scores[c] > scores[guess]) && tag::NerModel::Allowed(p1, c, last))
            guess = c;
        p.Update(feats, d.y[i], guess);
        p.Tick();
        p2 = p1;
        p1 = guess;
      }
    }
  };
  double best_f = -1;
  int best_epoch = 0;
  tag::LinearModel best;
  auto t0 = std::chrono::steady_clock::now();
  for (int epoch = 1; epoch <= epochs; ++epoch) {
    for (size_t b = 0; b < ps.size(); ++b) {
      rngs[b].Shuffle(&orders[b]);
      train_pass(ps[b], orders[b]);
    }
    std::vector<const Perceptron*> mix;
    for (const auto& p : ps) mix.push_back(&p);
    model.weights = Perceptron::ExportMean(mix, budget);
    double mean_f = 0;
    log << "ner epoch " << epoch << ":";
    for (size_t k = 0; k < devs.size(); ++k) {
      EntityScores sc;
      ScoreNer(model, devs[k], ddatas[k], &sc);
      mean_f += sc.overall.f() / static_cast<double>(devs.size());
      log << " dev " << BaseName(dev_files[k]) << " P " << sc.overall.p() << " R "
          << sc.overall.r() << " F1 " << sc.overall.f() << ";";
    }
    log << " (" << model.weights.num_weights() << " weights, " << Seconds(t0) << " s)\n";
    if (o.save_epochs) {
      // OUT.eN.fwm: this epoch's model, for choosing the epoch on a downstream measure.
      tag::NerModel em = model;
      AddNerSelfTests(dev.empty() ? train : dev, &tagger, &em);
      TrainOptions eo = o;
      eo.out = ModelPath(o.out);
      eo.out = eo.out.substr(0, eo.out.size() - 4) + ".e" + std::to_string(epoch);
      const std::string x = "  \"epoch\": " + std::to_string(epoch) + ",\n";
      if (!(st = SaveModel("ner", eo, Manifest("ner", eo, x, "{}"), em.Payload())).ok()) return st;
    }
    if (devs.empty() || mean_f > best_f) {
      best_f = mean_f;
      best = model.weights;
      best_epoch = epoch;
    }
  }
  model.weights = best;
  AddNerSelfTests(dev.empty() ? train : dev, &tagger, &model);
  std::string extra = "  \"model\": \"greedy BILOU tagger, averaged perceptron\",\n";
  extra += "  \"pos_input\": \"" + JsonEscape(BaseName(tagger_path)) + " (predicted)\",\n";
  extra += jackknife_json;
  extra += "  \"types\": " + LabelsJson(model.types) + ",\n";
  extra += "  \"epochs\": " + std::to_string(epochs) + ", \"best_epoch\": " +
           std::to_string(best_epoch) + ",\n";
  extra += "  \"weights\": " + std::to_string(model.weights.num_weights()) + ",\n";
  if (bags > 1)
    extra += "  \"bag\": {\"models\": " + std::to_string(bags) +
             ", \"seeds\": \"seed + 7919 b\", \"mixing\": \"mean of the averaged weights\"},\n";
  if (o.plain)
    extra += "  \"gazetteer\": \"none (--plain)\",\n";
  else
    extra += "  \"gazetteer\": \"" + gaz_dir + "/*.tsv: " + std::to_string(gaz_phrases) +
           " phrases (countries, demonyms, cities, regions, organisations, titles, org heads; " +
           kDateWordsFile + ": weekdays, months)\",\n";
  extra += "  \"word_classes\": " + std::to_string(model.word_class.size()) + ",\n";
  if (!model.wordnet.empty())
    extra += "  \"wordnet\": {\"source\": \"WordNet 3.0 (Debian package wordnet-base), Princeton "
             "University, WordNet 3.0 license\", \"word_forms\": " +
             std::to_string(model.wordnet.size()) + "},\n";
  if (model.decode_flags || model.o_bias != 0) {
    char buf[160];
    std::snprintf(buf, sizeof(buf), "  \"decoding\": {\"case_runs\": %s, \"o_bias\": %g},\n",
                  model.decode_flags & tag::NerModel::kDecodeCaseRuns ? "true" : "false",
                  static_cast<double>(model.o_bias));
    extra += buf;
  }
  const std::string payload = model.Payload();
  // The manifest names the dev files by their base names.
  TrainOptions mo = o;
  mo.dev_file.clear();
  for (size_t k = 0; k < dev_files.size(); ++k)
    mo.dev_file += (k ? ", " : "") + BaseName(dev_files[k]);
  std::string scores_json = "{}";
  if (!devs.empty()) {
    st = SaveModel("ner", o, Manifest("ner", mo, extra, "{}"), payload);
    if (!st.ok()) return st;
    std::ostringstream j;
    j << "{";
    for (size_t k = 0; k < dev_files.size(); ++k) {
      EntityScores sc;
      st = EvaluateNer(ModelPath(o.out), tagger_path, dev_files[k], &sc);
      if (!st.ok()) return st;
      char buf[200];
      std::snprintf(buf, sizeof(buf), "%s\"%s\": {\"p\": %.2f, \"r\": %.2f, \"f1\": %.2f",
                    k ? ", " : "", JsonEscape(BaseName(dev_files[k])).c_str(), sc.overall.p(),
                    sc.overall.r(), sc.overall.f());
      j << buf;
      for (auto& [t, prf] : sc.by_type) {
        std::snprintf(buf, sizeof(buf), ", \"%s_f1\": %.2f", t.c_str(), prf.f());
        j << buf;
      }
      j << "}";
      log << BaseName(dev_files[k]) << ":\n";
      PrintScores(sc, log);
    }
    j << "}";
    scores_json = j.str();
  }
  return SaveModel("ner", o, Manifest("ner", mo, extra, scores_json), payload);
}

Status EvaluateNer(const std::string& model, const std::string& tagger, const std::string& data,
                   EntityScores* out, std::ostream* dump) {
  tag::NerModel m;
  Status st = tag::NerModel::Load(ModelPath(model), &m);
  if (!st.ok()) return st;
  TagRunner tr;
  if (!(st = tag::PosModel::Load(tagger.empty() ? "models/pos.fwm" : ModelPath(tagger), &tr.pos)).ok())
    return st;
  std::vector<NerSentence> gold;
  if (!(st = ReadNerFile(data, &gold)).ok()) return st;
  // Only the types both the data and the model have are scored: gold types the model does
  // not predict are dropped, and so are predictions of types the data does not annotate
  // (EVENT on a PER/ORG/LOC set).
  std::set<std::string> gold_types;
  for (auto& s : gold) {
    std::vector<EntitySpan> keep;
    for (auto& e : s.entities)
      if (std::find(m.types.begin(), m.types.end(), e.type) != m.types.end()) {
        keep.push_back(e);
        gold_types.insert(e.type);
      }
    s.entities = keep;
  }
  std::vector<NerData> d;
  PrepareNer(gold, &tr, m.types, &d);
  ScoreNer(m, gold, d, out, &gold_types, dump);
  return Status::Ok();
}

void PrintScores(const EntityScores& s, std::ostream& out) {
  char buf[200];
  std::snprintf(buf, sizeof(buf), "sentences %zu  words %zu\n", s.sentences, s.words);
  out << buf;
  auto line = [&](const std::string& name, const EntityScores::PRF& p) {
    std::snprintf(buf, sizeof(buf), "%-8s gold %5zu  pred %5zu  P %6.2f  R %6.2f  F1 %6.2f\n",
                  name.c_str(), p.gold, p.pred, p.p(), p.r(), p.f());
    out << buf;
  };
  for (auto& [t, p] : s.by_type) line(t, p);
  line("overall", s.overall);
}

}  // namespace factwire::train
