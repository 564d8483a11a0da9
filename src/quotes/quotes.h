// Who said what: direct, mixed and indirect quotes, speakers, anonymous sources, non-answers.
#pragma once

#include "factwire/document.h"
#include "resolve/gazetteer.h"

namespace factwire {

// Fills doc->quotes and doc->non_answers. Needs sentences, tokens and entities.
void extract_quotes(Document* doc, const Gazetteer& gazetteer);

}  // namespace factwire
