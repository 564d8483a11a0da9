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

}  // namespace
}  // namespace factwire::tag
