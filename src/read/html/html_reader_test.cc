#include <gtest/gtest.h>

#include "factwire/reader.h"

TEST(HtmlReader, Placeholder) {
  factwire::ReadOptions opts;
  EXPECT_FALSE(factwire::read_html("", opts).ok());
}
