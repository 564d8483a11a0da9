// libFuzzer target: the whole analysis of one document (any format), JSON output included.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "factwire/json.h"
#include "factwire/pipeline.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto pipeline = [] {
    factwire::PipelineOptions o;
    o.read.max_document_bytes = 1 << 20;
    return factwire::Pipeline::Create(o);
  }();
  if (!pipeline.ok()) __builtin_trap();
  auto doc = pipeline.value().analyze_text(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz");
  if (doc.ok()) (void)factwire::to_json(doc.value(), {});
  return 0;
}
