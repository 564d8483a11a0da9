// Per-word hashed attributes shared by the tagger, parser and recognizer (and by their
// trainers, which must extract exactly the same features).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factwire::tag {

enum WordFlag : uint8_t {
  kUpperInitial = 1,
  kAllUpper = 2,
  kHasDigit = 4,
  kHasHyphen = 8,
  kAllPunct = 16,
  kHasUpperInside = 32,
};

struct WordFeats {
  uint64_t form = 0, lower = 0, shape = 0, norm = 0;
  uint64_t pre[3] = {0, 0, 0};  // lowercase prefixes of 1..3 characters (bytes)
  uint64_t suf[4] = {0, 0, 0, 0};  // lowercase suffixes of 1..4 characters
  uint64_t pre4 = 0, suf5 = 0;     // prefix of 4 and suffix of 5 (0 when the word is shorter)
  uint8_t flags = 0;
  // Filled by the tagger from its lexicon: hash of the set of tags the word had in training
  // (its "ambiguity class"); kUnknownWord when it was not seen.
  uint64_t amb = 0;
  // Filled by the recognizer from its lexicon: hash of the entity types the word had in
  // training; kUnknownWord when it was never part of an entity.
  uint64_t ent = 0;
  // Filled by the recognizer: the gazetteer match the word is part of (kind bits and B/I/L/U
  // position; 0 = none) and the word's distributional class from unlabeled text (0 = unseen).
  uint64_t gaz = 0;
  uint64_t dist = 0;
  // Filled by a tagger with a WordNet lexicon (PosModel::wordnet): 1 + the word's WordNet class
  // (parts of speech it has as a lemma or an inflected form, case; 1 = not in WordNet).
  uint64_t wn = 0;
  // Filled by a recognizer with a WordNet lexicon (NerModel::wordnet, its own copy): 1 + the
  // word's coarse WordNet class (NerModel::WordNetClass: case, parts of speech, inflected).
  uint64_t ner_wn = 0;
};

inline constexpr uint64_t kUnknownWord = 0x554E4B4E4F574Eull;

// "Lebanon's" -> shape "Xx'x" (runs collapsed), lower "lebanon's", norm: digits -> '0'.
void ComputeWordFeats(std::string_view word, WordFeats* out, std::string* scratch);
void ComputeWordFeats(const std::vector<std::string_view>& words, std::vector<WordFeats>* out);

// Appends feature keys to a vector through a raw cursor (the feature extractors push ~40-90
// keys per decision; vector::push_back's capacity check and call were measurable). Room for
// kMaxFeats keys; further ones are dropped (no extractor has that many).
class FeatSink {
 public:
  static constexpr size_t kMaxFeats = 160;
  explicit FeatSink(std::vector<uint64_t>* v) : v_(v) {
    v->resize(kMaxFeats);
    p_ = v->data();
    end_ = p_ + kMaxFeats;
  }
  ~FeatSink() { v_->resize(static_cast<size_t>(p_ - v_->data())); }
  FeatSink(const FeatSink&) = delete;
  FeatSink& operator=(const FeatSink&) = delete;
  void push_back(uint64_t x) {
    if (p_ < end_) *p_++ = x;
  }

 private:
  std::vector<uint64_t>* v_;
  uint64_t* p_;
  uint64_t* end_;
};

// Hash values for the sentence boundary pseudo-words.
inline constexpr uint64_t kPadBefore = 0x5A5A5A5A01ull;
inline constexpr uint64_t kPadAfter = 0x5A5A5A5A02ull;

}  // namespace factwire::tag
