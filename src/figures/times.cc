#include "figures/times.h"

#include <cstdlib>
#include <string>

#include "figures/figures.h"
#include "figures/lexicon.h"

namespace factwire::figures {

namespace {

bool is_dash(std::string_view k) {
  return k == "-" || k == "\xE2\x80\x93" || k == "\xE2\x80\x94" || k == "/";
}

int int_value(std::string_view digits) {
  int v = 0;
  for (char c : digits) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
    if (v > 100000) return -1;
  }
  return digits.empty() ? -1 : v;
}

// A four-digit year 1000..2100 written as plain digits.
int year_at(const SentenceWords& w, size_t i) {
  if (!w.is_digits(i)) return 0;
  std::string_view k = w.lower(i);
  if (k.size() != 4) return 0;
  int v = int_value(k);
  return (v >= 1000 && v <= 2100) ? v : 0;
}

// Day of month 1..31 with an optional glued ordinal suffix; returns the end word, or 0.
size_t day_at(const SentenceWords& w, size_t i, int* day) {
  if (!w.is_digits(i)) return 0;
  std::string_view k = w.lower(i);
  if (k.size() > 2) return 0;
  int v = int_value(k);
  if (v < 1 || v > 31) return 0;
  *day = v;
  size_t j = i + 1;
  if (w.is_alpha(j) && w.glued(j)) {
    if (!has(lookup(w.lower(j)), kOrdinalSuffix)) return 0;
    ++j;
  }
  return j;
}

bool month_preceder(std::string_view k) {
  return k == "in" || k == "of" || k == "since" || k == "until" || k == "till" || k == "by" ||
         k == "last" || k == "next" || k == "this" || k == "early" || k == "late" ||
         k == "mid" || k == "during" || k == "from" || k == "through" || k == "before" ||
         k == "after" || k == "between" || k == "and" || k == "to" || k == "on" ||
         k == "end" || k == "beginning" || k == "start" || k == "middle";
}

// Month named at word i (capitalised); sets *next past an abbreviation's dot.
int month_at(const SentenceWords& w, size_t i, size_t* next) {
  if (!w.is_alpha(i) || !w.upper(i)) return 0;
  const Lex* lex = lookup(w.lower(i));
  if (!has(lex, kMonth)) return 0;
  std::string_view k = w.lower(i);
  size_t j = i + 1;
  bool abbreviation = k.size() <= 4 && k != "june" && k != "july" && k != "may";
  if (abbreviation && w.is(j, ".") && w.glued(j)) ++j;
  bool digits_follow = w.is_digits(j) || (w.is(j, ",") && w.is_digits(j + 1));
  if (abbreviation && !digits_follow) return 0;
  if ((k == "may" || k == "march") && !digits_follow && !(i > 0 && month_preceder(w.lower(i - 1)))) {
    return 0;
  }
  *next = j;
  return static_cast<int>(lex->value);
}

bool hedge_word(std::string_view k) {
  return k == "over" || k == "about" || k == "some" || k == "around" || k == "nearly" ||
         k == "almost" || k == "than" || k == "least" || k == "approximately" ||
         k == "roughly" || k == "estimated" || k == "up" || k == "under" || k == "killed" ||
         k == "killing" || k == "to" || k == "reached" || k == "total" || k == "$";
}

bool year_preceder(std::string_view k) {
  return k == "in" || k == "since" || k == "until" || k == "till" || k == "by" || k == "from" ||
         k == "of" || k == "during" || k == "before" || k == "after" || k == "the" ||
         k == "a" || k == "an" || k == "early" || k == "late" || k == "mid" ||
         k == "through" || k == "circa" || k == "c." || k == "year" || k == "between" ||
         k == "spring" || k == "summer" || k == "autumn" || k == "fall" || k == "winter" ||
         k == "fiscal" || k == "its" || k == "their" || k == "his" || k == "her" ||
         k == "s" || k == "throughout" || k == "for" || k == "and";
}

}  // namespace

bool reads_as_year(const SentenceWords& w, size_t i) {
  int y = year_at(w, i);
  if (!y) return false;
  // glued letters or a glued hyphen-word after: "2019-nCoV", "1990s" (decades are handled apart)
  if (w.is_alpha(i + 1) && w.glued(i + 1)) return false;
  if (w.is(i + 1, "-") && w.glued(i + 1) && w.is_alpha(i + 2) && w.glued(i + 2)) return false;
  // a clock time: "(1800 UTC)"
  if (const Lex* n = lookup(w.lower(i + 1)); has(n, kTimeUnit) && std::string_view(n->code) == "clock")
    return false;
  // the last group of a phone number: "214-376-1000"
  if (i >= 2 && w.is(i - 1, "-") && w.glued(i) && w.glued(i - 1) && w.is_digits(i - 2)) return false;
  std::string_view prev = i > 0 ? w.lower(i - 1) : std::string_view();
  if (i > 0 && w.is_punct(i - 1) && has(lookup(prev), kCurrency)) return false;
  if (hedge_word(prev)) return false;
  const Lex* next = lookup(w.lower(i + 1));
  bool strong_prev = prev == "in" || prev == "since" || prev == "until" || prev == "during" ||
                     prev == "till" || prev == "early" || prev == "late" || prev == "mid";
  if (!strong_prev && w.is_alpha(i + 1) && !w.upper(i + 1) &&
      has(next, kPerson | kCueNoun | kMeasure | kCurrency | kMultiplier)) {
    return false;
  }
  if (year_preceder(prev)) return true;
  if (i > 0 && has(lookup(prev), kMonth) && w.upper(i - 1)) return true;
  if (w.is_alpha(i + 1) && !w.upper(i + 1)) {
    std::string_view n = w.lower(i + 1);
    bool plural = n.size() > 3 && n.back() == 's' && n[n.size() - 2] != 's' &&
                  n[n.size() - 2] != 'u' && n[n.size() - 2] != 'i' && !has(next, kStop);
    if (plural || has(next, kAux)) return false;
  }
  return true;
}

TimeAnchor make_anchor(std::string_view published) {
  TimeAnchor a;
  int64_t d;
  if (parse_iso_date(published, &d)) {
    a.known = true;
    a.days = d;
    a.date = civil_from_days(d);
  }
  return a;
}

namespace {

struct Match {
  size_t begin = 0, end = 0;
  std::string value;
  bool relative = false;
  std::string mod;
};

std::string date_value(int y, int m, int d) {
  if (d < 1 || d > days_in_month(y, m)) return {};
  return format_date(y, m, d);
}

// The year for a day and month given without one: the latest that is not more than 60
// days after the anchor (news mostly reports the past, sometimes announces the near future).
int closest_year(const TimeAnchor& a, int m, int d) {
  int best = a.date.year;
  int64_t best_gap = -1;
  for (int y = a.date.year - 1; y <= a.date.year + 1; ++y) {
    if (d > days_in_month(y, m)) continue;
    int64_t diff = days_from_civil(y, m, d) - a.days;
    if (diff > 60) continue;
    int64_t gap = std::llabs(diff);
    if (best_gap < 0 || gap < best_gap) {
      best_gap = gap;
      best = y;
    }
  }
  return best;
}

// Modifiers before a period: "early", "mid-", "late", "the end of", "the beginning of".
size_t read_mod(const SentenceWords& w, size_t i, std::string* mod) {
  if (i == 0) return i;
  std::string_view p = w.lower(i - 1);
  if (p == "early" || p == "late") {
    *mod = std::string(p);
    return i - 1;
  }
  if (p == "mid") {
    *mod = "mid";
    return i - 1;
  }
  if (p == "-" && w.glued(i) && i >= 2 && w.is(i - 2, "mid") && w.glued(i - 1)) {
    *mod = "mid";
    return i - 2;
  }
  if (p == "of" && i >= 2) {
    std::string_view q = w.lower(i - 2);
    const char* m = q == "end" ? "end" : (q == "beginning" || q == "start") ? "start"
                    : q == "middle" ? "mid" : nullptr;
    if (m) {
      *mod = m;
      size_t b = i - 2;
      if (b > 0 && w.is(b - 1, "the")) --b;
      return b;
    }
  }
  return i;
}

bool match_iso(const SentenceWords& w, size_t i, Match* m) {
  int y = year_at(w, i);
  if (!y || !w.is(i + 1, "-") || !w.glued(i + 1) || !w.glued(i + 2) || !w.glued(i + 3) ||
      !w.is(i + 3, "-") || !w.glued(i + 4))
    return false;
  if (w.lower(i + 2).size() != 2 || w.lower(i + 4).size() != 2) return false;
  int mo = int_value(w.lower(i + 2)), d = int_value(w.lower(i + 4));
  if (mo < 1 || mo > 12) return false;
  m->value = date_value(y, mo, d);
  if (m->value.empty()) return false;
  m->begin = i;
  m->end = i + 5;
  return true;
}

// "March 5, 2024", "March 5", "March 2024", "in March", "5 March 2024", "5th of March".
bool match_month_date(const SentenceWords& w, size_t i, const TimeAnchor& a, Match* m) {
  size_t j;
  int mo = month_at(w, i, &j);
  int d = 0;
  if (mo) {
    size_t k = day_at(w, j, &d);
    if (k && !(w.is(k, ":") || w[j].kind == WordKind::kClock)) {
      // "December 5 and 6", "March 5-7": the second day is part of the expression
      int d2;
      size_t k2;
      if ((w.is(k, "and") || w.is(k, "to") || w.is(k, "-") || w.is(k, "\xE2\x80\x93")) &&
          (k2 = day_at(w, k + 1, &d2)) != 0 && d2 > d)
        k = k2;
      size_t y_at = w.is(k, ",") ? k + 1 : k;
      int y = year_at(w, y_at);
      m->begin = i;
      if (y) {
        m->value = date_value(y, mo, d);
        m->end = y_at + 1;
      } else {
        m->end = k;
        m->relative = true;
        if (a.known) m->value = date_value(closest_year(a, mo, d), mo, d);
      }
      return true;
    }
    size_t y_at = w.is(j, ",") ? j + 1 : j;
    if (int y = year_at(w, y_at)) {
      m->begin = read_mod(w, i, &m->mod);
      m->end = y_at + 1;
      m->value = format_month(y, mo);
      return true;
    }
    // a month alone
    m->begin = read_mod(w, i, &m->mod);
    m->end = j;
    m->relative = true;
    std::string_view p = m->begin > 0 ? w.lower(m->begin - 1) : std::string_view();
    // "January of last year", "March of this year"
    if (w.is(j, "of") && (w.is(j + 1, "last") || w.is(j + 1, "this") || w.is(j + 1, "next")) &&
        w.is(j + 2, "year")) {
      m->end = j + 3;
      if (a.known) {
        int y = a.date.year + (w.is(j + 1, "last") ? -1 : w.is(j + 1, "next") ? 1 : 0);
        m->value = format_month(y, mo);
      }
      return true;
    }
    if (p == "last" || p == "next" || p == "this") --m->begin;
    if (a.known) {
      int y = a.date.year;
      if (p == "last") y = mo < a.date.month ? y : y - 1;
      else if (p == "next") y = mo > a.date.month ? y : y + 1;
      else if (p != "this" && mo > a.date.month + 2) y -= 1;
      m->value = format_month(y, mo);
    }
    return true;
  }
  // "5 March 2024", "5th of March"
  size_t k = day_at(w, i, &d);
  if (!k) return false;
  size_t mpos = w.is(k, "of") ? k + 1 : k;
  mo = month_at(w, mpos, &j);
  if (!mo) return false;
  m->begin = i;
  if (int y = year_at(w, j)) {
    m->value = date_value(y, mo, d);
    m->end = j + 1;
  } else {
    m->end = j;
    m->relative = true;
    if (a.known) m->value = date_value(closest_year(a, mo, d), mo, d);
  }
  return true;
}

bool future_context(const SentenceWords& w, size_t i) {
  for (size_t k = i, n = 0; k-- > 0 && n < 6; ++n) {
    std::string_view x = w.lower(k);
    if (x == "will" || x == "scheduled" || x == "planned" || x == "upcoming" || x == "expected")
      return true;
    if (x == "." || x == ";" || x == "," || x == "\"") break;
  }
  return false;
}

bool match_weekday(const SentenceWords& w, size_t i, const TimeAnchor& a, Match* m) {
  if (!w.upper(i)) return false;
  const Lex* lex = lookup(w.lower(i));
  if (!has(lex, kWeekday) || w.lower(i).size() < 6) return false;
  // Datelines: "Friday, January 4, 2019"
  if (w.is(i + 1, ",")) {
    Match date;
    if (match_month_date(w, i + 2, a, &date) && !date.value.empty() && !date.relative) {
      *m = date;
      m->begin = i;
      return true;
    }
  }
  int wd = static_cast<int>(lex->value);
  m->begin = i;
  m->end = i + 1;
  std::string_view p = i > 0 ? w.lower(i - 1) : std::string_view();
  int dir = future_context(w, i) ? 1 : -1;
  if (p == "last" || p == "next" || p == "this" || p == "previous" || p == "coming") {
    --m->begin;
    dir = (p == "next" || p == "coming") ? 1 : p == "this" ? 0 : -1;
  }
  std::string_view n = w.lower(i + 1);
  if (n == "morning" || n == "afternoon" || n == "evening" || n == "night") ++m->end;
  m->relative = true;
  if (a.known) {
    int aw = iso_weekday(a.days);
    int64_t day;
    if (dir < 0) {
      int delta = (aw - wd + 7) % 7;
      if (p == "last" && delta == 0) delta = 7;
      day = a.days - delta;
    } else if (dir > 0) {
      int delta = (wd - aw + 7) % 7;
      if (delta == 0) delta = 7;
      day = a.days + delta;
    } else {
      day = a.days - aw + wd;
    }
    CivilDate c = civil_from_days(day);
    m->value = format_date(c.year, c.month, c.day);
  }
  return true;
}

bool match_year(const SentenceWords& w, size_t i, const TimeAnchor& a, Match* m) {
  int y = year_at(w, i);
  if (!y) return false;
  // decades: "1990s", "1990's"
  size_t s = 0;
  if (w.is(i + 1, "s") && w.glued(i + 1)) s = i + 2;
  else if ((w.is(i + 1, "'") || w.is(i + 1, "\xE2\x80\x99")) && w.glued(i + 1) &&
           w.is(i + 2, "s") && w.glued(i + 2))
    s = i + 3;
  if (s && y % 10 == 0) {
    m->begin = read_mod(w, i, &m->mod);
    m->end = s;
    m->value = format_year(y).substr(0, 3) + "X";
    return true;
  }
  // ranges: "1975-1990", "1975–90", "2019/20"
  if (is_dash(w.lower(i + 1)) && w.is_digits(i + 2) &&
      ((w.glued(i + 1) && w.glued(i + 2)) || w.lower(i + 1) != "-")) {
    std::string_view k2 = w.lower(i + 2);
    int y2 = 0;
    if (k2.size() == 4) y2 = year_at(w, i + 2);
    else if (k2.size() == 2) y2 = (y / 100) * 100 + int_value(k2);
    if (y2 > y && y2 - y < 200) {
      m->begin = i;
      m->end = i + 3;
      m->value = format_year(y) + "/" + format_year(y2);
      return true;
    }
  }
  // "from 1948 to 1951", "between 1975 and 1990"
  std::string_view p = i > 0 ? w.lower(i - 1) : std::string_view();
  if ((p == "from" && w.is(i + 1, "to")) || (p == "between" && w.is(i + 1, "and"))) {
    int y2 = year_at(w, i + 2);
    if (y2 > y) {
      m->begin = i;
      m->end = i + 3;
      m->value = format_year(y) + "/" + format_year(y2);
      return true;
    }
  }
  if (!reads_as_year(w, i)) return false;
  m->begin = read_mod(w, i, &m->mod);
  m->end = i + 1;
  m->value = format_year(y);
  // seasons: "spring 2020", "the summer of 2019"
  size_t sp = (p == "of" && i >= 2) ? i - 2 : i - 1;
  if (i > 0 && m->begin == i) {
    const Lex* season = lookup(w.lower(sp));
    if (has(season, kSeason)) {
      m->begin = sp;
      m->value += "-";
      m->value += season->code;
    }
  }
  (void)a;
  return true;
}

bool match_relative(const SentenceWords& w, size_t i, const TimeAnchor& a, Match* m) {
  std::string_view k = w.lower(i);
  std::string_view n = w.lower(i + 1);
  auto day_offset = [&](int64_t off, size_t end) {
    m->begin = i;
    m->end = end;
    m->relative = true;
    if (a.known) {
      CivilDate c = civil_from_days(a.days + off);
      m->value = format_date(c.year, c.month, c.day);
    }
    return true;
  };
  bool part_of_day = n == "morning" || n == "afternoon" || n == "evening" || n == "night";
  if (k == "today" || k == "tonight") return day_offset(0, i + 1);
  if (k == "yesterday") return day_offset(-1, i + 1 + (part_of_day ? 1 : 0));
  if (k == "tomorrow") return day_offset(1, i + 1 + (part_of_day ? 1 : 0));
  if (k == "this" && (n == "morning" || n == "afternoon" || n == "evening")) return day_offset(0, i + 2);
  if (k == "last" && n == "night") return day_offset(-1, i + 2);

  // last / this / next + week, month, year, weekend
  std::string_view which = k;
  size_t unit_at = i + 1;
  size_t begin = i;
  if ((k == "earlier" || k == "later") && n == "this") {
    which = "this";
    unit_at = i + 2;
  }
  if (which == "last" || which == "this" || which == "next" || which == "past") {
    std::string_view u = w.lower(unit_at);
    if (u == "week" || u == "month" || u == "year" || u == "weekend") {
      if (which == "past") return false;  // "the past year": a span, not a period
      m->begin = begin;
      m->end = unit_at + 1;
      m->relative = true;
      if (!a.known) return true;
      int dir = which == "last" ? -1 : which == "next" ? 1 : 0;
      if (u == "week" || u == "weekend") {
        m->value = format_week(a.days + 7 * dir);
        if (u == "weekend") m->value += "-WE";
      } else if (u == "month") {
        int y = a.date.year, mo = a.date.month + dir;
        if (mo < 1) mo = 12, --y;
        if (mo > 12) mo = 1, ++y;
        m->value = format_month(y, mo);
      } else {
        m->value = format_year(a.date.year + dir);
      }
      return true;
    }
  }

  // "three days ago", "a year ago", "two weeks later", "days after", "months before"
  size_t j = i;
  double count = 0;
  if (w.is_digits(j) && w.lower(j).size() <= 3) {
    count = int_value(w.lower(j));
    ++j;
  } else if (has(lookup(k), kNumberWord)) {
    count = lookup(k)->value;
    ++j;
  } else if (k == "a" || k == "an") {
    count = 1;
    ++j;
  } else if (k == "several" || k == "few") {
    ++j;
  }
  const Lex* unit = lookup(w.lower(j));
  if (has(unit, kTimeUnit) && w.is_alpha(j)) {
    std::string_view code = unit->code;
    std::string_view after = w.lower(j + 1);
    if (after == "ago" && count > 0 && j > i) {
      m->begin = i;
      m->end = j + 2;
      m->relative = true;
      if (!a.known) return true;
      int c = static_cast<int>(count);
      if (code == "D") {
        CivilDate d = civil_from_days(a.days - c);
        m->value = format_date(d.year, d.month, d.day);
      } else if (code == "W") {
        m->value = format_week(a.days - 7 * c);
      } else if (code == "M") {
        int total = a.date.year * 12 + (a.date.month - 1) - c;
        m->value = format_month(total / 12, total % 12 + 1);
      } else if (code == "Y") {
        m->value = format_year(a.date.year - c);
      } else if (code == "H" || code == "S") {
        m->value = format_date(a.date.year, a.date.month, a.date.day);
      } else {
        m->value.clear();
      }
      return true;
    }
    bool plural = w.lower(j).back() == 's';
    if ((after == "after" || after == "later" || after == "before" || after == "earlier" ||
         after == "afterwards" || after == "afterward") &&
        (plural || j > i) && code != "clock") {
      m->begin = i;
      m->end = j + 2;
      m->relative = true;
      return true;
    }
  }
  // "in the months leading up to the war", "in recent weeks"
  if (k == "in" && (n == "the" || n == "recent")) {
    const Lex* u = lookup(w.lower(i + 2));
    std::string_view us = w.lower(i + 2);
    if (!has(u, kTimeUnit) || us.empty() || us.back() != 's') return false;
    if (n == "recent") {
      m->begin = i;
      m->end = i + 3;
      m->relative = true;
      return true;
    }
    size_t e = i + 3;
    std::string_view r = w.lower(e);
    if (r == "leading" && w.is(e + 1, "up") && w.is(e + 2, "to")) e += 3;
    else if (r == "before" || r == "after" || r == "following" || r == "since") e += 1;
    else if (r == "ahead" && w.is(e + 1, "of")) e += 2;
    else if (r == "prior" && w.is(e + 1, "to")) e += 2;
    else return false;
    // the event: a determiner and up to three words
    size_t stop = e;
    if (w.is(stop, "the") || w.is(stop, "a") || w.is(stop, "its") || w.is(stop, "their")) ++stop;
    size_t words = 0;
    while (stop < w.size() && words < 3 && w.is_alpha(stop) && !has(lookup(w.lower(stop)), kStop)) {
      ++stop;
      ++words;
    }
    if (words == 0) return false;
    m->begin = i;
    m->end = stop;
    m->relative = true;
    return true;
  }
  return false;
}

}  // namespace

void find_times(const SentenceWords& w, const TimeAnchor& anchor, std::vector<TimeExpr>* out,
                std::vector<uint8_t>* covered) {
  covered->assign(w.size(), 0);
  if (!w.doc) return;
  for (size_t i = 0; i < w.size();) {
    Match m;
    bool ok = false;
    if (w.is_digits(i)) {
      ok = match_iso(w, i, &m) || match_month_date(w, i, anchor, &m) ||
           match_year(w, i, anchor, &m) || match_relative(w, i, anchor, &m);
    } else if (w.is_alpha(i)) {
      ok = match_weekday(w, i, anchor, &m) || match_month_date(w, i, anchor, &m) ||
           match_relative(w, i, anchor, &m);
    }
    if (!ok || m.end <= i) {
      ++i;
      continue;
    }
    // never overlap an earlier expression (a modifier may reach back)
    while (m.begin < i && m.begin < w.size() && (*covered)[m.begin]) ++m.begin;
    TimeExpr t;
    t.start = w[m.begin].start;
    t.end = w[m.end - 1].end;
    t.text = std::string(w.doc->slice(t.start, t.end));
    t.value = std::move(m.value);
    t.relative = m.relative || (t.value.empty());
    t.mod = std::move(m.mod);
    t.sentence = w.sentence;
    out->push_back(std::move(t));
    for (size_t k = m.begin; k < m.end; ++k) (*covered)[k] = 1;
    i = m.end;
  }
}

}  // namespace factwire::figures

namespace factwire {

void extract_times(Document* doc) {
  if (!doc) return;
  doc->times.clear();
  figures::TimeAnchor anchor = figures::make_anchor(doc->published);
  figures::SentenceWords w;
  std::vector<uint8_t> covered;
  for (uint32_t s = 0; s < doc->sentences.size(); ++s) {
    if (!doc->is_fact_sentence(s)) continue;
    figures::split_words(*doc, s, &w);
    figures::find_times(w, anchor, &doc->times, &covered);
  }
}

}  // namespace factwire
