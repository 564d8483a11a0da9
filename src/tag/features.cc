#include "tag/features.h"

#include "core/utf8.h"
#include "tag/hash.h"

namespace factwire::tag {

void ComputeWordFeats(std::string_view word, WordFeats* out, std::string* scratch) {
  WordFeats f;
  f.form = hash_str(word);
  std::string& lower = *scratch;
  lower.clear();
  std::string shape;
  std::string norm;
  char last_shape = 0;
  int run = 0;
  bool all_upper = true, any_letter = false, all_punct = true;
  size_t i = 0, nchars = 0;
  while (i < word.size()) {
    char32_t cp;
    size_t n = utf8::next(word, i, &cp);
    char s;
    if (cp < 0x80) {
      char c = static_cast<char>(cp);
      if (c >= 'A' && c <= 'Z') {
        s = 'X';
        lower.push_back(static_cast<char>(c - 'A' + 'a'));
      } else {
        lower.push_back(c);
        s = (c >= 'a' && c <= 'z') ? 'x' : (c >= '0' && c <= '9') ? 'd' : c;
      }
    } else if (utf8::is_upper(cp)) {
      s = 'X';
      utf8::append(&lower, utf8::to_lower(cp));
    } else {
      s = utf8::is_letter(cp) ? 'x' : utf8::is_digit(cp) ? 'd' : 'p';
      lower.append(word.substr(i, n));
    }
    if (s == 'X' || s == 'x') {
      any_letter = true;
      if (s == 'x') all_upper = false;
      if (s == 'X' && nchars == 0) f.flags |= kUpperInitial;
      if (s == 'X' && nchars > 0) f.flags |= kHasUpperInside;
    }
    if (s == 'd') f.flags |= kHasDigit;
    if (cp == '-') f.flags |= kHasHyphen;
    if (s == 'X' || s == 'x' || s == 'd') all_punct = false;
    if (s == last_shape) {
      ++run;
    } else {
      run = 1;
      last_shape = s;
    }
    if (run <= 2) shape.push_back(s);
    ++nchars;
    i += n;
  }
  if (any_letter && all_upper) f.flags |= kAllUpper;
  if (all_punct && !word.empty()) f.flags |= kAllPunct;
  f.lower = hash_str(lower);
  f.shape = hash_str(shape);
  if (f.flags & kHasDigit) {
    norm = lower;
    for (char& c : norm)
      if (c >= '0' && c <= '9') c = '0';
    f.norm = hash_str(norm);
  } else {
    f.norm = f.lower;
  }
  const size_t len = lower.size();
  for (size_t k = 1; k <= 3; ++k) f.pre[k - 1] = hash_str(std::string_view(lower).substr(0, k)) + k;
  for (size_t k = 1; k <= 4; ++k)
    f.suf[k - 1] = hash_str(std::string_view(lower).substr(len > k ? len - k : 0)) + 7 * k;
  if (len >= 4) f.pre4 = hash_str(std::string_view(lower).substr(0, 4)) + 4;
  if (len >= 5) f.suf5 = hash_str(std::string_view(lower).substr(len - 5)) + 35;
  *out = f;
}

void ComputeWordFeats(const std::vector<std::string_view>& words, std::vector<WordFeats>* out) {
  out->resize(words.size());
  std::string scratch;
  for (size_t i = 0; i < words.size(); ++i) ComputeWordFeats(words[i], &(*out)[i], &scratch);
}

}  // namespace factwire::tag
