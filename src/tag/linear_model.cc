#include "tag/linear_model.h"

#include <algorithm>

namespace factwire::tag {

void LinearModel::Build(int num_classes, float scale, std::vector<uint64_t> keys,
                        std::vector<std::vector<Entry>> rows) {
  num_classes_ = num_classes;
  scale_ = scale;
  entries_.clear();
  std::vector<uint32_t> begin(keys.size()), count(keys.size());
  for (size_t i = 0; i < keys.size(); ++i) {
    begin[i] = static_cast<uint32_t>(entries_.size());
    count[i] = static_cast<uint32_t>(rows[i].size());
    entries_.insert(entries_.end(), rows[i].begin(), rows[i].end());
  }
  Index(keys, begin, count);
}

void LinearModel::Index(const std::vector<uint64_t>& keys, const std::vector<uint32_t>& begin,
                        const std::vector<uint32_t>& count) {
  size_t cap = 16;
  while (cap < keys.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  num_features_ = 0;
  constexpr size_t kAhead = 16;  // prefetch the home slot of the key 16 inserts ahead
  for (size_t i = 0; i < keys.size(); ++i) {
    if (i + kAhead < keys.size()) __builtin_prefetch(&slots_[nonzero_key(keys[i + kAhead]) & mask_], 1);
    uint64_t k = nonzero_key(keys[i]);
    size_t at = k & mask_;
    while (slots_[at].key != 0 && slots_[at].key != k) at = (at + 1) & mask_;
    Slot& s = slots_[at];
    if (s.key == k) continue;  // duplicate key: keep the first
    s.key = k;
    s.begin = begin[i];
    s.count = count[i];
    ++num_features_;
  }
}

const LinearModel::Slot* LinearModel::Find(uint64_t key) const {
  if (slots_.empty()) return nullptr;
  key = nonzero_key(key);
  size_t at = key & mask_;
  while (true) {
    const Slot& s = slots_[at];
    if (s.key == key) return &s;
    if (s.key == 0) return nullptr;
    at = (at + 1) & mask_;
  }
}

void LinearModel::Score(const uint64_t* feats, size_t n, float* scores) const {
  if (slots_.empty()) return;
  // The tables are far larger than the caches, so each lookup is a memory miss: issue all
  // of them at once (prefetch the slots, then the rows) and only then read, so that the
  // misses overlap instead of queueing.
  constexpr size_t kBatch = 128;
  int32_t acc[512];
  const int nc = num_classes_ <= 512 ? num_classes_ : 512;
  for (int c = 0; c < nc; ++c) acc[c] = 0;
  for (size_t base = 0; base < n; base += kBatch) {
    const size_t m = std::min(kBatch, n - base);
    size_t at[kBatch];
    for (size_t i = 0; i < m; ++i) {
      at[i] = nonzero_key(feats[base + i]) & mask_;
      __builtin_prefetch(&slots_[at[i]]);
    }
    const Slot* found[kBatch];
    size_t nf = 0;
    for (size_t i = 0; i < m; ++i) {
      const uint64_t key = nonzero_key(feats[base + i]);
      size_t k = at[i];
      while (true) {
        const Slot& s = slots_[k];
        if (s.key == key) {
          __builtin_prefetch(entries_.data() + s.begin);
          found[nf++] = &s;
          break;
        }
        if (s.key == 0) break;
        k = (k + 1) & mask_;
      }
    }
    for (size_t i = 0; i < nf; ++i) {
      const Entry* e = entries_.data() + found[i]->begin;
      for (uint32_t j = 0; j < found[i]->count; ++j) acc[e[j].cls] += e[j].weight;
    }
  }
  for (int c = 0; c < nc; ++c) scores[c] += static_cast<float>(acc[c]) * scale_;
}

void LinearModel::Write(ByteWriter* w) const {
  w->put_u32(static_cast<uint32_t>(num_classes_));
  w->put_f32(scale_);
  w->put_u64(num_features_);
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    w->put_u64(s.key);
    w->put_u16(static_cast<uint16_t>(s.count));
    for (uint32_t j = 0; j < s.count; ++j) {
      w->put_u16(entries_[s.begin + j].cls);
      w->put_i16(entries_[s.begin + j].weight);
    }
  }
}

bool LinearModel::Read(ByteReader* r) {
  uint32_t nc;
  float scale;
  uint64_t nf;
  if (!r->get_u32(&nc) || !r->get_f32(&scale) || !r->get_u64(&nf)) return false;
  if (nc == 0 || nc > 512 || !(scale > 0) || nf > r->remaining() / 10) return false;
  std::vector<uint64_t> keys(nf);
  std::vector<uint32_t> begin(nf), count(nf);
  entries_.clear();
  entries_.reserve(r->remaining() / 4);
  for (uint64_t i = 0; i < nf; ++i) {
    uint16_t n;
    if (!r->get_u64(&keys[i]) || !r->get_u16(&n)) return false;
    if (n > nc || n > r->remaining() / 4) return false;
    begin[i] = static_cast<uint32_t>(entries_.size());
    count[i] = n;
    static_assert(sizeof(Entry) == 4, "Entry is stored as u16 class + i16 weight");
    entries_.resize(entries_.size() + n);
    Entry* e = entries_.data() + begin[i];
    if (!r->get_raw(e, 4u * n)) return false;
    for (uint16_t j = 0; j < n; ++j)
      if (e[j].cls >= nc) return false;
  }
  entries_.shrink_to_fit();
  num_classes_ = static_cast<int>(nc);
  scale_ = scale;
  Index(keys, begin, count);
  return true;
}

}  // namespace factwire::tag
