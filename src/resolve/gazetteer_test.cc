#include "resolve/gazetteer.h"

#include <gtest/gtest.h>

namespace factwire {
namespace {

const Gazetteer& Gaz() {
  static std::shared_ptr<const Gazetteer> g = [] {
    auto r = Gazetteer::Load(FACTWIRE_SOURCE_DIR);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    return r.ok() ? r.value() : Gazetteer::Empty();
  }();
  return *g;
}

TEST(Gazetteer, LoadsCountriesWithIsoCodes) {
  const GazCountry* c = Gaz().country("Lebanon");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->iso3, "LBN");
  EXPECT_EQ(c->iso2, "LB");
  EXPECT_NEAR(c->lat, 33.9, 1.0);
  EXPECT_GT(Gaz().countries().size(), 190u);
}

TEST(Gazetteer, StatesAndProvincesArePlacesOfTheirCountry) {
  for (auto [name, iso3] : {std::pair<const char*, const char*>{"Utah", "USA"},
                            {"Alaska", "USA"},
                            {"New South Wales", "AUS"},
                            {"Quebec", "CAN"}}) {
    const GazPlace* p = Gaz().place(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->country, iso3) << name;
    EXPECT_EQ(p->type, EntityType::kLoc) << name;
  }
  // A state that shares its name with a country or a capital does not take it over.
  ASSERT_NE(Gaz().country("Georgia"), nullptr);
  EXPECT_EQ(Gaz().country("Georgia")->iso3, "GEO");
  ASSERT_NE(Gaz().place("Washington"), nullptr);
  EXPECT_TRUE(Gaz().place("Washington")->metonym);
}

TEST(Gazetteer, GivenNamesAreCaseSensitiveAndNeverPlaces) {
  EXPECT_TRUE(Gaz().is_given_name("Walter"));
  EXPECT_TRUE(Gaz().is_given_name("Jo"));
  EXPECT_FALSE(Gaz().is_given_name("walter"));
  EXPECT_FALSE(Gaz().is_given_name("Jordan"));    // a country
  EXPECT_FALSE(Gaz().is_given_name("Virginia"));  // a state
  EXPECT_FALSE(Gazetteer::Empty()->is_given_name("Walter"));
}

// Session 7: given names of more languages (Italian, Portuguese, French, German, Japanese,
// Indian, West African, Turkish, Ukrainian, ...), "campaigner" a profession title, and
// Brussels the city, not Belgium's government (it stands for the EU as often).
TEST(Gazetteer, SessionSevenNamesTitlesAndBrussels) {
  for (const char* n : {"Chiara", "Kenji", "Pradeep", "Ifeoma", "Mamadou", "Olena", "Tomas"})
    EXPECT_TRUE(Gaz().is_given_name(n)) << n;
  EXPECT_EQ(Gaz().title("campaigner"), "campaigner");
  ASSERT_NE(Gaz().place("Brussels"), nullptr);
  EXPECT_FALSE(Gaz().place("Brussels")->metonym);
}

TEST(Gazetteer, PoliticalPartiesCarryTheirCountryAndSector) {
  for (auto [name, iso3] : {std::pair<const char*, const char*>{"Sinn Féin", "GBR"},
                            {"SNP", "GBR"},
                            {"Bloc Québécois", "CAN"},
                            {"BJP", "IND"},
                            {"Law and Justice Party", "POL"}}) {
    const GazOrg* o = Gaz().organisation(name);
    ASSERT_NE(o, nullptr) << name;
    EXPECT_EQ(o->country, iso3) << name;
    EXPECT_EQ(o->sector, "PTY") << name;
  }
  EXPECT_EQ(Gaz().organisation("Labor"), nullptr);  // "Labor Day" is no party
}

TEST(Gazetteer, AliasesMapToOneCountry) {
  for (const char* n : {"U.S.", "US", "United States", "America", "United States of America", "USA"}) {
    const GazCountry* c = Gaz().country(n);
    ASSERT_NE(c, nullptr) << n;
    EXPECT_EQ(c->iso3, "USA") << n;
    EXPECT_EQ(c->name, "United States") << n;
  }
  EXPECT_EQ(Gaz().country("Britain")->iso3, "GBR");
  EXPECT_EQ(Gaz().country("UK")->iso3, "GBR");
  EXPECT_EQ(Gaz().country("South Korea")->iso3, "KOR");
  EXPECT_EQ(Gaz().country("Russia")->iso3, "RUS");
  EXPECT_EQ(Gaz().country("Iran")->iso3, "IRN");
  EXPECT_EQ(Gaz().country("Syria")->name, "Syria");
}

TEST(Gazetteer, CaseAwareAcronyms) {
  EXPECT_EQ(Gaz().country("us"), nullptr);
  EXPECT_EQ(Gaz().country("turkey"), nullptr);
  EXPECT_NE(Gaz().country("Turkey"), nullptr);
  EXPECT_NE(Gaz().country("LEBANON"), nullptr);
}

TEST(Gazetteer, DemonymsGiveCountryAndNorp) {
  const GazCountry* c = Gaz().country("Lebanese");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->iso3, "LBN");
  EXPECT_TRUE(Gaz().is_demonym("Lebanese"));
  EXPECT_TRUE(Gaz().is_demonym("Israeli"));
  EXPECT_EQ(Gaz().country("Israeli")->iso3, "ISR");
  EXPECT_EQ(Gaz().country("American")->iso3, "USA");
  EXPECT_EQ(Gaz().country("Americans")->demonym, "American");
  EXPECT_FALSE(Gaz().is_demonym("Lebanon"));
}

TEST(Gazetteer, PlacesHaveTypeCountryAndCoordinates) {
  const GazPlace* b = Gaz().place("Beirut");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->type, EntityType::kGpe);
  EXPECT_EQ(b->country, "LBN");
  EXPECT_NEAR(b->lat, 33.89, 0.1);
  EXPECT_NEAR(b->lon, 35.50, 0.1);
  const GazPlace* g = Gaz().place("Gaza Strip");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->type, EntityType::kLoc);
  EXPECT_EQ(g->country, "PSE");
  EXPECT_EQ(Gaz().place("West Bank")->type, EntityType::kLoc);
  EXPECT_EQ(Gaz().place("Middle East")->type, EntityType::kLoc);
  const GazPlace* w = Gaz().place("Washington");
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->metonym);
  EXPECT_FALSE(Gaz().place("Beirut")->metonym);
  const GazPlace* l = Gaz().place("Lebanon");
  ASSERT_NE(l, nullptr);
  EXPECT_TRUE(l->is_country);
  EXPECT_EQ(Gaz().place("Kharkiv")->country, "UKR");
  EXPECT_EQ(Gaz().place("Khan Younis")->country, "PSE");
  // Several hundred cities.
  size_t cities = 0;
  for (const auto& p : Gaz().places()) cities += !p.is_country && p.type == EntityType::kGpe;
  EXPECT_GT(cities, 300u);
}

TEST(Gazetteer, TitlesAreCaseInsensitive) {
  EXPECT_EQ(Gaz().title("Prime Minister"), "Prime Minister");
  EXPECT_EQ(Gaz().title("defense minister"), "Defense Minister");
  EXPECT_EQ(Gaz().title("Gen."), "General");
  EXPECT_EQ(Gaz().title("envoy"), "envoy");
  EXPECT_EQ(Gaz().title("table"), "");
}

TEST(Gazetteer, SectorWords) {
  EXPECT_EQ(Gaz().sector_for("troops"), "MIL");
  EXPECT_EQ(Gaz().sector_for("Army"), "MIL");
  EXPECT_EQ(Gaz().sector_for("government"), "GOV");
  EXPECT_EQ(Gaz().sector_for("police"), "COP");
  EXPECT_EQ(Gaz().sector_for("militants"), "REB");
  EXPECT_EQ(Gaz().sector_for("civilians"), "CVL");
  EXPECT_EQ(Gaz().sector_for("journalists"), "JRN");
  EXPECT_EQ(Gaz().sector_for("banana"), "");
}

TEST(Gazetteer, KnownOrganisations) {
  const GazOrg* h = Gaz().organisation("Hezbollah");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->sector, "REB");
  EXPECT_EQ(h->country, "LBN");
  EXPECT_EQ(Gaz().organisation("UN")->name, "United Nations");
  EXPECT_EQ(Gaz().organisation("un"), nullptr);
  EXPECT_EQ(Gaz().organisation("NATO")->sector, "IGO");
  EXPECT_EQ(Gaz().organisation("al-Qaeda")->sector, "REB");
  const GazOrg* wh = Gaz().organisation("White House");
  ASSERT_NE(wh, nullptr);
  EXPECT_TRUE(wh->government);
  EXPECT_EQ(wh->country, "USA");
  EXPECT_TRUE(Gaz().is_org_head("Center"));
  EXPECT_TRUE(Gaz().is_org_head("Task Force"));
  EXPECT_FALSE(Gaz().is_org_head("Lebanon"));
}

TEST(Gazetteer, MatchFindsLongestPhraseInTokens) {
  Document doc;
  doc.text = "in the United States of America today";
  uint32_t s = 0;
  for (size_t i = 0; i <= doc.text.size(); ++i) {
    if (i == doc.text.size() || doc.text[i] == ' ') {
      Token t;
      t.start = s;
      t.end = static_cast<uint32_t>(i);
      doc.tokens.push_back(t);
      s = static_cast<uint32_t>(i + 1);
    }
  }
  Gazetteer::Match m = Gaz().match(doc, 2, doc.tokens.size());
  ASSERT_TRUE(m);
  EXPECT_EQ(m.tokens, 4u);
  EXPECT_EQ(Gaz().countries()[m.index].iso3, "USA");
  EXPECT_FALSE(Gaz().match(doc, 0, doc.tokens.size()));
}

TEST(Gazetteer, EmptyAndMissingFolder) {
  auto e = Gazetteer::Empty();
  EXPECT_TRUE(e->empty());
  EXPECT_EQ(e->country("Lebanon"), nullptr);
  auto r = Gazetteer::Load("/nonexistent/folder");
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), Code::kNotFound);
}

}  // namespace
}  // namespace factwire
