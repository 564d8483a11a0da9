#include "segment/tokenizer.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

#include "core/utf8.h"
#include "segment/lexicon.h"
#include "segment/segment.h"

namespace factwire {
namespace {

Paragraph para(uint32_t start, uint32_t end) {
  Paragraph p;
  p.start = start;
  p.end = end;
  return p;
}

using segment::RawToken;
using segment::TokKind;

// Tokens of `text` taken as one paragraph, after sentence splitting (so a sentence-final
// abbreviation has given up its period).
std::vector<std::string> toks(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.paragraphs.push_back(para(0, static_cast<uint32_t>(text.size())));
  segment_document(&doc);
  std::vector<std::string> out;
  for (size_t i = 0; i < doc.tokens.size(); ++i) out.emplace_back(doc.token_text(i));
  return out;
}

std::vector<RawToken> raw(const std::string& text) {
  std::vector<RawToken> out;
  segment::tokenize(text, 0, static_cast<uint32_t>(text.size()), &out);
  return out;
}

using V = std::vector<std::string>;

TEST(Tokenizer, SplitsPunctuationFromWords) {
  EXPECT_EQ(toks("Hello, world!"), (V{"Hello", ",", "world", "!"}));
  EXPECT_EQ(toks("(see below); then: go"), (V{"(", "see", "below", ")", ";", "then", ":", "go"}));
  EXPECT_EQ(toks("He left."), (V{"He", "left", "."}));
}

TEST(Tokenizer, SplitsClitics) {
  EXPECT_EQ(toks("don't"), (V{"do", "n't"}));
  EXPECT_EQ(toks("Lebanon's army"), (V{"Lebanon", "'s", "army"}));
  EXPECT_EQ(toks("I'm sure they're here and we'll see what she'd do"),
            (V{"I", "'m", "sure", "they", "'re", "here", "and", "we", "'ll", "see", "what", "she", "'d", "do"}));
  EXPECT_EQ(toks("can't won't ain't"), (V{"ca", "n't", "wo", "n't", "ai", "n't"}));
  EXPECT_EQ(toks("the parents' house"), (V{"the", "parents", "'", "house"}));
  EXPECT_EQ(toks("I've"), (V{"I", "'ve"}));
}

TEST(Tokenizer, SplitsCurlyApostropheClitics) {
  EXPECT_EQ(toks("Lebanon\u2019s army"), (V{"Lebanon", "\u2019s", "army"}));
  EXPECT_EQ(toks("don\u2019t"), (V{"do", "n\u2019t"}));
  EXPECT_EQ(toks("It\u2019s"), (V{"It", "\u2019s"}));
}

TEST(Tokenizer, KeepsApostropheNames) {
  EXPECT_EQ(toks("O'Brien met D\u2019Angelo"), (V{"O'Brien", "met", "D\u2019Angelo"}));
}

TEST(Tokenizer, SplitsContractionsWithoutApostrophe) {
  EXPECT_EQ(toks("I cannot go"), (V{"I", "can", "not", "go"}));
  EXPECT_EQ(toks("gonna"), (V{"gon", "na"}));
  EXPECT_EQ(toks("Cannot"), (V{"Can", "not"}));
  EXPECT_EQ(toks("cannon"), (V{"cannon"}));
}

TEST(Tokenizer, KeepsAbbreviationPeriods) {
  EXPECT_EQ(toks("Dr. Smith and Gen. Aoun met U.S. officials on Jan. 5"),
            (V{"Dr.", "Smith", "and", "Gen.", "Aoun", "met", "U.S.", "officials", "on", "Jan.", "5"}));
  EXPECT_EQ(toks("Apple Inc. said"), (V{"Apple", "Inc.", "said"}));
  EXPECT_EQ(toks("at 5 a.m. Tuesday, e.g. here"), (V{"at", "5", "a.m.", "Tuesday", ",", "e.g.", "here"}));
  EXPECT_EQ(toks("J. R. R. Tolkien"), (V{"J.", "R.", "R.", "Tolkien"}));
  EXPECT_EQ(toks("No. 5 and Art. 51"), (V{"No.", "5", "and", "Art.", "51"}));
}

TEST(Tokenizer, OrdinaryWordsKeepNoPeriod) {
  EXPECT_EQ(toks("He said no. The sun. It"), (V{"He", "said", "no", ".", "The", "sun", ".", "It"}));
}

TEST(Tokenizer, SentenceFinalAbbreviationGivesUpItsPeriod) {
  // As in UD English-EWT: "... in the U.S." ends with "U.S" ".".
  EXPECT_EQ(toks("I live in the U.S."), (V{"I", "live", "in", "the", "U.S", "."}));
  EXPECT_EQ(toks("They sell cars, boats, etc."), (V{"They", "sell", "cars", ",", "boats", ",", "etc", "."}));
  EXPECT_EQ(toks("You and I. Did you"), (V{"You", "and", "I", ".", "Did", "you"}));
}

TEST(Tokenizer, KeepsNumbersWhole) {
  EXPECT_EQ(toks("1,200 people, 3.5 percent, 3,000,000 and 1026.253.553"),
            (V{"1,200", "people", ",", "3.5", "percent", ",", "3,000,000", "and", "1026.253.553"}));
  EXPECT_EQ(toks("at 5:30 on 9/11 in the 1990s"), (V{"at", "5:30", "on", "9/11", "in", "the", "1990s"}));
  EXPECT_EQ(toks("the '90s and 1970's"), (V{"the", "'90s", "and", "1970's"}));
  EXPECT_EQ(toks("1,20 and 12,3456"), (V{"1", ",", "20", "and", "12", ",", "3456"}));
}

TEST(Tokenizer, SplitsCurrencyAndPercent) {
  EXPECT_EQ(toks("$1.5 million"), (V{"$", "1.5", "million"}));
  EXPECT_EQ(toks("\u20ac20 and \u00a35"), (V{"\u20ac", "20", "and", "\u00a3", "5"}));
  EXPECT_EQ(toks("5% of US$3"), (V{"5", "%", "of", "US", "$", "3"}));
}

TEST(Tokenizer, HyphensFollowEwt) {
  // UD English-EWT splits hyphenated compounds except after prefixes like "non-" and "e-".
  EXPECT_EQ(toks("a well-known U.S.-brokered deal"), (V{"a", "well", "-", "known", "U.S.", "-", "brokered", "deal"}));
  EXPECT_EQ(toks("non-profit e-mail co-founder"), (V{"non-profit", "e-mail", "co-founder"}));
  EXPECT_EQ(toks("a 15-year-old"), (V{"a", "15", "-", "year", "-", "old"}));
  EXPECT_EQ(toks("call 713-853-3989"), (V{"call", "713-853-3989"}));
}

TEST(Tokenizer, SplitsDashes) {
  EXPECT_EQ(toks("WASHINGTON (AP) \u2014 The"), (V{"WASHINGTON", "(", "AP", ")", "\u2014", "The"}));
  EXPECT_EQ(toks("war\u2014and peace"), (V{"war", "\u2014", "and", "peace"}));
  EXPECT_EQ(toks("1990\u20132000 and a--b"), (V{"1990", "\u2013", "2000", "and", "a", "--", "b"}));
}

TEST(Tokenizer, CurlyQuotesAreTokens) {
  EXPECT_EQ(toks("\u201cWe will,\u201d he said"), (V{"\u201c", "We", "will", ",", "\u201d", "he", "said"}));
  EXPECT_EQ(toks("\u2018No\u2019"), (V{"\u2018", "No", "\u2019"}));
  auto r = raw("\"Go\" now");
  ASSERT_EQ(r.size(), 4u);
  EXPECT_EQ(r[0].kind, TokKind::kOpenQuote);
  EXPECT_EQ(r[2].kind, TokKind::kCloseQuote);
}

TEST(Tokenizer, KeepsUrlsEmailsHandlesAndTags) {
  EXPECT_EQ(toks("See https://www.example.50.com/new-site/awesome_content.html."),
            (V{"See", "https://www.example.50.com/new-site/awesome_content.html", "."}));
  EXPECT_EQ(toks("(http://en.wikipedia.org/wiki/Foo_(bar))"),
            (V{"(", "http://en.wikipedia.org/wiki/Foo_(bar)", ")"}));
  EXPECT_EQ(toks("Mail Jane.Doe@example.com, or www.bbc.co.uk/news or cnn.com."),
            (V{"Mail", "Jane.Doe@example.com", ",", "or", "www.bbc.co.uk/news", "or", "cnn.com", "."}));
  EXPECT_EQ(toks("@AP_Politics posted #Breaking news"), (V{"@AP_Politics", "posted", "#Breaking", "news"}));
  EXPECT_EQ(toks("the report.pdf file"), (V{"the", "report.pdf", "file"}));
}

TEST(Tokenizer, SplitsRunOnSentences) {
  EXPECT_EQ(toks("Hello world.Today is"), (V{"Hello", "world", ".", "Today", "is"}));
}

TEST(Tokenizer, KeepsEllipsesTogether) {
  EXPECT_EQ(toks("wait... what\u2026 no"), (V{"wait", "...", "what", "\u2026", "no"}));
  EXPECT_EQ(toks("Really?! Yes!!!"), (V{"Really", "?!", "Yes", "!!!"}));
}

TEST(Tokenizer, KeepsEmojiSequences) {
  // Thumbs up with a skin tone, a family joined by ZWJ, a flag.
  EXPECT_EQ(toks("ok \U0001F44D\U0001F3FD fine"), (V{"ok", "\U0001F44D\U0001F3FD", "fine"}));
  EXPECT_EQ(toks("\U0001F468\u200D\U0001F469\u200D\U0001F467!"), (V{"\U0001F468\u200D\U0001F469\u200D\U0001F467", "!"}));
  EXPECT_EQ(toks("\U0001F1F1\U0001F1E7\U0001F1EB\U0001F1F7"), (V{"\U0001F1F1\U0001F1E7", "\U0001F1EB\U0001F1F7"}));
  EXPECT_EQ(toks("great:-)"), (V{"great", ":", "-", ")"}));
  EXPECT_EQ(toks("great :-)"), (V{"great", ":-)"}));
}

TEST(Tokenizer, HandlesOtherScripts) {
  EXPECT_EQ(toks("Caf\u00e9 na\u00efve \u0628\u064a\u0631\u0648\u062a, \u5317\u4eac\u3002"),
            (V{"Caf\u00e9", "na\u00efve", "\u0628\u064a\u0631\u0648\u062a", ",", "\u5317\u4eac", "\u3002"}));
  // A combining accent stays with its letter.
  EXPECT_EQ(toks("Cafe\u0301 ok"), (V{"Cafe\u0301", "ok"}));
}

TEST(Tokenizer, NonBreakingSpacesSeparateTokens) {
  EXPECT_EQ(toks("5\u00a0km and 10\u2009%"), (V{"5", "km", "and", "10", "%"}));
}

TEST(Tokenizer, ReadsNothingOutsideItsRange) {
  std::string text = "abc Dr. Smith def";
  std::vector<RawToken> out;
  segment::tokenize(text, 4, 7, &out);  // "Dr."
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].start, 4u);
  EXPECT_EQ(out[0].end, 7u);
  out.clear();
  segment::tokenize(text, 4, 6, &out);  // "Dr"
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].end, 6u);
  out.clear();
  segment::tokenize(text, 10, 99, &out);  // clipped to the text
  ASSERT_EQ(out.size(), 2u);
}

// Every non-space byte belongs to exactly one token; tokens are ordered and never hold space.
void expect_lossless(const std::string& text) {
  auto r = raw(text);
  uint32_t cursor = 0;
  for (const auto& t : r) {
    ASSERT_LT(t.start, t.end);
    ASSERT_GE(t.start, cursor);
    for (uint32_t i = cursor; i < t.start;) {
      char32_t cp;
      size_t n = utf8::next(text, i, &cp);
      ASSERT_TRUE(utf8::is_space(cp)) << "lost byte " << i << " in " << text;
      i += static_cast<uint32_t>(n);
    }
    cursor = t.end;
  }
  for (uint32_t i = cursor; i < text.size();) {
    char32_t cp;
    size_t n = utf8::next(text, i, &cp);
    ASSERT_TRUE(utf8::is_space(cp)) << "lost tail byte " << i;
    i += static_cast<uint32_t>(n);
  }
}

TEST(Tokenizer, IsLosslessOnRandomStrings) {
  const std::vector<std::string> pieces = {
      "a", "Z", "7", " ", "\n", ".", ",", "'", "\"", "-", "@", "#", "$", "%", "(", ")", "http://", "www.", ".com",
      "n't", "'s", "\u2019", "\u201c", "\u201d", "\u2014", "\u2026", "\u00a0", "\u00e9", "\u0301", "\U0001F44D",
      "\u200D", "\uFE0F", "\U0001F1F1", "Dr", "U.S.", "1,000", "3.5", "\xff", "\xc3", "\xe2\x80", "\t", "\u3000",
      "!", "?", ":", "-)", "_", "&", "/", "\u2022", "e-", "O'", "\r"};
  std::mt19937 rng(12345);
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    int len = static_cast<int>(rng() % 30);
    for (int k = 0; k < len; ++k) s += pieces[rng() % pieces.size()];
    expect_lossless(s);
  }
}

TEST(Tokenizer, HandlesInvalidUtf8) {
  std::string s = "ab\xff\xfe cd\xc3 \xe2\x80\xa6\xe2\x80 \xf0\x9f\x91";
  expect_lossless(s);
  EXPECT_FALSE(raw(s).empty());
}

TEST(Lexicon, ClassesAbbreviations) {
  using segment::AbbrevClass;
  EXPECT_EQ(segment::abbreviation_class("Mr"), AbbrevClass::kTitle);
  EXPECT_EQ(segment::abbreviation_class("Gen"), AbbrevClass::kTitle);
  EXPECT_EQ(segment::abbreviation_class("Sen"), AbbrevClass::kTitle);
  EXPECT_EQ(segment::abbreviation_class("Inc"), AbbrevClass::kCouldEnd);
  EXPECT_EQ(segment::abbreviation_class("Jan"), AbbrevClass::kCouldEnd);
  EXPECT_EQ(segment::abbreviation_class("etc"), AbbrevClass::kEtc);
  EXPECT_EQ(segment::abbreviation_class("No"), AbbrevClass::kNumPrefix);
  EXPECT_EQ(segment::abbreviation_class("vs"), AbbrevClass::kInner);
  EXPECT_EQ(segment::abbreviation_class("Sun"), AbbrevClass::kCouldEnd);
  EXPECT_EQ(segment::abbreviation_class("sun"), AbbrevClass::kNone);
  EXPECT_EQ(segment::abbreviation_class("said"), AbbrevClass::kNone);
  EXPECT_TRUE(segment::is_sentence_starter("The"));
  EXPECT_FALSE(segment::is_sentence_starter("Government"));
  EXPECT_TRUE(segment::is_hyphen_prefix("Non"));
  EXPECT_FALSE(segment::is_hyphen_prefix("well"));
}

}  // namespace
}  // namespace factwire
