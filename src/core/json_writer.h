// A small streaming JSON writer: appends to a std::string, escapes strings, optional
// indentation. Strings are expected to be valid UTF-8 (Document text always is).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace factwire {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out, bool pretty = false) : out_(out), pretty_(pretty) {}

  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view k);
  JsonWriter& value(std::string_view s);
  JsonWriter& value(const char* s) { return value(std::string_view(s)); }
  JsonWriter& value(const std::string& s) { return value(std::string_view(s)); }
  JsonWriter& value(bool b);
  JsonWriter& value(int64_t n);
  JsonWriter& value(int n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(uint32_t n) { return value(static_cast<int64_t>(n)); }
  JsonWriter& value(uint64_t n);
  JsonWriter& value(double d);
  JsonWriter& null();
  // "" -> null, else the string.
  JsonWriter& string_or_null(std::string_view s) { return s.empty() ? null() : value(s); }
  // Inserts already-serialised JSON as a value.
  JsonWriter& raw(std::string_view json);

  template <typename T>
  JsonWriter& field(std::string_view k, const T& v) {
    key(k);
    return value(v);
  }

  static void escape(std::string_view s, std::string* out);

 private:
  void before_value();
  void newline();
  std::string* out_;
  bool pretty_;
  // One entry per open container: number of items written so far.
  std::vector<uint32_t> counts_;
  bool after_key_ = false;
};

}  // namespace factwire
