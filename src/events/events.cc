#include "events/events.h"

namespace factwire {
void extract_events(Document*, const Gazetteer&) {}  // scaffold
}  // namespace factwire
