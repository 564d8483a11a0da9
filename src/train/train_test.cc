// TrainNer's options on a tiny corpus (fast): --jackknife tags the training sentences found
// in the tagger's treebanks with fold taggers; --entity-doc-folds and --bag train and save.
// TrainTagger --bag: parameter mixing of both directions, recorded in the manifest.
// The WordNet lexicon (BuildWordNet) and TrainTagger / TrainNer --wordnet, baked into the model.
#include "train/train.h"
#include "train/wordnet.h"
#include "tag/ner_model.h"
#include "tag/pos_model.h"

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

// Two lines per part of speech, in data.* format: offset lexfile type count(hex) word lex_id...
WordNetText TinyWordNet() {
  WordNetText t;
  t.data[0] =
      "  1 This software and database is being provided\n"
      "00001 05 n 02 stop 0 halt 0 000 | a pause\n"
      "00002 05 n 01 Paris 0 000 | the capital\n"
      "00003 05 n 02 box 0 mail_box 0 000 | a container\n"
      "00004 05 n 01 stop 1 000 | a station\n";
  t.data[1] =
      "00011 30 v 01 stop 0 000 | cease\n"
      "00012 30 v 01 run 0 000 | move fast\n"
      "00013 30 v 01 carry 0 000 | transport\n";
  t.data[2] = "00021 00 a 01 big(a) 0 000 | large\n";
  t.data[3] = "00031 02 r 01 fast 0 000 | quickly\n";
  t.exc[1] = "ran run\n";
  t.exc[2] = "bigger big\n";
  return t;
}

uint16_t Class(const std::unordered_map<uint64_t, uint16_t>& wn, const char* word) {
  auto it = wn.find(WordNetKey(word));
  return it == wn.end() ? 0 : it->second;
}

TEST(WordNet, LemmasInflectionsCaseAndDominantPartOfSpeech) {
  using P = tag::PosModel;
  std::unordered_map<uint64_t, uint16_t> wn;
  BuildWordNet(TinyWordNet(), &wn);
  const uint16_t stop = Class(wn, "stop");
  EXPECT_EQ(stop & 0xF, P::kWnNoun | P::kWnVerb);
  EXPECT_TRUE(stop & P::kWnLower);
  EXPECT_EQ(stop >> P::kWnDomShift, 0);  // two noun synsets against one verb synset
  EXPECT_EQ(Class(wn, "Stop"), stop);    // the key is the lowercase word
  EXPECT_TRUE(Class(wn, "stops") & P::kWnPlural);
  EXPECT_TRUE(Class(wn, "stops") & P::kWnVerbS);
  EXPECT_TRUE(Class(wn, "stopped") & P::kWnVerbEd);  // the doubled consonant
  EXPECT_TRUE(Class(wn, "stopping") & P::kWnVerbIng);
  EXPECT_TRUE(Class(wn, "carried") & P::kWnVerbEd);  // y to i
  EXPECT_TRUE(Class(wn, "boxes") & P::kWnPlural);
  EXPECT_TRUE(Class(wn, "ran") & P::kWnVerbEd);  // listed exception
  EXPECT_EQ(Class(wn, "run") >> P::kWnDomShift, 1);
  const uint16_t paris = Class(wn, "paris");
  EXPECT_TRUE(paris & P::kWnCapital);
  EXPECT_FALSE(paris & P::kWnLower);
  EXPECT_EQ(Class(wn, "parises"), 0);  // no regular forms of capitalised-only lemmas
  EXPECT_EQ(Class(wn, "big") & 0xF, P::kWnAdj);  // the "(a)" marker stripped
  EXPECT_TRUE(Class(wn, "bigger") & P::kWnAdjEr);
  EXPECT_EQ(Class(wn, "fast") & 0xF, P::kWnAdv);
  EXPECT_EQ(Class(wn, "mail_box"), 0);  // multiword lemmas are skipped
  EXPECT_EQ(Class(wn, "software"), 0);  // the licence header is no synset
}

TEST(TrainTagger, WordNetLexiconIsBakedIntoTheModel) {
  TinyCorpus t;
  const fs::path wdir = t.dir / "wordnet";
  fs::create_directories(wdir);
  const WordNetText w = TinyWordNet();
  const char* data[4] = {"data.noun", "data.verb", "data.adj", "data.adv"};
  const char* exc[3] = {"noun.exc", "verb.exc", "adj.exc"};
  for (int p = 0; p < 4; ++p) std::ofstream(wdir / data[p]) << w.data[p];
  for (int p = 0; p < 3; ++p) std::ofstream(wdir / exc[p]) << w.exc[p];
  TrainOptions o;
  o.train_files = {t.conllu};
  o.dev_file = t.conllu;
  o.epochs = 2;
  o.out = (t.dir / "pos").string();
  std::ostringstream log;
  ASSERT_TRUE(TrainTagger(o, log).ok()) << log.str();
  const std::string plain = ReadAll(o.out + ".fwm");
  o.wordnet = wdir.string();
  ASSERT_TRUE(TrainTagger(o, log).ok()) << log.str();
  EXPECT_NE(ReadAll(o.out + ".fwm"), plain);
  EXPECT_NE(ReadAll(o.out + ".manifest.json").find("\"wordnet\""), std::string::npos);
  tag::PosModel m;
  ASSERT_TRUE(tag::PosModel::Load(o.out + ".fwm", &m).ok());
  std::unordered_map<uint64_t, uint16_t> wn;
  BuildWordNet(w, &wn);
  EXPECT_EQ(m.wordnet, wn);
  TaggerScores sc;
  ASSERT_TRUE(EvaluateTagger(o.out, t.conllu, &sc).ok());
  EXPECT_GT(sc.upos, 90.0);
  // A missing database is an error that names the package.
  o.wordnet = (t.dir / "nowhere").string();
  Status s = TrainTagger(o, log);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("wordnet-base"), std::string::npos);
}

TEST(TrainNer, WordNetLexiconIsBakedIntoTheModel) {
  if (!fs::exists(PosModel())) GTEST_SKIP() << "missing " << PosModel();
  TinyCorpus t;
  const fs::path wdir = t.dir / "wordnet";
  fs::create_directories(wdir);
  const WordNetText w = TinyWordNet();
  const char* data[4] = {"data.noun", "data.verb", "data.adj", "data.adv"};
  const char* exc[3] = {"noun.exc", "verb.exc", "adj.exc"};
  for (int p = 0; p < 4; ++p) std::ofstream(wdir / data[p]) << w.data[p];
  for (int p = 0; p < 3; ++p) std::ofstream(wdir / exc[p]) << w.exc[p];
  TrainOptions o;
  o.train_files = {t.iob2};
  o.dev_file = t.iob2;
  o.tagger = PosModel();
  o.epochs = 2;
  o.out = (t.dir / "ner").string();
  std::ostringstream log;
  ASSERT_TRUE(TrainNer(o, log).ok()) << log.str();
  const std::string plain = ReadAll(o.out + ".fwm");
  EXPECT_EQ(ReadAll(o.out + ".manifest.json").find("\"wordnet\""), std::string::npos);
  tag::NerModel m;
  ASSERT_TRUE(tag::NerModel::Load(o.out + ".fwm", &m).ok());
  EXPECT_TRUE(m.wordnet.empty());
  o.wordnet = wdir.string();
  ASSERT_TRUE(TrainNer(o, log).ok()) << log.str();
  EXPECT_NE(ReadAll(o.out + ".fwm"), plain);
  EXPECT_NE(ReadAll(o.out + ".manifest.json").find("\"wordnet\": {"), std::string::npos);
  ASSERT_TRUE(tag::NerModel::Load(o.out + ".fwm", &m).ok());  // its self-tests pass
  std::unordered_map<uint64_t, uint16_t> wn;
  BuildWordNet(w, &wn);
  tag::NerModel expect;
  expect.SetWordNet(wn);
  EXPECT_EQ(m.wordnet, expect.wordnet);
  EntityScores sc;
  ASSERT_TRUE(EvaluateNer(o.out, PosModel(), t.iob2, &sc).ok());
  EXPECT_GT(sc.overall.f(), 50.0);  // it still finds its own training names
  // A missing database is an error that names the package.
  o.wordnet = (t.dir / "nowhere").string();
  const Status s = TrainNer(o, log);
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("wordnet-base"), std::string::npos);
}

}  // namespace
}  // namespace factwire::train
