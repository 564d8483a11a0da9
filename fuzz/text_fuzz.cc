// libFuzzer target: the scraped-text reader, assembly and segmentation.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "factwire/reader.h"
#include "segment/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  factwire::ReadOptions opts;
  opts.max_document_bytes = 1 << 20;
  auto draft = factwire::read_text(bytes, opts);
  if (!draft.ok()) return 0;
  factwire::Document doc = factwire::assemble(std::move(draft.value()));
  factwire::segment_document(&doc);
  for (const auto& p : doc.paragraphs)
    if (p.start > p.end || p.end > doc.text.size()) __builtin_trap();
  for (const auto& t : doc.tokens)
    if (t.start >= t.end || t.end > doc.text.size()) __builtin_trap();
  return 0;
}
