#include "train/perceptron.h"

#include <algorithm>
#include <cmath>

namespace factwire::train {

void Perceptron::Score(const std::vector<uint64_t>& feats, float* scores) const {
  for (uint64_t f : feats) {
    auto it = index_.find(tag::nonzero_key(f));
    if (it == index_.end()) continue;
    for (const Entry& e : rows_[it->second]) scores[e.cls] += e.w;
  }
}

void Perceptron::Add(std::vector<Entry>* row, int cls, float delta) {
  for (Entry& e : *row) {
    if (e.cls == cls) {
      e.total += static_cast<double>(clock_ - e.stamp) * e.w;
      e.stamp = clock_;
      e.w += delta;
      return;
    }
  }
  row->push_back({static_cast<uint16_t>(cls), delta, 0.0, clock_});
}

void Perceptron::Update(const std::vector<uint64_t>& feats, int truth, int guess) {
  if (truth == guess) return;
  for (uint64_t f : feats) {
    const uint64_t k = tag::nonzero_key(f);
    auto [it, inserted] = index_.try_emplace(k, static_cast<uint32_t>(rows_.size()));
    if (inserted) {
      rows_.emplace_back();
      keys_.push_back(k);
    }
    auto& row = rows_[it->second];
    Add(&row, truth, 1.0f);
    if (guess >= 0) Add(&row, guess, -1.0f);
  }
}

tag::LinearModel Perceptron::Export(size_t max_weights) const {
  std::vector<std::vector<std::pair<uint16_t, float>>> avg(rows_.size());
  for (size_t r = 0; r < rows_.size(); ++r) {
    for (const Entry& e : rows_[r]) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float a = static_cast<float>(total / static_cast<double>(clock_));
      if (a == 0) continue;
      avg[r].push_back({e.cls, a});
    }
  }
  return Quantize(num_classes_, keys_, std::move(avg), max_weights);
}

void Perceptron::AccumulateAveraged(float weight, SparseRows* acc) const {
  for (size_t r = 0; r < rows_.size(); ++r) {
    std::vector<std::pair<uint16_t, float>>* row = nullptr;
    for (const Entry& e : rows_[r]) {
      double total = e.total + static_cast<double>(clock_ - e.stamp) * e.w;
      float a = static_cast<float>(total / static_cast<double>(clock_));
      if (a == 0) continue;
      if (!row) row = &(*acc)[keys_[r]];
      auto it = std::find_if(row->begin(), row->end(),
                             [&](const std::pair<uint16_t, float>& x) { return x.first == e.cls; });
      if (it == row->end()) row->push_back({e.cls, weight * a});
      else it->second += weight * a;
    }
  }
}

tag::LinearModel Perceptron::ExportMean(const std::vector<const Perceptron*>& models,
                                        size_t max_weights) {
  if (models.size() == 1) return models[0]->Export(max_weights);
  const int nc = models.empty() ? 0 : models[0]->num_classes_;
  // Sparse rows (key -> (class, sum) pairs): the tagger has ~100 classes and millions of
  // features, of which each row holds a few.
  SparseRows acc;
  for (const Perceptron* m : models)
    m->AccumulateAveraged(1.0f / static_cast<float>(models.size()), &acc);
  // Sorted keys and classes: the export does not depend on the hash map's order.
  std::vector<uint64_t> keys;
  keys.reserve(acc.size());
  for (const auto& [k, row] : acc) keys.push_back(k);
  std::sort(keys.begin(), keys.end());
  std::vector<std::vector<std::pair<uint16_t, float>>> avg(keys.size());
  for (size_t r = 0; r < keys.size(); ++r) {
    auto& row = acc[keys[r]];
    std::sort(row.begin(), row.end());
    for (auto [c, w] : row)
      if (w != 0) avg[r].push_back({c, w});
  }
  return Quantize(nc, std::move(keys), std::move(avg), max_weights);
}

tag::LinearModel Perceptron::Quantize(int num_classes, std::vector<uint64_t> keys_in,
                                      std::vector<std::vector<std::pair<uint16_t, float>>> avg,
                                      size_t max_weights) {
  std::vector<float> mags;
  float maxabs = 0;
  for (const auto& row : avg)
    for (auto [cls, a] : row) {
      mags.push_back(std::fabs(a));
      maxabs = std::max(maxabs, std::fabs(a));
    }
  float threshold = 0;
  if (mags.size() > max_weights && max_weights > 0) {
    std::nth_element(mags.begin(), mags.begin() + static_cast<long>(mags.size() - max_weights),
                     mags.end());
    threshold = mags[mags.size() - max_weights];
  }
  const float scale = maxabs > 0 ? maxabs / 32767.0f : 1.0f;
  std::vector<uint64_t> keys;
  std::vector<std::vector<tag::LinearModel::Entry>> rows;
  for (size_t r = 0; r < avg.size(); ++r) {
    std::vector<tag::LinearModel::Entry> row;
    for (auto [cls, a] : avg[r]) {
      if (std::fabs(a) < threshold) continue;
      long q = std::lround(a / scale);
      if (q == 0) continue;
      q = std::clamp(q, -32767L, 32767L);
      row.push_back({cls, static_cast<int16_t>(q)});
    }
    if (row.empty()) continue;
    keys.push_back(keys_in[r]);
    rows.push_back(std::move(row));
  }
  tag::LinearModel m;
  m.Build(num_classes, scale, std::move(keys), std::move(rows));
  return m;
}

}  // namespace factwire::train
