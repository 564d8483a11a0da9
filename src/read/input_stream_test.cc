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

TEST(InputStream, JsonArrayOfRecordsIsReadAsRecords) {
  auto docs = drain(*InputStream::from_bytes(
      "arr.json",
      "[{\"id\":\"arr1\",\"text\":\"Police said 3 people died.\"},\n"
      " {\"id\":\"arr2\",\"title\":\"T\",\"text\":\"Rain fell.\"}, {\"text\":\"No id.\"}, 7]\n",
      {}));
  ASSERT_EQ(docs.size(), 4u);
  EXPECT_EQ(docs[0].id, "arr1");
  EXPECT_EQ(docs[0].bytes, "Police said 3 people died.");
  EXPECT_TRUE(docs[0].error.ok());
  EXPECT_EQ(docs[1].title, "T");
  EXPECT_EQ(docs[2].id, "arr.json#3");
  EXPECT_EQ(docs[2].bytes, "No id.");
  EXPECT_EQ(docs[3].error.code(), Code::kInvalidInput);  // not an object
}

TEST(InputStream, PrettyPrintedObjectsAreRecordsNotBrokenLines) {
  auto docs = drain(*InputStream::from_bytes("pretty.json",
                                             "{\n  \"id\": \"p1\",\n  \"text\": \"Rain fell on Monday.\"\n}\n"
                                             "{\n  \"id\": \"p2\",\n  \"text\": \"The river rose.\"\n}\n",
                                             {}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].error.ok()) << docs[0].error.ToString();
  EXPECT_EQ(docs[0].id, "p1");
  EXPECT_EQ(docs[1].bytes, "The river rose.");
}

TEST(InputStream, JsonLinesWithABrokenFirstLineStayLines) {
  auto docs = drain(*InputStream::from_bytes(
      "mem", "{\"id\":\"cut\",\"text\":\"trunc\n{\"id\":\"ok\",\"text\":\"Fine.\"}\n", {}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].error.code(), Code::kInvalidInput);
  EXPECT_EQ(docs[1].id, "ok");
  EXPECT_TRUE(docs[1].error.ok());
}

TEST(InputStream, JsonLinesCutAtTheStartOrWithAHeaderLineStayLines) {
  // A crawl file split in the middle of a record: the first line is its tail.
  auto cut = drain(*InputStream::from_bytes(
      "part-2", "ion\": \"x\", \"text\": \"Rain fell.\"}\n{\"id\":\"b\",\"text\":\"The river rose.\"}\n", {}));
  ASSERT_EQ(cut.size(), 2u);
  EXPECT_EQ(cut[0].error.code(), Code::kInvalidInput);
  EXPECT_EQ(cut[1].id, "b");
  EXPECT_TRUE(cut[1].error.ok()) << cut[1].error.ToString();
  // A header line, as some exports write one.
  auto header = drain(*InputStream::from_bytes(
      "export", "[\"id\",\"text\"]\n{\"id\":\"a\",\"text\":\"Rain.\"}\n{\"id\":\"c\",\"text\":\"Sun.\"}\n", {}));
  ASSERT_EQ(header.size(), 3u);
  EXPECT_FALSE(header[0].error.ok());
  EXPECT_EQ(header[2].id, "c");
  EXPECT_TRUE(header[2].error.ok());
  // Plain text stays one document.
  auto text = drain(*InputStream::from_bytes("note", "Rain fell.\nThe river rose.\n", {}));
  ASSERT_EQ(text.size(), 1u);
  EXPECT_TRUE(text[0].error.ok());
}

TEST(InputStream, AJsonLinesFileNameKeepsACutFileAsLines) {
  // The cut first line is longer than the bytes sniffed: the name says JSON Lines.
  std::string path = testing::TempDir() + "/part-3.jsonl";
  {
    std::ofstream out(path);
    out << "ext\": \"" << std::string(10000, 'a') << "\"}\n{\"id\":\"d\",\"text\":\"Rain fell.\"}\n";
  }
  auto s = InputStream::open(path, {});
  ASSERT_TRUE(s.ok());
  auto docs = drain(*s.value());
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_FALSE(docs[0].error.ok());
  EXPECT_EQ(docs[1].id, "d");
  std::remove(path.c_str());
}

TEST(InputStream, AJsonArrayCutShortKeepsItsWholeRecords) {
  auto docs = drain(*InputStream::from_bytes(
      "arr.json", "[{\"id\":\"a\",\"text\":\"One [x] {y}.\"},\n {\"id\":\"b\",\"text\":\"Two \\\"q\\\".\"},\n {\"id\":\"c\",\"te", {}));
  ASSERT_EQ(docs.size(), 3u);
  EXPECT_EQ(docs[0].id, "a");
  EXPECT_EQ(docs[0].bytes, "One [x] {y}.");
  EXPECT_EQ(docs[1].bytes, "Two \"q\".");
  EXPECT_TRUE(docs[1].error.ok()) << docs[1].error.ToString();
  EXPECT_EQ(docs[2].error.code(), Code::kInvalidInput);
  EXPECT_NE(docs[2].error.message().find("cut short after record 2"), std::string::npos) << docs[2].error.message();
  // One broken record inside a closed array costs only that record.
  auto one = drain(*InputStream::from_bytes("arr2.json", "[{\"text\":\"One.\"}, {\"text\": tru}, {\"text\":\"Three.\"}]", {}));
  ASSERT_EQ(one.size(), 3u);
  EXPECT_TRUE(one[0].error.ok());
  EXPECT_FALSE(one[1].error.ok());
  EXPECT_EQ(one[2].bytes, "Three.");
}

TEST(InputStream, AnEscapedNulInARecordIsNotBinary) {
  auto docs = drain(*InputStream::from_bytes("nul.jsonl", "{\"id\":\"n\",\"text\":\"Rain\\u0000 fell.\"}\n", {}));
  ASSERT_EQ(docs.size(), 1u);
  ASSERT_TRUE(docs[0].error.ok()) << docs[0].error.ToString();
  EXPECT_EQ(docs[0].bytes, "Rain\xEF\xBF\xBD fell.");
  EXPECT_TRUE(check_document(docs[0].bytes, {}).ok());
}

TEST(InputStream, UnfinishedPrettyObjectIsReportedNotLost) {
  auto docs = drain(*InputStream::from_bytes("cut.json", "{\n  \"id\": \"p1\",\n  \"text\": \"Rain.\"\n", {}));
  ASSERT_FALSE(docs.empty());
  for (const Input& d : docs) EXPECT_FALSE(d.error.ok()) << d.id;
  auto two = drain(*InputStream::from_bytes("cut2.json", "{\"text\":\n \"One.\"}\n{\"text\":\n \"Tw", {}));
  ASSERT_EQ(two.size(), 2u);
  EXPECT_TRUE(two[0].error.ok());
  EXPECT_FALSE(two[1].error.ok());
}

TEST(InputStream, ByteOrderMarkDoesNotCostTheFirstRecord) {
  auto docs = drain(*InputStream::from_bytes(
      "bom.jsonl", "\xEF\xBB\xBF{\"id\":\"w1\",\"text\":\"One.\"}\n{\"id\":\"w2\",\"text\":\"Two.\"}\n", {}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_TRUE(docs[0].error.ok()) << docs[0].error.ToString();
  EXPECT_EQ(docs[0].id, "w1");
  auto arr = drain(*InputStream::from_bytes("bom.json", "\xEF\xBB\xBF[{\"text\":\"One.\"}]", {}));
  ASSERT_EQ(arr.size(), 1u);
  EXPECT_TRUE(arr[0].error.ok());
}

TEST(InputStream, InvalidUtf8InARecordIsRepairedNotRejected) {
  auto docs = drain(*InputStream::from_bytes(
      "bad.jsonl",
      "{\"id\":\"u1\",\"title\":\"Caf\xe9\",\"text\":\"Caf\xe9 owners met on Monday.\"}\n"
      "{\"id\":\"u2\",\"text\":\"A lone \\ud800 surrogate, a pair \\ud83d\\ude00.\"}\n",
      {}));
  ASSERT_EQ(docs.size(), 2u);
  ASSERT_TRUE(docs[0].error.ok()) << docs[0].error.ToString();
  EXPECT_EQ(docs[0].title, "Caf\xEF\xBF\xBD");
  EXPECT_EQ(docs[0].bytes, "Caf\xe9 owners met on Monday.");  // the raw byte, for the reader's repair
  std::string text;
  std::vector<std::string> warnings;
  ASSERT_TRUE(validate_text(docs[0].bytes, {}, &text, &warnings).ok());
  EXPECT_EQ(text, "Caf\xEF\xBF\xBD owners met on Monday.");
  EXPECT_EQ(warnings.size(), 1u);
  ASSERT_TRUE(docs[1].error.ok()) << docs[1].error.ToString();
  warnings.clear();
  ASSERT_TRUE(validate_text(docs[1].bytes, {}, &text, &warnings).ok());
  EXPECT_EQ(text, "A lone \xEF\xBF\xBD surrogate, a pair \xF0\x9F\x98\x80.");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(InputStream, EmptyTextFieldSaysTheDocumentIsEmpty) {
  auto docs = drain(*InputStream::from_bytes("e.jsonl", "{\"id\":\"e\",\"text\":\"\"}\n{\"id\":\"n\"}\n", {}));
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_NE(docs[0].error.message().find("empty"), std::string::npos) << docs[0].error.message();
  EXPECT_EQ(docs[0].error.message().find("no \"text\""), std::string::npos);
  EXPECT_NE(docs[1].error.message().find("no \"text\""), std::string::npos);
}

TEST(InputStream, Utf16FileIsTranscoded) {
  std::string le = "\xFF\xFE";
  for (char c : std::string("<p>Caf")) le += std::string(1, c) + '\0';
  le += "\xE9";
  le += '\0';
  le += "</p>";  // an odd tail: "<", "/p" ... are read as units; only the prefix matters here
  auto docs = drain(*InputStream::from_bytes("u16.html", le, {}));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].bytes.substr(0, 8), "<p>Caf\xC3\xA9");
  // Bytes that reach the checks undecoded get an honest message, not "binary".
  Status st = check_document(le, {});
  EXPECT_NE(st.message().find("UTF-16"), std::string::npos) << st.message();
}

std::string utf16le(const std::u16string& s, bool bom = true) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (char16_t c : s) {
    out += static_cast<char>(c & 0xFF);
    out += static_cast<char>(c >> 8);
  }
  return out;
}

// JSON Lines in UTF-16 (with a byte order mark) are records, in auto mode and as --input-format
// jsonl, in memory and from a file read in chunks (a surrogate pair across a chunk's end).
TEST(InputStream, Utf16JsonLinesAreRecords) {
  std::string le = utf16le(u"{\"id\":\"w\",\"text\":\"Four people died.\"}\n{\"id\":\"x\",\"text\":\"Caf\u00e9 \U0001F600.\"}\n");
  for (InputFormat f : {InputFormat::kAuto, InputFormat::kJsonl}) {
    ReadOptions o;
    o.format = f;
    auto docs = drain(*InputStream::from_bytes("u16.jsonl", le, o));
    ASSERT_EQ(docs.size(), 2u);
    EXPECT_TRUE(docs[0].error.ok()) << docs[0].error.ToString();
    EXPECT_EQ(docs[0].id, "w");
    EXPECT_EQ(docs[0].bytes, "Four people died.");
    EXPECT_EQ(docs[1].bytes, "Caf\xC3\xA9 \xF0\x9F\x98\x80.");
  }
  // A file: many records, every chunk boundary somewhere else in the UTF-16.
  std::u16string many;
  for (int i = 0; i < 3000; ++i) {
    std::u16string n;
    for (char c : std::to_string(i)) n += static_cast<char16_t>(c);
    many += u"{\"id\":\"r" + n + u"\",\"text\":\"Record \U0001F600 " + n + u" was read.\"}\n";
  }
  std::string path = testing::TempDir() + "/u16_many.jsonl";
  std::ofstream(path, std::ios::binary) << utf16le(many);
  auto s = InputStream::open(path, {});
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  auto docs = drain(*s.value());
  ASSERT_EQ(docs.size(), 3000u);
  for (const Input& d : docs) ASSERT_TRUE(d.error.ok()) << d.id << " " << d.error.ToString();
  EXPECT_EQ(docs[2999].id, "r2999");
  EXPECT_EQ(docs[2999].bytes, "Record \xF0\x9F\x98\x80 2999 was read.");
  std::remove(path.c_str());
}

// A stray odd byte at the end of a UTF-16 file (and an unpaired surrogate) is repaired with the
// readers' warning, not silently.
TEST(InputStream, Utf16DamageIsRepairedWithAWarning) {
  std::string le = utf16le(u"Five people died.") + "\x2E";
  auto docs = drain(*InputStream::from_bytes("odd.txt", le, {}));
  ASSERT_EQ(docs.size(), 1u);
  std::string text;
  std::vector<std::string> warnings;
  ASSERT_TRUE(validate_text(docs[0].bytes, {}, &text, &warnings).ok());
  EXPECT_EQ(text, "Five people died.\xEF\xBF\xBD");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("repaired 1"), std::string::npos) << warnings[0];
  std::u16string lone = u"A ";
  lone += static_cast<char16_t>(0xD800);
  lone += u" b.";
  docs = drain(*InputStream::from_bytes("lone.txt", utf16le(lone), {}));
  ASSERT_EQ(docs.size(), 1u);
  warnings.clear();
  ASSERT_TRUE(validate_text(docs[0].bytes, {}, &text, &warnings).ok());
  EXPECT_EQ(text, "A \xEF\xBF\xBD b.");
  EXPECT_EQ(warnings.size(), 1u);
}

// A pretty-printed object cut short is one error that says so, not one per line.
TEST(InputStream, UnfinishedPrettyObjectIsOneError) {
  auto docs = drain(*InputStream::from_bytes(
      "cut.json", "{\n  \"id\": \"u\",\n  \"text\": \"Five people were killed.\"\n", {}));
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_EQ(docs[0].error.code(), Code::kInvalidInput);
  EXPECT_NE(docs[0].error.message().find("unfinished JSON object"), std::string::npos) << docs[0].error.message();
  EXPECT_NE(docs[0].error.message().find("line 1"), std::string::npos) << docs[0].error.message();
}

}  // namespace
}  // namespace factwire
