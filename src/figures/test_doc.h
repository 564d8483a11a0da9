// Hand-built Documents for the figures tests and the dev tool: paragraphs at blank lines,
// sentences at ". " / "? " / "! ", tokens at white space and punctuation. No model needed.
#pragma once

#include <string>
#include <string_view>

#include "factwire/document.h"

namespace factwire::figures {

inline Document make_doc(std::string_view text, std::string published = {}) {
  Document doc;
  doc.text = std::string(text);
  doc.published = std::move(published);
  const std::string& t = doc.text;
  size_t p = 0;
  while (p < t.size()) {
    while (p < t.size() && (t[p] == '\n' || t[p] == ' ')) ++p;
    if (p >= t.size()) break;
    size_t e = t.find("\n\n", p);
    if (e == std::string::npos) e = t.size();
    Paragraph para;
    para.start = static_cast<uint32_t>(p);
    para.end = static_cast<uint32_t>(e);
    doc.paragraphs.push_back(para);
    p = e;
  }
  for (uint32_t pi = 0; pi < doc.paragraphs.size(); ++pi) {
    size_t b = doc.paragraphs[pi].start, end = doc.paragraphs[pi].end;
    while (b < end) {
      size_t e = b;
      while (e < end) {
        char c = t[e];
        if ((c == '.' || c == '?' || c == '!') && (e + 1 == end || t[e + 1] == ' ' || t[e + 1] == '\n')) {
          ++e;
          break;
        }
        ++e;
      }
      Sentence s;
      s.start = static_cast<uint32_t>(b);
      s.end = static_cast<uint32_t>(e);
      s.paragraph = pi;
      s.token_begin = static_cast<uint32_t>(doc.tokens.size());
      size_t i = b;
      while (i < e) {
        unsigned char c = static_cast<unsigned char>(t[i]);
        if (c == ' ' || c == '\n') { ++i; continue; }
        size_t j = i;
        if (std::isalnum(c) || c >= 0x80) {
          while (j < e && (std::isalnum(static_cast<unsigned char>(t[j])) || static_cast<unsigned char>(t[j]) >= 0x80)) ++j;
        } else {
          ++j;
        }
        Token tok;
        tok.start = static_cast<uint32_t>(i);
        tok.end = static_cast<uint32_t>(j);
        tok.sentence = static_cast<uint32_t>(doc.sentences.size());
        tok.space_after = j < t.size() && t[j] == ' ';
        doc.tokens.push_back(tok);
        i = j;
      }
      s.token_end = static_cast<uint32_t>(doc.tokens.size());
      doc.sentences.push_back(s);
      b = e;
      while (b < end && (t[b] == ' ' || t[b] == '\n')) ++b;
    }
  }
  return doc;
}

}  // namespace factwire::figures
