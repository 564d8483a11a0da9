// PLOVER event records (Open Event Data Alliance, PLOVER manual, "JSON Data Fields").
//
//   std::string lines = factwire::to_plover_json(doc);   // one JSON object per event, one a line
//
// Each record carries PLOVER's own fields (id, date, event, mode, context, source,
// recipient, event_loc, event_text, text_info, size, quad_code, event_scale, coder) and
// flat ones for tables (event_id, story_id, event_date, event_type, event_mode, actor,
// actor_country, actor_sector, target, target_country, target_sector, place_name,
// place_country, latitude, longitude). docs/events.md gives the mapping.
#pragma once

#include <string>

#include "factwire/document.h"

namespace factwire {

// Newline-delimited JSON: one object per event in doc.events, each line ending in "\n";
// "" for a document without events.
std::string to_plover_json(const Document& doc);

// True for the 16 PLOVER event types ("ASSAULT", ...; upper case, as the records carry them).
bool is_plover_type(const std::string& type);
// "AGREE, CONSULT, ..., ASSAULT": the types in the manual's order, for messages.
std::string plover_type_list();

}  // namespace factwire
