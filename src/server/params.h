// Query-string parameters, checked: a bad or unknown parameter is a 400 with a message that
// names it, never a silent default.
#pragma once

#include <httplib.h>

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace factwire::server {

class Params {
 public:
  explicit Params(const httplib::Request& req) : req_(req) {}

  // Every parameter must be one of `known` (else an error naming it).
  void only(std::initializer_list<std::string_view> known);
  // A string (at most max_bytes, no control characters); `def` when absent.
  std::string str(const char* name, size_t max_bytes = 500, std::string def = "");
  // An integer in [lo, hi]; `def` when absent.
  int64_t integer(const char* name, int64_t def, int64_t lo, int64_t hi);
  // 1/0, true/false, yes/no; `def` when absent.
  bool flag(const char* name, bool def = false);
  // YYYY, YYYY-MM or YYYY-MM-DD.
  std::string date(const char* name);
  // A real day YYYY-MM-DD, optionally with a time (dropped).
  std::string day(const char* name);
  // One of `choices`; `def` when absent.
  std::string choice(const char* name, std::initializer_list<std::string_view> choices, std::string def);

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }
  void fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
  }

 private:
  const httplib::Request& req_;
  std::string error_;
};

// "2024", "2024-06", "2024-06-30" (month 01-12, day 01-31).
bool valid_date(std::string_view s);

}  // namespace factwire::server
