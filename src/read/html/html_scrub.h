// The HTML reader's pre-pass: one linear scan of the page before gumbo sees it.
//
// gumbo tokenizes one character at a time (about 15 MB/s), and most of a news page is
// scripts, styles, inline SVG, comments and long class lists that carry no article text. The
// scrub copies the page into a compact HTML string that keeps the element structure and the
// text but drops what extraction never reads, and on the way collects the page metadata
// (meta tags, <title>, canonical link, JSON-LD, <time datetime>). Each kept start tag carries
// at most two synthetic attributes: k="BITS" (hints read from class, id, role, itemprop,
// style...) and h="N" (an index into `hrefs`). A map of anchor offsets turns positions in
// the compact string back into byte offsets of the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace factwire::html {

// Hints an element carries, from its class/id words and attributes.
enum Hint : uint32_t {
  kNeg = 1u << 0,          // boilerplate words: nav, share, related, sidebar, ad, cookie, ...
  kPos = 1u << 1,          // content words: article, content, post, entry, story, body, text
  kHidden = 1u << 2,       // hidden, aria-hidden, display:none, sr-only
  kBody = 1u << 3,         // the article body itself: itemprop=articleBody, "entry-content"
  kCaption = 1u << 4,      // caption, wp-caption-text
  kPull = 1u << 5,         // pullquote, pull-quote
  kByline = 1u << 6,       // byline, author (rel=author, itemprop=author)
  kComment = 1u << 7,      // comments, replies, disqus
  kArticleType = 1u << 8,  // itemtype schema.org Article / NewsArticle / BlogPosting
  kRoleNeg = 1u << 9,      // role=navigation|banner|contentinfo|complementary|dialog|...
  kRoleMain = 1u << 10,    // role=main or role=article
  kDate = 1u << 11,        // date, dateline, published, timestamp
  kHeader = 1u << 12,      // header / masthead words
  kItemBody = 1u << 13,    // itemprop=articleBody (schema.org microdata)
  kNegStrong = 1u << 14,   // boilerplate words that content words do not excuse: ad, share,
                           // related, social, newsletter, cookie, sponsor, popup, ...
};

// Hints for one class+id string (lowercased words); exposed for tests.
uint32_t classify_words(std::string_view class_and_id);

struct Scrubbed {
  std::string html;  // compact HTML handed to gumbo
  // Anchors (offset in `html`, offset in the input), ascending in both.
  std::vector<std::pair<uint32_t, uint64_t>> anchors;
  std::vector<std::string> hrefs;                            // decoded href of each <a h=N>
  std::vector<std::pair<std::string, std::string>> meta;     // lowercased key -> decoded content
  std::vector<std::string> json_ld;                          // <script type=application/ld+json>
  std::string title;                                         // <title>, decoded, spaces collapsed
  std::string canonical;                                     // <link rel=canonical href>
  std::string time_published;  // <time datetime> that says it is the publication date
  std::string time_first;      // the first <time datetime> of the page
  size_t depth_flattened = 0;  // start tags dropped by the depth cap

  // Byte offset in the input of offset `at` in `html`.
  uint64_t input_offset(uint32_t at) const;
};

// Scrubs `in` (valid UTF-8). Elements nested deeper than `max_depth` are flattened into
// their parent (their tags are dropped, their text kept).
void scrub(std::string_view in, size_t max_depth, Scrubbed* out);

// Decodes character references (&amp; &#8217; &#x2019; and the common named ones).
std::string decode_entities(std::string_view s);

// The charset a page declares in its first bytes (BOM, <meta charset>, http-equiv), lowercased;
// empty when none.
std::string declared_charset(std::string_view bytes);
// Windows-1252 (a superset of the printable Latin-1) to UTF-8.
std::string cp1252_to_utf8(std::string_view bytes);

}  // namespace factwire::html
