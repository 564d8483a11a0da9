#include "tag/model_file.h"

#include <gtest/gtest.h>

#include <cstdio>

#include "tag/linear_model.h"

namespace factwire::tag {
namespace {

TEST(ModelFile, RoundTripsKindMetaAndPayload) {
  std::string bytes = EncodeModelFile("pos", "{\"a\": 1}", std::string("pay\0load", 8));
  ModelFileContents c;
  ASSERT_TRUE(DecodeModelFile(bytes, "pos", &c).ok());
  EXPECT_EQ(c.kind, "pos");
  EXPECT_EQ(c.meta, "{\"a\": 1}");
  EXPECT_EQ(std::string(c.payload), std::string("pay\0load", 8));
}

TEST(ModelFile, RejectsEveryFlippedByte) {
  const std::string good = EncodeModelFile("dep", "meta", "some payload bytes");
  for (size_t i = 0; i < good.size(); ++i) {
    std::string bad = good;
    bad[i] ^= 0x20;
    ModelFileContents c;
    Status s = DecodeModelFile(bad, "dep", &c);
    EXPECT_FALSE(s.ok()) << "flipped byte " << i;
  }
}

TEST(ModelFile, RejectsTruncationAtEveryLength) {
  const std::string good = EncodeModelFile("ner", "meta", "payload");
  for (size_t n = 0; n < good.size(); ++n) {
    ModelFileContents c;
    Status s = DecodeModelFile(good.substr(0, n), "ner", &c);
    EXPECT_EQ(s.code(), Code::kCorrupt) << "length " << n;
  }
}

TEST(ModelFile, RejectsWrongKindAndMagic) {
  ModelFileContents c;
  EXPECT_EQ(DecodeModelFile(EncodeModelFile("pos", "", ""), "dep", &c).code(), Code::kCorrupt);
  EXPECT_EQ(DecodeModelFile("not a model at all", "dep", &c).code(), Code::kCorrupt);
  EXPECT_EQ(DecodeModelFile("", "dep", &c).code(), Code::kCorrupt);
}

TEST(ModelFile, MissingFileIsNotFound) {
  ModelFileContents c;
  Status s = ReadModelFile("/nonexistent/dir/pos.fwm", "pos", &c);
  EXPECT_EQ(s.code(), Code::kNotFound);
  EXPECT_NE(s.message().find("/nonexistent/dir/pos.fwm"), std::string::npos);
}

TEST(LinearModel, ScoresRoundTripThroughBytes) {
  LinearModel m;
  m.Build(3, 0.5f, {11, 22, 0}, {{{0, 2}, {2, -4}}, {{1, 6}}, {{2, 10}}});
  ByteWriter w;
  m.Write(&w);
  LinearModel back;
  ByteReader r(w.data());
  ASSERT_TRUE(back.Read(&r));
  EXPECT_EQ(r.remaining(), 0u);
  for (const LinearModel* x : {&m, &back}) {
    uint64_t feats[] = {11, 22, 33, 0};
    float scores[3] = {0, 0, 0};
    x->Score(feats, 4, scores);
    EXPECT_FLOAT_EQ(scores[0], 1.0f);
    EXPECT_FLOAT_EQ(scores[1], 3.0f);
    EXPECT_FLOAT_EQ(scores[2], 3.0f);  // -2 from key 11, +5 from key 0
  }
}

TEST(LinearModel, DenseRowsAndDuplicateKeysRoundTrip) {
  // Key 5 has weights for 3 of 4 classes (stored dense), key 7 for one (sparse); the second
  // row for key 5 is a duplicate: the first one wins, and it is not written back.
  LinearModel m;
  m.Build(4, 1.0f, {5, 7, 5}, {{{0, 1}, {1, -2}, {3, 4}}, {{2, 9}}, {{0, 100}}});
  EXPECT_EQ(m.num_features(), 2u);
  EXPECT_EQ(m.num_weights(), 4u);
  ByteWriter w;
  m.Write(&w);
  LinearModel back;
  ByteReader r(w.data());
  ASSERT_TRUE(back.Read(&r));
  ByteWriter w2;
  back.Write(&w2);
  EXPECT_EQ(w.data(), w2.data());
  LinearModel copy = back;  // copies own their tables
  back = LinearModel();
  for (const LinearModel* x : {&m, &copy}) {
    uint64_t feats[] = {5, 7, 5, 99};
    float scores[4] = {0, 0, 0, 0};
    x->Score(feats, 4, scores);
    EXPECT_FLOAT_EQ(scores[0], 2.0f);
    EXPECT_FLOAT_EQ(scores[1], -4.0f);
    EXPECT_FLOAT_EQ(scores[2], 9.0f);
    EXPECT_FLOAT_EQ(scores[3], 8.0f);
  }
}

TEST(LinearModel, ReadRejectsGarbage) {
  LinearModel m;
  ByteReader r("\x03\x00\x00\x00garbage");
  EXPECT_FALSE(m.Read(&r));
}

}  // namespace
}  // namespace factwire::tag
