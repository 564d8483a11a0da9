#include "figures/figures.h"

namespace factwire {
void extract_times(Document*) {}    // scaffold
void extract_figures(Document*) {}  // scaffold
}  // namespace factwire
