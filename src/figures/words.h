// The figures stage's own view of a sentence: words with byte spans and lower-case keys.
//
// The stage does not depend on how the segmenter cut tokens ("1,200" one token or three,
// "$5" one or two): it re-splits each fact sentence into words with rules made for numbers,
// and maps each word back to the segmenter's token (for POS and parse) when one covers it.
//
//   figures::SentenceWords w;
//   figures::split_words(doc, s, &w);       // reuses w's buffers: no allocation per word
//   for (size_t i = 0; i < w.size(); ++i) if (w.is_digits(i)) ... w.lower(i) ...
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "factwire/document.h"

namespace factwire::figures {

enum class WordKind : uint8_t {
  kAlpha,   // letters (may hold inner apostrophes and abbreviation dots: "U.S.", "a.m.")
  kDigits,  // "880", "1,200", "1.2" (never a sign or a letter)
  kClock,   // "10:00", "12:20"
  kPunct,   // one code point of punctuation or symbol: "-", "$", "%", "(", "–"
};

struct Word {
  uint32_t start = 0, end = 0;  // byte span in Document::text
  uint32_t key = 0, key_len = 0;  // lower-case form in SentenceWords::keys
  WordKind kind = WordKind::kPunct;
  bool space_before = false;  // white space between the previous word and this one
  bool upper = false;         // starts with an upper-case letter
  int32_t token = -1;         // Document::tokens index that contains `start`, or -1
};

class SentenceWords {
 public:
  size_t size() const { return words_.size(); }
  const Word& operator[](size_t i) const { return words_[i]; }
  // Lower-case key of word i; "" out of range, so look-ahead needs no bounds checks.
  std::string_view lower(size_t i) const {
    if (i >= words_.size()) return {};
    return std::string_view(keys_).substr(words_[i].key, words_[i].key_len);
  }
  bool is(size_t i, std::string_view key) const { return lower(i) == key; }
  bool is_digits(size_t i) const { return i < words_.size() && words_[i].kind == WordKind::kDigits; }
  bool is_alpha(size_t i) const { return i < words_.size() && words_[i].kind == WordKind::kAlpha; }
  bool is_punct(size_t i) const { return i < words_.size() && words_[i].kind == WordKind::kPunct; }
  // True when word i touches word i-1 (no space between them).
  bool glued(size_t i) const { return i < words_.size() && i > 0 && !words_[i].space_before; }
  bool upper(size_t i) const { return i < words_.size() && words_[i].upper; }
  // Universal POS of the segmenter's token under word i, "" when untagged.
  std::string_view pos(size_t i) const;
  std::string_view text(size_t i) const;  // original spelling

  const Document* doc = nullptr;
  uint32_t sentence = 0;

 private:
  friend void split_words(const Document& doc, uint32_t sentence, SentenceWords* out);
  std::vector<Word> words_;
  std::string keys_;
};

// Splits sentence `sentence` of doc into words. Invalid UTF-8 is treated byte by byte.
void split_words(const Document& doc, uint32_t sentence, SentenceWords* out);

// Parses a kDigits word ("1,200", "1.2", "007") into *value. False if it is not a plain
// number (e.g. "1.2.3").
bool digits_value(std::string_view digits, double* value);

// Lower-case ASCII letters; other bytes unchanged.
inline char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace factwire::figures
