#include "events/plover.h"

#include <gtest/gtest.h>

namespace factwire {
namespace {

TEST(Plover, OneLinePerEventWithPloverAndFlatFields) {
  Document doc;
  doc.id = "story7";
  doc.published = "2026-03-20";
  Entity isr;
  isr.id = "e1";
  isr.name = "Israel";
  doc.entities.push_back(isr);
  Event e;
  e.type = "ASSAULT";
  e.mode = "aerial";
  e.actor = {"Israel", 0, "ISR", ""};
  e.target = {"Lebanon", -1, "LBN", ""};
  e.place = "southern Lebanon";
  e.place_country = "LBN";
  e.has_coordinates = true;
  e.lat = 33.3;
  e.lon = 35.4;
  e.date = "2024";
  e.size = 880;
  e.size_category = "killed";
  e.sentences = {3, 9};
  e.text = "the Israeli bombardment of southern Lebanon";
  doc.events.push_back(e);
  Event t = e;
  t.type = "THREATEN";
  t.mode = "";
  t.negated = true;
  doc.events.push_back(t);
  std::string out = to_plover_json(doc);
  ASSERT_EQ(std::count(out.begin(), out.end(), '\n'), 2);
  std::string first = out.substr(0, out.find('\n'));
  for (const char* want : {"\"id\":\"story7-1\"", "\"event\":[\"ASSAULT\"]", "\"event_type\":\"ASSAULT\"",
                           "\"mode\":\"aerial\"", "\"source\":[{\"code\":\"ISR\"", "\"identifier_id\":\"e1\"",
                           "\"recipient\":[{\"code\":\"LBN\"", "\"actor_country\":\"ISR\"", "\"target\":\"Lebanon\"",
                           "\"cc3\":\"LBN\"", "\"latitude\":33.3", "\"dead\":880", "\"context\":[\"historical\"]",
                           "\"quad_code\":4", "\"story_id\":\"story7\"", "\"sentences\":[3,9]"})
    EXPECT_NE(first.find(want), std::string::npos) << want << "\n" << first;
  std::string second = out.substr(out.find('\n') + 1);
  EXPECT_NE(second.find("\"negation\""), std::string::npos);
  EXPECT_NE(second.find("\"mode\":null"), std::string::npos);
  EXPECT_EQ(to_plover_json(Document{}), "");
}

}  // namespace
}  // namespace factwire
