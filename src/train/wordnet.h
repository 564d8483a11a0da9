// Reads the WordNet 3.0 database (Debian's wordnet-base, /usr/share/wordnet) into the tagger's
// WordNet lexicon: lowercase-word hash -> class bits (tag::PosModel::kWn*). Training only: the
// lexicon is baked into the model, the analyzer never reads WordNet.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "factwire/status.h"

namespace factwire::train {

// Every single-word lemma of data.{noun,verb,adj,adv} (its parts of speech, whether its synsets
// spell it capitalised or lowercase, its dominant part of speech by synset count), the
// inflections listed in {noun,verb,adj}.exc and the regular inflections of lowercase lemmas
// (plural, -s, -ed, -ing, -er/-est; consonant doubling and e/y rules over-generated).
Status ReadWordNet(const std::string& dir, std::unordered_map<uint64_t, uint16_t>* out);

// The same, from the files' contents (for tests): data files per part of speech (n, v, a, r)
// and exception files for n, v, a.
struct WordNetText {
  std::string data[4];
  std::string exc[3];
};
void BuildWordNet(const WordNetText& text, std::unordered_map<uint64_t, uint16_t>* out);

// The key the lexicon uses for a word (the tagger's lowercase-word hash).
uint64_t WordNetKey(std::string_view word);

}  // namespace factwire::train
