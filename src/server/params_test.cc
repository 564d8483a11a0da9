#include "server/params.h"

#include <gtest/gtest.h>

namespace factwire::server {
namespace {

TEST(Params, ValidDate) {
  for (const char* ok : {"2024", "2024-06", "2024-06-30", "1999-12-01"}) EXPECT_TRUE(valid_date(ok)) << ok;
  for (const char* bad : {"", "24", "2024-6", "2024-13", "2024-00", "2024-06-32", "2024-06-00", "2024/06/01",
                          "yesterday", "2024-06-30T00", "20240630"}) {
    EXPECT_FALSE(valid_date(bad)) << bad;
  }
}

TEST(Params, IntegersInRangeOrAnError) {
  httplib::Request req;
  req.params = {{"limit", "50"}, {"offset", "-3"}, {"x", "12abc"}};
  Params p(req);
  EXPECT_EQ(p.integer("limit", 20, 1, 100), 50);
  EXPECT_TRUE(p.ok());
  EXPECT_EQ(p.integer("missing", 20, 1, 100), 20);
  EXPECT_EQ(p.integer("offset", 0, 0, 10), 0);
  EXPECT_FALSE(p.ok());
  EXPECT_NE(p.error().find("offset"), std::string::npos);
  Params q(req);
  q.integer("x", 0, 0, 1000);
  EXPECT_NE(q.error().find("integer"), std::string::npos);
}

TEST(Params, UnknownAndRepeatedParametersAreErrors) {
  httplib::Request req;
  req.params = {{"q", "a"}, {"q", "b"}, {"limt", "5"}};
  Params p(req);
  p.only({"q", "limit"});
  EXPECT_NE(p.error().find("limt"), std::string::npos);
  Params r(req);
  r.str("q");
  EXPECT_NE(r.error().find("more than once"), std::string::npos);
}

TEST(Params, FlagsAndChoices) {
  httplib::Request req;
  req.params = {{"a", "1"}, {"b", "false"}, {"c", "maybe"}, {"sort", "date"}};
  Params p(req);
  EXPECT_TRUE(p.flag("a"));
  EXPECT_FALSE(p.flag("b", true));
  EXPECT_TRUE(p.ok());
  EXPECT_EQ(p.choice("sort", {"rank", "date"}, "rank"), "date");
  EXPECT_EQ(p.choice("absent", {"rank", "date"}, "rank"), "rank");
  p.flag("c");
  EXPECT_FALSE(p.ok());
}

TEST(Params, ControlCharactersAndLengths) {
  httplib::Request req;
  req.params = {{"q", std::string("a\x01b")}, {"long", std::string(600, 'x')}};
  Params p(req);
  p.str("q");
  EXPECT_FALSE(p.ok());
  Params r(req);
  r.str("long", 500);
  EXPECT_FALSE(r.ok());
}

}  // namespace
}  // namespace factwire::server
