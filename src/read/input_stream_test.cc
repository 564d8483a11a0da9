#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>
#include <fstream>

#include "factwire/reader.h"

namespace factwire {
namespace {

std::vector<Input> drain(InputStream& s) {
  std::vector<Input> out;
  Input in;
  while (s.next(&in)) out.push_back(in);
  return out;
}

TEST(InputStream, JsonLinesOnePerLineWithErrorsInPlace) {
  auto s = InputStream::from_bytes(
      "mem",
      "{\"id\":\"a\",\"title\":\"T\",\"text\":\"Hello.\",\"date\":\"2021-03-05T10:00Z\"}\n"
      "\n"
      "{\"id\":\"b\",\"text\":\"Trunc\n"
      "{\"id\":\"c\",\"html\":\"<p>x</p>\"}\n"
      "{\"id\":\"d\"}\n"
      "[1,2]\n",
      {});
  auto docs = drain(*s);
  ASSERT_EQ(docs.size(), 5u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].title, "T");
  EXPECT_EQ(docs[0].published, "2021-03-05");
  EXPECT_TRUE(docs[0].error.ok());
  EXPECT_EQ(docs[1].error.code(), Code::kInvalidInput);  // truncated JSON
  EXPECT_EQ(docs[1].id, "mem:3");
  EXPECT_EQ(docs[2].format, InputFormat::kHtml);
  EXPECT_FALSE(docs[3].error.ok());  // no text
  EXPECT_FALSE(docs[4].error.ok());  // not an object
}

TEST(InputStream, OverlongJsonLineIsSkippedNotFatal) {
  ReadOptions o;
  o.max_document_bytes = 100;
  std::string big = "{\"text\":\"" + std::string(500, 'x') + "\"}\n{\"text\":\"ok\"}\n";
  auto docs = drain(*InputStream::from_bytes("mem", big, o));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error.code(), Code::kTooLarge);
  EXPECT_TRUE(docs[1].error.ok());
  EXPECT_EQ(docs[1].bytes, "ok");
}

TEST(InputStream, ReadsGzipTransparently) {
  std::string path = testing::TempDir() + "/stream_test.jsonl.gz";
  gzFile f = gzopen(path.c_str(), "wb");
  ASSERT_NE(f, nullptr);
  std::string data = "{\"text\":\"one\"}\n{\"text\":\"two\"}\n";
  gzwrite(f, data.data(), static_cast<unsigned>(data.size()));
  gzclose(f);
  auto s = InputStream::open(path, {});
  ASSERT_TRUE(s.ok());
  auto docs = drain(*s.value());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[1].bytes, "two");
  std::remove(path.c_str());
}

TEST(InputStream, WholeFileOverLimitIsOneError) {
  std::string path = testing::TempDir() + "/big.txt";
  {
    std::ofstream out(path);
    out << std::string(5000, 'a');
  }
  ReadOptions o;
  o.max_document_bytes = 1000;
  auto s = InputStream::open(path, o);
  ASSERT_TRUE(s.ok());
  auto docs = drain(*s.value());
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error.code(), Code::kTooLarge);
  std::remove(path.c_str());
}

TEST(InputStream, MissingFileIsNotFound) {
  auto s = InputStream::open("/nonexistent/file.txt", {});
  EXPECT_EQ(s.status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace factwire
