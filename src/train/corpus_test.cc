#include "train/corpus.h"

#include <gtest/gtest.h>

namespace factwire::train {
namespace {

const char kConllu[] =
    "# newdoc id = x\n"
    "# text = I don't know.\n"
    "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t4:nsubj\t_\n"
    "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdo\tdo\tAUX\tVBP\t_\t4\taux\t4:aux\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t4:advmod\t_\n"
    "4\tknow\tknow\tVERB\tVB\t_\t0\troot\t0:root\tSpaceAfter=No\n"
    "4.1\tknown\tknow\tVERB\tVBN\t_\t_\t_\t4:conj\t_\n"
    "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t4:punct\t_\n"
    "\n"
    "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t0:root\t_\n";

TEST(Conllu, ReadsSyntacticWordsSkippingRangesEmptyNodesAndComments) {
  std::vector<TreeSentence> s;
  ASSERT_TRUE(ParseConllu(kConllu, &s).ok());
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].words, (std::vector<std::string>{"I", "do", "n't", "know", "."}));
  EXPECT_EQ(s[0].heads, (std::vector<int>{4, 4, 4, 0, 4}));
  EXPECT_EQ(s[0].deprels[2], "advmod");
  EXPECT_EQ(s[0].lemmas[2], "not");
  EXPECT_EQ(s[0].JointTag(1), "AUX\tVBP");
  EXPECT_EQ(s[1].words, (std::vector<std::string>{"Hi"}));  // no final blank line
}

TEST(Conllu, RejectsLinesWithWrongColumnCount) {
  std::vector<TreeSentence> s;
  Status st = ParseConllu("1\tonly\tthree\n", &s);
  EXPECT_EQ(st.code(), Code::kInvalidInput);
}

TEST(Conllu, ExtractsNamedGumEntitiesOutermostFirst) {
  const char text[] =
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\tEntity=(1-organization-new-x-cf1-1-sgl\n"
      "2\tAberdeen\tAberdeen\tPROPN\tNNP\t_\t3\tcompound\t_\tEntity=(2-place-new-x)\n"
      "3\tSchool\tSchool\tPROPN\tNNP\t_\t4\tnsubj\t_\tEntity=1)\n"
      "4\thired\thire\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\thim\the\tPRON\tPRP\t_\t4\tobj\t_\tEntity=(3-person-giv)\n"
      "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tJune\tJune\tPROPN\tNNP\t_\t4\tobl\t_\tEntity=(4-time-new)\n";
  std::vector<TreeSentence> s;
  ASSERT_TRUE(ParseConllu(text, &s).ok());
  ExtractGumEntities(&s[0]);
  ASSERT_EQ(s[0].entities.size(), 1u);  // "him" is not named, "June" is a time
  EXPECT_EQ(s[0].entities[0], (EntitySpan{1, 3, "ORG"}));  // "The" trimmed, "Aberdeen" nested
}

// One CoNLL-U word line: id, form, upos, xpos, head, misc.
std::string W(int id, const char* form, const char* upos, const char* xpos, int head,
              const char* misc) {
  return std::to_string(id) + "\t" + form + "\t" + form + "\t" + upos + "\t" + xpos + "\t_\t" +
         std::to_string(head) + "\tdep\t_\t" + misc + "\n";
}

std::vector<EntitySpan> GumEntities(const std::string& conllu) {
  std::vector<TreeSentence> s;
  EXPECT_TRUE(ParseConllu(conllu, &s).ok());
  if (s.empty()) return {};
  ExtractGumEntities(&s[0]);
  return s[0].entities;
}

TEST(Conllu, GumIdentityLocatesTheNameInsideACommonNounMention) {
  // "the prominent critic Eduard Hanslick": the head is "critic", the identity names him.
  std::string text = W(1, "met", "VERB", "VBD", 0, "_") +
                     W(2, "the", "DET", "DT", 5, "Entity=(5-person-new-nnnnn-cf5-3,5-coref-Eduard_Hanslick") +
                     W(3, "prominent", "ADJ", "JJ", 4, "_") + W(4, "critic", "NOUN", "NN", 1, "_") +
                     W(5, "Eduard", "PROPN", "NNP", 4, "_") + W(6, "Hanslick", "PROPN", "NNP", 5, "Entity=5)");
  // (ids: 2 the, 3 prominent, 4 critic, 5 Eduard, 6 Hanslick; head of "the" points inside)
  auto e = GumEntities(text);
  ASSERT_EQ(e.size(), 1u);
  EXPECT_EQ(e[0], (EntitySpan{4, 6, "PERSON"}));
  // Without the identity the mention's head is a common noun: no name.
  std::string bare = text;
  bare.replace(bare.find("-coref-Eduard_Hanslick"), 22, "-coref");
  EXPECT_TRUE(GumEntities(bare).empty());
}

TEST(Conllu, GumIdentityPicksTheRunHoldingItsWordsAndDecodesEscapes) {
  // "outgoing governor Bob McDonnell" and a place whose identity has escapes:
  // "Charleston , South Carolina" -> the run with the head ("Charleston").
  std::string text =
      W(1, "outgoing", "ADJ", "JJ", 2, "Entity=(1-person-new-nnnnn-cf1-2-sgl-Bob_McDonnell") +
      W(2, "governor", "NOUN", "NN", 0, "_") + W(3, "Bob", "PROPN", "NNP", 2, "_") +
      W(4, "McDonnell", "PROPN", "NNP", 3, "Entity=1)") + W(5, "in", "ADP", "IN", 6, "_") +
      W(6, "Charleston", "PROPN", "NNP", 2, "Entity=(2-place-new-nnnnn-cf2-1,3,4-sgl-Charleston%2C_South_Carolina") +
      W(7, ",", "PUNCT", ",", 9, "_") + W(8, "South", "PROPN", "NNP", 9, "_") +
      W(9, "Carolina", "PROPN", "NNP", 6, "Entity=2)");
  auto e = GumEntities(text);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0], (EntitySpan{2, 4, "PERSON"}));
  EXPECT_EQ(e[1], (EntitySpan{5, 6, "LOC"}));
}

TEST(Conllu, GumDropsPronunciationsTitlesAndPluralGroups) {
  std::string text =
      W(1, "Ángel", "PROPN", "NNP", 0, "Entity=(1-person-new-sssss-cf1-1-coref-Ángel_Cabrera)") +
      W(2, "d(ə)ˈvɔːrʒɑːk", "PROPN", "NNP", 1, "Entity=(1-person-giv:act-sssss-cf1*-1-appos-Ángel_Cabrera)") +
      W(3, "ˈantoɲiːn", "PROPN", "NNP", 1, "Entity=(3-person-giv:act-sssss-cf1*-1-coref)") +
      W(4, "Attorney", "PROPN", "NNP", 5, "Entity=(4-person-new-nnnnn-cf2-2-sgl") +
      W(5, "General", "PROPN", "NNP", 1, "Entity=4)") +
      W(6, "Americans", "PROPN", "NNPS", 1, "Entity=(6-person-new-nnnnn-cf3-1-coref-Americans)") +
      W(7, "Governor", "PROPN", "NNP", 8, "Entity=(7-person-new-nnnnn-cf4-2-sgl") +
      W(8, "Kaine", "PROPN", "NNP", 1, "Entity=7)");
  auto e = GumEntities(text);
  ASSERT_EQ(e.size(), 2u);
  EXPECT_EQ(e[0], (EntitySpan{0, 1, "PERSON"}));  // a non-ASCII uppercase initial is a name
  EXPECT_EQ(e[1], (EntitySpan{7, 8, "PERSON"}));  // the title is cut
}

TEST(Conllu, GumPersonNameStopsAtANestedPlaceAndLosesItsTitles) {
  // "Governor of Washington Chris Gregoire" and "Major - General Scott".
  std::string text =
      W(1, "Governor", "PROPN", "NNP", 4, "Entity=(1-person-new-nnnnn-cf3-1,3,4,5-coref-Christine_Gregoire") +
      W(2, "of", "ADP", "IN", 3, "_") +
      W(3, "Washington", "PROPN", "NNP", 1, "Entity=(2-place-giv:act-n____-cf1*-1-coref-Washington_%28state%29)") +
      W(4, "Chris", "PROPN", "NNP", 0, "_") + W(5, "Gregoire", "PROPN", "NNP", 4, "Entity=1)") +
      W(6, "met", "VERB", "VBD", 4, "_") +
      W(7, "Major", "ADJ", "NNP", 9, "Entity=(3-person-new-nnnnn-cf2-1,3,4-coref-Winfield_Scott") +
      W(8, "-", "PUNCT", "HYPH", 7, "_") + W(9, "General", "PROPN", "NNP", 10, "_") +
      W(10, "Scott", "PROPN", "NNP", 6, "Entity=3)");
  auto e = GumEntities(text);
  ASSERT_EQ(e.size(), 3u);
  EXPECT_EQ(e[0], (EntitySpan{2, 3, "LOC"}));
  EXPECT_EQ(e[1], (EntitySpan{3, 5, "PERSON"}));
  EXPECT_EQ(e[2], (EntitySpan{9, 10, "PERSON"}));
}

TEST(Iob, ReadsUnerAndWnutAndMapsTypes) {
  const char uner[] =
      "# sent_id = a\n# text = Tampa Bay and Bob\n"
      "1\tTampa\tB-LOC\t-\t-\n2\tBay\tI-LOC\t-\t-\n3\tand\tO\t-\t-\n4\tBob\tB-PER\t-\t-\n"
      "5\tWii\tB-OTH\t-\t-\n6\tx\tB-O\t-\t-\n\n";
  std::vector<NerSentence> s;
  ASSERT_TRUE(ParseIob(uner, &s).ok());
  ASSERT_EQ(s.size(), 1u);
  EXPECT_EQ(s[0].words.size(), 6u);
  ASSERT_EQ(s[0].entities.size(), 2u);
  EXPECT_EQ(s[0].entities[0], (EntitySpan{0, 2, "LOC"}));
  EXPECT_EQ(s[0].entities[1], (EntitySpan{3, 4, "PERSON"}));

  const char wnut[] = "Empire\tB-location\nState\tI-location\n=\tO\nGoogle\tB-corporation\n"
                      "iPhone\tB-product\n\t\n#\tO\nhi\tO\n";
  s.clear();
  ASSERT_TRUE(ParseIob(wnut, &s).ok());
  ASSERT_EQ(s.size(), 2u);
  ASSERT_EQ(s[0].entities.size(), 2u);
  EXPECT_EQ(s[0].entities[0], (EntitySpan{0, 2, "LOC"}));
  EXPECT_EQ(s[0].entities[1], (EntitySpan{3, 4, "ORG"}));
  EXPECT_EQ(s[1].words, (std::vector<std::string>{"#", "hi"}));
}

TEST(Iob, InsideWithoutBeginStartsAnEntity) {
  std::vector<NerSentence> s;
  ASSERT_TRUE(ParseIob("a\tI-PER\nb\tI-ORG\n", &s).ok());
  ASSERT_EQ(s[0].entities.size(), 2u);
  EXPECT_EQ(s[0].entities[1], (EntitySpan{1, 2, "ORG"}));
}

}  // namespace
}  // namespace factwire::train
