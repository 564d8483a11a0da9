#include "segment/segment.h"

#include <gtest/gtest.h>

#include <simdjson.h>

#include <filesystem>
#include <string>
#include <vector>

namespace factwire {
namespace {

Paragraph para(uint32_t start, uint32_t end) {
  Paragraph p;
  p.start = start;
  p.end = end;
  return p;
}

using V = std::vector<std::string>;

Document one_paragraph(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.paragraphs.push_back(para(0, static_cast<uint32_t>(text.size())));
  return doc;
}

// Paragraphs separated by blank lines, trimmed, as the readers produce them.
Document paragraphs(const std::string& text) {
  Document doc;
  doc.text = text;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i >= text.size()) break;
    size_t j = text.find("\n\n", i);
    if (j == std::string::npos) j = text.size();
    size_t e = j;
    while (e > i && (text[e - 1] == ' ' || text[e - 1] == '\n' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    doc.paragraphs.push_back(para(static_cast<uint32_t>(i), static_cast<uint32_t>(e)));
    i = j;
  }
  return doc;
}

V sentences_of(Document doc) {
  segment_document(&doc);
  EXPECT_EQ(check_segmentation(doc), "");
  V out;
  for (const auto& s : doc.sentences) out.emplace_back(doc.slice(s.start, s.end));
  return out;
}

V sents(const std::string& text) { return sentences_of(one_paragraph(text)); }

std::string collapse_space(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

TEST(Segment, SplitsOnFinalPunctuation) {
  EXPECT_EQ(sents("Hello World. My name is Jonas."), (V{"Hello World.", "My name is Jonas."}));
  EXPECT_EQ(sents("What is your name? Stop! Go."), (V{"What is your name?", "Stop!", "Go."}));
  EXPECT_EQ(sents("She works at Yahoo! in the accounting department."),
            (V{"She works at Yahoo! in the accounting department."}));
}

// `"We will win!" Rossi said.`: after a quote ending in "!" or "?", a named speaker and a
// speech verb that ends the attribution stay in the quote's sentence; "X said that ..." is a
// sentence of its own, as is a quote followed by any other capitalised sentence.
TEST(Segment, AttributionAfterExclamationOrQuestionStaysWithTheQuote) {
  EXPECT_EQ(sents("\"We will win!\" Rossi said. Then she left."),
            (V{"\"We will win!\" Rossi said.", "Then she left."}));
  EXPECT_EQ(sents("\"Why stop?\" Prime Minister Anna Rossi told reporters on Monday."),
            (V{"\"Why stop?\" Prime Minister Anna Rossi told reporters on Monday."}));
  EXPECT_EQ(sents("\"What do you think?\" Kevin Rudd said that the words come first."),
            (V{"\"What do you think?\"", "Kevin Rudd said that the words come first."}));
  EXPECT_EQ(sents("\"We will win!\" Crowds cheered."), (V{"\"We will win!\"", "Crowds cheered."}));
}

TEST(Segment, KeepsTitlesWithTheirNames) {
  EXPECT_EQ(sents("Mr. Smith met Dr. Jones and Gen. Aoun. Sen. Kerry and Gov. Brown and Rep. Lee came."),
            (V{"Mr. Smith met Dr. Jones and Gen. Aoun.", "Sen. Kerry and Gov. Brown and Rep. Lee came."}));
  EXPECT_EQ(sents("Lt. Col. Ahmed spoke to Prof. Lee at St. Mary's."),
            (V{"Lt. Col. Ahmed spoke to Prof. Lee at St. Mary's."}));
}

TEST(Segment, AmbiguousAbbreviationsEndSentencesBeforeStarters) {
  EXPECT_EQ(sents("I work for the U.S. Government in Virginia."), (V{"I work for the U.S. Government in Virginia."}));
  EXPECT_EQ(sents("I live in the U.S. How about you?"), (V{"I live in the U.S.", "How about you?"}));
  EXPECT_EQ(sents("U.S. officials said the U.S. Army left."), (V{"U.S. officials said the U.S. Army left."}));
  EXPECT_EQ(sents("He joined Apple Inc. The company grew."), (V{"He joined Apple Inc.", "The company grew."}));
  EXPECT_EQ(sents("Apple Inc. CEO Tim Cook spoke."), (V{"Apple Inc. CEO Tim Cook spoke."}));
  EXPECT_EQ(sents("It opened on Jan. 5 in Calif. The show ran."), (V{"It opened on Jan. 5 in Calif.", "The show ran."}));
  EXPECT_EQ(sents("They sold cars, boats, etc. Then they left."), (V{"They sold cars, boats, etc.", "Then they left."}));
  EXPECT_EQ(sents("It was No. 5 in the list."), (V{"It was No. 5 in the list."}));
}

TEST(Segment, ThePlatformXEndsASentence) {
  EXPECT_EQ(sents("Khamenei wrote in a post on X. Iran's foreign minister said it."),
            (V{"Khamenei wrote in a post on X.", "Iran's foreign minister said it."}));
  EXPECT_EQ(sents("She wrote to J. Smith and Malcolm X. Jones replied."),
            (V{"She wrote to J. Smith and Malcolm X. Jones replied."}));
  EXPECT_EQ(sents("A letter addressed to X. Smith arrived."), (V{"A letter addressed to X. Smith arrived."}));
  // Title-case headlines keep their initialisms: "U.S. To Leave", "U.K. Aid".
  EXPECT_EQ(sents("Trump Says U.S. To Leave WHO"), (V{"Trump Says U.S. To Leave WHO"}));
}

TEST(Segment, TimesOfDay) {
  EXPECT_EQ(sents("At 5 a.m. Mr. Smith went to the bank. He left the bank at 6 P.M. Mr. Smith then went."),
            (V{"At 5 a.m. Mr. Smith went to the bank.", "He left the bank at 6 P.M.", "Mr. Smith then went."}));
  EXPECT_EQ(sents("The blast hit at 5 a.m. Tuesday near the port."), (V{"The blast hit at 5 a.m. Tuesday near the port."}));
}

TEST(Segment, Initials) {
  EXPECT_EQ(sents("J. R. R. Tolkien wrote it. My name is Jonas E. Smith."),
            (V{"J. R. R. Tolkien wrote it.", "My name is Jonas E. Smith."}));
  EXPECT_EQ(sents("We make a good team, you and I. Did you see Albert I. Jones yesterday?"),
            (V{"We make a good team, you and I.", "Did you see Albert I. Jones yesterday?"}));
}

TEST(Segment, Numbers) {
  EXPECT_EQ(sents("It cost $1.5 million. That is 3.14 times more."),
            (V{"It cost $1.5 million.", "That is 3.14 times more."}));
  EXPECT_EQ(sents("She has $100.00 in her bag."), (V{"She has $100.00 in her bag."}));
  EXPECT_EQ(sents("He was born in 1999. 25 people came."), (V{"He was born in 1999.", "25 people came."}));
  EXPECT_EQ(sents("Please turn to p. 55."), (V{"Please turn to p. 55."}));
}

TEST(Segment, Ellipses) {
  EXPECT_EQ(sents("I never meant that.... She left the store."), (V{"I never meant that....", "She left the store."}));
  EXPECT_EQ(sents("I wasn't really ... well, what I mean...see . . . what I'm saying."),
            (V{"I wasn't really ... well, what I mean...see . . . what I'm saying."}));
  EXPECT_EQ(sents("\"Bohr [...] used the analogy [...]\" (Smith 55)."),
            (V{"\"Bohr [...] used the analogy [...]\" (Smith 55)."}));
  EXPECT_EQ(sents("He waited\u2026 Then he left."), (V{"He waited\u2026", "Then he left."}));
}

TEST(Segment, QuotesAfterFinalPunctuation) {
  EXPECT_EQ(sents("\"He left.\" She said."), (V{"\"He left.\"", "She said."}));
  EXPECT_EQ(sents("\"Stop!\" he said. \"Why?\" she asked."), (V{"\"Stop!\" he said.", "\"Why?\" she asked."}));
  EXPECT_EQ(sents("\u201cWe will win.\u201d The crowd cheered."), (V{"\u201cWe will win.\u201d", "The crowd cheered."}));
  EXPECT_EQ(sents("She turned to him, 'This is great.' she said."), (V{"She turned to him, 'This is great.' she said."}));
  EXPECT_EQ(sents("He said: \u201cIt is over. We go home.\u201d"), (V{"He said: \u201cIt is over.", "We go home.\u201d"}));
}

TEST(Segment, Parentheses) {
  EXPECT_EQ(sents("He teaches science (He previously worked for 5 years as an engineer.) at the local University."),
            (V{"He teaches science (He previously worked for 5 years as an engineer.) at the local University."}));
  EXPECT_EQ(sents("He agreed. (The deal was signed.) Then he left."),
            (V{"He agreed.", "(The deal was signed.)", "Then he left."}));
}

TEST(Segment, Lists) {
  EXPECT_EQ(sents("1. The first item 2. The second item"), (V{"1. The first item", "2. The second item"}));
  EXPECT_EQ(sents("1) The first item. 2) The second item."), (V{"1) The first item.", "2) The second item."}));
  EXPECT_EQ(sents("a. The first item b. The second item c. The third list item"),
            (V{"a. The first item", "b. The second item", "c. The third list item"}));
  EXPECT_EQ(sents("\u2022 9. The first item \u2022 10. The second item"),
            (V{"\u2022 9. The first item", "\u2022 10. The second item"}));
  // A chapter number is not a list.
  EXPECT_EQ(sents("See chapter 2. It explains more."), (V{"See chapter 2.", "It explains more."}));
}

TEST(Segment, EmailsAndUrls) {
  EXPECT_EQ(sents("Her email is Jane.Doe@example.com. I sent her an email."),
            (V{"Her email is Jane.Doe@example.com.", "I sent her an email."}));
  EXPECT_EQ(sents("The site is: https://www.example.50.com/new-site/awesome_content.html. Please check it out."),
            (V{"The site is: https://www.example.50.com/new-site/awesome_content.html.", "Please check it out."}));
  EXPECT_EQ(sents("Read more at bbc.co.uk. Then call."), (V{"Read more at bbc.co.uk.", "Then call."}));
}

// A wire dateline is a sentence of its own (since session 6): the parser, trained on sentences
// without one, hung the lede's subject on the dateline ("GOMA" the subject of "seized").
TEST(Segment, NewsForms) {
  EXPECT_EQ(sents("WASHINGTON (AP) \u2014 U.S. officials said Tuesday that talks would resume. The State "
                  "Department declined to comment."),
            (V{"WASHINGTON (AP) \u2014", "U.S. officials said Tuesday that talks would resume.",
               "The State Department declined to comment."}));
  EXPECT_EQ(sents("BEIRUT, Lebanon (Reuters) - Lebanon's President Joseph Aoun met U.N. envoys."),
            (V{"BEIRUT, Lebanon (Reuters) -", "Lebanon's President Joseph Aoun met U.N. envoys."}));
  EXPECT_EQ(sents("DUBAI, Jan 26 (Reuters) - Yemen's Houthis said they fired missiles."),
            (V{"DUBAI, Jan 26 (Reuters) -", "Yemen's Houthis said they fired missiles."}));
  EXPECT_EQ(sents("GOMA, Democratic Republic of Congo (AP) \u2014 Rebels seized the airport."),
            (V{"GOMA, Democratic Republic of Congo (AP) \u2014", "Rebels seized the airport."}));
  // Not datelines: capitals that start a clause, a hyphen inside a word, a dash mid-sentence.
  EXPECT_EQ(sents("NATO said on Monday - in a statement - that it would help."),
            (V{"NATO said on Monday - in a statement - that it would help."}));
  EXPECT_EQ(sents("US-led forces withdrew."), (V{"US-led forces withdrew."}));
  EXPECT_EQ(sents("A - B talks ended."), (V{"A - B talks ended."}));
}

TEST(Segment, RunOnSentencesWithoutSpaces) {
  EXPECT_EQ(sents("Hello world.Today is Tuesday.Mr. Smith went to the store and bought 1,000.That is a lot."),
            (V{"Hello world.", "Today is Tuesday.", "Mr. Smith went to the store and bought 1,000.", "That is a lot."}));
}

TEST(Segment, SingleLineBreaksInsideAParagraph) {
  V wrapped = sents("This is a sentence\ncut off in the middle because pdf.");
  ASSERT_EQ(wrapped.size(), 1u);
  EXPECT_EQ(collapse_space(wrapped[0]), "This is a sentence cut off in the middle because pdf.");
  EXPECT_EQ(sents("features\ncontact manager\nevents, activities\n"), (V{"features", "contact manager", "events, activities"}));
  EXPECT_EQ(sents("Breaking News\nThe president spoke."), (V{"Breaking News", "The president spoke."}));
  EXPECT_EQ(sents("He said no.\nthen he left."), (V{"He said no.", "then he left."}));
}

TEST(Segment, SentencesNeverCrossParagraphs) {
  Document doc = paragraphs("First paragraph without a period\n\nSecond one. It has two sentences.\n\n  \n\nThird.");
  segment_document(&doc);
  ASSERT_EQ(check_segmentation(doc), "");
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_EQ(doc.sentences[0].paragraph, 0u);
  EXPECT_EQ(doc.sentences[1].paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.sentences[3].paragraph, 2u);
  EXPECT_EQ(doc.slice(doc.sentences[0].start, doc.sentences[0].end), "First paragraph without a period");
}

TEST(Segment, SentenceSpansExcludeSurroundingWhitespace) {
  Document doc = one_paragraph("   Hello there.    General Kenobi!   ");
  segment_document(&doc);
  ASSERT_EQ(check_segmentation(doc), "");
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.slice(doc.sentences[0].start, doc.sentences[0].end), "Hello there.");
  EXPECT_EQ(doc.slice(doc.sentences[1].start, doc.sentences[1].end), "General Kenobi!");
}

TEST(Segment, TokensBelongToTheirSentence) {
  Document doc = paragraphs("He left. She stayed.\n\nThey didn't go.");
  segment_document(&doc);
  ASSERT_EQ(check_segmentation(doc), "");
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[2].token_end - doc.sentences[2].token_begin, 5u);  // They did n't go .
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t t = doc.sentences[s].token_begin; t < doc.sentences[s].token_end; ++t) EXPECT_EQ(doc.tokens[t].sentence, s);
  }
}

TEST(Segment, SpaceAfterFollowsTheText) {
  Document doc = one_paragraph("Hi, you.");
  segment_document(&doc);
  ASSERT_EQ(doc.tokens.size(), 4u);
  EXPECT_FALSE(doc.tokens[0].space_after);  // "Hi" ","
  EXPECT_TRUE(doc.tokens[1].space_after);
  EXPECT_FALSE(doc.tokens[2].space_after);
  EXPECT_FALSE(doc.tokens[3].space_after);  // end of text
  EXPECT_EQ(doc.tokens[0].head, -1);        // annotations are left for later stages
  EXPECT_TRUE(doc.tokens[0].pos.empty());
}

TEST(Segment, HandlesEmptyAndOddDocuments) {
  Document empty;
  segment_document(&empty);
  EXPECT_TRUE(empty.sentences.empty());
  EXPECT_TRUE(empty.tokens.empty());

  Document blank = one_paragraph(" \n\t \u00a0 ");
  segment_document(&blank);
  EXPECT_TRUE(blank.sentences.empty());

  // Paragraphs that run past the text, overlap or are reversed are clipped, never trusted.
  Document odd;
  odd.text = "One. Two. Three.";
  odd.paragraphs.push_back(para(0, 9));
  odd.paragraphs.push_back(para(5, 500));
  odd.paragraphs.push_back(para(12, 3));
  segment_document(&odd);
  EXPECT_EQ(check_segmentation(odd), "");
  EXPECT_EQ(odd.sentences.size(), 3u);

  // Stale annotations are replaced.
  segment_document(&odd);
  EXPECT_EQ(odd.sentences.size(), 3u);
}

TEST(Segment, CapsVeryLongSentences) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "word ";
  Document doc = one_paragraph(text);
  segment_document(&doc);
  ASSERT_EQ(check_segmentation(doc), "");
  EXPECT_EQ(doc.tokens.size(), 1000u);
  EXPECT_GE(doc.sentences.size(), 4u);
  for (const auto& s : doc.sentences) EXPECT_LE(s.token_end - s.token_begin, 250u);
}

TEST(Segment, CheckSegmentationCatchesViolations) {
  Document doc = one_paragraph("He left. She stayed.");
  segment_document(&doc);
  ASSERT_EQ(check_segmentation(doc), "");
  Document lost = doc;
  lost.tokens[1].start += 1;  // "left" -> "eft": a byte is lost
  EXPECT_NE(check_segmentation(lost), "");
  Document wrong = doc;
  wrong.tokens[0].sentence = 1;
  EXPECT_NE(check_segmentation(wrong), "");
  Document untrimmed = doc;
  untrimmed.sentences[0].end += 1;
  EXPECT_NE(check_segmentation(untrimmed), "");
}

// ---- data-driven checks (skip when ../shared is absent) -------------------------------------

std::string shared(const char* rel) { return std::string(FACTWIRE_SHARED_DIR) + "/" + rel; }

TEST(Segment, PassesGoldenRules) {
  std::string path = shared("data/golden_rules/golden_rules_en.jsonl");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  simdjson::padded_string json;
  ASSERT_EQ(simdjson::padded_string::load(path).get(json), simdjson::SUCCESS);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  ASSERT_EQ(parser.iterate_many(json).get(stream), simdjson::SUCCESS);
  int passed = 0, total = 0;
  std::string failures;
  for (auto rule : stream) {
    int64_t id = 0;
    std::string_view input;
    ASSERT_EQ(rule["id"].get_int64().get(id), simdjson::SUCCESS);
    ASSERT_EQ(rule["input"].get_string().get(input), simdjson::SUCCESS);
    std::string text(input);
    V expected;
    simdjson::ondemand::array arr;
    ASSERT_EQ(rule["expected"].get_array().get(arr), simdjson::SUCCESS);
    for (auto e : arr) {
      std::string_view v;
      ASSERT_EQ(e.get_string().get(v), simdjson::SUCCESS);
      expected.push_back(collapse_space(v));
    }
    // The whole input is one body paragraph: single newlines are the segmenter's to judge.
    V got;
    for (const auto& s : sents(text)) got.push_back(collapse_space(s));
    ++total;
    if (got == expected) {
      ++passed;
    } else {
      failures += "rule " + std::to_string(id) + ":";
      for (const auto& g : got) failures += " <" + g + ">";
      failures += "\n";
    }
  }
  EXPECT_EQ(total, 52);
  EXPECT_GE(passed, 50) << failures;
  RecordProperty("golden_rules_passed", passed);
  std::cout << "golden rules: " << passed << "/" << total << "\n" << failures;
}

TEST(Segment, IsLosslessOnTheCorpus) {
  std::string path = shared("data/corpus/wikinews_en.jsonl");
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not found";
  simdjson::padded_string json;
  ASSERT_EQ(simdjson::padded_string::load(path).get(json), simdjson::SUCCESS);
  simdjson::ondemand::parser parser;
  simdjson::ondemand::document_stream stream;
  ASSERT_EQ(parser.iterate_many(json).get(stream), simdjson::SUCCESS);
  size_t docs = 0, tokens = 0;
  for (auto record : stream) {
    std::string_view text;
    if (record["text"].get_string().get(text) != simdjson::SUCCESS) continue;
    for (Document doc : {paragraphs(std::string(text)), one_paragraph(std::string(text))}) {
      segment_document(&doc);
      ASSERT_EQ(check_segmentation(doc), "") << "document " << docs;
      // Rebuild the text of each paragraph from its tokens and the whitespace between them.
      for (const auto& s : doc.sentences) {
        std::string rebuilt;
        for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
          if (t > s.token_begin) rebuilt += doc.slice(doc.tokens[t - 1].end, doc.tokens[t].start);
          rebuilt += doc.token_text(t);
        }
        ASSERT_EQ(rebuilt, doc.slice(s.start, s.end));
      }
      tokens += doc.tokens.size();
    }
    ++docs;
  }
  EXPECT_GT(docs, 100u);
  EXPECT_GT(tokens, 100000u);
}

}  // namespace
}  // namespace factwire
