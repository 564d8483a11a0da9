// Sentences and tokens.
//
//   factwire::segment_document(&doc);   // fills doc.sentences and doc.tokens
//
// Tokenization is lossless: token spans plus the whitespace between them rebuild the text.
#pragma once

#include "factwire/document.h"

namespace factwire {

// Splits every paragraph of doc into sentences and tokens (a sentence never crosses a
// paragraph boundary). Replaces doc->sentences and doc->tokens.
void segment_document(Document* doc);

}  // namespace factwire
