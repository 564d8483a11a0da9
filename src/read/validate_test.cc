#include <gtest/gtest.h>

#include "factwire/reader.h"

namespace factwire {
namespace {

TEST(DetectFormat, ByContent) {
  EXPECT_EQ(detect_format("<!DOCTYPE html><html></html>"), InputFormat::kHtml);
  EXPECT_EQ(detect_format("  \n<div>hi</div>"), InputFormat::kHtml);
  EXPECT_EQ(detect_format("{\"text\": \"x\"}\n"), InputFormat::kJsonl);
  EXPECT_EQ(detect_format("Plain words < and > here"), InputFormat::kText);
  EXPECT_EQ(detect_format("Scraped junk then <html><body>x</body></html>"), InputFormat::kHtml);
}

TEST(Validate, TooLargeIsReported) {
  ReadOptions o;
  o.max_document_bytes = 10;
  std::string out;
  std::vector<std::string> w;
  EXPECT_EQ(validate_text("01234567890", o, &out, &w).code(), Code::kTooLarge);
}

TEST(Validate, MostlyInvalidBytesAreNotText) {
  std::string junk(200, '\xFF');
  std::string out;
  std::vector<std::string> w;
  EXPECT_EQ(validate_text(junk, {}, &out, &w).code(), Code::kInvalidInput);
}

// NUL and control bytes are counted wherever they fall against the 16- and 8-byte steps
// and the tail; tab, line feed, form feed and carriage return are allowed.
TEST(Validate, CountsNulAndControlBytesAnywhere) {
  std::string doc(203, 'a');
  for (size_t k : {0u, 15u, 16u, 17u, 100u, 193u, 200u, 202u}) doc[k] = '\x01';
  for (size_t k : {31u, 64u, 199u}) doc[k] = '\0';
  for (size_t k : {40u, 41u, 42u, 43u}) doc[k] = "\t\n\f\r"[k - 40];
  Status st = check_document(doc, {});
  ASSERT_EQ(st.code(), Code::kInvalidInput);
  EXPECT_NE(st.ToString().find("3 NUL and 8 control bytes"), std::string::npos) << st.ToString();
  // A few control bytes in a long text are tolerated (no NUL).
  std::string text(400, 'a');
  text[150] = '\x02';
  text[10] = '\n';
  EXPECT_TRUE(check_document(text, {}).ok());
}

TEST(Validate, ParsesFormatNames) {
  InputFormat f;
  EXPECT_TRUE(parse_input_format("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
  EXPECT_FALSE(parse_input_format("pdf", &f));
}

}  // namespace
}  // namespace factwire
