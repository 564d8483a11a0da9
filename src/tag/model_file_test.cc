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

TEST(LinearModel, ReadRejectsGarbage) {
  LinearModel m;
  ByteReader r("\x03\x00\x00\x00garbage");
  EXPECT_FALSE(m.Read(&r));
}

}  // namespace
}  // namespace factwire::tag
