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
