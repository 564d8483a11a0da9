// Fast Unicode lookups for the hot loops of the reader and the tokenizer (internal header).
//
// The same answers as core/utf8.h (utf8::next, is_space, is_letter, is_upper, is_lower,
// is_digit, is_control) and utf8proc_category, but inline, and with the general category of
// every code point of the Basic Multilingual Plane read from one 64 KiB table built once per
// process (on first use, thread-safe) instead of a call into utf8proc per character. Text in
// Devanagari, Cyrillic, Arabic or with curly quotes and dashes spends most of its time in
// these lookups.
#pragma once

#include <utf8proc.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace factwire::uniprops {

// utf8proc's general category of c (a utf8proc_category_t value).
inline uint8_t category(char32_t c) {
  static const std::unique_ptr<uint8_t[]> kBmp = [] {
    std::unique_ptr<uint8_t[]> t(new uint8_t[0x10000]);
    for (uint32_t cp = 0; cp < 0x10000; ++cp)
      t[cp] = static_cast<uint8_t>(utf8proc_category(static_cast<utf8proc_int32_t>(cp)));
    return t;
  }();
  if (c < 0x10000) return kBmp[c];
  return static_cast<uint8_t>(utf8proc_category(static_cast<utf8proc_int32_t>(c)));
}

// As utf8::decode: the code point at s[i] and its length, or 0 when invalid or truncated.
inline size_t decode(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  const size_t left = s.size() - i;
  if (left == 0) return 0;
  const unsigned char c = p[0];
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  if ((c & 0xE0) == 0xC0) {
    if (left < 2 || (p[1] & 0xC0) != 0x80) return 0;
    const char32_t v = (static_cast<char32_t>(c & 0x1F) << 6) | (p[1] & 0x3F);
    if (v < 0x80) return 0;
    *cp = v;
    return 2;
  }
  if ((c & 0xF0) == 0xE0) {
    if (left < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    const char32_t v = (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) |
                       (p[2] & 0x3F);
    if (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return 3;
  }
  if ((c & 0xF8) == 0xF0) {
    if (left < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
    const char32_t v = (static_cast<char32_t>(c & 0x07) << 18) | (static_cast<char32_t>(p[1] & 0x3F) << 12) |
                       (static_cast<char32_t>(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    if (v < 0x10000 || v > 0x10FFFF) return 0;
    *cp = v;
    return 4;
  }
  return 0;
}

// As utf8::next: an invalid byte reads as U+FFFD of length 1.
inline size_t next(std::string_view s, size_t i, char32_t* cp) {
  const size_t n = decode(s, i, cp);
  if (n == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return n;
}

inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return c == 0x85 || c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0x3000;
}

inline bool is_letter(char32_t c) {
  if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
  const uint8_t cat = category(c);
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
}

inline bool is_upper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  const uint8_t cat = category(c);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

inline bool is_lower(char32_t c) {
  if (c < 0x80) return c >= 'a' && c <= 'z';
  return category(c) == UTF8PROC_CATEGORY_LL;
}

inline bool is_digit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return category(c) == UTF8PROC_CATEGORY_ND;
}

inline bool is_control(char32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return false;
  if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0)) return true;
  if (c < 0x80) return false;
  return category(c) == UTF8PROC_CATEGORY_CF;
}

}  // namespace factwire::uniprops
