// libFuzzer target: the RSS 2.0 / RSS 1.0 / Atom feed reader (src/corpus/sources.cc), which
// ingest and analyze use to split a feed into its items.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../src/corpus/sources.h"
#include "factwire/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factwire::ReadOptions opts;
  opts.max_document_bytes = 4096;
  auto stream = factwire::corpus::feed_from_bytes(
      "fuzz.xml", std::string(reinterpret_cast<const char*>(data), size), opts);
  factwire::Input in;
  size_t n = 0;
  while (stream->next(&in)) {
    // An item over the document limit is an error, not a document; the fields come from the
    // feed's bytes (entities shrink them; a declared 8-bit encoding at most triples them).
    if (in.error.ok() && in.bytes.size() > opts.max_document_bytes) __builtin_trap();
    if (in.title.size() > 3 * size + 16 || in.url.size() > 3 * size + 16) __builtin_trap();
    if (!in.published.empty() && in.published.size() != 10) __builtin_trap();  // YYYY-MM-DD
    if (++n > size + 2) __builtin_trap();  // the stream must end
  }
  std::string day = factwire::corpus::feed_date(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!day.empty() && day.size() != 10) __builtin_trap();
  return 0;
}
