// Who did what to whom: PLOVER-coded events.
#pragma once

#include "factwire/document.h"
#include "resolve/gazetteer.h"

namespace factwire {

// Fills doc->events. Needs tokens with parse, entities, quotes, figures and times.
void extract_events(Document* doc, const Gazetteer& gazetteer);

}  // namespace factwire
