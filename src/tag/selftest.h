// Self-test sentences stored in each model file: inputs and the output the model gave when it
// was saved. Loading re-runs them; any difference means the file or the code changed under
// the model, and the load fails with Status::Corrupt.
#pragma once

#include <string>
#include <vector>

#include "tag/binary_io.h"

namespace factwire::tag {

struct SelfTest {
  std::vector<std::string> words;
  std::vector<std::string> tags;    // input tags (parser, recognizer); empty for the tagger
  std::vector<std::string> expect;  // the saved output, one per word
};

inline void WriteSelfTests(const std::vector<SelfTest>& tests, ByteWriter* w) {
  w->put_u32(static_cast<uint32_t>(tests.size()));
  for (const auto& t : tests) {
    w->put_strs(t.words);
    w->put_strs(t.tags);
    w->put_strs(t.expect);
  }
}

inline bool ReadSelfTests(ByteReader* r, std::vector<SelfTest>* tests) {
  uint32_t n;
  if (!r->get_u32(&n) || n > 1000) return false;
  tests->resize(n);
  for (auto& t : *tests) {
    if (!r->get_strs(&t.words) || !r->get_strs(&t.tags) || !r->get_strs(&t.expect)) return false;
    if (t.expect.size() != t.words.size()) return false;
    if (!t.tags.empty() && t.tags.size() != t.words.size()) return false;
  }
  return true;
}

}  // namespace factwire::tag
