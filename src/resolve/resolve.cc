#include "resolve/resolve.h"

namespace factwire {
void resolve_entities(Document*, const Gazetteer&) {}  // scaffold
}  // namespace factwire
