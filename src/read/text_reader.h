// The scraped-plain-text reader (internal header).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "factwire/reader.h"

namespace factwire {

// As read_text, when the document's title is already known (a JSON record's "title"):
// a first paragraph that repeats it is marked as the title, and no other title is guessed.
Result<Draft> read_text_with_title(std::string_view bytes, const ReadOptions& opts,
                                   std::string_view known_title);

// Removes Markdown emphasis (**, __, *, _), images, links ([anchor](url): anchor kept, the
// link recorded) and simple inline HTML tags from one paragraph. Exposed for tests.
std::string strip_inline_markup(std::string_view text, std::vector<Link>* links);

// Strict UTF-8 check (the same rules as utf8::decode), vectorised.
bool is_valid_utf8(std::string_view bytes);

// validate_text without a copy: *out views `bytes` when they are valid, else the repaired
// text kept in *storage.
Status validate_text_view(std::string_view bytes, const ReadOptions& opts, std::string* storage,
                          std::string_view* out, std::vector<std::string>* warnings);

// The repair half of validate_text, for bytes known to hold invalid UTF-8.
Status repair_text(std::string_view bytes, const ReadOptions& opts, std::string* out,
                   std::vector<std::string>* warnings);

}  // namespace factwire
