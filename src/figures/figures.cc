#include "figures/figures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <map>
#include <numeric>
#include <string>
#include <string_view>
#include <vector>

#include "figures/lexicon.h"
#include "figures/numbers.h"
#include "figures/times.h"
#include "figures/words.h"

namespace factwire {

namespace figures {
namespace {

constexpr size_t kNone = std::numeric_limits<size_t>::max();

// ---- hedges ---------------------------------------------------------------------------

struct HedgePattern {
  const char* words[3];
  const char* qualifier;
};

// Longest patterns first; matched against the words right before the number.
const HedgePattern kHedges[] = {
    {{"no", "fewer", "than"}, "at_least"},  {{"no", "less", "than"}, "at_least"},
    {{"not", "less", "than"}, "at_least"},  {{"not", "fewer", "than"}, "at_least"},
    {{"no", "more", "than"}, "at_most"},    {{"not", "more", "than"}, "at_most"},
    {{"a", "minimum", "of"}, "at_least"},   {{"a", "maximum", "of"}, "at_most"},
    {{"as", "many", "as"}, "at_most"},      {{"as", "much", "as"}, "at_most"},
    {{"as", "high", "as"}, "at_most"},      {{"as", "low", "as"}, "at_least"},
    {{"just", "shy", "of"}, "under"},       {{"in", "excess", "of"}, "over"},
    {{"slightly", "more", "than"}, "over"}, {{"slightly", "less", "than"}, "under"},
    // an upper estimate: "the toll could rise to 50", "may reach 100"
    {{"could", "rise", "to"}, "at_most"},   {{"may", "rise", "to"}, "at_most"},
    {{"might", "rise", "to"}, "at_most"},   {{"could", "climb", "to"}, "at_most"},
    {{"could", "reach"}, "at_most"},        {{"may", "reach"}, "at_most"},
    {{"a", "little", "over"}, "over"},      {{"a", "little", "under"}, "under"},
    {{"at", "least"}, "at_least"},          {{"at", "most"}, "at_most"},
    {{"up", "to"}, "at_most"},              {{"more", "than"}, "over"},
    {{"greater", "than"}, "over"},          {{"fewer", "than"}, "under"},
    {{"less", "than"}, "under"},            {{"just", "under"}, "under"},
    {{"just", "below"}, "under"},           {{"close", "to"}, "under"},
    {{"just", "over"}, "over"},             {{"well", "over"}, "over"},
    {{"well", "above"}, "over"},            {{"just", "above"}, "over"},
    {{"upwards", "of"}, "over"},            {{"upward", "of"}, "over"},
    {{"an", "estimated"}, "approx"},        {{"an", "approximate"}, "approx"},
    {{"some", "estimated"}, "approx"},      {{"approximately"}, "approx"},
    {{"about"}, "approx"},                  {{"around"}, "approx"},
    {{"roughly"}, "approx"},                {{"some"}, "approx"},
    {{"estimated"}, "approx"},              {{"circa"}, "approx"},
    {{"approx"}, "approx"},                 {{"nearly"}, "under"},
    {{"almost"}, "under"},                  {{"over"}, "over"},
    {{"above"}, "over"},                    {{"exceeding"}, "over"},
    {{"under"}, "under"},                   {{"below"}, "under"},
    {{"minimum"}, "at_least"},              {{"maximum"}, "at_most"},
};

const char* hedge_before(const SentenceWords& w, size_t b, size_t* begin) {
  for (const auto& h : kHedges) {
    size_t n = 0;
    while (n < 3 && h.words[n]) ++n;
    if (b < n) continue;
    bool ok = true;
    for (size_t k = 0; k < n && ok; ++k) ok = w.is(b - n + k, h.words[k]);
    if (!ok) continue;
    // "handed over 38 bodies", "turned over 12 suspects": "over" is the verb's particle there,
    // no hedge.
    if (n == 1 && b >= 2 && w.is(b - 1, "over")) {
      std::string_view v = w.lower(b - 2);
      if (v == "handed" || v == "hand" || v == "hands" || v == "handing" || v == "turned" ||
          v == "turn" || v == "turning" || v == "turns" || v == "took" || v == "take" ||
          v == "taking" || v == "taken" || v == "signed" || v == "passed" || v == "won")
        continue;
    }
    // "some" is a determiner before a noun ("some of"), a hedge before a number only
    *begin = b - n;
    return h.qualifier;
  }
  return nullptr;
}

// "or more", "or so", "-plus", "+", "-odd" after the number.
const char* hedge_after(const SentenceWords& w, size_t e, size_t* end) {
  std::string_view k = w.lower(e), n = w.lower(e + 1);
  if (k == "or" && (n == "more" || n == "over" || n == "above")) return *end = e + 2, "at_least";
  if (k == "or" && (n == "fewer" || n == "less")) return *end = e + 2, "at_most";
  if (k == "or" && n == "so") return *end = e + 2, "approx";
  if (k == "+" && w.glued(e)) return *end = e + 1, "at_least";
  if (k == "-" && w.glued(e) && w.glued(e + 1) && (n == "plus" || n == "odd")) {
    *end = e + 2;
    return n == "plus" ? "at_least" : "approx";
  }
  if ((k == "plus" || k == "odd") && !w.is_digits(e + 1)) {
    *end = e + 1;
    return k == "plus" ? "at_least" : "approx";
  }
  return nullptr;
}

// ---- noun phrases ---------------------------------------------------------------------

bool ends_with(std::string_view s, std::string_view t) {
  return s.size() > t.size() + 1 && s.substr(s.size() - t.size()) == t;
}

bool np_word(const SentenceWords& w, size_t i, int depth = 0) {
  if (!w.is_alpha(i)) return false;
  std::string_view k = w.lower(i);
  const Lex* lex = lookup(k);
  if (has(lex, kStop | kNumberWord | kMultiplier)) return false;
  if (has(lex, kVague) && !has(lex, kIndefinite)) return false;
  std::string_view pos = w.pos(i);
  if (!pos.empty()) {
    if (pos == "NOUN" || pos == "PROPN" || pos == "ADJ") return true;
    // a plural noun of persons that the tagger reads as a verb: "arrested nine suspects"
    if (pos == "VERB" && depth == 0 && has(lex, kPerson) && k.size() > 1 && k.back() == 's' &&
        i > 0 && (w.is_digits(i - 1) || has(lookup(w.lower(i - 1)), kNumberWord)))
      return true;
    if (pos == "VERB" && depth == 0 && (ends_with(k, "ed") || ends_with(k, "ing")))
      return np_word(w, i + 1, depth + 1);
    return false;
  }
  if (has(lex, kPerson) || has(lex, kCueNoun)) return true;
  if (has(lex, kAux | kChangeVerb)) return false;
  bool participle = ends_with(k, "ed") || ends_with(k, "ing") || has(lex, kCue);
  if (participle) return depth == 0 && np_word(w, i + 1, depth + 1);
  if (!w.upper(i) && ends_with(k, "ly")) return false;
  if (has(lex, kMonth | kWeekday) && w.upper(i)) return false;
  return true;
}

struct Phrase {
  size_t begin = kNone, end = kNone;  // [begin, end) or empty
  bool empty() const { return begin == kNone; }
};

Phrase noun_phrase(const SentenceWords& w, size_t start) {
  Phrase p;
  size_t i = start, last = kNone, count = 0;
  while (i < w.size() && count < 8) {
    if (np_word(w, i)) {
      last = i++;
      ++count;
      continue;
    }
    std::string_view k = w.lower(i);
    if (last == i - 1 && last != kNone) {
      // "Iran-backed", "U.S.-brokered"
      if (k == "-" && w.glued(i) && w.glued(i + 1) && w.is_alpha(i + 1)) {
        ++i;
        continue;
      }
      // "warehouses and military positions" (not "Lebanese and driving ...")
      if ((k == "and" || k == "or" || k == "&") && np_word(w, i + 1) &&
          !may_start_quantity(w, i + 1)) {
        ++i;
        continue;
      }
      // possessive "'s"
      if ((k == "'" || k == "\xE2\x80\x99") && w.glued(i) && w.is(i + 1, "s")) {
        i += 2;
        continue;
      }
    }
    break;
  }
  if (last != kNone) {
    p.begin = start;
    p.end = last + 1;
  }
  return p;
}

bool demonym(std::string_view k) {
  return ends_with(k, "ese") || ends_with(k, "ians") || ends_with(k, "ans") ||
         (ends_with(k, "is") && k.size() > 5) || ends_with(k, "ites") || ends_with(k, "ers");
}

// ---- categories -----------------------------------------------------------------------

const char* cue_category(const SentenceWords& w, size_t i, bool currency) {
  const Lex* lex = lookup(w.lower(i));
  if (!has(lex, kCue) || !w.is_alpha(i)) return nullptr;
  std::string_view c = lex->category;
  if (c == "money" && !currency) return nullptr;
  return lex->category;
}

bool adverb(const SentenceWords& w, size_t i) {
  std::string_view k = w.lower(i);
  return w.is_alpha(i) && !w.upper(i) && ends_with(k, "ly");
}

// "from their homes", "out of their homes"
bool from_homes(const SentenceWords& w, size_t i) {
  if (!w.is(i, "from") && !(w.is(i, "out") && w.is(i + 1, "of"))) return false;
  for (size_t k = i + 1; k < i + 5 && k < w.size(); ++k) {
    std::string_view x = w.lower(k);
    if (x == "homes" || x == "home" || x == "houses") return true;
    // "from their villages", not where people come from: "499 patients from the towns of Beni"
    if ((x == "villages" || x == "towns") && k > i + 1 &&
        (w.is(k - 1, "their") || w.is(k - 1, "his") || w.is(k - 1, "her") || w.is(k - 1, "its")))
      return true;
  }
  return false;
}

// Cue after the noun phrase: "people displaced", "were killed", "of whom were injured".
const char* cue_after(const SentenceWords& w, size_t from, bool currency, size_t* at,
                      bool* over_count = nullptr) {
  if (over_count) *over_count = false;
  for (size_t j = from, skipped = 0; j < w.size() && skipped < 5; ++j) {
    if (const char* c = cue_category(w, j, currency)) {
      *at = j;
      return c;
    }
    if (from_homes(w, j)) {
      *at = j;
      return "displaced";
    }
    // "50,000 people are living in relief camps", "staying in shelters"
    if ((w.is(j, "living") || w.is(j, "staying") || w.is(j, "housed") || w.is(j, "sheltered") ||
         w.is(j, "crammed")) &&
        w.is(j + 1, "in")) {  // not "living near the refugee camp"
      for (size_t k = j + 2; k < j + 6 && k < w.size(); ++k)
        if (w.is(k, "camps") || w.is(k, "camp") || w.is(k, "shelters") || w.is(k, "tents")) {
          *at = j;
          return "displaced";
        }
    }
    if ((w.is(j, "lost") || w.is(j, "losing") || w.is(j, "lose")) &&
        (w.is(j + 2, "lives") || w.is(j + 2, "life"))) {
      *at = j;
      return "killed";
    }
    // "25 journalists were now behind bars"
    if (w.is(j, "behind") && w.is(j + 1, "bars")) {
      *at = j;
      return "arrested";
    }
    // "73 people are currently held for political reasons", "20 Europeans are held in Iran",
    // "held without charge" (session 10): held after a form of be or a time adverb, then a
    // place, a cause or the terms of the holding.
    if (w.is(j, "held") && j > 0 &&
        (w.is(j - 1, "are") || w.is(j - 1, "were") || w.is(j - 1, "being") ||
         w.is(j - 1, "currently") || w.is(j - 1, "still") || w.is(j - 1, "been") ||
         w.is(j - 1, "now")) &&
        (w.is(j + 1, "in") || w.is(j + 1, "for") || w.is(j + 1, "without") || w.is(j + 1, "at"))) {
      *at = j;
      return "arrested";
    }
    // "between 2,800 and 5,000 prisoners were put to death"
    if (w.is(j, "put") && w.is(j + 1, "to") && w.is(j + 2, "death")) {
      *at = j;
      return "killed";
    }
    // "eleven guards were taken hostage", "held captive"
    if ((w.is(j, "taken") || w.is(j, "held") || w.is(j, "kept")) &&
        (w.is(j + 1, "hostage") || w.is(j + 1, "captive"))) {
      *at = j;
      return "missing";
    }
    // "14 of them were taken to Sadar Hospital", "rushed to a hospital", "admitted to hospital"
    if ((w.is(j, "taken") || w.is(j, "rushed") || w.is(j, "admitted") || w.is(j, "airlifted") ||
         w.is(j, "evacuated")) &&
        w.is(j + 1, "to")) {
      for (size_t k = j + 2; k < j + 6 && k < w.size(); ++k) {
        if (w.is(k, "hospital") || w.is(k, "hospitals") || w.is(k, "clinic") ||
            w.is(k, "clinics")) {
          *at = j;
          return "injured";
        }
        if (!w.is_alpha(k) || w.is(k, "and")) break;
      }
    }
    // "800,000 Afghans have been forced to return", "forced to leave"
    if ((w.is(j, "forced") || w.is(j, "compelled")) && w.is(j + 1, "to") &&
        (w.is(j + 2, "return") || w.is(j + 2, "leave") || w.is(j + 2, "move") ||
         w.is(j + 2, "abandon"))) {
      *at = j;
      return "displaced";
    }
    // "two children aged 8 and 11 were among the dead": an age after the noun is passed over
    if (w.is(j, "aged") && j + 1 < w.size() && w.is_digits(j + 1)) {
      size_t k = j + 2;
      while (k + 1 < w.size() && (w.is(k, "and") || w.is(k, ",") || w.is(k, "to")) &&
             w.is_digits(k + 1))
        k += 2;
      j = k - 1;
      ++skipped;
      continue;
    }
    if (w.is(j, "among") && w.is(j + 1, "the")) {
      ++j;
      ++skipped;
      continue;
    }
    // "four students and one staff member were wounded": over a coordinated count.
    if (w.is(j, "and") && j + 1 < w.size() &&
        (w.is_digits(j + 1) || has(lookup(w.lower(j + 1)), kNumberWord))) {
      size_t k = j + 2, n = 0;
      while (k < w.size() && n < 3 && w.is_alpha(k) && !cue_category(w, k, currency) &&
             !has(lookup(w.lower(k)), kAux)) {
        ++k;
        ++n;
      }
      j = k - 1;
      ++skipped;
      if (over_count) *over_count = true;
      continue;
    }
    // "1.9 million people — about 90% of the population — have been displaced"
    // (also after a place: "1.7 million people in Gaza – nearly 75 percent ... – have been")
    bool after_place = j >= from + 2 && w.is(j - 2, "in") && w.upper(j - 1);
    if ((j == from || after_place) &&
        (w.is(j, "\xE2\x80\x94") || w.is(j, "\xE2\x80\x93") || w.is(j, "--"))) {
      size_t k = j + 1;
      while (k < w.size() && k < j + 14 && !w.is(k, w.lower(j))) ++k;
      if (k < w.size() && k < j + 14) {
        j = k;
        ++skipped;
        continue;
      }
    }
    const Lex* lex = lookup(w.lower(j));
    // "people in Gaza have been displaced": the place after "in" is passed over freely.
    if (j > from && w.is(j - 1, "in") && w.upper(j) && w.is_alpha(j)) continue;
    if (has(lex, kAux) || adverb(w, j) || w.is(j, "in") || w.is(j, "custody") ||
        w.is(j, "now") || w.is(j, "still") ||
        // "600,000 have been forced from their homes" (session 10)
        ((w.is(j, "forced") || w.is(j, "driven")) && from_homes(w, j + 1)) ||
        (w.is(j, ",") && j == from)) {
      ++skipped;
      continue;
    }
    break;
  }
  return nullptr;
}

// Cue before the number: "killing some 880", "dismantled over 500", "the death toll rose to".
const char* cue_before(const SentenceWords& w, size_t b, bool currency) {
  for (size_t j = b, skipped = 0; j-- > 0 && skipped < 4;) {
    if (const char* c = cue_category(w, j, currency)) return c;
    // "the toll could rise to 50" (the hedge read, the toll right before it)
    if (!currency && (w.is(j, "toll") || w.is(j, "tolls"))) return "killed";
    // "12 shelters in schools and churches housing about 4,200 people"
    if (!currency && (w.is(j, "housing") || w.is(j, "hosting"))) {
      for (size_t k = j; k-- > 0 && j - k <= 6;)
        if (w.is(k, "shelters") || w.is(k, "shelter") || w.is(k, "camps") || w.is(k, "camp") ||
            w.is(k, "tents"))
          return "displaced";
    }
    const Lex* lex = lookup(w.lower(j));
    // "The death toll from the cyclone, which struck at the weekend, rose to at least 74":
    // a changing toll is the subject of its verb however far back it stands.
    if (has(lex, kChangeVerb) && j > 0) {
      for (size_t k = j; k-- > 0 && j - k <= 30;) {
        if (w.is(k, ";") || w.is(k, ".") || may_start_quantity(w, k)) break;
        if (w.is(k, "toll") || w.is(k, "tolls")) return "killed";
      }
    }
    // (an opening quotation mark: 'killed "about 30 terrorists"')
    // "put the death toll higher, at 61" (session 10): a comparative and its comma before "at".
    if (!currency && ((w.is(j, ",") && w.is(j + 1, "at")) ||
                      ((w.is(j, "higher") || w.is(j, "lower")) && w.is(j + 1, ",")))) {
      ++skipped;
      continue;
    }
    if (has(lex, kAux | kChangeVerb) || adverb(w, j) || w.is(j, "the") || w.is(j, "a") ||
        w.is(j, "an") || w.is(j, "of") || w.is(j, "at") || w.is(j, "by") || w.is(j, "\"") ||
        w.is(j, "\xE2\x80\x9C")) {
      ++skipped;
      continue;
    }
    break;
  }
  return nullptr;
}

bool quantity_word(const SentenceWords& w, size_t i) {
  if (w.is_digits(i)) return true;
  const Lex* lex = lookup(w.lower(i));
  return has(lex, kNumberWord) || (has(lex, kVague) && !has(lex, kIndefinite));
}

bool clause_break(const SentenceWords& w, size_t j) {
  std::string_view k = w.lower(j);
  if (k == "as") {  // "were injured as hundreds marched", not "as many as", "such as"
    std::string_view n = w.lower(j + 1);
    return !(n == "many" || n == "much" || n == "well" || n == "long" || n == "far" ||
             n == "few" || n == "little" || n == "part" || (j > 0 && w.is(j - 1, "such")));
  }
  return k == ";" || k == ":" || k == "," || k == "while" || k == "but" || k == "although" ||
         k == "whereas" || k == "\xE2\x80\x94" || k == "(" || k == ")";
}

// Nearest cue within a few words, not crossing another number or a clause break.
const char* cue_window(const SentenceWords& w, size_t b, size_t e, bool currency) {
  const char* best = nullptr;
  size_t best_gap = kNone;
  for (size_t j = e, gap = 0; j < w.size() && gap < 8; ++j, ++gap) {
    if (quantity_word(w, j) || clause_break(w, j)) break;
    if (const char* c = cue_category(w, j, currency)) {
      if (j > 0 && (w.is(j - 1, "no") || w.is(j - 1, "not"))) break;
      best = c;
      best_gap = gap;
      break;
    }
  }
  for (size_t j = b, gap = 0; j-- > 0 && gap < 8; ++gap) {
    if (gap >= best_gap) break;
    if (quantity_word(w, j) || clause_break(w, j)) break;
    if (const char* c = cue_category(w, j, currency)) {
      if (j > 0 && (w.is(j - 1, "no") || w.is(j - 1, "not"))) break;
      return c;
    }
  }
  return best;
}

bool markup(std::string_view k) {
  return k == "|" || k == "<" || k == ">" || k == "=" || k == "{" || k == "}" || k == "&" ||
         k == "/" || k == "[" || k == "]";
}

// "two refugees had died", "three hostages were killed": a death or an injury told right
// after the phrase outweighs the status its noun gives (refugee, prisoner, hostage).
bool status_noun_outlived(std::string_view noun_cat, std::string_view after) {
  bool status = noun_cat == "displaced" || noun_cat == "arrested" || noun_cat == "missing";
  return status && (after == "killed" || after == "injured");
}

// "95 Russian servicemen had been released", "freed 95 soldiers": a prisoner exchange frees
// troops, it does not deploy them.
bool release_word(std::string_view k) {
  return k == "released" || k == "freed" || k == "exchanged" || k == "swapped" ||
         k == "returned" || k == "repatriated" || k == "releasing" || k == "freeing" ||
         k == "handed" || k == "release" || k == "free" || k == "exchange" || k == "swap";
}
bool released_after(const SentenceWords& w, size_t from) {
  for (size_t j = from; j < w.size() && j < from + 4; ++j) {
    if (release_word(w.lower(j))) return true;
    if (!has(lookup(w.lower(j)), kAux) && !adverb(w, j)) return false;
  }
  return false;
}
bool released_before(const SentenceWords& w, size_t b) {
  for (size_t j = b; j-- > 0 && b - j <= 3;) {
    if (release_word(w.lower(j))) return true;
    if (!w.is(j, "the") && !w.is(j, "another") && !w.is_digits(j) && !has(lookup(w.lower(j)), kAux))
      return false;
  }
  return false;
}

// A ratio, not a count: "one in every 67 people", "one in five adults", "1 in 10".
bool ratio_number(const SentenceWords& w, size_t b) {
  if (b == 0) return false;
  size_t p = b - 1;
  if (w.is(p, "every") && p > 0) --p;
  if (!w.is(p, "in") || p == 0) return false;
  return w.is(p - 1, "one") || w.is(p - 1, "1");
}

bool people_category(std::string_view c) {
  return c == "killed" || c == "injured" || c == "displaced" || c == "arrested" || c == "missing";
}

// ---- things that are not figures ----------------------------------------------------

bool name_number(const SentenceWords& w, size_t b) {
  if (b == 0) return false;
  size_t p = b - 1;
  // "COVID-19", "F-16", "Su-27"
  if (w.is(p, "-") && w.glued(b) && w.glued(p) && w.is_alpha(p - 1)) return true;
  std::string_view pk = w.lower(p);
  if (pk == "#" || pk == "no." || pk == "number" || pk == "nos." || pk == "per" ||
      pk == "route" || pk == "highway" || pk == "flight" || pk == "channel" ||
      pk == "page" || pk == "article" || pk == "chapter" || pk == "section" ||
      pk == "resolution" || pk == "category" || pk == "level" || pk == "phase" ||
      pk == "grade" || pk == "room" || pk == "apartment" || pk == "unit" ||
      pk == "version" || pk == "season" || pk == "episode" || pk == "game" ||
      pk == "round" || pk == "stage" || pk == "district" || pk == "ward" || pk == "block")
    return true;
  if (pk == "." && p > 0 && w.is(p - 1, "no")) return true;
  // "Task Force 88", "Boeing 707", "Apollo 11": a capitalised word we do not know
  // (not a hedge opening the sentence: "Roughly 1.1 million refugees live in camps")
  size_t hedge_at = 0;
  if (w.is_alpha(p) && w.upper(p) && !hedge_before(w, b, &hedge_at)) {
    const Lex* lex = lookup(pk);
    if (has(lex, kStop | kAux | kMonth | kWeekday | kCue | kPerson | kNumberWord)) return false;
    if (p == 0 && lex) return false;
    if (demonym(pk)) return false;
    return true;
  }
  return false;
}

bool age_number(const SentenceWords& w, size_t b, size_t e) {
  std::string_view p = b > 0 ? w.lower(b - 1) : std::string_view();
  if (p == "aged" || p == "age" ||
      (p == "of" && b >= 2 && (w.is(b - 2, "age") || w.is(b - 2, "ages"))))
    return true;
  // "between the ages of 14 and 18"
  if ((p == "and" || p == "to") && b >= 4 && w.is_digits(b - 2) && w.is(b - 3, "of") &&
      (w.is(b - 4, "ages") || w.is(b - 4, "age")))
    return true;
  // "two children aged 8 and 11", "aged 15 to 17"
  if ((p == "and" || p == "to" || p == "or") && b >= 3 && w.is_digits(b - 2) &&
      w.is(b - 3, "aged"))
    return true;
  // "He was 86.", "when she was one"
  if ((p == "was" || p == "is") && b >= 2 && (w.upper(b - 2) || w.is(b - 2, "he") ||
                                              w.is(b - 2, "she") || w.is(b - 2, "i")) &&
      (e >= w.size() || w.is_punct(e) || w.is(e, "and") || w.is(e, "when") ||
       w.is(e, "at")))
    return true;
  // "Andrew Kinsman, 49, was"
  if (p == "," && b >= 2 && w.is_alpha(b - 2) && w.upper(b - 2) &&
      (w.is(e, ",") || w.is(e, ".") || e >= w.size()) && w.is_digits(b) && e == b + 1) {
    double v = 0;
    digits_value(w.text(b), &v);
    return v < 120;
  }
  // "a 33-year-old"
  if (w.is(e, "-") && w.glued(e) && (w.is(e + 1, "year") || w.is(e + 1, "years"))) return true;
  if ((w.is(e, "years") || w.is(e, "year")) && w.is(e + 1, "old")) return true;
  return false;
}

// Digit groups joined by glued hyphens: "1-800-755-5200", "206-296-2555", "231-7581".
bool phone_chain(const SentenceWords& w, size_t b) {
  size_t first = b;
  while (first >= 2 && w.is(first - 1, "-") && w.glued(first) && w.glued(first - 1) &&
         w.is_digits(first - 2))
    first -= 2;
  size_t groups = 1, last = first;
  while (w.is(last + 1, "-") && w.glued(last + 1) && w.glued(last + 2) && w.is_digits(last + 2)) {
    last += 2;
    ++groups;
  }
  if (groups >= 3) return true;
  if (groups == 2) {
    size_t a = w.lower(first).size(), c = w.lower(last).size();
    if (a == 3 && c == 4) return true;
    if (w.is(first, "1") && c == 3) return true;
  }
  // "(409) 880-8354"
  if (first >= 1 && w.is(first - 1, ")") && w.lower(first).size() == 3) return true;
  return false;
}

bool phone_like(const SentenceWords& w, size_t b, size_t e) {
  if (!w.is_digits(b)) return false;
  if (phone_chain(w, b)) return true;
  std::string_view k = w.lower(b);
  if (k.size() >= 6 && k[0] == '0' && k.find(',') == std::string_view::npos) return true;
  if (b > 0 && w.is(b - 1, "+") && w.glued(b)) return true;
  // 555-1234, 020-7946-0018
  if (w.is(e, "-") && w.glued(e) && w.is_digits(e + 1) && w.glued(e + 1) &&
      w.lower(e + 1).size() >= 3 && k.size() >= 3)
    return true;
  std::string_view p = b > 0 ? w.lower(b - 1) : std::string_view();
  if ((p == "called" || p == "call" || p == "dial" || p == "dialed" || p == "dialled" ||
       p == "phoned" || p == "calling") && k.size() == 3)
    return true;
  return false;
}

// ---- the record per figure --------------------------------------------------------------

struct Extra {
  bool update = false;      // the sentence says the figure changed ("rose to", "up from")
  bool cumulative = false;  // a running total: "since the protests began", "so far"
  bool part = false;        // told as part of a total: "among the dead", "including"
};

bool sentence_says_part(const SentenceWords& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view k = w.lower(i);
    if (k == "among" || k == "including" || k == "included") return true;
  }
  return false;
}

bool sentence_says_cumulative(const SentenceWords& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view k = w.lower(i);
    if ((k == "since" && i > 0) ||  // "Since the power failed, ...": because, not a span k == "cumulative" || (k == "so" && w.is(i + 1, "far")) ||
        (k == "to" && w.is(i + 1, "date")) || (k == "in" && w.is(i + 1, "total")) ||
        (k == "overall" && i + 1 < w.size()))
      return true;
  }
  return false;
}

std::string trim_punct(std::string_view s) {
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';' ||
                        s.back() == ':' || s.back() == ' '))
    s.remove_suffix(1);
  return std::string(s);
}

// "according to the health ministry", "the ministry said", "officials said".
std::string find_source(const Document& doc, const SentenceWords& w, size_t fb, size_t fe) {
  uint32_t at = w[fb].start;
  for (const Quote& q : doc.quotes) {
    if (q.start <= at && at < q.end && !q.speaker.name.empty()) return q.speaker.name;
  }
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w.is(i, "according") && w.is(i + 1, "to")) {
      size_t b = i + 2, e = b;
      while (e < w.size() && e < b + 10 && !w.is(e, ",") && !w.is(e, ".") && !w.is(e, ";") &&
             !w.is(e, "(") && !quantity_word(w, e))
        ++e;
      if (e > b && !(fb >= b && fb < e)) return std::string(doc.slice(w[b].start, w[e - 1].end));
    }
  }
  for (size_t i = 1; i < w.size(); ++i) {
    std::string_view k = w.lower(i);
    if (!(k == "said" || k == "says" || k == "reported" || k == "reports" || k == "confirmed" ||
          k == "announced" || k == "estimated" || k == "estimates" || k == "stated"))
      continue;
    if (i >= fb && i < fe) continue;
    size_t e = i;
    if (e > 0 && adverb(w, e - 1)) --e;  // "officials reportedly said"
    size_t b = e;
    while (b > 0 && b + 6 > e && (w.is_alpha(b - 1) || w.is(b - 1, "'") ||
                                  w.is(b - 1, "\xE2\x80\x99") || w.is(b - 1, "-"))) {
      const Lex* lex = lookup(w.lower(b - 1));
      if (has(lex, kStop) && !w.is(b - 1, "the")) break;
      --b;
    }
    if (b < e && !(fb >= b && fb < e)) {
      std::string_view first = w.lower(b);
      if (first == "he" || first == "she" || first == "they" || first == "it") continue;
      if (b + 1 == e && !w.upper(b) && !has(lookup(first), kPerson)) continue;
      return std::string(doc.slice(w[b].start, w[e - 1].end));
    }
  }
  return {};
}

struct PlaceMention {
  uint32_t start, end;
  uint32_t sentence;
  uint32_t entity;
};

std::string find_place(const Document& doc, const SentenceWords& w,
                       const std::vector<PlaceMention>& places) {
  const Sentence& s = doc.sentences[w.sentence];
  auto it = std::lower_bound(places.begin(), places.end(), s.start,
                             [](const PlaceMention& m, uint32_t at) { return m.start < at; });
  const PlaceMention* fallback = nullptr;
  for (; it != places.end() && it->start < s.end; ++it) {
    // prefer one introduced by "in", "near", "across"
    std::string_view before = doc.slice(s.start, it->start);
    while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
    auto ends = [&](std::string_view t) {
      return before.size() >= t.size() && before.substr(before.size() - t.size()) == t;
    };
    if (ends(" in") || ends(" near") || ends(" across") || ends(" at") || ends(" In") ||
        ends(" in the") || ends(" of") || ends(" from")) {
      return std::string(doc.slice(it->start, it->end));
    }
    if (!fallback) fallback = &*it;
  }
  if (fallback) return std::string(doc.slice(fallback->start, fallback->end));
  if (!places.empty()) return {};
  // No entities at all: a capitalised name after "in" / "near".
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (!(w.is(i, "in") || w.is(i, "near"))) continue;
    size_t b = i + 1, e = b;
    if (w.is(b, "the") && w.upper(b + 1)) e = ++b;
    while (e < w.size() && w.is_alpha(e) && w.upper(e) &&
           !has(lookup(w.lower(e)), kMonth | kWeekday))
      ++e;
    if (e > b) return std::string(doc.slice(w[b].start, w[e - 1].end));
  }
  return {};
}

bool sentence_says_update(const SentenceWords& w) {
  for (size_t i = 0; i < w.size(); ++i) {
    std::string_view k = w.lower(i);
    const Lex* lex = lookup(k);
    if (has(lex, kChangeVerb) && k != "reached" && k != "raised") return true;
    if (k == "up" && w.is(i + 1, "from")) return true;
    if (k == "down" && w.is(i + 1, "from")) return true;
  }
  return false;
}

std::string format_number(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof buf, "%.0f", v);
  } else {
    std::snprintf(buf, sizeof buf, "%g", v);
  }
  return buf;
}

// ---- conflicts --------------------------------------------------------------------------

struct Interval {
  double lo, hi;
  bool lo_open, hi_open;
};

Interval interval_of(const Figure& f) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::string& q = f.qualifier;
  if (q == "over") return {f.value, inf, true, false};
  if (q == "at_least") return {f.value, inf, false, false};
  if (q == "under") return {0, f.value, false, true};
  if (q == "at_most") return {0, f.value, false, false};
  if (q == "range") return {f.low, f.high, false, false};
  if (q == "approx") return {f.value * 0.9, f.value * 1.1, false, false};
  return {f.value, f.value, false, false};
}

bool disjoint(const Interval& a, const Interval& b) {
  if (a.hi < b.lo || b.hi < a.lo) return true;
  if (a.hi == b.lo && (a.hi_open || b.lo_open)) return true;
  if (b.hi == a.lo && (b.hi_open || a.lo_open)) return true;
  return false;
}

std::string head_of(const std::string& subject) {
  size_t e = subject.size();
  while (e > 0 && !std::isalpha(static_cast<unsigned char>(subject[e - 1]))) --e;
  size_t b = e;
  while (b > 0 && std::isalpha(static_cast<unsigned char>(subject[b - 1]))) --b;
  std::string h = subject.substr(b, e - b);
  for (char& c : h) c = ascii_lower(c);
  return h;
}

bool generic_head(const std::string& h) {
  return h.empty() || h == "people" || h == "persons" || h == "civilians" || h == "others" ||
         h == "individuals";
}

const char* side(const Figure& f) {
  const std::string& q = f.qualifier;
  if (q == "over") return "above";
  if (q == "at_least") return "at least";
  if (q == "under") return "below";
  if (q == "at_most") return "at most";
  if (q == "range") return "between";
  if (q == "approx") return "about";
  return "exactly";
}

void find_conflicts(Document* doc, const std::vector<Extra>& extra) {
  const auto& figs = doc->figures;
  std::vector<uint32_t> group(figs.size());
  std::iota(group.begin(), group.end(), 0);
  auto root = [&](uint32_t x) {
    while (group[x] != x) x = group[x] = group[group[x]];
    return x;
  };
  // The figures that can conflict, by category, each with its subject's head word computed
  // once. A news article has tens of figures; a document with thousands (a table, a log, a
  // hostile input) compares only the first kMaxCompared of each category, so that this pass
  // stays linear in the document (every pair is compared: quadratic in what is kept).
  constexpr size_t kMaxCompared = 300;
  std::vector<std::string> heads(figs.size());
  std::map<std::string, std::vector<uint32_t>> by_category;
  for (uint32_t a = 0; a < figs.size(); ++a) {
    const Figure& fa = figs[a];
    if (fa.category == "other" || fa.vague || extra[a].update) continue;
    auto& list = by_category[fa.category];
    if (list.size() >= kMaxCompared) continue;
    list.push_back(a);
    heads[a] = head_of(fa.subject);
  }
  std::vector<std::pair<uint32_t, uint32_t>> pairs;
  for (const auto& entry : by_category) {
    const std::vector<uint32_t>& list = entry.second;
    for (size_t x = 0; x < list.size(); ++x) {
      const uint32_t a = list[x];
      const Figure& fa = figs[a];
      for (size_t y = x + 1; y < list.size(); ++y) {
        const uint32_t b = list[y];
        const Figure& fb = figs[b];
        if (fa.unit != fb.unit) continue;
        const std::string& ha = heads[a];
        const std::string& hb = heads[b];
        if (ha != hb && !generic_head(ha) && !generic_head(hb)) continue;
        // Sums of money conflict only when they say what they pay for, and it is the same:
        // a fine, a bribe and a contract are three sums, not three estimates of one.
        if (fa.category == "money" && (ha.empty() || ha != hb)) continue;
        // Refugees (across a border, often for years) and people evacuated or displaced at home
        // are two populations: a displaced count of refugees is compared with refugees only.
        if (fa.category == "displaced" && ha != hb && generic_head(ha) != generic_head(hb))
          continue;
        bool point_a = fa.qualifier == "exact" || fa.qualifier == "approx";
        bool point_b = fb.qualifier == "exact" || fb.qualifier == "approx";
        if (point_a && point_b) continue;  // two counts: often two moments or scopes
        if (!fa.time.empty() && !fb.time.empty() && fa.time != fb.time) continue;
        if (!fa.place.empty() && !fb.place.empty() && fa.place != fb.place) continue;
        if (fa.sentence == fb.sentence) continue;  // "30 killed, over 100 wounded" style lists
        // A running total ("more than 300 detained since the protests began") and one day's
        // count measure different spans of time.
        if (extra[a].cumulative != extra[b].cumulative) continue;
        if (!disjoint(interval_of(fa), interval_of(fb))) continue;
        // "Two aid workers were among the dead" beside "more than 400 people": a smaller count
        // of a named group is part of the total, not a rival figure.
        if (generic_head(ha) != generic_head(hb)) {
          const Interval ia = interval_of(fa), ib = interval_of(fb);
          const bool a_specific = !generic_head(ha);
          const Interval& specific = a_specific ? ia : ib;
          const Interval& total = a_specific ? ib : ia;
          if (specific.hi <= total.lo && extra[a_specific ? a : b].part) continue;
          // ("two refugees had died" beside "41 people": a small group, a tenth of the total
          // or less, is part of it even when the text does not say "among".)
          if (specific.hi * 10 <= total.lo) continue;
        }
        pairs.emplace_back(a, b);
        group[root(a)] = root(b);
      }
    }
  }
  // Conflicts are numbered in the order of their first figure, across categories.
  std::sort(pairs.begin(), pairs.end());
  std::vector<int> conflict_of(figs.size(), -1);
  for (auto [a, b] : pairs) {
    uint32_t r = root(a);
    if (conflict_of[r] < 0) {
      conflict_of[r] = static_cast<int>(doc->figure_conflicts.size());
      FigureConflict c;
      c.category = figs[a].category;
      doc->figure_conflicts.push_back(std::move(c));
    }
    FigureConflict& c = doc->figure_conflicts[static_cast<size_t>(conflict_of[r])];
    for (uint32_t x : {a, b})
      if (std::find(c.figures.begin(), c.figures.end(), x) == c.figures.end()) c.figures.push_back(x);
  }
  for (auto& c : doc->figure_conflicts) {
    std::sort(c.figures.begin(), c.figures.end());
    std::string why = "the article gives the " + c.category + " count as ";
    for (size_t i = 0; i < c.figures.size(); ++i) {
      const Figure& f = figs[c.figures[i]];
      if (i) why += i + 1 == c.figures.size() ? " and " : ", ";
      why += side(f);
      why += " ";
      why += f.qualifier == "range" ? format_number(f.low) + " and " + format_number(f.high)
                                    : format_number(f.value);
      why += " (\"" + f.text + "\")";
    }
    why += c.figures.size() == 2 ? ", which cannot both be true" : ", which cannot all be true";
    c.why = std::move(why);
  }
}

}  // namespace
}  // namespace figures

void extract_figures(Document* doc) {
  using namespace figures;
  if (!doc) return;
  doc->figures.clear();
  doc->figure_conflicts.clear();
  TimeAnchor anchor = make_anchor(doc->published);

  std::vector<PlaceMention> places;
  for (uint32_t e = 0; e < doc->entities.size(); ++e) {
    EntityType t = doc->entities[e].type;
    if (t != EntityType::kGpe && t != EntityType::kLoc && t != EntityType::kFac) continue;
    for (const Mention& m : doc->entities[e].mentions) {
      if (m.end <= doc->text.size() && m.start < m.end) places.push_back({m.start, m.end, m.sentence, e});
    }
  }
  std::sort(places.begin(), places.end(),
            [](const PlaceMention& a, const PlaceMention& b) { return a.start < b.start; });
  // NORP mentions tell that a counted noun is people ("880 Lebanese").
  std::vector<std::pair<uint32_t, uint32_t>> norp;
  for (const Entity& e : doc->entities) {
    if (e.type != EntityType::kNorp) continue;
    for (const Mention& m : e.mentions) norp.emplace_back(m.start, m.end);
  }

  std::vector<Extra> extra;
  SentenceWords w;
  std::vector<TimeExpr> times;
  std::vector<uint8_t> covered;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    if (!doc->is_fact_sentence(s)) continue;
    split_words(*doc, s, &w);
    // cheap first: a sentence without a digit or a number word has no figure
    bool any = false;
    for (size_t i = 0; i < w.size() && !any; ++i) any = may_start_quantity(w, i);
    if (!any) continue;
    times.clear();
    find_times(w, anchor, &times, &covered);
    int update = -1;  // computed on demand
    size_t prev_end = kNone;
    bool prev_unit = false;
    size_t last_duration = kNone;  // end of the last duration read in the sentence
    size_t last_counted = kNone;   // end of the last number read as a possible figure

    for (size_t i = 0; i < w.size(); ++i) {
      if (covered[i] || !may_start_quantity(w, i)) continue;
      bool between = i > 0 && w.is(i - 1, "between");
      Quantity q;
      if (!parse_quantity(w, i, &q, between)) continue;
      size_t qb = q.begin, qe = q.end;
      bool skip = q.clock || q.duration;
      for (size_t k = qb; k < qe && !skip; ++k) skip = covered[k];
      if (!skip && q.digits) {
        // (A multiplied amount is never a model number: "gave Faye 2.1 million votes".)
        // (Nor is an amount of money, a percentage or a number grouped in thousands: "fined
        // Deschamps 300,000 euros".)
        bool after_name = w.is_alpha(qb - 1) && w.upper(qb - 1);
        bool model = name_number(w, qb) && q.multiplier <= 1 &&
                     !(after_name && (q.currency[0] || q.percent ||
                                      w.lower(qb).find(',') != std::string_view::npos));
        skip = model || age_number(w, qb, qe) ||
               phone_like(w, qb, qe);
        // a glued letter run: "1st", "4G"
        if (!skip && w.is_alpha(qb + 1) && w.glued(qb + 1) && qe == qb + 1) skip = true;
        // numbered list items: "1." at sentence start
        if (!skip && qb == 0 && w.is(qe, ".") && w.glued(qe)) skip = true;
      }
      // wiki tables and markup: "|2||0", "<sup>25</sup>"
      if (!skip && ((qb > 0 && markup(w.lower(qb - 1))) || markup(w.lower(qe)))) skip = true;
      // compound modifiers: "five-storey", "nine-month-old", "a 12-point plan"
      if (!skip && w.is(qe, "-") && w.glued(qe) && w.glued(qe + 1) && w.is_alpha(qe + 1) &&
          !w.is(qe + 1, "plus") && !w.is(qe + 1, "odd"))
        skip = true;
      if (!skip && !q.digits && age_number(w, qb, qe)) skip = true;
      if (!skip && !q.percent && !q.currency[0] && ratio_number(w, qb)) skip = true;
      // a reading on a scale, not a count: "a magnitude 6.1 earthquake", "the 5.4 tremor",
      // "a 7.2-magnitude quake"
      if (!skip && q.digits && !q.percent && !q.currency[0] && !q.measure[0]) {
        std::string_view next = w.lower(qe);
        if (next == "-" && w.glued(qe)) next = w.lower(qe + 1);
        bool scale_reading = (qb > 0 && w.is(qb - 1, "magnitude")) || next == "magnitude" ||
                             next == "earthquake" || next == "quake" || next == "tremor" ||
                             next == "aftershock" || next == "richter";
        if (scale_reading) skip = true;
      }
      // a year that counts nothing: "the Wildlife Protection Act, 1972 lists jackals"
      if (!skip && q.digits && !q.percent && !q.currency[0] && !q.measure[0] && qe == qb + 1 &&
          w.is_digits(qb) && w.lower(qb).size() == 4 && q.value >= 1800 && q.value <= 2099 &&
          qb > 0 && w.is(qb - 1, ",")) {
        std::string_view next_pos = w.pos(qe);
        if (qe >= w.size() || w.is_punct(qe) || next_pos == "VERB" || next_pos == "AUX") skip = true;
        // a law's year: "Act, 1972", "Convention, 1951"
        std::string_view law = qb >= 2 ? w.lower(qb - 2) : std::string_view();
        if (qb >= 2 && w.upper(qb - 2) &&
            (law == "act" || law == "law" || law == "code" || law == "convention" || law == "treaty" ||
             law == "agreement" || law == "accord" || law == "declaration" || law == "ordinance" ||
             law == "rules" || law == "regulations" || law == "amendment" || law == "protocol" ||
             law == "constitution" || law == "charter" || law == "statute"))
          skip = true;
      }
      // conversions in brackets after a measured figure: "50 miles (80 km)"
      if (!skip && prev_unit && qb > 0 && w.is(qb - 1, "(") && prev_end != kNone &&
          qb - 1 <= prev_end + 1)
        skip = true;
      if (skip) {
        if (q.duration) last_duration = qe;
        i = std::max(i, qe - 1);
        continue;
      }

      const size_t counted_before = last_counted;
      last_counted = qe;
      // hedges
      size_t text_b = qb;
      const char* qualifier = q.range ? "range" : "exact";
      if (between && q.range) text_b = qb - 1;
      size_t hb;
      const char* h = hedge_before(w, qb, &hb);
      if (h && !q.range) {
        qualifier = h;
        text_b = hb;
        // "growth could reach 6.5 percent": a forecast of a rate, not an upper bound (the
        // upper estimate is for counts: "the toll could rise to 50")
        if (q.percent && (w.is(hb, "could") || w.is(hb, "may") || w.is(hb, "might")))
          qualifier = "exact";
        // "trapped under two overturned coaches", "served under two presidents": before a
        // small number in words that counts things, "under" is a preposition, not a hedge
        // (a measure keeps it: "from under eight metres of mud").
        if (std::string_view(h) == "under" && hb + 1 == qb && w.is(hb, "under") && !q.digits &&
            q.value <= 10 && !q.measure[0] && !q.percent && !(q.currency && *q.currency)) {
          qualifier = "exact";
          text_b = qb;
        }
      } else if (h && q.range && std::string_view(h) == "approx") {
        text_b = hb;  // "an estimated two to three hundred": still a range
      }
      size_t he = qe;
      if (const char* ha = hedge_after(w, qe, &he)) {
        if (!q.range) qualifier = ha;
      }
      size_t noun_start = std::max(q.noun, he);
      // "eight more people", "three other cyclists", "32,000 more deaths"
      while (w.is(noun_start, "more") || w.is(noun_start, "other") ||
             w.is(noun_start, "additional") || w.is(noun_start, "further"))
        ++noun_start;
      if (he > qe && w.is(noun_start, "of")) ++noun_start;
      // skip determiners after a partitive "of": "500 of the soldiers"
      if (q.partitive || noun_start > q.noun) {
        std::string_view d = w.lower(noun_start);
        if (d == "the" || d == "those" || d == "these" || d == "its" || d == "their" ||
            d == "his" || d == "her" || d == "our")
          ++noun_start;
      }
      Phrase np;
      if (!q.measure[0] && (!q.percent || q.partitive)) np = noun_phrase(w, noun_start);
      if (q.partitive && (w.is(noun_start, "them") || w.is(noun_start, "whom") ||
                          w.is(noun_start, "those"))) {
        // "four years in prison, two of them suspended": part of a duration, no count
        // (not when a count came between: "worked for 12 hours and pulled out 30 survivors,
        // five of them injured")
        if (last_duration != kNone && qb >= last_duration && qb - last_duration <= 6 &&
            (counted_before == kNone || counted_before <= last_duration)) {
          i = std::max(i, qe - 1);
          continue;
        }
        np = Phrase{noun_start, noun_start + 1};
      }
      // "180 people had been arrested and 170 officers injured": a cue participle that ends the
      // phrase is the cue, not part of the counted noun.
      if (!np.empty() && np.end - np.begin >= 2) {
        std::string_view lk = w.lower(np.end - 1);
        const Lex* ll = lookup(lk);
        if (has(ll, kCue) && !has(ll, kCueNoun) && ends_with(lk, "ed")) --np.end;
      }
      // "39 dead", "more than 300 missing": a cue adjective or participle alone after the number
      // is the cue, not a counted noun; opening a longer phrase ("212 injured people", "1,000
      // displaced families") it gives the phrase its category.
      const char* lead_cat = nullptr;
      if (!np.empty() && !q.percent) {
        std::string_view fk = w.lower(np.begin);
        const Lex* fl = lookup(fk);
        bool adjective = ends_with(fk, "ed") || fk == "dead" || fk == "missing" ||
                         fk == "homeless" || fk == "slain" || fk == "hurt";  // not "36 arrest warrants"
        if (adjective && has(fl, kCue) && !has(fl, kCueNoun) && !w.upper(np.begin)) {
          if (np.end - np.begin == 1) np = Phrase{};
          else lead_cat = cue_category(w, np.begin, q.currency[0] != 0);
        }
      }
      size_t text_e = np.empty() ? std::max(he, qe) : np.end;
      if (q.measure[0] || q.currency[0]) text_e = std::max(he, qe);
      // "left 12,000 people homeless", "found 31 miners dead": a cue adjective closing the
      // counted phrase after a noun of people states what happened to them; it stays in the
      // text and gives the category (read after the noun), it is no part of the noun.
      if (np.end >= np.begin + 2) {
        std::string_view lk = w.lower(np.end - 1);
        const Lex* ll = lookup(lk);
        bool adj = ends_with(lk, "ed") || lk == "dead" || lk == "missing" || lk == "homeless" ||
                   lk == "hurt";
        if (adj && has(ll, kCue) && !has(ll, kCueNoun) && has(lookup(w.lower(np.end - 2)), kPerson))
          np.end -= 1;
      }

      // category
      bool currency = q.currency[0] != 0;
      const char* category = nullptr;
      const char* noun_cat = nullptr;
      const char* deployed_noun = nullptr;
      bool person = false;
      if (!np.empty()) {
        for (size_t k = np.begin; k < np.end; ++k) {
          const Lex* lex = lookup(w.lower(k));
          if (has(lex, kCueNoun)) {
            std::string_view c = lex->category;
            if (c == "deployed") deployed_noun = lex->category;
            else if (!noun_cat) noun_cat = lex->category;
          }
        }
        size_t head = np.end - 1;
        std::string_view hk = w.lower(head);
        person = has(lookup(hk), kPerson) || (w.upper(head) && demonym(hk));
        // "four of whom were injured", "12 of them seriously": people when "whom" says so or
        // the noun they stand for, a few words back, counts people.
        if (!person && q.partitive && (hk == "whom" || hk == "them" || hk == "those")) {
          person = hk == "whom";
          for (size_t k = text_b; k-- > 0 && text_b - k <= 12 && !person;) {
            if (w.lower(k) == ".") break;
            person = has(lookup(w.lower(k)), kPerson);
          }
        }
        if (!person) {
          uint32_t hs = w[head].start;
          for (auto [b, e] : norp) person = person || (b <= hs && hs < e);
        }
        // (people categories only for people: not "two missing pieces")
        if (!noun_cat && lead_cat && std::string_view(lead_cat) != "money" &&
            std::string_view(lead_cat) != "deployed" && (person || !people_category(lead_cat)))
          noun_cat = lead_cat;
      }
      size_t after_at = kNone;
      bool after_over_count = false;
      // "dozens more were missing", "five more died": the cue comes after "more"
      size_t after_from = np.empty() ? std::max(he, qe) : np.end;
      if (np.empty() && !currency && !q.percent && !q.measure[0] &&
          (w.is(after_from, "more") || w.is(after_from, "additional") ||
           w.is(after_from, "further"))) {
        ++after_from;
        if (text_e == std::max(he, qe)) text_e = after_from;
      }
      const char* after = cue_after(w, after_from, currency, &after_at, &after_over_count);
      // "Eight people, including two Ecuadorean nationals and the owner of a company, were
      // arrested": the cue after a parenthetical part set off by commas is the count's own.
      if (!after && person && w.is(after_from, ",") &&
          (w.is(after_from + 1, "including") || w.is(after_from + 1, "among"))) {
        for (size_t k = after_from + 2; k < w.size() && k < after_from + 30; ++k) {
          if (w.is(k, ".") || w.is(k, ";")) break;
          if (!w.is(k, ",")) continue;
          size_t at2 = kNone;
          bool over2 = false;
          const char* c = cue_after(w, k + 1, currency, &at2, &over2);
          if (c && !over2 && at2 <= k + 4) after = c;  // (not "..., 24 officers were hurt")
          break;
        }
      }
      // "police arrested 87 people and 24 officers were injured": a cue verb right before the
      // number outweighs the cue of the next count.
      const char* before_first = after && after_over_count ? cue_before(w, text_b, currency) : nullptr;
      if (before_first) after = nullptr;
      if (currency) {
        category = "money";
      } else if (noun_cat && std::string_view(noun_cat) == "arrested" &&
                 (released_before(w, text_b) || released_after(w, np.empty() ? qe : np.end))) {
        // "exchanged 157 prisoners of war", "release 250 detainees": a release or a swap of
        // prisoners is no count of arrests.
        category = nullptr;
      } else if (noun_cat && !(after && status_noun_outlived(noun_cat, after))) {
        category = noun_cat;
      } else if (before_first) {
        category = before_first;
      } else if (after) {
        category = after;
        // a participle right after the phrase belongs to the figure's text: "people displaced",
        // "39 dead"
        if (after_at == text_e && has(lookup(w.lower(after_at)), kCue)) text_e = after_at + 1;
        // ... and, for a bare number in digits, over auxiliaries and adverbs before it: "112 had
        // been injured" (as the news golds write such counts; "millions", "twenty people" and
        // counted nouns keep their short texts, as the Wikinews table writes them).
        if (np.empty() && q.digits && after_at > text_e && after_at <= text_e + 4 &&
            has(lookup(w.lower(after_at)), kCue)) {
          bool between = true;
          for (size_t k = text_e; k < after_at && between; ++k)
            between = (has(lookup(w.lower(k)), kAux) && !w.is(k, "being")) || adverb(w, k) ||
                      w.is(k, "still") || w.is(k, "now");
          if (between) text_e = after_at + 1;
        }
      } else if (const char* before = cue_before(w, text_b, currency)) {
        category = before;
      } else if (deployed_noun && !released_after(w, np.empty() ? qe : np.end) &&
                 !released_before(w, text_b)) {
        category = deployed_noun;
      } else if (deployed_noun) {
        category = nullptr;  // soldiers freed in an exchange were not deployed
      } else if (!np.empty()) {
        category = cue_window(w, text_b, text_e, currency);
      }
      if (q.percent && !currency) category = noun_cat;
      if (q.measure[0] && category && std::string_view(category) != "money") category = nullptr;
      // Casualty, arrest and displacement counts count people: a cue found near "five
      // strategic points" belongs to something else.
      if (category && !noun_cat && !np.empty() && !person && people_category(category)) {
        category = deployed_noun;
      }
      // "30 patients were sent home", "sent back": a return, not a deployment.
      if (category && std::string_view(category) == "deployed") {
        size_t from = text_b >= 4 ? text_b - 4 : 0;
        for (size_t k = from; k + 1 < w.size() && k < text_e + 5; ++k) {
          std::string_view v = w.lower(k), n = w.lower(k + 1);
          if ((v == "sent" || v == "send" || v == "sending" || v == "sends") &&
              (n == "home" || n == "back" || n == "away")) {
            category = nullptr;
            break;
          }
        }
      }
      if (!category) category = "other";
      // "23 people were wounded, including four soldiers", "80,000 police had been deployed,
      // including 6,000 in Paris", "the 87 people arrested included 32 in the capital": a part
      // of a count of people just given has its category, also when the part is elliptical or
      // its noun (soldiers) would say deployed.
      bool part_of_prev = false;
      if (!currency && !q.percent && !q.measure[0] && !doc->figures.empty() &&
          doc->figures.back().sentence == s && doc->figures.back().unit == "people" &&
          text_b >= 1 &&
          (w.is(text_b - 1, "including") || w.is(text_b - 1, "included") ||
           w.is(text_b - 1, "includes") || w.is(text_b - 1, "include")) &&
          (np.empty() || w.is(np.begin, "in") || person) &&
          (std::string_view(category) == "other" || (deployed_noun && category == deployed_noun))) {
        static const char* const kKinds[] = {"killed",  "injured", "arrested", "displaced",
                                             "missing", "deployed", "other"};
        for (const char* c : kKinds)
          if (doc->figures.back().category == c) category = c;
        part_of_prev = true;
      }
      // "killed at least 42 Palestinians, including 11 children", "30 people, among them 12
      // women": a part of the count just given has its category.
      if (std::string_view(category) == "other" && person && !doc->figures.empty() &&
          doc->figures.back().sentence == s && text_b >= 1 &&
          (w.is(text_b - 1, "including") ||
           (text_b >= 2 && w.is(text_b - 2, "among") &&
            (w.is(text_b - 1, "them") || w.is(text_b - 1, "whom"))) ||
           // "212 injured people ..., 18 of them in critical condition"
           (q.partitive && !np.empty() && np.end == np.begin + 1 &&
            (w.is(np.begin, "them") || w.is(np.begin, "whom"))))) {
        static const char* const kPeople[] = {"killed", "injured", "arrested", "displaced",
                                              "missing", "deployed"};
        for (const char* c : kPeople)
          if (doc->figures.back().category == c) category = c;
      }
      std::string_view cat = category;
      bool casualty = cat == "killed" || cat == "injured";

      // vague and indefinite quantities
      if (q.vague && (q.measure[0] || q.duration)) continue;
      if (q.vague && !np.empty() && has(lookup(w.lower(np.end - 1)), kTimeUnit | kMeasure)) continue;
      if (q.indefinite && !casualty) continue;
      // "More than 70 people were wounded, many of them critically": an indefinite part of a
      // count just given is no count of its own.
      if (q.indefinite && q.partitive && !np.empty() && np.end == np.begin + 1 &&
          (w.is(np.begin, "them") || w.is(np.begin, "whom") || w.is(np.begin, "those")))
        continue;
      if (q.indefinite && !q.partitive && np.empty() && !after) continue;
      if (q.bare_one) {
        std::string_view p = qb > 0 ? w.lower(qb - 1) : std::string_view();
        bool pronoun = w.is(qe, "of") || w.is(qe, "another") || p == "no" || p == "any" ||
                       p == "the" || p == "each" || p == "every" || p == "this" ||
                       p == "that" || p == "which" || p == "someone";
        // "one official said": a single person counts only as a casualty, an arrest, ...,
        // or when hedged ("at least one unvaccinated person").
        bool hedged = std::string_view(qualifier) != "exact";
        // "every family had to send one person": one person sent is no deployment.
        if (pronoun || (cat == "other" && (!person || !hedged)) ||
            (cat == "deployed" && !deployed_noun)) {
          i = std::max(i, qe - 1);
          continue;
        }
      }
      if (!np.empty() && has(lookup(w.lower(np.begin)), kTimeUnit)) {
        i = std::max(i, qe - 1);
        continue;
      }

      // deployments count people (troops) sent somewhere, not ballots "sent out"
      // (or military craft: "would send two additional patrol ships", "deployed 12 warships")
      bool craft = false;
      if (!np.empty()) {
        std::string_view hk = w.lower(np.end - 1);
        craft = hk == "ships" || hk == "warships" || hk == "vessels" || hk == "boats" ||
                hk == "aircraft" || hk == "jets" || hk == "helicopters" || hk == "tanks" ||
                hk == "frigates" || hk == "destroyers" || hk == "submarines" ||
                hk == "carriers" || hk == "bombers" || hk == "fighter" || hk == "drones";
      }
      if (cat == "deployed" && !deployed_noun && !person && !part_of_prev && !craft) {
        category = "other";
        cat = category;
      }
      // a bare number that counts nothing we can name ("only 27 have ratified", "He was 86")
      bool counted = !np.empty() || q.percent || currency || q.measure[0] || cat != "other" ||
                     part_of_prev;
      // "The number of serious train accidents fell from 135 in 2014-15 to 40": a number the
      // change of "the number of X" goes from, to or by counts X.
      if (!counted && qb >= 2 && (w.is(qb - 1, "from") || w.is(qb - 1, "to") || w.is(qb - 1, "by"))) {
        for (size_t k = qb - 1; k-- > 0 && qb - k <= 16;) {
          if (w.is(k, ".") || w.is(k, ";")) break;
          if (w.is(k, "number") && w.is(k + 1, "of")) {
            counted = true;
            break;
          }
        }
      }
      // "the two countries", "the two allies", "the three Italians": a small number after
      // "the" refers back to things already counted; it is no new figure.
      if (counted && cat == "other" && !q.digits && !q.percent && !currency && !q.measure[0] &&
          !q.range && !q.vague && q.value >= 2 && q.value <= 10 && text_b == qb && qb >= 1 &&
          w.is(qb - 1, "the")) {
        i = std::max(i, qe - 1);
        continue;
      }
      // "living between two armies": a small number in words after "between" (no range)
      // names the sides of something, no count; "about 30 times": a ratio or a repetition.
      if (counted && cat == "other" && !q.digits && !q.percent && !currency && !q.measure[0] &&
          !q.range && q.value <= 10 && qb >= 1 && text_b == qb && w.is(qb - 1, "between")) {
        i = std::max(i, qe - 1);
        continue;
      }
      if (cat == "other" && !np.empty() && np.end == np.begin + 1 && w.is(np.begin, "times")) {
        i = std::max(i, qe - 1);
        continue;
      }
      // "Two officials at the commission, speaking on condition of anonymity", "Two people
      // familiar with the matter": the sources of a report are no count of the news.
      if (counted && cat == "other" && q.value <= 10 && !q.percent && !currency &&
          (person || (!np.empty() && has(lookup(w.lower(np.begin)), kPerson))) &&
          (text_b == 0 || (text_b == 1 && w.is_punct(0)))) {
        bool source = false;
        for (size_t k = qe; k < w.size() && k < qe + 12 && !source; ++k) {
          source = w.is(k, "familiar") ||
                   ((w.is(k, "speaking") || w.is(k, "spoke")) &&
                    (w.is(k + 1, "on") || w.is(k + 1, "anonymously"))) ||
                   (w.is(k, "who") && (w.is(k + 1, "asked") || w.is(k + 1, "declined") ||
                                       w.is(k + 1, "requested")));
        }
        if (source) {
          i = std::max(i, qe - 1);
          continue;
        }
      }
      // "put turnout at 282,000", "put the number of missing at \"up to 90\"": a bare number
      // after "at" gives the count a noun before it names.
      bool people_at = false;
      if (!counted && np.empty() && text_b >= 2 &&
          (w.is(text_b - 1, "at") ||
           ((w.is(text_b - 1, "\"") || w.is(text_b - 1, "\xE2\x80\x9C")) && w.is(text_b - 2, "at")))) {
        size_t at = w.is(text_b - 1, "at") ? text_b - 1 : text_b - 2;
        for (size_t k = at; k-- > 0 && at - k <= 5;) {
          if (w.is_punct(k)) break;
          if (w.is(k, "turnout") || w.is(k, "crowd") || w.is(k, "crowds") ||
              w.is(k, "attendance")) {
            counted = people_at = true;
            break;
          }
          if (w.is(k, "number") && w.is(k + 1, "of") && k + 2 < at) {
            if (const char* c = cue_category(w, k + 2, false)) {
              if (people_category(c)) {
                category = c;
                cat = category;
                counted = people_at = true;
              }
            }
            break;
          }
        }
      }
      // "a country of 8.6 million", "a city of about 730,000": a bare number after a
      // settlement or country noun and "of" is its population.
      if (!counted && np.empty() && !q.percent && !currency && !q.measure[0] && text_b >= 3 &&
          w.is(text_b - 1, "of") &&
          (w.is(text_b - 3, "a") || w.is(text_b - 3, "an") || w.is(text_b - 3, "the")) &&
          (w.is(text_b - 2, "country") || w.is(text_b - 2, "city") || w.is(text_b - 2, "nation") ||
           w.is(text_b - 2, "town") || w.is(text_b - 2, "province") || w.is(text_b - 2, "island") ||
           w.is(text_b - 2, "state") || w.is(text_b - 2, "village") || w.is(text_b - 2, "district") ||
           w.is(text_b - 2, "region") || w.is(text_b - 2, "territory"))) {
        counted = people_at = true;
      }
      if (!counted) {
        i = std::max(i, qe - 1);
        continue;
      }
      // "The survey of 1,104 adults had a margin of error of three percentage points": a poll's
      // sample of people and its margin of error describe the method, not the news ("a survey
      // of hundreds of stars" stays).
      if (cat == "other" && !currency && text_b >= 2 && w.is(text_b - 1, "of") &&
          (((w.is(text_b - 2, "survey") || w.is(text_b - 2, "poll") || w.is(text_b - 2, "sample")) &&
            person && !q.vague) ||
           (text_b >= 4 && w.is(text_b - 2, "error") && w.is(text_b - 3, "of") &&
            w.is(text_b - 4, "margin")))) {
        i = std::max(i, qe - 1);
        continue;
      }
      // "two ways", "his four sons", "six separate catacombs", "three successive runs", "five
      // grades": a small exact count that no cue makes a toll, an arrest, a displacement, a
      // deployment or money counts nothing the story reports; an analyst lists none of them
      // (a hedge keeps it: "at least four other former ministers"; so do a part of a count
      // just given, a crowd and a population).
      if (cat == "other" && !currency && !q.percent && !q.measure[0] && !q.range && !q.vague &&
          std::string_view(qualifier) == "exact" && q.value <= 10 && !part_of_prev && !people_at) {
        i = std::max(i, qe - 1);
        continue;
      }

      // An elliptical part names itself by what follows: "including 19 with gunshot wounds",
      // "6,000 in Paris", "32 in the capital".
      if (part_of_prev && np.empty() && text_e == qe &&
          (w.is(qe, "in") || w.is(qe, "with") || w.is(qe, "from") || w.is(qe, "at"))) {
        size_t b2 = qe + 1;
        if (w.is(b2, "the") || w.is(b2, "a")) ++b2;
        Phrase tail = noun_phrase(w, b2);
        if (!tail.empty() && tail.end - tail.begin <= 4) text_e = tail.end;
      }
      Figure f;
      f.start = w[text_b].start;
      f.end = w[text_e - 1].end;
      f.text = std::string(doc->slice(f.start, f.end));
      f.value = q.value;
      f.low = q.range || q.vague ? q.low : q.value;
      f.high = q.range || q.vague ? q.high : q.value;
      if (q.vague) f.low = std::min(f.low, f.value), f.high = std::max(f.high, f.value);
      f.qualifier = qualifier;
      if (q.vague && f.qualifier == "exact") f.qualifier = "approx";
      f.vague = q.vague;
      f.category = category;
      if (currency) f.unit = q.currency;
      else if (q.percent) f.unit = "percent";
      else if (q.measure[0]) f.unit = q.measure;
      else if (person || part_of_prev || people_at ||
               (np.empty() && cat != "other" && cat != "destroyed"))
        f.unit = "people";
      if (!np.empty()) {
        f.subject = std::string(doc->slice(w[np.begin].start, w[np.end - 1].end));
        if (f.unit.empty()) {
          size_t ub = np.begin;
          while (ub + 1 < np.end && w.upper(ub)) ++ub;
          f.unit = std::string(doc->slice(w[ub].start, w[np.end - 1].end));
        }
      }
      f.sentence = s;
      if (!times.empty()) f.time = times.front().value.empty() ? times.front().text : times.front().value;
      f.place = find_place(*doc, w, places);
      f.source = trim_punct(find_source(*doc, w, text_b, text_e));
      if (update < 0) update = sentence_says_update(w) ? 1 : 0;
      doc->figures.push_back(std::move(f));
      extra.push_back({update == 1, sentence_says_cumulative(w), sentence_says_part(w)});
      prev_end = text_e - 1;
      // ("105 nautical miles (195 km)": a measure word closing the phrase is a unit too)
      prev_unit = q.measure[0] || currency ||
                  (!np.empty() && has(lookup(w.lower(np.end - 1)), kMeasure));
      i = std::max(i, std::max(qe, he) - 1);
    }
  }
  find_conflicts(doc, extra);
}

}  // namespace factwire
