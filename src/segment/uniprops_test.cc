#include "segment/uniprops.h"

#include <gtest/gtest.h>

#include <string>

#include "core/utf8.h"

namespace factwire {
namespace {

// Every code point, and every code point that is not one (surrogates, past U+10FFFF), gets
// the answers of core/utf8.h and utf8proc.
TEST(Uniprops, AgreesWithUtf8AndUtf8procOnEveryCodePoint) {
  for (char32_t c = 0; c <= 0x110010; ++c) {
    SCOPED_TRACE(static_cast<uint32_t>(c));
    ASSERT_EQ(uniprops::category(c), utf8proc_category(static_cast<utf8proc_int32_t>(c)));
    ASSERT_EQ(uniprops::is_space(c), utf8::is_space(c));
    ASSERT_EQ(uniprops::is_letter(c), utf8::is_letter(c));
    ASSERT_EQ(uniprops::is_upper(c), utf8::is_upper(c));
    ASSERT_EQ(uniprops::is_lower(c), utf8::is_lower(c));
    ASSERT_EQ(uniprops::is_digit(c), utf8::is_digit(c));
    ASSERT_EQ(uniprops::is_control(c), utf8::is_control(c));
  }
}

// Decoding agrees with utf8::decode and utf8::next on valid sequences of every length,
// and on every kind of invalid one: bad lead and continuation bytes, overlongs,
// surrogates, values past U+10FFFF, sequences cut short.
TEST(Uniprops, DecodesLikeUtf8) {
  std::string s;
  for (char32_t c : {0x41u, 0x7Fu, 0x80u, 0x7FFu, 0x800u, 0x915u, 0xFFFDu, 0xFFFFu, 0x10000u, 0x1F600u, 0x10FFFFu})
    utf8::append(&s, c);
  s += "\x80\xBF\xC0\x80\xC1\xBF\xE0\x80\x80\xE0\x9F\xBF\xED\xA0\x80\xED\xBF\xBF\xF0\x80\x80\x80";
  s += "\xF0\x8F\xBF\xBF\xF4\x90\x80\x80\xF5\x80\x80\x80\xF8\x88\x80\x80\x80\xFF\xFE";
  s += "\xC3\x28\xE2\x82\x28\xE2\x28\xA1\xF0\x9F\x98";  // bad continuations, then one cut short
  for (size_t cut = 0; cut <= s.size(); ++cut) {
    const std::string_view v(s.data(), cut);
    for (size_t i = 0; i < cut; ++i) {
      SCOPED_TRACE(testing::Message() << "cut " << cut << " at " << i);
      char32_t a = 0xDEAD, b = 0xDEAD;
      const size_t na = uniprops::decode(v, i, &a), nb = utf8::decode(v, i, &b);
      ASSERT_EQ(na, nb);
      if (na > 0) {
        ASSERT_EQ(a, b);
      }
      ASSERT_EQ(uniprops::next(v, i, &a), utf8::next(v, i, &b));
      ASSERT_EQ(a, b);
    }
  }
}

}  // namespace
}  // namespace factwire
