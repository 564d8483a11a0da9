#include "server/static_bundle.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace fs = std::filesystem;

namespace factwire::server {
namespace {

TEST(StaticBundle, KeyForAcceptsCleanPathsOnly) {
  EXPECT_EQ(StaticBundle::key_for("/"), "index.html");
  EXPECT_EQ(StaticBundle::key_for("/app.js"), "app.js");
  EXPECT_EQ(StaticBundle::key_for("/assets/map.json"), "assets/map.json");
  for (const char* bad : {"", "app.js", "/..", "/../x", "/a/../b", "/a/./b", "/.", "/.env", "/a/.git/config", "//x",
                          "/a//b", "/a/", "/a\\b", "/c:/x", "/x\x01y", "/..\\x"}) {
    EXPECT_EQ(StaticBundle::key_for(bad), "") << bad;
  }
  EXPECT_EQ(StaticBundle::key_for(std::string("/a\0b", 4)), "");
}

TEST(StaticBundle, MimeTypes) {
  EXPECT_EQ(StaticBundle::mime_type("index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(StaticBundle::mime_type("a/app.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(StaticBundle::mime_type("x.css"), "text/css; charset=utf-8");
  EXPECT_EQ(StaticBundle::mime_type("world.json"), "application/json");
  EXPECT_EQ(StaticBundle::mime_type("noext"), "application/octet-stream");
}

TEST(StaticBundle, LoadSkipsLinksAndHiddenEntries) {
  fs::path d = fs::temp_directory_path() / ("fw_bundle_test_" + std::to_string(getpid()));
  fs::remove_all(d);
  fs::create_directories(d / "dist" / "assets");
  fs::create_directories(d / "dist" / ".git");
  std::ofstream(d / "dist" / "index.html") << "<!doctype html>";
  std::ofstream(d / "dist" / "assets" / "a.js") << "1";
  std::ofstream(d / "dist" / ".git" / "config") << "secret";
  std::ofstream(d / "outside.txt") << "outside";
  fs::create_symlink(d / "outside.txt", d / "dist" / "out.txt");
  fs::create_symlink("assets/a.js", d / "dist" / "inner-link.js");
  fs::create_directory_symlink(d, d / "dist" / "up");
  StaticBundle b;
  ASSERT_TRUE(b.load((d / "dist").string()).ok());
  EXPECT_EQ(b.size(), 2u);
  ASSERT_NE(b.find("/"), nullptr);
  EXPECT_EQ(b.find("/")->body, "<!doctype html>");
  ASSERT_NE(b.find("/assets/a.js"), nullptr);
  EXPECT_EQ(b.find("/out.txt"), nullptr);
  EXPECT_EQ(b.find("/inner-link.js"), nullptr);
  EXPECT_EQ(b.find("/up/outside.txt"), nullptr);
  EXPECT_EQ(b.find("/.git/config"), nullptr);
  EXPECT_NE(b.find("/")->etag, b.find("/assets/a.js")->etag);
  EXPECT_EQ(b.load((d / "missing").string()).code(), Code::kNotFound);
  EXPECT_TRUE(b.empty());
  fs::remove_all(d);
}

}  // namespace
}  // namespace factwire::server
