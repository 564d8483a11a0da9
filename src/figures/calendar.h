// Proleptic Gregorian calendar arithmetic on day numbers (days since 1970-01-01), for
// resolving relative times ("last week", "on Monday") against a publication date.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace factwire::figures {

struct CivilDate {
  int year = 0, month = 0, day = 0;  // month 1..12, day 1..31
};

int64_t days_from_civil(int year, int month, int day);
CivilDate civil_from_days(int64_t days);
int days_in_month(int year, int month);
// ISO weekday: 1 = Monday .. 7 = Sunday.
int iso_weekday(int64_t days);
// ISO-8601 week date: sets *iso_year and *week (1..53).
void iso_week(int64_t days, int* iso_year, int* week);

// Parses "YYYY-MM-DD" (a valid date); false otherwise.
bool parse_iso_date(std::string_view s, int64_t* days);

std::string format_date(int year, int month, int day);  // "2024-03-05"
std::string format_month(int year, int month);          // "2024-03"
std::string format_year(int year);                      // "2024"
std::string format_week(int64_t days);                  // "2024-W10"

}  // namespace factwire::figures
