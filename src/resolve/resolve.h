// One entity per real-world referent: mentions from the NER tags (tokens[].ner, BIO) and
// from the gazetteer are grouped ("Aoun" = "Lebanese President Joseph Aoun"), with roles,
// affiliations, countries (ISO3) and sectors.
//
//   factwire::resolve_entities(&doc, gazetteer);   // fills doc.entities
//   int e = factwire::entity_at(doc, start, end);   // entity whose mention covers the span
//   int s = factwire::entity_before(doc, offset, EntityType::kPerson, true);  // "he" -> ...
//
// Rules (docs/entities.md):
//   * Mentions come from NER spans (PERSON/PER, ORG, LOC, GPE, NORP, FAC, EVENT, MISC), from
//     rules (a capitalised name after a title is a PERSON; a capitalised phrase with an
//     organisation head such as "Center" or "Task Force" is an ORG) and from the gazetteer
//     (countries and cities -> GPE, regions -> LOC, demonyms -> NORP, known organisations).
//   * "the United States", "U.S." and a capital used as an actor ("Washington said") are one
//     GPE named after the country; "Washington-based" and "in Washington" are the city.
//   * A country name before a name the NER calls PERSON, or after a title, is the person's
//     ("Israel Katz"). Surname-only mentions link to the full name; a name resolved once is
//     found again wherever it recurs unlabelled.
//   * Only body and heading sentences create entities; other paragraphs (title, pull quotes,
//     captions) only add mentions to entities that exist.
//   * Entity ids "e1", "e2", ... follow the order of first mention.
#pragma once

#include <string>
#include <string_view>

#include "factwire/document.h"
#include "resolve/gazetteer.h"

namespace factwire {

void resolve_entities(Document* doc, const Gazetteer& gazetteer);

// Index into doc.entities of the entity with a mention covering [start, end) (or, failing
// that, overlapping it); -1 if none or if the span is empty.
int entity_at(const Document& doc, uint32_t start, uint32_t end);

// Entity of the given type whose mention ends nearest before `offset` (within the same
// paragraph or earlier); with subject_only, only mentions whose head token is a nominal
// subject count when the parse is present (pronoun speakers: "he" -> the last PERSON in
// subject position). -1 if none.
int entity_before(const Document& doc, uint32_t offset, EntityType type, bool subject_only = false);

// ISO3 of a name, alias, demonym, city or region ("U.S." -> "USA", "Beirut" -> "LBN",
// "Hezbollah" -> "LBN"); "" if unknown.
std::string country_of(const Gazetteer& gazetteer, std::string_view name);
// ISO3 of an entity: its own country field, else from its name; "" if unknown.
std::string country_of(const Document& doc, int entity, const Gazetteer& gazetteer);

}  // namespace factwire
