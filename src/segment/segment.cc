#include "segment/segment.h"

namespace factwire {
// Scaffold: one sentence per paragraph, whitespace tokens. Replaced by the real segmenter.
void segment_document(Document* doc) {
  doc->sentences.clear();
  doc->tokens.clear();
  for (uint32_t p = 0; p < doc->paragraphs.size(); ++p) {
    const auto& para = doc->paragraphs[p];
    Sentence s;
    s.start = para.start;
    s.end = para.end;
    s.paragraph = p;
    s.token_begin = static_cast<uint32_t>(doc->tokens.size());
    uint32_t i = para.start;
    while (i < para.end) {
      while (i < para.end && (doc->text[i] == ' ' || doc->text[i] == '\n')) ++i;
      uint32_t b = i;
      while (i < para.end && doc->text[i] != ' ' && doc->text[i] != '\n') ++i;
      if (i > b) {
        Token t;
        t.start = b;
        t.end = i;
        t.sentence = static_cast<uint32_t>(doc->sentences.size());
        t.space_after = i < doc->text.size() && doc->text[i] == ' ';
        doc->tokens.push_back(t);
      }
    }
    s.token_end = static_cast<uint32_t>(doc->tokens.size());
    doc->sentences.push_back(s);
  }
}
}  // namespace factwire
