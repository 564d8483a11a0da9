#include "events/plover.h"

#include <cstdlib>

#include "core/json_writer.h"

namespace factwire {

namespace {

// PLOVER quad categories and conflict-cooperation scores (PLOVER manual tables).
struct TypeConst {
  const char* type;
  int quad;
  double score;
};
constexpr TypeConst kTypes[] = {
    {"AGREE", 1, 4.2},      {"CONSULT", 1, 2.1},   {"SUPPORT", 1, 4.6},  {"CONCEDE", 1, 5.0},
    {"COOPERATE", 2, 6.8},  {"AID", 2, 7.4},       {"RETREAT", 2, 7.6},  {"REQUEST", 3, -5.0},
    {"ACCUSE", 3, -2.0},    {"REJECT", 3, -4.2},   {"THREATEN", 3, -5.1}, {"PROTEST", 4, -6.6},
    {"SANCTION", 4, -5.2},  {"MOBILIZE", 4, -5.3}, {"COERCE", 4, -7.2},  {"ASSAULT", 4, -9.3},
};

const TypeConst* type_const(const std::string& t) {
  for (const auto& k : kTypes)
    if (t == k.type) return &k;
  return nullptr;
}

}  // namespace

bool is_plover_type(const std::string& type) { return type_const(type) != nullptr; }

std::string plover_type_list() {
  std::string out;
  for (const auto& k : kTypes) {
    if (!out.empty()) out += ", ";
    out += k.type;
  }
  return out;
}

namespace {

int year_of(const std::string& date) {
  if (date.size() < 4) return 0;
  for (int i = 0; i < 4; ++i)
    if (date[i] < '0' || date[i] > '9') return 0;
  return std::atoi(date.substr(0, 4).c_str());
}

void write_actor(JsonWriter& w, const Document& doc, const EventArg& a) {
  w.begin_array();
  if (!a.empty()) {
    w.begin_object();
    w.key("code").string_or_null(a.country);
    w.key("sector").string_or_null(a.sector);
    w.field("actor_text", a.name);
    if (a.entity >= 0 && static_cast<size_t>(a.entity) < doc.entities.size()) {
      w.field("identifier_id", doc.entities[a.entity].id);
      w.field("identifier_text", doc.entities[a.entity].name);
    }
    w.end_object();
  }
  w.end_array();
}

}  // namespace

std::string to_plover_json(const Document& doc) {
  std::string out;
  int n = 0;
  const int published_year = year_of(doc.published);
  for (const Event& e : doc.events) {
    ++n;
    const std::string id = (doc.id.empty() ? std::string("doc") : doc.id) + "-" + std::to_string(n);
    JsonWriter w(&out, false);
    w.begin_object();
    w.field("id", id);
    w.field("event_id", id);
    w.field("story_id", doc.id);
    w.key("date").string_or_null(e.date);
    w.key("event_date").string_or_null(e.date);
    w.key("story_date").string_or_null(doc.published);
    w.key("event").begin_array().value(e.type).end_array();
    w.field("event_type", e.type);
    w.key("mode").string_or_null(e.mode);
    w.key("event_mode").string_or_null(e.mode);
    w.key("context").begin_array();
    const int y = year_of(e.date);
    if (y > 0 && published_year > 0 && y < published_year) w.value("historical");
    if (e.negated) w.value("negation");
    w.end_array();
    w.key("modality").string_or_null(e.modality);
    // PLOVER's actor lists ...
    w.key("source");
    write_actor(w, doc, e.actor);
    w.key("recipient");
    write_actor(w, doc, e.target);
    // ... and the flat columns of event data tables.
    w.key("actor").string_or_null(e.actor.name);
    w.key("actor_country").string_or_null(e.actor.country);
    w.key("actor_sector").string_or_null(e.actor.sector);
    w.key("target").string_or_null(e.target.name);
    w.key("target_country").string_or_null(e.target.country);
    w.key("target_sector").string_or_null(e.target.sector);
    w.key("event_loc");
    if (e.place.empty()) {
      w.null();
    } else {
      w.begin_object();
      w.field("name", e.place);
      w.key("cc3").string_or_null(e.place_country);
      if (e.has_coordinates) w.field("latitude", e.lat).field("longitude", e.lon);
      w.end_object();
    }
    w.key("place_name").string_or_null(e.place);
    w.key("place_country").string_or_null(e.place_country);
    if (e.has_coordinates) {
      w.field("latitude", e.lat).field("longitude", e.lon);
    } else {
      w.key("latitude").null().key("longitude").null();
    }
    w.key("size");
    if (e.size_category.empty()) {
      w.null();
    } else {
      w.begin_object();
      const char* k = e.size_category == "killed" ? "dead" : e.size_category.c_str();
      w.field(k, e.size);
      w.end_object();
    }
    w.key("event_text").begin_array().value(e.text).end_array();
    w.key("trigger").string_or_null(e.trigger);
    w.key("text_info").begin_object();
    w.field("sequence", e.sentences.empty() ? 0u : e.sentences.front());
    w.key("sentences").begin_array();
    for (uint32_t s : e.sentences) w.value(s);
    w.end_array();
    w.field("start", e.start).field("end", e.end);
    w.end_object();
    if (const TypeConst* tc = type_const(e.type)) {
      w.field("quad_code", tc->quad);
      w.field("event_scale", tc->score);
    }
    w.key("cite_info").begin_object();
    w.key("url").string_or_null(doc.url);
    w.key("title").string_or_null(doc.title);
    w.field("language", "en");
    w.field("coder", "factwire");
    w.field("codebook", "plover-base-0.7b1");
    w.end_object();
    w.end_object();
    out.push_back('\n');
  }
  return out;
}

}  // namespace factwire
