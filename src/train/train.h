// Training and evaluation of the linguistic models (tagger, parser, recognizer). Linked by the
// `factwire train|evaluate` commands and fw_trainer; never by the analyzer.
//
//   factwire::train::TrainOptions o;
//   o.train_files = {".../en_ewt-ud-train.conllu"};
//   o.dev_file = ".../en_ewt-ud-dev.conllu";
//   o.out = "models/pos";                      // writes models/pos.fwm + models/pos.manifest.json
//   Status s = factwire::train::TrainTagger(o, std::cerr);
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "factwire/status.h"

namespace factwire::train {

struct TrainOptions {
  std::vector<std::string> train_files;
  std::string dev_file;
  std::string out;             // path prefix: OUT.fwm and OUT.manifest.json
  std::string tagger;          // parser/recognizer: the tagger model that predicts their POS input
  int epochs = 0;              // 0 = the model's default
  uint64_t seed = 1;
  size_t max_weights = 0;      // 0 = the model's default budget
  // Parser and recognizer: K > 1 tags the training data with K fold taggers (each trained, as
  // `train tagger` does, on the other K-1 folds: contiguous blocks of sentences) instead of
  // with `tagger`, so that the training POS are as wrong as the POS of new text. Dev is
  // tagged by `tagger`. The recognizer's folds are blocks of tagger_train.
  int jackknife = 0;
  // Tagger: K > 1 trains a stacked tagger: the right-to-left model first, then the
  // left-to-right model with features of its tags, jackknifed over K blocks in training.
  int stack = 0;
  bool long_affixes = false;   // tagger: also 4-byte prefix and 5-byte suffix features
  // Tagger: the WordNet 3.0 database folder (Debian's wordnet-base: /usr/share/wordnet), whose
  // word classes are baked into the model and used as features (PosModel::wordnet).
  std::string wordnet;
  int jackknife_epochs = 0;     // epochs of each fold tagger (0 = 6), the last one kept
  // Recognizer --jackknife K: the tagger's training treebanks (CoNLL-U, in the tagger's
  // order), whose sentences the fold taggers are trained on and matched against.
  std::vector<std::string> tagger_train;
  // Parser/recognizer --jackknife: read the fold taggers from PREFIX.jkF-of-K.eE.sS.fwm when
  // present, else write them there (only valid for the same treebanks and tagger labels).
  std::string jackknife_cache;
  // Recognizer: no gazetteer and no word classes (their features are then absent, as in a
  // round-1 model): the round-1 feature set.
  bool plain = false;
  // Recognizer: also save each epoch's model as OUT.eN.fwm (to choose the epoch downstream).
  bool save_epochs = false;
  // Recognizer decoding (stored in the model, used for dev scores and self-tests; training
  // itself decodes without them): entities that start capitalised run only over name words
  // (NerModel::kDecodeCaseRuns), and a bias added to O's score.
  bool case_runs = false;
  bool no_word_classes = false;  // recognizer: the gazetteer without the word classes
  float o_bias = 0;
  // Recognizer: N > 0 puts the words never part of an entity but capitalised (away from the
  // sentence start) at least N times in training into the entity lexicon, as O.
  int lexicon_caps = 0;
  // Recognizer: the entity lexicon's jackknife folds are whole documents, not every tenth
  // sentence (names repeat within a document: sentence folds make the feature more reliable
  // in training than on a new document).
  bool entity_doc_folds = false;
  // Recognizer: S > 1 trains S perceptrons in other orders and exports the mean of their
  // averaged weights (parameter mixing).
  int bag = 0;
  std::string command;         // the command line, recorded in the manifest
};

Status TrainTagger(const TrainOptions& o, std::ostream& log);
Status TrainParser(const TrainOptions& o, std::ostream& log);
Status TrainNer(const TrainOptions& o, std::ostream& log);

struct TaggerScores {
  size_t words = 0;
  double upos = 0, xpos = 0, lemma = 0;  // accuracies in percent
};
struct ParserScores {
  size_t words = 0;
  double uas = 0, las = 0, las_universal = 0, upos = 0;  // percent
};
struct EntityScores {
  struct PRF {
    size_t gold = 0, pred = 0, correct = 0;
    double p() const { return pred ? 100.0 * correct / pred : 0; }
    double r() const { return gold ? 100.0 * correct / gold : 0; }
    double f() const { return p() + r() > 0 ? 2 * p() * r() / (p() + r()) : 0; }
  };
  PRF overall;
  std::vector<std::pair<std::string, PRF>> by_type;
  size_t sentences = 0, words = 0;
};

// model: the .fwm file (or its prefix). The parser and recognizer take the tagger's POS.
Status EvaluateTagger(const std::string& model, const std::string& data, TaggerScores* out);
Status EvaluateParser(const std::string& model, const std::string& tagger, const std::string& data,
                      ParserScores* out);
// dump: if set, receives "word<TAB>gold BIO<TAB>predicted BILOU" lines, a blank line per sentence.
Status EvaluateNer(const std::string& model, const std::string& tagger, const std::string& data,
                   EntityScores* out, std::ostream* dump = nullptr);

void PrintScores(const TaggerScores& s, std::ostream& out);
void PrintScores(const ParserScores& s, std::ostream& out);
void PrintScores(const EntityScores& s, std::ostream& out);

}  // namespace factwire::train
