// libFuzzer target: the JSON Lines / whole-document input stream.
#include <cstddef>
#include <cstdint>
#include <string>

#include "factwire/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factwire::ReadOptions opts;
  opts.max_document_bytes = 4096;
  auto stream = factwire::InputStream::from_bytes("fuzz", std::string(reinterpret_cast<const char*>(data), size), opts);
  factwire::Input in;
  size_t n = 0;
  while (stream->next(&in)) {
    if (in.error.ok() && in.bytes.size() > opts.max_document_bytes) __builtin_trap();
    if (++n > size + 2) __builtin_trap();  // the stream must end
  }
  return 0;
}
