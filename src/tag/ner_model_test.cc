#include "tag/ner_model.h"

#include <gtest/gtest.h>

#include "tag/binary_io.h"

namespace factwire::tag {
namespace {

uint64_t Key(const std::vector<std::string>& words, bool case_sensitive) {
  WordFeats wf;
  std::string scratch;
  uint64_t h = NerModel::PhraseStart(case_sensitive);
  for (const auto& w : words) {
    ComputeWordFeats(w, &wf, &scratch);
    h = NerModel::PhraseKey(h, case_sensitive ? wf.form : wf.lower);
  }
  return h;
}

NerModel SmallModel() {
  NerModel m;
  m.types = {"PERSON", "ORG", "LOC"};
  m.weights.Build(m.num_classes(), 1.0f, {}, {});
  m.gazetteer[Key({"united", "states"}, false)] = NerModel::kGazPlace;
  m.gazetteer[Key({"states"}, false)] = NerModel::kGazTitle;
  m.gazetteer[Key({"UN"}, true)] = NerModel::kGazOrg;
  m.gaz_max_len = 2;
  WordFeats wf;
  std::string scratch;
  ComputeWordFeats("paris", &wf, &scratch);
  m.word_class[wf.lower] = 7;
  return m;
}

TEST(NerGazetteer, MarksLongestMatchWithPositions) {
  NerModel m = SmallModel();
  std::vector<std::string_view> words = {"The", "United", "States", "and", "the", "UN", "un"};
  std::vector<WordFeats> wf;
  ComputeWordFeats(words, &wf);
  m.FillLexicon(&wf);
  EXPECT_EQ(wf[0].gaz, 0u);
  const uint64_t place = NerModel::kGazPlace;
  EXPECT_EQ(wf[1].gaz, (place << 2 | 0) + 1);  // B
  EXPECT_EQ(wf[2].gaz, (place << 2 | 2) + 1);  // L: the two-word match beats "states"
  EXPECT_EQ(wf[3].gaz, 0u);
  EXPECT_EQ(wf[5].gaz, (uint64_t{NerModel::kGazOrg} << 2 | 3) + 1);  // U, exact case
  EXPECT_EQ(wf[6].gaz, 0u);  // a case-sensitive alias does not match "un"
}

TEST(NerGazetteer, WordClassesFilledAndUnknownIsZero) {
  NerModel m = SmallModel();
  std::vector<std::string_view> words = {"Paris", "zzqx"};
  std::vector<WordFeats> wf;
  ComputeWordFeats(words, &wf);
  m.FillLexicon(&wf);
  EXPECT_EQ(wf[0].dist, 7u);
  EXPECT_EQ(wf[1].dist, 0u);
}

TEST(NerPayload, RoundTripsGazetteerAndWordClasses) {
  NerModel m = SmallModel();
  NerModel back;
  ASSERT_TRUE(back.FromPayload(m.Payload()).ok());
  EXPECT_EQ(back.types, m.types);
  EXPECT_EQ(back.gazetteer, m.gazetteer);
  EXPECT_EQ(back.word_class, m.word_class);
  EXPECT_EQ(back.gaz_max_len, 2u);
  // Truncations fail cleanly.
  const std::string p = m.Payload();
  for (size_t n = 0; n + 1 < p.size(); n += 3) EXPECT_FALSE(back.FromPayload(p.substr(0, n)).ok());
}

TEST(NerPayload, ReadsTheFirstLayoutWithoutGazetteer) {
  NerModel m = SmallModel();
  ByteWriter w;  // the first layout: types, weights, lexicon, self-tests
  w.put_strs(m.types);
  m.weights.Write(&w);
  w.put_u32(0);
  WriteSelfTests({}, &w);
  NerModel back = SmallModel();
  ASSERT_TRUE(back.FromPayload(w.data()).ok());
  EXPECT_TRUE(back.gazetteer.empty());
  EXPECT_TRUE(back.word_class.empty());
}

TEST(NerPayload, RoundTripsDecodeOptionsAndKeepsTheOldLayoutWithout) {
  NerModel m = SmallModel();
  EXPECT_EQ(m.Payload().substr(0, 4), "NER2");  // no options: the round-2 layout, unchanged
  m.decode_flags = NerModel::kDecodeCaseRuns;
  m.o_bias = 64;
  const std::string p = m.Payload();
  EXPECT_EQ(p.substr(0, 4), "NER3");
  NerModel back;
  ASSERT_TRUE(back.FromPayload(p).ok());
  EXPECT_EQ(back.decode_flags, NerModel::kDecodeCaseRuns);
  EXPECT_EQ(back.o_bias, 64.0f);
  EXPECT_EQ(back.gazetteer, m.gazetteer);
  // Unknown flags are refused (a newer model this binary would decode differently).
  m.decode_flags = 0x80;
  EXPECT_FALSE(back.FromPayload(m.Payload()).ok());
  // A round-2 payload read after a round-3 one has no options left over.
  m.decode_flags = 0;
  m.o_bias = 0;
  ASSERT_TRUE(back.FromPayload(m.Payload()).ok());
  EXPECT_EQ(back.decode_flags, 0u);
  EXPECT_EQ(back.o_bias, 0.0f);
}

std::vector<WordFeats> Feats(const std::vector<std::string_view>& words) {
  std::vector<WordFeats> wf;
  ComputeWordFeats(words, &wf);
  return wf;
}

TEST(NerDecode, CaseRunsEndCapitalisedEntitiesBeforeLowercaseWords) {
  NerModel m = SmallModel();
  const int b = 1, i = 2, l = 3, u = 4;  // B/I/L/U-PERSON
  auto w = Feats({"Greek", "Foreign", "Minister", "George", "Katrougalos", "emphasized", "the",
                  "requirement"});
  EXPECT_TRUE(m.CaseAllows(w, 4, i, 0));  // no flag: anything goes
  m.decode_flags = NerModel::kDecodeCaseRuns;
  EXPECT_TRUE(m.CaseAllows(w, 3, i, 0));
  EXPECT_FALSE(m.CaseAllows(w, 4, i, 0));  // "emphasized" cannot continue the name
  EXPECT_TRUE(m.CaseAllows(w, 4, l, 0));
  EXPECT_TRUE(m.CaseAllows(w, 4, u, -1));
  EXPECT_TRUE(m.CaseAllows(w, 5, 0, -1));
  // Connectors are skipped up to the next word: "Law of the Sea" yes, "Sea and can" no.
  auto s = Feats({"the", "Law", "of", "the", "Sea", "and", "can", "not"});
  EXPECT_TRUE(m.CaseAllows(s, 1, b, -1));
  EXPECT_TRUE(m.CaseAllows(s, 2, i, 1));
  EXPECT_FALSE(m.CaseAllows(s, 4, i, 1));
  // A word after a hyphen may continue it ("Chan-o-cha"); a lowercase entity is left alone.
  auto h = Feats({"Prayuth", "Chan", "-", "o", "-", "cha", "said"});
  EXPECT_TRUE(m.CaseAllows(h, 2, i, 0));
  EXPECT_TRUE(m.CaseAllows(h, 4, i, 0));
  EXPECT_FALSE(m.CaseAllows(h, 5, i, 0));
  auto lc = Feats({"my", "iphone", "broke", "today"});
  EXPECT_TRUE(m.CaseAllows(lc, 1, b, -1));
}

TEST(NerDecode, OBiasTurnsWeakEntitiesIntoO) {
  NerModel m = SmallModel();
  // One feature, the constant one (template 300), favouring U-PERSON by 10 over O.
  std::vector<std::vector<LinearModel::Entry>> rows = {{{4, 10}}};
  m.weights.Build(m.num_classes(), 1.0f, {feat(300, 1)}, rows);
  std::vector<std::string_view> words = {"Smith"};
  std::vector<uint64_t> tags = {hash_str("PROPN\tNNP")}, scratch;
  std::vector<WordFeats> wf;
  std::vector<int> labels;
  ComputeWordFeats(words, &wf);
  m.Tag(&wf, tags, &labels, &scratch);
  EXPECT_EQ(m.LabelName(labels[0]), "U-PERSON");
  m.o_bias = 11;
  m.Tag(&wf, tags, &labels, &scratch);
  EXPECT_EQ(m.LabelName(labels[0]), "O");
}

TEST(NerPropagate, NonAsciiCapitalisationIsAnUppercaseLetterNotAnyLeadByte) {
  NerModel m = SmallModel();
  // "Ángel Díaz" tagged once is found again; "ˈangel" (IPA, lead byte 0xCB) is no name.
  std::vector<std::vector<std::string_view>> words = {
      {"Ángel", "Díaz", "spoke"}, {"Ángel", "Díaz", "left"}, {"said", "ˈangel", "Díaz"}};
  std::vector<std::vector<int>> labels = {{1, 3, 0}, {0, 0, 0}, {0, 0, 0}};
  m.PropagateInDocument(words, &labels);
  EXPECT_EQ(labels[1][0], 1);
  EXPECT_EQ(labels[1][1], 3);
  // The surname alone ("Díaz") is propagated as PERSON; the IPA word before it is not
  // capitalised, so it is no name run that the match would split.
  EXPECT_EQ(labels[2][1], 0);
  EXPECT_EQ(labels[2][2], 4);
}

}  // namespace
}  // namespace factwire::tag
