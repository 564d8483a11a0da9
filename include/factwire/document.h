// The Document: one article, its clean text and every annotation on it.
//
// A Document owns its clean UTF-8 `text`; every annotation is a half-open byte span
// [start, end) into that text. Stages add annotations in pipeline order and never rewrite
// what an earlier stage made:
//
//   read/clean   -> title, byline, published, text, paragraphs, links, source map
//   segment      -> sentences, tokens (start, end, sentence)
//   tag          -> tokens[].pos/lemma/head/dep/ner
//   resolve      -> entities
//   quotes       -> quotes, non_answers
//   figures      -> figures, figure_conflicts, times
//   events       -> events
//
// `text` holds every paragraph (title, byline, headings, body, pull quotes, captions) in
// reading order joined by "\n\n"; `paragraphs[].kind` says which is which. Stages that
// extract facts read body paragraphs (and headings where they say so) only, so that a pull
// quote never yields a second quote, figure or event.
#pragma once

#include <cstdint>
#include <cstring>
#include <iosfwd>
#include <type_traits>
#include <string>
#include <string_view>
#include <vector>

namespace factwire {

struct Span {
  uint32_t start = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
};

enum class ParagraphKind : uint8_t { kBody, kHeading, kPullQuote, kCaption, kByline, kTitle };
const char* paragraph_kind_name(ParagraphKind kind);  // "body", "pull_quote", ...

struct Paragraph {
  ParagraphKind kind = ParagraphKind::kBody;
  uint32_t start = 0, end = 0;  // into Document::text
  std::string attribution;      // pull quotes: the "- Name" that followed them, if any
  // Where the paragraph came from in the original input bytes (best effort: exact for
  // plain text, the element's position for HTML).
  uint64_t source_start = 0, source_end = 0;
};

struct Link {
  std::string anchor;  // the link text as it stands in the clean text
  std::string target;  // the URL
  uint32_t start = 0, end = 0;  // the anchor's span in Document::text
};

struct Sentence {
  uint32_t start = 0, end = 0;
  uint32_t paragraph = 0;                    // index into Document::paragraphs
  uint32_t token_begin = 0, token_end = 0;   // [token_begin, token_end) into Document::tokens
};

// A short label from a closed set (UPOS, Penn XPOS, UD relation, BIO tag), stored inline:
// 16 bytes, trivially copyable, no allocation. Every label the models produce fits in
// kInline (15) bytes; a longer one is interned once (process lifetime, thread-safe) and
// the Label keeps a pointer to the interned copy, so nothing is ever truncated.
// Converts implicitly to std::string_view; compares with Label, string_view, std::string
// and C strings; str() makes a std::string.
class Label {
 public:
  static constexpr size_t kInline = 15;

  constexpr Label() noexcept : buf_{}, len_(0) {}
  Label(std::string_view s) { assign(s); }                // NOLINT: implicit on purpose
  Label(const char* s) { assign(std::string_view(s)); }   // NOLINT
  Label(const std::string& s) { assign(std::string_view(s)); }  // NOLINT
  Label& operator=(std::string_view s) { assign(s); return *this; }
  Label& operator=(const char* s) { assign(std::string_view(s)); return *this; }
  Label& operator=(const std::string& s) { assign(std::string_view(s)); return *this; }

  std::string_view view() const noexcept {
    if (len_ != kLong) return std::string_view(buf_, len_);
    const std::string* p;
    std::memcpy(&p, buf_, sizeof p);
    return *p;
  }
  operator std::string_view() const noexcept { return view(); }  // NOLINT
  std::string str() const { return std::string(view()); }
  // Not NUL-terminated when size() == kInline: use str().c_str() for a C string.
  const char* data() const noexcept { return view().data(); }
  size_t size() const noexcept { return view().size(); }
  bool empty() const noexcept { return len_ == 0; }
  void clear() noexcept { len_ = 0; buf_[0] = '\0'; }
  char operator[](size_t i) const noexcept { return view()[i]; }
  std::string_view substr(size_t pos, size_t n = std::string_view::npos) const {
    return view().substr(pos, n);
  }

  friend bool operator==(const Label& a, const Label& b) noexcept { return a.view() == b.view(); }
  friend bool operator==(const Label& a, std::string_view b) noexcept { return a.view() == b; }
  friend bool operator==(const Label& a, const char* b) noexcept { return a.view() == std::string_view(b); }
  friend bool operator==(const Label& a, const std::string& b) noexcept { return a.view() == std::string_view(b); }
  friend std::ostream& operator<<(std::ostream& os, const Label& l);  // src/core/document.cc

 private:
  static constexpr uint8_t kLong = 0xFF;  // buf_ holds a const std::string* to an interned copy
  void assign(std::string_view s) {
    if (s.size() <= kInline) {
      std::memmove(buf_, s.data(), s.size());  // memmove: s may view this Label
      if (s.size() < kInline) buf_[s.size()] = '\0';
      len_ = static_cast<uint8_t>(s.size());
    } else {
      const std::string* p = intern(s);
      std::memcpy(buf_, &p, sizeof p);
      len_ = kLong;
    }
  }
  static const std::string* intern(std::string_view s);  // src/core/document.cc

  char buf_[kInline];
  uint8_t len_;
};
static_assert(sizeof(Label) == 16);
static_assert(std::is_trivially_copyable_v<Label>);

// Token annotations are empty / -1 until the stage that writes them has run.
// Fields are ordered so that there is no padding but the tail (120 bytes with libstdc++).
struct Token {
  uint32_t start = 0, end = 0;
  uint32_t sentence = 0;
  int32_t head = -1;  // index into Document::tokens of the syntactic head; -1 for the root
  Label pos;          // Universal POS tag (UPOS)
  Label tag;          // Penn Treebank tag (XPOS)
  Label dep;          // Universal Dependencies relation
  Label ner;          // BIO tag, e.g. "B-PERSON", "O"
  std::string lemma;
  bool space_after = false;  // text[end] is whitespace (tokens + whitespace rebuild the text)
};

enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kNorp, kFac, kEvent };
const char* entity_type_name(EntityType type);  // "PERSON", "ORG", ...

struct Mention {
  uint32_t start = 0, end = 0;
  uint32_t sentence = 0;
};

// One entity per real-world referent in the document.
struct Entity {
  std::string id;    // "e1", "e2", ... stable within the document
  std::string name;  // the fullest name the article gives
  EntityType type = EntityType::kPerson;
  std::vector<Mention> mentions;
  std::string role;         // "President", "senior official in Hezbollah's political bureau"
  std::string affiliation;  // "Lebanon", "Hezbollah"
  std::string country;      // ISO 3166-1 alpha-3 where known ("LBN")
  std::string sector;       // GOV, MIL, REB, PTY, CVL, JRN, ... where known
};

struct Speaker {
  std::string name;         // fullest name, or the article's description when anonymous
  int32_t entity = -1;      // index into Document::entities, -1 if none
  bool anonymous = false;
  std::string description;  // "a senior official in Hezbollah's political bureau"
  std::string reason;       // why anonymous: "as they were not authorized to speak to the press"
};

enum class QuoteKind : uint8_t { kDirect, kIndirect, kMixed };
const char* quote_kind_name(QuoteKind kind);

struct Quote {
  std::string text;  // the quoted words without the quotation marks
  QuoteKind kind = QuoteKind::kDirect;
  uint32_t start = 0, end = 0;  // span of the quoted words
  std::string cue;              // "said", "according to", "told"
  uint32_t cue_start = 0, cue_end = 0;
  Speaker speaker;
  std::string addressee;  // "Al Jazeera" in "he told the Al Jazeera network"
  uint32_t sentence = 0;
};

// "did not respond to requests for comment", "declined to comment", ...
struct NonAnswer {
  std::string who;
  int32_t entity = -1;
  std::string text;  // the sentence
  std::string cue;   // "did not respond to requests for comment"
  uint32_t start = 0, end = 0;
  uint32_t sentence = 0;
};

struct Figure {
  std::string text;
  uint32_t start = 0, end = 0;
  double value = 0, low = 0, high = 0;
  std::string qualifier;  // exact | approx | over | under | at_least | at_most | range
  bool vague = false;     // "dozens", "hundreds": value by convention (docs/figures.md)
  std::string unit;       // "people", "USD", "km", ...
  std::string category;   // killed | injured | displaced | arrested | missing | destroyed | deployed | money | other
  std::string subject;
  std::string place, time, source;
  uint32_t sentence = 0;
};

struct FigureConflict {
  std::string category;
  std::vector<uint32_t> figures;  // indexes into Document::figures
  std::string why;
};

struct TimeExpr {
  std::string text;
  uint32_t start = 0, end = 0;
  std::string value;  // ISO-8601 date, week, month, year or range "1975/1990"; empty if unknown
  bool relative = false;
  uint32_t sentence = 0;
  // Part of the period the value names, TIMEX3-style: "early", "mid", "late", "start",
  // "end"; "" for the whole period ("early 2025" -> value "2025", mod "early"). Added by the
  // figures stage (docs/figures.md).
  std::string mod;
};

struct EventArg {
  std::string name;
  int32_t entity = -1;
  std::string country;  // ISO alpha-3
  std::string sector;
  bool empty() const { return name.empty(); }
};

struct Event {
  std::string type;  // PLOVER: ASSAULT, THREATEN, ...
  std::string mode;
  EventArg actor, target;
  bool negated = false;
  std::string modality;  // "", "hypothetical", "denied", "threatened"
  std::string place, place_country;
  double lat = 0, lon = 0;
  bool has_coordinates = false;
  std::string date;
  double size = 0;
  std::string size_category;
  std::vector<uint32_t> sentences;  // every sentence that states it
  std::string text;                 // the words that state it (first mention)
  uint32_t start = 0, end = 0;
  std::string trigger;
};

struct Document {
  std::string id;
  std::string url;
  std::string title;      // empty = unknown
  std::string byline;
  std::string published;  // YYYY-MM-DD, empty = unknown
  std::string source_format;  // "text", "html", "jsonl"
  std::string text;
  std::vector<Paragraph> paragraphs;
  std::vector<Link> links;
  std::vector<std::string> warnings;  // repaired input, dropped characters, ...

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<Entity> entities;
  std::vector<Quote> quotes;
  std::vector<NonAnswer> non_answers;
  std::vector<Figure> figures;
  std::vector<FigureConflict> figure_conflicts;
  std::vector<TimeExpr> times;
  std::vector<Event> events;

  std::string_view slice(uint32_t start, uint32_t end) const {
    return std::string_view(text).substr(start, end - start);
  }
  std::string_view slice(Span s) const { return slice(s.start, s.end); }
  std::string_view token_text(size_t i) const { return slice(tokens[i].start, tokens[i].end); }
  // Index of the paragraph / sentence that contains byte offset `at`, or -1.
  int paragraph_at(uint32_t at) const;
  int sentence_at(uint32_t at) const;
  // True for sentences in paragraphs that carry the article's own facts (body, heading).
  bool is_fact_sentence(size_t sentence) const;
};

}  // namespace factwire
