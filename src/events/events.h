// Who did what to whom: PLOVER-coded events (docs/events.md).
//
//   auto patterns = factwire::EventPatterns::Load(data_dir);       // once, with the Pipeline
//   factwire::extract_events(&doc, gazetteer, *patterns.value());  // fills doc.events
//
// Triggers are verbs and nouns listed in data/events/{verbs,nouns}.tsv; actors and targets
// come from the dependency parse of the trigger's own sentence (subject / agent -> actor,
// object / "at, on, against, into X" -> target; possessives and adjectives of nominal
// triggers -> actor, "of/on X" -> target), with a fallback by word order for sentences
// without a parse. Frames (data/events/frames.tsv) drop hypothetical and negated events
// and mark claims; one record per event per document lists every sentence that states it.
#pragma once

#include "events/patterns.h"
#include "factwire/document.h"
#include "resolve/gazetteer.h"

namespace factwire {

// Fills doc->events. Needs tokens (with the parse where available), entities, quotes,
// figures and times. Never fails: a document without triggers gets no events.
void extract_events(Document* doc, const Gazetteer& gazetteer, const EventPatterns& patterns);

// As above with the patterns loaded once from the data folder ($FACTWIRE_DATA, else the
// source tree this was built from, else "."); no events if they cannot be loaded.
void extract_events(Document* doc, const Gazetteer& gazetteer);

// The patterns the two-argument form uses (loaded on first use; Empty() if missing).
const EventPatterns& default_event_patterns();

}  // namespace factwire
