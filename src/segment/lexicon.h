// Word lists behind the tokenizer and the sentence splitter (internal header).
//
// All lookups are exact or ASCII-case-insensitive on short words; none allocates.
#pragma once

#include <string_view>

namespace factwire::segment {

// How a word written with a trailing period ("Dr.", "Inc.", "Jan.") behaves.
enum class AbbrevClass : unsigned char {
  kNone,       // not an abbreviation: the period is punctuation
  kTitle,      // prepositive title, never ends a sentence: Mr. Dr. Gen. Sen. Mt.
  kInner,      // never ends a sentence: vs. e.g. i.e. cf. viz.
  kNumPrefix,  // abbreviation only before a number: No. 5, Vol. 2, Art. 51, p. 55
  kCouldEnd,   // may end a sentence: Inc. Co. Jr. Jan. Calif. St. etc.
  kEtc,        // "etc.": ends the sentence whenever a capitalised word follows
};

// The class of `word` (without its period) when written with a trailing period.
// Case matters for words that are also ordinary words: "Sun." (Sunday) but not "sun.".
AbbrevClass abbreviation_class(std::string_view word);

// Capitalised words that, after an ambiguous abbreviation ("U.S.", "Inc."), show that a new
// sentence starts: function words, pronouns, sentence adverbs ("The", "He", "However").
bool is_sentence_starter(std::string_view word);

// "Mr", "Mrs", "Ms", "Dr", "Prof" (without the period).
bool is_personal_title(std::string_view word);

// Prefixes that stay joined to the word after a hyphen, as in UD English-EWT ("non-profit",
// "e-mail", "co-founder"); other hyphenated compounds are split ("well - known").
bool is_hyphen_prefix(std::string_view word);

// Top-level domains recognised in bare domain names ("cnn.com", "bbc.co.uk"), and common file
// name extensions ("report.pdf"): such names stay one token.
bool is_tld(std::string_view word);

}  // namespace factwire::segment
