// The runtime half of a linear classifier: hashed feature keys -> sparse int16 weights per
// class, with one float scale. Scores are sums over the features present; unseen features
// weigh nothing. Built by the trainer (src/train/perceptron.h) and read from model files.
//
// In memory (the file format is unchanged, docs/models.md): one flat array of rows, each
// `u64 key | u32 count+flags | weights`, where the weights are either `count` (class, weight)
// pairs or, for rows that hold weights for at least half of the classes, a dense int16 array
// of every class (no larger, and summed with SIMD). An open-addressing index of 8-byte slots
// (a 31-bit fingerprint of the key + the row's offset) finds a row with one probe in the
// common case; the row's full key confirms the match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "tag/binary_io.h"

namespace factwire::tag {

// A zero-initialised array of trivially copyable T with a fixed capacity; large ones are
// mapped on 2 MiB boundaries and marked for transparent huge pages, so that the random
// lookups of LinearModel::Score do not also miss the TLB on every access.
class HugeBuffer {
 public:
  HugeBuffer() = default;
  ~HugeBuffer() { Release(); }
  HugeBuffer(const HugeBuffer& o);
  HugeBuffer& operator=(const HugeBuffer& o);
  HugeBuffer(HugeBuffer&& o) noexcept { Swap(o); }
  HugeBuffer& operator=(HugeBuffer&& o) noexcept {
    Swap(o);
    return *this;
  }
  // Drops the contents; `bytes` zero bytes are then available.
  void Allocate(size_t bytes);
  char* data() const { return data_; }
  size_t capacity() const { return cap_; }
  void Swap(HugeBuffer& o) noexcept;

 private:
  void Release();
  char* data_ = nullptr;  // aligned start
  void* map_ = nullptr;   // what to unmap (nullptr: data_ came from calloc)
  size_t map_len_ = 0;
  size_t cap_ = 0;
};

class LinearModel {
 public:
  struct Entry {
    uint16_t cls;
    int16_t weight;
  };

  // rows: for each feature key, its (class, quantized weight) entries.
  void Build(int num_classes, float scale, std::vector<uint64_t> keys,
             std::vector<std::vector<Entry>> rows);

  LinearModel() = default;
  LinearModel(const LinearModel& o) { *this = o; }
  LinearModel& operator=(const LinearModel& o);
  LinearModel(LinearModel&& o) noexcept { Swap(o); }
  LinearModel& operator=(LinearModel&& o) noexcept {
    Swap(o);
    return *this;
  }
  void Swap(LinearModel& o) noexcept;

  int num_classes() const { return num_classes_; }
  size_t num_features() const { return num_features_; }
  size_t num_weights() const { return num_weights_; }

  // scores[c] += weight(f, c) for every f in feats; scores has num_classes() floats.
  void Score(const uint64_t* feats, size_t n, float* scores) const;

  void Write(ByteWriter* w) const;
  bool Read(ByteReader* r);

 private:
  static constexpr uint32_t kDense = 1u << 31;  // row flags, in the count word
  static constexpr uint32_t kDead = 1u << 30;   // a duplicate key's row: not indexed, not written
  static constexpr uint32_t kCountMask = kDead - 1;

  void Reset(int num_classes, float scale, size_t num_rows_hint, size_t num_entries_hint);
  // Appends a row (entries already validated) and returns its offset in 4-byte units.
  uint32_t AppendRow(uint64_t key, const void* e, uint32_t n);  // n (class, weight) pairs
  // Indexes the row at `off` under `key`; false (and the row marked dead) for a duplicate.
  bool Insert(uint64_t key, uint32_t off);
  uint32_t RowWords(uint32_t count_word) const;  // a row's size in 4-byte units
  static uint64_t RowKey(const uint32_t* row) {
    uint64_t k;
    __builtin_memcpy(&k, row, 8);
    return k;
  }
  static uint64_t SlotTag(uint64_t key) { return (key >> 32) | 1; }
  // Probes for `key` from slot `at`; the row's words or nullptr.
  const uint32_t* Probe(uint64_t key, size_t at) const;

  int num_classes_ = 0;
  int dense_len_ = 0;  // int16 weights in a dense row: num_classes rounded up to 2
  float scale_ = 1.0f;
  size_t num_features_ = 0;
  size_t num_weights_ = 0;
  // Slots: 0 = empty, else SlotTag(key) << 32 | row offset. Rows: rows_size_ 4-byte words.
  HugeBuffer slot_buf_, row_buf_;
  uint64_t* slots_ = nullptr;
  size_t num_slots_ = 0;
  uint64_t mask_ = 0;
  uint32_t* rows_ = nullptr;
  size_t rows_size_ = 0, rows_cap_ = 0;
};

inline uint64_t nonzero_key(uint64_t k) { return k == 0 ? 1 : k; }

}  // namespace factwire::tag
