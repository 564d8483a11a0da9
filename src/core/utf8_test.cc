#include "core/utf8.h"

#include <gtest/gtest.h>

namespace factwire::utf8 {
namespace {

TEST(Utf8, DecodesMultiByteAndRejectsInvalid) {
  char32_t cp = 0;
  EXPECT_EQ(decode("\xE2\x80\x9C", 0, &cp), 3u);
  EXPECT_EQ(cp, 0x201Cu);
  EXPECT_EQ(decode("\xC0\xAF", 0, &cp), 0u);          // overlong
  EXPECT_EQ(decode("\xED\xA0\x80", 0, &cp), 0u);      // surrogate
  EXPECT_EQ(decode("\xF0\x9F\x98", 0, &cp), 0u);      // truncated
  EXPECT_EQ(decode("\xF4\x90\x80\x80", 0, &cp), 0u);  // above U+10FFFF
}

TEST(Utf8, RepairReplacesEachBadByte) {
  std::string out;
  EXPECT_EQ(repair("a\xFF" "b\xC3", &out), 2u);
  EXPECT_EQ(out, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  EXPECT_TRUE(is_valid(out));
  EXPECT_FALSE(is_valid("a\xFF"));
}

TEST(Utf8, NfcComposesCombiningMarks) {
  EXPECT_EQ(nfc("e\xCC\x81"), "\xC3\xA9");  // e + combining acute -> é
  EXPECT_EQ(nfc("plain ascii"), "plain ascii");
}

TEST(Utf8, ClassifiesSpacesAndCase) {
  EXPECT_TRUE(is_space(0xA0));
  EXPECT_TRUE(is_space(0x2009));
  EXPECT_FALSE(is_space('x'));
  EXPECT_TRUE(is_upper(0xC9));  // É
  EXPECT_EQ(lower("\xC3\x89T\xC3\x89"), "\xC3\xA9t\xC3\xA9");
  EXPECT_TRUE(is_control(0x200B));
  EXPECT_FALSE(is_control('\n'));
}

TEST(Utf8, PrevFindsStartOfCodePoint) {
  std::string s = "a\xE2\x80\x9C";
  char32_t cp;
  EXPECT_EQ(prev(s, s.size(), &cp), 1u);
  EXPECT_EQ(cp, 0x201Cu);
}

}  // namespace
}  // namespace factwire::utf8
