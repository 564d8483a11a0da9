#include "figures/words.h"

#include "core/utf8.h"

namespace factwire::figures {

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }

bool is_apostrophe(char32_t c) { return c == '\'' || c == 0x2019 || c == 0x2018; }

}  // namespace

std::string_view SentenceWords::pos(size_t i) const {
  if (i >= words_.size() || words_[i].token < 0 || !doc) return {};
  return doc->tokens[static_cast<size_t>(words_[i].token)].pos;
}

std::string_view SentenceWords::text(size_t i) const {
  if (i >= words_.size() || !doc) return {};
  return doc->slice(words_[i].start, words_[i].end);
}

void split_words(const Document& doc, uint32_t sentence, SentenceWords* out) {
  out->words_.clear();
  out->keys_.clear();
  out->doc = &doc;
  out->sentence = sentence;
  if (sentence >= doc.sentences.size()) return;
  const Sentence& s = doc.sentences[sentence];
  const std::string_view text = doc.text;
  const size_t end = std::min<size_t>(s.end, text.size());
  size_t i = s.start;
  bool space = true;
  // Token cursor for mapping words to the segmenter's tokens.
  size_t tok = s.token_begin;
  const size_t tok_end = std::min<size_t>(s.token_end, doc.tokens.size());

  auto push = [&](size_t b, size_t e, WordKind kind, bool upper) {
    Word w;
    w.start = static_cast<uint32_t>(b);
    w.end = static_cast<uint32_t>(e);
    w.kind = kind;
    w.space_before = space;
    w.upper = upper;
    w.key = static_cast<uint32_t>(out->keys_.size());
    for (size_t k = b; k < e; ++k) out->keys_.push_back(ascii_lower(text[k]));
    w.key_len = static_cast<uint32_t>(e - b);
    while (tok < tok_end && doc.tokens[tok].end <= b) ++tok;
    if (tok < tok_end && doc.tokens[tok].start <= b && b < doc.tokens[tok].end) {
      w.token = static_cast<int32_t>(tok);
    }
    out->words_.push_back(w);
    space = false;
  };

  while (i < end) {
    char32_t cp;
    size_t n = utf8::next(text, i, &cp);
    if (utf8::is_space(cp) || utf8::is_control(cp)) {
      space = true;
      i += n;
      continue;
    }
    if (ascii_digit(text[i])) {
      size_t b = i;
      WordKind kind = WordKind::kDigits;
      while (i < end && ascii_digit(text[i])) ++i;
      while (i + 1 < end && (text[i] == ',' || text[i] == '.' || text[i] == ':') &&
             ascii_digit(text[i + 1])) {
        if (text[i] == ':') kind = WordKind::kClock;
        ++i;
        while (i < end && ascii_digit(text[i])) ++i;
      }
      push(b, i, kind, false);
      continue;
    }
    if (utf8::is_letter(cp)) {
      size_t b = i;
      // A shilling's prefix glued to its amount is a word of its own: "Sh4.2", "KSh500".
      {
        size_t p = 0;
        if (end - i >= 3 && (text[i] == 'S' && text[i + 1] == 'h')) p = 2;
        else if (end - i >= 4 && (text[i] == 'K' || text[i] == 'T' || text[i] == 'U') &&
                 text[i + 1] == 'S' && text[i + 2] == 'h')
          p = 3;
        if (p && ascii_digit(text[i + p])) {
          push(i, i + p, WordKind::kAlpha, true);
          i += p;
          continue;
        }
      }
      bool upper = utf8::is_upper(cp);
      bool dotted = false;
      i += n;
      while (i < end) {
        char32_t c;
        size_t m = utf8::next(text, i, &c);
        if (utf8::is_letter(c) || (c < 0x80 && ascii_digit(static_cast<char>(c)))) {
          i += m;
          continue;
        }
        // Abbreviations with inner dots: "U.S.", "a.m.", "e.g."
        if (c == '.' && i + 1 < end) {
          char32_t d;
          size_t k = utf8::next(text, i + 1, &d);
          (void)k;
          if (utf8::is_letter(d) && (i - b) <= 2) {
            // only short segments: "U.S" yes, "end.Then" no
            size_t seg = i;
            while (seg > b && text[seg - 1] != '.') --seg;
            if (i - seg <= 2) {
              dotted = true;
              ++i;
              continue;
            }
          } else if (utf8::is_letter(d) && dotted) {
            ++i;
            continue;
          }
        }
        break;
      }
      if (dotted && i < end && text[i] == '.') ++i;  // the abbreviation's final dot
      push(b, i, WordKind::kAlpha, upper);
      continue;
    }
    (void)is_apostrophe;
    push(i, i + n, WordKind::kPunct, false);
    i += n;
  }
}

bool digits_value(std::string_view digits, double* value) {
  double v = 0;
  double scale = 0;  // > 0 once past a decimal point
  int dots = 0;
  size_t since_comma = 0;
  bool comma = false;
  for (char c : digits) {
    if (c >= '0' && c <= '9') {
      if (scale > 0) {
        v += (c - '0') * scale;
        scale /= 10;
      } else {
        v = v * 10 + (c - '0');
      }
      ++since_comma;
    } else if (c == ',') {
      if (dots || (comma && since_comma != 3)) return false;
      comma = true;
      since_comma = 0;
    } else if (c == '.') {
      if (++dots > 1) return false;
      if (comma && since_comma != 3) return false;
      scale = 0.1;
    } else {
      return false;
    }
  }
  if (comma && !dots && since_comma != 3) return false;
  *value = v;
  return !digits.empty();
}

}  // namespace factwire::figures
