#include "factwire/json.h"

#include "core/json_writer.h"

namespace factwire {
namespace {

void write_span(JsonWriter& w, uint32_t start, uint32_t end) {
  w.field("start", start).field("end", end);
}

void write_entity_ref(JsonWriter& w, const Document& doc, int32_t index) {
  if (index >= 0 && static_cast<size_t>(index) < doc.entities.size())
    w.value(doc.entities[index].id);
  else
    w.null();
}

void write_event_arg(JsonWriter& w, const Document& doc, const EventArg& a) {
  if (a.empty()) {
    w.null();
    return;
  }
  w.begin_object();
  w.field("name", a.name);
  w.key("entity");
  write_entity_ref(w, doc, a.entity);
  w.key("country").string_or_null(a.country);
  w.key("sector").string_or_null(a.sector);
  w.end_object();
}

}  // namespace

std::string to_json(const Document& doc, const JsonOptions& opts) {
  std::string out;
  out.reserve(doc.text.size() * 3 + 1024);
  JsonWriter w(&out, opts.pretty);
  w.begin_object();
  w.field("schema", kSchema);

  w.key("document").begin_object();
  w.field("id", doc.id);
  w.key("title").string_or_null(doc.title);
  w.key("byline").string_or_null(doc.byline);
  w.key("published").string_or_null(doc.published);
  w.key("url").string_or_null(doc.url);
  w.field("format", doc.source_format);
  w.field("text", doc.text);
  w.key("paragraphs").begin_array();
  for (const auto& p : doc.paragraphs) {
    w.begin_object();
    w.field("kind", paragraph_kind_name(p.kind));
    write_span(w, p.start, p.end);
    w.field("text", doc.slice(p.start, p.end));
    if (!p.attribution.empty()) w.field("attribution", p.attribution);
    w.key("source").begin_array().value(p.source_start).value(p.source_end).end_array();
    w.end_object();
  }
  w.end_array();
  w.key("links").begin_array();
  for (const auto& l : doc.links) {
    w.begin_object().field("anchor", l.anchor).field("target", l.target);
    write_span(w, l.start, l.end);
    w.end_object();
  }
  w.end_array();
  w.key("warnings").begin_array();
  for (const auto& s : doc.warnings) w.value(s);
  w.end_array();
  w.end_object();

  w.key("sentences").begin_array();
  for (const auto& s : doc.sentences) {
    w.begin_object();
    write_span(w, s.start, s.end);
    w.field("paragraph", s.paragraph);
    w.end_object();
  }
  w.end_array();

  if (opts.tokens) {
    w.key("tokens").begin_array();
    for (const auto& t : doc.tokens) {
      w.begin_object();
      write_span(w, t.start, t.end);
      w.field("text", doc.slice(t.start, t.end));
      w.key("pos").string_or_null(t.pos);
      w.key("tag").string_or_null(t.tag);
      w.key("lemma").string_or_null(t.lemma);
      w.field("head", static_cast<int64_t>(t.head));
      w.key("dep").string_or_null(t.dep);
      w.key("ner").string_or_null(t.ner);
      w.end_object();
    }
    w.end_array();
  }

  w.key("entities").begin_array();
  for (const auto& e : doc.entities) {
    w.begin_object();
    w.field("id", e.id).field("name", e.name).field("type", entity_type_name(e.type));
    w.key("mentions").begin_array();
    for (const auto& m : e.mentions) {
      w.begin_object();
      write_span(w, m.start, m.end);
      w.field("text", doc.slice(m.start, m.end));
      w.end_object();
    }
    w.end_array();
    w.key("role").string_or_null(e.role);
    w.key("affiliation").string_or_null(e.affiliation);
    w.key("country").string_or_null(e.country);
    w.key("sector").string_or_null(e.sector);
    w.end_object();
  }
  w.end_array();

  w.key("quotes").begin_array();
  for (const auto& q : doc.quotes) {
    w.begin_object();
    w.field("text", q.text).field("kind", quote_kind_name(q.kind));
    write_span(w, q.start, q.end);
    w.field("cue", q.cue);
    w.key("speaker").begin_object();
    w.key("name").string_or_null(q.speaker.name);
    w.key("entity");
    write_entity_ref(w, doc, q.speaker.entity);
    w.field("anonymous", q.speaker.anonymous);
    w.key("description").string_or_null(q.speaker.description);
    w.key("reason").string_or_null(q.speaker.reason);
    w.end_object();
    w.key("addressee").string_or_null(q.addressee);
    w.field("sentence", q.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("non_answers").begin_array();
  for (const auto& n : doc.non_answers) {
    w.begin_object();
    w.field("who", n.who);
    w.key("entity");
    write_entity_ref(w, doc, n.entity);
    w.field("cue", n.cue).field("text", n.text);
    write_span(w, n.start, n.end);
    w.field("sentence", n.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("figures").begin_array();
  for (const auto& f : doc.figures) {
    w.begin_object();
    w.field("text", f.text);
    write_span(w, f.start, f.end);
    w.field("value", f.value).field("low", f.low).field("high", f.high);
    w.field("qualifier", f.qualifier).field("vague", f.vague);
    w.key("unit").string_or_null(f.unit);
    w.field("category", f.category);
    w.key("subject").string_or_null(f.subject);
    w.key("place").string_or_null(f.place);
    w.key("time").string_or_null(f.time);
    w.key("source").string_or_null(f.source);
    w.field("sentence", f.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("figure_conflicts").begin_array();
  for (const auto& c : doc.figure_conflicts) {
    w.begin_object();
    w.field("category", c.category);
    w.key("figures").begin_array();
    for (uint32_t i : c.figures) w.value(i);
    w.end_array();
    w.key("texts").begin_array();
    for (uint32_t i : c.figures)
      if (i < doc.figures.size()) w.value(doc.figures[i].text);
    w.end_array();
    w.field("why", c.why);
    w.end_object();
  }
  w.end_array();

  w.key("times").begin_array();
  for (const auto& t : doc.times) {
    w.begin_object();
    w.field("text", t.text);
    write_span(w, t.start, t.end);
    w.key("value").string_or_null(t.value);
    w.field("relative", t.relative);
    w.key("mod").string_or_null(t.mod);
    w.field("sentence", t.sentence);
    w.end_object();
  }
  w.end_array();

  w.key("events").begin_array();
  for (const auto& e : doc.events) {
    w.begin_object();
    w.field("type", e.type);
    w.key("mode").string_or_null(e.mode);
    w.key("actor");
    write_event_arg(w, doc, e.actor);
    w.key("target");
    write_event_arg(w, doc, e.target);
    w.field("negated", e.negated);
    w.key("modality").string_or_null(e.modality);
    w.key("place").string_or_null(e.place);
    w.key("place_country").string_or_null(e.place_country);
    if (e.has_coordinates) {
      w.key("coordinates").begin_array().value(e.lat).value(e.lon).end_array();
    }
    w.key("date").string_or_null(e.date);
    if (!e.size_category.empty()) w.field("size", e.size).field("size_category", e.size_category);
    w.field("sentence", e.sentences.empty() ? 0u : e.sentences.front());
    w.key("sentences").begin_array();
    for (uint32_t s : e.sentences) w.value(s);
    w.end_array();
    w.field("text", e.text);
    write_span(w, e.start, e.end);
    w.key("trigger").string_or_null(e.trigger);
    w.end_object();
  }
  w.end_array();

  w.key("errors").begin_array().end_array();
  w.end_object();
  if (opts.pretty) out.push_back('\n');
  return out;
}

std::string error_json(const std::string& id, const Status& status, const JsonOptions& opts) {
  std::string out;
  JsonWriter w(&out, opts.pretty);
  w.begin_object();
  w.field("schema", kSchema);
  w.key("document").begin_object().field("id", id).end_object();
  w.key("errors").begin_array();
  w.begin_object().field("code", code_name(status.code())).field("message", status.message()).end_object();
  w.end_array();
  w.end_object();
  if (opts.pretty) out.push_back('\n');
  return out;
}

}  // namespace factwire
