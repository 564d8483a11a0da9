// Scraped plain text: the common shape of news that went through a scraper or a copy-paste.
//
// What it recognises, in this order:
//  1. blocks separated by blank lines; inside a block, a line break is a paragraph break when
//     the line before ends a sentence (or the block is a short list), else a soft wrap;
//  2. inline markup removed (Markdown emphasis, links kept as a list, inline HTML tags);
//  3. a byline ("By: ...", "By ...") and a title (a short first line that does not end in a
//     period) at the top;
//  4. paragraphs a scraper broke in mid-sentence (no final punctuation, next one starts in
//     lower case) joined again;
//  5. pull quotes: a short paragraph whose words are repeated by another paragraph, with or
//     without a trailing "- Name" attribution;
//  6. section headings: short single lines without final punctuation between paragraphs.
#include "read/text_reader.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <string>
#include <vector>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "segment/uniprops.h"

namespace factwire {
namespace {

struct RawPara {
  ParagraphKind kind = ParagraphKind::kBody;
  std::string text;
  std::string attribution;
  size_t source_start = 0, source_end = 0;
  size_t lines = 1;
  bool starts_block = true;  // false when a line break inside a block started it
  std::vector<Link> links;
  bool dropped = false;
};

// utf8::prev with the ASCII case inline (the last byte of a line or a word nearly always is).
inline size_t prev_cp(std::string_view s, size_t i, char32_t* cp) {
  const auto c = static_cast<unsigned char>(s[i - 1]);
  if (c < 0x80) {
    *cp = c;
    return i - 1;
  }
  return utf8::prev(s, i, cp);
}

bool is_blank(std::string_view line) {
  size_t i = 0;
  while (i < line.size()) {
    char32_t cp;
    size_t n = uniprops::next(line, i, &cp);
    if (!uniprops::is_space(cp)) return false;
    i += n;
  }
  return true;
}

std::string_view trim(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e) {
    char32_t cp;
    size_t n = uniprops::next(s, b, &cp);
    if (!uniprops::is_space(cp)) break;
    b += n;
  }
  while (e > b) {
    char32_t cp;
    size_t p = prev_cp(s, e, &cp);
    if (!uniprops::is_space(cp)) break;
    e = p;
  }
  return s.substr(b, e - b);
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  char32_t cp;
  prev_cp(s, s.size(), &cp);
  return cp;
}

char32_t first_char(std::string_view s) {
  if (s.empty()) return 0;
  char32_t cp;
  uniprops::next(s, 0, &cp);
  return cp;
}

bool is_closing_quote(char32_t c) { return c == '"' || c == 0x201D || c == 0x2019 || c == '\'' || c == 0xBB; }

// Ends a sentence: . ! ? … and those followed by a closing quote or bracket.
bool ends_sentence(std::string_view s) {
  s = trim(s);
  while (!s.empty()) {
    char32_t c;
    size_t p = prev_cp(s, s.size(), &c);
    if (is_closing_quote(c) || c == ')' || c == ']' || c == '*' || c == '_') {
      s = s.substr(0, p);
      continue;
    }
    return c == '.' || c == '!' || c == '?' || c == 0x2026;
  }
  return false;
}

// Ends in anything that a heading or a broken line would not end in.
bool ends_in_punctuation(std::string_view s) {
  char32_t c = last_char(trim(s));
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == ',' || c == ';' || c == ':' ||
         is_closing_quote(c) || c == ')' || c == ']';
}

size_t count_words(std::string_view s) {
  size_t words = 0;
  bool in = false;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    bool sp;
    if (b < 0x80) {
      sp = b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v';
      ++i;
    } else {
      char32_t cp;
      i += uniprops::next(s, i, &cp);
      sp = uniprops::is_space(cp);
    }
    if (!sp && !in) ++words;
    in = !sp;
  }
  return words;
}

bool starts_lower(std::string_view s) { return uniprops::is_lower(first_char(trim(s))); }

bool starts_upper_or_digit(std::string_view s) {
  char32_t c = first_char(trim(s));
  return uniprops::is_upper(c) || uniprops::is_digit(c);
}

bool is_bullet_line(std::string_view s) {
  s = trim(s);
  if (s.size() >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ') return true;
  if (s.substr(0, 3) == "\xE2\x80\xA2") return true;  // •
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

// ---- inline markup -------------------------------------------------------------------

bool word_char_at(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  char32_t cp;
  uniprops::next(s, i, &cp);
  return uniprops::is_letter(cp) || uniprops::is_digit(cp);
}

bool word_char_before(std::string_view s, size_t i) {
  if (i == 0) return false;
  char32_t cp;
  prev_cp(s, i, &cp);
  return uniprops::is_letter(cp) || uniprops::is_digit(cp);
}

bool is_space_at(std::string_view s, size_t i) {
  if (i >= s.size()) return true;
  char32_t cp;
  uniprops::next(s, i, &cp);
  return uniprops::is_space(cp);
}

const char* const kInlineTags[] = {"a", "b", "i", "u", "em", "strong", "span", "br", "p", "sup", "sub",
                                   "small", "mark", "font", "strike", "s", "del", "ins", "code", "abbr", "cite"};

// Length of a simple inline HTML tag at s[i] ("<b>", "</em>", "<a href=...>", "<br/>"), or 0.
size_t inline_tag_at(std::string_view s, size_t i) {
  if (s[i] != '<') return 0;
  size_t j = i + 1;
  if (j < s.size() && s[j] == '/') ++j;
  size_t name_start = j;
  while (j < s.size() && ((s[j] | 0x20) >= 'a' && (s[j] | 0x20) <= 'z')) ++j;
  if (j == name_start) return 0;
  std::string name;
  for (size_t k = name_start; k < j; ++k) name.push_back(static_cast<char>(s[k] | 0x20));
  bool known = false;
  for (const char* t : kInlineTags) known = known || name == t;
  if (!known) return 0;
  size_t close = s.find('>', j);
  if (close == std::string_view::npos || close - i > 400) return 0;
  if (s.substr(j, close - j).find('<') != std::string_view::npos) return 0;
  if (j < close && s[j] != ' ' && s[j] != '/' && s[j] != '\t') return 0;
  return close + 1 - i;
}

// Finds the matching closing delimiter `delim` for emphasis opened at `open_end`.
size_t find_emphasis_close(std::string_view s, size_t from, std::string_view delim) {
  size_t pos = from;
  while (true) {
    pos = s.find(delim, pos);
    if (pos == std::string_view::npos) return pos;
    // The closer hugs text on its left and is not glued to a word on its right.
    if (pos > from && !is_space_at(s, pos - 1) && !word_char_at(s, pos + delim.size())) return pos;
    pos += delim.size();
  }
}

}  // namespace

namespace {

// Whether s holds a byte that may start markup. Most paragraphs hold no markup at all.
const auto kMarkup = [] {
  std::array<bool, 256> m{};
  for (unsigned char c : std::string_view("*_[<!")) m[c] = true;
  return m;
}();

// Where the first byte at or after `from` that may start markup is, or s.size(). Sixteen
// bytes at a time where SSE2 is there (every x86-64).
size_t next_markup(std::string_view s, size_t from) {
  size_t i = from;
#ifdef __SSE2__
  const __m128i star = _mm_set1_epi8('*'), under = _mm_set1_epi8('_'), bracket = _mm_set1_epi8('['),
                angle = _mm_set1_epi8('<'), bang = _mm_set1_epi8('!');
  for (; i + 16 <= s.size(); i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    const __m128i m = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, star), _mm_cmpeq_epi8(v, under)),
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, bracket), _mm_cmpeq_epi8(v, angle)), _mm_cmpeq_epi8(v, bang)));
    const int bits = _mm_movemask_epi8(m);
    if (bits != 0) return i + static_cast<size_t>(__builtin_ctz(static_cast<unsigned>(bits)));
  }
#endif
  while (i < s.size() && !kMarkup[static_cast<unsigned char>(s[i])]) ++i;
  return i;
}

bool has_markup(std::string_view s) { return next_markup(s, 0) < s.size(); }

}  // namespace

std::string strip_inline_markup(std::string_view s, std::vector<Link>* links) {
  if (!has_markup(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (!kMarkup[static_cast<unsigned char>(c)]) {
      // Plain text up to the next byte that may open markup.
      const size_t j = next_markup(s, i + 1);
      out.append(s.data() + i, j - i);
      i = j;
      continue;
    }
    if (c == '!' && i + 1 < s.size() && s[i + 1] == '[') {
      // ![alt](url): images are dropped.
      size_t close = s.find("](", i + 2);
      size_t end = close == std::string_view::npos ? close : s.find(')', close + 2);
      if (end != std::string_view::npos && s.substr(i, end - i).find('\n') == std::string_view::npos) {
        i = end + 1;
        continue;
      }
    }
    if (c == '[') {
      size_t close = s.find(']', i + 1);
      if (close != std::string_view::npos && close + 1 < s.size() && s[close + 1] == '(') {
        size_t end = s.find(')', close + 2);
        std::string_view url = end == std::string_view::npos ? std::string_view() : s.substr(close + 2, end - close - 2);
        if (end != std::string_view::npos && url.find(' ') == std::string_view::npos && !url.empty()) {
          std::string anchor = strip_inline_markup(s.substr(i + 1, close - i - 1), nullptr);
          if (links) {
            Link l;
            l.anchor = anchor;
            l.target = std::string(url);
            l.start = static_cast<uint32_t>(out.size());
            l.end = static_cast<uint32_t>(out.size() + anchor.size());
            links->push_back(std::move(l));
          }
          out += anchor;
          i = end + 1;
          continue;
        }
      }
    }
    if (c == '<') {
      size_t n = inline_tag_at(s, i);
      if (n > 0) {
        i += n;
        continue;
      }
    }
    if (c == '*' || c == '_') {
      std::string_view delim = (i + 1 < s.size() && s[i + 1] == c) ? s.substr(i, 2) : s.substr(i, 1);
      size_t open_end = i + delim.size();
      // An opener hugs text on its right and is not glued to a word on its left
      // (snake_case and 2*3 stay as they are).
      if (!word_char_before(s, i) && !is_space_at(s, open_end) && open_end < s.size() && s[open_end] != c) {
        size_t close = find_emphasis_close(s, open_end, delim);
        if (close != std::string_view::npos && s.substr(open_end, close - open_end).find('\n') == std::string_view::npos) {
          std::vector<Link> inner_links;
          std::string inner = strip_inline_markup(s.substr(open_end, close - open_end), links ? &inner_links : nullptr);
          for (auto& l : inner_links) {
            l.start += static_cast<uint32_t>(out.size());
            l.end += static_cast<uint32_t>(out.size());
            links->push_back(std::move(l));
          }
          out += inner;
          i = close + delim.size();
          continue;
        }
      }
    }
    out.push_back(c);
    ++i;
  }
  return out;
}

namespace {

std::string_view strip_heading_marks(std::string_view s, bool* was_heading) {
  size_t i = 0;
  while (i < s.size() && i < 6 && s[i] == '#') ++i;
  if (i > 0 && i < s.size() && s[i] == ' ') {
    *was_heading = true;
    return trim(s.substr(i));
  }
  return s;
}

// "By: TA | AP Insight", "By Jane Doe and John Roe", "BY JANE DOE" -> the names, or "".
std::string byline_of(std::string_view s) {
  if (s.size() > 200) return "";
  s = trim(s);
  if (s.size() < 4 || count_words(s) > 14) return "";
  if (!((s[0] == 'B' || s[0] == 'b') && (s[1] == 'y' || s[1] == 'Y'))) return "";
  std::string_view rest = s.substr(2);
  if (!rest.empty() && rest[0] == ':') rest = rest.substr(1);
  else if (rest.empty() || rest[0] != ' ') return "";
  rest = trim(rest);
  if (!starts_upper_or_digit(rest)) return "";
  return std::string(rest);
}

// Splits a trailing " - Name" / " – Name" / " — Name" attribution off a paragraph.
bool split_attribution(std::string* text, std::string* name) {
  std::string_view s = *text;
  // A name is short: look for the dash in the last 120 bytes only.
  size_t tail = s.size() > 120 ? s.size() - 120 : 0;
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " -- "}) {
    size_t pos = s.substr(tail).rfind(dash);
    if (pos != std::string_view::npos) pos += tail;
    if (pos == std::string_view::npos) continue;
    std::string_view who = trim(s.substr(pos + dash.size()));
    std::string_view said = trim(s.substr(0, pos));
    size_t words = count_words(who);
    if (words == 0 || words > 6 || ends_in_punctuation(who) || count_words(said.substr(0, 200)) < 5) continue;
    // Every word of the name is capitalised (particles allowed).
    bool name_like = true;
    size_t i = 0;
    while (i < who.size()) {
      while (i < who.size() && who[i] == ' ') ++i;
      size_t b = i;
      while (i < who.size() && who[i] != ' ') ++i;
      std::string_view w = who.substr(b, i - b);
      if (w.empty()) continue;
      bool particle = w == "de" || w == "al" || w == "bin" || w == "van" || w == "von" || w == "da" ||
                      w == "del" || w == "la" || w == "le" || w == "of" || w == "the" || w == "and";
      if (!particle && !starts_upper_or_digit(w)) name_like = false;
    }
    if (!name_like) continue;
    *name = std::string(who);
    *text = std::string(said);
    return true;
  }
  return false;
}

// Hashes of the lower-cased alphanumeric words of a paragraph, for repeat detection.
// Apostrophes inside a word are kept whatever their shape ("Hezbollah's" = "Hezbollah’s").
//
// A word's hash is that of its canonical bytes: ASCII lower-cased, other letters and digits
// lower-cased and written in UTF-8, U+2019 written "'". Those bytes are hashed eight at a
// time, so an ASCII word (nearly every word of English news) is classified and hashed from
// one or two 8-byte loads, with no work per byte; a word that holds other bytes goes the
// slow way, one code point at a time, and hashes the same bytes the same way.
namespace wordhash {

constexpr uint64_t k01 = 0x0101010101010101ull, k7F = 0x7F7F7F7F7F7F7F7Full, k80 = 0x8080808080808080ull;

// Per byte of w, the high bit set where the byte is zero (exact: no carry between bytes).
inline uint64_t zero_bytes(uint64_t x) { return ~(((x & k7F) + k7F) | x) & k80; }

// Per byte of w (memory order), the high bit set where the byte is an ASCII letter or digit.
inline uint64_t alnum_bytes(uint64_t w) {
  const uint64_t ascii = ~w & k80;
  const uint64_t y = (w | 0x2020202020202020ull) & k7F;  // lower-cased low 7 bits
  const uint64_t letter = (y + 0x1F * k01) & ~(y + 0x05 * k01) & k80;  // 'a' <= y <= 'z'
  const uint64_t x = w & k7F;
  const uint64_t digit = (x + 0x50 * k01) & ~(x + 0x46 * k01) & k80;   // '0' <= x <= '9'
  return (letter | digit) & ascii;
}

// ... or an apostrophe: the bytes a word goes on through once it has begun.
inline uint64_t inword_bytes(uint64_t w) { return alnum_bytes(w) | zero_bytes(w ^ ('\'' * k01)); }

// U+2000..U+203F but U+2019 at p[i]: spaces, dashes, quotation marks, the ellipsis, all
// separators, and the usual non-ASCII neighbours of a word in news. (U+2019 is an apostrophe
// inside a word.)
inline bool general_punctuation(const unsigned char* p, size_t i, size_t size) {
  return i + 2 < size && p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] >= 0x80 && p[i + 2] <= 0xBF && p[i + 2] != 0x99;
}

// The 8 bytes at p[i], zeros past the end (a zero byte is a separator).
inline uint64_t load8(const unsigned char* p, size_t i, size_t size) {
  uint64_t w = 0;
  if (i + 8 <= size) std::memcpy(&w, p + i, 8);
  else if (i < size) std::memcpy(&w, p + i, size - i);
  return w;
}

// The bytes of w that come before the first byte whose high bit is clear in `mask`: how many.
inline size_t run_length(uint64_t mask) {
  const uint64_t stop = ~mask & k80;
  return stop == 0 ? 8 : static_cast<size_t>(__builtin_ctzll(stop)) / 8;
}

constexpr uint64_t kSeed = 0x243F6A8885A308D3ull, kMul = 0x9E3779B97F4A7C15ull, kFin = 0xD6E8FEB86659FD93ull;
inline uint64_t step(uint64_t h, uint64_t chunk) { return (h ^ chunk) * kMul; }
inline uint64_t finish(uint64_t h, size_t len) {
  h ^= len;
  h ^= h >> 29;
  h *= kFin;
  return h ^ (h >> 32);
}
// Lower-cases letters; digits and "'" already have the 0x20 bit. `len` bytes of w are kept.
inline uint64_t canonical_chunk(uint64_t w, size_t len) {
  const uint64_t keep = len >= 8 ? ~0ull : (1ull << (8 * len)) - 1;
  return (w | 0x2020202020202020ull) & keep;
}

// The hash of canonical bytes held in a buffer: every full 8 bytes, then the 0 to 7 bytes
// left (always, even none), as word_hashes' fast way steps through them.
inline uint64_t hash_bytes(std::string_view b) {
  uint64_t h = kSeed;
  size_t i = 0;
  for (; i + 8 <= b.size(); i += 8) {
    uint64_t w;
    std::memcpy(&w, b.data() + i, 8);
    h = step(h, w);
  }
  uint64_t w = 0;
  std::memcpy(&w, b.data() + i, b.size() - i);
  return finish(step(h, w), b.size());
}

#ifdef __SSE2__
// Bit k of each mask describes byte i + k (bytes past the end read as zero, a separator).
struct Window16 {
  uint32_t alnum, apostrophe, high;
};

inline Window16 classify16(const unsigned char* p, size_t i, size_t size) {
  __m128i v;
  if (i + 16 <= size) {
    v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
  } else {
    alignas(16) unsigned char buf[16] = {};
    std::memcpy(buf, p + i, size - i);
    v = _mm_load_si128(reinterpret_cast<const __m128i*>(buf));
  }
  // x in [lo, hi] exactly when (x - lo - 128), wrapped to a signed byte, is below hi - lo + 1 - 128.
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(-'a' - 128))),
                                        _mm_set1_epi8(static_cast<char>(26 - 128)));
  const __m128i digit = _mm_cmplt_epi8(_mm_add_epi8(v, _mm_set1_epi8(static_cast<char>(-'0' - 128))),
                                       _mm_set1_epi8(static_cast<char>(10 - 128)));
  Window16 w;
  w.alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
  w.apostrophe = static_cast<uint32_t>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8('\''))));
  w.high = static_cast<uint32_t>(_mm_movemask_epi8(v));
  return w;
}
#endif

}  // namespace wordhash

// Writes them to the front of *out (grown, never shrunk) and returns how many there are.
size_t word_hashes(std::string_view s, std::vector<uint64_t>* out) {
  using namespace wordhash;
  // A word takes at least one byte and a separator: never more than size / 2 + 1 of them.
  const size_t most = s.size() / 2 + 2;
  if (out->size() < most) out->resize(most);
  uint64_t* words = out->data();
  size_t n = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const size_t size = s.size();
  std::string canon;  // the slow way's canonical bytes
  size_t i = 0;
  while (i < size) {
#ifdef __SSE2__
    // The common case, sixteen bytes at a time: one classification of the window serves
    // every ASCII word that starts and ends inside it. A word that starts with a byte >= 0x80,
    // ends at one or may run past the window is left to the general code below.
    {
      const Window16 win = classify16(p, i, size);
      const uint32_t startable = win.alnum | win.high, inword = win.alnum | win.apostrophe;
      uint32_t from = 0;
      enum { kNextWindow, kFromHere, kGeneral } then = kNextWindow;
      while (true) {
        const uint32_t left = startable >> from << from;
        if (left == 0) break;
        const uint32_t st = static_cast<uint32_t>(__builtin_ctz(left));
        const uint32_t len = static_cast<uint32_t>(__builtin_ctz(~(inword >> st)));
        if (st + len >= 16 && st > 0 && !(win.high >> st & 1)) {
          i += st;  // the word may go on past the window: the next window starts with it
          then = kFromHere;
          break;
        }
        if ((win.high >> st & 1) || st + len >= 16 || (win.high >> (st + len) & 1)) {
          i += st;
          then = kGeneral;
          break;
        }
        const size_t a = i + st;
        uint64_t h = step(kSeed, canonical_chunk(load8(p, a, size), len < 8 ? len : 8));
        if (len >= 8) h = step(h, canonical_chunk(load8(p, a + 8, size), len - 8));
        words[n++] = finish(h, len);
        from = st + len;
      }
      if (then == kNextWindow) i += 16;
      if (then != kGeneral) continue;
    }
#endif
    // Separators up to the next byte that may start a word: an ASCII letter or digit, or a
    // byte >= 0x80 (a letter, digit or separator, decoded below).
    {
      const uint64_t w = load8(p, i, size);
      const size_t skip = run_length(~(alnum_bytes(w) | (w & k80)) & k80);
      i += skip;
      if (skip == 8 || i >= size) continue;
    }
    if (p[i] >= 0x80) {
      if (general_punctuation(p, i, size)) {
        i += 3;
        continue;
      }
      char32_t cp;
      size_t len = uniprops::next(s, i, &cp);
      if (!(uniprops::is_letter(cp) || uniprops::is_digit(cp))) {
        i += len;
        continue;
      }
    }
    // A word starts at i. ASCII: its letters, digits and apostrophes, eight bytes at a time.
    const size_t start = i;
    uint64_t h = kSeed;
    size_t j = i;
    bool ascii = true;
    while (true) {
      const uint64_t w = load8(p, j, size);
      const size_t run = run_length(inword_bytes(w));
      h = step(h, canonical_chunk(w, run));
      j += run;
      if (run < 8) {
        ascii = j >= size || p[j] < 0x80 || general_punctuation(p, j, size);
        break;
      }
    }
    if (ascii) {
      words[n++] = finish(h, j - start);
      i = j;
      continue;
    }
    // The slow way: one code point at a time from the word's start.
    canon.clear();
    j = start;
    while (j < size) {
      const unsigned char b = p[j];
      if (b < 0x80) {
        if (!(inword_bytes(b) & 0x80)) break;
        canon.push_back(static_cast<char>(b | 0x20));
        ++j;
        continue;
      }
      char32_t cp;
      const size_t len = uniprops::next(s, j, &cp);
      if (uniprops::is_letter(cp) || uniprops::is_digit(cp)) utf8::append(&canon, utf8::to_lower(cp));
      else if (cp == 0x2019) canon.push_back('\'');
      else break;
      j += len;
    }
    words[n++] = hash_bytes(canon);
    i = j;
  }
  return n;
}

inline uint64_t shingle(const uint64_t* w, size_t i) {
  return (w[i] * 0x9E3779B97F4A7C15ull) ^ (w[i + 1] * 0xC2B2AE3D27D4EB4Full) ^ (w[i + 2] * 0x165667B19E3779F9ull);
}

// Word trigrams and the (first two) paragraphs they occur in: an open-addressing table.
class TrigramTable {
 public:
  static constexpr uint32_t kNone = UINT32_MAX;
  explicit TrigramTable(size_t expected) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
  }
  void add(uint64_t key, uint32_t para) {
    Slot& s = find(key);
    if (s.first == kNone) {
      s.key = key;
      s.first = para;
    } else if (s.first != para && s.second == kNone) {
      s.second = para;
    }
  }
  // Another paragraph than `para` that holds the trigram, or kNone.
  uint32_t other(uint64_t key, uint32_t para) {
    const Slot& s = find(key);
    if (s.first == kNone) return kNone;
    return s.first != para ? s.first : s.second;
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t first = kNone, second = kNone;
  };
  Slot& find(uint64_t key) {
    size_t i = (key ^ (key >> 29)) & mask_;
    while (slots_[i].first != kNone && slots_[i].key != key) i = (i + 1) & mask_;
    return slots_[i];
  }
  std::vector<Slot> slots_;
  size_t mask_;
};

// A heading that opens a list of sources or links rather than a section of the article.
// Compares the heading with its colons left out and ASCII lower-cased; a heading longer than
// the longest name is rejected as soon as it is seen to be (most paragraphs are sentences).
bool reference_heading(std::string_view h) {
  static constexpr std::string_view kHeads[] = {"sources", "source", "references", "external links",
                                                "related news", "related articles", "related stories",
                                                "see also", "further reading", "related", "read more",
                                                "more on this story", "categories"};
  constexpr size_t kLongest = 18;  // "more on this story"
  static_assert([] {
    size_t m = 0;
    for (std::string_view k : kHeads) m = std::max(m, k.size());
    return m;
  }() == kLongest);
  char low[kLongest];
  size_t n = 0;
  for (char c : h) {
    if (c == ':') continue;
    if (n == kLongest) return false;
    low[n++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  const std::string_view l(low, n);
  for (std::string_view k : kHeads)
    if (l == k) return true;
  return false;
}

void mark_pull_quotes(std::vector<RawPara>& paras, std::vector<std::string>* warnings) {
  const size_t n = paras.size();
  if (n < 2) return;
  // Every body paragraph's word trigrams, end to end: paragraph p's are [first[p], first[p+1]).
  std::vector<uint64_t> all;
  size_t bytes = 0;
  for (const RawPara& p : paras) bytes += p.text.size();
  all.reserve(bytes / 5 + 16);
  std::vector<size_t> first(n + 1, 0);
  std::vector<size_t> word_count(n, 0);
  std::vector<uint64_t> w;
  for (size_t p = 0; p < n; ++p) {
    first[p] = all.size();
    if (paras[p].kind != ParagraphKind::kBody) continue;
    const size_t nw = word_hashes(paras[p].text, &w);
    word_count[p] = nw;
    for (size_t i = 0; i + 3 <= nw; ++i) all.push_back(shingle(w.data(), i));
  }
  first[n] = all.size();
  TrigramTable table(all.size());
  for (size_t p = 0; p < n; ++p)
    for (size_t k = first[p]; k < first[p + 1]; ++k) table.add(all[k], static_cast<uint32_t>(p));

  std::vector<std::pair<uint32_t, uint32_t>> hits;  // (paragraph, shared trigrams): tiny
  size_t dropped = 0;
  for (size_t p = 0; p < n; ++p) {
    RawPara& para = paras[p];
    if (para.kind != ParagraphKind::kBody || word_count[p] < 6 || word_count[p] > 130) continue;
    std::string attribution;
    std::string stripped;
    bool attributed = false;
    const uint64_t* mine = all.data() + first[p];
    size_t mine_size = first[p + 1] - first[p];
    std::vector<uint64_t> own;
    if (!ends_in_punctuation(para.text)) {
      stripped = para.text;
      attributed = split_attribution(&stripped, &attribution);
      if (attributed) {
        const size_t nw = word_hashes(stripped, &w);
        for (size_t i = 0; i + 3 <= nw; ++i) own.push_back(shingle(w.data(), i));
        mine = own.data();
        mine_size = own.size();
      }
    }
    size_t words = mine_size + 2;
    if (words < 6 || words > 120) continue;
    const double needed = attributed ? 0.5 : 0.75;
    // The one other paragraph that holds most of its trigrams. The count stops as soon as too
    // many trigrams are found nowhere else for any paragraph to reach the share needed.
    hits.clear();
    size_t misses = 0;
    bool hopeless = false;
    for (size_t k = 0; k < mine_size; ++k) {
      uint32_t q = table.other(mine[k], static_cast<uint32_t>(p));
      if (q == TrigramTable::kNone || paras[q].dropped || paras[q].kind != ParagraphKind::kBody) {
        ++misses;
        if (static_cast<double>(mine_size - misses) / static_cast<double>(mine_size) < needed) {
          hopeless = true;
          break;
        }
        continue;
      }
      auto hit = std::find_if(hits.begin(), hits.end(), [q](const auto& x) { return x.first == q; });
      if (hit == hits.end()) hits.emplace_back(q, 1);
      else ++hit->second;
    }
    if (hopeless) continue;
    uint32_t best = 0, best_hits = 0;
    for (auto [q, c] : hits)
      if (c > best_hits) best = q, best_hits = c;
    double share = static_cast<double>(best_hits) / static_cast<double>(mine_size);
    if (share < needed) continue;
    // Of two paragraphs that repeat each other, the shorter one (or the unpunctuated or
    // attributed one, when both are the same) is the pull quote.
    size_t other = word_count[best];
    bool this_is_quote = words < other || attributed ||
                         (words == other && !ends_sentence(para.text) && ends_sentence(paras[best].text));
    if (this_is_quote) {
      para.kind = ParagraphKind::kPullQuote;
      if (attributed) {
        para.text = stripped;
        para.attribution = attribution;
      }
    } else if (words == other && p > best) {
      para.dropped = true;  // a paragraph printed twice by the scraper
      ++dropped;
    }
  }
  // One warning, however many (a repetitive 50 MB file once gave 76,000 identical lines).
  if (dropped == 1) warnings->push_back("dropped a paragraph that repeats an earlier one word for word");
  if (dropped > 1)
    warnings->push_back("dropped " + std::to_string(dropped) + " paragraphs that repeat earlier ones word for word");
}

}  // namespace

Result<Draft> read_text_with_title(std::string_view input, const ReadOptions& opts,
                                   std::string_view known_title) {
  Draft draft;
  draft.source_format = "text";
  std::string repaired;
  std::string_view bytes;
  Status st = validate_text_view(input, opts, &repaired, &bytes, &draft.warnings);
  if (!st.ok()) return st;

  // 1. Lines into blocks, blocks into paragraphs.
  struct Line {
    size_t start, end;
  };
  // The non-blank lines, and where each block of them begins (blocks[b] .. blocks[b + 1]).
  std::vector<Line> lines;
  std::vector<size_t> block_starts;
  bool in_block = false;
  size_t i = 0;
  while (i <= bytes.size()) {
    size_t nl = bytes.find('\n', i);
    if (nl == std::string_view::npos) nl = bytes.size();
    size_t e = nl;
    if (e > i && bytes[e - 1] == '\r') --e;
    std::string_view line = bytes.substr(i, e - i);
    if (is_blank(line)) {
      in_block = false;
    } else {
      if (!in_block) block_starts.push_back(lines.size());
      in_block = true;
      lines.push_back({i, e});
    }
    i = nl + 1;
  }
  block_starts.push_back(lines.size());

  std::vector<RawPara> paras;
  for (size_t b = 0; b + 1 < block_starts.size(); ++b) {
    const std::span<const Line> block(lines.data() + block_starts[b], block_starts[b + 1] - block_starts[b]);
    bool short_list = block.size() >= 3;
    for (size_t k = 0; short_list && k < block.size(); ++k) {
      std::string_view t = trim(bytes.substr(block[k].start, block[k].end - block[k].start));
      if (t.size() > 60 || count_words(t) > 5 || ends_sentence(t)) short_list = false;
    }
    RawPara para;
    bool open = false;
    for (size_t k = 0; k < block.size(); ++k) {
      std::string_view t = trim(bytes.substr(block[k].start, block[k].end - block[k].start));
      bool new_para = !open || short_list || is_bullet_line(t) ||
                      (ends_sentence(para.text) && !starts_lower(t));
      if (new_para && open) {
        paras.push_back(std::move(para));
        para = RawPara();
      }
      if (!open || new_para) {
        para.starts_block = !open;
        para.text = std::string(t);
        para.source_start = block[k].start;
        para.lines = 1;
        open = true;
      } else {
        para.text += ' ';
        para.text += t;
        ++para.lines;
      }
      para.source_end = block[k].end;
    }
    if (open) paras.push_back(std::move(para));
  }

  // 2. Inline markup.
  for (auto& p : paras) {
    bool heading = false;
    std::string_view t = strip_heading_marks(p.text, &heading);
    if (heading) p.kind = ParagraphKind::kHeading;
    if (has_markup(t)) {
      p.text = std::string(trim(strip_inline_markup(t, &p.links)));
    } else {
      // Nothing to strip: trim in place.
      std::string_view kept = trim(t);
      size_t from = static_cast<size_t>(kept.data() - p.text.data());
      p.text.erase(from + kept.size());
      p.text.erase(0, from);
    }
  }
  paras.erase(std::remove_if(paras.begin(), paras.end(), [](const RawPara& p) { return trim(p.text).empty(); }),
              paras.end());

  // 3. Byline and title at the top.
  size_t top = std::min<size_t>(paras.size(), 4);
  for (size_t k = 0; k < top; ++k) {
    std::string by = byline_of(paras[k].text);
    if (!by.empty()) {
      paras[k].kind = ParagraphKind::kByline;
      draft.byline = by;
      break;
    }
  }
  if (!known_title.empty()) {
    draft.title = std::string(trim(known_title));
    for (size_t k = 0; k < top; ++k) {
      if (paras[k].kind == ParagraphKind::kByline) continue;
      if (trim(paras[k].text) == draft.title) paras[k].kind = ParagraphKind::kTitle;
      break;
    }
  } else if (paras.size() >= 2) {
    for (size_t k = 0; k < top; ++k) {
      if (paras[k].kind == ParagraphKind::kByline) continue;
      std::string_view t = paras[k].text;
      char32_t last = last_char(t);
      if (paras[k].lines == 1 && count_words(t) <= 30 && t.size() <= 300 && last != '.' && last != ',' &&
          last != ':' && last != ';' && !starts_lower(t)) {
        paras[k].kind = ParagraphKind::kTitle;
        draft.title = std::string(trim(t));
      }
      break;
    }
  }

  // 4. Paragraphs broken in mid-sentence.
  for (size_t k = 0; k + 1 < paras.size(); ++k) {
    RawPara& a = paras[k];
    if (a.kind != ParagraphKind::kBody || a.dropped) continue;
    size_t next = k + 1;
    RawPara& b = paras[next];
    if (b.kind != ParagraphKind::kBody || !b.starts_block) continue;
    char32_t last = last_char(a.text);
    bool open_end = !ends_in_punctuation(a.text) || last == ',';
    if (open_end && starts_lower(b.text) && !is_bullet_line(b.text)) {
      uint32_t shift = static_cast<uint32_t>(a.text.size() + 1);
      a.text += ' ';
      a.text += b.text;
      for (auto& l : b.links) {
        l.start += shift;
        l.end += shift;
        a.links.push_back(l);
      }
      a.source_end = b.source_end;
      a.lines += b.lines;
      paras.erase(paras.begin() + static_cast<long>(next));
      --k;  // the joined paragraph may continue further
    }
  }

  // 5. Pull quotes.
  mark_pull_quotes(paras, &draft.warnings);

  // 6. Section headings: short single lines between paragraphs, without final punctuation.
  bool seen_body = false;
  for (size_t k = 0; k < paras.size(); ++k) {
    RawPara& p = paras[k];
    if (p.dropped) continue;
    if (p.kind != ParagraphKind::kBody) continue;
    std::string_view t = p.text;
    bool has_next = false;
    for (size_t m = k + 1; m < paras.size(); ++m) {
      if (paras[m].dropped) continue;
      has_next = paras[m].kind == ParagraphKind::kBody && starts_upper_or_digit(paras[m].text);
      if (!has_next) has_next = paras[m].kind == ParagraphKind::kBody && !starts_lower(paras[m].text);
      break;
    }
    char32_t first = first_char(t);
    if (seen_body && has_next && p.lines == 1 && t.size() <= 120 && count_words(t) <= 12 &&
        !ends_in_punctuation(t) && last_char(t) != '?' && (uniprops::is_upper(first) || uniprops::is_digit(first))) {
      p.kind = ParagraphKind::kHeading;
      continue;
    }
    seen_body = true;
  }

  // 7. Reference sections ("Sources", "References", "External links", "Related news", ...):
  // the cited headlines, links and categories are no part of the article. Dropped from the
  // heading to the next heading of another kind.
  for (size_t k = 0; k < paras.size(); ++k) {
    // A heading, or a last line such as "External links:" that the heading rule did not take.
    if (paras[k].dropped || k == 0 || !reference_heading(paras[k].text) ||
        (paras[k].kind != ParagraphKind::kHeading && paras[k].kind != ParagraphKind::kBody))
      continue;
    size_t m = k;
    for (; m < paras.size(); ++m) {
      if (m > k && paras[m].kind == ParagraphKind::kHeading && !reference_heading(paras[m].text)) break;
      paras[m].dropped = true;
    }
    draft.warnings.push_back("dropped a reference section (\"" + paras[k].text + "\") and what follows it");
    k = m - 1;
  }

  draft.paragraphs.reserve(paras.size());
  for (auto& p : paras) {
    if (p.dropped) continue;
    DraftParagraph d;
    d.kind = p.kind;
    d.text = std::move(p.text);
    d.attribution = std::move(p.attribution);
    d.source_start = p.source_start;
    d.source_end = p.source_end;
    d.links = std::move(p.links);
    draft.paragraphs.push_back(std::move(d));
  }
  if (draft.paragraphs.empty()) return Status::InvalidInput("no text found in the document");
  return draft;
}

Result<Draft> read_text(std::string_view bytes, const ReadOptions& opts) {
  return read_text_with_title(bytes, opts, {});
}

}  // namespace factwire
