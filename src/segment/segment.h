// Sentences and tokens.
//
//   factwire::segment_document(&doc);   // fills doc.sentences and doc.tokens
//
// Tokenization is lossless: token spans plus the whitespace between them rebuild the text.
#pragma once

#include <string>

#include "factwire/document.h"

namespace factwire {

// Splits every paragraph of doc into sentences and tokens (a sentence never crosses a
// paragraph boundary). Replaces doc->sentences and doc->tokens.
//
// Sentences: rules for abbreviations (classed as titles "Dr.", companies "Inc.", initialisms
// "U.S.", initials "J.", ...), numbers, ellipses, quotes and brackets after the final
// punctuation, numbered and lettered lists, bullets, and single line breaks inside a paragraph.
// A sentence span has no leading or trailing whitespace. Tokens: UD English-EWT conventions
// (see tokenizer.h); a sentence-final abbreviation gives up its period ("U.S" ".").
// Any bytes are accepted; paragraphs that overlap or run past the text are clipped.
void segment_document(Document* doc);

// Checks what segment_document promises: sentences ordered and inside their paragraph,
// trimmed, each owning a contiguous run of tokens that lie inside it; tokens ordered; the text
// between tokens of a paragraph is whitespace (lossless); space_after matches the text.
// Returns "" when all hold, else a description of the first violation. For tests and fuzzing.
std::string check_segmentation(const Document& doc);

}  // namespace factwire
