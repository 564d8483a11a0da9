// How many and when: figures with hedges and categories, conflicts, time expressions.
#pragma once

#include <string>

#include "factwire/document.h"

namespace factwire {

// Fills doc->times, resolving relative expressions against doc->published (YYYY-MM-DD)
// when known.
void extract_times(Document* doc);
// Fills doc->figures and doc->figure_conflicts. Needs sentences and tokens.
void extract_figures(Document* doc);

}  // namespace factwire
