#include "tag/linear_model.h"

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
  for (size_t i = 0; i < keys.size(); ++i) {
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
  // Accumulate in int32 (exact), scale once.
  int32_t acc[512];
  const int nc = num_classes_ <= 512 ? num_classes_ : 512;
  for (int c = 0; c < nc; ++c) acc[c] = 0;
  for (size_t i = 0; i < n; ++i) {
    const Slot* s = Find(feats[i]);
    if (s == nullptr) continue;
    const Entry* e = entries_.data() + s->begin;
    for (uint32_t j = 0; j < s->count; ++j) acc[e[j].cls] += e[j].weight;
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
    for (uint16_t j = 0; j < n; ++j) {
      Entry e;
      if (!r->get_u16(&e.cls) || !r->get_i16(&e.weight)) return false;
      if (e.cls >= nc) return false;
      entries_.push_back(e);
    }
  }
  entries_.shrink_to_fit();
  num_classes_ = static_cast<int>(nc);
  scale_ = scale;
  Index(keys, begin, count);
  return true;
}

}  // namespace factwire::tag
