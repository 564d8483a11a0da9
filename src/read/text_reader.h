// The scraped-plain-text reader (internal header).
#pragma once

#include <string_view>

#include "factwire/reader.h"

namespace factwire {

// As read_text, when the document's title is already known (a JSON record's "title"):
// a first paragraph that repeats it is marked as the title, and no other title is guessed.
Result<Draft> read_text_with_title(std::string_view bytes, const ReadOptions& opts,
                                   std::string_view known_title);

// Removes Markdown emphasis (**, __, *, _), images, links ([anchor](url): anchor kept, the
// link recorded) and simple inline HTML tags from one paragraph. Exposed for tests.
std::string strip_inline_markup(std::string_view text, std::vector<Link>* links);

}  // namespace factwire
