// Word lists for the figures and times stages: number words, multipliers, vague quantities,
// currencies, units, category cues, months, weekdays, person nouns, phrase stop words.
// Every list is documented in docs/figures.md; keep the two in step.
#pragma once

#include <cstdint>
#include <string_view>

namespace factwire::figures {

enum LexFlag : uint32_t {
  kNumberWord = 1u << 0,   // "five", "twenty", "zero": value
  kMultiplier = 1u << 1,   // "hundred", "thousand", "million": value
  kVague = 1u << 2,        // "dozens", "hundreds", "several": value by convention, low, high
  kFractionWord = 1u << 3, // "half", "third(s)", "quarter(s)": value = the fraction
  kCurrency = 1u << 4,     // "dollars", "euros", "$": code
  kMeasure = 1u << 5,      // "km", "miles", "hectares": code (normalised unit)
  kTimeUnit = 1u << 6,     // "days", "years": code ("D", "W", "M", "Y", "H", "DE")
  kMonth = 1u << 7,        // value 1..12
  kWeekday = 1u << 8,      // value 1 (Monday) .. 7 (Sunday)
  kPerson = 1u << 9,       // nouns that count persons: unit "people"
  kStop = 1u << 10,        // function words that end a counted noun phrase
  kCue = 1u << 11,         // category cue: category
  kIndefinite = 1u << 12,  // "several", "many", "a few": figures only for casualties
  kSeason = 1u << 13,      // "spring": code "SP"
  kOrdinalSuffix = 1u << 14,  // "st", "nd", "rd", "th" glued to digits
  kAux = 1u << 15,         // "were", "have", "been", "reportedly": skipped between noun and cue
  kChangeVerb = 1u << 16,  // "rose", "climbed": a toll that changed (update, not conflict)
  kCueNoun = 1u << 17,     // a cue that names the counted thing itself: "deaths", "troops"
};

struct Lex {
  uint32_t flags = 0;
  double value = 0;
  double low = 0, high = 0;    // vague quantities only
  const char* code = "";       // currency / unit / time-unit code
  const char* category = "";   // category for kCue words
};

// The entry for a lower-case word, or nullptr.
const Lex* lookup(std::string_view lower_word);

inline bool has(const Lex* lex, uint32_t flag) { return lex && (lex->flags & flag); }

}  // namespace factwire::figures
