#include "figures/figures.h"

#include <gtest/gtest.h>

namespace factwire {
namespace {
TEST(Figures, Placeholder) { SUCCEED(); }
}  // namespace
}  // namespace factwire
