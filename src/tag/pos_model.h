// Part-of-speech tagger (joint UPOS+XPOS label) with lemmatizer: a greedy left-to-right
// averaged-perceptron tagger over hashed features (features.h), a lemma table learned from
// the training data and suffix rules for unknown words.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "factwire/status.h"
#include "tag/features.h"
#include "tag/linear_model.h"
#include "tag/selftest.h"

namespace factwire::tag {

class PosModel {
 public:
  // Joint labels are "UPOS\tXPOS", e.g. "PROPN\tNNP".
  std::vector<std::string> labels;
  std::vector<std::string> upos, xpos;  // split from labels
  LinearModel weights;
  // Optional right-to-left model over the reversed sentence (same features): when present
  // (num_classes() > 0), each word takes the tag with the best sum of both models' scores,
  // the right-to-left pass run first, the left-to-right one then deciding.
  LinearModel weights_rev;
  // Stacked (payload section "STK1", needs the right-to-left model): the left-to-right model
  // also has features of the right-to-left pass's predicted tags at i, i+1, i+2.
  bool stacked = false;
  // Long affixes (payload section "AFX1"): features of the 4-byte prefix and 5-byte suffix.
  bool long_affixes = false;
  // WordNet lexicon (payload section "WNT1"): lowercase-word hash -> WordNet class bits
  // (kWn* below), from the WordNet 3.0 database at training; when not empty, the features
  // include each word's class (WordFeats::wn) and its neighbours'.
  std::unordered_map<uint64_t, uint16_t> wordnet;
  // WordNet class bits: parts of speech of the word as a lemma, as a regular or listed
  // inflection, its case in WordNet's synsets, and its dominant part of speech (most synsets).
  enum : uint16_t {
    kWnNoun = 1, kWnVerb = 2, kWnAdj = 4, kWnAdv = 8,
    kWnPlural = 16, kWnVerbS = 32, kWnVerbEd = 64, kWnVerbIng = 128, kWnAdjEr = 256,
    kWnCapital = 512, kWnLower = 1024,
    kWnDomShift = 11,  // 2 bits: 0 noun, 1 verb, 2 adjective, 3 adverb (lemmas only)
  };
  // Lemmas: "lower\txpos" -> lemma, most frequent in training.
  std::unordered_map<std::string, std::string> lemma_table;
  // Suffix rules for unknown words: "xpos\tsuffix" -> (bytes to strip, text to append).
  struct LemmaRule {
    uint8_t strip = 0;
    std::string append;
  };
  std::unordered_map<std::string, LemmaRule> lemma_rules;
  // Lexicon: lowercase-word hash -> ambiguity class (hash of the tags it had in training).
  std::unordered_map<uint64_t, uint64_t> lexicon;
  std::vector<SelfTest> self_tests;
  std::string meta;

  static Status Load(const std::string& path, PosModel* out);
  Status FromPayload(std::string_view payload);
  std::string Payload() const;
  Status RunSelfTests() const;

  // Tags words; tags[i] indexes labels.
  // Fills words[].amb from the lexicon, then tags.
  void Tag(std::vector<WordFeats>* words, std::vector<int>* tags,
           std::vector<uint64_t>* scratch) const;
  void FillLexicon(std::vector<WordFeats>* words) const;  // amb, and wn (FillWordNet)
  void FillWordNet(std::vector<WordFeats>* words) const;  // wn, when the model has WordNet
  bool bidirectional() const { return weights_rev.num_classes() > 0; }
  // The right-to-left pass alone: per word (in sentence order) its nc class scores, into
  // scores (words->size() * num classes floats). words[].amb must be filled.
  // rev_tags (or nullptr): that pass's own pick per word, in sentence order.
  void ScoreReversed(const std::vector<WordFeats>& words, std::vector<float>* scores,
                     std::vector<uint64_t>* scratch, std::vector<int>* rev_tags = nullptr) const;
  // The greedy left-to-right pass; extra (or nullptr): per word class scores to add; right (or
  // nullptr): the right-to-left pass's tags, for a stacked model.
  void TagForward(const std::vector<WordFeats>& words, const float* extra, std::vector<int>* tags,
                  std::vector<uint64_t>* scratch, const int* right = nullptr) const;
  std::string Lemma(std::string_view word, int tag) const;

  void SetLabels(std::vector<std::string> joint);

  // Feature extraction, shared with the trainer. p1, p2: previous two tags (-1 = none);
  // right (or nullptr): per word in w's order, the right-to-left pass's tags (stacked model).
  static void Features(const std::vector<WordFeats>& w, size_t i, int p1, int p2,
                       std::vector<uint64_t>* out, const int* right = nullptr,
                       bool long_affixes = false, bool wordnet = false);
};

std::string LowerAscii(std::string_view s);

}  // namespace factwire::tag
