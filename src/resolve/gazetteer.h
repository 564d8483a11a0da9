// Gazetteers: countries (ISO 3166), demonyms, capitals and cities, regions, titles and
// offices, organisation heads, well-known organisations and sector words. Data files under
// data/gazetteer/ (built by scripts/build_gazetteer.py), loaded once per Pipeline and
// immutable afterwards (safe to share between threads).
//
//   auto g = factwire::Gazetteer::Load("/path/to/repo");   // reads data/gazetteer/*.tsv
//   if (!g.ok()) return g.status();
//   const Gazetteer& gaz = *g.value();
//   gaz.country("U.S.")->iso3            == "USA"   (names, aliases, demonyms; case-aware:
//   gaz.country("us")                    == nullptr  "US" matches, "us" does not)
//   gaz.country("Lebanese")->name        == "Lebanon"
//   gaz.is_demonym("Lebanese")           == true
//   gaz.place("Beirut")->country         == "LBN"   (+ lat/lon; countries are places too)
//   gaz.place("Gaza Strip")->type        == EntityType::kLoc
//   gaz.title("defense minister")        == "Defense Minister" (case-insensitive; "" if none)
//   gaz.sector_for("troops")             == "MIL"
//   gaz.organisation("Hezbollah")->sector == "REB"
//   gaz.match(doc, i, end)  longest entry starting at token i (see Match)
//
// Name lookups require the query to carry an upper-case letter (proper nouns), unless the
// entry itself starts in lower case ("al-Qaeda"); entries marked case-sensitive in the data
// (acronyms: US, UK, UN, EU, ...) match only their exact spelling.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "factwire/document.h"
#include "factwire/status.h"

namespace factwire {

struct GazCountry {
  std::string name;      // "United States"
  std::string iso3;      // "USA"
  std::string iso2;      // "US"
  std::string official;  // "United States of America" (may be empty)
  std::string demonym;   // canonical NORP name: "American" (may be empty)
  std::string capital;   // "Washington"
  double lat = 0, lon = 0;  // approximate centroid
};

struct GazPlace {
  std::string name;  // canonical name: "Beirut", "Gaza Strip", "Lebanon"
  EntityType type = EntityType::kGpe;  // GPE for countries and cities, LOC for regions
  std::string country;                 // ISO3 of the country it lies in; "" if several
  double lat = 0, lon = 0;
  bool is_country = false;
  bool capital = false;
  bool metonym = false;  // a capital that also names its government ("Moscow said")
};

struct GazOrg {
  std::string name;     // canonical name: "Hezbollah"
  std::string sector;   // REB, IGO, NGO, GOV, MIL, JRN, ...
  std::string country;  // ISO3 or ""
  bool government = false;  // stands for its country's government ("White House")
};

struct GazTitle {
  std::string role;    // canonical spelling: "Defense Minister"
  std::string sector;  // GOV, MIL, ... or ""
};

class Gazetteer {
 public:
  enum class Kind : uint8_t { kCountry, kDemonym, kPlace, kOrg };
  struct Ref {
    Kind kind;
    uint32_t index;  // into countries(), countries(), places(), orgs() by kind
  };
  // A phrase found in the token stream.
  struct Match {
    Kind kind = Kind::kCountry;
    uint32_t index = 0;
    uint32_t tokens = 0;  // how many tokens it spans; 0 = no match
    bool possessive = false;  // the last token carried a trailing 's that is not part of it
    explicit operator bool() const { return tokens > 0; }
  };

  static Result<std::shared_ptr<const Gazetteer>> Load(const std::string& data_dir);
  // An empty gazetteer (for unit tests that build documents by hand).
  static std::shared_ptr<const Gazetteer> Empty();
  // Loads from a folder holding the .tsv files themselves (tests).
  static Result<std::shared_ptr<const Gazetteer>> LoadFolder(const std::string& folder);

  bool empty() const { return countries_.empty() && places_.empty() && orgs_.empty(); }

  // Country by name, alias or demonym ("U.S.", "Britain", "Lebanese"); nullptr if none.
  const GazCountry* country(std::string_view name) const;
  const GazCountry* country_by_iso3(std::string_view iso3) const;
  bool is_demonym(std::string_view word) const;
  // Place (country, city or region) by name or alias; nullptr if none.
  const GazPlace* place(std::string_view name) const;
  // The country's own place record (centroid), by ISO3.
  const GazPlace* country_place(std::string_view iso3) const;
  const GazOrg* organisation(std::string_view name) const;
  // Canonical role for a title phrase ("prime minister" -> "Prime Minister"); "" if none.
  std::string_view title(std::string_view phrase) const;
  const GazTitle* title_entry(std::string_view phrase) const;
  size_t max_title_words() const { return max_title_words_; }
  // Sector code for a common noun ("troops" -> "MIL", "Army" -> "MIL"); "" if none.
  std::string_view sector_for(std::string_view word) const;
  bool is_org_head(std::string_view word) const;    // "Center", "Council", "Task Force"
  bool is_org_opener(std::string_view word) const;  // "Ministry" in "Ministry of Defense"
  // A common given name, case-sensitive ("Walter", "Jo"; given_names.tsv).
  bool is_given_name(std::string_view word) const;

  // All entries a phrase names (a demonym may name several countries: "Congolese").
  const std::vector<Ref>* lookup(std::string_view phrase) const;
  // Longest entry that starts at token `begin` and ends before token `end`.
  Match match(const Document& doc, size_t begin, size_t end) const;

  const std::vector<GazCountry>& countries() const { return countries_; }
  const std::vector<GazPlace>& places() const { return places_; }
  const std::vector<GazOrg>& orgs() const { return orgs_; }

  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Map = std::unordered_map<std::string, std::vector<Ref>, Hash, std::equal_to<>>;

 private:
  void add_name(std::string_view name, Ref ref);
  const std::vector<Ref>* find(std::string_view name) const;
  Status load_tsv(const std::string& folder);

  std::vector<GazCountry> countries_;
  std::vector<GazPlace> places_;
  std::vector<GazOrg> orgs_;
  std::vector<int32_t> country_place_;  // countries_ index -> places_ index
  Map exact_;   // case-sensitive names
  Map folded_;  // lower-cased names
  std::unordered_set<std::string, Hash, std::equal_to<>> first_words_;  // lower-cased
  std::unordered_map<std::string, GazTitle, Hash, std::equal_to<>> titles_;
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> sectors_;
  std::unordered_set<std::string, Hash, std::equal_to<>> org_heads_, org_openers_;
  std::unordered_set<std::string, Hash, std::equal_to<>> given_names_;
  size_t max_words_ = 1;
  size_t max_title_words_ = 1;
};

// Lower-cases ASCII letters of s into *out (other bytes copied): no allocation when *out
// has capacity.
void ascii_lower(std::string_view s, std::string* out);

}  // namespace factwire
