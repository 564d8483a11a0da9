#include "events/patterns.h"

#include <gtest/gtest.h>

namespace factwire {
namespace {

TEST(EventPatterns, ShippedDataLoadsWithSeveralHundredEntries) {
  auto p = EventPatterns::Load(FACTWIRE_SOURCE_DIR);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const EventPatterns& pat = *p.value();
  EXPECT_GE(pat.size(), 400u);
  ASSERT_FALSE(pat.verbs("fire").empty());
  // Round 11: "fired missiles into the sea" (MOBILIZE) is tried before the attack.
  bool fire_assault = false;
  for (const EventPattern& e : pat.verbs("fire")) fire_assault = fire_assault || e.type == "ASSAULT";
  EXPECT_TRUE(fire_assault);
  EXPECT_EQ(pat.verbs("fire").front().type, "MOBILIZE");
  EXPECT_EQ(pat.class_value("weapon", "drone"), "drone");
  EXPECT_TRUE(pat.in_class("talks", "negotiations"));
  ASSERT_TRUE(pat.frames("want"));
  EXPECT_EQ(pat.frames("want")->front().effect, FrameEffect::kHypothetical);
  ASSERT_TRUE(pat.type_info("ASSAULT"));
  EXPECT_EQ(pat.type_info("ASSAULT")->quad, 4);
  // Every PLOVER type has patterns.
  for (const char* t : {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
    EXPECT_TRUE(pat.type_info(t)) << t;
}

const char* kTypes = "ASSAULT\t4\tyes\t-9.3\nTHREATEN\t3\tyes\t-5.1\n";
const char* kClasses = "weapon\trocket\theavy-weapons\nweapon\tdrone\tdrone\n";

TEST(EventPatterns, ConditionsFlagsAndClassesParse) {
  auto p = EventPatterns::FromText("# comment\nfire\tobj=@weapon;prep=at|on\tASSAULT\t@weapon\t-\tfired rockets at X\n"
                                   "threaten\t-\tTHREATEN\t-\twrap\n",
                                   "", "want\thypothetical\nhead off\tnegate\n", kClasses, kTypes);
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const auto& fire = p.value()->verbs("fire");
  ASSERT_EQ(fire.size(), 1u);
  ASSERT_EQ(fire[0].conds.size(), 2u);
  EXPECT_TRUE(fire[0].conds[0].matches("rocket"));
  EXPECT_TRUE(fire[0].conds[1].matches("on"));
  EXPECT_EQ(fire[0].prep_target, "at|on|");
  EXPECT_EQ(fire[0].line, 2u);
  EXPECT_TRUE(p.value()->verbs("threaten")[0].flags & kWrap);
  ASSERT_TRUE(p.value()->frames("head"));
  EXPECT_EQ(p.value()->frames("head")->front().prt, "off");
}

TEST(EventPatterns, BadLinesAreErrorsWithTheirLineNumber) {
  auto bad_type = EventPatterns::FromText("hit\t-\tPUNCH\t-\n", "", "", "", kTypes);
  ASSERT_FALSE(bad_type.ok());
  EXPECT_NE(bad_type.status().message().find("line 1"), std::string::npos);
  EXPECT_FALSE(EventPatterns::FromText("fire\tobj=@nosuch\tASSAULT\n", "", "", "", kTypes).ok());
  EXPECT_FALSE(EventPatterns::FromText("fire\tcolour=red\tASSAULT\n", "", "", "", kTypes).ok());
  EXPECT_FALSE(EventPatterns::FromText("fire\t-\tASSAULT\t-\tsparkly\n", "", "", "", kTypes).ok());
  EXPECT_FALSE(EventPatterns::FromText("", "", "want\tmaybe\n", "", kTypes).ok());
  EXPECT_FALSE(EventPatterns::LoadFolder("/nonexistent").ok());
}

TEST(EventPatterns, EmptyPatternsMatchNothing) {
  auto e = EventPatterns::Empty();
  EXPECT_TRUE(e->empty());
  EXPECT_TRUE(e->verbs("attack").empty());
  EXPECT_FALSE(e->frames("want"));
}

}  // namespace
}  // namespace factwire
