#include "figures/calendar.h"

#include <cstdio>

namespace factwire::figures {

namespace {
int64_t floor_div(int64_t a, int64_t b) { return (a >= 0 ? a : a - b + 1) / b; }
}  // namespace

// Day counting by 400-year eras (146097 days each), with March as the first month so that
// the leap day falls at the end of the counted year.
int64_t days_from_civil(int year, int month, int day) {
  int64_t y = static_cast<int64_t>(year) - (month <= 2 ? 1 : 0);
  int64_t era = floor_div(y, 400);
  int64_t year_of_era = y - era * 400;                                  // [0, 399]
  int64_t month_from_march = (month + 9) % 12;                          // Mar = 0
  int64_t day_of_year = (153 * month_from_march + 2) / 5 + day - 1;     // [0, 365]
  int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;  // 719468 = days from 0000-03-01 to 1970-01-01
}

CivilDate civil_from_days(int64_t days) {
  int64_t z = days + 719468;
  int64_t era = floor_div(z, 146097);
  int64_t day_of_era = z - era * 146097;
  int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  int64_t mp = (5 * day_of_year + 2) / 153;
  CivilDate d;
  d.day = static_cast<int>(day_of_year - (153 * mp + 2) / 5 + 1);
  d.month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  d.year = static_cast<int>(year_of_era + era * 400 + (d.month <= 2 ? 1 : 0));
  return d;
}

int days_in_month(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2) {
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    return leap ? 29 : 28;
  }
  return kDays[month - 1];
}

int iso_weekday(int64_t days) {
  // 1970-01-01 was a Thursday (4).
  int64_t w = (days + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

void iso_week(int64_t days, int* iso_year, int* week) {
  int64_t thursday = days - iso_weekday(days) + 4;
  CivilDate t = civil_from_days(thursday);
  int64_t jan1 = days_from_civil(t.year, 1, 1);
  *iso_year = t.year;
  *week = static_cast<int>((thursday - jan1) / 7 + 1);
}

bool parse_iso_date(std::string_view s, int64_t* days) {
  if (s.size() < 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](size_t b, size_t n, int* out) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return false;
      v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return true;
  };
  int y, m, d;
  if (!num(0, 4, &y) || !num(5, 2, &m) || !num(8, 2, &d)) return false;
  if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return false;
  *days = days_from_civil(y, m, d);
  return true;
}

std::string format_date(int year, int month, int day) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

std::string format_month(int year, int month) {
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
  return buf;
}

std::string format_year(int year) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d", year);
  return buf;
}

std::string format_week(int64_t days) {
  int y, w;
  iso_week(days, &y, &w);
  char buf[24];
  std::snprintf(buf, sizeof buf, "%04d-W%02d", y, w);
  return buf;
}

}  // namespace factwire::figures
