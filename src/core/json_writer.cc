#include "core/json_writer.h"

#include "core/utf8.h"

#include <cmath>
#include <cstdio>

namespace factwire {

void JsonWriter::escape(std::string_view s, std::string* out) {
  static const char* kHex = "0123456789abcdef";
  out->push_back('"');
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    const char* rep = nullptr;
    char buf[7];
    if (c == '"') rep = "\\\"";
    else if (c == '\\') rep = "\\\\";
    else if (c == '\n') rep = "\\n";
    else if (c == '\r') rep = "\\r";
    else if (c == '\t') rep = "\\t";
    else if (c < 0x20 || c == 0x7f) {
      buf[0] = '\\'; buf[1] = 'u'; buf[2] = '0'; buf[3] = '0';
      buf[4] = kHex[c >> 4]; buf[5] = kHex[c & 15]; buf[6] = 0;
      rep = buf;
    } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
               (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
      // U+2028 / U+2029 break JavaScript string literals: escape them.
      out->append(s.data() + run, i - run);
      out->append(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029");
      i += 2;
      run = i + 1;
      continue;
    } else if (c >= 0x80) {
      // Multi-byte characters are copied; a byte that starts no valid UTF-8 sequence (a raw
      // file name, a feed's link, a WARC URI) becomes U+FFFD, so the output is always JSON.
      char32_t cp;
      size_t n = utf8::decode(s, i, &cp);
      if (n > 0) {
        i += n - 1;
        continue;
      }
      rep = "\xEF\xBF\xBD";
    }
    if (rep) {
      out->append(s.data() + run, i - run);
      out->append(rep);
      run = i + 1;
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->push_back('"');
}

void JsonWriter::newline() {
  if (!pretty_) return;
  out_->push_back('\n');
  out_->append(counts_.size() * 2, ' ');
}

void JsonWriter::before_value() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!counts_.empty()) {
    if (counts_.back()++ > 0) out_->push_back(',');
    newline();
  }
}

JsonWriter& JsonWriter::begin_object() {
  before_value();
  out_->push_back('{');
  counts_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_object() {
  bool had = !counts_.empty() && counts_.back() > 0;
  counts_.pop_back();
  if (had) newline();
  out_->push_back('}');
  return *this;
}

JsonWriter& JsonWriter::begin_array() {
  before_value();
  out_->push_back('[');
  counts_.push_back(0);
  return *this;
}

JsonWriter& JsonWriter::end_array() {
  bool had = !counts_.empty() && counts_.back() > 0;
  counts_.pop_back();
  if (had) newline();
  out_->push_back(']');
  return *this;
}

JsonWriter& JsonWriter::key(std::string_view k) {
  before_value();
  escape(k, out_);
  out_->append(pretty_ ? ": " : ":");
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::value(std::string_view s) {
  before_value();
  escape(s, out_);
  return *this;
}

JsonWriter& JsonWriter::value(bool b) {
  before_value();
  out_->append(b ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::value(int64_t n) {
  before_value();
  out_->append(std::to_string(n));
  return *this;
}

JsonWriter& JsonWriter::value(uint64_t n) {
  before_value();
  out_->append(std::to_string(n));
  return *this;
}

JsonWriter& JsonWriter::value(double d) {
  before_value();
  if (!std::isfinite(d)) {
    out_->append("null");
    return *this;
  }
  if (d == std::floor(d) && std::fabs(d) < 9e15) {
    out_->append(std::to_string(static_cast<int64_t>(d)));
    return *this;
  }
  // 15 significant digits: every digit a figure's text can carry ("214748364.55", not the
  // 10-digit "214748364.6"), but not the binary noise of its arithmetic (6.16 x 1e6 is
  // 6159999.999999999 as a double; it prints 6160000).
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  out_->append(buf);
  return *this;
}

JsonWriter& JsonWriter::null() {
  before_value();
  out_->append("null");
  return *this;
}

JsonWriter& JsonWriter::raw(std::string_view json) {
  before_value();
  out_->append(json);
  return *this;
}

}  // namespace factwire
