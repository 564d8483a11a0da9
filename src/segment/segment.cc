#include "segment/segment.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "segment/uniprops.h"
#include "segment/lexicon.h"
#include "segment/tokenizer.h"

namespace factwire {
namespace {

using segment::AbbrevClass;
using segment::RawToken;
using segment::TokKind;

// Longer runs without a boundary (tables, lists without punctuation, binary junk) are cut so
// that later stages never see a sentence of unbounded length.
constexpr uint32_t kMaxSentenceTokens = 250;
// A line at least this long that ends without punctuation is hard-wrapped prose.
constexpr uint32_t kWrappedLineBytes = 60;

enum TokFlag : uint8_t {
  kListStart = 1,     // first token of a numbered or lettered list item ("2." "b)")
  kNotTerminal = 2,   // a period or abbreviation that is part of a list label
  kSplitPeriod = 4,   // a sentence-final abbreviation: its period becomes a token of its own
};

enum class Case : uint8_t { kUpper, kLower, kUncased, kDigit, kOther };

// How an abbreviation, seen in context, may end a sentence.
enum class AbbrevUse : uint8_t { kNever, kNumPrefix, kCouldEnd, kInitialism, kTime, kEtc, kSingleUpper, kSingleLower };

class ParagraphSplitter {
 public:
  // toks[0, n) are the paragraph's tokens; flags[0, n) start at zero.
  // labels: how many possible list labels the tokenizer saw (lists need two).
  ParagraphSplitter(std::string_view text, uint32_t begin, uint32_t end, const RawToken* toks, uint32_t n,
                    uint32_t labels, uint8_t* flags, std::vector<uint32_t>* cuts)
      : text_(text), begin_(begin), end_(end), t_(toks), n_(n), labels_seen_(labels), flags_(flags), cuts_(*cuts) {}

  // Fills cuts with the index of each sentence's first token (the first is 0).
  void run() {
    cuts_.clear();
    if (n_ == 0) return;
    cuts_.push_back(0);
    if (labels_seen_ >= 2) mark_list_items();
    uint32_t sent = 0;
    // A wire dateline is a sentence of its own, so that the lede parses as one clause.
    uint32_t first = dateline_end();
    if (first > 0 && first < n_) {
      cuts_.push_back(first);
      sent = first;
    }
    for (uint32_t i = first; i < n_; ++i) {
      if (i > sent && forced_cut_before(i, sent)) {
        cuts_.push_back(i);
        sent = i;
      } else if (i - sent >= kMaxSentenceTokens) {
        // Too long: cut at the last whitespace in the second half (never inside "a|<b>").
        uint32_t at = i;
        for (uint32_t k = i; k > sent + kMaxSentenceTokens / 2; --k) {
          if (t_[k].start > t_[k - 1].end) {
            at = k;
            break;
          }
        }
        cuts_.push_back(at);
        sent = at;
      }
      if (i == sent || !is_terminal(i)) continue;
      uint32_t resume = i;
      uint32_t cut = decide(i, sent, &resume);
      if (cut > sent && cut < n_) {
        cuts_.push_back(cut);
        sent = cut;
        i = std::max(cut - 1, resume);  // the loop's ++i lands after what decide() consumed
      } else {
        i = resume;
      }
    }
    // Sentence-final abbreviations give up their period, as in UD English-EWT ("U.S" ".").
    for (size_t k = 0; k < cuts_.size(); ++k) {
      uint32_t a = cuts_[k];
      uint32_t b = k + 1 < cuts_.size() ? cuts_[k + 1] : n_;
      uint32_t last = b - 1;
      while (last > a && is_closer(last)) --last;
      if (t_[last].kind == TokKind::kAbbrev && !(flags_[last] & kNotTerminal) && t_[last].end - t_[last].start > 1)
        flags_[last] |= kSplitPeriod;
    }
  }

 private:
  // ---- token properties -------------------------------------------------------------------
  std::string_view str(uint32_t i) const { return {text_.data() + t_[i].start, t_[i].end - t_[i].start}; }
  TokKind kind(uint32_t i) const { return t_[i].kind; }
  bool attached(uint32_t i) const { return i > 0 && t_[i].start == t_[i - 1].end; }
  bool gap_has_newline(uint32_t i) const { return t_[i].newline_before; }

  Case case_of(uint32_t i) const {
    char32_t c;
    size_t n = uniprops::next(text_, t_[i].start, &c);
    (void)n;
    if (c < 0x80) {
      if (c >= 'A' && c <= 'Z') return Case::kUpper;
      if (c >= 'a' && c <= 'z') return Case::kLower;
      if (c >= '0' && c <= '9') return Case::kDigit;
      return Case::kOther;
    }
    if (uniprops::is_upper(c)) return Case::kUpper;
    if (uniprops::is_lower(c)) return Case::kLower;
    if (uniprops::is_letter(c)) return Case::kUncased;
    if (uniprops::is_digit(c)) return Case::kDigit;
    return Case::kOther;
  }

  bool is_terminal(uint32_t i) const {
    switch (kind(i)) {
      case TokKind::kPeriod:
      case TokKind::kBang:
      case TokKind::kEllipsis:
      case TokKind::kAbbrev:
        return !(flags_[i] & kNotTerminal);
      default:
        return false;
    }
  }

  // Closing quotes and brackets that stay with the sentence before them.
  bool is_closer(uint32_t i) const {
    switch (kind(i)) {
      case TokKind::kCloseQuote:
      case TokKind::kCloseBracket:
        return true;
      case TokKind::kQuote:
        return attached(i);
      default:
        return false;
    }
  }

  // The first token after i that is not a closer (or an attached terminal such as the "." of
  // `"Stop!".`).
  uint32_t after_closers(uint32_t i) const {
    uint32_t j = i + 1;
    while (j < n_) {
      if (is_closer(j)) {
        ++j;
        continue;
      }
      TokKind k = kind(j);
      if ((k == TokKind::kPeriod || k == TokKind::kBang || k == TokKind::kEllipsis) && attached(j) &&
          !(flags_[j] & kNotTerminal)) {
        ++j;
        continue;
      }
      break;
    }
    return j;
  }

  // Skips opening quotes and brackets from j; returns the first content token (or n_).
  uint32_t skip_openers(uint32_t j) const {
    while (j < n_ && (kind(j) == TokKind::kOpenQuote || kind(j) == TokKind::kOpenBracket || kind(j) == TokKind::kQuote))
      ++j;
    return j;
  }

  // The case of the sentence that would start at token k ("$5" counts as a digit).
  Case start_case(uint32_t k) const {
    if (k >= n_) return Case::kOther;
    if (kind(k) == TokKind::kSymbol && k + 1 < n_ && attached(k + 1) && case_of(k + 1) == Case::kDigit)
      return Case::kDigit;
    if (kind(k) == TokKind::kUrl) return Case::kOther;  // "@user", "#tag", "www.x.com"
    return case_of(k);
  }

  // Text of token k without a trailing period, for the word lists.
  std::string_view bare(uint32_t k) const {
    std::string_view w = str(k);
    if (kind(k) == TokKind::kAbbrev && !w.empty() && w.back() == '.') w.remove_suffix(1);
    return w;
  }

  // ---- datelines --------------------------------------------------------------------------
  // "WASHINGTON —", "GOMA, Democratic Republic of Congo (AP) —", "DUBAI, Jan 26 (Reuters) -",
  // "THE HAGUE (AFP) -": a place in capitals opening the paragraph, then optional capitalised
  // words, dates and a bracketed agency, then a dash set off by spaces. Returns the index of
  // the first token after the dash, or 0.
  uint32_t dateline_end() const {
    if (n_ < 4) return 0;
    auto caps_word = [&](uint32_t k) {
      std::string_view w = str(k);
      if (w.size() < 2) return false;
      bool letter = false;
      for (char c : w) {
        if (c >= 'a' && c <= 'z') return false;
        if (c >= 'A' && c <= 'Z') letter = true;
      }
      return letter;
    };
    auto dash = [&](uint32_t k) {
      std::string_view w = str(k);
      return w == "\xE2\x80\x94" || w == "\xE2\x80\x93" || w == "-" || w == "--";
    };
    uint32_t k = 0;
    while (k < n_ && k < 5 && caps_word(k)) ++k;
    if (k == 0) return 0;
    for (uint32_t guard = 0; k < n_ && guard < 16; ++guard) {
      std::string_view w = str(k);
      if (dash(k)) {
        if (k + 1 < n_ && t_[k].start > t_[k - 1].end && t_[k + 1].start > t_[k].end &&
            !gap_has_newline(k + 1))
          return k + 1;
        return 0;
      }
      if (w == "," || w == "(" || w == ")" || w == "." || w == "of" || w == "the" ||
          case_of(k) == Case::kUpper || case_of(k) == Case::kDigit) {
        ++k;
        continue;
      }
      return 0;
    }
    return 0;
  }

  // ---- list items -------------------------------------------------------------------------
  struct Label {
    uint32_t first, last;  // tokens of the label: "2" "." ")"
    int value;
    uint8_t style;  // 1 number, 2 letter; 4 has a period, 8 has ")"
    bool line_start;
  };

  void mark_list_items() {
    labels_.clear();
    for (uint32_t i = 0; i < n_; ++i) {
      if (t_[i].end - t_[i].start > 2) continue;
      TokKind ki = kind(i);
      if (ki != TokKind::kNumber && ki != TokKind::kAbbrev && ki != TokKind::kWord) continue;
      std::string_view w = str(i);
      int value = -1;
      uint8_t style = 0;
      if (kind(i) == TokKind::kNumber && w.size() <= 2 &&
          std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        value = w.size() == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
        style = 1;
      } else if (kind(i) == TokKind::kAbbrev && w.size() == 2 && w[0] >= 'a' && w[0] <= 'z') {
        value = w[0] - 'a';
        style = 2 | 4;
      } else if (kind(i) == TokKind::kWord && w.size() == 1 && w[0] >= 'a' && w[0] <= 'z') {
        value = w[0] - 'a';
        style = 2;
      } else {
        continue;
      }
      bool after_bullet = i > 0 && kind(i - 1) == TokKind::kBullet;
      if (i > 0 && attached(i) && !after_bullet) continue;
      if (i > 0 && kind(i - 1) == TokKind::kOpenBracket) continue;
      uint32_t last = i;
      if (!(style & 4) && last + 1 < n_ && kind(last + 1) == TokKind::kPeriod && attached(last + 1)) {
        style |= 4;
        ++last;
      }
      if (last + 1 < n_ && kind(last + 1) == TokKind::kCloseBracket && str(last + 1) == ")" && attached(last + 1)) {
        style |= 8;
        ++last;
      }
      if (!(style & 12)) continue;
      if (last + 1 >= n_ || attached(last + 1)) continue;  // needs a space and an item after it
      bool line_start = i == 0 || gap_has_newline(i) || after_bullet || str(i - 1) == ":";
      labels_.push_back({i, last, value, style, line_start});
    }
    // Items count up one by one: "1." "2." "3." or "a)" "b)". A run of two or more whose first
    // label opens a line is a list.
    size_t k = 0;
    while (k < labels_.size()) {
      size_t m = k + 1;
      while (m < labels_.size() && labels_[m].style == labels_[k].style &&
             labels_[m].value == labels_[m - 1].value + 1)
        ++m;
      if (m - k >= 2 && labels_[k].line_start) {
        for (size_t x = k; x < m; ++x) {
          flags_[labels_[x].first] |= kListStart;
          for (uint32_t y = labels_[x].first; y <= labels_[x].last; ++y) flags_[y] |= kNotTerminal;
        }
      }
      k = m;
    }
  }

  // A number or letter heading its sentence, as in "1. The first item" or "a. Introduction".
  bool is_label(uint32_t t, uint32_t sent) const {
    uint32_t f = sent;
    while (f < t && (kind(f) == TokKind::kBullet || kind(f) == TokKind::kOpenBracket)) ++f;
    if (f != t) return false;
    std::string_view w = str(t);
    if (kind(t) == TokKind::kNumber) return w.size() <= 3;
    return kind(t) == TokKind::kWord && w.size() == 1;
  }

  // ---- boundaries that need no terminal punctuation ---------------------------------------
  bool forced_cut_before(uint32_t i, uint32_t sent) const {
    if (kind(i) == TokKind::kBullet) return true;
    if (flags_[i] & kListStart) return !(i - 1 == sent && kind(i - 1) == TokKind::kBullet);  // "• 9. ..." 
    if (gap_has_newline(i)) return newline_cut(i, sent);
    return false;
  }

  // A single line break inside a paragraph: a boundary unless the line runs on.
  bool newline_cut(uint32_t i, uint32_t sent) const {
    uint32_t t = i - 1;
    while (t > sent && is_closer(t)) --t;
    TokKind k = kind(t);
    if (k == TokKind::kPeriod || k == TokKind::kBang || k == TokKind::kEllipsis) return !(flags_[t] & kNotTerminal);
    if (k == TokKind::kAbbrev) return false;  // already judged by its own rules
    TokKind prev = kind(i - 1);
    if (prev == TokKind::kComma || prev == TokKind::kDash || prev == TokKind::kOpenQuote ||
        prev == TokKind::kOpenBracket || prev == TokKind::kPunct)
      return false;
    // Length of the line that ends before token i.
    uint32_t line_end = t_[i - 1].end;
    uint32_t line_start = line_end;
    while (line_start > begin_ && text_[line_start - 1] != '\n') --line_start;
    if (line_end - line_start >= kWrappedLineBytes) return false;
    // A short line followed by a lower-case line that goes on to finish a sentence.
    if (case_of(i) == Case::kLower) {
      for (uint32_t k2 = t_[i].start; k2 < end_ && text_[k2] != '\n'; ++k2) {
        char c = text_[k2];
        if (c == '.' || c == '!' || c == '?') return false;
      }
    }
    return true;
  }

  // A closing quote among the tokens after terminal punctuation i and before j.
  bool quote_closed_between(uint32_t i, uint32_t j) const {
    for (uint32_t k = i + 1; k < j && k < n_; ++k)
      if (kind(k) == TokKind::kCloseQuote || kind(k) == TokKind::kQuote) return true;
    return false;
  }

  // After the speech verb of an attribution: its end (".", ",", ";") within a few words
  // ("told reporters.", "said on Monday."), not a clause of its own ("said that ...").
  bool attribution_ends(uint32_t k) const {
    if (k < n_ && str(k) == "that") return false;
    for (uint32_t m = k; m < n_ && m < k + 5; ++m) {
      if (gap_has_newline(m)) return false;
      const TokKind kk = kind(m);
      if (kk == TokKind::kPeriod || kk == TokKind::kBang || kk == TokKind::kComma) return true;
      if (str(m) == ";" || str(m) == ":") return true;
    }
    return k >= n_;
  }

  // `"We will win!" Rossi said.`, `"Why stop?" the minister asked.`: after a quote that ends
  // in "!" or "?", a speaker (up to four capitalised words, "the", "'s") and a speech verb
  // continue the sentence. (A lowercase pronoun, "she said", never starts one anyway.)
  bool attribution_follows(uint32_t j) const {
    static constexpr std::string_view kVerbs[] = {
        "said", "says", "told", "asked", "asks", "added", "adds", "shouted", "wrote", "writes",
        "tweeted", "posted", "yelled", "cried", "exclaimed", "replied", "insisted", "warned",
        "declared", "recalled", "joked", "demanded", "chanted", "screamed", "wondered"};
    uint32_t words = 0;
    for (uint32_t k = j; k < n_ && words <= 4; ++k) {
      if (gap_has_newline(k)) return false;
      std::string_view w = str(k);
      for (std::string_view v : kVerbs)
        if (w == v) return words > 0 && attribution_ends(k + 1);
      const bool name_word = case_of(k) == Case::kUpper || w == "the" || w == "'s" ||
                             w == "\xE2\x80\x99s" || kind(k) == TokKind::kAbbrev;
      if (!name_word || (w == "The" && words > 0)) return false;
      ++words;
    }
    return false;
  }

  // ---- boundaries after terminal punctuation ----------------------------------------------
  // Token i is terminal punctuation or an abbreviation. Returns the index of the token that
  // starts the next sentence, or 0 for no boundary; *resume is the last token it consumed.
  uint32_t decide(uint32_t i, uint32_t sent, uint32_t* resume) const {
    switch (kind(i)) {
      case TokKind::kPeriod:
        return decide_period(i, sent, resume);
      case TokKind::kBang: {
        uint32_t j = after_closers(i);
        *resume = j - 1;
        Case c = start_case(skip_openers(j));
        if (quote_closed_between(i, j) && attribution_follows(j)) return 0;
        return (c == Case::kUpper || c == Case::kUncased || c == Case::kDigit) ? j : 0;
      }
      case TokKind::kEllipsis: {
        // "[...]" and "(...)" mark words left out.
        if (attached(i) && kind(i - 1) == TokKind::kOpenBracket) return 0;
        uint32_t j = after_closers(i);
        *resume = j - 1;
        Case c = start_case(skip_openers(j));
        return (c == Case::kUpper || c == Case::kUncased) ? j : 0;
      }
      case TokKind::kAbbrev:
        return decide_abbreviation(i, sent, resume);
      default:
        return 0;
    }
  }

  uint32_t decide_period(uint32_t i, uint32_t sent, uint32_t* resume) const {
    // Spaced ellipsis ". . ." (periods separated by spaces on one line).
    uint32_t r = i;
    while (r + 1 < n_ && kind(r + 1) == TokKind::kPeriod && !attached(r + 1) && !gap_has_newline(r + 1) &&
           t_[r + 1].start - t_[r].end <= 2)
      ++r;
    if (r > i) {
      *resume = r;
      bool word_period = attached(i);  // "compounds. . . ." vs "is . . ."
      uint32_t j = after_closers(r);
      Case c = start_case(skip_openers(j));
      bool next_starts = c == Case::kUpper || c == Case::kUncased;
      uint32_t count = r - i + 1;
      if (word_period && count >= 4) return next_starts ? i + 1 : 0;  // the period ends, ". . ." opens
      if (!word_period && count < 4) return 0;  // "is . . . what": an ellipsis inside a sentence
      return next_starts ? j : 0;               // ". . . ." or "word. . ." before a capital
    }
    if (is_label(i - 1, sent)) return 0;  // "1. The first item"
    uint32_t j = after_closers(i);
    *resume = j - 1;
    Case c = start_case(skip_openers(j));
    return (c == Case::kUpper || c == Case::kUncased || c == Case::kDigit) ? j : 0;
  }

  AbbrevUse abbreviation_use(std::string_view w) const {
    if (w.find('.') != std::string_view::npos) {
      if (w == "a.m" || w == "p.m") return AbbrevUse::kTime;
      if (w == "e.g" || w == "i.e") return AbbrevUse::kNever;
      return AbbrevUse::kInitialism;
    }
    char32_t c;
    size_t n = uniprops::next(w, 0, &c);
    if (n == w.size()) return uniprops::is_upper(c) ? AbbrevUse::kSingleUpper : AbbrevUse::kSingleLower;
    switch (segment::abbreviation_class(w)) {
      case AbbrevClass::kTitle:
      case AbbrevClass::kInner:
        return AbbrevUse::kNever;
      case AbbrevClass::kNumPrefix:
        return AbbrevUse::kNumPrefix;
      case AbbrevClass::kEtc:
        return AbbrevUse::kEtc;
      default:
        return AbbrevUse::kCouldEnd;
    }
  }

  uint32_t decide_abbreviation(uint32_t i, uint32_t sent, uint32_t* resume) const {
    uint32_t j = after_closers(i);
    *resume = j - 1;
    if (j >= n_) return 0;
    uint32_t k = skip_openers(j);
    if (k >= n_) return 0;
    bool opened = k > j && kind(j) != TokKind::kOpenBracket;  // a quote opens: "U.S. \"We ..."
    Case c = start_case(k);
    if (c != Case::kUpper && c != Case::kUncased && c != Case::kDigit) return 0;
    std::string_view next = bare(k);
    bool starter = c == Case::kUpper && segment::is_sentence_starter(next);
    std::string_view w = bare(i);
    switch (abbreviation_use(w)) {
      case AbbrevUse::kNever:
        return 0;
      case AbbrevUse::kNumPrefix:
      case AbbrevUse::kCouldEnd:
      case AbbrevUse::kSingleLower:
        if (c == Case::kDigit) return 0;
        return starter || opened ? j : 0;
      case AbbrevUse::kTime:
        return c != Case::kDigit && (starter || opened) ? j : 0;
      case AbbrevUse::kInitialism:
        if (c == Case::kDigit) return 0;
        return starter || opened || segment::is_personal_title(next) ? j : 0;
      case AbbrevUse::kEtc:
        return c == Case::kUpper || c == Case::kUncased ? j : 0;
      case AbbrevUse::kSingleUpper: {
        // An initial ("Jonas E. Smith") unless it follows a lower-case word: "you and I. Did".
        if (i == sent || kind(i - 1) != TokKind::kWord || case_of(i - 1) != Case::kLower) return 0;
        if (w == "I") return c == Case::kUpper ? j : 0;
        // The platform, not an initial: "wrote in a post on X. Iran's foreign minister ...".
        if (w == "X" && c == Case::kUpper && i > sent && kind(i - 1) == TokKind::kWord) {
          std::string_view p = bare(i - 1);
          if (p == "on" || p == "via" || p == "platform") return j;
        }
        return starter ? j : 0;
      }
    }
    return 0;
  }

  std::string_view text_;
  uint32_t begin_, end_;
  const RawToken* t_;
  uint32_t n_;
  uint32_t labels_seen_;
  uint8_t* flags_;
  std::vector<uint32_t>& cuts_;
  std::vector<Label> labels_;
};

const Token kBlankToken{};

// ASCII white space, by byte: a load instead of a chain of compares (after a token comes a
// space or punctuation in no order a branch predictor can learn).
constexpr auto kAsciiSpace = [] {
  std::array<bool, 128> t{};
  for (char c : {' ', '\n', '\t', '\r', '\f', '\v'}) t[static_cast<unsigned char>(c)] = true;
  return t;
}();

inline bool space_at(std::string_view text, uint32_t i) {
  if (i >= text.size()) return false;
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) return kAsciiSpace[c];
  char32_t cp;
  uniprops::next(text, i, &cp);
  return uniprops::is_space(cp);
}

}  // namespace

void segment_document(Document* doc) {
  doc->sentences.clear();
  doc->tokens.clear();
  std::string_view text = doc->text;
  if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
  const auto text_size = static_cast<uint32_t>(text.size());

  // Pass 1: tokens and sentence boundaries of every paragraph.
  struct Piece {
    uint32_t paragraph, first_token;  // a sentence: its paragraph and first raw token
  };
  std::vector<RawToken> raw;
  std::vector<uint8_t> flags;
  std::vector<uint32_t> cuts;
  std::vector<Piece> pieces;
  raw.reserve(text.size() / 4 + 16);
  uint32_t floor = 0;  // keeps spans ordered even if paragraphs overlap
  for (uint32_t p = 0; p < doc->paragraphs.size(); ++p) {
    uint32_t begin = std::max(doc->paragraphs[p].start, floor);
    uint32_t end = std::min(doc->paragraphs[p].end, text_size);
    if (begin >= end) continue;
    floor = end;
    const auto first = static_cast<uint32_t>(raw.size());
    uint32_t labels = segment::tokenize(text, begin, end, &raw);
    const auto n = static_cast<uint32_t>(raw.size()) - first;
    flags.resize(raw.size(), 0);
    ParagraphSplitter(text, begin, end, raw.data() + first, n, labels, flags.data() + first, &cuts).run();
    for (uint32_t c : cuts) pieces.push_back({p, first + c});
  }

  // Pass 2: the Document's sentences and tokens, allocated once.
  size_t extra = 0;
  for (uint8_t f : flags) extra += (f & kSplitPeriod) != 0;
  doc->tokens.reserve(raw.size() + extra);
  doc->sentences.reserve(pieces.size());
  for (size_t k = 0; k < pieces.size(); ++k) {
    uint32_t a = pieces[k].first_token;
    uint32_t b = k + 1 < pieces.size() ? pieces[k + 1].first_token : static_cast<uint32_t>(raw.size());
    Sentence s;
    s.start = raw[a].start;
    s.end = raw[b - 1].end;
    s.paragraph = pieces[k].paragraph;
    s.token_begin = static_cast<uint32_t>(doc->tokens.size());
    const auto sentence_index = static_cast<uint32_t>(doc->sentences.size());
    for (uint32_t r = a; r < b; ++r) {
      uint32_t ts = raw[r].start, te = raw[r].end;
      // Copying a blank token is cheaper than value-initialising one (which zero-fills all of it).
      if (flags[r] & kSplitPeriod) {
        Token& body = doc->tokens.emplace_back(kBlankToken);
        body.start = ts;
        body.end = te - 1;
        body.sentence = sentence_index;
        ts = te - 1;
      }
      Token& t = doc->tokens.emplace_back(kBlankToken);
      t.start = ts;
      t.end = te;
      t.sentence = sentence_index;
      t.space_after = space_at(text, te);
    }
    s.token_end = static_cast<uint32_t>(doc->tokens.size());
    doc->sentences.push_back(s);
  }
}

namespace {

bool all_space(std::string_view text, uint32_t a, uint32_t b) {
  uint32_t i = a;
  while (i < b) {
    char32_t cp;
    size_t n = uniprops::next(text, i, &cp);
    if (!uniprops::is_space(cp)) return false;
    i += static_cast<uint32_t>(n);
  }
  return i == b;
}

std::string violation(const char* what, size_t index) { return std::string(what) + " at " + std::to_string(index); }

}  // namespace

std::string check_segmentation(const Document& doc) {
  std::string_view text = doc.text;
  const auto& sents = doc.sentences;
  const auto& toks = doc.tokens;
  uint32_t next_token = 0;
  for (size_t k = 0; k < sents.size(); ++k) {
    const Sentence& s = sents[k];
    if (s.paragraph >= doc.paragraphs.size()) return violation("sentence paragraph out of range", k);
    const Paragraph& p = doc.paragraphs[s.paragraph];
    if (!(s.start < s.end)) return violation("empty sentence", k);
    if (s.start < p.start || s.end > p.end || s.end > text.size()) return violation("sentence outside its paragraph", k);
    if (k > 0 && (s.start < sents[k - 1].end || s.paragraph < sents[k - 1].paragraph))
      return violation("sentences overlap or are out of order", k);
    if (s.token_begin != next_token || s.token_end <= s.token_begin || s.token_end > toks.size())
      return violation("sentence tokens not contiguous", k);
    if (toks[s.token_begin].start != s.start || toks[s.token_end - 1].end != s.end)
      return violation("sentence span does not match its tokens (or is not trimmed)", k);
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      const Token& tok = toks[t];
      if (tok.sentence != k) return violation("token has the wrong sentence", t);
      if (!(tok.start < tok.end)) return violation("empty token", t);
      if (t > s.token_begin && tok.start < toks[t - 1].end) return violation("tokens overlap or are out of order", t);
      if (all_space(text, tok.start, tok.end)) return violation("token of whitespace", t);
      if (tok.space_after != space_at(text, tok.end)) return violation("space_after does not match the text", t);
    }
    next_token = s.token_end;
  }
  if (next_token != toks.size()) return "tokens outside every sentence";
  // Lossless: inside each paragraph, everything between tokens is whitespace.
  size_t k = 0;
  uint32_t floor = 0;
  const auto text_size = static_cast<uint32_t>(std::min<size_t>(text.size(), UINT32_MAX));
  for (uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    uint32_t begin = std::max(doc.paragraphs[p].start, floor);
    uint32_t end = std::min(doc.paragraphs[p].end, text_size);
    if (begin >= end) continue;
    floor = end;
    uint32_t cursor = begin;
    for (; k < sents.size() && sents[k].paragraph == p; ++k) {
      for (uint32_t t = sents[k].token_begin; t < sents[k].token_end; ++t) {
        if (toks[t].start < cursor || !all_space(text, cursor, toks[t].start))
          return violation("text lost before token", t);
        cursor = toks[t].end;
      }
    }
    if (cursor > end || !all_space(text, cursor, end)) return violation("text lost at the end of paragraph", p);
  }
  if (k != sents.size()) return "sentences out of paragraph order";
  return "";
}

}  // namespace factwire
