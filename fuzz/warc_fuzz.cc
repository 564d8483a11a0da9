// libFuzzer target: the WARC crawl reader (src/corpus/sources.cc): records, HTTP headers,
// chunked and gzip/deflate transfer decoding.
#include <cstddef>
#include <cstdint>
#include <string>

#include "../src/corpus/sources.h"
#include "factwire/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factwire::ReadOptions opts;
  opts.max_document_bytes = 1 << 16;
  auto stream = factwire::corpus::warc_from_bytes(
      "fuzz.warc", std::string(reinterpret_cast<const char*>(data), size), opts);
  factwire::Input in;
  size_t n = 0;
  while (stream->next(&in)) {
    // A decoded page may grow (gzip) but never past the document limit.
    if (in.error.ok() && in.bytes.size() > opts.max_document_bytes) __builtin_trap();
    if (++n > size + 2) __builtin_trap();  // the stream must end
  }
  return 0;
}
