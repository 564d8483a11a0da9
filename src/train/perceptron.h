// Averaged perceptron over hashed features with sparse per-feature rows, the trainable twin
// of tag::LinearModel. Averaging uses the lazy timestamp trick (each weight remembers when it
// last changed), so an update costs O(features), not O(all weights).
#pragma once

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

#include "tag/linear_model.h"

namespace factwire::train {

class Perceptron {
 public:
  explicit Perceptron(int num_classes) : num_classes_(num_classes) {}
  int num_classes() const { return num_classes_; }

  void Score(const std::vector<uint64_t>& feats, float* scores) const;
  // Moves weight from `guess` to `truth` on every feature.
  void Update(const std::vector<uint64_t>& feats, int truth, int guess);
  void Tick() { ++clock_; }

  // The averaged weights, quantized to int16; keeps at most max_weights of the largest.
  tag::LinearModel Export(size_t max_weights) const;
  // The mean of several perceptrons' averaged weights (parameter mixing: models trained on the
  // same data in other orders), exported as Export does. All have the same classes.
  static tag::LinearModel ExportMean(const std::vector<const Perceptron*>& models,
                                     size_t max_weights);
  size_t num_features() const { return rows_.size(); }

 private:
  struct Entry {
    uint16_t cls;
    float w;
    double total;
    int64_t stamp;
  };
  void Add(std::vector<Entry>* row, int cls, float delta);
  using SparseRows = std::unordered_map<uint64_t, std::vector<std::pair<uint16_t, float>>>;
  // Adds weight x this model's averaged weights to the rows of `acc` (key -> (class, weight)).
  void AccumulateAveraged(float weight, SparseRows* acc) const;
  static tag::LinearModel Quantize(int num_classes, std::vector<uint64_t> keys,
                                   std::vector<std::vector<std::pair<uint16_t, float>>> avg,
                                   size_t max_weights);

  int num_classes_;
  int64_t clock_ = 1;
  std::unordered_map<uint64_t, uint32_t> index_;
  std::vector<std::vector<Entry>> rows_;
  std::vector<uint64_t> keys_;
};

// Deterministic shuffling (the same order on every platform and library).
class Rng {
 public:
  explicit Rng(uint64_t seed) : s_(seed) {}
  uint64_t Next() {
    uint64_t z = (s_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  double Uniform() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }
  template <typename T>
  void Shuffle(std::vector<T>* v) {
    for (size_t i = v->size(); i > 1; --i) std::swap((*v)[i - 1], (*v)[Next() % i]);
  }

 private:
  uint64_t s_;
};

}  // namespace factwire::train
