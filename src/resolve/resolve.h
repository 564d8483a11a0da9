// One entity per real-world referent: mentions from the NER tags and the gazetteer are
// grouped ("Aoun" = "Lebanese President Joseph Aoun"), with roles and affiliations.
#pragma once

#include "factwire/document.h"
#include "resolve/gazetteer.h"

namespace factwire {

void resolve_entities(Document* doc, const Gazetteer& gazetteer);

}  // namespace factwire
