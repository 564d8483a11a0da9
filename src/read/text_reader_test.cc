#include <gtest/gtest.h>

#include "factwire/reader.h"
#include "read/text_reader.h"

namespace factwire {
namespace {

std::vector<std::pair<ParagraphKind, std::string>> paragraphs(std::string_view text) {
  auto draft = read_text(text, ReadOptions());
  EXPECT_TRUE(draft.ok()) << draft.status().ToString();
  std::vector<std::pair<ParagraphKind, std::string>> out;
  if (!draft.ok()) return out;
  Document doc = assemble(std::move(draft.value()));
  for (const auto& p : doc.paragraphs) out.emplace_back(p.kind, std::string(doc.slice(p.start, p.end)));
  return out;
}

TEST(Assemble, NormalisesToNfcOnlyWhereTextChanges) {
  Draft draft;
  auto add = [&](std::string text) {
    DraftParagraph p;
    p.text = std::move(text);
    draft.paragraphs.push_back(std::move(p));
  };
  add("Cafe\xCC\x81 au lait");                       // e + combining acute -> U+00E9
  add("\xE0\xA4\xA8\xE0\xA4\xBC\xE0\xA4\xBE");  // na + nukta -> U+0929, then the sign aa
  add("\xE0\xA4\x95\xE0\xA4\xBE\xE0\xA4\xAE");  // ka + sign aa + ma: already NFC
  add("\xE2\x84\xAB ngstr\xC3\xB6m");              // ANGSTROM SIGN -> U+00C5
  add("x\xCC\x81\xCC\xA7");                         // acute then cedilla: reordered
  add("  tab\tand\xC2\xA0nbsp\x01  ");
  Document doc = assemble(std::move(draft));
  ASSERT_EQ(doc.paragraphs.size(), 6u);
  auto para = [&](size_t k) { return std::string(doc.slice(doc.paragraphs[k].start, doc.paragraphs[k].end)); };
  EXPECT_EQ(para(0), "Caf\xC3\xA9 au lait");
  EXPECT_EQ(para(1), "\xE0\xA4\xA9\xE0\xA4\xBE");
  EXPECT_EQ(para(2), "\xE0\xA4\x95\xE0\xA4\xBE\xE0\xA4\xAE");
  EXPECT_EQ(para(3), "\xC3\x85 ngstr\xC3\xB6m");
  EXPECT_EQ(para(4), "x\xCC\xA7\xCC\x81");
  EXPECT_EQ(para(5), "tab and nbsp");
  EXPECT_EQ(doc.text.substr(0, 3), "Caf");
  EXPECT_EQ(doc.paragraphs[1].start, doc.paragraphs[0].end + 2);
}

// Spaces collapse, controls go and the ends are trimmed the same wherever runs of plain
// text, spaces and other characters fall against the 8-byte steps of the fast path:
// random paragraphs, checked against a one-character-at-a-time statement of the rule.
TEST(Assemble, CleansLikeTheRuleOneCharacterAtATime) {
  const char* const kPieces[] = {"a", "b", "Z", ".", " ", "  ", "\t", "\n", "\xC3\xA9", "\xC2\xA0",
                                 "\xE2\x80\x9C", "\xE2\x80\x8B", "\x01", "\x7F", "word", "x y"};
  const bool kSpace[] = {false, false, false, false, true, true, true, true, false, true,
                         false, false, false, false, false, false};
  const bool kDropped[] = {false, false, false, false, false, false, false, false, false, false,
                           false, true, true, true, false, false};
  uint32_t seed = 12345;
  auto rnd = [&seed](uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  for (int round = 0; round < 20000; ++round) {
    std::string raw, want;
    bool pending = false;
    const uint32_t len = rnd(40);
    // Half the rounds mostly plain text and single or double spaces.
    const uint32_t kinds = round % 2 ? 16 : 6;
    for (uint32_t k = 0; k < len; ++k) {
      const uint32_t c = rnd(kinds);
      raw += kPieces[c];
      if (kSpace[c]) {
        pending = !want.empty();
      } else if (!kDropped[c]) {
        // "x y" holds a space of its own.
        std::string piece = kPieces[c];
        if (pending) want += ' ';
        want += piece;
        pending = false;
      }
    }
    Draft draft;
    DraftParagraph p;
    p.text = raw;
    draft.paragraphs.push_back(std::move(p));
    Document doc = assemble(std::move(draft));
    ASSERT_EQ(doc.text, want) << "raw: " << raw;
  }
  // A double space across the boundary of two 8-byte steps.
  Draft draft;
  DraftParagraph p;
  p.text = "abcdefg  hijklmnopq";
  draft.paragraphs.push_back(std::move(p));
  EXPECT_EQ(assemble(std::move(draft)).text, "abcdefg hijklmnopq");
}

TEST(Assemble, DropsEmptyParagraphsWithTheirSeparator) {
  Draft draft;
  for (const char* t : {"One.", " \x01 ", "Two."}) {
    DraftParagraph p;
    p.text = t;
    draft.paragraphs.push_back(std::move(p));
  }
  Document doc = assemble(std::move(draft));
  EXPECT_EQ(doc.text, "One.\n\nTwo.");
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_EQ(doc.paragraphs[1].start, 6u);
}

TEST(TextReader, FindsBylineAndTitleAtTheTop) {
  auto draft = read_text("\n\nBy: Jane Roe | Wire\n\nIs the dam safe?\n\nThe dam held. Engineers said so.\n", {});
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->byline, "Jane Roe | Wire");
  EXPECT_EQ(draft->title, "Is the dam safe?");
  ASSERT_EQ(draft->paragraphs.size(), 3u);
  EXPECT_EQ(draft->paragraphs[0].kind, ParagraphKind::kByline);
  EXPECT_EQ(draft->paragraphs[1].kind, ParagraphKind::kTitle);
  EXPECT_EQ(draft->paragraphs[2].kind, ParagraphKind::kBody);
}

TEST(TextReader, DropsAReferenceSectionUpToTheNextRealHeading) {
  auto p = paragraphs(
      "Storm hits coast\n\nThe storm reached the coast on Monday. Roads were closed.\n\n"
      "Sources\n\n\"Storm closes roads\" \u2014 Coast Herald, August 15, 2008\n\n"
      "\"Coast braces for storm\" \u2014 Daily Wire, August 14, 2008\n\n"
      "Aftermath\n\nCrews cleared the roads on Tuesday. Schools reopened.\n\n"
      "External links:\n\nhttps://example.org/storm");
  std::string all;
  for (const auto& [kind, text] : p) all += text + "|";
  EXPECT_EQ(all.find("Coast Herald"), std::string::npos) << all;
  EXPECT_EQ(all.find("Sources"), std::string::npos) << all;
  EXPECT_EQ(all.find("example.org"), std::string::npos) << all;
  EXPECT_NE(all.find("Crews cleared the roads"), std::string::npos) << all;
  EXPECT_NE(all.find("The storm reached the coast"), std::string::npos) << all;
}

TEST(TextReader, JoinsParagraphBrokenInMidSentence) {
  auto p = paragraphs("Title here\n\nThe council met on Monday and blamed the mayor for failing to end the strike\n\n"
                      "or the closure of the port.\n\nIt adjourned.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1].second,
            "The council met on Monday and blamed the mayor for failing to end the strike or the closure of the port.");
}

TEST(TextReader, JoinsBrokenQuoteParagraph) {
  auto p = paragraphs("Title here\n\nFirst paragraph ends here.\n\n\xE2\x80\x9CThey had been very clear with the others\n\n"
                      "on how it was,\xE2\x80\x9D said Ann Lee.");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[2].second, "\xE2\x80\x9CThey had been very clear with the others on how it was,\xE2\x80\x9D said Ann Lee.");
}

TEST(TextReader, SetsApartPullQuoteWithAttribution) {
  auto p = paragraphs(
      "A headline for the story\n\nThe minister spoke on Tuesday.\n\n"
      "The city will pay a growing price for every day of delay - Ann Lee\n\n"
      "Last week, Mayor Ann Lee said the city \xE2\x80\x9Cwill pay a growing price for every day of delay.\xE2\x80\x9D\n\n"
      "Others disagreed.");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[2].first, ParagraphKind::kPullQuote);
  EXPECT_EQ(p[2].second, "The city will pay a growing price for every day of delay");
  EXPECT_EQ(p[3].first, ParagraphKind::kBody);
}

TEST(TextReader, SetsApartUnattributedPullQuoteThatPrecedesItsParagraph) {
  auto p = paragraphs(
      "A headline for the story\n\nThe minister spoke on Tuesday.\n\n"
      "When the storm hit the coast the power company cut the lines\n\n"
      "Residents were told to stay home.\n\n"
      "When the storm hit the coast the power company cut the lines, and repair crews waited.");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[2].first, ParagraphKind::kPullQuote);
  EXPECT_EQ(p[4].first, ParagraphKind::kBody);
}

// Repeated words are compared lower-cased, whatever the apostrophe, across the 8-byte
// steps of the word hash (words of 8 and 16 letters) and through non-ASCII letters.
TEST(TextReader, PullQuoteMatchesAcrossCaseApostrophesAndLongWords) {
  auto p = paragraphs(
      "A headline for the story\n\nThe minister spoke on Tuesday.\n\n"
      "ZÜRICH\xE2\x80\x99S INTERNATIONALISTS said the Hezbollah\xE2\x80\x99s decision was unexpected\n\n"
      "Residents were told to stay home.\n\n"
      "Z\xC3\xBCrich's internationalists said the hezbollah's decision was unexpected, and that "
      "the talks would go on.");
  ASSERT_EQ(p.size(), 5u);
  EXPECT_EQ(p[2].first, ParagraphKind::kPullQuote);
  EXPECT_EQ(p[4].first, ParagraphKind::kBody);
  // A word that differs in its 17th letter only breaks three of four trigrams: no pull quote.
  auto q = paragraphs(
      "A headline for the story\n\nThe minister spoke on Tuesday.\n\n"
      "The decision internationalistz was unexpected today\n\n"
      "Residents were told to stay home.\n\n"
      "The decision internationalists was unexpected today, and the talks would go on.");
  ASSERT_EQ(q.size(), 5u);
  EXPECT_NE(q[2].first, ParagraphKind::kPullQuote);
  EXPECT_EQ(q[4].first, ParagraphKind::kBody);
}

TEST(TextReader, RecognisesSectionHeadings) {
  auto p = paragraphs("Main title of it\n\nFirst body paragraph is here.\n\nA new approach to old problems\n\n"
                      "Second body paragraph is here.");
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[2].first, ParagraphKind::kHeading);
  EXPECT_EQ(p[3].first, ParagraphKind::kBody);
}

TEST(TextReader, RemovesMarkdownKeepsLinks) {
  auto draft = read_text("Some **bold words** and _this_ and [the report](https://ex.org/r) and snake_case_name.", {});
  ASSERT_TRUE(draft.ok());
  Document doc = assemble(std::move(draft.value()));
  EXPECT_EQ(doc.text, "Some bold words and this and the report and snake_case_name.");
  ASSERT_EQ(doc.links.size(), 1u);
  EXPECT_EQ(doc.links[0].target, "https://ex.org/r");
  EXPECT_EQ(doc.slice(doc.links[0].start, doc.links[0].end), "the report");
}

TEST(TextReader, StripsInlineHtmlTags) {
  std::vector<Link> links;
  EXPECT_EQ(strip_inline_markup("a <b>bold</b> claim<br/> and 3 < 4 > 2", &links), "a bold claim and 3 < 4 > 2");
}

TEST(TextReader, KeepsSmartPunctuation) {
  auto p = paragraphs("\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x93 twice.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].second, "\xE2\x80\x9CYes,\xE2\x80\x9D she said \xE2\x80\x93 twice.");
}

TEST(TextReader, ShortLinesFormAList) {
  auto p = paragraphs("features\ncontact manager\nevents, activities\n");
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[1].second, "contact manager");
}

TEST(TextReader, SoftWrappedLinesAreOneParagraph) {
  auto p = paragraphs("It was a cold \nnight in the city.");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].second, "It was a cold night in the city.");
}

TEST(TextReader, KnownTitleMarksFirstParagraph) {
  auto draft = read_text_with_title("Dam holds\n\nThe dam held.", {}, "Dam holds");
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->paragraphs[0].kind, ParagraphKind::kTitle);
  EXPECT_EQ(draft->title, "Dam holds");
}

TEST(TextReader, NormalisesSpacesAndDropsControls) {
  auto p = paragraphs("A\xC2\xA0" "b\xE2\x80\x8B" "c\x01 d\te");
  ASSERT_EQ(p.size(), 1u);
  EXPECT_EQ(p[0].second, "A bc d e");
}

TEST(TextReader, ManyRepeatedParagraphsGiveOneWarning) {
  std::string text = "Floods hit the north.\n\n";
  const std::string para = "The river rose by two metres overnight and reached the old town on Monday, officials said.";
  for (int i = 0; i < 40; ++i) text += para + "\n\n";
  auto draft = read_text(text, {});
  ASSERT_TRUE(draft.ok());
  size_t repeat_warnings = 0;
  for (const auto& w : draft->warnings) repeat_warnings += w.find("word for word") != std::string::npos;
  EXPECT_EQ(repeat_warnings, 1u);
  bool counted = false;
  for (const auto& w : draft->warnings) counted |= w.find("dropped 39 paragraphs") != std::string::npos;
  EXPECT_TRUE(counted);
}

TEST(TextReader, RejectsEmptyAndBinary) {
  EXPECT_EQ(read_text("", {}).status().code(), Code::kInvalidInput);
  EXPECT_EQ(read_text("  \n\n ", {}).status().code(), Code::kInvalidInput);
  EXPECT_EQ(read_text(std::string("ab\0cd", 5), {}).status().code(), Code::kInvalidInput);
  EXPECT_EQ(read_text("%PDF-1.4 stuff", {}).status().code(), Code::kInvalidInput);
}

TEST(TextReader, RepairsInvalidUtf8WithWarning) {
  auto draft = read_text("Caf\xE9 is open.", {});
  ASSERT_TRUE(draft.ok());
  EXPECT_EQ(draft->warnings.size(), 1u);
  ReadOptions strict;
  strict.repair_utf8 = false;
  EXPECT_FALSE(read_text("Caf\xE9 is open.", strict).ok());
}

TEST(TextReader, SourceOffsetsPointIntoInput) {
  std::string input = "Title line\n\nBody one is here.\n\nBody two.";
  auto draft = read_text(input, {});
  ASSERT_TRUE(draft.ok());
  const auto& p = draft->paragraphs[2];
  EXPECT_EQ(input.substr(p.source_start, p.source_end - p.source_start), "Body two.");
}

}  // namespace
}  // namespace factwire
