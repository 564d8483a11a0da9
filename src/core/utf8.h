// UTF-8 helpers shared by the readers and stages.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace factwire::utf8 {

// Decodes the code point at s[i]. Returns its byte length (1..4), or 0 for an invalid or
// truncated sequence (overlongs, surrogates and values above U+10FFFF are invalid).
size_t decode(std::string_view s, size_t i, char32_t* cp);

// Like decode, but an invalid byte decodes as U+FFFD with length 1: never returns 0 for i < size.
inline size_t next(std::string_view s, size_t i, char32_t* cp) {
  size_t n = decode(s, i, cp);
  if (n == 0) {
    *cp = 0xFFFD;
    return 1;
  }
  return n;
}

// Decodes the code point that ends just before s[i] (i > 0). Returns its start offset.
size_t prev(std::string_view s, size_t i, char32_t* cp);

void append(std::string* out, char32_t cp);

bool is_valid(std::string_view s);
// Copies s to *out replacing each invalid sequence by U+FFFD; returns how many were replaced.
size_t repair(std::string_view s, std::string* out);

// Unicode normalisation form C. Input must be valid UTF-8.
std::string nfc(std::string_view s);
// True when s is certainly already NFC (pure ASCII or no combining marks): a cheap pre-check.
bool quick_nfc(std::string_view s);

bool is_space(char32_t c);        // any Unicode white space, including NBSP and thin spaces
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_lower(char32_t c);
bool is_digit(char32_t c);        // Unicode decimal digits
bool is_punct(char32_t c);
bool is_control(char32_t c);      // Cc/Cf except tab, newline, carriage return
char32_t to_lower(char32_t c);

// "Lebanon's" -> "lebanon's"
std::string lower(std::string_view s);

}  // namespace factwire::utf8
