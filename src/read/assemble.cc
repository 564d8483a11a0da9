// Draft -> Document: Unicode normalisation and paragraph layout.
#include <string>

#include "core/utf8.h"
#include "factwire/reader.h"

namespace factwire {
namespace {

// NFC; control and format characters dropped; every kind of space or line break becomes
// one ASCII space; runs of spaces collapsed; trimmed. Smart punctuation is kept as it is.
std::string clean_paragraph(std::string_view raw) {
  std::string composed;
  std::string_view s = raw;
  if (!utf8::quick_nfc(raw)) {
    composed = utf8::nfc(raw);
    s = composed;
  }
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b > 0x20 && b < 0x7F) {
      // A run of printable ASCII is copied as it is.
      size_t j = i + 1;
      while (j < s.size() && static_cast<unsigned char>(s[j]) > 0x20 && static_cast<unsigned char>(s[j]) < 0x7F) ++j;
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        pending_space = !out.empty();
        continue;
      }
      if (b < 0x20 || b == 0x7F) continue;
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(static_cast<char>(b));
      continue;
    }
    char32_t cp;
    size_t n = utf8::next(s, i, &cp);
    i += n;
    if (utf8::is_space(cp)) {
      pending_space = !out.empty();
      continue;
    }
    if (utf8::is_control(cp)) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    utf8::append(&out, cp);
  }
  return out;
}

}  // namespace

Document assemble(Draft draft) {
  Document doc;
  doc.id = std::move(draft.id);
  doc.url = std::move(draft.url);
  doc.title = clean_paragraph(draft.title);
  doc.byline = clean_paragraph(draft.byline);
  doc.published = std::move(draft.published);
  doc.source_format = std::move(draft.source_format);
  doc.warnings = std::move(draft.warnings);
  size_t total = 0;
  for (const auto& p : draft.paragraphs) total += p.text.size() + 2;
  doc.text.reserve(total);
  for (auto& p : draft.paragraphs) {
    std::string clean = clean_paragraph(p.text);
    if (clean.empty()) continue;
    if (!doc.text.empty()) doc.text += "\n\n";
    Paragraph para;
    para.kind = p.kind;
    para.start = static_cast<uint32_t>(doc.text.size());
    para.attribution = clean_paragraph(p.attribution);
    para.source_start = p.source_start;
    para.source_end = p.source_end;
    // Link anchors: found again in the cleaned paragraph, in order.
    size_t from = 0;
    for (const auto& l : p.links) {
      std::string anchor = clean_paragraph(l.anchor);
      if (anchor.empty()) continue;
      size_t at = clean.find(anchor, from);
      if (at == std::string::npos) continue;
      Link link;
      link.anchor = anchor;
      link.target = l.target;
      link.start = static_cast<uint32_t>(para.start + at);
      link.end = static_cast<uint32_t>(para.start + at + anchor.size());
      doc.links.push_back(std::move(link));
      from = at + anchor.size();
    }
    doc.text += clean;
    para.end = static_cast<uint32_t>(doc.text.size());
    doc.paragraphs.push_back(std::move(para));
  }
  return doc;
}

}  // namespace factwire
