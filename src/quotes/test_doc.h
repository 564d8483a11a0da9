// Test support: a Document built from plain text without the reader and segmenter, so the
// quotes stage can be unit-tested (and scored on the development set) on its own.
//
//   factwire::Document doc = factwire::quotes_testing::make_document("He said: “Hi.”");
#pragma once

#include <string>
#include <string_view>

#include "factwire/document.h"

namespace factwire::quotes_testing {

// Paragraphs split on blank lines (a paragraph that starts with "PULL: " becomes a pull
// quote, the marker removed), sentences split after . ! ? before a capital, tokens split on
// spaces and punctuation. Crude on purpose: the stage must not depend on a good segmenter.
Document make_document(std::string_view text);

}  // namespace factwire::quotes_testing
