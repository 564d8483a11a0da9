#include "server/params.h"

#include "corpus/dates.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace factwire::server {
namespace {

bool digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}


}  // namespace

bool valid_date(std::string_view s) { return dates::is_date_prefix(s); }

void Params::only(std::initializer_list<std::string_view> known) {
  for (const auto& [name, value] : req_.params) {
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string list;
      for (auto k : known) {
        if (!list.empty()) list += ", ";
        list.append(k);
      }
      fail("unknown parameter '" + name + "' (this route takes: " + (list.empty() ? "none" : list) + ")");
      return;
    }
  }
}

std::string Params::str(const char* name, size_t max_bytes, std::string def) {
  if (!req_.has_param(name)) return def;
  if (req_.get_param_value_count(name) > 1) {
    fail(std::string("parameter '") + name + "' is given more than once");
    return def;
  }
  std::string v = req_.get_param_value(name);
  if (v.size() > max_bytes) {
    fail(std::string("parameter '") + name + "' is longer than " + std::to_string(max_bytes) + " bytes");
    return def;
  }
  for (unsigned char c : v) {
    if (c < 0x20 || c == 0x7f) {
      fail(std::string("parameter '") + name + "' holds a control character");
      return def;
    }
  }
  return v;
}

int64_t Params::integer(const char* name, int64_t def, int64_t lo, int64_t hi) {
  std::string v = str(name, 20);
  if (v.empty()) {
    if (req_.has_param(name) && ok()) fail(std::string("parameter '") + name + "' is empty");
    return def;
  }
  bool neg = v[0] == '-';
  if (!digits(neg ? std::string_view(v).substr(1) : std::string_view(v))) {
    fail(std::string("parameter '") + name + "' must be an integer, not '" + v + "'");
    return def;
  }
  errno = 0;
  long long n = std::strtoll(v.c_str(), nullptr, 10);
  if (errno != 0 || n < lo || n > hi) {
    fail(std::string("parameter '") + name + "' must be between " + std::to_string(lo) + " and " +
         std::to_string(hi));
    return def;
  }
  return n;
}

bool Params::flag(const char* name, bool def) {
  if (!req_.has_param(name)) return def;
  std::string v = str(name, 8);
  for (auto& c : v) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (v == "1" || v == "true" || v == "yes" || v.empty()) return true;
  if (v == "0" || v == "false" || v == "no") return false;
  fail(std::string("parameter '") + name + "' must be true or false");
  return def;
}

std::string Params::date(const char* name) {
  std::string v = str(name, 10);
  if (!v.empty() && !valid_date(v)) {
    fail(std::string("parameter '") + name + "' must be a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
    return "";
  }
  return v;
}

std::string Params::day(const char* name) {
  std::string v = str(name, 40);
  if (v.empty()) return v;
  std::string day = dates::publication_day(v);
  if (day.empty()) fail(std::string("parameter '") + name + "' must be a real date YYYY-MM-DD, not '" + v + "'");
  return day;
}

std::string Params::choice(const char* name, std::initializer_list<std::string_view> choices, std::string def) {
  if (!req_.has_param(name)) return def;
  std::string v = str(name, 40);
  if (std::find(choices.begin(), choices.end(), v) != choices.end()) return v;
  std::string list;
  for (auto c : choices) {
    if (!list.empty()) list += ", ";
    list.append(c);
  }
  fail(std::string("parameter '") + name + "' must be one of " + list + ", not '" + v + "'");
  return def;
}

}  // namespace factwire::server
