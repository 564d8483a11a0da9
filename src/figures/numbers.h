// Quantities in words and digits: "880", "1,200", "1.2 million", "a million", "twenty-five",
// "three hundred", "a dozen", "dozens", "tens of thousands", "half", "two-thirds", "$5m",
// "30%", "30 to 40", "30-40", "two or three", "50 miles". Hedges are not part of a
// Quantity: figures.cc reads them around it.
#pragma once

#include <cstddef>

#include "figures/words.h"

namespace factwire::figures {

struct Quantity {
  size_t begin = 0, end = 0;  // words of the number with its currency, percent or unit words
  size_t noun = 0;            // where a counted noun phrase may start (after "of" for "dozens of")
  double value = 0, low = 0, high = 0;
  double multiplier = 1;      // the largest multiplier word applied ("million": 1e6)
  bool digits = false;        // written with digits
  bool vague = false;         // "dozens", "hundreds", "several": value by convention
  bool indefinite = false;    // "several", "many", "a few" standing alone
  bool range = false;         // "30 to 40": low..high, value = low
  bool percent = false;       // "30%", "30 percent", fractions ("half of", "a third of")
  bool bare_one = false;      // the word "one" alone (often a pronoun: "one of them")
  bool partitive = false;     // "of" followed the number ("500 of the", "dozens of")
  bool duration = false;      // followed by a time unit: "three days", "20 years old"
  bool clock = false;         // "10:00", "3 pm"
  const char* currency = "";  // "USD", "EUR", ... when stated
  const char* measure = "";   // "km", "mi", "km2", "m", ... when a measure unit follows
};

// Parses the quantity that starts at word i. `range_ok` allows "X to Y" ranges; `between`
// tells that word i-1 was "between" (so "X and Y" is a range). False when none starts there.
bool parse_quantity(const SentenceWords& w, size_t i, Quantity* q, bool between = false);

// True when word i can start a quantity (cheap pre-check before parse_quantity).
bool may_start_quantity(const SentenceWords& w, size_t i);

}  // namespace factwire::figures
