#include "tag/ner_model.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "tag/binary_io.h"
#include "tag/model_file.h"

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

uint64_t LowerKey(std::string_view word) {
  WordFeats wf;
  std::string scratch;
  ComputeWordFeats(word, &wf, &scratch);
  return wf.lower;
}

TEST(NerWordNet, ClassesSayCaseAndPartsOfSpeech) {
  // PosModel::kWn* bits: 1 noun, 2 verb, 4 adjective, 16 plural, 512 capitalised, 1024 lowercase.
  const uint64_t paris = NerModel::WordNetClass(1 | 512);
  const uint64_t rich = NerModel::WordNetClass(4 | 1024);
  const uint64_t bank = NerModel::WordNetClass(1 | 2 | 512 | 1024);
  const uint64_t banks = NerModel::WordNetClass(16);
  EXPECT_EQ(paris, 1u + (1u | 1u << 2));
  EXPECT_EQ(rich, 1u + (2u | 4u << 2));
  EXPECT_EQ(bank, 1u + (3u | 3u << 2));
  EXPECT_EQ(banks, 1u + (1u << 6));
  NerModel m = SmallModel();
  std::vector<std::string_view> words = {"Paris", "Rich", "zzqx"};
  std::vector<WordFeats> wf;
  ComputeWordFeats(words, &wf);
  m.FillLexicon(&wf);
  EXPECT_EQ(wf[0].ner_wn, 0u);  // no lexicon: not filled, and no features read it
  m.SetWordNet({{LowerKey("paris"), 1 | 512}, {LowerKey("rich"), 4 | 1024}});
  m.FillLexicon(&wf);
  EXPECT_EQ(wf[0].ner_wn, 1 + paris);
  EXPECT_EQ(wf[1].ner_wn, 1 + rich);
  EXPECT_EQ(wf[2].ner_wn, 1u);  // not in WordNet
  bool found;
  EXPECT_EQ(m.WordNetBits(LowerKey("rich"), &found), 4 | 1024);
  EXPECT_TRUE(found);
  m.WordNetBits(LowerKey("zzqx"), &found);
  EXPECT_FALSE(found);
  // The features: the WordNet ones are appended only for a model with a lexicon, so the
  // others (and the keys of every earlier model) are unchanged.
  std::vector<uint64_t> tags(3, 7), plain, with;
  NerModel::Features(wf, tags, 0, -1, -1, &plain);
  NerModel::Features(wf, tags, 0, -1, -1, &with, true);
  ASSERT_GT(with.size(), plain.size());
  EXPECT_TRUE(std::equal(plain.begin(), plain.end(), with.begin()));
}

TEST(NerWordNet, LookupFindsEveryKeyAcrossBucketEdges) {
  std::unordered_map<uint64_t, uint16_t> table = {
      {0, 1}, {1, 2}, {uint64_t{1} << 48, 3}, {(uint64_t{1} << 48) - 1, 4},
      {~uint64_t{0}, 5}, {uint64_t{0xFFFF} << 48, 6}, {0x8000000000000000ull, 7}};
  for (uint64_t k = 0; k < 2000; ++k) table.emplace(mix64(k + 12345), static_cast<uint16_t>(k));
  NerModel m;
  m.SetWordNet(table);
  bool found;
  for (const auto& [k, v] : table) {
    EXPECT_EQ(m.WordNetBits(k, &found), v) << k;
    EXPECT_TRUE(found) << k;
  }
  for (uint64_t k : {uint64_t{2}, (uint64_t{1} << 48) + 1, ~uint64_t{0} - 1, mix64(999999)}) {
    m.WordNetBits(k, &found);
    EXPECT_FALSE(found) << k;
  }
}

TEST(NerPayload, WordNetSectionRoundTripsAndDamageIsRefused) {
  NerModel m = SmallModel();
  const std::string without = m.Payload();
  m.SetWordNet({{LowerKey("paris"), 1 | 512}, {LowerKey("rich"), 4 | 1024}});
  ASSERT_LT(m.wordnet[0].first, m.wordnet[1].first);
  const std::string p = m.Payload();
  // Absent: the earlier layout byte for byte; present: the same bytes, then the section.
  ASSERT_GT(p.size(), without.size());
  EXPECT_EQ(p.substr(0, without.size()), without);
  EXPECT_EQ(p.substr(without.size(), 4), "WNT1");
  EXPECT_EQ(p.size(), without.size() + 4 + 4 + 2 * 12);
  NerModel back;
  ASSERT_TRUE(back.FromPayload(p).ok());
  EXPECT_EQ(back.wordnet, m.wordnet);
  EXPECT_EQ(back.wordnet_index, m.wordnet_index);  // rebuilt at load
  bool found;
  EXPECT_EQ(back.WordNetBits(LowerKey("paris"), &found), 1 | 512);
  EXPECT_TRUE(found);
  // A model read after it has no lexicon left over.
  ASSERT_TRUE(back.FromPayload(without).ok());
  EXPECT_TRUE(back.wordnet.empty());
  // Truncated anywhere, an unknown or repeated section, a zero count, a class over 16 bits,
  // keys out of order: Corrupt, never a crash.
  for (size_t n = without.size() + 1; n < p.size(); ++n)
    EXPECT_FALSE(back.FromPayload(p.substr(0, n)).ok()) << n;
  EXPECT_FALSE(back.FromPayload(without + "WNT2").ok());
  EXPECT_FALSE(back.FromPayload(p + p.substr(without.size())).ok());
  std::string zero = without + "WNT1";
  zero.append(4, '\0');
  EXPECT_FALSE(back.FromPayload(zero).ok());
  std::string big = p;
  big[without.size() + 8 + 8 + 2] = 1;  // first class, third byte: > 0xFFFF
  EXPECT_FALSE(back.FromPayload(big).ok());
  std::string swapped = p.substr(0, without.size() + 8);
  swapped += p.substr(without.size() + 8 + 12, 12);
  swapped += p.substr(without.size() + 8, 12);
  EXPECT_FALSE(back.FromPayload(swapped).ok());
  const Status s = back.FromPayload(without + "XXXX");
  EXPECT_FALSE(s.ok());
  EXPECT_NE(s.message().find("unknown feature section"), std::string::npos);
}

std::string SeedBytes(const char* name) {
  std::ifstream in(std::string(FACTWIRE_SOURCE_DIR) + "/fuzz/seeds-model_fuzz/" + name,
                   std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(NerPayload, TheFuzzSeedsWithAWordNetSectionAreValidModels) {
  // model_fuzz's seeds (first byte: the target) start from valid models, so that mutations
  // reach the WordNet section's parser and the self-tests.
  const std::string payload = SeedBytes("ner-wordnet-payload");
  const std::string file = SeedBytes("ner-wordnet-file");
  if (payload.empty() || file.empty()) GTEST_SKIP() << "no fuzz seeds";
  NerModel m;
  ASSERT_TRUE(m.FromPayload(std::string_view(payload).substr(1)).ok());
  EXPECT_EQ(m.wordnet.size(), 2u);
  EXPECT_TRUE(m.RunSelfTests().ok());
  ModelFileContents c;
  ASSERT_TRUE(DecodeModelFile(std::string_view(file).substr(1), "ner", &c).ok());
  ASSERT_TRUE(m.FromPayload(c.payload).ok());
  EXPECT_EQ(m.wordnet.size(), 2u);
  EXPECT_TRUE(m.RunSelfTests().ok());
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
