#include "segment/tokenizer.h"

#include <utf8proc.h>

#include <cstring>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "core/utf8.h"
#include "segment/uniprops.h"
#include "segment/lexicon.h"

namespace factwire::segment {
namespace {

// ASCII byte classes.
enum : uint8_t { kSp = 1, kUp = 2, kLo = 4, kDi = 8 };

struct AsciiTable {
  uint8_t cls[128] = {};
  constexpr AsciiTable() {
    cls[static_cast<int>(' ')] = kSp;
    cls[static_cast<int>('\t')] = kSp;
    cls[static_cast<int>('\n')] = kSp;
    cls[static_cast<int>('\r')] = kSp;
    cls[static_cast<int>('\f')] = kSp;
    cls[static_cast<int>('\v')] = kSp;
    for (int c = 'A'; c <= 'Z'; ++c) cls[c] = kUp;
    for (int c = 'a'; c <= 'z'; ++c) cls[c] = kLo;
    for (int c = '0'; c <= '9'; ++c) cls[c] = kDi;
  }
};
constexpr AsciiTable kAscii;

inline bool ascii_space(unsigned char c) { return c < 0x80 && (kAscii.cls[c] & kSp); }
inline bool ascii_alnum(unsigned char c) { return c < 0x80 && (kAscii.cls[c] & (kUp | kLo | kDi)); }
inline bool ascii_alpha(unsigned char c) { return c < 0x80 && (kAscii.cls[c] & (kUp | kLo)); }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }

// Character classes of code points as the scanner sees them.
enum class CC : uint8_t { kSpace, kLetter, kDigit, kMark, kOther };

CC classify(char32_t c) {
  if (c < 0x80) {
    uint8_t k = kAscii.cls[c];
    if (k & kSp) return CC::kSpace;
    if (k & (kUp | kLo)) return CC::kLetter;
    if (k & kDi) return CC::kDigit;
    return CC::kOther;
  }
  if (uniprops::is_space(c)) return CC::kSpace;
  switch (uniprops::category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return CC::kLetter;
    case UTF8PROC_CATEGORY_ND:
      return CC::kDigit;
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_CF:  // soft hyphen, zero-width joiners inside words
      return CC::kMark;
    default:
      return CC::kOther;
  }
}

inline bool is_word_class(CC c) { return c == CC::kLetter || c == CC::kDigit || c == CC::kMark; }

bool is_bullet(char32_t c) {
  switch (c) {
    case 0x2022: case 0x25E6: case 0x25AA: case 0x2023: case 0x2043: case 0x25CF: case 0x25A0:
    case 0x25BA: case 0x25B8: case 0x2219: case 0x25AB: case 0x25CB: case 0x2B24: case 0x27A2:
      return true;
    default:
      return false;
  }
}

bool is_dash(char32_t c) {
  return c == 0x2010 || c == 0x2011 || c == 0x2012 || c == 0x2013 || c == 0x2014 || c == 0x2015 ||
         c == 0x2212 || c == 0xFE58 || c == 0xFE63 || c == 0xFF0D;
}

bool is_emoji_base(char32_t c) {
  return (c >= 0x1F000 && c <= 0x1FAFF) || (c >= 0x2600 && c <= 0x27BF) || (c >= 0x2B00 && c <= 0x2BFF) ||
         (c >= 0x2300 && c <= 0x23FF);
}

bool is_emoji_extender(char32_t c) {
  return c == 0xFE0F || c == 0xFE0E || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3 ||
         (c >= 0xE0020 && c <= 0xE007F);
}

inline bool is_regional_indicator(char32_t c) { return c >= 0x1F1E6 && c <= 0x1F1FF; }

struct Cp {
  char32_t c;
  uint32_t n;
};

// How many of the 8 bytes of w (in memory order) are ASCII letters before the first that is
// not. Per byte, with no carry between bytes: y = lowercased low 7 bits; y >= 'a' sets bit 7
// of y + 0x1F, y > 'z' sets bit 7 of y + 0x05; bytes >= 0x80 are not letters.
inline uint32_t ascii_letter_prefix(uint64_t w) {
  constexpr uint64_t k7F = 0x7F7F7F7F7F7F7F7FULL, k80 = 0x8080808080808080ULL;
  uint64_t y = (w | 0x2020202020202020ULL) & k7F;
  uint64_t ge_a = (y + 0x1F1F1F1F1F1F1F1FULL) & k80;
  uint64_t gt_z = (y + 0x0505050505050505ULL) & k80;
  uint64_t letter = ge_a & ~gt_z & ~(w & k80);
  uint64_t not_letter = ~letter & k80;
  if (not_letter == 0) return 8;
  static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "byte order");
  return static_cast<uint32_t>(__builtin_ctzll(not_letter)) / 8;
}

// "'s", "'m", "'d", "'ll", "'re", "'ve" (case-insensitive) given the letters after an apostrophe.
uint32_t clitic_letters(const unsigned char* p, uint32_t left) {
  if (left == 0) return 0;
  unsigned char a = p[0] | 0x20;
  if (a == 's' || a == 'm' || a == 'd') return 1;
  if (left >= 2) {
    unsigned char b = p[1] | 0x20;
    if ((a == 'l' && b == 'l') || (a == 'r' && b == 'e') || (a == 'v' && b == 'e')) return 2;
  }
  return 0;
}

// Contractions written without an apostrophe, split as in UD English-EWT ("can" "not").
struct WholeSplit {
  std::string_view word;
  uint32_t at;
};
constexpr WholeSplit kWholeSplits[] = {
    {"cannot", 3}, {"gonna", 3},   {"wanna", 3},   {"gotta", 3},    {"dont", 2},    {"didnt", 3},
    {"doesnt", 4}, {"isnt", 2},    {"wasnt", 3},   {"werent", 4},   {"arent", 3},   {"havent", 4},
    {"hasnt", 3},  {"hadnt", 3},   {"couldnt", 5}, {"wouldnt", 5},  {"shouldnt", 6}, {"aint", 2},
};

class Scanner {
 public:
  Scanner(std::string_view text, uint32_t begin, uint32_t end, std::vector<RawToken>* out)
      : s_(reinterpret_cast<const unsigned char*>(text.data())), lo_(begin), hi_(end), out_(out) {}

  uint32_t labels() const { return labels_; }

  void run() {
    uint32_t i = lo_;
    while (i < hi_) {
      unsigned char c = s_[i];
      if (c < 0x80) {
        if (kAscii.cls[c] & kSp) {
          newline_ |= c == '\n' || c == '\r';
          ++i;
          continue;
        }
      } else {
        Cp cp = cp_at(i);
        if (uniprops::is_space(cp.c)) {
          newline_ |= cp.c == 0x2028 || cp.c == 0x2029 || cp.c == 0x85;
          i += cp.n;
          continue;
        }
      }
      if (ascii_alpha(c)) {
        uint32_t j = fast_word(i);
        if (j > i) {
          i = j;
          continue;
        }
      }
      uint32_t j = chunk_end(i);
      chunk(i, j);
      i = j;
    }
  }

 private:
  // ---- characters -------------------------------------------------------------------------
  Cp cp_at(uint32_t i) const {
    unsigned char c = s_[i];
    if (c < 0x80) return {c, 1};
    char32_t v;
    size_t n = uniprops::decode(std::string_view(reinterpret_cast<const char*>(s_) + i, hi_ - i), 0, &v);
    if (n == 0) return {0xFFFD, 1};
    return {v, static_cast<uint32_t>(n)};
  }
  // The code point ending just before i (i > lo_).
  Cp cp_before(uint32_t i) const {
    uint32_t st = i - 1;
    uint32_t floor = i - lo_ >= 4 ? i - 4 : lo_;
    while (st > floor && (s_[st] & 0xC0) == 0x80) --st;
    Cp cp = cp_at(st);
    if (st + cp.n != i) return {0xFFFD, 1};
    return cp;
  }
  CC class_at(uint32_t i) const {
    unsigned char c = s_[i];
    if (c < 0x80) return classify(c);
    return classify(cp_at(i).c);
  }
  bool word_char_at(uint32_t i) const { return i < e_ && is_word_class(class_at(i)); }
  bool letter_at(uint32_t i) const { return i < e_ && class_at(i) == CC::kLetter; }
  bool digit_before(uint32_t i) const { return i > b_ && ascii_digit(s_[i - 1]); }
  bool is_rsquo(uint32_t i) const {  // U+2019 RIGHT SINGLE QUOTATION MARK
    return i + 2 < e_ && s_[i] == 0xE2 && s_[i + 1] == 0x80 && s_[i + 2] == 0x99;
  }
  bool is_unicode_hyphen(uint32_t i) const {  // U+2010, U+2011
    return i + 2 < e_ && s_[i] == 0xE2 && s_[i + 1] == 0x80 && (s_[i + 2] == 0x90 || s_[i + 2] == 0x91);
  }

  // The common case, handled without the general chunk machinery: ASCII letters followed by
  // a space, or by "," or "." and a space. Returns where it stopped, or i when it does not apply.
  [[gnu::always_inline]] uint32_t fast_word(uint32_t i) {
    uint32_t j = i + 1;
    bool found_end = false;
#ifdef __SSE2__
    // Sixteen bytes at once: nearly every word ends inside them, with no loop to leave.
    if (j + 16 <= hi_) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s_ + j));
      // (v | 0x20) in ['a', 'z'] exactly when (v | 0x20) - 'a' - 128, as a signed byte, is below 26 - 128.
      const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
      const __m128i letter = _mm_cmplt_epi8(_mm_add_epi8(lower, _mm_set1_epi8(static_cast<char>(-'a' - 128))),
                                            _mm_set1_epi8(static_cast<char>(26 - 128)));
      const auto not_letter = ~static_cast<uint32_t>(_mm_movemask_epi8(letter));  // bit 16 and up set
      const auto n = static_cast<uint32_t>(__builtin_ctz(not_letter));
      j += n;
      found_end = n < 16;
    }
#endif
    if (!found_end) {
      // Eight bytes at a time while they are all ASCII letters, then byte by byte.
      while (j + 8 <= hi_) {
        uint64_t w;
        std::memcpy(&w, s_ + j, 8);
        uint32_t n = ascii_letter_prefix(w);
        j += n;
        if (n < 8) break;
      }
      while (j < hi_ && ascii_alpha(s_[j])) ++j;
    }
    if (j == hi_ || ascii_space(s_[j])) {
      b_ = i;
      e_ = j;
      emit_word(i, j);
      return j;
    }
    unsigned char c = s_[j];
    if ((c == ',' || c == '.') && (j + 1 == hi_ || ascii_space(s_[j + 1]))) {
      b_ = i;
      e_ = j + 1;
      if (c == '.' && attach_period(i, j)) {
        emit_abbrev(i, j + 1);
      } else {
        emit_word(i, j);
        if (c == '.') note_label(j);
        emit(j, j + 1, c == ',' ? TokKind::kComma : TokKind::kPeriod);
      }
      return j + 1;
    }
    return i;
  }

  // End of the run of non-space starting at i; notes whether it holds an '@'.
  uint32_t chunk_end(uint32_t i) {
    has_at_ = false;
    while (i < hi_) {
      unsigned char c = s_[i];
      if (c < 0x80) {
        if (kAscii.cls[c] & kSp) return i;
        if (c == '@') has_at_ = true;
        ++i;
      } else {
        Cp cp = cp_at(i);
        if (uniprops::is_space(cp.c)) return i;
        i += cp.n;
      }
    }
    return i;
  }

  // ---- output -----------------------------------------------------------------------------
  [[gnu::always_inline]] void emit(uint32_t a, uint32_t b, TokKind k) {
    out_->push_back(RawToken{a, b, k, newline_});
    newline_ = false;
    last_kind_ = k;
    last_end_ = b;
  }
  bool attached_to_last(uint32_t p) const { return out_->size() > first_ && last_end_ == p; }
  // A "." or ")" at p right after what the sentence splitter takes for a list label's number
  // or letter ("2." "12)" "b)" "b.)"): one or two digits, one lower-case letter, or a
  // lower-case letter's abbreviation. (Only a count: the splitter looks for lists when it is
  // two or more, and judges each label itself.)
  void note_label(uint32_t p) {
    if (out_->empty() || last_end_ != p) return;
    const RawToken& t = out_->back();
    const uint32_t len = p - t.start;
    if (len > 2) return;
    const unsigned char c0 = s_[t.start];
    bool label = false;
    if (t.kind == TokKind::kNumber) label = ascii_digit(c0) && (len == 1 || ascii_digit(s_[t.start + 1]));
    else if (t.kind == TokKind::kWord) label = len == 1 && ascii_lower(c0);
    else if (t.kind == TokKind::kAbbrev) label = len == 2 && ascii_lower(c0);
    labels_ += label;
  }
  void emit_abbrev(uint32_t a, uint32_t b) {
    if (b - a == 2 && ascii_lower(s_[a])) ++labels_;  // "b."
    emit(a, b, TokKind::kAbbrev);
  }

  // ---- chunks (maximal runs of non-space) -------------------------------------------------
  void chunk(uint32_t b, uint32_t e) {
    b_ = b;
    e_ = e;
    first_ = out_->size();
    uint32_t p = b;
    while (p < e) {
      if (at_word_start(p)) {
        uint32_t q = match_special(p);
        if (q > p) {
          emit(p, q, TokKind::kUrl);
          p = q;
          continue;
        }
      }
      unsigned char c = s_[p];
      if (c < 0x80) {
        p = ascii_alnum(c) ? word(p) : ascii_punct(p);
        continue;
      }
      Cp cp = cp_at(p);
      CC cc = classify(cp.c);
      p = is_word_class(cc) && cp.c != 0xFFFD ? word(p) : unicode_punct(p, cp);
    }
  }

  bool at_word_start(uint32_t p) const {
    if (p == b_) return true;
    if (!attached_to_last(p)) return false;
    switch (last_kind_) {
      case TokKind::kOpenQuote:
      case TokKind::kOpenBracket:
      case TokKind::kQuote:
      case TokKind::kPunct:
      case TokKind::kDash:
      case TokKind::kSymbol:
        return true;
      default:
        return false;
    }
  }

  // URLs, e-mail addresses, @handles and #tags starting at p; returns their end or p.
  uint32_t match_special(uint32_t p) const {
    unsigned char c = s_[p];
    if (c == ':' || c == ';' || c == '=' || c == '<') return match_emoticon(p);
    if (c == '@' || c == '#') {
      uint32_t q = p + 1;
      if (c == '@') {
        while (q < e_ && (ascii_alnum(s_[q]) || s_[q] == '_')) ++q;
      } else {
        if (!(letter_at(q) || (q < e_ && s_[q] == '_'))) return p;
        while (q < e_ && (word_char_at(q) || s_[q] == '_')) q += cp_at(q).n;
      }
      return q > p + 1 ? q : p;
    }
    if (!ascii_alnum(c)) return p;
    uint32_t left = e_ - p;
    auto starts = [&](const char* pre) {
      size_t n = std::strlen(pre);
      if (left < n) return false;
      for (size_t k = 0; k < n; ++k) {
        unsigned char x = s_[p + k];
        if (x >= 'A' && x <= 'Z') x = static_cast<unsigned char>(x + 32);
        if (x != static_cast<unsigned char>(pre[k])) return false;
      }
      return true;
    };
    uint32_t pre = 0;
    if (starts("http://")) pre = 7;
    else if (starts("https://")) pre = 8;
    else if (starts("ftp://")) pre = 6;
    else if (starts("www.") && left > 4 && ascii_alnum(s_[p + 4])) pre = 4;
    else if (starts("mailto:")) pre = 7;
    if (pre > 0) {
      uint32_t q = trim_url(p + pre, e_);
      return q > p + pre ? q : p;
    }
    if (has_at_) return match_email(p);
    return p;
  }

  // ":-)", ";)", ":D", "<3" standing alone (followed by nothing or by punctuation).
  uint32_t match_emoticon(uint32_t p) const {
    static constexpr std::string_view kFaces[] = {":-)", ":-(", ";-)", ":-D", ":-P", ":-/", ":)", ":(", ";)",
                                                  ":D",  ":P",  ":/",  "=)",  "<3",  ":-|", ":'("};
    std::string_view rest(reinterpret_cast<const char*>(s_) + p, e_ - p);
    for (std::string_view f : kFaces) {
      if (rest.size() >= f.size() && rest.compare(0, f.size(), f) == 0) {
        uint32_t q = p + static_cast<uint32_t>(f.size());
        if (q == e_ || !(ascii_alnum(s_[q]) || s_[q] == ')' || s_[q] == '(')) return q;
      }
    }
    return p;
  }

  // Drops trailing punctuation that belongs to the sentence, keeping balanced brackets.
  uint32_t trim_url(uint32_t from, uint32_t q) const {
    while (q > from) {
      unsigned char c = s_[q - 1];
      if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\'' || c == '"') {
        --q;
        continue;
      }
      if (c == ')' || c == ']') {
        unsigned char open = c == ')' ? '(' : '[';
        int depth = 0;
        for (uint32_t k = from; k < q; ++k) {
          if (s_[k] == open) ++depth;
          else if (s_[k] == c) --depth;
        }
        if (depth < 0) {
          --q;
          continue;
        }
        break;
      }
      if (c >= 0x80) {
        Cp cp = cp_before(q);
        if (cp.c == 0x201D || cp.c == 0x2019 || cp.c == 0x00BB || cp.c == 0x2026) {
          q -= cp.n;
          continue;
        }
      }
      break;
    }
    return q;
  }

  uint32_t match_email(uint32_t p) const {
    uint32_t q = p;
    if (!ascii_alnum(s_[q])) return p;
    while (q < e_ && (ascii_alnum(s_[q]) || s_[q] == '.' || s_[q] == '_' || s_[q] == '%' || s_[q] == '+' ||
                      s_[q] == '-'))
      ++q;
    if (q >= e_ || s_[q] != '@' || s_[q - 1] == '.') return p;
    uint32_t d = ++q;
    while (q < e_ && (ascii_alnum(s_[q]) || s_[q] == '.' || s_[q] == '-')) ++q;
    while (q > d && (s_[q - 1] == '.' || s_[q - 1] == '-')) --q;
    // The domain ends with a dot and at least two letters ("x.com"), or is a bare host name.
    uint32_t dot = q;
    while (dot > d && s_[dot - 1] != '.') --dot;
    if (dot == d + 1) return p;  // (dot == d: no dot at all, a host name as in "Griffith@ENRON")
    if (q - dot < 2) return p;
    for (uint32_t k = dot; k < q; ++k) {
      if (!ascii_alpha(s_[k])) return p;
    }
    return q;
  }

  // ---- words ------------------------------------------------------------------------------
  // "U.S.", "e.g.", "a.m.", "D.C.", "U.S.A": single letters joined by periods.
  uint32_t initialism(uint32_t p) const {
    uint32_t q = p;
    int count = 0;
    while (q < e_) {
      Cp cp = cp_at(q);
      if (classify(cp.c) != CC::kLetter) break;
      uint32_t r = q + cp.n;
      if (r < e_ && s_[r] == '.') {
        if (r + 1 < e_ && s_[r + 1] == '.') {
          // "L.P.." is the initialism and a period; "A..." a letter and an ellipsis.
          if (count >= 1 && !(r + 2 < e_ && s_[r + 2] == '.')) {
            ++count;
            q = r + 1;
          }
          break;
        }
        ++count;
        q = r + 1;
        continue;
      }
      if (count >= 1 && !word_char_at(r) && !(r < e_ && (s_[r] == '\'' || is_rsquo(r)))) {
        return count >= 1 ? r : p;  // "U.S.A" without its final period
      }
      break;
    }
    return count >= 2 ? q : p;
  }

  uint32_t run_end(uint32_t q) const {
    while (q < e_) {
      unsigned char c = s_[q];
      if (c < 0x80) {
        if (ascii_alnum(c)) {
          ++q;
          continue;
        }
        if (c == '_' && q + 1 < e_ && q > b_ && word_char_at(q + 1)) {
          ++q;
          continue;
        }
        return q;
      }
      Cp cp = cp_at(q);
      if (cp.c == 0xFFFD || !is_word_class(classify(cp.c))) return q;
      q += cp.n;
    }
    return q;
  }

  // Whether the hyphen at q stays inside the word whose current segment starts at seg.
  bool keep_hyphen(uint32_t seg, uint32_t q, uint32_t after) const {
    bool digits = true;
    for (uint32_t k = seg; k < q; ++k) {
      if (!ascii_digit(s_[k])) {
        digits = false;
        break;
      }
    }
    if (digits) {
      // Telephone numbers: "713-853-3989", "345-9945".
      uint32_t r = after;
      while (r < e_ && ascii_digit(s_[r])) ++r;
      return q - seg == 3 && r - after >= 3 && r - after <= 4 && !letter_at(r);
    }
    return is_hyphen_prefix(std::string_view(reinterpret_cast<const char*>(s_) + seg, q - seg));
  }

  // Bare domain names: "cnn.com", "BBC.co.uk/news". q is the first period; returns the end or 0.
  uint32_t domain_end(uint32_t start, uint32_t q) const {
    for (uint32_t k = start; k < q; ++k) {
      if (!(ascii_alnum(s_[k]) || s_[k] == '-')) return 0;
    }
    uint32_t r = q, good = 0;
    while (r < e_ && s_[r] == '.') {
      uint32_t t = r + 1;
      while (t < e_ && (ascii_lower(s_[t]) || ascii_digit(s_[t]) || s_[t] == '-')) ++t;
      if (t == r + 1) break;
      std::string_view label(reinterpret_cast<const char*>(s_) + r + 1, t - r - 1);
      if (t < e_ && word_char_at(t)) break;
      if (is_tld(label)) good = t;
      r = t;
    }
    if (good == 0) return 0;
    if (good < e_ && s_[good] == '/') return trim_url(good, e_);
    return good;
  }

  // Whether the period right after word [start, end) belongs to it ("Dr.", "E.", "Inc.").
  bool attach_period(uint32_t start, uint32_t end) const {
    Cp first = cp_at(start);
    if (start + first.n == end) return classify(first.c) == CC::kLetter;
    if (end - start > 12) return false;
    std::string_view w(reinterpret_cast<const char*>(s_) + start, end - start);
    AbbrevClass cls = abbreviation_class(w);
    if (cls == AbbrevClass::kNone) return false;
    if (cls == AbbrevClass::kNumPrefix) {
      uint32_t k = end + 1;
      while (k < hi_ && ascii_space(s_[k])) ++k;
      return k < hi_ && ascii_digit(s_[k]);
    }
    return true;
  }

  uint32_t word(uint32_t p) {
    const uint32_t start = p;
    uint32_t q = initialism(p);
    if (q > p) {
      emit(start, q, s_[q - 1] == '.' ? TokKind::kAbbrev : TokKind::kWord);
      return q;
    }
    uint32_t seg = p;
    q = p;
    for (;;) {
      q = run_end(q);
      if (q >= e_) break;
      unsigned char c = s_[q];
      if (c == '.') {
        if (digit_before(q) && q + 1 < e_ && ascii_digit(s_[q + 1])) {
          ++q;
          continue;
        }
        if (uint32_t d = domain_end(start, q)) {
          emit(start, d, TokKind::kUrl);
          return d;
        }
        break;
      }
      if (c == ',') {
        // Thousands: "1,200", "3,000,000".
        if (digit_before(q) && q + 3 < e_ && ascii_digit(s_[q + 1]) && ascii_digit(s_[q + 2]) &&
            ascii_digit(s_[q + 3]) && !(q + 4 < e_ && ascii_digit(s_[q + 4]))) {
          ++q;
          continue;
        }
        break;
      }
      if (c == ':' || c == '/') {
        // Times and fractions: "5:30", "08:27:46", "9/11", "24/7".
        if (digit_before(q) && q + 1 < e_ && ascii_digit(s_[q + 1])) {
          ++q;
          continue;
        }
        break;
      }
      if (c == '-' || is_unicode_hyphen(q)) {
        uint32_t after = q + (c == '-' ? 1 : 3);
        if (q > start && word_char_at(after) && keep_hyphen(seg, q, after)) {
          q = after;
          seg = q;
          continue;
        }
        break;
      }
      if (c == '&') {  // "AT&T", "S&P"
        if (q > start && ascii_upper(s_[q - 1]) && q + 1 < e_ && ascii_upper(s_[q + 1])) {
          ++q;
          continue;
        }
        break;
      }
      if (c == '\'' || is_rsquo(q)) {
        uint32_t a = q + (c == '\'' ? 1 : 3);
        if (!letter_at(a)) break;
        uint32_t cl = clitic_letters(s_ + a, e_ - a);
        if (cl > 0 && !word_char_at(a + cl)) break;  // "'s", "'ll" ... become their own token
        // "n't": "do" "n't", "ca" "n't", "wo" "n't".
        if (q - 1 > start && (s_[q - 1] | 0x20) == 'n' && (s_[a] | 0x20) == 't' && !word_char_at(a + 1)) {
          emit_word(start, q - 1);
          emit(q - 1, a + 1, TokKind::kClitic);
          return a + 1;
        }
        q = a;  // "O'Brien", "rock'n'roll"
        continue;
      }
      if (c == 0xC2 && q + 1 < e_ && s_[q + 1] == 0xB0 && q == start + 1 && (s_[start] | 0x20) == 'n') {
        q += 2;  // "N°", the number sign
        continue;
      }
      break;
    }
    const uint32_t end = q;
    // The period of "Dr." ("Inc.." keeps one of two periods; "Inc..." is followed by an ellipsis).
    if (end < e_ && s_[end] == '.' && !(end + 2 < e_ && s_[end + 1] == '.' && s_[end + 2] == '.') &&
        attach_period(start, end)) {
      emit_abbrev(start, end + 1);
      return end + 1;
    }
    emit_word(start, end);
    return end;
  }

  [[gnu::always_inline]] void emit_word(uint32_t start, uint32_t end) {
    TokKind kind = ascii_digit(s_[start]) ? TokKind::kNumber : TokKind::kWord;
    uint32_t len = end - start;
    // Every whole-word split below ends in "nt", "ot" ("cannot") or "na"/"ta" ("gonna", "gotta")
    // and has 4 to 8 letters. Tested with & rather than &&: one branch, seldom taken, instead
    // of several that follow the lengths and letters of the text. (A one-byte word reads its
    // last byte twice, never a byte before it.)
    const unsigned z = s_[end - 1] | 0x20u, y = s_[end - 2 + (len < 2)] | 0x20u;
    const unsigned last2 = (y << 8) | z;
    const bool suffix = (last2 == ('n' << 8 | 't')) | (last2 == ('o' << 8 | 't')) | (last2 == ('n' << 8 | 'a')) |
                        (last2 == ('t' << 8 | 'a'));
    if ((kind == TokKind::kWord) & (len - 4 <= 4) & suffix && whole_split(start, end)) return;
    emit(start, end, kind);
  }

  // Contractions written without an apostrophe: "cannot" -> "can" "not". True when emitted.
  [[gnu::noinline]] bool whole_split(uint32_t start, uint32_t end) {
    uint32_t len = end - start;
    for (const WholeSplit& w : kWholeSplits) {
      if (w.word.size() != len) continue;
      bool same = true;
      for (uint32_t k = 0; k < len; ++k) {
        if ((s_[start + k] | 0x20) != static_cast<unsigned char>(w.word[k])) {
          same = false;
          break;
        }
      }
      if (same) {
        emit(start, start + w.at, TokKind::kWord);
        emit(start + w.at, end, TokKind::kWord);
        return true;
      }
    }
    return false;
  }

  // ---- punctuation and symbols ------------------------------------------------------------
  uint32_t run_of(uint32_t p, unsigned char c) const {
    uint32_t q = p;
    while (q < e_ && s_[q] == c) ++q;
    return q;
  }

  TokKind quote_kind(uint32_t p, uint32_t n) const {
    bool before = p > b_;
    bool after = p + n < e_;
    if (!before && after) return TokKind::kOpenQuote;
    if (before && !after) return TokKind::kCloseQuote;
    if (!before && !after) return TokKind::kQuote;
    switch (last_kind_) {
      case TokKind::kOpenBracket:
      case TokKind::kOpenQuote:
      case TokKind::kDash:
        return TokKind::kOpenQuote;
      default:
        return TokKind::kCloseQuote;
    }
  }

  // An apostrophe (n bytes) at p right after a word: a clitic, a possessive or a quote.
  uint32_t apostrophe(uint32_t p, uint32_t n) {
    bool after_word = attached_to_last(p) && (last_kind_ == TokKind::kWord || last_kind_ == TokKind::kNumber ||
                                              last_kind_ == TokKind::kAbbrev);
    if (after_word) {
      uint32_t cl = clitic_letters(s_ + p + n, e_ - p - n);
      if (last_kind_ == TokKind::kNumber && cl == 1 && (s_[p + n] | 0x20) == 's' && !word_char_at(p + n + 1)) {
        out_->back().end = p + n + 1;  // plural of a number: "1970's", "12's"
        last_end_ = p + n + 1;
        return p + n + 1;
      }
      if (cl > 0 && !word_char_at(p + n + cl)) {
        emit(p, p + n + cl, TokKind::kClitic);
        return p + n + cl;
      }
      // Plural possessive: "parents'".
      if (last_kind_ == TokKind::kWord && (s_[p - 1] | 0x20) == 's' && !word_char_at(p + n)) {
        emit(p, p + n, TokKind::kClitic);
        return p + n;
      }
    } else if (p == b_ || !attached_to_last(p) || last_kind_ == TokKind::kOpenQuote ||
               last_kind_ == TokKind::kOpenBracket) {
      // Decades: "'90s".
      uint32_t q = p + n;
      if (q + 1 < e_ && ascii_digit(s_[q]) && ascii_digit(s_[q + 1])) {
        uint32_t r = q + 2;
        if (r < e_ && s_[r] == 's') ++r;
        if (!word_char_at(r)) {
          emit(p, r, TokKind::kNumber);
          return r;
        }
      }
    }
    emit(p, p + n, quote_kind(p, n));
    return p + n;
  }

  uint32_t ascii_punct(uint32_t p) {
    unsigned char c = s_[p];
    uint32_t q;
    switch (c) {
      case '.':
      case '!':
      case '?': {
        // "." "..." "!" "?!" ".?" "!!!": runs of final punctuation are one token.
        bool bang = false;
        q = p;
        while (q < e_ && (s_[q] == '.' || s_[q] == '!' || s_[q] == '?')) bang |= s_[q++] != '.';
        if (q - p == 1 && !bang) note_label(p);
        emit(p, q, bang ? TokKind::kBang : q - p == 1 ? TokKind::kPeriod : TokKind::kEllipsis);
        return q;
      }
      case ',':
        emit(p, p + 1, TokKind::kComma);
        return p + 1;
      case '-':
        q = run_of(p, '-');
        emit(p, q, TokKind::kDash);
        return q;
      case '"':
        emit(p, p + 1, quote_kind(p, 1));
        return p + 1;
      case '\'':
        return apostrophe(p, 1);
      case '`':
        q = run_of(p, '`');
        emit(p, q, TokKind::kOpenQuote);
        return q;
      case '(':
      case '[':
      case '{':
        emit(p, p + 1, TokKind::kOpenBracket);
        return p + 1;
      case ')':
      case ']':
      case '}':
        if (c == ')') note_label(p);
        emit(p, p + 1, TokKind::kCloseBracket);
        return p + 1;
      case ';':
      case ':':
        emit(p, p + 1, TokKind::kPunct);
        return p + 1;
      case '*':
      case '=':
      case '_':
      case '~':
      case '#':
      case '/':
      case '\\':
      case '|':
      case '+':
      case '<':
      case '>':
      case '^':
      case '$':
        q = run_of(p, c);
        emit(p, q, TokKind::kSymbol);
        return q;
      default:
        emit(p, p + 1, TokKind::kSymbol);  // % & @ and control characters
        return p + 1;
    }
  }

  uint32_t unicode_punct(uint32_t p, Cp cp) {
    char32_t c = cp.c;
    uint32_t q = p + cp.n;
    if (c == 0x2026) {  // …
      while (q + 2 < e_ && s_[q] == 0xE2 && s_[q + 1] == 0x80 && s_[q + 2] == 0xA6) q += 3;
      emit(p, q, TokKind::kEllipsis);
      return q;
    }
    if (is_dash(c)) {
      while (q < e_ && cp_at(q).c == c) q += cp.n;
      emit(p, q, TokKind::kDash);
      return q;
    }
    if (c == 0x2019 || c == 0x02BC) return apostrophe(p, cp.n);
    switch (c) {
      case 0x201C: case 0x2018: case 0x201E: case 0x201A: case 0x00AB: case 0x2039: case 0x201F:
      case 0x201B: case 0x300C: case 0x300E:
        emit(p, q, TokKind::kOpenQuote);
        return q;
      case 0x201D: case 0x00BB: case 0x203A: case 0x300D: case 0x300F:
        emit(p, q, TokKind::kCloseQuote);
        return q;
      case 0xFF08: case 0x3010: case 0x3008: case 0x300A:
        emit(p, q, TokKind::kOpenBracket);
        return q;
      case 0xFF09: case 0x3011: case 0x3009: case 0x300B:
        emit(p, q, TokKind::kCloseBracket);
        return q;
      case 0x3002: case 0xFF0E: case 0x0964: case 0x06D4:  // full stops of other scripts
        emit(p, q, TokKind::kPeriod);
        return q;
      case 0xFF01: case 0xFF1F: case 0x061F: case 0x203C: case 0x2049: case 0x2047: case 0x2048:
        emit(p, q, TokKind::kBang);
        return q;
      case 0xFF0C: case 0x060C: case 0x3001:
        emit(p, q, TokKind::kComma);
        return q;
      default:
        break;
    }
    if (is_bullet(c)) {
      emit(p, q, TokKind::kBullet);
      return q;
    }
    if (is_regional_indicator(c)) {  // flags are pairs of regional indicators
      if (q < e_) {
        Cp next = cp_at(q);
        if (is_regional_indicator(next.c)) q += next.n;
      }
      emit(p, q, TokKind::kSymbol);
      return q;
    }
    if (is_emoji_base(c) || is_emoji_extender(c)) {
      while (q < e_) {
        Cp x = cp_at(q);
        if (is_emoji_extender(x.c)) {
          q += x.n;
          continue;
        }
        if (x.c == 0x200D && q + x.n < e_) {
          Cp y = cp_at(q + x.n);
          if (is_emoji_base(y.c)) {
            q += x.n + y.n;
            continue;
          }
        }
        break;
      }
      emit(p, q, TokKind::kSymbol);
      return q;
    }
    if (c == 0xFFFD) {
      emit(p, q, TokKind::kSymbol);
      return q;
    }
    auto cat = uniprops::category(c);
    bool symbol = cat == UTF8PROC_CATEGORY_SC || cat == UTF8PROC_CATEGORY_SM || cat == UTF8PROC_CATEGORY_SK ||
                  cat == UTF8PROC_CATEGORY_SO;
    emit(p, q, symbol ? TokKind::kSymbol : TokKind::kPunct);
    return q;
  }

  const unsigned char* s_;
  const uint32_t lo_, hi_;
  std::vector<RawToken>* out_;
  // The chunk being scanned.
  uint32_t b_ = 0, e_ = 0;
  size_t first_ = 0;  // index in *out_ of the chunk's first token
  bool has_at_ = false;
  TokKind last_kind_ = TokKind::kWord;
  uint32_t last_end_ = 0;
  bool newline_ = false;  // a line break since the last token
  uint32_t labels_ = 0;   // possible list labels
};

}  // namespace

uint32_t tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<RawToken>* out) {
  if (end > text.size()) end = static_cast<uint32_t>(text.size());
  if (begin >= end) return 0;
  Scanner scanner(text, begin, end, out);
  scanner.run();
  return scanner.labels();
}

}  // namespace factwire::segment
