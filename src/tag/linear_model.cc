#include "tag/linear_model.h"

#include <sys/mman.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace factwire::tag {

namespace {
// Row weights are stored in the uint32_t row array and read as 16-bit values.
typedef int16_t __attribute__((may_alias)) AliasI16;
typedef uint16_t __attribute__((may_alias)) AliasU16;
constexpr size_t kPending = 16;  // inserts in flight while loading (their slots prefetched)
}  // namespace

HugeBuffer::HugeBuffer(const HugeBuffer& o) {
  Allocate(o.cap_);
  if (o.cap_) std::memcpy(data_, o.data_, o.cap_);
}

HugeBuffer& HugeBuffer::operator=(const HugeBuffer& o) {
  if (this != &o) {
    HugeBuffer t(o);
    Swap(t);
  }
  return *this;
}

void HugeBuffer::Swap(HugeBuffer& o) noexcept {
  std::swap(data_, o.data_);
  std::swap(map_, o.map_);
  std::swap(map_len_, o.map_len_);
  std::swap(cap_, o.cap_);
}

void HugeBuffer::Release() {
  if (map_) {
    ::munmap(map_, map_len_);
  } else {
    std::free(data_);
  }
  data_ = nullptr;
  map_ = nullptr;
  map_len_ = 0;
  cap_ = 0;
}

void HugeBuffer::Allocate(size_t bytes) {
  Release();
  if (bytes == 0) return;
  constexpr size_t kHuge = 2u << 20;
  if (bytes >= kHuge) {
    const size_t len = (bytes + kHuge - 1) / kHuge * kHuge;
    void* p = ::mmap(nullptr, len + kHuge, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p != MAP_FAILED) {
      char* aligned = reinterpret_cast<char*>((reinterpret_cast<uintptr_t>(p) + kHuge - 1) & ~(kHuge - 1));
      ::madvise(aligned, len, MADV_HUGEPAGE);  // a hint: without it the pages are small
      map_ = p;
      map_len_ = len + kHuge;
      data_ = aligned;
      cap_ = bytes;
      return;
    }
  }
  data_ = static_cast<char*>(std::calloc(bytes, 1));
  cap_ = data_ ? bytes : 0;
}

LinearModel& LinearModel::operator=(const LinearModel& o) {
  if (this == &o) return *this;
  num_classes_ = o.num_classes_;
  dense_len_ = o.dense_len_;
  scale_ = o.scale_;
  num_features_ = o.num_features_;
  num_weights_ = o.num_weights_;
  slot_buf_ = o.slot_buf_;
  row_buf_ = o.row_buf_;
  slots_ = reinterpret_cast<uint64_t*>(slot_buf_.data());
  num_slots_ = o.num_slots_;
  mask_ = o.mask_;
  rows_ = reinterpret_cast<uint32_t*>(row_buf_.data());
  rows_size_ = o.rows_size_;
  rows_cap_ = o.rows_cap_;
  return *this;
}

void LinearModel::Swap(LinearModel& o) noexcept {
  std::swap(num_classes_, o.num_classes_);
  std::swap(dense_len_, o.dense_len_);
  std::swap(scale_, o.scale_);
  std::swap(num_features_, o.num_features_);
  std::swap(num_weights_, o.num_weights_);
  slot_buf_.Swap(o.slot_buf_);
  row_buf_.Swap(o.row_buf_);
  std::swap(slots_, o.slots_);
  std::swap(num_slots_, o.num_slots_);
  std::swap(mask_, o.mask_);
  std::swap(rows_, o.rows_);
  std::swap(rows_size_, o.rows_size_);
  std::swap(rows_cap_, o.rows_cap_);
}

void LinearModel::Reset(int num_classes, float scale, size_t num_rows_hint,
                        size_t num_words_hint) {
  num_classes_ = num_classes;
  dense_len_ = (num_classes + 1) & ~1;
  scale_ = scale;
  num_features_ = 0;
  num_weights_ = 0;
  size_t cap = 16;
  while (cap < num_rows_hint + num_rows_hint / 2) cap <<= 1;
  slot_buf_.Allocate(cap * sizeof(uint64_t));
  row_buf_.Allocate(num_words_hint * sizeof(uint32_t));
  slots_ = reinterpret_cast<uint64_t*>(slot_buf_.data());
  rows_ = reinterpret_cast<uint32_t*>(row_buf_.data());
  num_slots_ = slots_ ? cap : 0;
  mask_ = cap - 1;
  rows_size_ = 0;
  rows_cap_ = rows_ ? num_words_hint : 0;
}

uint32_t LinearModel::RowWords(uint32_t count_word) const {
  return 3 + ((count_word & kDense) ? static_cast<uint32_t>(dense_len_ / 2) : (count_word & kCountMask));
}

uint32_t LinearModel::AppendRow(uint64_t key, const void* e, uint32_t n) {
  const uint32_t off = static_cast<uint32_t>(rows_size_);
  const bool dense = 2 * n >= static_cast<uint32_t>(num_classes_);
  const uint32_t cw = n | (dense ? kDense : 0);
  rows_size_ += RowWords(cw);  // within rows_cap_: the callers size the buffer for every row
  uint32_t* row = rows_ + off;
  std::memcpy(row, &key, 8);
  row[2] = cw;
  if (dense) {
    AliasI16* w = reinterpret_cast<AliasI16*>(row + 3);
    for (uint32_t j = 0; j < n; ++j) {
      Entry x;
      std::memcpy(&x, static_cast<const char*>(e) + 4 * j, 4);
      w[x.cls] = x.weight;
    }
  } else {
    std::memcpy(row + 3, e, 4u * n);
  }
  return off;
}

bool LinearModel::Insert(uint64_t key, uint32_t off) {
  const uint64_t tag = SlotTag(key);
  size_t at = key & mask_;
  while (slots_[at] != 0) {
    if ((slots_[at] >> 32) == tag && RowKey(rows_ + static_cast<uint32_t>(slots_[at])) == key) {
      rows_[off + 2] |= kDead;  // duplicate key: keep the first
      return false;
    }
    at = (at + 1) & mask_;
  }
  slots_[at] = tag << 32 | off;
  ++num_features_;
  num_weights_ += rows_[off + 2] & kCountMask;
  return true;
}

void LinearModel::Build(int num_classes, float scale, std::vector<uint64_t> keys,
                        std::vector<std::vector<Entry>> rows) {
  size_t words = 0;
  for (const auto& r : rows) words += 3 + r.size();
  Reset(num_classes, scale, keys.size(), words);
  if (!slots_ || (words && !rows_)) return;  // out of memory: an empty model
  for (size_t i = 0; i < keys.size(); ++i) {
    const uint64_t k = nonzero_key(keys[i]);
    Insert(k, AppendRow(k, rows[i].data(), static_cast<uint32_t>(rows[i].size())));
  }
}

const uint32_t* LinearModel::Probe(uint64_t key, size_t at) const {
  const uint64_t tag = SlotTag(key);
  while (slots_[at] != 0) {
    if ((slots_[at] >> 32) == tag) {
      const uint32_t* row = rows_ + static_cast<uint32_t>(slots_[at]);
      if (RowKey(row) == key) return row;
    }
    at = (at + 1) & mask_;
  }
  return nullptr;
}

void LinearModel::Score(const uint64_t* feats, size_t n, float* scores) const {
  if (num_slots_ == 0) return;
  // The tables are far larger than the caches, so each lookup is a memory miss: issue all
  // of them at once (prefetch the slots, then the rows) and only then read, so that the
  // misses overlap instead of queueing. The probe trusts the slot's fingerprint; the row's
  // full key is checked when the row is read (and the probe resumed on the rare mismatch).
  constexpr size_t kBatch = 128;
  alignas(64) int32_t acc[512 + 16];
  const int nc = num_classes_;
  const int dl = dense_len_;
  for (int c = 0; c < dl; ++c) acc[c] = 0;
  const uint32_t* base_row = rows_;
  for (size_t base = 0; base < n; base += kBatch) {
    const size_t m = std::min(kBatch, n - base);
    uint64_t key[kBatch];
    size_t at[kBatch];
    for (size_t i = 0; i < m; ++i) {
      key[i] = nonzero_key(feats[base + i]);
      at[i] = key[i] & mask_;
      __builtin_prefetch(&slots_[at[i]]);
    }
    const uint32_t* found[kBatch];
    size_t nf = 0;
    for (size_t i = 0; i < m; ++i) {
      const uint64_t tag = SlotTag(key[i]);
      size_t k = at[i];
      while (true) {
        const uint64_t s = slots_[k];
        if (s == 0) break;
        if ((s >> 32) == tag) {
          const uint32_t* row = base_row + static_cast<uint32_t>(s);
          __builtin_prefetch(row);
          __builtin_prefetch(reinterpret_cast<const char*>(row) + 64);
          key[nf] = key[i];
          at[nf] = k;
          found[nf++] = row;
          break;
        }
        k = (k + 1) & mask_;
      }
    }
    for (size_t i = 0; i < nf; ++i) {
      const uint32_t* row = found[i];
      if (__builtin_expect(RowKey(row) != key[i], 0)) {
        row = Probe(key[i], (at[i] + 1) & mask_);
        if (!row) continue;
      }
      const uint32_t cw = row[2];
      if (cw & kDense) {
        const AliasI16* w = reinterpret_cast<const AliasI16*>(row + 3);
        for (int c = 0; c < dl; ++c) acc[c] += w[c];
      } else {
        // (class, weight) pairs of 16-bit words
        const AliasU16* cls = reinterpret_cast<const AliasU16*>(row + 3);
        const AliasI16* w = reinterpret_cast<const AliasI16*>(row + 3);
        const uint32_t cnt = cw & kCountMask;
        for (uint32_t j = 0; j < cnt; ++j) acc[cls[2 * j]] += w[2 * j + 1];
      }
    }
  }
  for (int c = 0; c < nc; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
}

void LinearModel::Write(ByteWriter* w) const {
  w->put_u32(static_cast<uint32_t>(num_classes_));
  w->put_f32(scale_);
  w->put_u64(num_features_);
  for (size_t off = 0; off < rows_size_;) {
    const uint32_t* row = rows_ + off;
    const uint32_t cw = row[2];
    off += RowWords(cw);
    if (cw & kDead) continue;
    w->put_u64(RowKey(row));
    if (cw & kDense) {
      const AliasI16* x = reinterpret_cast<const AliasI16*>(row + 3);
      uint16_t nz = 0;
      for (int c = 0; c < num_classes_; ++c) nz += x[c] != 0;
      w->put_u16(nz);
      for (int c = 0; c < num_classes_; ++c) {
        if (x[c] == 0) continue;
        w->put_u16(static_cast<uint16_t>(c));
        w->put_i16(x[c]);
      }
    } else {
      const uint32_t cnt = cw & kCountMask;
      w->put_u16(static_cast<uint16_t>(cnt));
      w->put_raw(row + 3, 4u * cnt);
    }
  }
}

bool LinearModel::Read(ByteReader* r) {
  uint32_t nc;
  float scale;
  uint64_t nf;
  if (!r->get_u32(&nc) || !r->get_f32(&scale) || !r->get_u64(&nf)) return false;
  if (nc == 0 || nc > 512 || !(scale > 0) || nf > r->remaining() / 10) return false;
  static_assert(sizeof(Entry) == 4, "Entry is stored as u16 class + i16 weight");
  // Each stored row is 10 + 4n bytes; in memory 12 + 4n (sparse) or no more (dense).
  Reset(static_cast<int>(nc), scale, nf, 3 * nf + (r->remaining() - 10 * nf) / 4 + 1);
  if (!slots_ || !rows_) return false;  // out of memory
  uint64_t pend_key[kPending];
  uint32_t pend_off[kPending];
  size_t pending = 0;
  for (uint64_t i = 0; i < nf; ++i) {
    uint64_t key;
    uint16_t n;
    if (!r->get_u64(&key) || !r->get_u16(&n)) return false;
    if (n > nc) return false;
    const char* e = r->take(4u * n);
    if (!e) return false;
    for (uint16_t j = 0; j < n; ++j) {
      uint16_t cls;
      std::memcpy(&cls, e + 4 * j, 2);
      if (cls >= nc) return false;
    }
    key = nonzero_key(key);
    const uint32_t off = AppendRow(key, e, n);
    __builtin_prefetch(&slots_[key & mask_], 1);
    if (pending == kPending) {
      // Insert in file order (the first of duplicate keys wins), kPending rows behind.
      const size_t o = i % kPending;
      Insert(pend_key[o], pend_off[o]);
      pend_key[o] = key;
      pend_off[o] = off;
    } else {
      pend_key[pending] = key;
      pend_off[pending] = off;
      ++pending;
    }
  }
  const size_t first = pending == kPending ? nf % kPending : 0;
  for (size_t j = 0; j < pending; ++j) {
    const size_t o = (first + j) % kPending;
    Insert(pend_key[o], pend_off[o]);
  }
  return true;
}

}  // namespace factwire::tag
