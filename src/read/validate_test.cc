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

TEST(Validate, ParsesFormatNames) {
  InputFormat f;
  EXPECT_TRUE(parse_input_format("html", &f));
  EXPECT_EQ(f, InputFormat::kHtml);
  EXPECT_FALSE(parse_input_format("pdf", &f));
}

}  // namespace
}  // namespace factwire
