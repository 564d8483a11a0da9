#include "quotes/quotes.h"

namespace factwire {
void extract_quotes(Document*, const Gazetteer&) {}  // scaffold
}  // namespace factwire
