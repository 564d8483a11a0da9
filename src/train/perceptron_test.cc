#include "train/perceptron.h"

#include <gtest/gtest.h>

namespace factwire::train {
namespace {

// Toy problem: the class follows features 1/2/3; 10-12 are noise shared by all classes.
TEST(Perceptron, LearnsASeparableToyProblemAndExportsTheSameDecisions) {
  Perceptron p(3);
  std::vector<std::pair<std::vector<uint64_t>, int>> data = {
      {{1, 10}, 0}, {{2, 10}, 1}, {{3, 10}, 2}, {{1, 11}, 0}, {{2, 11}, 1}, {{3, 12}, 2},
      {{1, 12}, 0}, {{2, 12}, 1}, {{3, 11}, 2}};
  Rng rng(7);
  for (int epoch = 0; epoch < 20; ++epoch) {
    rng.Shuffle(&data);
    for (auto& [f, y] : data) {
      float s[3] = {0, 0, 0};
      p.Score(f, s);
      int guess = 0;
      for (int c = 1; c < 3; ++c)
        if (s[c] > s[guess]) guess = c;
      p.Update(f, y, guess);
      p.Tick();
    }
  }
  tag::LinearModel m = p.Export(1000);
  for (auto& [f, y] : data) {
    float s[3] = {0, 0, 0};
    m.Score(f.data(), f.size(), s);
    int guess = 0;
    for (int c = 1; c < 3; ++c)
      if (s[c] > s[guess]) guess = c;
    EXPECT_EQ(guess, y);
  }
}

TEST(Perceptron, ExportKeepsTheWeightBudget) {
  Perceptron p(2);
  for (uint64_t f = 1; f <= 100; ++f)
    for (uint64_t k = 0; k < f; ++k) {
      p.Update({f}, 0, 1);
      p.Tick();
    }
  EXPECT_LE(p.Export(50).num_weights(), 60u);
  EXPECT_EQ(p.Export(0).num_weights(), 200u);
}

// Parameter mixing: the mean of one model is that model; the mean of a model and its negation
// scores every feature 0; the mean of two models scores their average.
TEST(Perceptron, ExportMeanAveragesTheModelsScores) {
  Perceptron a(2), b(2), neg(2);
  for (int k = 0; k < 3; ++k) {
    a.Update({1}, 0, 1);
    neg.Update({1}, 1, 0);
    a.Tick();
    neg.Tick();
  }
  b.Update({1}, 1, 0);
  b.Update({2}, 0, 1);
  b.Tick();
  auto score = [](const tag::LinearModel& m, uint64_t f, float* s) {
    s[0] = s[1] = 0;
    m.Score(&f, 1, s);
  };
  float sa[2], sm[2], sb[2];
  score(a.Export(0), 1, sa);
  score(Perceptron::ExportMean({&a}, 0), 1, sm);
  EXPECT_FLOAT_EQ(sa[0], sm[0]);
  EXPECT_FLOAT_EQ(sa[1], sm[1]);
  EXPECT_EQ(Perceptron::ExportMean({&a, &neg}, 0).num_weights(), 0u);
  const tag::LinearModel ab = Perceptron::ExportMean({&a, &b}, 0);
  score(b.Export(0), 1, sb);
  score(ab, 1, sm);
  EXPECT_NEAR(sm[0], (sa[0] + sb[0]) / 2, 1e-3);
  EXPECT_NEAR(sm[1], (sa[1] + sb[1]) / 2, 1e-3);
  score(ab, 2, sm);
  EXPECT_GT(sm[0], 0);
  EXPECT_LT(sm[1], 0);
}

TEST(Rng, IsReproducible) {
  Rng a(42), b(42);
  for (int i = 0; i < 10; ++i) EXPECT_EQ(a.Next(), b.Next());
}

}  // namespace
}  // namespace factwire::train
