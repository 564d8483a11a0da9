#include "train_cmd.h"

#include <CLI/CLI.hpp>

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "train/train.h"

namespace {

struct TrainFlags {
  factwire::train::TrainOptions opts;
};
struct EvalFlags {
  std::string model, tagger, data, dump;
};

int Fail(const factwire::Status& s) {
  std::cerr << "error: " << s.ToString() << "\n";
  return 1;
}

std::string CommandLine(const std::string& what, const factwire::train::TrainOptions& o) {
  std::string c = "factwire train " + what;
  for (const auto& f : o.train_files) c += " --train " + f;
  if (!o.dev_file.empty()) c += " --dev " + o.dev_file;
  if (!o.tagger.empty()) c += " --tagger " + o.tagger;
  if (o.epochs > 0) c += " --epochs " + std::to_string(o.epochs);
  if (o.max_weights > 0) c += " --max-weights " + std::to_string(o.max_weights);
  if (o.long_affixes) c += " --long-affixes";
  if (!o.wordnet.empty()) c += " --wordnet " + o.wordnet;
  if (o.plain) c += " --plain";
  if (o.lexicon_caps > 0) c += " --lexicon-caps " + std::to_string(o.lexicon_caps);
  if (o.save_epochs) c += " --save-epochs";
  if (o.entity_doc_folds) c += " --entity-doc-folds";
  if (o.bag > 1) c += " --bag " + std::to_string(o.bag);
  if (o.case_runs) c += " --case-runs";
  if (o.no_word_classes) c += " --no-word-classes";
  if (o.o_bias != 0) {
    std::ostringstream b;
    b << o.o_bias;
    c += " --o-bias " + b.str();
  }
  if (o.stack > 1) c += " --stack " + std::to_string(o.stack);
  if (o.jackknife > 1) c += " --jackknife " + std::to_string(o.jackknife);
  for (const auto& f : o.tagger_train) c += " --tagger-train " + f;
  if (o.jackknife_epochs > 0) c += " --jackknife-epochs " + std::to_string(o.jackknife_epochs);
  c += " --seed " + std::to_string(o.seed) + " --out " + o.out;
  return c;
}

void AddTrain(CLI::App* train, const std::string& what) {
  auto flags = std::make_shared<TrainFlags>();
  CLI::App* sub = train->add_subcommand(what, "train the " + what + " model");
  sub->add_option("--train", flags->opts.train_files, "training files")->required();
  sub->add_option("--dev", flags->opts.dev_file, "development file (epoch selection, scores)");
  sub->add_option("--out", flags->opts.out, "output path prefix, e.g. models/pos")->required();
  if (what != "tagger")
    sub->add_option("--tagger", flags->opts.tagger, "tagger model for the POS input (models/pos.fwm)");
  sub->add_option("--epochs", flags->opts.epochs, "training epochs (0 = default)");
  sub->add_option("--seed", flags->opts.seed, "random seed (default 1)");
  sub->add_option("--max-weights", flags->opts.max_weights, "weight budget (0 = default)");
  if (what == "tagger")
    sub->add_flag("--long-affixes", flags->opts.long_affixes,
                  "also 4-byte prefix and 5-byte suffix features");
  if (what == "tagger" || what == "ner")
    sub->add_option("--wordnet", flags->opts.wordnet,
                    "WordNet 3.0 folder (Debian wordnet-base: /usr/share/wordnet): its word "
                    "classes as features, baked into the model");
  if (what == "tagger")
    sub->add_option("--stack", flags->opts.stack,
                    "K > 1: stacked tagger, right-to-left tags jackknifed over K blocks");
  if (what == "ner")
    sub->add_flag("--plain", flags->opts.plain,
                  "no gazetteer and no word classes (the round-1 feature set)");
  if (what == "ner")
    sub->add_option("--lexicon-caps", flags->opts.lexicon_caps,
                    "N > 0: words capitalised N times in training, never in an entity, enter "
                    "the entity lexicon as O");
  if (what == "ner")
    sub->add_flag("--save-epochs", flags->opts.save_epochs,
                  "also save each epoch's model as OUT.eN.fwm");
  if (what == "ner") {
    sub->add_flag("--no-word-classes", flags->opts.no_word_classes,
                  "the gazetteer features without the word classes");
    sub->add_flag("--case-runs", flags->opts.case_runs,
                  "decode: an entity that starts capitalised runs only over name words");
    sub->add_option("--o-bias", flags->opts.o_bias,
                    "decode: bias added to the score of O (> 0: precision over recall)");
  }
  if (what == "parser" || what == "ner") {
    sub->add_option("--jackknife", flags->opts.jackknife,
                    "tag the training data with K fold taggers trained on the other folds");
    sub->add_option("--jackknife-epochs", flags->opts.jackknife_epochs,
                    "epochs of each fold tagger (default 6)");
  }
  if (what == "ner" || what == "tagger")
    sub->add_option("--bag", flags->opts.bag,
                    "S > 1: train S models in other orders, export the mean of their weights");
  if (what == "ner") {
    sub->add_flag("--entity-doc-folds", flags->opts.entity_doc_folds,
                  "jackknife the entity lexicon over whole documents, not every tenth sentence");
    sub->add_option("--tagger-train", flags->opts.tagger_train,
                    "with --jackknife: the tagger's training treebanks (CoNLL-U), in its order");
    sub->add_option("--jackknife-cache", flags->opts.jackknife_cache,
                    "read or write the fold taggers as PREFIX.jkF-of-K.eE.sS.fwm");
  }
  sub->callback([flags, what]() {
    flags->opts.command = CommandLine(what, flags->opts);
    factwire::Status s;
    if (what == "tagger") s = factwire::train::TrainTagger(flags->opts, std::cerr);
    else if (what == "parser") s = factwire::train::TrainParser(flags->opts, std::cerr);
    else s = factwire::train::TrainNer(flags->opts, std::cerr);
    if (!s.ok()) throw CLI::RuntimeError(Fail(s));
  });
}

void AddEvaluate(CLI::App* eval, const std::string& what) {
  auto flags = std::make_shared<EvalFlags>();
  CLI::App* sub = eval->add_subcommand(what, "score the " + what + " model on a data file");
  sub->add_option("--model", flags->model, "model file or prefix, e.g. models/pos")->required();
  sub->add_option("--data", flags->data, "CoNLL-U, IOB2 or WNUT CoNLL file")->required();
  if (what != "tagger")
    sub->add_option("--tagger", flags->tagger, "tagger model for the POS input (models/pos.fwm)");
  if (what == "ner") sub->add_option("--dump", flags->dump, "write word/gold/predicted lines here");
  sub->callback([flags, what]() {
    factwire::Status s;
    if (what == "tagger") {
      factwire::train::TaggerScores sc;
      s = factwire::train::EvaluateTagger(flags->model, flags->data, &sc);
      if (s.ok()) factwire::train::PrintScores(sc, std::cout);
    } else if (what == "parser") {
      factwire::train::ParserScores sc;
      s = factwire::train::EvaluateParser(flags->model, flags->tagger, flags->data, &sc);
      if (s.ok()) factwire::train::PrintScores(sc, std::cout);
    } else {
      factwire::train::EntityScores sc;
      std::ofstream dump;
      if (!flags->dump.empty()) dump.open(flags->dump);
      s = factwire::train::EvaluateNer(flags->model, flags->tagger, flags->data, &sc,
                                       flags->dump.empty() ? nullptr : &dump);
      if (s.ok()) factwire::train::PrintScores(sc, std::cout);
    }
    if (!s.ok()) throw CLI::RuntimeError(Fail(s));
  });
}

}  // namespace

void add_train_commands(CLI::App& app) {
  CLI::App* train = app.add_subcommand("train", "train a linguistic model");
  train->require_subcommand(1);
  CLI::App* eval = app.add_subcommand("evaluate", "score a linguistic model");
  eval->require_subcommand(1);
  for (const char* what : {"tagger", "parser", "ner"}) {
    AddTrain(train, what);
    AddEvaluate(eval, what);
  }
}
