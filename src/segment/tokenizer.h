// The tokenizer (internal header): a hand-written scanner over UTF-8 bytes.
//
//   std::vector<segment::RawToken> toks;
//   segment::tokenize(text, para.start, para.end, &toks);
//
// Tokens follow UD English-EWT conventions: punctuation split off, clitics split ("do" "n't",
// "Lebanon" "'s"), abbreviations keep their period ("U.S.", "Dr."), numbers keep their
// separators ("1,200", "3.5", "5:30"), hyphenated compounds split except after prefixes such as
// "non-" or "e-", currency signs and "%" split, URLs, e-mail addresses, @handles and #tags kept
// whole. Every non-whitespace byte belongs to exactly one token, so the token spans and the
// whitespace between them rebuild the text.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace factwire::segment {

enum class TokKind : uint8_t {
  kWord,          // letters (and digits): "Beirut", "COVID", "non-profit"
  kNumber,        // starts with a digit: "1,200", "3.5", "5th", "9/11"
  kAbbrev,        // a word with its trailing period: "Dr.", "U.S.", "E."
  kClitic,        // "'s", "n't", "'ll", the possessive "'" of "parents'"
  kUrl,           // URL, e-mail address, bare domain, @handle, #tag
  kPeriod,        // "."
  kEllipsis,      // "...", "…", ".."
  kBang,          // runs of "!" and "?": "!", "?!", "!!!"
  kComma,         // ","
  kPunct,         // ";", ":", and other punctuation
  kOpenQuote,     // “ ‘ « „ and straight quotes that open
  kCloseQuote,    // ” ’ » and straight quotes that close
  kQuote,         // a straight quote that could not be classified
  kOpenBracket,   // ( [ {
  kCloseBracket,  // ) ] }
  kDash,          // - -- — – and other dashes
  kBullet,        // • ◦ ▪ ‣ ⁃ ● ■ ► ▸
  kSymbol,        // currency signs, %, emoji, other symbols
};

struct RawToken {
  uint32_t start = 0, end = 0;  // byte offsets into the text given to tokenize()
  TokKind kind = TokKind::kWord;
  bool newline_before = false;  // a line break in the whitespace before this token
};

// Appends the tokens of text[begin, end) to *out. Reads no byte outside [begin, end), so a
// paragraph tokenizes the same wherever it stands. Any bytes (invalid UTF-8 included) are fine.
// Returns how many tokens could be list labels ("2." "b)" "c."): the sentence splitter looks
// for numbered lists only when there are two or more.
uint32_t tokenize(std::string_view text, uint32_t begin, uint32_t end, std::vector<RawToken>* out);

}  // namespace factwire::segment
