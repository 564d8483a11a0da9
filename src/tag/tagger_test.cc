#include "tag/tagger.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <filesystem>

#include "tag/hash.h"
#include "tag/model_file.h"
#include "tag/pos_model.h"

namespace factwire {
namespace {

std::string ModelsDir() { return std::string(FACTWIRE_SOURCE_DIR) + "/models"; }
bool HaveModels() {
  for (const char* f : {"/pos.fwm", "/dep.fwm", "/ner.fwm"})
    if (!std::filesystem::exists(ModelsDir() + f)) return false;
  return true;
}

// A one-feature tagger that always says NOUN.
tag::PosModel TinyTagger() {
  tag::PosModel m;
  m.SetLabels({"NOUN\tNN", "VERB\tVB"});
  m.weights.Build(2, 1.0f, {tag::feat(0, 1)}, {{{0, 10}}});
  return m;
}

TEST(PosModel, SelfTestFailureIsDetectedAtLoad) {
  tag::PosModel m = TinyTagger();
  m.self_tests.push_back({{"dog"}, {}, {"NOUN\tNN\tdog"}});
  EXPECT_TRUE(m.RunSelfTests().ok());
  const std::string dir = ::testing::TempDir();
  ASSERT_TRUE(tag::WriteModelFile(dir + "/good.fwm", "pos", "{}", m.Payload()).ok());
  tag::PosModel loaded;
  EXPECT_TRUE(tag::PosModel::Load(dir + "/good.fwm", &loaded).ok());

  m.self_tests[0].expect[0] = "VERB\tVB\tdog";  // what the model does not say
  ASSERT_TRUE(tag::WriteModelFile(dir + "/bad.fwm", "pos", "{}", m.Payload()).ok());
  Status s = tag::PosModel::Load(dir + "/bad.fwm", &loaded);
  EXPECT_EQ(s.code(), Code::kCorrupt);
  EXPECT_NE(s.message().find("self-test"), std::string::npos) << s.message();
}

// The right-to-left model always says VERB; the left-to-right one says NOUN only from the
// stacked feature "the right-to-left tag here is VERB".
TEST(PosModel, StackedSectionRoundTripsAndDrivesTheForwardPass) {
  tag::PosModel m = TinyTagger();
  m.weights.Build(2, 1.0f, {tag::feat(42, 1 + 2)}, {{{0, 30}}});
  m.weights_rev.Build(2, 1.0f, {tag::feat(0, 1)}, {{{1, 10}}});
  std::vector<tag::WordFeats> wf;
  std::vector<int> tags;
  std::vector<uint64_t> scratch;
  tag::ComputeWordFeats({"dogs", "bark"}, &wf);
  m.Tag(&wf, &tags, &scratch);
  EXPECT_EQ(tags, (std::vector<int>{1, 1}));  // not stacked: the feature never fires
  m.stacked = true;
  m.Tag(&wf, &tags, &scratch);
  EXPECT_EQ(tags, (std::vector<int>{0, 0}));

  tag::PosModel back;
  ASSERT_TRUE(back.FromPayload(m.Payload()).ok());
  EXPECT_TRUE(back.stacked);
  back.Tag(&wf, &tags, &scratch);
  EXPECT_EQ(tags, (std::vector<int>{0, 0}));
  m.stacked = false;
  ASSERT_TRUE(back.FromPayload(m.Payload()).ok());
  EXPECT_FALSE(back.stacked);

  // An unknown section after the right-to-left model is refused, not ignored.
  std::string bad = m.Payload() + "XXX1";
  Status s = back.FromPayload(bad);
  EXPECT_EQ(s.code(), Code::kCorrupt);
  EXPECT_NE(s.message().find("feature section"), std::string::npos) << s.message();
}

TEST(PosModel, LemmaUsesTableThenSuffixRulesThenLowercase) {
  tag::PosModel m = TinyTagger();
  m.lemma_table["mice\tNN"] = "mouse";
  m.lemma_rules["NN\ties"] = {3, "y"};
  EXPECT_EQ(m.Lemma("Mice", 0), "mouse");
  EXPECT_EQ(m.Lemma("Puppies", 0), "puppy");
  EXPECT_EQ(m.Lemma("Table", 0), "table");
}

TEST(Tagger, MissingModelsDirIsNotFound) {
  auto r = Tagger::Load("/nonexistent/models");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kNotFound);
}

TEST(Tagger, TruncatedShippedModelIsCorrupt) {
  if (!HaveModels()) GTEST_SKIP() << "no shipped models";
  const std::string dir = ::testing::TempDir() + "/trunc_models";
  std::filesystem::create_directories(dir);
  for (const char* f : {"/pos.fwm", "/dep.fwm", "/ner.fwm"})
    std::filesystem::copy_file(ModelsDir() + f, dir + f,
                               std::filesystem::copy_options::overwrite_existing);
  std::filesystem::resize_file(dir + "/dep.fwm", std::filesystem::file_size(dir + "/dep.fwm") / 2);
  auto r = Tagger::Load(dir);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kCorrupt);
}

Document MakeDoc(const std::vector<std::string>& words) {
  Document d;
  for (const auto& w : words) {
    Token t;
    t.start = static_cast<uint32_t>(d.text.size());
    d.text += w;
    t.end = static_cast<uint32_t>(d.text.size());
    t.space_after = true;
    d.text += " ";
    d.tokens.push_back(t);
  }
  Sentence s;
  s.start = 0;
  s.end = static_cast<uint32_t>(d.text.size());
  s.token_begin = 0;
  s.token_end = static_cast<uint32_t>(d.tokens.size());
  d.sentences.push_back(s);
  return d;
}

TEST(Tagger, AnnotatesANewsSentence) {
  if (!HaveModels()) GTEST_SKIP() << "no shipped models";
  auto r = Tagger::Load(ModelsDir());
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  Document d = MakeDoc({"President", "Barack", "Obama", "visited", "the", "offices", "of",
                        "Microsoft", "in", "Seattle", "on", "Monday", "."});
  r.value()->annotate(&d);
  EXPECT_EQ(d.tokens[3].pos, "VERB");
  EXPECT_EQ(d.tokens[3].tag, "VBD");
  EXPECT_EQ(d.tokens[3].lemma, "visit");
  EXPECT_EQ(d.tokens[5].lemma, "office");
  EXPECT_EQ(d.tokens[4].pos, "DET");
  EXPECT_EQ(d.tokens[3].head, -1);
  EXPECT_EQ(d.tokens[3].dep, "root");
  EXPECT_EQ(d.tokens[1].head, 3);  // UD: the first word of a name heads it
  EXPECT_EQ(d.tokens[1].dep, "nsubj");
  EXPECT_EQ(d.tokens[2].head, 1);
  EXPECT_EQ(d.tokens[2].dep, "flat");
  EXPECT_EQ(d.tokens[4].head, 5);
  EXPECT_EQ(d.tokens[1].ner, "B-PERSON");
  EXPECT_EQ(d.tokens[2].ner, "I-PERSON");
  EXPECT_EQ(d.tokens[7].ner, "B-ORG");
  EXPECT_EQ(d.tokens[9].ner, "B-LOC");
  EXPECT_EQ(d.tokens[12].ner, "O");
  int roots = 0;
  for (const auto& t : d.tokens) roots += t.head == -1;
  EXPECT_EQ(roots, 1);
}

TEST(Tagger, SurvivesHostileDocuments) {
  if (!HaveModels()) GTEST_SKIP() << "no shipped models";
  auto r = Tagger::Load(ModelsDir());
  ASSERT_TRUE(r.ok());
  Document empty;
  r.value()->annotate(&empty);
  Document d = MakeDoc({"\xff\xfe", "", "a", std::string(10000, 'x')});
  d.tokens[1].start = 5000;  // out of range
  d.tokens[1].end = 6000;
  Sentence bad;
  bad.token_begin = 3;
  bad.token_end = 999;  // past the end
  d.sentences.push_back(bad);
  Sentence backwards;
  backwards.token_begin = 3;
  backwards.token_end = 1;
  d.sentences.push_back(backwards);
  r.value()->annotate(&d);
  for (const auto& t : d.tokens) {
    EXPECT_FALSE(t.pos.empty());
    EXPECT_LT(t.head, static_cast<int>(d.tokens.size()));
  }
  // One long sentence of 5,000 tokens.
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back(i % 7 == 6 ? "," : "word");
  Document big = MakeDoc(words);
  r.value()->annotate(&big);
  EXPECT_FALSE(big.tokens.back().dep.empty());
}

}  // namespace
}  // namespace factwire
