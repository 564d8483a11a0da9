// libFuzzer target for the segmenter: any bytes, repaired to valid UTF-8, as one body
// paragraph (and, from the first input byte, split in two paragraphs at a fuzzer-chosen point).
// Traps when the promises of segment_document (segment/segment.h) do not hold.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/utf8.h"
#include "factwire/document.h"
#include "segment/segment.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  factwire::Document doc;
  factwire::utf8::repair(bytes, &doc.text);
  const auto n = static_cast<uint32_t>(doc.text.size());

  factwire::Paragraph whole;
  whole.start = 0;
  whole.end = n;
  doc.paragraphs.push_back(whole);
  factwire::segment_document(&doc);
  if (!factwire::check_segmentation(doc).empty()) __builtin_trap();
  for (const auto& s : doc.sentences) {
    if (s.paragraph != 0 || s.end > n) __builtin_trap();
  }
  // Tokens and the whitespace between them rebuild the text.
  std::string rebuilt;
  uint32_t cursor = 0;
  for (const auto& t : doc.tokens) {
    rebuilt.append(doc.text, cursor, t.start - cursor);
    rebuilt.append(doc.text, t.start, t.end - t.start);
    cursor = t.end;
  }
  rebuilt.append(doc.text, cursor, std::string::npos);
  if (rebuilt != doc.text) __builtin_trap();

  // Two paragraphs split at an arbitrary byte (possibly inside a character): still consistent.
  if (n > 1 && size > 0) {
    uint32_t cut = data[0] % n;
    doc.paragraphs.clear();
    factwire::Paragraph a, b;
    a.start = 0;
    a.end = cut;
    b.start = cut;
    b.end = n;
    doc.paragraphs.push_back(a);
    doc.paragraphs.push_back(b);
    factwire::segment_document(&doc);
    if (!factwire::check_segmentation(doc).empty()) __builtin_trap();
  }
  return 0;
}
