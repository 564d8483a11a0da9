// libFuzzer target for the HTML reader: any bytes must give a Status or a Draft that
// assembles into a Document, never a crash, a hang or an out-of-bounds access.
//   CC=clang CXX=clang++ cmake -S . -B build-fuzz -DFACTWIRE_FUZZ=ON -DFACTWIRE_TESTS=OFF -DFACTWIRE_BENCH=OFF
//   build-fuzz/fuzz/html_fuzz -max_len=200000 CORPUS/
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "factwire/reader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  factwire::ReadOptions opts;
  opts.max_document_bytes = 1u << 20;
  opts.max_html_depth = 64;
  auto draft = factwire::read_html(std::string_view(reinterpret_cast<const char*>(data), size), opts);
  if (!draft.ok()) return 0;
  for (const auto& p : draft.value().paragraphs)
    for (const auto& l : p.links)
      if (l.start > l.end || l.end > p.text.size()) __builtin_trap();
  factwire::Document doc = factwire::assemble(std::move(draft.value()));
  if (doc.text.size() > 4 * size + 1024) __builtin_trap();  // output bounded by the input
  return 0;
}
