// Time expressions inside one sentence, for extract_times and for extract_figures (which
// must not read a year or a day of the month as a figure).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "factwire/document.h"
#include "figures/calendar.h"
#include "figures/words.h"

namespace factwire::figures {

struct TimeAnchor {
  bool known = false;
  int64_t days = 0;  // days since 1970-01-01
  CivilDate date;
};

// The anchor for relative expressions: `published` as YYYY-MM-DD, or unknown.
TimeAnchor make_anchor(std::string_view published);

// Appends the time expressions of one sentence to *out and sets (*covered)[i] = 1 for each
// word inside one. *covered is resized to w.size().
void find_times(const SentenceWords& w, const TimeAnchor& anchor, std::vector<TimeExpr>* out,
                std::vector<uint8_t>* covered);

// True when the digits word i reads as a calendar year where it stands ("in 2000",
// "the 1982 invasion"), false when it counts something ("killed 2000 people").
bool reads_as_year(const SentenceWords& w, size_t i);

}  // namespace factwire::figures
