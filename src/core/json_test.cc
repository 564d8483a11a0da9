#include "factwire/json.h"

#include <gtest/gtest.h>

#include "core/json_writer.h"

namespace factwire {
namespace {

TEST(JsonWriter, EscapesControlQuotesAndLineSeparators) {
  std::string out;
  JsonWriter w(&out);
  w.value(std::string_view("a\"b\\c\n\x01 \xE2\x80\xA8 \xE2\x80\x9C"));
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001 \\u2028 \xE2\x80\x9C\"");
}

TEST(JsonWriter, ReplacesInvalidUtf8SoTheOutputIsAlwaysJson) {
  std::string out;
  JsonWriter w(&out);
  // A raw Latin-1 byte (a file name), a lone continuation byte, a truncated sequence at the
  // end, an overlong "/" and a surrogate; valid 2-, 3- and 4-byte characters are kept.
  w.value(std::string_view("caf\xE9 \x80 \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\x8D \xC0\xAF \xED\xA0\x80 \xE2\x82"));
  EXPECT_EQ(out, "\"caf\xEF\xBF\xBD \xEF\xBF\xBD \xC3\xA9 \xE2\x82\xAC \xF0\x9F\x8C\x8D \xEF\xBF\xBD\xEF\xBF\xBD "
                 "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD \xEF\xBF\xBD\xEF\xBF\xBD\"");
}

TEST(JsonWriter, NumbersKeepEveryDigitTheyNeed) {
  std::string out;
  JsonWriter w(&out);
  // The digits a text can carry, not the noise of arithmetic on them (6.16 x 1e6, 3.28).
  w.begin_array().value(214748364.55).value(2147483649.55).value(0.000125).value(6159999.999999999);
  w.value(3.2800000000000002).value(1700000.0000000002).end_array();
  EXPECT_EQ(out, "[214748364.55,2147483649.55,0.000125,6160000,3.28,1700000]");
}

TEST(JsonWriter, NestsObjectsAndArraysWithCommas) {
  std::string out;
  JsonWriter w(&out);
  w.begin_object().field("a", 1).key("b").begin_array().value(true).null().value(2.5).end_array();
  w.key("c").begin_object().end_object().end_object();
  EXPECT_EQ(out, R"({"a":1,"b":[true,null,2.5],"c":{}})");
}

TEST(JsonWriter, PrettyPrintIndents) {
  std::string out;
  JsonWriter w(&out, true);
  w.begin_object().field("a", 1).end_object();
  EXPECT_EQ(out, "{\n  \"a\": 1\n}");
}

TEST(Json, DocumentCarriesContractSections) {
  Document doc;
  doc.id = "d1";
  doc.text = "Hello.";
  doc.paragraphs.push_back({ParagraphKind::kBody, 0, 6, "", 0, 6});
  std::string out = to_json(doc, {});
  for (const char* key : {"\"schema\":\"factwire/1\"", "\"document\":", "\"sentences\":", "\"entities\":",
                          "\"quotes\":", "\"figures\":", "\"times\":", "\"events\":", "\"errors\":[]",
                          "\"title\":null", "\"kind\":\"body\""}) {
    EXPECT_NE(out.find(key), std::string::npos) << key << " in " << out;
  }
  EXPECT_EQ(out.find("\"tokens\""), std::string::npos);
}

TEST(Json, ErrorObjectNamesCodeAndMessage) {
  std::string out = error_json("bad.txt", Status::InvalidInput("the file is empty"), {});
  EXPECT_NE(out.find("\"code\":\"invalid_input\""), std::string::npos);
  EXPECT_NE(out.find("\"message\":\"the file is empty\""), std::string::npos);
  EXPECT_NE(out.find("\"id\":\"bad.txt\""), std::string::npos);
}

}  // namespace
}  // namespace factwire
