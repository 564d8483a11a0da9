#include "resolve/gazetteer.h"

namespace factwire {
Result<std::shared_ptr<const Gazetteer>> Gazetteer::Load(const std::string&) { return Empty(); }
std::shared_ptr<const Gazetteer> Gazetteer::Empty() { return std::make_shared<const Gazetteer>(); }
}  // namespace factwire
