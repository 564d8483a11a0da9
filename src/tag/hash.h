// Feature hashing. A feature is a 64-bit key mixed from a template id and the hashes of the
// values it joins; the mixing function and kHashSeed are part of the model format: changing
// either invalidates every shipped model (bump kFeatureSpec in model_file.h).
#pragma once

#include <cstdint>
#include <string_view>

namespace factwire::tag {

inline constexpr uint64_t kHashSeed = 0x9E3779B97F4A7C15ull;

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xBF58476D1CE4E5B9ull;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBull;
  x ^= x >> 31;
  return x;
}

// FNV-1a over the bytes, finished with mix64.
inline uint64_t hash_str(std::string_view s) {
  uint64_t h = 0xCBF29CE484222325ull ^ kHashSeed;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001B3ull;
  }
  return mix64(h);
}

inline uint64_t feat(uint32_t tmpl, uint64_t a) { return mix64(a + kHashSeed * (tmpl + 1)); }
inline uint64_t feat(uint32_t tmpl, uint64_t a, uint64_t b) {
  return mix64(feat(tmpl, a) ^ (b * 0xD6E8FEB86659FD93ull));
}
inline uint64_t feat(uint32_t tmpl, uint64_t a, uint64_t b, uint64_t c) {
  return mix64(feat(tmpl, a, b) ^ (c * 0xA0761D6478BD642Full));
}

}  // namespace factwire::tag
