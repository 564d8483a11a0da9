// TrainNer's options on a tiny corpus (fast): --jackknife tags the training sentences found
// in the tagger's treebanks with fold taggers; --entity-doc-folds and --bag train and save.
// TrainTagger --bag: parameter mixing of both directions, recorded in the manifest.
#include "train/train.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace factwire::train {
namespace {

namespace fs = std::filesystem;

std::string PosModel() { return std::string(FACTWIRE_SOURCE_DIR) + "/models/pos.fwm"; }

std::string ReadAll(const std::string& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Four sentences in two documents, as a treebank (CoNLL-U) and as UNER-style IOB2, plus one
// IOB2 sentence the treebank does not hold.
struct TinyCorpus {
  fs::path dir;
  std::string conllu, iob2;
  TinyCorpus() {
    dir = fs::temp_directory_path() / ("fw_train_test_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    conllu = (dir / "tiny.conllu").string();
    iob2 = (dir / "tiny.iob2").string();
    const char* sents[][4] = {
        {"Anna", "PROPN", "NNP", "B-PER"}, {"met", "VERB", "VBD", "O"},
        {"Bob", "PROPN", "NNP", "B-PER"},  {".", "PUNCT", ".", "O"}};
    std::ofstream c(conllu), b(iob2);
    for (int s = 0; s < 4; ++s) {
      if (s % 2 == 0) {
        c << "# newdoc id = d" << s << "\n";
        b << "# newdoc id = d" << s << "\n";
      }
      for (int i = 0; i < 4; ++i) {
        // Sentence s differs from the others in its first word.
        const std::string w = i == 0 ? std::string(sents[0][0]) + std::to_string(s) : sents[i][0];
        c << i + 1 << "\t" << w << "\t" << w << "\t" << sents[i][1] << "\t" << sents[i][2]
          << "\t_\t" << (i == 1 ? 0 : 2) << "\t" << (i == 1 ? "root" : "dep") << "\t_\t_\n";
        b << i + 1 << "\t" << w << "\t" << sents[i][3] << "\n";
      }
      c << "\n";
      b << "\n";
    }
    b << "1\tUnseen\tB-ORG\n2\tsentence\tO\n\n";
  }
  ~TinyCorpus() { fs::remove_all(dir); }
};

TEST(TrainNer, JackknifeTagsTheTreebankSentencesWithFoldTaggers) {
  if (!fs::exists(PosModel())) GTEST_SKIP() << "missing " << PosModel();
  TinyCorpus t;
  TrainOptions o;
  o.train_files = {t.iob2};
  o.tagger = PosModel();
  o.epochs = 1;
  o.jackknife = 2;
  o.jackknife_epochs = 1;
  o.out = (t.dir / "ner").string();
  std::ostringstream log;
  // Without the treebanks the option is refused.
  EXPECT_FALSE(TrainNer(o, log).ok());
  o.tagger_train = {t.conllu};
  o.jackknife_cache = (t.dir / "pos").string();
  ASSERT_TRUE(TrainNer(o, log).ok()) << log.str();
  const std::string manifest = ReadAll(o.out + ".manifest.json");
  EXPECT_NE(manifest.find("\"jackknife\": {\"folds\": 2"), std::string::npos) << manifest;
  EXPECT_NE(manifest.find("\"matched_sentences\": 4"), std::string::npos) << manifest;
  EXPECT_TRUE(fs::exists(t.dir / "pos.jk1-of-2.e1.s1.fwm"));
  EXPECT_TRUE(fs::exists(t.dir / "pos.jk2-of-2.e1.s1.fwm"));
  // A second run reads the cached fold taggers and writes the same model.
  const std::string first = ReadAll(o.out + ".fwm");
  std::ostringstream log2;
  ASSERT_TRUE(TrainNer(o, log2).ok()) << log2.str();
  EXPECT_NE(log2.str().find("read from"), std::string::npos);
  EXPECT_EQ(ReadAll(o.out + ".fwm"), first);
}

TEST(TrainNer, DocumentFoldsAndBaggingTrainAModel) {
  if (!fs::exists(PosModel())) GTEST_SKIP() << "missing " << PosModel();
  TinyCorpus t;
  TrainOptions o;
  o.train_files = {t.iob2};
  o.tagger = PosModel();
  o.epochs = 2;
  o.entity_doc_folds = true;
  o.bag = 2;
  o.out = (t.dir / "ner").string();
  std::ostringstream log;
  ASSERT_TRUE(TrainNer(o, log).ok()) << log.str();
  EXPECT_NE(log.str().find("(document folds)"), std::string::npos) << log.str();
  EXPECT_NE(ReadAll(o.out + ".manifest.json").find("\"bag\": {\"models\": 2"), std::string::npos);
}

TEST(TrainTagger, BaggingMixesModelsAndBagOfOneIsThePlainModel) {
  TinyCorpus t;
  TrainOptions o;
  o.train_files = {t.conllu};
  o.dev_file = t.conllu;
  o.epochs = 2;
  o.out = (t.dir / "pos").string();
  std::ostringstream log;
  ASSERT_TRUE(TrainTagger(o, log).ok()) << log.str();
  const std::string plain = ReadAll(o.out + ".fwm");
  EXPECT_EQ(ReadAll(o.out + ".manifest.json").find("\"bag\""), std::string::npos);
  // A bag of one is the plain model, byte for byte.
  o.bag = 1;
  ASSERT_TRUE(TrainTagger(o, log).ok()) << log.str();
  EXPECT_EQ(ReadAll(o.out + ".fwm"), plain);
  o.bag = 3;
  ASSERT_TRUE(TrainTagger(o, log).ok()) << log.str();
  const std::string manifest = ReadAll(o.out + ".manifest.json");
  EXPECT_NE(manifest.find("\"bag\": {\"models\": 3"), std::string::npos) << manifest;
  TaggerScores sc;
  ASSERT_TRUE(EvaluateTagger(o.out, t.conllu, &sc).ok());
  EXPECT_EQ(sc.words, 16u);
  EXPECT_GT(sc.upos, 90.0);  // the mixed model still tags its own training sentences
}

}  // namespace
}  // namespace factwire::train
