// In-memory index of SimHash fingerprints for near-duplicate lookup. Eight 8-bit bands: two
// fingerprints within Hamming distance 7 agree on at least one band (pigeonhole), so a
// lookup checks only the documents that share a band (about N/256 per band).
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

namespace factwire::corpus {

class StoryIndex {
 public:
  void set_max_distance(int bits) { max_distance_ = bits < 0 ? 0 : (bits > kMaxDistance ? kMaxDistance : bits); }
  static constexpr int kMaxDistance = 7;
  void clear() {
    for (auto& b : bands_) {
      for (auto& v : b) v.clear();
    }
  }
  void add(uint64_t simhash, int64_t story_id) {
    if (simhash == 0) return;
    for (int b = 0; b < kBands; ++b) bands_[b][band(simhash, b)].push_back({simhash, story_id});
  }
  // The story of the nearest fingerprint within the distance, or 0.
  int64_t find(uint64_t simhash) const {
    if (simhash == 0) return 0;
    int best = max_distance_ + 1;
    int64_t story = 0;
    for (int b = 0; b < kBands; ++b) {
      for (const Entry& e : bands_[b][band(simhash, b)]) {
        int d = std::popcount(e.simhash ^ simhash);
        if (d < best || (d == best && story != 0 && e.story_id < story)) {
          best = d;
          story = e.story_id;
        }
      }
    }
    return story;
  }

 private:
  struct Entry {
    uint64_t simhash;
    int64_t story_id;
  };
  static constexpr int kBands = 8;
  static uint8_t band(uint64_t h, int b) { return static_cast<uint8_t>(h >> (8 * b)); }
  int max_distance_ = kMaxDistance;
  std::vector<Entry> bands_[kBands][256];
};

}  // namespace factwire::corpus
