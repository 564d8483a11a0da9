// Draft -> Document: Unicode normalisation and paragraph layout.
#include <utf8proc.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "core/utf8.h"
#include "segment/uniprops.h"
#include "factwire/reader.h"

namespace factwire {
namespace {

// True when s is certainly NFC already. Like utf8::quick_nfc, but a combining mark is only
// suspect when it could change: it composes with what comes before it, it has a
// decomposition, or it is out of canonical order. Marks in the usual order that compose with
// nothing (most Indic vowel signs, Arabic and Hebrew points) no longer send a paragraph
// through full normalisation.
bool surely_nfc(std::string_view s) {
  size_t i = 0;
  while (i + 8 <= s.size()) {
    uint64_t w;
    std::memcpy(&w, s.data() + i, 8);
    if (w & 0x8080808080808080ull) break;
    i += 8;
  }
  int prev_ccc = 0;            // canonical combining class of the character before; 255: unknown
  bool starter_composes = true;  // the last starter may be the first of a composition
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      // Every ASCII byte leaves the same state: skip them eight at a time again.
      prev_ccc = 0;
      starter_composes = true;
      ++i;
      while (i + 8 <= s.size()) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        if (w & 0x8080808080808080ull) break;
        i += 8;
      }
      continue;
    }
    char32_t cp;
    size_t n = uniprops::next(s, i, &cp);
    i += n;
    const utf8proc_property_t* prop = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    // The second of a canonical composition, after a starter that may be its first
    // (utf8proc: comb_index is UINT16_MAX for neither, >= 0x8000 for a second).
    const bool second = prop->comb_index != UINT16_MAX && prop->comb_index >= 0x8000;
    if (second && starter_composes) return false;
    // Characters NFC never keeps (composition exclusions, singletons) go the slow way.
    if (prop->decomp_seqindex != UINT16_MAX && prop->decomp_type == 0 && prop->comp_exclusion) return false;
    auto cat = prop->category;
    bool mark = cat == UTF8PROC_CATEGORY_MN || cat == UTF8PROC_CATEGORY_MC || cat == UTF8PROC_CATEGORY_ME;
    int ccc = prop->combining_class;
    if (mark) {
      if (prop->decomp_seqindex != UINT16_MAX) return false;
      if (ccc != 0 && ccc < prev_ccc) return false;
    }
    // The other characters utf8::quick_nfc does not trust.
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0x2F800 && cp <= 0x2FA1F) ||
        cp == 0x0340 || cp == 0x0341 || cp == 0x0343 || cp == 0x0344 || cp == 0x0374 || cp == 0x037E ||
        cp == 0x0387 || (cp >= 0x1F71 && cp <= 0x1FFD) || cp == 0x2000 || cp == 0x2001 || cp == 0x2126 ||
        cp == 0x212A || cp == 0x212B || cp == 0x2329 || cp == 0x232A)
      return false;
    // A precomposed character may decompose to a mark of any class.
    prev_ccc = prop->decomp_seqindex != UINT16_MAX ? 255 : ccc;
    if (ccc == 0) starter_composes = prop->comb_index != UINT16_MAX || prop->decomp_seqindex != UINT16_MAX;
  }
  return true;
}

// Per byte of w (in memory order), the high bit set where the byte is an ASCII space.
inline uint64_t space_bytes(uint64_t w) {
  constexpr uint64_t k7F = 0x7F7F7F7F7F7F7F7Full, k80 = 0x8080808080808080ull;
  uint64_t x = w ^ 0x2020202020202020ull;  // zero where the byte is ' '
  uint64_t nonzero = (((x & k7F) + k7F) | x) & k80;
  return ~nonzero & k80;
}

// Whether every byte of w is printable ASCII (0x21..0x7E) or a space, no two spaces adjacent.
inline bool all_plain(uint64_t w, uint64_t space) {
  constexpr uint64_t k7F = 0x7F7F7F7F7F7F7F7Full, k80 = 0x8080808080808080ull;
  uint64_t low = w & k7F;
  uint64_t ge21 = (low + 0x5F5F5F5F5F5F5F5Full) & k80;  // low >= 0x21
  uint64_t x = low ^ k7F;                                // zero where the byte is 0x7F
  uint64_t not7f = (((x & k7F) + k7F) | x) & k80;
  uint64_t printable = ge21 & not7f & ~(w & k80);
  if ((printable | space) != k80) return false;
  return (space & (space << 8)) == 0;
}

// NFC; control and format characters dropped; every kind of space or line break becomes
// one ASCII space; runs of spaces collapsed; trimmed. Smart punctuation is kept as it is.
// Appends the result to *out; returns how many bytes it appended.
size_t append_clean(std::string_view raw, std::string* out) {
  std::string composed;
  std::string_view s = raw;
  if (!surely_nfc(raw)) {
    composed = utf8::nfc(raw);
    s = composed;
  }
  const size_t base = out->size();
  out->reserve(base + s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    // Eight bytes at a time while they are printable ASCII and single spaces (no space after
    // a space, none at the start of the output): the common case, copied as it is in one
    // append. A space that ends the run becomes the pending space.
    if (i + 8 <= s.size()) {
      size_t j = i;
      bool after_space = pending_space || out->size() == base;
      while (j + 8 <= s.size()) {
        uint64_t w;
        std::memcpy(&w, s.data() + j, 8);
        const uint64_t space = space_bytes(w);
        if (!all_plain(w, space) || ((space & 0x80) != 0 && after_space)) break;
        after_space = (space >> 63) != 0;
        j += 8;
      }
      if (j > i) {
        if (pending_space) out->push_back(' ');
        const bool ends_with_space = s[j - 1] == ' ';
        out->append(s.data() + i, j - i - ends_with_space);
        pending_space = ends_with_space;
        i = j;
      }
    }
    if (i >= s.size()) break;
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b > 0x20 && b < 0x7F) {
      // A run of printable ASCII is copied as it is.
      size_t j = i + 1;
      while (j < s.size() && static_cast<unsigned char>(s[j]) > 0x20 && static_cast<unsigned char>(s[j]) < 0x7F) ++j;
      if (pending_space) out->push_back(' ');
      pending_space = false;
      out->append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (b < 0x80) {
      ++i;
      if (b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v') {
        pending_space = out->size() > base;
        continue;
      }
      if (b < 0x20 || b == 0x7F) continue;
      if (pending_space) out->push_back(' ');
      pending_space = false;
      out->push_back(static_cast<char>(b));
      continue;
    }
    char32_t cp;
    size_t n = uniprops::next(s, i, &cp);
    if (uniprops::is_space(cp)) {
      i += n;
      pending_space = out->size() > base;
      continue;
    }
    if (uniprops::is_control(cp)) {
      i += n;
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    // Valid input: the bytes of the code point are copied as they are (U+FFFD for a bad byte).
    if (cp == 0xFFFD && n == 1) utf8::append(out, cp);
    else out->append(s.data() + i, n);
    i += n;
  }
  return out->size() - base;
}

std::string clean_paragraph(std::string_view raw) {
  std::string out;
  append_clean(raw, &out);
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
  doc.paragraphs.reserve(draft.paragraphs.size());
  for (auto& p : draft.paragraphs) {
    // The paragraph is cleaned straight into the text, after its separator; an empty one
    // takes both back.
    const size_t before = doc.text.size();
    if (before > 0) doc.text += "\n\n";
    const size_t start = doc.text.size();
    if (append_clean(p.text, &doc.text) == 0) {
      doc.text.resize(before);
      continue;
    }
    std::string_view clean = std::string_view(doc.text).substr(start);
    Paragraph para;
    para.kind = p.kind;
    para.start = static_cast<uint32_t>(start);
    para.end = static_cast<uint32_t>(doc.text.size());
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
    doc.paragraphs.push_back(std::move(para));
  }
  return doc;
}

}  // namespace factwire
