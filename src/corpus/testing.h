// Test and measurement helper, not part of the library: a crude, fast stand-in for the
// pipeline that turns plain text into a Document with plausible annotations (paragraphs,
// sentences, capitalised-name entities, quoted speech, casualty figures, simple events).
// It lets the corpus tests and corpus_dev run without models and fill every table.
#pragma once

#include "factwire/document.h"
#include "factwire/reader.h"

namespace factwire::corpus::testing {

Document rough_document(const Input& in);

}  // namespace factwire::corpus::testing
