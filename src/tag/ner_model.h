// Named-entity recognizer: greedy left-to-right BILOU tagging with an averaged perceptron over
// word, shape, affix, part-of-speech and previous-label features, decoded under the BILOU
// transition constraints. Entity types: PERSON, ORG, LOC, EVENT (as trained).
#pragma once

#include <string>
#include <unordered_map>
#include <vector>

#include "factwire/status.h"
#include "tag/features.h"
#include "tag/hash.h"
#include "tag/linear_model.h"
#include "tag/selftest.h"

namespace factwire::tag {

class NerModel {
 public:
  // Entity types; labels are O, then B-/I-/L-/U- for each type: label 1 + 4*type + {0,1,2,3}.
  std::vector<std::string> types;
  LinearModel weights;
  // Lowercase-word hash -> entity class (hash of the types it had in training, share >= 10%).
  std::unordered_map<uint64_t, uint64_t> lexicon;
  // Gazetteer phrases (baked in at training from data/gazetteer): phrase key (PhraseKey over
  // the words' lowercase hashes, or over their exact forms for case-sensitive aliases such as
  // "UN") -> GazKind bits. Matched longest-first, left to right, up to gaz_max_len words.
  enum GazKind : uint8_t {
    kGazPlace = 1, kGazNorp = 2, kGazOrg = 4, kGazTitle = 8, kGazOrgHead = 16, kGazOrgOpener = 32,
    kGazDate = 64  // weekdays and months (data/ner/date_words.tsv), since session 6
  };
  std::unordered_map<uint64_t, uint8_t> gazetteer;
  uint32_t gaz_max_len = 0;
  // Lowercase-word hash -> distributional class learned from unlabeled text (how often the
  // word is capitalised away from a sentence start, and how frequent it is); 1..255.
  std::unordered_map<uint64_t, uint8_t> word_class;
  // Decoding options, part of the model (payload "NER3"; 0 in older payloads).
  // kDecodeCaseRuns: an entity that starts with a capitalised word continues only over words
  // that can be inside a name: capitalised or all-caps words, numbers, and the connectors of
  // IsNameConnector ("of", "the", "de", "-", "&", ...). "Greek Foreign Minister George
  // Katrougalos emphasized the requirement" can then not be one entity.
  enum DecodeFlag : uint32_t { kDecodeCaseRuns = 1 };
  uint32_t decode_flags = 0;
  // Added to the score of O at every decision (payload "NER3"; 0 in older payloads): > 0
  // trades recall for precision. Chosen on dev, in the weights' units.
  float o_bias = 0;
  // WordNet lexicon (optional payload section "WNT1", since session 9): lowercase-word hash ->
  // the tagger's WordNet class bits (PosModel::kWn*), baked in at training from the WordNet 3.0
  // database. When not empty, the features include each word's coarse class (WordNetClass:
  // whether WordNet spells it only capitalised, as "Paris", "Einstein", or lowercase, its
  // parts of speech) and its neighbours'. Empty: the features of earlier models, unchanged.
  // Sorted by key, unique (a hash map of its 205,534 entries took about 60 ms of CPU to build
  // at every load); looked up through wordnet_index (IndexWordNet): the first entry of each
  // bucket of the keys' top 16 bits, so a lookup scans ~3 entries.
  std::vector<std::pair<uint64_t, uint16_t>> wordnet;
  std::vector<uint32_t> wordnet_index;
  void SetWordNet(const std::unordered_map<uint64_t, uint16_t>& table);
  void IndexWordNet();
  uint16_t WordNetBits(uint64_t key, bool* found) const;
  // The coarse class the features use, from PosModel::kWn* bits: 1 + (case: 1 capitalised
  // only, 2 lowercase only, 3 both) | parts of speech as a lemma << 2 | inflected form << 6.
  static uint64_t WordNetClass(uint16_t bits);
  std::vector<SelfTest> self_tests;
  std::string meta;

  static Status Load(const std::string& path, NerModel* out);
  Status FromPayload(std::string_view payload);
  std::string Payload() const;
  Status RunSelfTests() const;

  int num_classes() const { return 1 + 4 * static_cast<int>(types.size()); }
  std::string LabelName(int label) const;  // "O", "B-PERSON", "L-ORG", ...
  // Whether label `next` may follow `prev` (-1 = sentence start); `last`: next ends the sentence.
  static bool Allowed(int prev, int next, bool last);
  // With kDecodeCaseRuns: whether `label` at word i (the current entity started at `start`,
  // -1 if none) leaves the entity able to continue: when it opens or continues an entity
  // that starts capitalised, the words after it must be connectors up to a capitalised word
  // or a number. Always true without the flag.
  bool CaseAllows(const std::vector<WordFeats>& w, size_t i, int label, int start) const;
  static bool IsNameConnector(uint64_t lower_hash);

  // BILOU label ids per word.
  // Fills words[].ent from the lexicon, then tags.
  void Tag(std::vector<WordFeats>* words, const std::vector<uint64_t>& tag_hashes,
           std::vector<int>* labels, std::vector<uint64_t>* scratch) const;
  // Fills ent, gaz, dist and (with a WordNet lexicon) ner_wn of each word (ent: unless
  // keep_ent, as the trainer's jackknifed classes are kept).
  void FillLexicon(std::vector<WordFeats>* words, bool keep_ent = false) const;
  static uint64_t PhraseStart(bool case_sensitive) {
    return case_sensitive ? 0x4341534553ull : 0x6C6F776572ull;
  }
  static uint64_t PhraseKey(uint64_t h, uint64_t word_hash) {
    return mix64(h * 0x9E3779B97F4A7C15ull ^ word_hash);
  }
  // BILOU ids -> "B-TYPE" / "I-TYPE" / "O" strings.
  void ToBio(const std::vector<int>& labels, std::vector<std::string>* out) const;

  // Document-level consistency: a capitalized word sequence recognised as an entity in one
  // sentence is given the same type where it recurs untagged in the document, and so is the
  // last word of a multi-word PERSON name ("Emperor Norton" ... "Norton"). words[s] and
  // labels[s] are the sentences of one document.
  void PropagateInDocument(const std::vector<std::vector<std::string_view>>& words,
                           std::vector<std::vector<int>>* labels) const;

  // wordnet: also the WordNet class features (a model with a WordNet lexicon).
  static void Features(const std::vector<WordFeats>& w, const std::vector<uint64_t>& tags,
                       size_t i, int p1, int p2, std::vector<uint64_t>* out,
                       bool wordnet = false);
};

}  // namespace factwire::tag
