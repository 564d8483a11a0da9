#include "tag/tagger.h"

namespace factwire {
namespace {
// Scaffold until the trained models land: annotates nothing.
class NullTagger : public Tagger {
 public:
  void annotate(Document*) const override {}
};
}  // namespace
Result<std::unique_ptr<Tagger>> Tagger::Load(const std::string&) {
  return std::unique_ptr<Tagger>(new NullTagger());
}
}  // namespace factwire
