// The runtime half of a linear classifier: hashed feature keys -> sparse int16 weights per
// class, with one float scale. Scores are sums over the features present; unseen features
// weigh nothing. Built by the trainer (src/train/perceptron.h) and read from model files.
#pragma once

#include <cstdint>
#include <vector>

#include "tag/binary_io.h"

namespace factwire::tag {

class LinearModel {
 public:
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };

  // rows: for each feature key, its (class, quantized weight) entries.
  void Build(int num_classes, float scale, std::vector<uint64_t> keys,
             std::vector<std::vector<Entry>> rows);

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return entries_.size(); }

  // scores[c] += weight(f, c) for every f in feats; scores has num_classes() floats.
  void Score(const uint64_t* feats, size_t n, float* scores) const;

  void Write(ByteWriter* w) const;
  bool Read(ByteReader* r);

 private:
  struct Slot {
    uint64_t key = 0;  // 0 = empty (a feature hashing to 0 is remapped to 1)
    uint32_t begin = 0;
    uint32_t count = 0;
  };
  const Slot* Find(uint64_t key) const;
  // Indexes keys[i] -> entries_[begin[i], begin[i] + count[i]) (entries_ already filled).
  void Index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& begin,
             const std::vector<uint32_t>& count);

  int num_classes_ = 0;
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  std::vector<Slot> slots_;  // open addressing, power-of-two size
  uint64_t mask_ = 0;
  std::vector<Entry> entries_;
};

inline uint64_t nonzero_key(uint64_t k) { return k == 0 ? 1 : k; }

}  // namespace factwire::tag
