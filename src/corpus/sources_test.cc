#include "corpus/sources.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>

namespace factwire::corpus {
namespace {

std::string warc_record(const std::string& type, const std::string& uri, const std::string& block) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2024-06-01T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                  "Content-Type: application/http; msgtype=" + type + "\r\nContent-Length: " +
                  std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
  return r;
}

std::string http(const std::string& status, const std::string& ctype, const std::string& body,
                 const std::string& extra = "") {
  return "HTTP/1.1 " + status + "\r\nContent-Type: " + ctype + "\r\n" + extra + "\r\n" + body;
}

std::string gzip(const std::string& in) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, in.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::vector<Input> all(InputStream& s) {
  std::vector<Input> out;
  Input in;
  while (s.next(&in)) out.push_back(in);
  return out;
}

TEST(Warc, ReadsHtmlResponsesAndSkipsTheRest) {
  std::string page = "<html><body><p>Storm hits the coast.</p></body></html>";
  std::string chunked;
  for (const char* part : {"<html><body><p>Chunked ", "body.</p></body>", "</html>"}) {
    char size[32];
    std::snprintf(size, sizeof size, "%zx", std::strlen(part));
    chunked += std::string(size) + "\r\n" + part + "\r\n";
  }
  chunked += "0\r\n\r\n";
  std::string w = warc_record("warcinfo", "", "software: test\r\n") +
                  warc_record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\n\r\n") +
                  warc_record("response", "https://a.example/1", http("200 OK", "text/html; charset=utf-8", page)) +
                  warc_record("response", "https://a.example/img", http("200 OK", "image/png", "\x89PNG")) +
                  warc_record("response", "https://a.example/404", http("404 Not Found", "text/html", "<p>no</p>")) +
                  warc_record("response", "https://a.example/2",
                              http("200 OK", "text/html", chunked, "Transfer-Encoding: chunked\r\n")) +
                  warc_record("response", "https://a.example/3",
                              http("200 OK", "text/html", gzip(page), "Content-Encoding: gzip\r\n"));
  auto s = warc_from_bytes("t.warc", w, ReadOptions{});
  auto got = all(*s);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].url, "https://a.example/1");
  EXPECT_EQ(got[0].bytes, page);
  EXPECT_EQ(got[0].format, InputFormat::kHtml);
  EXPECT_TRUE(got[0].error.ok());
  EXPECT_EQ(got[1].bytes, "<html><body><p>Chunked body.</p></body></html>");
  EXPECT_EQ(got[2].bytes, page);
}

TEST(Warc, TheHttpCharsetTranscodesAPageThatDeclaresNone) {
  // "Привет" in windows-1251, no <meta charset>: the HTTP header says what it is.
  std::string page = "<html><body><p>\xCF\xF0\xE8\xE2\xE5\xF2, said the mayor.</p></body></html>";
  std::string w = warc_record("response", "https://a.example/ru", http("200 OK", "text/html; charset=windows-1251", page)) +
                  warc_record("response", "https://a.example/utf8", http("200 OK", "text/html; charset=windows-1251",
                                                                        "<p>\xD0\x9F\xD1\x80\xD0\xB8</p>"));
  auto got = all(*warc_from_bytes("t.warc", w, ReadOptions{}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_NE(got[0].bytes.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, said"), std::string::npos) << got[0].bytes;
  EXPECT_EQ(got[1].bytes, "<p>\xD0\x9F\xD1\x80\xD0\xB8</p>");  // already UTF-8: left as it is
}

TEST(Warc, ReadsAGzipFileWithOneMemberPerRecord) {
  std::string dir = std::filesystem::temp_directory_path() / ("fw_warc_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  std::string path = dir + "/crawl.warc.gz";
  {
    std::ofstream f(path, std::ios::binary);
    for (int i = 0; i < 3; ++i) {
      f << gzip(warc_record("response", "https://b.example/" + std::to_string(i),
                            http("200 OK", "text/html", "<p>Page " + std::to_string(i) + " text.</p>")));
    }
  }
  auto kind = sniff_file(path);
  ASSERT_TRUE(kind.ok());
  EXPECT_EQ(kind.value(), FileKind::kWarc);
  auto s = open_warc(path, ReadOptions{});
  ASSERT_TRUE(s.ok());
  auto got = all(*s.value());
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[2].url, "https://b.example/2");
  std::filesystem::remove_all(dir);
}

TEST(Warc, TruncatedOrGarbageInputDoesNotCrash) {
  std::string w = warc_record("response", "https://a.example/1", http("200 OK", "text/html", "<p>x</p>"));
  for (size_t cut = 0; cut < w.size(); cut += 7) {
    auto s = warc_from_bytes("t.warc", w.substr(0, cut), ReadOptions{});
    all(*s);
  }
  auto s = warc_from_bytes("t.warc", "WARC/1.0\r\nContent-Length: banana\r\n\r\nxx", ReadOptions{});
  auto got = all(*s);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_FALSE(got[0].error.ok());
}

TEST(Feed, ReadsRssItems) {
  std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Example News</title><link>https://news.example/</link>
<item><title>Floods &amp; storms</title><link>https://news.example/a</link>
<pubDate>Tue, 04 Jun 2024 08:30:00 GMT</pubDate>
<description>Short summary.</description>
<content:encoded><![CDATA[<p>Rivers rose <b>fast</b> on Tuesday.</p>]]></content:encoded></item>
<item><title>Second</title><link>https://news.example/b</link><pubDate>5 Jun 2024 10:00 +0000</pubDate>
<description>&lt;p&gt;Escaped &amp;amp; HTML body.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://news.example/c</link></item>
</channel></rss>)";
  auto s = feed_from_bytes("f.xml", rss, ReadOptions{});
  auto got = all(*s);
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].title, "Floods & storms");
  EXPECT_EQ(got[0].url, "https://news.example/a");
  EXPECT_EQ(got[0].published, "2024-06-04");
  EXPECT_EQ(got[0].bytes, "<p>Rivers rose <b>fast</b> on Tuesday.</p>");
  EXPECT_EQ(got[0].format, InputFormat::kHtml);
  EXPECT_EQ(got[1].bytes, "<p>Escaped &amp; HTML body.</p>");
  EXPECT_EQ(got[1].published, "2024-06-05");
  EXPECT_FALSE(got[2].error.ok());  // no content: reported, not analysed
}

TEST(Feed, ReadsAtomEntries) {
  std::string atom = R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<title>Atom</title><link href="https://atom.example/"/>
<entry><title type="html">Talks &lt;resume&gt;</title>
<link rel="alternate" href="https://atom.example/talks"/><link rel="edit" href="https://atom.example/edit/1"/>
<published>2024-07-10T09:00:00Z</published><updated>2024-07-11T09:00:00Z</updated>
<summary>Plain summary text.</summary></entry></feed>)";
  auto s = feed_from_bytes("a.atom", atom, ReadOptions{});
  auto got = all(*s);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].title, "Talks <resume>");
  EXPECT_EQ(got[0].url, "https://atom.example/talks");
  EXPECT_EQ(got[0].published, "2024-07-10");
  EXPECT_EQ(got[0].bytes, "Plain summary text.");
  EXPECT_EQ(got[0].format, InputFormat::kText);
}

TEST(Feed, HostileMarkupDoesNotCrash) {
  std::string bad = "<rss><item><title><![CDATA[never closed<item><link href='x";
  all(*feed_from_bytes("bad.xml", bad, ReadOptions{}));
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<item><a>";
  all(*feed_from_bytes("deep.xml", deep, ReadOptions{}));
  all(*feed_from_bytes("amp.xml", "<rss><item><description>&#99999999999; &#x; &</description></item></rss>", ReadOptions{}));
}

// CDATA sections hide closing tags (several sections in one element, a closing tag inside
// one); a feed of many items with a CDATA section only at its end keeps every item.
// (find_close once searched for "<![CDATA[" to the end of the file for every element: 20,000
// items took 74 s; the speed is measured in docs/corpus.md, not here.)
TEST(Feed, CdataSectionsHideClosingTagsAndManyItemsAllArrive) {
  std::string rss =
      "<rss><channel><item><title>T</title><link>https://x.example/1</link>"
      "<description><![CDATA[one </description> still]]> and <![CDATA[two </description>]]> end</description>"
      "</item><item><title><![CDATA[</title>]]>B</title><link>https://x.example/2</link>"
      "<description>plain</description></item></channel></rss>";
  auto got = all(*feed_from_bytes("c.xml", rss, ReadOptions{}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].bytes, "one </description> still and two </description> end");
  EXPECT_EQ(got[1].title, "</title>B");
  EXPECT_EQ(got[1].bytes, "plain");

  std::string many = "<rss><channel>";
  for (int i = 0; i < 20000; ++i) {
    many += "<item><title>Item " + std::to_string(i) + "</title><link>https://x.example/" + std::to_string(i) +
            "</link><pubDate>Tue, 04 Jun 2024 08:30:00 GMT</pubDate>" +
            (i == 19999 ? "<description><![CDATA[<p>Body " + std::to_string(i) + "</p>]]></description></item>\n"
                        : "<description>Body " + std::to_string(i) + "</description></item>\n");
  }
  many += "</channel></rss>";
  got = all(*feed_from_bytes("many.xml", many, ReadOptions{}));
  ASSERT_EQ(got.size(), 20000u);
  EXPECT_EQ(got[19999].title, "Item 19999");
  EXPECT_EQ(got[19999].bytes, "<p>Body 19999</p>");
  EXPECT_EQ(got[19999].published, "2024-06-04");
}

TEST(Feed, Dates) {
  EXPECT_EQ(feed_date("Tue, 10 Jun 2003 04:00:00 GMT"), "2003-06-10");
  EXPECT_EQ(feed_date("2003-06-10T04:00:00Z"), "2003-06-10");
  EXPECT_EQ(feed_date("1 Jan 99 00:00 GMT"), "1999-01-01");
  EXPECT_EQ(feed_date("yesterday"), "");
}

TEST(Files, FoldersAreWalkedRecursivelyAndSorted) {
  std::string dir = std::filesystem::temp_directory_path() / ("fw_files_" + std::to_string(getpid()));
  std::filesystem::create_directories(dir + "/b/c");
  std::filesystem::create_directories(dir + "/.git");
  for (const char* f : {"/b/c/2.txt", "/a.txt", "/b/1.txt", "/.hidden", "/.git/x"}) std::ofstream(dir + f) << "x";
  std::vector<std::string> missing;
  auto files = list_files({dir, dir + "/nope"}, &missing);
  ASSERT_EQ(files.size(), 3u);
  EXPECT_EQ(files[0], dir + "/a.txt");
  EXPECT_EQ(files[2], dir + "/b/c/2.txt");
  ASSERT_EQ(missing.size(), 1u);
  std::filesystem::remove_all(dir);
}

TEST(Feed, HonoursTheDeclaredXmlEncoding) {
  std::string rss = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<rss version=\"2.0\"><channel>"
                    "<item><title>Caf\xe9 fire</title><link>https://news.example/a</link>"
                    "<description>The polic\xe9 said on Monday that the caf\xe9 burned.</description></item>"
                    "</channel></rss>";
  auto got = all(*feed_from_bytes("esc.rss", rss, ReadOptions{}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].title, "Caf\xC3\xA9 fire");
  EXPECT_EQ(got[0].bytes, "The polic\xC3\xA9 said on Monday that the caf\xC3\xA9 burned.");
  // Declared windows-1252 (curly quotes at 0x93/0x94).
  std::string w = "<?xml version='1.0' encoding='windows-1252'?><rss><channel><item><title>\x93Quoted\x94"
                  "</title><description>Text.</description></item></channel></rss>";
  got = all(*feed_from_bytes("w.rss", w, ReadOptions{}));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].title, "\xE2\x80\x9CQuoted\xE2\x80\x9D");
}

TEST(Feed, AtomHtmlTitleIsDecodedTwice) {
  std::string atom = R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">
<entry><title type="html">Quake &amp;amp; aftershocks hit Turkey</title>
<link href="https://atom.example/q"/><summary>Text.</summary></entry>
<entry><title type="text">AT&amp;amp;T results</title>
<link href="https://atom.example/t"/><summary>Text.</summary></entry></feed>)";
  auto got = all(*feed_from_bytes("a.atom", atom, ReadOptions{}));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].title, "Quake & aftershocks hit Turkey");
  EXPECT_EQ(got[1].title, "AT&amp;T results");  // type="text": one decode only
}

}  // namespace
}  // namespace factwire::corpus
