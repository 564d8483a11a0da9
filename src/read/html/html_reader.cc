#include "factwire/reader.h"

namespace factwire {
// Scaffold: replaced by the gumbo-based extractor.
Result<Draft> read_html(std::string_view bytes, const ReadOptions& opts) {
  return Status::Unsupported("HTML reading is not built yet");
}
}  // namespace factwire
