#include "figures/numbers.h"

#include <cmath>

#include "figures/lexicon.h"

namespace factwire::figures {

namespace {

bool is_dash(std::string_view k) {
  return k == "-" || k == "\xE2\x80\x93" /* – */ || k == "\xE2\x80\x94" /* — */;
}

// A country's letters written apart from the dollar sign, in capitals ("NZ $ 26 million"):
// only the multi-letter prefixes, so that "A $5 fee" stays an article and five dollars.
bool spaced_dollar_prefix(const SentenceWords& w, size_t i) {
  if (!w.is_alpha(i) || !w.is(i + 1, "$") || w.glued(i + 1) || !w.upper(i)) return false;
  std::string_view k = w.lower(i);
  return k == "us" || k == "au" || k == "nz" || k == "hk" || k == "cdn";
}

const char* currency_prefix(const SentenceWords& w, size_t i, size_t* next) {
  std::string_view k = w.lower(i);
  // "US$", "A$", "HK$": letters glued to a dollar sign.
  if (w.is_alpha(i) && w.is(i + 1, "$") && (w.glued(i + 1) || spaced_dollar_prefix(w, i))) {
    *next = i + 2;
    if (k == "us") return "USD";
    if (k == "a" || k == "au") return "AUD";
    if (k == "c" || k == "ca" || k == "cdn" || k == "can") return "CAD";
    if (k == "hk") return "HKD";
    if (k == "nz") return "NZD";
    if (k == "s") return "SGD";
    return "USD";
  }
  // "Sh4.2 billion", "KSh 500": the shilling's prefix (Kenya's wire style), glued or spaced.
  if (w.is_alpha(i) && w.is_digits(i + 1) && (k == "sh" || k == "ksh" || k == "tsh" || k == "ush") &&
      !w.is(i + 2, "%")) {
    *next = i + 1;
    if (k == "tsh") return "TZS";
    if (k == "ush") return "UGX";
    return "KES";
  }
  const Lex* lex = lookup(k);
  if (has(lex, kCurrency)) {
    // symbols ("$5") or ISO codes written before the number ("USD 5", "EUR 5")
    if (w.is_punct(i) || k.size() == 3) {
      if (w.is_digits(i + 1) || has(lookup(w.lower(i + 1)), kNumberWord)) {
        *next = i + 1;
        return lex->code;
      }
    }
  }
  return nullptr;
}

struct Simple {
  size_t end = 0;
  double value = 0;
  double multiplier = 1;
  bool digits = false, vague = false, indefinite = false, fraction = false, bare_one = false;
  bool clock = false;
  double low = 0, high = 0;
};

// Multiplier words after a number: "million", "thousand", "hundred thousand".
void apply_multipliers(const SentenceWords& w, size_t* k, double* current, double* total,
                       double* largest) {
  while (true) {
    const Lex* lex = lookup(w.lower(*k));
    if (!has(lex, kMultiplier) || !w.is_alpha(*k)) break;
    double m = lex->value;
    if (m == 100 || m == 12) {
      *current *= m;
    } else {
      *total += *current * m;
      *current = 0;
    }
    if (m > *largest) *largest = m;
    ++*k;
  }
}

// Number words: "twenty-five", "three hundred and fifty", "one million".
bool parse_words(const SentenceWords& w, size_t i, Simple* s) {
  double total = 0, current = 0, largest = 1;
  size_t k = i;
  bool any = false;
  size_t words = 0;
  while (k < w.size()) {
    const Lex* lex = lookup(w.lower(k));
    if (has(lex, kNumberWord) && w.is_alpha(k)) {
      if (any && current > 0 && fmod(current, 100) != 0 && current < 100) break;  // "one two"
      double v = lex->value;
      // "twenty-five"
      if (v >= 20 && v < 100 && is_dash(w.lower(k + 1)) && w.glued(k + 1) && w.glued(k + 2)) {
        const Lex* u = lookup(w.lower(k + 2));
        if (has(u, kNumberWord) && u->value < 10 && u->value > 0) {
          v += u->value;
          k += 2;
        }
      }
      current += v;
      any = true;
      ++k;
      ++words;
      continue;
    }
    if (any && has(lex, kMultiplier) && w.is_alpha(k)) {
      apply_multipliers(w, &k, &current, &total, &largest);
      continue;
    }
    if (any && w.is(k, "and") && (current >= 100 || total > 0) &&
        has(lookup(w.lower(k + 1)), kNumberWord)) {
      ++k;
      continue;
    }
    break;
  }
  if (!any) return false;
  s->end = k;
  s->value = total + current;
  s->multiplier = largest;
  s->bare_one = (words == 1 && s->value == 1 && largest == 1);
  return true;
}

bool parse_simple(const SentenceWords& w, size_t i, Simple* s) {
  std::string_view k = w.lower(i);
  if (w.is_digits(i)) {
    double v;
    if (!digits_value(w.text(i), &v)) return false;
    s->digits = true;
    size_t j = i + 1;
    // glued letters: ordinals ("1st"), decades ("1990s"), codes ("4G", "747s")
    if (w.is_alpha(j) && w.glued(j)) {
      const Lex* lex = lookup(w.lower(j));
      if (!has(lex, kMultiplier | kMeasure | kTimeUnit | kCurrency)) return false;
    }
    double total = 0, current = v, largest = 1;
    apply_multipliers(w, &j, &current, &total, &largest);
    s->value = total + current;
    s->multiplier = largest;
    s->end = j;
    return true;
  }
  if (w[i].kind == WordKind::kClock) {
    s->clock = true;
    s->end = i + 1;
    return true;
  }
  if (!w.is_alpha(i)) return false;
  const Lex* lex = lookup(k);
  // "a million", "a dozen", "a hundred thousand", "a few", "a third of"
  if (k == "a" || k == "an") {
    const Lex* next = lookup(w.lower(i + 1));
    if (has(next, kMultiplier)) {
      double total = 0, current = 1, largest = 1;
      size_t j = i + 1;
      apply_multipliers(w, &j, &current, &total, &largest);
      s->value = total + current;
      s->multiplier = largest;
      s->end = j;
      return true;
    }
    if (w.is(i + 1, "few")) {
      size_t j = i + 2;
      const Lex* m = lookup(w.lower(j));
      if (has(m, kMultiplier)) {  // "a few hundred"
        s->value = 3 * m->value;
        s->low = 2 * m->value;
        s->high = 9 * m->value;
        s->vague = true;
        s->multiplier = m->value;
        s->end = j + 1;
        return true;
      }
      s->value = 3;
      s->low = 2;
      s->high = 5;
      s->vague = s->indefinite = true;
      s->end = j;
      return true;
    }
    if (has(next, kFractionWord) && w.is(i + 2, "of") && !w.is(i + 1, "half")) {
      s->value = next->value;
      s->fraction = true;
      s->end = i + 2;
      return true;
    }
    return false;
  }
  if (k == "half") {
    if ((w.is(i + 1, "a") || w.is(i + 1, "an")) && has(lookup(w.lower(i + 2)), kMultiplier)) {
      double total = 0, current = 0.5, largest = 1;
      size_t j = i + 2;
      apply_multipliers(w, &j, &current, &total, &largest);
      s->value = total + current;
      s->multiplier = largest;
      s->end = j;
      return true;
    }
    if (w.is(i + 1, "of") || w.is(i + 1, "the") || w.is(i + 1, "its") || w.is(i + 1, "their")) {
      s->value = 0.5;
      s->fraction = true;
      s->end = i + 1;
      return true;
    }
    return false;
  }
  // "tens of thousands", "hundreds of thousands"
  if ((k == "tens" || k == "hundreds") && w.is(i + 1, "of")) {
    const Lex* m = lookup(w.lower(i + 2));
    if (has(m, kVague) && !has(m, kIndefinite) && m->value >= 1000) {
      double base = (k == "tens" ? 10 : 100) * m->value;
      s->value = base;
      s->low = 2 * base;
      s->high = 10 * base - 1;
      s->vague = true;
      s->multiplier = m->value;
      s->end = i + 3;
      return true;
    }
  }
  if (has(lex, kVague) && lex->value > 0) {
    if (k == "few") return false;  // only "a few"
    // "several hundred", "many thousands", "several dozen"
    const Lex* m = lookup(w.lower(i + 1));
    if (has(lex, kIndefinite) && (has(m, kMultiplier) || (has(m, kVague) && !has(m, kIndefinite)))) {
      double unit = m->value;
      s->value = 3 * unit;
      s->low = 2 * unit;
      s->high = 9 * unit;
      if (k == "many") s->value = unit;  // "many thousands" as "thousands"
      s->vague = true;
      s->multiplier = unit;
      s->end = i + 2;
      return true;
    }
    s->value = lex->value;
    s->low = lex->low;
    s->high = lex->high;
    s->vague = true;
    s->indefinite = has(lex, kIndefinite);
    s->end = i + 1;
    return true;
  }
  if (has(lex, kNumberWord)) {
    // fractions: "two-thirds", "two thirds", "one quarter"
    size_t j = i + 1;
    if (is_dash(w.lower(j)) && w.glued(j) && w.glued(j + 1)) ++j;
    const Lex* f = lookup(w.lower(j));
    if (has(f, kFractionWord) && lex->value < 10 && !w.is(j, "half")) {
      s->value = lex->value * f->value;
      s->fraction = true;
      s->end = j + 1;
      return true;
    }
    return parse_words(w, i, s);
  }
  return false;
}

// Currency, percent, measure or time unit right after a number at word k.
void read_suffix(const SentenceWords& w, Quantity* q, size_t* k, bool currency_symbol) {
  std::string_view key = w.lower(*k);
  // "$5m", "$2bn", "$300k"
  if (currency_symbol && w.is_alpha(*k) && w.glued(*k)) {
    double m = key == "m" ? 1e6 : key == "bn" || key == "b" ? 1e9 : key == "k" ? 1e3 : 0;
    if (m > 0) {
      q->value *= m;
      q->multiplier = m;
      ++*k;
      key = w.lower(*k);
    }
  }
  if (key == "%") {
    q->percent = true;
    ++*k;
    return;
  }
  if (key == "percent" || key == "pct" || key == "percentage") {
    q->percent = true;
    ++*k;
    if (w.is(*k, "points")) ++*k;
    return;
  }
  if (key == "per" && w.is(*k + 1, "cent")) {
    q->percent = true;
    *k += 2;
    return;
  }
  const Lex* lex = lookup(key);
  if (!w.is_alpha(*k)) return;
  // "17.4 billion pounds", "5,000 pounds sterling": money; "200 pounds" stays a weight.
  if ((key == "pounds" || key == "pound") && !*q->currency &&
      (q->multiplier >= 1e6 || w.is(*k + 1, "sterling") ||
       // "pledged 250,000 pounds in emergency aid": money given in aid or funding
       (w.is(*k + 1, "in") &&
        (w.is(*k + 2, "aid") || w.is(*k + 2, "funding") || w.is(*k + 2, "compensation") ||
         w.is(*k + 2, "damages") || w.is(*k + 2, "grants") || w.is(*k + 2, "fines") ||
         w.is(*k + 3, "aid") || w.is(*k + 3, "funding"))))) {
    q->currency = "GBP";
    ++*k;
    if (w.is(*k, "sterling")) ++*k;
    return;
  }
  // "10 million Egyptian pounds", "500 Sudanese pounds": a country's pound is money at any size.
  if (!*q->currency && (w.is(*k + 1, "pounds") || w.is(*k + 1, "pound"))) {
    const char* code = key == "egyptian" ? "EGP" : key == "sudanese" ? "SDG" :
                       key == "lebanese" ? "LBP" : key == "syrian" ? "SYP" : nullptr;
    if (code) {
      q->currency = code;
      *k += 2;
      return;
    }
  }
  if (has(lex, kCurrency) && !*q->currency) {
    q->currency = lex->code;
    ++*k;
    return;
  }
  // "US dollars", "Hong Kong dollars" (only "us" handled)
  if (key == "us" && has(lookup(w.lower(*k + 1)), kCurrency)) {
    q->currency = "USD";
    *k += 2;
    return;
  }
  // A country's adjective before a currency word names whose it is: "8 million Swiss francs",
  // "500 Canadian dollars", "200 CFA francs", "Hong Kong dollars", "Jordanian dinars"; an
  // adjective not listed keeps the word's own code (the category is money either way).
  if (!*q->currency && w.upper(*k) && w.is_alpha(*k)) {
    size_t c = *k + 1;
    if (w.upper(c) && w.is_alpha(c) && !has(lookup(w.lower(c)), kCurrency)) ++c;  // "Hong Kong"
    const Lex* cur = lookup(w.lower(c));
    if (has(cur, kCurrency) && w.is_alpha(c) && !w.upper(c)) {
      static const struct { const char* adj; const char* code; } kWhose[] = {
          {"canadian", "CAD"}, {"australian", "AUD"}, {"hong", "HKD"}, {"singapore", "SGD"},
          {"taiwan", "TWD"}, {"american", "USD"}, {"zimbabwean", "ZWL"}, {"swiss", "CHF"},
          {"cfa", "XOF"}, {"congolese", "CDF"}, {"rwandan", "RWF"}, {"burundian", "BIF"},
          {"guinean", "GNF"}, {"jamaican", "JMD"}, {"liberian", "LRD"}, {"namibian", "NAD"},
          {"jordanian", "JOD"}, {"kuwaiti", "KWD"}, {"algerian", "DZD"}, {"tunisian", "TND"},
          {"libyan", "LYD"}, {"iraqi", "IQD"}, {"serbian", "RSD"}, {"argentine", "ARS"},
          {"argentinian", "ARS"}, {"colombian", "COP"}, {"chilean", "CLP"}, {"mexican", "MXN"},
          {"philippine", "PHP"}, {"cuban", "CUP"}, {"uruguayan", "UYU"}, {"kenyan", "KES"},
          {"ugandan", "UGX"}, {"tanzanian", "TZS"}, {"somali", "SOS"}, {"pakistani", "PKR"},
          {"nepali", "NPR"}, {"nepalese", "NPR"}, {"sri", "LKR"}, {"egyptian", "EGP"},
          {"sudanese", "SDG"}, {"syrian", "SYP"}, {"lebanese", "LBP"}, {"saudi", "SAR"},
          {"qatari", "QAR"}, {"omani", "OMR"}, {"iranian", "IRR"}, {"yemeni", "YER"}};
      const char* code = cur->code;
      for (const auto& x : kWhose)
        if (key == x.adj) code = x.code;
      q->currency = code;
      *k = c + 1;
      return;
    }
  }
  if (key == "square" || key == "sq") {
    const Lex* u = lookup(w.lower(*k + 1));
    if (w.is(*k + 1, ".")) u = lookup(w.lower(*k + 2)), ++*k;
    if (has(u, kMeasure)) {
      std::string_view c = u->code;
      q->measure = c == "mi" ? "sq mi" : c == "m" ? "m2" : c == "ft" ? "sq ft" : "km2";
      *k += 2;
      return;
    }
  }
  if (has(lex, kMeasure)) {
    // "light years"
    if (key == "light" && !w.is(*k + 1, "years")) return;
    q->measure = lex->code;
    *k += key == "light" ? 2 : 1;
    // "km2", "km/h"
    if (w.is(*k, "/") && w.glued(*k)) {
      q->measure = "speed";
      *k += 2;
    }
    // "210 kilometres per hour", "80 miles an hour"
    if ((w.is(*k, "per") || w.is(*k, "an") || w.is(*k, "a")) && w.is(*k + 1, "hour") &&
        (std::string_view(q->measure) == "km" || std::string_view(q->measure) == "mi")) {
      q->measure = "speed";
      *k += 2;
    }
    return;
  }
  if (has(lex, kTimeUnit)) {
    if (std::string_view(lex->code) == "clock") q->clock = true;
    else q->duration = true;
    ++*k;
    return;
  }
  // "three-day", "79-year-old": a glued hyphen then a time unit
  if (is_dash(key) && w.glued(*k) && w.glued(*k + 1)) {
    const Lex* u = lookup(w.lower(*k + 1));
    if (has(u, kTimeUnit)) {
      q->duration = true;
      *k += 2;
    } else if (has(u, kMeasure)) {
      q->measure = u->code;
      *k += 2;
    }
  }
}

bool parse_one(const SentenceWords& w, size_t i, Quantity* q) {
  size_t j = i;
  const char* cur = currency_prefix(w, i, &j);
  Simple s;
  if (!parse_simple(w, j, &s)) return false;
  q->begin = i;
  q->value = s.value;
  q->low = s.vague ? s.low : s.value;
  q->high = s.vague ? s.high : s.value;
  q->multiplier = s.multiplier;
  q->digits = s.digits;
  q->vague = s.vague;
  q->indefinite = s.indefinite;
  q->bare_one = s.bare_one;
  q->clock = s.clock;
  q->currency = cur ? cur : "";
  if (s.fraction) {
    q->percent = true;
    q->value = q->low = q->high = std::round(s.value * 10000) / 100;
  }
  size_t k = s.end;
  if (!s.clock && !s.fraction) read_suffix(w, q, &k, cur != nullptr);
  if (q->vague && !q->currency[0]) {
    q->low = s.low;
    q->high = s.high;
  }
  q->end = k;
  q->noun = k;
  return true;
}

}  // namespace

bool may_start_quantity(const SentenceWords& w, size_t i) {
  if (i >= w.size()) return false;
  if (w.is_digits(i)) return true;
  std::string_view k = w.lower(i);
  if (w.is_punct(i)) return has(lookup(k), kCurrency);
  if ((k == "sh" || k == "ksh" || k == "tsh" || k == "ush") && w.is_digits(i + 1)) return true;
  // "US$5", "A$ 3 billion", "NZ $ 26 million"
  if (w.is(i + 1, "$") && (w.glued(i + 1) || spaced_dollar_prefix(w, i))) return true;
  if (k == "a" || k == "an") {
    const Lex* n = lookup(w.lower(i + 1));
    return has(n, kMultiplier | kFractionWord) || w.is(i + 1, "few");
  }
  if (k == "half" || k == "tens") return true;
  const Lex* lex = lookup(k);
  if (has(lex, kNumberWord | kVague)) return true;
  // "USD 5"
  return has(lex, kCurrency) && k.size() == 3;
}

// "scored 7 in 10 games", "arrested 25 in 300 raids": N of M tries or events counted, no
// proportion of a population ("one in five Kenyans", "1 in 10 cases" stay proportions).
static bool counted_tries(const SentenceWords& w, size_t begin, size_t m_end) {
  static constexpr std::string_view kTries[] = {
      "games", "matches", "raids", "appearances", "starts", "attempts", "shots", "races",
      "outings", "fixtures", "innings", "operations", "tries", "tests", "trips", "visits"};
  if (m_end < w.size())
    for (std::string_view t : kTries)
      if (w.lower(m_end) == t) return true;
  if (begin > 0) {
    std::string_view v = w.lower(begin - 1);
    if (v == "scored" || v == "won" || v == "lost" || v == "netted" || v == "arrested") return true;
  }
  return false;
}

bool parse_quantity(const SentenceWords& w, size_t i, Quantity* q, bool between) {
  *q = Quantity();
  if (!parse_one(w, i, q)) return false;
  if (q->clock) return true;
  // Ranges: "30 to 40", "30-40", "30–40", "two or three", "between 30 and 40"
  size_t k = q->end;
  std::string_view c = w.lower(k);
  bool connector = c == "to" || c == "or" || (between && c == "and") ||
                   (is_dash(c) && (c != "-" || (w.glued(k) && w.glued(k + 1))));
  if (connector && !q->vague && !q->duration && !q->measure[0]) {
    Quantity q2;
    // ("rose nearly 2% to $81.40": a percentage and a price are two figures, no range)
    if (parse_one(w, k + 1, &q2) && !q2.vague && !q2.clock &&
        !(q->percent && q2.currency[0]) && !(q->currency[0] && q2.percent) &&
        !(q->currency[0] && q2.currency[0] && std::string_view(q->currency) != q2.currency)) {
      double first = q->value;
      // "two to three hundred", "30 to 40 million": the second's multiplier scales the first
      if (q->multiplier == 1 && q2.multiplier > 1 && first * q2.multiplier <= q2.value) {
        first *= q2.multiplier;
      }
      bool words_or = c == "or" && (q->digits != q2.digits || first > 100);
      if (first < q2.value && !words_or) {
        q->value = q->low = first;
        q->high = q2.value;
        q->range = true;
        if (q2.percent) q->percent = true;
        if (!q->currency[0]) q->currency = q2.currency;
        if (!q->measure[0]) q->measure = q2.measure;
        q->duration = q->duration || q2.duration;
        q->multiplier = q2.multiplier > q->multiplier ? q2.multiplier : q->multiplier;
        q->bare_one = false;
        q->end = q2.end;
        q->noun = q2.noun;
      }
    }
  }
  // A proportion: "one in ten", "nearly one in five", "2 in 3" -> percent (10, 20, 66.67).
  if (!q->range && !q->vague && !q->percent && !q->currency[0] && !q->measure[0] &&
      !q->duration && q->multiplier == 1 && w.is(q->end, "in") && q->value >= 1) {
    Quantity q2;
    if (parse_one(w, q->end + 1, &q2) && !q2.vague && !q2.percent && !q2.currency[0] &&
        !q2.measure[0] && !q2.duration && !q2.clock && q2.multiplier == 1 &&
        q2.value > q->value && q2.value <= 1000 && q2.digits == q->digits &&
        !counted_tries(w, q->begin, q2.end)) {
      q->value = q->low = q->high = std::round(10000.0 * q->value / q2.value) / 100.0;
      q->percent = true;
      q->bare_one = false;
      q->end = q2.end;
      q->noun = q2.noun;
    }
  }
  if (w.is(q->noun, "of")) {
    q->partitive = true;
    ++q->noun;
  }
  return true;
}

}  // namespace factwire::figures
