// Calendar-date checks shared by the command line, the corpus and the HTTP API, so that all
// three accept and refuse the same dates. Header-only (the CLI's analyze uses it without the
// corpus library).
#pragma once

#include <string>
#include <string_view>

namespace factwire::dates {

inline bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

inline int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && ((year % 4 == 0 && year % 100 != 0) || year % 400 == 0)) return 29;
  return kDays[month - 1];
}

// A real calendar day written YYYY-MM-DD (year 0001-9999; 2024-02-29 yes, 2026-02-30 no).
inline bool is_day(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  if (!all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2)) || !all_digits(s.substr(8, 2))) return false;
  int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  int m = (s[5] - '0') * 10 + (s[6] - '0');
  int d = (s[8] - '0') * 10 + (s[9] - '0');
  return y >= 1 && d >= 1 && d <= days_in_month(y, m);
}

// A query bound: YYYY, YYYY-MM or YYYY-MM-DD, each a real year, month or day.
inline bool is_date_prefix(std::string_view s) {
  if (s.size() == 4) return all_digits(s) && s != "0000";
  if (s.size() == 7) {
    if (s[4] != '-' || !all_digits(s.substr(0, 4)) || !all_digits(s.substr(5, 2))) return false;
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    return s.substr(0, 4) != "0000" && m >= 1 && m <= 12;
  }
  return is_day(s);
}

// A publication date: a real day YYYY-MM-DD, optionally followed by a time ("T12:00:00Z",
// " 12:00"). Returns the day, or "" when `s` is not one.
inline std::string publication_day(std::string_view s) {
  if (s.size() < 10 || !is_day(s.substr(0, 10))) return std::string();
  if (s.size() > 10) {
    char sep = s[10];
    if (sep != 'T' && sep != 't' && sep != ' ') return std::string();
    if (s.size() < 13 || !all_digits(s.substr(11, 2))) return std::string();
  }
  return std::string(s.substr(0, 10));
}

}  // namespace factwire::dates

namespace factwire::dates {

// A record's publication date (a JSON field): kept as its day when it is a real date, else
// cleared. Returns the warning to report for a date that was dropped, or "".
inline std::string clean_published(std::string* published) {
  if (published->empty()) return std::string();
  std::string day = publication_day(*published);
  std::string note;
  if (day.empty()) note = "published '" + published->substr(0, 40) + "' is not a real date YYYY-MM-DD: ignored";
  *published = std::move(day);
  return note;
}

}  // namespace factwire::dates
