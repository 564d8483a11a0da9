// The quotes stage. One pass over the body paragraphs builds a light token array of its own
// (words, punctuation, quotation marks; offsets into Document::text), pairs the quotation
// marks, splits quote-aware sentences, and then walks the sentences once in reading order:
// non-answers, direct quotes (cue after or before the marks, continuation, floating quotes),
// indirect speech (speech-verb and "according to" frames), anonymous sources and their
// reasons. Speakers come from Document::entities when the resolver has run and from
// capitalised-name heuristics when it has not. See docs/quotes.md for the rules.
#include "quotes/quotes.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <utf8proc.h>

#include <cstdlib>

#include "core/utf8.h"
#include "quotes/lexicon.h"

namespace factwire {
namespace {

using quotes::Cue;
using quotes::Lexicon;

constexpr uint32_t kNone = UINT32_MAX;
// How far (in tokens) the stage looks for a cue, a subject or a clause start: keeps the
// work linear on pathological sentences.
constexpr uint32_t kWindow = 80;

enum TokFlag : uint32_t {
  kWord = 1u << 0,
  kCap = 1u << 1,
  kPunct = 1u << 2,
  kMark = 1u << 3,       // a double quotation mark of any kind
  kMarkOpen = 1u << 4,   // “ „ « (direction known from the glyph)
  kMarkClose = 1u << 5,  // ” »
  kInQ = 1u << 6,        // inside a direct quote (between its marks)
  kPoss = 1u << 7,       // possessive 's
  kDash = 1u << 8,       // a spaced dash: " – ", " — ", " - "
  kAbbrevDot = 1u << 9,  // the period of an abbreviation ("U.S.", "Mr.")
  kContOpen = 1u << 10,  // the opening mark of a continued quote paragraph
  kOpens = 1u << 11,     // this mark opens a quote (after pairing)
  kCloses = 1u << 12,    // this mark closes a quote (after pairing)
  kDigit = 1u << 13,
  kSingle = 1u << 14,    // a single quotation mark or apostrophe standing alone: ' ‘ ’
};

struct Tok {
  uint32_t s = 0, e = 0;
  uint32_t para = 0;  // index into Analyzer::paras_
  uint32_t f = 0;
  std::string_view low;  // lower-cased form (view into Analyzer::low_)
  uint32_t cls = 0;            // quotes::WordClass bits of `low`
  const Cue* cue = nullptr;    // the cue `low` is, if any
  uint32_t quote = kNone;  // the direct quote whose content or marks hold this token
};

struct Para {
  uint32_t start = 0, end = 0;
  uint32_t tok_begin = 0, tok_end = 0;
};

struct DirectQuote {
  uint32_t open = kNone, close = kNone;  // mark tokens; close kNone when never closed
  uint32_t a = 0, b = 0;                 // content tokens [a, b)
  uint32_t start = 0, end = 0;           // byte span of the content
  bool unclosed = false;
  bool keep = false, dropped = false;
  bool attributed = false;
  bool from_pre_cue = false;
  uint32_t according_tok = kNone;
  uint32_t cue_tok = kNone, cue_end_tok = kNone;
  uint32_t info = kNone;  // its speaker's entry in q_info_ (attach)
  std::string cue;
  Speaker speaker;
  std::string addressee;
};

// A quote being built, with what the stage needs until it is emitted.
struct PQ : Quote {
  uint32_t sentence_internal = 0;
  uint32_t dq = kNone;  // index of the direct quote; kNone - 1 marks one to drop
};

struct NounPhrase {
  uint32_t a = kNone, b = kNone;  // tokens [a, b)
  bool empty() const { return a == kNone || b <= a; }
};

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

struct MentionRef {
  uint32_t s, e, entity;
};

class Analyzer {
 public:
  Analyzer(Document* doc, const Gazetteer& gaz)
      : doc_(*doc), gaz_(gaz), lex_(Lexicon::Get()) {}

  void run() {
    doc_.quotes.clear();
    doc_.non_answers.clear();
    if (doc_.text.empty()) return;
    lower_text();
    collect_paragraphs();
    if (paras_.empty()) return;
    for (uint32_t p = 0; p < paras_.size(); ++p) tokenize(p);
    if (toks_.empty()) return;
    pair_marks();
    mark_plural_possessives();
    split_sentences();
    consumed_.assign(toks_.size(), false);
    index_names();
    index_mentions();
    for (uint32_t s = 0; s < sents_.size(); ++s) process_sentence(s);
    emit();
  }

 private:
  // ---------------------------------------------------------------- preparation
  void lower_text() {
    low_ = doc_.text;
    for (char& c : low_)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }

  void collect_paragraphs() {
    const std::string& t = doc_.text;
    if (!doc_.paragraphs.empty()) {
      for (const Paragraph& p : doc_.paragraphs) {
        if (p.kind != ParagraphKind::kBody) continue;
        if (p.end > t.size() || p.start >= p.end) continue;
        paras_.push_back(Para{p.start, p.end, 0, 0});
      }
      return;
    }
    // No reader ran: blank lines separate paragraphs.
    uint32_t i = 0, n = static_cast<uint32_t>(t.size());
    while (i < n) {
      size_t br = t.find("\n\n", i);
      uint32_t e = br == std::string::npos ? n : static_cast<uint32_t>(br);
      uint32_t s = i;
      while (s < e && (t[s] == ' ' || t[s] == '\n' || t[s] == '\r' || t[s] == '\t')) ++s;
      uint32_t ee = e;
      while (ee > s && (t[ee - 1] == ' ' || t[ee - 1] == '\n' || t[ee - 1] == '\r')) --ee;
      if (ee > s) paras_.push_back(Para{s, ee, 0, 0});
      i = e + 2;
    }
  }

  void push_tok(uint32_t s, uint32_t e, uint32_t para, uint32_t f) {
    Tok t;
    t.s = s;
    t.e = e;
    t.para = para;
    t.f = f;
    t.low = std::string_view(low_).substr(s, e - s);
    if (f & kWord) {
      if (const quotes::WordInfo* wi = lex_.info(t.low)) {
        t.cls = wi->classes;
        t.cue = wi->cue;
      }
      // "a statement which read", "the letter reads": a document's words are its issuer's.
      if (!t.cue && (t.low == "read" || t.low == "reads") && document_before())
        t.cue = lex_.cue("said");
    }
    toks_.push_back(t);
  }

  // The tokens just pushed end in a document noun and "which"/"that".
  bool document_before() const {
    size_t n = toks_.size();
    if (n < 2 || (toks_[n - 1].low != "which" && toks_[n - 1].low != "that")) return false;
    --n;
    if (!(toks_[n - 1].f & kWord)) return false;
    return is_document_noun(toks_[n - 1].low);
  }
  static bool is_performance_noun(std::string_view h) {
    return h == "speech" || h == "address" || h == "interview" || h == "video" || h == "op-ed";
  }

  // A record or a finding that can "show" or "find": "reports", "records", "the study".
  static bool is_record_noun(std::string_view h) {
    return h == "report" || h == "reports" || h == "record" || h == "records" ||
           h == "document" || h == "documents" || h == "study" || h == "studies" ||
           h == "review" || h == "audit" || h == "inquiry" || h == "investigation" ||
           h == "survey" || h == "analysis" || h == "data" || h == "figures" ||
           h == "statistics" || h == "findings" || h == "filings" || h == "files" ||
           h == "minutes" || h == "assessment" || h == "logs" || h == "emails";
  }

  // The subject [a, b) is a record: its last word is one ("Company records", "the NTSB's
  // final report"), or one is followed by its source or who saw it ("Reports by the Bureau
  // of Fisheries seen by Reuters").
  bool record_subject(NounPhrase np) const {
    if (np.empty()) return false;
    if (is_low_word(np.b - 1) && is_record_noun(toks_[np.b - 1].low)) return true;
    for (uint32_t k = np.a; k + 1 < np.b; ++k) {
      if (!is_word(k) || !is_record_noun(toks_[k].low)) continue;
      std::string_view n = toks_[k + 1].low;
      if (n == "by" || n == "of" || n == "from" || n == "seen" || n == "obtained" ||
          n == "reviewed")
        return true;
    }
    return false;
  }

  static bool is_document_noun(std::string_view h) {
    return h == "statement" || h == "letter" || h == "release" || h == "message" || h == "note" ||
           h == "post" || h == "tweet" || h == "communique" || h == "declaration" || h == "memo" || h == "email" ||
           h == "e-mail" ||
           h == "speech" || h == "address" || h == "interview" || h == "video" || h == "op-ed";
  }

  void tokenize(uint32_t p) {
    const std::string_view text(doc_.text);
    Para& para = paras_[p];
    para.tok_begin = static_cast<uint32_t>(toks_.size());
    uint32_t i = para.start;
    const uint32_t end = para.end;
    auto cp_at = [&](uint32_t at, char32_t* cp) -> uint32_t {
      if (at >= end) {
        *cp = 0;
        return 0;
      }
      return static_cast<uint32_t>(utf8::next(text, at, cp));
    };
    auto is_wordch = [](char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c); };
    while (i < end) {
      char32_t cp;
      uint32_t n = cp_at(i, &cp);
      if (cp == ' ' || cp == '\n' || cp == '\t' || cp == '\r' || utf8::is_space(cp)) {
        i += n;
        continue;
      }
      if (is_wordch(cp)) {
        uint32_t s = i;
        uint32_t f = kWord;
        if (utf8::is_upper(cp)) f |= kCap;
        if (utf8::is_digit(cp)) f |= kDigit;
        uint32_t j = i + n;
        bool split_poss = false;
        while (j < end) {
          char32_t c;
          uint32_t m = cp_at(j, &c);
          if (is_wordch(c)) {
            j += m;
            continue;
          }
          char32_t nx;
          uint32_t m2 = cp_at(j + m, &nx);
          if ((c == '.' || c == '-' || c == 0x2010 || c == '&' || c == '/') && m2 && is_wordch(nx)) {
            j += m;
            continue;
          }
          if ((c == '\'' || c == 0x2019) && m2 && utf8::is_letter(nx)) {
            char32_t after;
            uint32_t m3 = cp_at(j + m + m2, &after);
            if ((nx == 's' || nx == 'S') && (m3 == 0 || !utf8::is_letter(after))) {
              split_poss = true;
              break;
            }
            j += m;
            continue;
          }
          break;
        }
        push_tok(s, j, p, f);
        if (split_poss) {
          char32_t c;
          uint32_t m = cp_at(j, &c);
          uint32_t pe = j + m + 1;  // the apostrophe and the s
          push_tok(j, pe, p, kWord | kPoss);
          toks_.back().low = (c == '\'') ? std::string_view("'s") : std::string_view("’s");
          toks_.back().cls = 0;  // a possessive, not the auxiliary "'s"
          toks_.back().cue = nullptr;
          j = pe;
        } else if (j < end && text[j] == '.') {
          // An abbreviation's period: "U.S.", "Mr.", "J."
          std::string_view w = std::string_view(low_).substr(s, j - s);
          // Inner periods make an abbreviation ("u.s", "ph.d") when every part is short;
          // a host name ("www.example.co.nz") ends the sentence like any word.
          bool dotted = w.find('.') != std::string_view::npos;
          if (dotted) {
            size_t part = 0;
            for (char ch : w) {
              part = ch == '.' ? 0 : part + 1;
              if (part > 2) dotted = false;
            }
          }
          bool abbrev = lex_.abbreviation(w) || dotted || (j - s == 1 && (f & kCap));
          if (abbrev) {
            push_tok(j, j + 1, p, kPunct | kAbbrevDot);
            ++j;
          }
        }
        i = j;
        continue;
      }
      // One punctuation code point.
      uint32_t f = kPunct;
      if (cp == 0x201C || cp == 0x201E || cp == 0x00AB) f |= kMark | kMarkOpen;
      else if (cp == 0x201D || cp == 0x00BB) f |= kMark | kMarkClose;
      else if (cp == '"') f |= kMark;
      else if (cp == '\'' || cp == 0x2018 || cp == 0x2019) f |= kSingle;
      else if (cp == 0x2013 || cp == 0x2014 || cp == '-' || cp == 0x2015) {
        bool sp_before = i == para.start || text[i - 1] == ' ';
        bool sp_after = i + n >= end || text[i + n] == ' ';
        if (sp_before && sp_after) f |= kDash;
      }
      push_tok(i, i + n, p, f);
      i += n;
    }
    para.tok_end = static_cast<uint32_t>(toks_.size());
  }

  bool space_before(uint32_t t) const {
    const Tok& k = toks_[t];
    if (k.s == paras_[k.para].start) return true;
    char c = doc_.text[k.s - 1];
    return c == ' ' || c == '\n' || c == '(' || c == '[' || c == '\t' ||
           (t > paras_[k.para].tok_begin && (toks_[t - 1].f & kDash) && toks_[t - 1].e == k.s);
  }
  bool space_after(uint32_t t) const {
    const Tok& k = toks_[t];
    if (k.e >= paras_[k.para].end) return true;
    char c = doc_.text[k.e];
    return c == ' ' || c == '\n' || c == ',' || c == '.' || c == ';' || c == ':' || c == '?' ||
           c == '!' || c == ')' || c == ']' || c == '\t';
  }

  // ---------------------------------------------------------------- quotation marks
  bool para_ends_sentence(uint32_t p) const {
    const Para& para = paras_[p];
    for (uint32_t t = para.tok_end; t > para.tok_begin; --t) {
      const Tok& k = toks_[t - 1];
      if (k.f & kMark) continue;
      return k.low == "." || k.low == "!" || k.low == "?" || k.low == "…" || k.low == ":";
    }
    return true;
  }

  void pair_marks() {
    uint32_t open = kNone;
    int depth = 0;
    uint32_t resume = 0;
    std::vector<uint32_t> cont;
    for (uint32_t p = 0; p < paras_.size(); ++p) {
      const Para& para = paras_[p];
      bool in_attr = false;  // inside markup left in the text: style="width:300px"
      for (uint32_t t = para.tok_begin; t < para.tok_end; ++t) {
        Tok& k = toks_[t];
        if (t < resume) continue;  // inside a single-quoted quote paired already
        if ((k.f & kSingle) && open == kNone && !in_attr) {
          uint32_t c = single_close(t, p, &cont);
          if (c != kNone) {
            k.f |= kMark | kMarkOpen | kOpens;
            toks_[c].f |= kMark | kMarkClose;
            for (uint32_t f : cont) toks_[f].f |= kMark | kMarkOpen | kContOpen;
            close_quote(t, c);
            resume = c + 1;
            t = c;
          }
          continue;
        }
        if (!(k.f & kMark) || (k.f & kContOpen)) continue;
        bool glyph_open = k.f & kMarkOpen, glyph_close = k.f & kMarkClose;
        bool straight = !glyph_open && !glyph_close;
        if (in_attr) {
          if (straight) in_attr = false;
          continue;
        }
        if (open == kNone && straight && k.s > 0 && doc_.text[k.s - 1] == '=') {
          in_attr = true;
          continue;
        }
        bool sb = space_before(t), sa = space_after(t);
        if (open == kNone) {
          if (glyph_close) continue;  // stray closing mark
          if (!glyph_open && !sb && sa) continue;  // a straight mark that can only close
          open = t;
          depth = 0;
          k.f |= kOpens;
          continue;
        }
        if (glyph_open && !(sa && !sb)) {
          ++depth;  // a nested opening mark
          continue;
        }
        if (depth > 0 && (glyph_close || !glyph_open)) {
          --depth;
          continue;
        }
        close_quote(open, t);
        open = kNone;
      }
      if (open == kNone) continue;
      // The paragraph ends inside a quote.
      uint32_t q = p + 1;
      if (q < paras_.size() && paras_[q].tok_begin < paras_[q].tok_end) {
        Tok& first = toks_[paras_[q].tok_begin];
        if ((first.f & kMark) && !(first.f & kMarkClose)) {
          first.f |= kContOpen;  // the multi-paragraph convention: continue
          continue;
        }
        if (!para_ends_sentence(p)) {
          // A paragraph a scraper broke mid-sentence: continue when the next one closes.
          bool closes = false;
          for (uint32_t t = paras_[q].tok_begin; t < paras_[q].tok_end; ++t) {
            const Tok& k = toks_[t];
            if (!(k.f & kMark)) continue;
            closes = (k.f & kMarkClose) || (!(k.f & kMarkOpen) && !space_before(t));
            break;
          }
          if (closes) continue;
        }
      }
      // Unbalanced: the quote ends with its paragraph, never later.
      close_quote(open, kNone, para.tok_end);
      open = kNone;
    }
    if (open != kNone) close_quote(open, kNone, paras_.back().tok_end);
  }

  // "A farmers' spokesman", "the nurses' union": an apostrophe left after a lower-case word
  // in s, before a word, is a plural possessive, read like "'s". (Not after a name: "the
  // United States' Centers for Disease Control" would lose the country to the agency.)
  void mark_plural_possessives() {
    const std::string_view text(doc_.text);
    for (uint32_t t = 1; t + 1 < toks_.size(); ++t) {
      Tok& k = toks_[t];
      if (!(k.f & kSingle) || (k.f & kMark) || k.s == 0 || k.e >= text.size()) continue;
      char before = text[k.s - 1], after = text[k.e];
      if (before == 's' && toks_[t - 1].e == k.s && !is_cap(t - 1) && after == ' ' &&
          is_word(t + 1) && toks_[t + 1].para == k.para)
        k.f |= kWord | kPoss;
    }
  }

  // British style, ‘...’ or '...': a single mark opens a quote when space (or a bracket or a
  // dash) comes before it and a word right after it ('em, 'n', '90s are elisions); it closes
  // at the first later single mark of the paragraph glued to the word before it that ends a
  // word: after punctuation ("again,’"), before punctuation or the end, or before a space
  // when the word before it does not end in s ("the farmers' union" is a plural possessive).
  // Returns the closing mark, or kNone: no quote, the marks stay apostrophes.
  uint32_t single_close(uint32_t open, uint32_t p, std::vector<uint32_t>* cont) const {
    const std::string_view text(doc_.text);
    const Para& para = paras_[p];
    const Tok& o = toks_[open];
    cont->clear();
    if (text.substr(o.s, o.e - o.s) == "\xE2\x80\x99") return kNone;  // ’ never opens
    if (o.s > 0 && text[o.s - 1] == '\'') return kNone;                // markup: ''x''
    if (!space_before(open) && !(open > para.tok_begin && (is_punct(open - 1, ":") ||
                                                            (toks_[open - 1].f & kMarkOpen))))
      return kNone;
    if (open + 1 >= para.tok_end || !is_word(open + 1) || toks_[open + 1].s != o.e ||
        (toks_[open + 1].f & kDigit))
      return kNone;
    std::string_view first = toks_[open + 1].low;
    if (first == "em" || first == "n" || first == "tis" || first == "twas" || first == "cause")
      return kNone;
    uint32_t t = open + 2;
    const uint32_t limit = open + 2 + 8 * kWindow;
    for (int hop = 0; hop < 6; ++hop) {
      const Para& pa = paras_[p];
      for (; t < pa.tok_end && t < limit; ++t)
        if (single_closer(t, pa)) return t;
      // British multi-paragraph quotes: the paragraph ends a sentence and the next one
      // opens with a single mark again.
      if (t >= limit || p + 1 >= paras_.size() || !para_ends_sentence(p)) return kNone;
      const Para& nx = paras_[p + 1];
      uint32_t f = nx.tok_begin;
      if (f + 1 >= nx.tok_end || !(toks_[f].f & kSingle) || !is_word(f + 1) ||
          toks_[f + 1].s != toks_[f].e ||
          text.substr(toks_[f].s, toks_[f].e - toks_[f].s) == "\xE2\x80\x99")
        return kNone;
      cont->push_back(f);
      ++p;
      t = f + 1;
    }
    return kNone;
  }

  // A single mark that can close a quote (see single_close).
  bool single_closer(uint32_t t, const Para& para) const {
    const std::string_view text(doc_.text);
    const Tok& k = toks_[t];
    if (!(k.f & kSingle) || k.s == 0) return false;
    char before = text[k.s - 1];
    if (before == ' ' || before == '\n' || before == '\t') return false;
    // Wiki markup (three marks for bold, two for italics): runs of marks are no quotation.
    if (before == '\'' || (k.e < para.end && text[k.e] == '\'')) return false;
    if (text.substr(k.s, k.e - k.s) == "\xE2\x80\x98") return false;  // ‘ never closes
    char after = k.e < para.end ? text[k.e] : ' ';
    bool at_end = k.e >= para.end;
    if (before == '.' || before == ',' || before == '!' || before == '?' || before == ';' ||
        (toks_[t - 1].f & kMark) || toks_[t - 1].low == "\xE2\x80\xA6")
      return true;
    if (at_end || after == ',' || after == '.' || after == ';' || after == ':' || after == '!' ||
        after == '?' || after == ')')
      return true;
    if (after == ' ' || after == '\n') return !(before == 's' || before == 'S');  // "farmers' union"
    return false;
  }

  void close_quote(uint32_t open, uint32_t close, uint32_t unclosed_end = 0) {
    DirectQuote q;
    q.open = open;
    q.close = close;
    q.a = open + 1;
    q.b = close == kNone ? unclosed_end : close;
    q.unclosed = close == kNone;
    // Skip continuation marks at the content edges.
    while (q.a < q.b && (toks_[q.a].f & kMark)) ++q.a;
    if (q.a >= q.b) return;
    q.start = toks_[q.a].s;
    q.end = toks_[q.b - 1].e;
    uint32_t idx = static_cast<uint32_t>(dq_.size());
    if (close != kNone) toks_[close].f |= kCloses;
    for (uint32_t t = open; t < (close == kNone ? q.b : close + 1); ++t) {
      toks_[t].quote = idx;
      if (t >= q.a && t < q.b) toks_[t].f |= kInQ;
    }
    dq_.push_back(std::move(q));
  }

  // ---------------------------------------------------------------- sentences
  bool terminal(const Tok& k) const {
    return (k.f & kPunct) && !(k.f & kAbbrevDot) &&
           (k.low == "." || k.low == "!" || k.low == "?" || k.low == "…");
  }

  void split_sentences() {
    tok_sent_.assign(toks_.size(), 0);
    // Where the document's segmenter ended a sentence after an abbreviation ("according to
    // the U.N. More than ..."), so does this split; elsewhere its own rules decide.
    std::vector<uint32_t> doc_starts;
    doc_starts.reserve(doc_.sentences.size());
    for (const Sentence& s : doc_.sentences) doc_starts.push_back(s.start);
    auto doc_start_at = [&](uint32_t off) {
      return std::binary_search(doc_starts.begin(), doc_starts.end(), off);
    };
    for (uint32_t p = 0; p < paras_.size(); ++p) {
      const Para& para = paras_[p];
      if (para.tok_begin == para.tok_end) continue;
      uint32_t start = para.tok_begin;
      for (uint32_t t = para.tok_begin; t < para.tok_end; ++t) {
        const Tok& k = toks_[t];
        if (k.f & kInQ) continue;
        bool boundary = false;
        if (terminal(k) && t + 1 < para.tok_end) {
          const Tok& n = toks_[t + 1];
          boundary = (n.f & kCap) || (n.f & kDigit) || ((n.f & kMark) && (n.f & kOpens));
        } else if ((k.f & kAbbrevDot) && t + 1 < para.tok_end && (toks_[t + 1].f & kCap) &&
                   doc_start_at(toks_[t + 1].s)) {
          boundary = true;
        } else if ((k.f & kCloses) && t + 1 < para.tok_end && t > 0 && terminal(toks_[t - 1]) &&
                   toks_[t - 1].low != "," ) {
          const Tok& n = toks_[t + 1];
          boundary = (n.f & kCap) || ((n.f & kMark) && (n.f & kOpens));
          // “Stop.” Said he — a capitalised cue still belongs to the quote's sentence.
          if (boundary && (n.f & kWord) && lex_.cue(n.low)) boundary = false;
          // “We will win!” Rossi said. — after "!" or "?" the document's segmenter keeps an
          // attribution in the quote's sentence (segment.cc, attribution_follows).
          if (boundary && toks_[t - 1].low != "." && !doc_start_at(n.s)) boundary = false;
        }
        if (boundary) {
          add_sentence(start, t + 1);
          start = t + 1;
        }
      }
      if (start < para.tok_end) add_sentence(start, para.tok_end);
    }
  }

  void add_sentence(uint32_t a, uint32_t b) {
    uint32_t idx = static_cast<uint32_t>(sents_.size());
    sents_.push_back({a, b});
    for (uint32_t t = a; t < b; ++t) tok_sent_[t] = idx;
  }

  // ---------------------------------------------------------------- word classes
  bool is_word(uint32_t t) const { return toks_[t].f & kWord; }
  bool is_cap(uint32_t t) const {
    if (toks_[t].f & kPoss) return false;
    if (toks_[t].f & kCap) return true;
    // "al-Ansari", "el-Sisi": an Arabic article joined to a capitalised name is part of it.
    std::string_view w = toks_[t].low;
    return w.size() > 3 && (w.substr(0, 3) == "al-" || w.substr(0, 3) == "el-") && is_cap_at(toks_[t].s + 3);
  }
  // "a 34-year-old ...": an age given in the words [a, k) (before the head k).
  bool aged_before(uint32_t a, uint32_t k) const {
    if (a >= k) return false;
    std::string_view span = std::string_view(doc_.text).substr(toks_[a].s, toks_[k].s - toks_[a].s);
    size_t at = span.find("-year-old");
    return at != std::string_view::npos && at > 0 &&
           std::isdigit(static_cast<unsigned char>(span[at - 1]));
  }
  bool is_low_word(uint32_t t) const {
    return (toks_[t].f & kWord) && !(toks_[t].f & kPoss) && !(toks_[t].f & kDigit) && !is_cap(t);
  }
  bool is_punct(uint32_t t, std::string_view p) const {
    return (toks_[t].f & kPunct) && toks_[t].low == p;
  }
  bool negation(std::string_view w) const {
    return w == "not" || w == "never" || w == "no" || w == "neither" || w == "nor" ||
           (w.size() > 3 && (w.substr(w.size() - 3) == "n't" || w.substr(w.size() - 3) == "n’t"))
           || (w.size() > 5 && w.substr(w.size() - 5) == "n\xE2\x80\x99t");
  }

  // A token's UPOS from the tagger, when the tagger ran and a token starts here.
  std::string_view pos_at(uint32_t t) const {
    if (doc_.tokens.empty() || doc_.tokens.front().pos.empty()) return {};
    uint32_t at = toks_[t].s;
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                               [](const Token& k, uint32_t v) { return k.start < v; });
    if (it == doc_.tokens.end() || it->start != at) return {};
    return it->pos;
  }

  // A word in -ly read as an adverb ("reportedly", "also"), not a noun in -ly ("his family
  // said", "an ally said", "the assembly voted"): the tagger decides when it ran.
  bool ly_adverb(uint32_t t) const {
    std::string_view w = toks_[t].low;
    if (w.size() <= 4 || w.substr(w.size() - 2) != "ly") return false;
    std::string_view pos = pos_at(t);
    if (!pos.empty()) return pos == "ADV" || pos == "ADJ";
    static const char* kNouns[] = {"family", "ally", "assembly", "rally", "supply", "monopoly",
                                   "anomaly", "daily", "weekly", "bully", "reply", "homily",
                                   "tally", "italy", "emily", "kelly", "molly", "holly",
                                   "sally", "polly", "lilly", "beverly", "kimberly", "shelly"};
    for (const char* n : kNouns)
      if (w == n) return false;
    return true;
  }

  bool verbish(uint32_t t) const {
    if (!is_word(t) || (toks_[t].f & kPoss)) return false;
    std::string_view pos = pos_at(t);
    if (!pos.empty()) return pos == "VERB" || pos == "AUX";
    std::string_view w = toks_[t].low;
    if (is_cap(t)) return false;
    if ((toks_[t].cls & quotes::kAux) || (toks_[t].cls & quotes::kCommonVerb)) return true;
    if (const Cue* c = toks_[t].cue; c && !(c->flags & quotes::kAmbiguous)) return true;
    if (w.size() > 4 && w.substr(w.size() - 2) == "ed") return true;
    return false;
  }

  bool np_word(uint32_t t) const {
    if (!is_word(t)) return false;
    std::string_view w = toks_[t].low;
    if (toks_[t].f & kPoss) return true;
    if (is_cap(t)) {
      // An acronym is a name even when it spells a function word: "the WHO's website".
      std::string_view raw = std::string_view(doc_.text).substr(toks_[t].s, toks_[t].e - toks_[t].s);
      bool acronym = raw.size() >= 2;
      for (char ch : raw) acronym &= ch >= 'A' && ch <= 'Z';
      if (acronym) return true;
      return !(toks_[t].cls & quotes::kSubordinator) || w == "so";
    }
    if ((toks_[t].cls & quotes::kSubordinator) || (toks_[t].cls & quotes::kPreposition) || (toks_[t].cls & quotes::kPronoun)) return false;
    if (w.size() > 5 && w.substr(w.size() - 3) == "ing" && !(toks_[t].cls & quotes::kSourceNoun)) {
      // "an independent monitoring group", "the ruling party": the tagger's noun or adjective.
      std::string_view pos = pos_at(t);
      return (pos == "NOUN" || pos == "ADJ") && t + 1 < toks_.size() && is_low_word(t + 1) &&
             !verbish(t + 1) && !(toks_[t + 1].cls & quotes::kPreposition);
    }
    return !verbish(t);
  }

  // ---------------------------------------------------------------- noun phrases
  // The noun phrase that ends at token j (inclusive), not reaching before lo.
  NounPhrase np_left(uint32_t j, uint32_t lo) const {
    NounPhrase np;
    // An abbreviation's dot may end the phrase: "The U.N. said".
    if (j == kNone || j < lo || (!is_word(j) && !(toks_[j].f & kAbbrevDot))) return np;
    if ((toks_[j].cls & quotes::kPronoun)) return NounPhrase{j, j + 1};
    uint32_t a = j + 1;
    int n = 0, preps = 0;
    for (uint32_t t = j + 1; t-- > lo;) {
      if (toks_[t].f & kAbbrevDot) {
        a = t;
        continue;
      }
      if (!is_word(t)) break;
      std::string_view w = toks_[t].low;
      if ((toks_[t].cls & quotes::kDeterminer) && !is_cap(t)) {
        a = t;
        // "four sources familiar with the matter", "the head of the agency": the phrase
        // goes on through the preposition before the determiner.
        if (t >= lo + 2 && is_low_word(t - 1) && preps < 2 && np_word(t - 2) &&
            (toks_[t - 1].low == "with" || toks_[t - 1].low == "of" ||
             // ("officials in the three countries", "residents of the town")
             ((toks_[t - 1].low == "in" || toks_[t - 1].low == "at" || toks_[t - 1].low == "from") &&
              (toks_[t - 2].cls & quotes::kSourceNoun) && is_low_word(t - 2)) ||
             // ("U.S. Ambassador to the Philippines Karen Whitfield": a title's complement)
             ((toks_[t - 1].low == "to" || toks_[t - 1].low == "for") &&
              (toks_[t - 2].cls & quotes::kTitle) && is_cap(t - 2))) &&
            !(toks_[t - 2].cls & quotes::kDeterminer)) {
          ++preps;
          --t;  // the loop steps over the preposition
          continue;
        }
        break;
      }
      if (is_low_word(t) && (w == "of" || w == "for" || w == "at" || w == "from" || w == "in" ||
                             w == "with" ||
                             (w == "to" && t > lo && (toks_[t - 1].cls & quotes::kTitle) &&
                              is_cap(t - 1))) &&
          preps < 2 && t > lo && np_word(t - 1) && n > 0) {
        ++preps;
        continue;  // kept only if a noun follows on the left
      }
      if (is_cap(t) && (w == "but" || w == "and" || w == "however" || w == "so" || w == "yet"))
        break;
      if (!np_word(t)) break;
      if (++n > 10) break;
      a = t;
    }
    // Never start at a preposition.
    while (a <= j && is_low_word(a) && (toks_[a].cls & quotes::kPreposition)) ++a;
    if (a > j) return np;
    return NounPhrase{a, j + 1};
  }

  // The noun phrase that starts at token a, reading right, not reaching hi.
  NounPhrase np_right(uint32_t a, uint32_t hi, bool long_form = false) const {
    NounPhrase np;
    if (a >= hi || !is_word(a)) return np;
    if ((toks_[a].cls & quotes::kPronoun)) return NounPhrase{a, a + 1};
    uint32_t b = a;
    uint32_t start = a;
    // "one of them", "some of the protesters", "three of the officials"
    {
      std::string_view w = toks_[a].low;
      bool quant = w == "one" || w == "some" || w == "several" || w == "many" || w == "most" ||
                   w == "all" || w == "two" || w == "three" || w == "four" || w == "each" ||
                   w == "none" || w == "few" || w == "both";
      if (quant && a + 2 < hi && toks_[a + 1].low == "of" && is_word(a + 2)) {
        std::string_view n = toks_[a + 2].low;
        if (n == "them" || n == "us" || n == "those" || n == "these")
          return NounPhrase{a, a + 3};
        start = a + 2;
        b = start;
      }
    }
    int low_after_det = 0, low_after_poss = 0;
    bool caps = false, det = false, poss = false;
    for (uint32_t t = start; t < hi; ++t) {
      const Tok& k = toks_[t];
      if (k.f & kAbbrevDot) {
        b = t + 1;
        continue;
      }
      if (!(k.f & kWord)) break;
      std::string_view w = k.low;
      if (t == start && (toks_[t].cls & quotes::kDeterminer)) {
        det = true;
        b = t + 1;
        continue;
      }
      if (k.f & kPoss) {
        poss = true;
        b = t + 1;
        continue;
      }
      // "England's transport secretary", "Dunn's mother"
      if (poss && is_low_word(t) && low_after_poss < 3 && np_word(t)) {
        ++low_after_poss;
        b = t + 1;
        continue;
      }
      if (is_cap(t)) {
        if (t > a && (toks_[t].cls & quotes::kSubordinator) && w != "so") break;
        // "Gun rights groups ...": a sentence's first word is capitalised for the sentence
        // only; when it names nothing and common nouns follow, it is one of them.
        if (t == start && sents_[tok_sent_[t]].first == t && t + 1 < hi && is_low_word(t + 1) &&
            np_word(t + 1) && !(toks_[t + 1].cls & quotes::kPreposition) &&
            !(toks_[t + 1].cls & quotes::kAdverb) && !verbish(t + 1) &&
            !(toks_[t + 1].low.size() > 4 && toks_[t + 1].low.substr(toks_[t + 1].low.size() - 2) == "ly") &&
            entity_in(k.s, k.e) < 0 && !names_.count(fold_key(w))) {
          ++low_after_det;
          b = t + 1;
          continue;
        }
        caps = true;
        b = t + 1;
        continue;
      }
      if (long_form) {
        if (w == "who" || w == "which" || w == "that" || w == "when" || w == "where") break;
        if (verbish(t) && !(w.size() > 4 && w.substr(w.size() - 2) == "ed")) break;
        b = t + 1;
        continue;
      }
      // Lower-case words: a connector inside a name ("Bank of England"), a group head
      // after capitals ("Hezbollah officials"), or words after a determiner.
      if ((w == "of" || w == "al" || w == "bin" || w == "de" || w == "van" || w == "von") &&
          caps && t + 1 < hi && is_cap(t + 1)) {
        b = t + 1;
        continue;
      }
      if (caps && ((toks_[t].cls & quotes::kSourceNoun) || (toks_[t].cls & quotes::kOrgWord) ||
                   ((toks_[t].cls & quotes::kTitle) && t + 1 < hi && is_word(t + 1)))) {
        b = t + 1;
        continue;
      }
      // "The Brazilian coffee exporters council, Cecafe, said": common nouns after a
      // capitalised modifier run to an organisation word set off by a comma.
      if (caps && det && !long_form && np_word(t)) {
        uint32_t m = t;
        while (m < hi && m < t + 4 && is_low_word(m) && np_word(m) &&
               !(toks_[m].cls & quotes::kOrgWord) && !(toks_[m].cls & quotes::kPreposition))
          ++m;
        if (m < hi && m + 1 < hi && is_low_word(m) && (toks_[m].cls & quotes::kOrgWord) &&
            is_punct(m + 1, ",")) {
          b = m + 1;
          break;
        }
      }
      if (!caps && (det || t == start || low_after_det > 0) && np_word(t) && low_after_det < 4) {
        ++low_after_det;
        b = t + 1;
        if ((toks_[t].cls & quotes::kSourceNoun) && t + 1 < hi && toks_[t + 1].low == "of") {
          // "one of the officials": keep going through "of"
          continue;
        }
        continue;
      }
      if (w == "of" && !caps && low_after_det > 0 && t + 1 < hi) {
        b = t + 1;
        continue;
      }
      break;
    }
    while (b > a && is_low_word(b - 1) && (toks_[b - 1].cls & quotes::kPreposition)) --b;
    // An unnamed source keeps what places it: "Two officials at the commission", "a senior
    // police officer in Cusco", "two people familiar with the matter", "a spokesperson for
    // the European Commission", "a person close to the defence" (up to two such phrases).
    if (!long_form && b > start + 1 && b < hi && is_low_word(b - 1) &&
        (toks_[b - 1].low == "familiar" || toks_[b - 1].low == "close" ||
         toks_[b - 1].low == "loyal" || toks_[b - 1].low == "allied" ||
         toks_[b - 1].low == "linked" || toks_[b - 1].low == "aligned") &&
        (toks_[b - 2].cls & quotes::kSourceNoun))
      --b;  // "two people familiar": the adjective opens the modifier
    // (A spokesperson "for" a body speaks for it: that reading stays with the body.)
    if (!long_form && b > start && b < hi && is_low_word(b - 1) &&
        ((toks_[b - 1].cls & quotes::kSourceNoun) || (toks_[b - 1].cls & quotes::kTitle)) &&
        !(toks_[b - 1].low.substr(0, 6) == "spokes" && toks_[b].low == "for"))
      b = source_modifiers(b, hi);
    // ", reads the report.", ", said the statement": a determiner always takes its noun, even
    // one that could be a verb.
    if (det && b == start + 1 && b < hi && is_low_word(b) && b + 1 <= hi &&
        (b + 1 == hi || !is_word(b + 1)))
      ++b;
    if (b <= a) return np;
    return NounPhrase{a, b};
  }

  // The modifiers that place an unnamed source, from token b (right after its head noun):
  // "at the commission", "in Cusco", "familiar with the matter", "close to the defence",
  // "for the European Commission". Returns the new end; b when none.
  uint32_t source_modifiers(uint32_t b, uint32_t hi) const {
    uint32_t end = b;
    for (int round = 0; round < 2 && end < hi; ++round) {
      uint32_t t = end;
      if (!is_low_word(t)) break;
      std::string_view w = toks_[t].low;
      // "a Senegalese fisherman who survived the capsizing,": a short relative clause up to
      // its comma says which one (not one that runs on to the speech verb).
      if (w == "who" && round == 0) {
        uint32_t k = t + 1;
        while (k < hi && k < t + 8 && is_word(k) && toks_[k].quote == kNone &&
               !(toks_[k].cue && (toks_[k].cue->flags & quotes::kSpeech)))
          ++k;
        if (k < hi && k > t + 2 && is_punct(k, ",")) end = k;
        break;
      }
      // ("a military official loyal to the government", "a source close to the defence")
      bool loyal = w == "loyal" || w == "allied" || w == "linked" || w == "aligned";
      if ((w == "familiar" || w == "close" || loyal) && t + 1 < hi && is_low_word(t + 1) &&
          (toks_[t + 1].low == "with" || toks_[t + 1].low == "to"))
        ++t;

      // ("three diplomats briefed on the talks", "fishermen interviewed in the town of X",
      // "an officer involved in the operation", "a diplomat based in Cairo")
      else if ((w == "briefed" || w == "involved" || w == "interviewed" || w == "based" ||
                w == "stationed") &&
               t + 1 < hi && is_low_word(t + 1) &&
               (toks_[t + 1].low == "on" || toks_[t + 1].low == "in" ||
                toks_[t + 1].low == "about" || toks_[t + 1].low == "at"))
        ++t;
      else if (!(w == "at" || w == "in" || w == "for" || w == "from" || w == "with" || w == "on"))
        break;
      std::string_view prep = toks_[t].low;
      ++t;
      uint32_t na = t;
      if (t < hi && is_word(t) && ((toks_[t].cls & quotes::kDeterminer) || (toks_[t].f & kPoss) ||
                                   toks_[t].low == "his" || toks_[t].low == "her" ||
                                   toks_[t].low == "its" || toks_[t].low == "their"))
        ++t;
      uint32_t last = kNone;
      int n = 0;
      while (t < hi && n < 7) {
        if (toks_[t].f & kAbbrevDot) {
          last = t++;
          continue;
        }
        if (!is_word(t)) break;
        if (toks_[t].quote != kNone) break;
        bool cap = is_cap(t);
        std::string_view x = toks_[t].low;
        if (!cap && (x == "of" || x == "and") && last != kNone && t + 1 < hi && is_word(t + 1)) {
          ++t;
          continue;
        }
        if (!cap && (!np_word(t) || verbish(t) || (toks_[t].cls & quotes::kTimeWord) ||
                     x == "who" || x == "which" || x == "that"))
          break;
        if (cap && calendar_word(t)) break;  // "officials on Saturday": when, not who
        last = t++;
        ++n;
      }
      if (last == kNone || last < na) break;
      // "on" places only by a body: "a member of staff on the council", not "on Monday"
      if (prep == "on" && !is_low_word(last)) break;
      end = last + 1;
    }
    return end;
  }

  // A weekday or a month name.
  bool calendar_word(uint32_t k) const {
    static const char* kNames[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                   "sunday", "january", "february", "march", "april", "may", "june",
                                   "july", "august", "september", "october", "november", "december"};
    for (const char* n : kNames)
      if (toks_[k].low == n) return true;
    return false;
  }

  // Skips a sentence-initial conjunction and an introductory phrase ending in a comma.
  uint32_t clause_start(uint32_t st, uint32_t limit) const {
    for (int round = 0; round < 3 && st < limit; ++round) {
      std::string_view w = toks_[st].low;
      if (toks_[st].f & kMark) {
        ++st;
        continue;
      }
      if (w == "but" || w == "and" || w == "so" || w == "yet" || w == "however" ||
          w == "meanwhile" || w == "still" || w == "instead" || w == "also" || w == "then") {
        ++st;
        if (st < limit && is_punct(st, ",")) ++st;
        continue;
      }
      // ("Hours later, ...", "Two days earlier, ...")
      bool span_later = false;
      for (uint32_t k = st; k < limit && k < st + 3 && is_word(k); ++k)
        if ((toks_[k].low == "later" || toks_[k].low == "earlier") && k + 1 < limit &&
            is_punct(k + 1, ",") && k > st) {
          std::string_view u = toks_[k - 1].low;
          span_later = u == "hours" || u == "days" || u == "minutes" || u == "weeks" ||
                       u == "months" || u == "years" || u == "moments" || u == "hour" ||
                       u == "day" || u == "week" || u == "month" || u == "year";
        }
      bool intro = (toks_[st].cls & quotes::kPreposition) || (toks_[st].cls & quotes::kSubordinator) || (toks_[st].cls & quotes::kTimeWord) ||
                   span_later ||
                   (toks_[st].f & kDigit) || w == "as" || w == "earlier" || w == "later" ||
                   (w == "according" && st + 1 < limit && toks_[st + 1].low == "to");
      // "Shortly thereafter, ...", "Earlier this week, ...": an adverb opening a short phrase.
      if (!intro && w.size() > 4 && w.substr(w.size() - 2) == "ly") {
        for (uint32_t k = st + 1; k < limit && k < st + 3; ++k)
          if (is_punct(k, ",")) intro = true;
      }
      // "The next day, ...", "That same week, ...": a time phrase of a few words.
      // The words are lower case ("The Mail on Sunday, which ..." is a name), except a weekday
      // or a month ("That Monday,").
      if (!intro && (w == "the" || w == "that" || w == "this" || w == "last" || w == "next")) {
        for (uint32_t k = st + 1; k < limit && k < st + 4 && is_word(k); ++k) {
          bool time = (toks_[k].cls & quotes::kTimeWord) || toks_[k].low == "day";
          if (time && k + 1 < limit && is_punct(k + 1, ",") && (!is_cap(k) || calendar_word(k)))
            intro = true;
          if (is_cap(k) && !calendar_word(k)) break;
        }
      }
      if (!intro) break;
      uint32_t c = st;
      while (c < limit && !is_punct(c, ",")) ++c;
      if (c >= limit) break;
      // "At least 11 people were killed on Monday, according to ...", "11 people died, ...":
      // a count opening a phrase with a finite verb is the clause itself, no introduction.
      if ((toks_[st].f & kDigit) || (w == "at" && st + 1 < c && (toks_[st + 1].low == "least" ||
                                                                  toks_[st + 1].low == "most"))) {
        bool verb = false;
        for (uint32_t k = st + 1; k < c && !verb; ++k) verb = verbish(k);
        if (verb) break;
      }
      st = c + 1;
    }
    return st;
  }

  // The subject of the clause that holds token j: the clause begins at the sentence start,
  // or after "; " or ", but / while / whereas / although".
  NounPhrase clause_subject(uint32_t ss, uint32_t j) const {
    // A wire dateline opening the sentence is nobody: "PORT SUDAN, Sudan (Reuters) - Sudan's
    // army chief ... rejected ..., saying".
    ss = after_dateline(ss, j);
    if (j > ss + kWindow) ss = j - kWindow;
    uint32_t st = ss;
    for (uint32_t t = j; t > ss; --t) {
      if (is_punct(t, ";")) {
        st = t + 1;
        break;
      }
      if (is_punct(t - 1, ",") && is_word(t) && t + 1 <= j) {
        std::string_view w = toks_[t].low;
        if (w == "but" || w == "while" || w == "whereas" || w == "although" || w == "though" ||
            w == "yet") {
          st = t + 1;
          break;
        }
        // "Addis Ababa has not accepted the offer, and a diplomat in the capital, who ...,
        // said": ", and" with a determiner after a clause with its own verb opens another.
        if (w == "and" && t + 1 < j && is_low_word(t + 1) && lex_.determiner(toks_[t + 1].low)) {
          bool verb = false;
          for (uint32_t m = ss; m + 1 < t && !verb; ++m) verb = verbish(m) && !(toks_[m].f & kInQ);
          // (and a verb of its own after it: not the last item of a list, "by Quirin,
          // Redouane, and an unidentified third officer.")
          bool own = (toks_[j].cue != nullptr) || (j + 1 < toks_.size() && toks_[j + 1].cue);
          for (uint32_t m = t + 2; m <= j && !own; ++m) own = verbish(m);
          if (verb && own) {
            st = t + 1;
            break;
          }
        }
      }
    }
    st = clause_start(st, j);
    // "“...,” an IMF spokeswoman, Julie Kozack, told ..., adding": a quote that opens the
    // clause is what was said; the subject follows it.
    if (st < j && toks_[st].quote != kNone) {
      uint32_t m = st;
      while (m < j && toks_[m].quote != kNone) ++m;
      while (m < j && is_punct(m, ",")) ++m;
      // ("“...,” said Nitish Kumar, a police official, adding ...": the inverted subject.)
      if (m + 1 < j && is_low_word(m) && toks_[m].cue && (toks_[m].cue->flags & quotes::kSpeech))
        ++m;
      if (m < j) st = m;
    }
    if (st >= j) return {};
    NounPhrase np = np_right(st, j);
    return np;
  }

  struct Subject {
    NounPhrase np;
    bool negated = false;
    std::string description;  // an appositive between the subject and the cue
  };

  // The speaker of a cue verb at token c, searching left within the sentence [ss, c).
  Subject subject_left(uint32_t c, uint32_t ss, bool participle) const {
    Subject out;
    if (c > ss + kWindow) ss = c - kWindow;
    uint32_t j = c;
    while (j > ss) {
      uint32_t t = j - 1;
      std::string_view w = toks_[t].low;
      if (!is_word(t) || is_cap(t)) break;
      if (negation(w)) {
        out.negated = true;
        --j;
        continue;
      }
      if ((toks_[t].cls & quotes::kAux) || (toks_[t].cls & quotes::kAdverb) ||
          (ly_adverb(t) && !(toks_[t].cls & quotes::kSourceNoun))) {
        --j;
        continue;
      }
      break;
    }
    if (j == ss) return out;
    uint32_t t = j - 1;
    // "Several said ...", "Many say ...": a quantifier standing for the people just named,
    // alone before the cue at the sentence's start, is the (unnamed) speaker.
    if (t == ss && j == c && is_word(t) && quantifier_pronoun(toks_[t].low)) {
      out.np = NounPhrase{t, j};
      return out;
    }
    // "The U.S. Central Command (CENTCOM) said": the bracketed short name is skipped.
    if (is_punct(t, ")") && t > ss + 2) {
      uint32_t o = t;
      while (o > ss && !is_punct(o, "(") && t - o < 6) --o;
      if (is_punct(o, "(") && o > ss && is_word(o - 1)) t = o - 1;
    }
    if (toks_[t].f & kMark) return out;  // a quote right before: the post-cue rule owns it
    if (is_punct(t, ",") || (is_word(t) && (toks_[t].low == "and" || toks_[t].low == "but" ||
                                            toks_[t].low == "or"))) {
      if (is_punct(t, ",") && !participle) {
        // "X, who ..., said" / "X, a senior official, said": the clause subject, with the
        // appositive as the description.
        out.np = clause_subject(ss, t);
        // "The teenager's mother, identified only as Mounia, said": the name given.
        if (!out.np.empty() && out.np.b < t) {
          uint32_t desc_end = 0;
          // (from the phrase's last word: naming_tail reads lower-case descriptions)
          NounPhrase named = naming_tail(NounPhrase{out.np.b - 1, out.np.b}, t, &desc_end);
          if (!named.empty() && named.b <= t) {
            out.description = trim_text(toks_[out.np.a].s, toks_[desc_end - 1].e);
            out.np = named;
            return out;
          }
        }
        // "A resident, who gave only his first name, Mehmet, said": the name given.
        if (!out.np.empty() && out.np.b < t) {
          uint32_t k = t;
          while (k > out.np.b && is_word(k - 1) && is_cap(k - 1) && t - k < 3) --k;
          if (k < t && k >= ss + 2 && is_punct(k - 1, ",") &&
              (toks_[k - 2].low == "name" || toks_[k - 2].low == "names")) {
            out.description = trim_text(toks_[out.np.a].s, toks_[out.np.b - 1].e);
            out.np = NounPhrase{k, t};
            return out;
          }
        }
        // "The judge presiding over the case, Bernard Schwartz, said": the segment just
        // before the cue's comma names the speaker when the subject does not.
        if (!out.np.empty() && !person_like(out.np.a, out.np.b)) {
          uint32_t k = t;
          while (k > ss && !is_punct(k - 1, ",") && t - k < 8) --k;
          if (k > ss && k < t && k > out.np.a && person_like(k, t)) {
            out.description = trim_text(toks_[out.np.a].s, toks_[k - 2].e);
            out.np = NounPhrase{k, t};
            return out;
          }
        }
        if (!out.np.empty() && out.np.b < t && is_punct(out.np.b, ",")) {
          uint32_t da = out.np.b + 1, db = t;
          out.description = trim_text(toks_[da].s, toks_[db - 1].e);
          // "Faye, 44, told supporters": an age is no description.
          if (db == da + 1 && (toks_[da].f & kDigit)) out.description.clear();
          // "the mayor, Jane Doe, said": the name is the appositive; so is an organisation's
          // name after a description ("an independent monitoring group, the Archive of Public
          // Gatherings, said").
          bool org = false;
          if (!is_cap(out.np.b - 1) && db > da) {
            uint32_t oa = da;
            if (lex_.determiner(toks_[oa].low)) ++oa;
            int ent = oa < db && is_cap(oa) ? entity_in(toks_[oa].s, toks_[db - 1].e) : -1;
            org = ent >= 0 && doc_.entities[ent].type == EntityType::kOrg;
            // "Norway's data protection authority, Datatilsynet, said": an organisation word
            // with a capitalised name set off after it, whatever the recognizer made of it.
            // (one word the recognizer took for a person's is no person's name there)
            if (!org && (ent < 0 || db - oa == 1) && (toks_[out.np.b - 1].cls & quotes::kOrgWord) &&
                oa < db && db - oa <= 4) {
              org = true;
              for (uint32_t m = oa; m < db && org; ++m)
                org = is_word(m) && (is_cap(m) || name_particle(m)) && !place_word(m);
              org = org && !person_like(oa, db);
            }
          }
          // "The head of the mission, former Costa Rican foreign minister Manuel Gonzalez,
          // told": a described apposition that ends in a name.
          // ("The petitioner, opposition leader Grace Mwale of the United Democratic
          // Alliance, says": the name before its "of" tail.)
          uint32_t tb = db;
          for (uint32_t m = da + 2; m + 1 < db; ++m)
            if (is_low_word(m) && (toks_[m].low == "of" || toks_[m].low == "from") &&
                is_cap(m - 1) && !(toks_[m - 1].cls & quotes::kOrgWord)) {
              tb = m;
              break;
            }
          uint32_t run = person_run_start(da, tb);
          bool tail_name = !org && run > da && tb - run >= 2 && person_like(run, tb) &&
                           !(run > da && (toks_[run - 1].f & kPoss));
          for (uint32_t m = da; tail_name && m < run; ++m)
            if (!is_word(m) || verbish(m) || (toks_[m].f & kInQ)) tail_name = false;
          // (Titles before the name: "A junta spokesman, Maj. Gen. Zaw Min Tun, told".)
          uint32_t pa = da;
          while (pa + 1 < db && ((toks_[pa].cls & quotes::kTitle) || (toks_[pa].f & kAbbrevDot)))
            ++pa;
          // ("Queen Sendiga": a title and one word the recognizer knows as a person.)
          bool name = (person_like(da, db) || (pa > da && person_like(pa, db)) || org ||
                       (pa > da && db == pa + 1 && is_cap(pa) && person_entity_at(pa, db))) &&
                      !person_like(out.np.a, out.np.b) &&
                      !(out.np.b - out.np.a == 1 && is_cap(out.np.a) &&
                        names_.count(fold_key(toks_[out.np.a].low)));
          // "Banda's lawyer, Kalekeni Kaphale, a former attorney general, said": the first of
          // two appositions names the speaker.
          uint32_t c1 = da;
          while (c1 < db && !is_punct(c1, ",")) ++c1;
          bool first_name = !name && !tail_name && c1 < db && c1 - da >= 2 && c1 - da <= 5 &&
                            person_like(da, c1) && !person_like(out.np.a, out.np.b);
          if (name) {
            out.description = trim_text(toks_[out.np.a].s, toks_[out.np.b - 1].e);
            out.np = NounPhrase{da, db};
          } else if (first_name) {
            out.description = trim_text(toks_[out.np.a].s, toks_[out.np.b - 1].e);
            out.np = NounPhrase{da, c1};
          } else if (tail_name && !person_like(out.np.a, out.np.b)) {
            out.description = trim_text(toks_[out.np.a].s, toks_[run - 1].e);
            out.np = NounPhrase{run, tb};
          }
        }
        return out;
      }
      // "The company had \"complied ...,\" he said in a statement, adding that ...": the
      // participle shares the subject of the speech verb it follows in the sentence (a
      // pronoun or name between a quote and the verb), not the clause's first noun.
      if (participle && is_punct(t, ",")) {
        for (uint32_t m = t; m-- > ss && t - m <= 8;) {
          if (!is_word(m) || is_punct(m, ",")) {
            if (toks_[m].f & kInQ) break;
            continue;
          }
          const Cue* mc = toks_[m].cue;
          if (mc && (mc->flags & quotes::kSpeech) && !(mc->flags & quotes::kParticiple) &&
              !is_cap(m) && m > ss && is_word(m - 1)) {
            Subject prior = subject_left(m, ss, false);
            // (a pronoun, or a subject set off after the report: "CLAUSE, Halvorsen said in
            // a statement, adding ...")
            bool set_off = !prior.np.empty() && prior.np.a > ss && is_punct(prior.np.a - 1, ",");
            if (!prior.np.empty() && ((toks_[m - 1].cls & quotes::kPronoun) || set_off))
              return prior;
            break;
          }
        }
      }
      out.np = clause_subject(ss, t);
      // "Hungary's foreign minister, Peter Szijjarto, criticized the plan, saying ...": the
      // name set off after the subject is the speaker's.
      // So does a coordinated verb: "The governor of the Bank of Ghana, Ernest Addison, has
      // said ..., but warned that ...".
      // (The subject may end in a prepositional tail: "The UN humanitarian coordinator for
      // Ethiopia, Henrik Sorensen, called on ... and said".)
      uint32_t sc = out.np.empty() ? kNone : out.np.b;
      if (sc != kNone && sc < t && !is_punct(sc, ",") && is_word(sc) && !verbish(sc)) {
        uint32_t m = sc + 1;
        while (m < t && m < sc + 7 && is_word(m) && !verbish(m) && !(toks_[m].f & kInQ)) ++m;
        if (m < t && is_punct(m, ",")) sc = m;
      }
      if ((participle || is_word(t)) && !out.np.empty() && sc + 2 < t &&
          is_punct(sc, ",") && !person_like(out.np.a, out.np.b)) {
        uint32_t da = sc + 1, db = da;
        while (db < t && !is_punct(db, ",") && db - da < 5) ++db;
        if (db < t && is_punct(db, ",") && db - da >= 2 && person_like(da, db)) {
          out.description = trim_text(toks_[out.np.a].s, toks_[sc - 1].e);
          out.np = NounPhrase{da, db};
        }
      }
      return out;
    }
    if (is_word(t) && (toks_[t].low == "which" || toks_[t].low == "that") && t > ss &&
        is_word(t - 1)) {
      std::string_view h = toks_[t - 1].low;
      if (h == "statement" || h == "report" || h == "letter" || h == "release" ||
          h == "message" || h == "post" || h == "tweet" || h == "note" || h == "video") {
        out.np = clause_subject(ss, t);  // the one who issued it
        return out;
      }
    }
    // ", who said" / ", which said" (an institution's relative clause: only plain speech verbs,
    // not "The New York Times, which writes the issue").
    bool which_ok = toks_[t].low == "which" && c < toks_.size() && toks_[c].cue &&
                    (toks_[c].cue->lemma == "say" || toks_[c].cue->lemma == "tell" ||
                     toks_[c].cue->lemma == "report" || toks_[c].cue->lemma == "state" ||
                     toks_[c].cue->lemma == "warn" || toks_[c].cue->lemma == "add");
    if (is_word(t) && (toks_[t].low == "who" || which_ok) && t > ss + 1 &&
        is_punct(t - 1, ",")) {
      out.np = np_left(t - 2, ss);
      return out;
    }
    // "drafted by Alex Greenwich who said": the name right before "who".
    if (is_word(t) && toks_[t].low == "who" && t > ss && is_cap(t - 1)) {
      NounPhrase np = np_left(t - 1, ss);
      uint32_t pa = np.empty() ? kNone : person_run_start(np.a, np.b);
      if (pa != kNone && np.b - pa >= 2 && person_like(pa, np.b)) {
        out.np = NounPhrase{pa, np.b};
        return out;
      }
    }
    out.np = np_left(t, ss);
    // "issued a statement saying": a document's words are its issuer's.
    // A speech, an address, an interview, a video or an op-ed is its giver's only when the
    // phrase says so ("delivered a speech", "his interview"), not "denounced a video claiming".
    bool issued = !out.np.empty() && out.np.a > ss && is_document_noun(toks_[out.np.b - 1].low);
    if (issued && is_performance_noun(toks_[out.np.b - 1].low)) {
      std::string_view v = toks_[out.np.a - 1].low;
      std::string_view d = toks_[out.np.a].low;
      bool verb = v == "gave" || v == "give" || v == "gives" || v == "delivered" || v == "delivers" ||
                  v == "posted" || v == "posts" || v == "released" || v == "releases" ||
                  v == "published" || v == "recorded" || v == "wrote" || v == "writes" ||
                  v == "aired" || v == "granted" || v == "issued" || v == "made" || v == "in";
      bool possessive = d == "his" || d == "her" || d == "their" || d == "its";
      issued = verb || possessive;
    }
    if (issued) {
      NounPhrase issuer = clause_subject(ss, out.np.a);
      if (!issuer.empty() && issuer.b <= out.np.a &&
          (entity_in(toks_[issuer.a].s, toks_[issuer.b - 1].e) >= 0 || person_like(issuer.a, issuer.b) ||
           (toks_[issuer.b - 1].cls & quotes::kOrgWord) || (toks_[issuer.b - 1].cls & quotes::kSourceNoun))) {
        out.np = issuer;
        return out;
      }
    }
    // The phrase on the left sits inside a prepositional phrase ("speaking to the Atlantic
    // Council", "contributor to Slate"): the speaker is the clause subject.
    // "a speech by Michelle Obama describing ...": after "by" the phrase is the agent, the
    // speaker.
    // ("two days after the RSF said it had ...": after, before, since, until open a clause
    // whose subject is the phrase itself.)
    std::string_view pw =
        !out.np.empty() && out.np.a > ss ? toks_[out.np.a - 1].low : std::string_view();
    if (!out.np.empty() && out.np.a > ss && is_low_word(out.np.a - 1) &&
        (toks_[out.np.a - 1].cls & quotes::kPreposition) && pw != "by" && pw != "after" &&
        pw != "before" && pw != "since" && pw != "until" && pw != "till") {
      // "Yvette Cooper of the Labour Party added": the name before the preposition.
      if (out.np.a >= ss + 2) {
        NounPhrase before = np_left(out.np.a - 2, ss);
        if (!before.empty()) {
          uint32_t pa = person_run_start(before.a, before.b);
          if (before.b - pa >= 2 && person_like(pa, before.b)) {
            out.np = NounPhrase{pa, before.b};
            return out;
          }
        }
      }
      NounPhrase cs = clause_subject(ss, c);
      if (!cs.empty() && cs.a < out.np.a) out.np = cs;
    }
    return out;
  }

  std::string trim_text(uint32_t s, uint32_t e) const {
    if (e <= s) return {};
    std::string_view v = std::string_view(doc_.text).substr(s, e - s);
    while (!v.empty() && (v.back() == ',' || v.back() == ' ' || v.back() == '.' ||
                          v.back() == ';' || v.back() == ':'))
      v.remove_suffix(1);
    while (!v.empty() && (v.front() == ' ' || v.front() == ','))
      v.remove_prefix(1);
    std::string out;
    out.reserve(v.size());
    for (char ch : v) {
      if (ch == '\n' || ch == '\r') {
        if (!out.empty() && out.back() != ' ') out.push_back(' ');
        continue;
      }
      out.push_back(ch);
    }
    return out;
  }

  // ---------------------------------------------------------------- names and entities
  void index_names() {
    for (const Para& para : paras_) {
      uint32_t t = para.tok_begin;
      while (t < para.tok_end) {
        if (!is_cap(t)) {
          ++t;
          continue;
        }
        uint32_t a = t, b = t;
        while (b < para.tok_end && (is_cap(b) || (toks_[b].f & kAbbrevDot) ||
                                    ((toks_[b].low == "al" || toks_[b].low == "bin" ||
                                      toks_[b].low == "de" || toks_[b].low == "van" ||
                                      toks_[b].low == "von") &&
                                     b + 1 < para.tok_end && is_cap(b + 1))))
          ++b;
        t = b;
        // Strip leading function words and titles: the name is what follows the last title.
        uint32_t na = a;
        for (uint32_t k = a; k < b; ++k) {
          if ((toks_[k].cls & quotes::kTitle) || (toks_[k].cls & quotes::kDeterminer) || (toks_[k].cls & quotes::kSubordinator) ||
              (toks_[k].cls & quotes::kPreposition) || (toks_[k].cls & quotes::kPronoun) || (toks_[k].cls & quotes::kTimeWord) ||
              (toks_[k].f & kAbbrevDot) || place_word(k))
            na = k + 1;
        }
        if (b - na < 2 || b - na > 4) continue;
        bool person = true;
        for (uint32_t k = na; k < b; ++k) {
          std::string_view w = toks_[k].low;
          if ((toks_[k].cls & quotes::kOrgWord) || (toks_[k].f & kDigit) || w.size() < 2) person = false;
          size_t dash = w.find('-');  // "Iran-backed" is no name
          if (dash != std::string_view::npos && dash + 1 < w.size() &&
              !is_cap_at(toks_[k].s + static_cast<uint32_t>(dash) + 1))
            person = false;
          // All-capital acronyms are organisations.
          std::string_view raw = std::string_view(doc_.text).substr(toks_[k].s, toks_[k].e - toks_[k].s);
          if (raw.size() > 1 && is_ascii_alpha(raw[1]) && raw[1] >= 'A' && raw[1] <= 'Z')
            person = false;
        }
        if (!person) continue;
        std::string full = trim_text(toks_[na].s, toks_[b - 1].e);
        uint32_t last = b - 1;
        std::string_view lw = toks_[last].low;
        if (b - na >= 3 && (lw == "jr" || lw == "sr" || lw == "ii" || lw == "iii")) --last;
        else if (b - na >= 3 && (toks_[last].f & kAbbrevDot)) --last;
        if (b - na >= 3 && (toks_[last].f & kAbbrevDot)) --last;  // "Jr."
        std::string key = fold_key(toks_[last].low);
        auto it = names_.find(key);
        if (it == names_.end() || it->second.size() < full.size()) names_[key] = full;
        person_names_.emplace(utf8::lower(full));
        // "President Joseph Aoun", "archbishop Jorge Scheinig": the title names the person.
        for (uint32_t tt = na; tt > para.tok_begin && na - tt < 4;) {
          --tt;
          if (!is_word(tt)) break;
          if ((toks_[tt].cls & quotes::kTitle) && !(toks_[tt].cls & quotes::kDeterminer) &&
              toks_[tt].low != "former" && toks_[tt].low != "senior") {
            // ("Prime Minister X", "Vice President Y", "former President Z" hold another
            // title: "the minister", "the president" is someone else.)
            std::string_view mod = tt > para.tok_begin && is_word(tt - 1) ? toks_[tt - 1].low
                                                                           : std::string_view();
            if (mod != "prime" && mod != "vice" && mod != "deputy" && mod != "former" &&
                mod != "assistant" && mod != "acting" && mod != "ex" && mod != "interim")
              titled_[std::string(toks_[tt].low)].emplace_back(toks_[na].s, full);
            break;
          }
        }
        // "The minister for disaster management, Jenista Mhagama, said": a title set off
        // before the name names the person too.
        if (na == a && a >= para.tok_begin + 3 && is_punct(a - 1, ",") && b < para.tok_end &&
            (is_punct(b, ",") || (toks_[b].cue && (toks_[b].cue->flags & quotes::kSpeech)))) {
          uint32_t d = a - 1;
          while (d > para.tok_begin && a - d < 9 && is_word(d - 1)) --d;
          if (d < a - 2 && is_word(d) && lex_.determiner(toks_[d].low) && !(toks_[d].f & kPoss)) {
            for (uint32_t k = d + 1; k + 1 < a; ++k) {
              if ((toks_[k].cls & quotes::kPreposition) || !is_low_word(k)) break;
              if ((toks_[k].cls & quotes::kTitle) && toks_[k].low != "former" &&
                  toks_[k].low != "senior") {
                titled_[std::string(toks_[k].low)].emplace_back(toks_[na].s, full);
                break;
              }
            }
          }
        }
      }
    }
  }

  void index_mentions() {
    for (uint32_t e = 0; e < doc_.entities.size(); ++e)
      for (const Mention& m : doc_.entities[e].mentions)
        mentions_.push_back({m.start, m.end, e});
    std::sort(mentions_.begin(), mentions_.end(),
              [](const auto& x, const auto& y) { return x.s < y.s; });
  }

  // The entity with a mention inside [s, e), preferring the last one (the head of the phrase).
  // Tokens [a, b) are a mention of a PERSON entity.
  bool person_entity_at(uint32_t a, uint32_t b) const {
    int k = entity_in(toks_[a].s, toks_[b - 1].e);
    return k >= 0 && static_cast<size_t>(k) < doc_.entities.size() &&
           doc_.entities[static_cast<size_t>(k)].type == EntityType::kPerson;
  }

  // True when one organisation mention covers bytes [s, e): "of" inside "National
  // Confederation of Industry" is no prepositional tail.
  bool org_mention_covers(uint32_t s, uint32_t e) const {
    for (const MentionRef& m : mentions_) {
      if (m.s > s) break;
      if (m.e >= e && doc_.entities[m.entity].type == EntityType::kOrg) return true;
    }
    return false;
  }

  int entity_in(uint32_t s, uint32_t e) const {
    int found = -1;
    for (const MentionRef& m : mentions_) {
      if (m.s >= e) break;
      if (m.e > s) found = static_cast<int>(m.entity);
    }
    return found;
  }

  // A description ("a protester", "one marcher") followed by the name it is given: "named X",
  // "called X", "using the pseudonym X", "identified only as X", "known as X". The noun phrase
  // found before may already run over the tail (without tags it takes the lower-case words).
  // Returns the name, and in *desc_end where the description ends; empty when none is given.
  NounPhrase naming_tail(NounPhrase np, uint32_t se, uint32_t* desc_end) const {
    if (np.empty()) return {};
    auto word = [&](uint32_t k, std::string_view w) { return k < se && is_word(k) && toks_[k].low == w; };
    for (uint32_t k = np.a + 1; k < se && k <= np.b + 1; ++k) {
      if (!is_low_word(k - 1) && !is_punct(k - 1, ",")) return {};
      uint32_t d = is_punct(k - 1, ",") ? k - 1 : k;  // the description ends before a comma
      if (d == np.a || !is_low_word(d - 1)) continue;
      uint32_t t = k;
      if (word(t, "named") || word(t, "called") || word(t, "nicknamed")) {
        ++t;
      } else if ((word(t, "using") || word(t, "under") || word(t, "with") || word(t, "by")) &&
                 (word(t + 1, "the") || word(t + 1, "a")) &&
                 (word(t + 2, "pseudonym") || word(t + 2, "name") || word(t + 2, "alias") ||
                  word(t + 2, "nickname"))) {
        t += 3;
      } else if ((word(t, "identified") || word(t, "known")) &&
                 (word(t + 1, "as") || (word(t + 1, "only") && word(t + 2, "as")))) {
        t += word(t + 1, "as") ? 2 : 3;
      } else {
        continue;
      }
      uint32_t b = t;
      while (b < se && b < t + 4 && is_word(b) && is_cap(b)) ++b;
      if (b == t) return {};
      *desc_end = d;
      return NounPhrase{t, b};
    }
    return {};
  }

  // A lower-case particle inside a person's name: "Ursula von der Leyen", "Pieter van der
  // Merwe", "Luiz Inácio Lula da Silva" (between capitals, or before another particle).
  bool name_particle(uint32_t k) const {
    if (k == 0 || k + 1 >= toks_.size() || !is_low_word(k)) return false;
    std::string_view w = toks_[k].low;
    bool particle = w == "van" || w == "von" || w == "der" || w == "den" || w == "de" ||
                    w == "da" || w == "dos" || w == "das" || w == "del" || w == "della" ||
                    w == "di" || w == "du" || w == "la" || w == "le" || w == "bin" ||
                    w == "ibn" || w == "ter" || w == "zu";
    if (!particle) return false;
    bool before = is_cap(k - 1) || (k >= 2 && is_low_word(k - 1) && is_cap(k - 2) &&
                                     (toks_[k - 1].low == "van" || toks_[k - 1].low == "von" ||
                                      toks_[k - 1].low == "de"));
    bool after = is_cap(k + 1) || (k + 2 < toks_.size() && is_low_word(k + 1) && is_cap(k + 2) &&
                                   (toks_[k + 1].low == "der" || toks_[k + 1].low == "den" ||
                                    toks_[k + 1].low == "la" || toks_[k + 1].low == "le" ||
                                    toks_[k + 1].low == "los"));
    return before && after;
  }

  // The start of the person-like run that ends at b: capitalised words that are no title,
  // organisation word or place (at most 4). Returns b when there is none.
  uint32_t person_run_start(uint32_t a, uint32_t b) const {
    uint32_t k = b;
    while (k > a && (is_cap(k - 1) || (toks_[k - 1].f & kAbbrevDot) || name_particle(k - 1)) &&
           b - k < 7) {
      if ((toks_[k - 1].cls & quotes::kTitle) || (toks_[k - 1].cls & quotes::kOrgWord) || place_word(k - 1) || (toks_[k - 1].cls & quotes::kDeterminer)) break;
      --k;
    }
    while (k < b && (toks_[k].f & kAbbrevDot)) ++k;
    return k;
  }

  // Capitalised words that name a person, after optional titles: "Dr. Anthony Fauci".
  bool person_like(uint32_t a, uint32_t b) const {
    if (b <= a || b - a > 7) return false;
    for (uint32_t k = a; k < b; ++k)
      if (!is_cap(k) && !(toks_[k].f & kAbbrevDot) && !name_particle(k)) return false;
    uint32_t pa = person_run_start(a, b);
    for (uint32_t k = a; k < pa; ++k)
      if (!(toks_[k].cls & quotes::kTitle) && !(toks_[k].f & kAbbrevDot)) return false;
    return b - pa >= 2 || (b - pa == 1 && names_.count(fold_key(toks_[pa].low)) > 0);
  }

  std::vector<std::string> name_words(std::string_view name) const {
    std::vector<std::string> out;
    size_t i = 0;
    while (i < name.size()) {
      while (i < name.size() && name[i] == ' ') ++i;
      size_t j = i;
      while (j < name.size() && name[j] != ' ') ++j;
      if (j > i) out.push_back(fold_key(name.substr(i, j - i)));
      i = j;
    }
    return out;
  }

  // Lower case without accents, so "Erdogan" finds "Erdoğan".
  static std::string fold_key(std::string_view s) {
    utf8proc_uint8_t* out = nullptr;
    utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                      static_cast<utf8proc_ssize_t>(s.size()), &out,
                                      static_cast<utf8proc_option_t>(
                                          UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
                                          UTF8PROC_CASEFOLD));
    std::string r;
    if (n >= 0 && out) r.assign(reinterpret_cast<char*>(out), static_cast<size_t>(n));
    else r.assign(s);
    std::free(out);
    return r;
  }

  bool is_cap_at(uint32_t at) const {
    char c = at < doc_.text.size() ? doc_.text[at] : 0;
    return c >= 'A' && c <= 'Z';
  }

  // A country, demonym or known place: never part of a person's name.
  bool place_word(uint32_t t) const {
    if (gaz_.empty() || !is_cap(t)) return false;
    if (place_cache_.size() != toks_.size()) place_cache_.assign(toks_.size(), -1);
    if (place_cache_[t] >= 0) return place_cache_[t] == 1;
    std::string_view raw0 = std::string_view(doc_.text).substr(toks_[t].s, toks_[t].e - toks_[t].s);
    bool place = gaz_.is_demonym(raw0) || gaz_.country(raw0) != nullptr;
    place_cache_[t] = place ? 1 : 0;
    return place;
  }
  bool place_word_uncached(uint32_t t) const {
    if (gaz_.empty()) return false;
    std::string_view raw = std::string_view(doc_.text).substr(toks_[t].s, toks_[t].e - toks_[t].s);
    return gaz_.is_demonym(raw) || gaz_.country(raw) != nullptr;
  }

  // The resolver sometimes splits one name into two entities of different types (one
  // "Hezbollah" tagged PERSON once): the one with the most mentions stands for the name.
  int canonical_entity(int ent) const {
    if (ent < 0) return ent;
    const std::string& name = doc_.entities[ent].name;
    size_t best = doc_.entities[ent].mentions.size();
    int out = ent;
    for (size_t e = 0; e < doc_.entities.size(); ++e) {
      if (doc_.entities[e].name == name && doc_.entities[e].mentions.size() > best) {
        best = doc_.entities[e].mentions.size();
        out = static_cast<int>(e);
      }
    }
    return out;
  }

  bool is_person_name(const std::string& name) const {
    return person_names_.count(utf8::lower(name)) > 0;
  }

  // "the government" -> "Lebanese government" when the article names it so before (or after).
  // "The company said", "the ministry said", "the group said": the organisation the story
  // named last before `before` (within about three sentences) that such a noun can stand for;
  // -1 if none. A noun that is part of organisation names ("ministry", "court") takes the
  // last organisation whose name has that word; a generic one ("company", "group") the last
  // organisation of a fitting kind.
  // Organisation mentions by position, built once per document (a long document asks often).
  void index_org_mentions() const {
    if (!org_mentions_.empty()) return;
    for (size_t i = 0; i < doc_.entities.size(); ++i)
      if (doc_.entities[i].type == EntityType::kOrg)
        for (const Mention& m : doc_.entities[i].mentions)
          org_mentions_.push_back({m.start, m.end, static_cast<uint32_t>(i)});
    std::sort(org_mentions_.begin(), org_mentions_.end(),
              [](const OrgMention& a, const OrgMention& b) { return a.start < b.start; });
    if (org_mentions_.empty()) org_mentions_.push_back({UINT32_MAX, UINT32_MAX, 0});
  }

  // `far_ok` false: no story's-company fallback (a generic or hypothetical "the company will
  // say ...", "a company says ...").
  int org_antecedent(std::string_view head, uint32_t before, bool far_ok = true) const {
    static constexpr std::string_view kNamed[] = {
        "ministry", "court", "council", "agency", "army", "party", "commission", "committee",
        "bank", "embassy", "union", "department", "office", "authority", "foundation",
        "institute", "university", "coalition", "alliance", "network", "federation",
        "association", "militia", "movement", "front", "service", "board", "airline", "airlines"};
    static constexpr std::string_view kGeneric[] = {
        "company", "firm", "group", "organisation", "organization", "trader", "retailer",
        "manufacturer", "maker", "carrier", "broadcaster", "newspaper", "charity", "insurer",
        "lender", "operator", "network", "militia", "movement", "agency", "airline"};
    bool named = false, generic = false;
    for (std::string_view w : kNamed) named |= head == w;
    for (std::string_view w : kGeneric) generic |= head == w;
    if (!named && !generic) return -1;
    bool business = head == "company" || head == "firm" || head == "trader" ||
                    head == "retailer" || head == "manufacturer" || head == "maker" ||
                    head == "carrier" || head == "insurer" || head == "lender" ||
                    head == "operator" || head == "airline";
    bool armed = head == "militia" || head == "group" || head == "movement";
    index_org_mentions();
    auto fits_entity = [&](size_t i) {
      const Entity& e = doc_.entities[i];
      std::vector<std::string> ew = name_words(e.name);
      bool has_word = false;
      for (const std::string& w : ew) has_word |= w == head || w + "s" == head || w == std::string(head) + "s";
      bool fits = false;
      if (named && has_word) fits = true;
      if (!fits && generic) {
        const std::string& sec = e.sector;
        if (business) fits = sec.empty() || sec == "BUS";
        else if (armed) fits = sec.empty() || sec == "REB" || sec == "NGO" || sec == "PTY" || sec == "CVL";
        else fits = sec != "GOV" && sec != "MIL" && sec != "LEG" && sec != "JUD";
        if (head == "agency") fits = has_word || sec == "IGO" || sec == "GOV" || sec == "JRN";
        if (head == "broadcaster" || head == "newspaper") fits = sec == "JRN";
      }
      return fits;
    };
    // The mentions that end before `before`, latest first, within ~900 bytes.
    auto it = std::lower_bound(org_mentions_.begin(), org_mentions_.end(), before,
                               [](const OrgMention& m, uint32_t pos) { return m.start < pos; });

    int best = -1;
    uint32_t best_start = 0;
    for (auto k = it; k != org_mentions_.begin();) {
      --k;
      if (k->start == UINT32_MAX || k->end > before) continue;
      if (before - k->end >= 900) break;
      if (fits_entity(k->entity)) {
        best = static_cast<int>(k->entity);
        best_start = k->start;
        break;
      }
    }
    // A nearer organisation of the same sector in between makes the reference unsure.
    if (best >= 0 && generic && !named) {
      for (auto k = it; k != org_mentions_.begin();) {
        --k;
        if (k->start == UINT32_MAX || k->end > before) continue;
        if (k->start <= best_start) break;
        if (static_cast<int>(k->entity) != best &&
            doc_.entities[k->entity].sector == doc_.entities[best].sector)
          return -1;
      }
    }
    // "The company said" far from the last mention: in a story about one company, that
    // company (the fitting organisation named most often before, when one leads clearly).
    if (best < 0 && business && far_ok) {
      std::vector<std::pair<uint32_t, int>> counts;  // entity, mentions before
      for (auto k = org_mentions_.begin(); k != it; ++k) {
        if (k->start == UINT32_MAX || k->end > before || !fits_entity(k->entity)) continue;
        auto c = std::find_if(counts.begin(), counts.end(),
                              [&](const auto& x) { return x.first == k->entity; });
        if (c == counts.end()) counts.emplace_back(k->entity, 1);
        else ++c->second;
      }
      int top = -1, first = 0, second = 0;
      for (const auto& [ent, n] : counts) {
        if (n > first) {
          second = first;
          first = n;
          top = static_cast<int>(ent);
        } else if (n > second) {
          second = n;
        }
      }
      if (top >= 0 && first >= 2 && first > second) best = top;
    }
    return best;
  }

  // The name set off right after "<head>, " last before `before` ("The mining company, Rio
  // Verde Minerals, says"): capitalised words closed by a comma, with the organisation entity
  // that starts there (-1 when the recognizer has none). Empty name if none. Found once per
  // head and document.
  struct Apposed {
    uint32_t pos;
    std::string name;
    int entity;
  };
  const Apposed* apposed_name(std::string_view head, uint32_t before) const {
    auto it = apposed_.find(std::string(head));
    if (it == apposed_.end()) {
      std::vector<Apposed> found;
      std::string needle = " ";
      needle.append(head);
      needle.append(", ");
      const std::string& tx = doc_.text;
      for (size_t f = low_.find(needle); f != std::string::npos; f = low_.find(needle, f + 1)) {
        size_t at = f + needle.size();
        if (low_.compare(at, 4, "the ") == 0) at += 4;
        // Capitalised words (and "of", "and", "&" between them), then a comma.
        size_t e = at;
        int words = 0;
        bool ok = at < tx.size() && tx[at] >= 'A' && tx[at] <= 'Z';
        while (ok && e < tx.size() && words < 7) {
          size_t we = e;
          while (we < tx.size() && tx[we] != ' ' && tx[we] != ',' && tx[we] != '.') ++we;
          std::string_view w = std::string_view(tx).substr(e, we - e);
          bool cap = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
          if (!cap && w != "of" && w != "and" && w != "&") {
            ok = false;
            break;
          }
          ++words;
          e = we;
          if (e < tx.size() && tx[e] == ',') break;
          if (e >= tx.size() || tx[e] != ' ') {
            ok = false;
            break;
          }
          ++e;
        }
        if (!ok || e >= tx.size() || tx[e] != ',' || words == 0) continue;
        int ent = -1;
        index_org_mentions();
        auto m = std::lower_bound(org_mentions_.begin(), org_mentions_.end(), at,
                                  [](const OrgMention& x, size_t pos) { return x.start < pos; });
        if (m != org_mentions_.end() && m->start == at && m->end == e)
          ent = static_cast<int>(m->entity);
        found.push_back({static_cast<uint32_t>(at), tx.substr(at, e - at), ent});
      }
      it = apposed_.emplace(std::string(head), std::move(found)).first;
    }
    const auto& v = it->second;
    auto after = std::lower_bound(v.begin(), v.end(), before,
                                  [](const Apposed& x, uint32_t pos) { return x.pos < pos; });
    return after == v.begin() ? nullptr : &*std::prev(after);
  }
  mutable std::unordered_map<std::string, std::vector<Apposed>> apposed_;

  // The fullest description of "the <head>" the text gives ("the ministry" -> "Foreign
  // Ministry"): the nearest "<Capitalised modifier> <head>" before `before`, else the first
  // after it. Each head's matches are found once per document (a text of many "the group
  // said" stays linear).
  std::string fuller_description(std::string_view head, uint32_t before) const {
    auto it = descriptions_.find(std::string(head));
    if (it == descriptions_.end()) {
      std::vector<std::pair<size_t, std::string>> found;
      std::string needle = " ";
      needle.append(head);
      for (size_t f = low_.find(needle); f != std::string::npos; f = low_.find(needle, f + 1)) {
        size_t end = f + needle.size();
        if (end < low_.size() && is_ascii_alpha(low_[end])) continue;
        // the word before must be a capitalised modifier, not a possessive
        size_t we = f;
        size_t ws = we;
        while (ws > 0 && (is_ascii_alpha(doc_.text[ws - 1]) || doc_.text[ws - 1] == '-')) --ws;
        if (ws == we) continue;
        char c = doc_.text[ws];
        if (!(c >= 'A' && c <= 'Z')) continue;
        std::string_view mod = std::string_view(low_).substr(ws, we - ws);
        if (lex_.determiner(mod) || lex_.subordinator(mod) || lex_.preposition(mod)) continue;
        found.emplace_back(f, doc_.text.substr(ws, end - ws));
      }
      it = descriptions_.emplace(std::string(head), std::move(found)).first;
    }
    const auto& found = it->second;
    auto after = std::lower_bound(found.begin(), found.end(), static_cast<size_t>(before),
                                  [](const auto& m, size_t b) { return m.first < b; });
    if (after != found.begin()) return std::prev(after)->second;
    if (after != found.end()) return after->second;
    return {};
  }
  mutable std::unordered_map<std::string, std::vector<std::pair<size_t, std::string>>> descriptions_;

  // ---------------------------------------------------------------- speakers
  struct SpeakerInfo {
    Speaker sp;
    bool person = false;
    bool plural = false;
    bool pronoun = false;
    bool valid = false;
    bool described = false;  // a person by description only ("the judge", "a resident")
  };

  static bool ends_with_report(std::string_view name) {
    for (std::string_view w : {"reports", "report", "reporting", "media"})
      if (name.size() >= w.size() && name.substr(name.size() - w.size()) == w) return true;
    return false;
  }

  // The writer of the document `head` ("memo", "letter", "email") that an earlier sentence
  // (up to three back, or this one before token `before`) puts in someone's hands: "X wrote in
  // a memo", "X warned head office in an email", "X said in a statement" -> X. Invalid if none.
  SpeakerInfo document_author(uint32_t before, std::string_view head, uint32_t sent) {
    SpeakerInfo none;
    uint32_t lo = sent >= 3 ? sents_[sent - 3].first : 0;
    for (uint32_t k = before; k-- > lo;) {
      if (toks_[k].low != head || !is_word(k) || (toks_[k].f & kInQ)) continue;
      // "The NTSB's final report found ... The report says": the report's owner.
      for (uint32_t m = k; m > lo && m + 3 > k; --m) {
        if (!(toks_[m - 1].f & kPoss)) {
          if (!is_low_word(m - 1)) break;
          continue;
        }
        uint32_t s0 = sents_[tok_sent_[k]].first;
        if (m - 1 <= s0) break;
        NounPhrase owner = np_left(m - 2, s0);
        if (owner.empty()) break;
        return make_speaker(owner, tok_sent_[k]);
      }
      // "in a memo", "in an email to staff", "in a letter seen by Reuters"
      uint32_t d = k;
      while (d > lo && d + 3 > k && is_low_word(d - 1) && !lex_.determiner(toks_[d - 1].low)) --d;
      if (d < lo + 2 || !lex_.determiner(toks_[d - 1].low)) continue;
      std::string_view p = toks_[d - 2].low;
      if (p != "in" && p != "via" && p != "by") continue;
      // The speech verb just before it, and its subject.
      uint32_t s0 = sents_[tok_sent_[k]].first;
      for (uint32_t v = d - 2; v-- > s0 && d - 2 - v <= 6;) {
        const Cue* vc = toks_[v].cue;
        if (!vc || !(vc->flags & quotes::kSpeech) || !is_low_word(v)) continue;
        Subject sub = subject_left(v, s0, false);
        if (sub.np.empty() || is_document_noun(toks_[sub.np.b - 1].low)) return none;
        return make_speaker(sub.np, tok_sent_[k]);
      }
      return none;
    }
    return none;
  }

  // "the company said" refers to a company of the story; "a company says ..." or "the company
  // will say ..." (a modal after the phrase: what a company would say) to any company.
  bool specific_reference(NounPhrase np) const {
    std::string_view d = toks_[np.a].low;
    if (d == "a" || d == "an" || d == "any" || d == "every" || d == "each") return false;
    if (np.b < toks_.size() && is_low_word(np.b)) {
      std::string_view m = toks_[np.b].low;
      if (m == "will" || m == "would" || m == "could" || m == "might" || m == "may" ||
          m == "can" || m == "should" || m == "must")
        return false;
    }
    return true;
  }

  static bool is_generic_org_noun(std::string_view h) {
    return h == "company" || h == "firm" || h == "group" || h == "organisation" ||
           h == "organization" || h == "charity" || h == "operator" || h == "lender" ||
           h == "insurer" || h == "manufacturer" || h == "maker" || h == "carrier" ||
           h == "broadcaster" || h == "newspaper" || h == "militia" || h == "movement" ||
           h == "airline" || h == "retailer" || h == "drugmaker" || h == "automaker" ||
           h == "carmaker" || h == "miner" || h == "bank";
  }

  static bool is_spokes_noun(std::string_view h) {
    return h == "spokesman" || h == "spokeswoman" || h == "spokesperson" || h == "spokesmen" ||
           h == "spokeswomen" || h == "spokespeople" || h == "spokespersons";
  }

  // The body a spokesperson phrase [a, b) speaks for: capitals before the head ("A CQC
  // spokesperson", "The European Union's foreign policy spokesperson"), an organisation word
  // right before it ("a company spokesman": the story's company, as "the company" would be),
  // or "for X" after it. Invalid when none.
  SpeakerInfo spokesperson_owner(NounPhrase np, uint32_t a, uint32_t b, uint32_t sent) {
    SpeakerInfo none;
    uint32_t h = b;
    while (h > a && !is_spokes_noun(toks_[h - 1].low)) --h;
    if (h == a) return none;
    --h;  // the head
    for (uint32_t k = np.a; k < h; ++k) {
      if (!is_cap(k) || lex_.determiner(toks_[k].low)) continue;
      uint32_t e = k;
      while (e < h && (is_cap(e) || (toks_[e].f & kAbbrevDot)) && !(toks_[e].f & kPoss)) ++e;
      if (e == h || (toks_[e].f & kPoss) || is_low_word(e)) return make_speaker(NounPhrase{k, e}, sent);
      return none;
    }
    if (h > np.a && is_low_word(h - 1) && (toks_[h - 1].cls & quotes::kOrgWord)) {
      if (h == np.a + 2 && lex_.determiner(toks_[np.a].low)) {
        int oe = org_antecedent(toks_[h - 1].low, toks_[np.a].s);
        // (not an "organisation" shaped like a person's name: a recognizer's slip)
        if (oe >= 0 && !is_person_name(doc_.entities[oe].name)) {
          SpeakerInfo out;
          out.sp.name = doc_.entities[oe].name;
          out.sp.entity = oe;
          out.valid = true;
          return out;
        }
      }
      SpeakerInfo out;
      out.sp.name = std::string(toks_[h - 1].low);
      out.plural = out.sp.name == "police";
      out.valid = true;
      return out;
    }
    uint32_t se = sent < sents_.size() ? sents_[sent].second : b;
    if (h + 1 == b && b + 1 < se && toks_[b].low == "for") {
      NounPhrase body = np_right(b + 1, se);
      if (!body.empty() && (is_cap(body.b - 1) || (toks_[body.b - 1].cls & quotes::kOrgWord)))
        return make_speaker(body, sent);
    }
    return none;
  }

  // "The Committee to Protect Journalists (CPJ) said" read as "Committee", "the Economic
  // Community of West African States" as "Economic Community": a phrase that cuts an
  // organisation's mention (a preposition inside its name) grows to the whole mention, within
  // the sentence. Returns whether it grew.
  bool grow_over_org(NounPhrase* np, uint32_t sent) const {
    if (np->empty()) return false;
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    uint32_t s = toks_[np->a].s, e = toks_[np->b - 1].e;
    // A person's phrase stays the person's: "study co-author Ted Scambos of CU Boulder's
    // Cooperative Institute for Research" (review, session 9).
    for (const MentionRef& m : mentions_) {
      if (m.s >= e) break;
      if (m.e > s && doc_.entities[m.entity].type == EntityType::kPerson) return false;
    }
    for (const MentionRef& m : mentions_) {
      if (m.s >= e) break;
      if (m.e <= s || doc_.entities[m.entity].type != EntityType::kOrg) continue;
      // (Inside the phrase nothing is cut, unless the mention is the phrase's name itself,
      // from its first capital to its end: "The Economic Community of West African States",
      // which the tail rules would cut at "of".)
      // (A sentence's first "The" is capitalised by position: no part of the name.)
      uint32_t fc = np->a;
      while (fc + 1 < np->b && (!is_cap(fc) || lex_.determiner(toks_[fc].low))) ++fc;
      bool whole = m.s == toks_[fc].s && m.e == e && np->b - fc >= 3;
      if (m.s >= s && m.e <= e && !whole) continue;
      if (m.s < s) continue;  // a name that starts before the phrase is read as before
      uint32_t a = np->a, b = np->b;
      while (b < se && b < np->b + 12 && toks_[b].e <= m.e) ++b;
      while (a > ss && a + 12 > np->a && toks_[a - 1].s >= m.s) --a;
      if (toks_[a].s != std::min(m.s, s) || toks_[b - 1].e != std::max(m.e, e)) continue;
      // Only across a preposition of the name: "Committee to Protect Journalists".
      bool prep = false;
      for (uint32_t k = a; k < b; ++k)
        prep = prep || (is_low_word(k) && (toks_[k].low == "of" || toks_[k].low == "for" ||
                                           toks_[k].low == "to" || toks_[k].low == "on" ||
                                           // ("The Legal and Human Rights Centre", session 10)
                                           (toks_[k].low == "and" && k > np->a && k + 1 < b &&
                                            is_cap(k - 1) && is_cap(k + 1))));
      if (!prep) continue;
      np->a = a;
      np->b = b;
      return true;
    }
    // "The Mechanism for the Recognition of Political Prisoners, a monitoring group, says":
    // a capitalised name whose "for/of" tail of capitalised words runs to the comma or the
    // cue is one name, also when the recognizer cut it (session 10). Not a person's phrase
    // ("Doug Collins of Georgia").
    if (is_cap(np->b - 1) && np->b + 2 < se && is_low_word(np->b) &&
        (toks_[np->b].low == "for" || toks_[np->b].low == "of") && !person_like(np->a, np->b)) {
      uint32_t k = np->b + 1, caps = 0;
      bool in = false;
      while (k < se && k < np->b + 9 && is_word(k) &&
             (is_cap(k) || toks_[k].low == "the" || toks_[k].low == "of" || toks_[k].low == "for" ||
              toks_[k].low == "and" || toks_[k].low == "on" || toks_[k].low == "in")) {
        if (is_cap(k)) ++caps;
        if (toks_[k].low == "in") in = true;
        ++k;
      }
      // (An "in" only inside a name the text gives a short form in brackets: "The Coordinator
      // for Human Rights in Paraguay (Codehupy)", not "the Ministry of Health in Gaza said".)
      bool ends = k < se && (is_punct(k, "(") ||
                             (!in && (is_punct(k, ",") || (toks_[k].cue && is_low_word(k)))));
      if (ends && caps >= 1 && is_cap(k - 1) && (!place_word(k - 1) || is_punct(k, "("))) {
        np->b = k;
        return true;
      }
    }
    return false;
  }

  static bool quantifier_pronoun(std::string_view w) {
    return w == "several" || w == "many" || w == "some" || w == "most" || w == "others";
  }

  SpeakerInfo make_speaker(NounPhrase np, uint32_t sent) {
    SpeakerInfo out;
    if (np.empty()) return out;
    // "Several said": some of the people just named, an unnamed source (as written).
    if (np.b == np.a + 1 && np.a == sents_[sent].first && quantifier_pronoun(toks_[np.a].low)) {
      out.sp.name = trim_text(toks_[np.a].s, toks_[np.a].e);
      out.sp.description = out.sp.name;
      out.sp.anonymous = true;
      out.plural = true;
      out.valid = true;
      return out;
    }
    // "..., said a 40-year-old farmer who gave only his first name, Tomas.": the name given
    // after the description is the speaker (session 10; the subject-first form is read in
    // subject_left).
    if (np.b - np.a >= 3 && is_low_word(np.b - 1) &&
        (toks_[np.b - 1].low == "name" || toks_[np.b - 1].low == "names") &&
        np.b + 1 < sents_[sent].second && is_punct(np.b, ",") && is_cap(np.b + 1)) {
      uint32_t se = sents_[sent].second, e = np.b + 1;
      while (e < se && e < np.b + 4 && is_word(e) && is_cap(e)) ++e;
      if (e >= se || terminal(toks_[e]) || is_punct(e, ",")) {
        SpeakerInfo named = make_speaker(NounPhrase{np.b + 1, e}, sent);
        if (named.valid) {
          named.sp.description = trim_text(toks_[np.a].s, toks_[np.b - 1].e);
          // (Only a first name: still an unnamed source, as the nq gold codes "Amna".)
          named.sp.anonymous = true;
          named.sp.entity = -1;
          int ent = entity_in(toks_[np.b + 1].s, toks_[e - 1].e);
          if (ent >= 0 && doc_.entities[ent].type == EntityType::kPerson) named.sp.entity = ent;
          named.person = true;
          return named;
        }
      }
    }
    // "Iran's official IRNA news agency", "the state-run Xinhua news agency": the name before
    // a lower-case agency or paper noun is the speaker.
    if (np.b - np.a >= 3 && is_low_word(np.b - 1)) {
      std::string_view h = toks_[np.b - 1].low;
      bool media = h == "agency" || h == "newspaper" || h == "broadcaster" || h == "daily" ||
                   h == "channel" || h == "television" || h == "website" || h == "outlet";
      uint32_t e = np.b - 1;
      if (media && e > np.a && is_low_word(e - 1) &&
          (toks_[e - 1].low == "news" || toks_[e - 1].low == "state" || toks_[e - 1].low == "press"))
        --e;
      if (media && e > np.a && is_cap(e - 1) && !(toks_[e - 1].f & kPoss)) {
        uint32_t s0 = e - 1;
        while (s0 > np.a && is_cap(s0 - 1) && !(toks_[s0 - 1].f & kPoss) && e - s0 < 4 &&
               !(toks_[s0 - 1].cls & quotes::kTitle))
          --s0;
        bool demonym = gaz_.is_demonym(
            std::string_view(doc_.text).substr(toks_[s0].s, toks_[s0].e - toks_[s0].s));
        if (!demonym && s0 > np.a) np = NounPhrase{s0, e};
      }
    }
    if (grow_over_org(&np, sent)) {
      // The organisation's name as the text writes it (no title or preposition cut).
      uint32_t na = np.a;
      while (na + 1 < np.b && (lex_.determiner(toks_[na].low) || !is_cap(na))) ++na;
      int ent = canonical_entity(entity_in(toks_[na].s, toks_[np.b - 1].e));
      out.sp.name = trim_text(toks_[na].s, toks_[np.b - 1].e);
      if (ent >= 0) out.sp.entity = ent;
      out.valid = true;
      return out;
    }
    uint32_t a = np.a, b = np.b;
    while (a < b && is_word(a) && (toks_[a].low == "but" || toks_[a].low == "and")) ++a;
    // "a March 14, 2019 NATO press release": the date is when, not who.
    {
      uint32_t d = a;
      if (d < b && (toks_[d].low == "a" || toks_[d].low == "the")) ++d;
      if (d < b && calendar_word(d)) {
        uint32_t e = d + 1;
        while (e < b && ((toks_[e].f & kDigit) || is_punct(e, ","))) ++e;
        if (e < b && e > d + 1) np.a = a = e;
      }
    }
    if (a >= b) return out;
    // "a draft memorandum seen by Reuters": the document is the source, not who saw it.
    for (uint32_t k = a + 1; k + 2 < b; ++k)
      if (is_low_word(k) && toks_[k + 1].low == "by" &&
          (toks_[k].low == "seen" || toks_[k].low == "obtained" || toks_[k].low == "reviewed" ||
           toks_[k].low == "viewed")) {
        np.b = b = k;
        break;
      }
    std::string_view first = toks_[a].low;
    // "The Economic Community of West African States (ECOWAS), whose observers had called the
    // vote \"calm and orderly,\"": the body the relative "whose" points back to speaks.
    uint32_t wh = first == "whose" ? a
                  : (a >= sents_[sent].first + 1 && is_low_word(a - 1) && toks_[a - 1].low == "whose")
                        ? a - 1
                        : kNone;
    if (wh != kNone && wh >= sents_[sent].first + 2 && is_punct(wh - 1, ",")) {
      uint32_t j = wh - 2;
      if (is_punct(j, ")")) {
        uint32_t o = j;
        while (o > sents_[sent].first && !is_punct(o, "(") && j - o < 6) --o;
        if (is_punct(o, "(") && o > sents_[sent].first) j = o - 1;
      }
      NounPhrase ant = np_left(j, sents_[sent].first);
      if (!ant.empty() && !(toks_[ant.a].cls & quotes::kPronoun)) return make_speaker(ant, sent);
      return out;
    }
    // "By 5:00 pm the city ...": a phrase that opens with a preposition names nobody; "its
    // name suggests": what "its" owns speaks only when it is a source ("its spokesman").
    if ((toks_[a].cls & quotes::kPreposition) && !(toks_[a].cls & quotes::kTitle)) return out;
    // ("Its foreign ministry said": an organisation word is a body of its own.)
    if (first == "its" && b - a >= 2 && (toks_[b - 1].cls & quotes::kOrgWord) &&
        !(toks_[b - 1].cls & quotes::kSourceNoun) && is_low_word(b - 1))
      first = toks_[++a].low, np.a = a;
    // ("Its adviser Mahjoub Tayfour said": a name after the role is the speaker.)
    bool named_after_role = b - a >= 3 && is_cap(b - 1) && is_cap(b - 2) && is_low_word(a + 1);
    if (first == "its" && b - a >= 2 && !(toks_[b - 1].cls & quotes::kSourceNoun) &&
        !(toks_[b - 1].cls & quotes::kTitle) && !named_after_role)
      return out;
    // "Solberg wrote in a memo ... the memo said": a document named before speaks for who
    // wrote or sent it.
    if (b - a == 2 && (first == "the" || first == "this") &&
        (is_document_noun(toks_[b - 1].low) || is_record_noun(toks_[b - 1].low)) &&
        !is_performance_noun(toks_[b - 1].low)) {
      SpeakerInfo author = document_author(a, toks_[b - 1].low, sent);
      if (author.valid) {
        doc_author_ = author;
        doc_author_sent_ = sent;
        return author;
      }
    }
    // "Judge Miller's statement reads", "the judge's statement": a document speaks for its owner.
    // (Also a report: "The National Transportation Safety Board's final report found".)
    if (b - a >= 3 && (is_document_noun(toks_[b - 1].low) ||
                       (is_low_word(b - 1) && is_record_noun(toks_[b - 1].low)))) {
      for (uint32_t k = b - 1; k > a; --k) {
        if (toks_[k].f & kPoss) {
          SpeakerInfo owner = make_speaker(NounPhrase{a, k}, sent);
          if (owner.valid) return owner;
          break;
        }
      }
    }
    // The resolver's entity, when it has run.
    int ent = entity_in(toks_[a].s, toks_[b - 1].e);
    // "this person", "the official": the unnamed source quoted last.
    // Not "the police" or "the authorities" (institutions, not the last source again), and
    // never a report ("According to initial reports ... the police said").
    if (b - a == 2 && (first == "this" || first == "that" || first == "the") &&
        (toks_[a + 1].cls & quotes::kSourceNoun) && last_group_.valid &&
        toks_[a + 1].low != "police" && toks_[a + 1].low != "authorities" &&
        !ends_with_report(last_group_.sp.name))
      return last_group_;
    // "A local aid worker ... said ... \"...\", the aid worker said": a definite description
    // whose words end the unnamed source's own description is that source again.
    if (b - a >= 3 && b - a <= 4 && (first == "this" || first == "that" || first == "the") &&
        (toks_[b - 1].cls & quotes::kSourceNoun) && last_group_.valid && last_group_.sp.anonymous &&
        toks_[b - 1].low != "police" && toks_[b - 1].low != "authorities") {
      bool lower = true;
      for (uint32_t k = a + 1; k < b && lower; ++k) lower = is_low_word(k);
      std::string tail = utf8::lower(trim_text(toks_[a + 1].s, toks_[b - 1].e));
      std::string have = utf8::lower(last_group_.sp.name);
      if (lower && have.size() > tail.size() && have.compare(have.size() - tail.size(), tail.size(), tail) == 0 &&
          have[have.size() - tail.size() - 1] == ' ')
        return last_group_;
    }
    // "Two senior officials said ... One of them said": one of an unnamed group is unnamed too.
    // ("Two former employees ... said ... One said ...": "one" alone is one of them too.)
    if ((b - a == 3 && toks_[a + 1].low == "of" &&
         (toks_[a + 2].low == "them" || toks_[a + 2].low == "those") &&
         (first == "one" || first == "two" || first == "some" || first == "another")) ||
        (b - a == 1 && (first == "one" || first == "another") && prev_subject_sent_ + 1 >= sent)) {
      SpeakerInfo g = resolve_pronoun("they", sent);
      if (g.valid && g.sp.anonymous) {
        std::string_view d = g.sp.description.empty() ? std::string_view(g.sp.name)
                                                      : std::string_view(g.sp.description);
        // without its article or count: "Two senior officials" -> "senior officials"
        size_t sp = d.find(' ');
        if (sp != std::string_view::npos) {
          std::string lw = utf8::lower(d.substr(0, sp));
          const quotes::WordInfo* wi = lex_.info(lw);
          bool count = (wi && (wi->classes & quotes::kDeterminer)) || lw == "two" || lw == "three" ||
                       lw == "four" || lw == "five" || lw == "several" || lw == "some" ||
                       lw == "many" || (!lw.empty() && lw[0] >= '0' && lw[0] <= '9');
          if (count) d.remove_prefix(sp + 1);
        }
        out = g;
        out.sp.entity = -1;
        out.sp.reason.clear();
        out.sp.description = trim_text(toks_[a].s, toks_[b - 1].e);
        out.sp.name = std::string(first == "one" ? "one" : toks_[a].low) + " of the " + std::string(d);
        out.plural = first != "one" && first != "another";
        out.person = !out.plural;
        return out;
      }
    }
    if (b - a == 1 && lex_.pronoun(first)) {
      // "The ministry ... rejected what it called \"...\"", "Kpodar said ... the Court, which
      // she said \"has never ...\"": a pronoun inside a "what"/"which" clause is the
      // sentence's own subject when that fits (a thing for "it", a person for "he"/"she").
      if ((first == "it" || first == "he" || first == "she") && a >= sents_[sent].first + 2 &&
          is_low_word(a - 1) && (toks_[a - 1].low == "what" || toks_[a - 1].low == "which")) {
        uint32_t s0 = after_dateline(sents_[sent].first, a);
        while (s0 < a && !is_word(s0)) ++s0;
        NounPhrase subj = np_right(s0, a);
        if (!subj.empty() && subj.b < a && !(toks_[subj.a].cls & quotes::kPronoun) &&
            !(toks_[s0].cls & quotes::kPreposition)) {
          SpeakerInfo own = make_speaker(subj, sent);
          if (own.valid && !own.sp.anonymous && (first == "it") == !own.person) return own;
        }
      }
      // "It"/"they" right after a sentence about an organisation or a state: that subject,
      // before any resolver link (which tends to reach further back).
      if ((first == "it" || first == "they") && prev_subject().valid && !prev_subject_.person &&
          prev_subject_sent_ + 1 >= sent) {
        SpeakerInfo own = resolve_pronoun(first, sent);
        if (own.valid) return own;
      }
      if (ent >= 0) {
        const Entity& e = doc_.entities[ent];
        out.sp.name = e.name;
        out.sp.entity = ent;
        out.person = e.type == EntityType::kPerson;
        out.valid = true;
        return out;
      }
      out = resolve_pronoun(first, sent);
      out.pronoun = true;
      return out;
    }
    // "Suman Haripriya of the Hajo assembly": a person's name before "of"/"from" is the
    // speaker; the rest says where the person is from.
    for (uint32_t k = a + 2; k + 1 < b; ++k) {
      if (is_low_word(k) && (toks_[k].low == "of" || toks_[k].low == "from")) {
        uint32_t pa = person_run_start(a, k);
        // (also after a title: "Opposition lawmaker Priya Nair of the Congress party", when
        // the resolver read a person there)
        int pe = k - pa >= 2 ? entity_in(toks_[pa].s, toks_[k - 1].e) : -1;
        bool titled = pe >= 0 && pa > a && doc_.entities[pe].type == EntityType::kPerson &&
                      is_low_word(pa - 1) &&
                      ((toks_[pa - 1].cls & quotes::kTitle) || (toks_[pa - 1].cls & quotes::kSourceNoun));
        if (k - pa >= 2 && person_like(pa, k) &&
            (pa == a || lex_.determiner(toks_[a].low) || titled))
          b = k;
        break;
      }
    }
    // "officials on Saturday": a time phrase at the end describes when, not who.
    if (b - a >= 3 && is_low_word(b - 2) && (toks_[b - 2].low == "on" || toks_[b - 2].low == "late" ||
                                             toks_[b - 2].low == "early") &&
        (toks_[b - 1].cls & quotes::kTimeWord))
      b -= 2;
    // "The mayor of Malatya said": a title of a place names the holder, not the place; the
    // person the article gives that title when it names one, else the title phrase.
    {
      uint32_t d = a;
      if (d + 1 < b && lex_.determiner(toks_[d].low)) ++d;
      if (d + 2 < b && (toks_[d].cls & quotes::kTitle) && is_low_word(d + 1) &&
          (toks_[d + 1].low == "of" || toks_[d + 1].low == "in")) {
        bool place = true;
        for (uint32_t k = d + 2; k < b && place; ++k) place = is_cap(k);
        if (place) {
          int pe = entity_in(toks_[d + 2].s, toks_[b - 1].e);
          place = pe >= 0 ? (doc_.entities[pe].type == EntityType::kGpe ||
                             doc_.entities[pe].type == EntityType::kLoc)
                          : place_word(d + 2);
        }
        // "the Premier of Queensland, Peter Beattie,": the name set off after it.
        if (place && b + 3 < toks_.size() && is_punct(b, ",")) {
          uint32_t e = b + 1;
          while (e < toks_.size() && e < b + 6 && is_word(e) && is_cap(e)) ++e;
          if (e - b - 1 >= 2 && e < toks_.size() && is_punct(e, ",") && person_like(b + 1, e)) {
            SpeakerInfo named = make_speaker(NounPhrase{b + 1, e}, sent);
            if (named.valid) {
              named.sp.description = trim_text(toks_[a].s, toks_[b - 1].e);
              return named;
            }
          }
        }
        if (place) {
          out.sp.description = trim_text(toks_[a].s, toks_[b - 1].e);
          const std::string* holder = titled_name(toks_[d].low, toks_[a].s);
          out.sp.name = holder ? *holder : trim_text(toks_[d].s, toks_[b - 1].e);
          out.person = true;
          out.valid = true;
          return out;
        }
      }
    }
    // "the U.S. embassy in Beijing": an organisation noun with a place after it is the head.
    for (uint32_t k = a + 1; k + 1 < b; ++k) {
      if (is_low_word(k) && (toks_[k].low == "in" || toks_[k].low == "at") && is_low_word(k - 1) &&
          (toks_[k - 1].cls & quotes::kOrgWord) && is_cap(k + 1)) {
        b = k;
        break;
      }
    }
    std::string_view head = toks_[b - 1].low;
    bool lower_head = is_low_word(b - 1);
    // A source noun alone that opens the sentence, right before its verb of saying, is
    // capitalised by position only: "Witnesses said", "Residents say" are unnamed sources.
    // (Not before other cues or a tail: the nq gold keeps "Residents accused ..." and
    // "Fishermen interviewed in ... said" on the record.)
    if (!lower_head && b == a + 1 && a == sents_[sent].first && is_word(a) && b < toks_.size() &&
        toks_[b].cue && (toks_[b].cue->lemma == "say" || toks_[b].cue->lemma == "tell") &&
        ((toks_[a].cls & quotes::kSourceNoun) || lex_.collective_source(head)) &&
        entity_in(toks_[a].s, toks_[a].e) < 0)
      lower_head = true;
    // "officials familiar with the matter", "officials in Beirut": a source noun followed by a
    // modifier is a description even when it ends in a name.
    for (uint32_t k = a; k + 1 < b; ++k) {
      // (Capitalised first: "Officials in Beirut", not "Police press officer Monika Kosiec".)
      // (The modifier opens with a preposition or "familiar/close": not "police officer",
      // "observer mission", where the noun goes on.)
      std::string_view nx = toks_[k + 1].low;
      bool modifier = (toks_[k + 1].cls & quotes::kPreposition) || nx == "familiar" ||
                      nx == "close" || nx == "who" || nx == "loyal" || nx == "allied" ||
                      nx == "linked" || nx == "aligned";
      // (A body of sources counts: "lawyers for the unions", "relatives of the dead"; so does a
      // person given an age: "a 34-year-old bus driver from Kisumu".)
      if ((is_low_word(k) || (k == a && (toks_[k + 1].cls & quotes::kPreposition))) &&
          ((toks_[k].cls & quotes::kSourceNoun) || lex_.collective_source(toks_[k].low) ||
           aged_before(a, k)) &&
          !is_cap(k + 1) && modifier) {
        head = toks_[k].low;
        lower_head = true;
        break;
      }
    }
    // (An organisation's head ends the phrase: "A European Union observer mission" is the
    // mission, not an observer.)
    if (lower_head && !lex_.source_noun(head) && !(toks_[b - 1].cls & quotes::kOrgWord)) {
      for (uint32_t k = a; k < b; ++k)
        if (is_low_word(k) && (toks_[k].cls & quotes::kSourceNoun)) {
          head = toks_[k].low;
          break;
        }
    }
    if (lex_.determiner(first) && !is_cap(a) && a + 1 < b) {
      ++a;  // "the government" -> "government" (descriptions keep their own words below)
    }
    {
      // Only titles: "the president" -> the person the article gives that title.
      bool only_titles = true;
      for (uint32_t k = a; k < b; ++k)
        if (!(toks_[k].cls & quotes::kTitle) && !(toks_[k].cls & quotes::kDeterminer)) only_titles = false;
      const std::string* holder = only_titles ? titled_name(toks_[b - 1].low, toks_[a].s) : nullptr;
      if (holder) {
        out.sp.name = *holder;
        out.sp.description = trim_text(toks_[np.a].s, toks_[b - 1].e);
        out.person = true;
        out.valid = true;
        return out;
      }
    }
    std::string phrase = trim_text(toks_[np.a].s, toks_[b - 1].e);
    if (!phrase.empty() && (phrase.rfind("But ", 0) == 0 || phrase.rfind("And ", 0) == 0))
      phrase = phrase.substr(4);
    if (lower_head) {
      // A group, an office or an unnamed source: "Lebanese officials", "the government".
      bool has_person = false;
      for (uint32_t k = a; k < b; ++k) {
        if (!is_cap(k) || place_word(k)) continue;
        int ke = entity_in(toks_[k].s, toks_[k].e);
        if (ke >= 0) {
          if (doc_.entities[ke].type == EntityType::kPerson) has_person = true;
          continue;
        }
        // (A sentence's first word before a lower-case noun is capitalised by position:
        // "Rights groups say" is no person "Rights" from a "Human Rights" elsewhere.)
        if (k == sents_[sent].first && k + 1 < b && is_low_word(k + 1)) continue;
        auto it = names_.find(fold_key(toks_[k].low));
        if (it != names_.end() && is_person_name(it->second)) has_person = true;
      }
      // "A CQC spokesperson", "The European Union's foreign policy spokesperson", "a company
      // spokesman", "a spokesperson for the European Commission": a spokesperson speaks on the
      // record for a body; the body is the speaker, no anonymous source.
      if (!has_person && is_spokes_noun(head)) {
        SpeakerInfo owner = spokesperson_owner(np, a, b, sent);
        if (owner.valid && !owner.sp.anonymous && !owner.person) {
          owner.sp.description = phrase;
          last_spokes_body_ = owner;
          return owner;
        }
        // ("The spokesperson said" later: the body the last spokesperson spoke for.)
        if (b - np.a == 2 && (toks_[np.a].low == "the" || toks_[np.a].low == "this") &&
            last_spokes_body_.valid) {
          SpeakerInfo again = last_spokes_body_;
          again.sp.description = phrase;
          return again;
        }
      }
      out.sp.description = phrase;
      // ("The Philippine coast guard", "the National Guard": an institution, no source.)
      bool institution = head == "guard" && b - 2 >= np.a &&
                         (toks_[b - 2].low == "coast" || toks_[b - 2].low == "national");
      // (Analysts, experts, observers, investigators, engineers and pilots speak in their
      // role, on the record, unless the text asks for their anonymity: "Analysts at Nordea
      // said", "Legal experts say", "Election observers from the SADC said".)
      bool on_record = head == "analyst" || head == "analysts" || head == "expert" ||
                       head == "experts" || head == "observer" || head == "observers" ||
                       head == "investigator" || head == "investigators" ||
                       head == "engineer" || head == "engineers" || head == "pilot" ||
                       head == "pilots";
      // Unnamed sources named as a body are anonymous too, as the output contract writes an
      // unnamed source ("Rights groups said", "local media reported", "Transport leaders
      // said", "relatives said"): no capitalised word but a demonym, a country or the
      // sentence's first word, and no state outlet ("state television" is the state's).
      bool collective = false;
      // (Not a named owner's: "Deschamps' lawyers", "the ministry's lawyers".)
      bool owned = np.a > 0 && ((toks_[np.a - 1].f & kPoss) || is_punct(np.a - 1, "'") ||
                                is_punct(np.a - 1, "\xE2\x80\x99"));
      if (lex_.collective_source(head) && !has_person && !owned && b - np.a <= 4 &&
          (ent < 0 || doc_.entities[ent].type == EntityType::kNorp ||
           doc_.entities[ent].type == EntityType::kGpe)) {
        collective = true;
        for (uint32_t k = np.a; k < b && collective; ++k) {
          if (is_cap(k) && !(k == sents_[sent].first) && !place_word(k)) collective = false;
          std::string_view w = toks_[k].low;
          if (w == "state" || w == "official" || w == "public" || w == "national" ||
              w == "government" || w == "government-run" || w == "state-run" ||
              w == "state-owned" || w == "pro-government")
            collective = false;
          if ((toks_[k].f & kPoss) || (k == np.a && w == "that")) collective = false;
        }
      }
      if (collective) {
        out.sp.anonymous = true;
        out.sp.name = phrase;
      } else if ((lex_.source_noun(head) || (aged_before(np.a, b - 1) && !lex_.org_word(head))) &&
                 !has_person && head != "police" && head != "authorities" && !institution &&
                 !on_record) {
        // (A person described by an age and no name is an unnamed source whatever the noun:
        // "a 34-year-old bus driver", "a 60-year-old grandmother".)
        out.sp.anonymous = true;
        out.sp.name = phrase;
      } else if (const Apposed* ap = b == np.a + 2 && lex_.determiner(toks_[np.a].low) &&
                                             is_low_word(b - 1) && ent < 0 &&
                                             lex_.determiner(first) && is_generic_org_noun(head)
                                         ? apposed_name(head, toks_[np.a].s)
                                         : nullptr;
                 ap) {
        // "The mining company, Rio Verde Minerals, says ... The company says ...".
        out.sp.name = ap->entity >= 0 ? doc_.entities[ap->entity].name : ap->name;
        out.sp.entity = ap->entity;
        out.valid = true;
        return out;
      } else if (int oe = b == np.a + 2 && lex_.determiner(toks_[np.a].low) &&
                                  is_low_word(b - 1) && ent < 0
                              ? org_antecedent(head, toks_[np.a].s, specific_reference(np))
                              : -1;
                 oe >= 0) {
        out.sp.name = doc_.entities[oe].name;
        out.sp.entity = oe;
        out.valid = true;
        return out;
      } else if (b - a <= 2 && !is_cap(a) && lex_.determiner(first)) {
        std::string full = fuller_description(head, toks_[a].s);
        out.sp.name = full.empty() ? trim_text(toks_[a].s, toks_[b - 1].e) : full;
      } else {
        out.sp.name = trim_text(toks_[a].s, toks_[b - 1].e);
      }
      if (lex_.determiner(first) && out.sp.name == phrase && phrase.size() > first.size() + 1 &&
          !out.sp.anonymous)
        out.sp.name = phrase.substr(first.size() + 1);
      out.plural = (head.size() > 2 && head.back() == 's') || head == "children" ||
                   head == "people" || head == "police" || head == "them" ||
                   (b - a > 2 && toks_[a + 1].low == "of");
      // One unnamed person ("a resident", "the official") is a "he" or "she" later; so is
      // one described by a title ("The judge said ... She added").
      if ((out.sp.anonymous || on_record) && !out.plural && head != "source" && head != "media" &&
          !(toks_[a].low == "one" && a + 1 < b && toks_[a + 1].low == "of"))
        out.person = true;
      if (!out.plural && (toks_[b - 1].cls & quotes::kTitle) && is_low_word(b - 1)) out.person = true;
      out.described = out.person;
      if (ent >= 0 && !out.sp.anonymous) out.sp.entity = ent;
      out.valid = true;
      return out;
    }
    // "Doug Collins of Georgia": the name before a prepositional tail.
    for (uint32_t k = a + 1; k + 1 < b; ++k) {
      std::string_view w = toks_[k].low;
      // An acronym before "of" is the name too: "ABC of Australia".
      auto acronym = [&](uint32_t i) {
        std::string_view raw = std::string_view(doc_.text).substr(toks_[i].s, toks_[i].e - toks_[i].s);
        if (raw.size() < 2 || raw.size() > 6) return false;
        for (char ch : raw)
          if (ch < 'A' || ch > 'Z') return false;
        return true;
      };
      if (is_low_word(k) && (w == "of" || w == "from" || w == "at") && is_cap(k - 1) &&
          !(toks_[k - 1].cls & quotes::kTitle) && !(toks_[k - 1].cls & quotes::kOrgWord) &&
          (person_run_start(a, k) + 2 <= k || (k == a + 1 && acronym(a))) &&
          !(w == "of" && org_mention_covers(toks_[k - 1].s, toks_[k + 1].e))) {
        b = k;
        break;
      }
      // An organisation's name and the place it sits in: "the Norwegian Refugee Council in
      // Nairobi", "the Australian High Commission in Port Moresby" (the body speaks, not the
      // place; the place is the name's last capitals, up to three).
      if (is_low_word(k) && w == "in" && k >= a + 2 && is_cap(k - 1) &&
          (toks_[k - 1].cls & quotes::kOrgWord) && b - k - 1 <= 3) {
        bool place = true, org_word = false;
        for (uint32_t t = k + 1; t < b && place; ++t) {
          place = is_cap(t);
          org_word = org_word || (toks_[t].cls & quotes::kOrgWord);
        }
        // ("Port Moresby": an organisation word in a recognised place's name.)
        if (place && org_word) {
          int pe = entity_in(toks_[k + 1].s, toks_[b - 1].e);
          place = pe >= 0 && (doc_.entities[pe].type == EntityType::kGpe ||
                              doc_.entities[pe].type == EntityType::kLoc);
        }
        if (place) {
          b = k;
          break;
        }
      }
    }
    // A coordination ("Reuters and NBC") is reported as written.
    bool coordinated = false;
    for (uint32_t k = a; k < b; ++k)
      if (is_low_word(k) && toks_[k].low == "and") coordinated = true;
    // A capitalised name: drop titles and the words before them (not inside an
    // organisation's name: "the US State Department").
    uint32_t na = a;
    bool titled = false;
    bool org_name = (toks_[b - 1].cls & quotes::kOrgWord) && is_cap(b - 1) && b - a >= 2;
    if (org_name)
      while (na + 1 < b && (lex_.determiner(toks_[na].low) || !is_cap(na))) ++na;
    else if (na + 1 < b && (toks_[na].low == "the" || toks_[na].low == "a")) {
      // "The U.S. said", "The UN said": the article is no part of an acronym's name ("The
      // Hill", "The Economist" keep theirs).
      std::string_view rest =
          std::string_view(doc_.text).substr(toks_[na + 1].s, toks_[b - 1].e - toks_[na + 1].s);
      bool acronym = rest.size() >= 2 && rest.size() <= 8;
      for (char ch : rest) acronym &= (ch >= 'A' && ch <= 'Z') || ch == '.';
      if (acronym) ++na;
    }
    for (uint32_t k = a; k < b && !org_name; ++k) {
      // (An abbreviation's dot belongs to its capitals: "U.S.")
      if (((toks_[k].cls & quotes::kTitle) && k + 1 < b) || (toks_[k].f & kPoss) ||
          (!is_cap(k) && !(toks_[k].f & kAbbrevDot) && !name_particle(k)) ||
          (toks_[k].f & kAbbrevDot && k + 1 < b && !is_cap(k + 1)) ||
          // (the dot of a title dropped just before: "Dr. Mwangi")
          ((toks_[k].f & kAbbrevDot) && k == na && k > a && (toks_[k - 1].cls & quotes::kTitle))) {
        if ((toks_[k].cls & quotes::kTitle)) titled = true;
        na = k + 1;
      }
    }
    if (na >= b) na = a;
    if (coordinated) na = a;
    // "UN High Commissioner for Refugees Filippo Grandi", "Secretary of State Antony
    // Blinken": capitals after a title's "for"/"of" are the title's complement, then the
    // name; with three or more, the last two are the name.
    // (Also "U.S. Ambassador to the Philippines Karen Whitfield": "to", and an article.)
    uint32_t comp = na > a + 1 && is_low_word(na - 1) && toks_[na - 1].low == "the" ? na - 1 : na;
    if (titled && comp > a + 1 && is_low_word(comp - 1) &&
        (toks_[comp - 1].low == "for" || toks_[comp - 1].low == "of" ||
         toks_[comp - 1].low == "to") &&
        b - na >= 3 && b - na <= 5) {
      bool caps = true;
      for (uint32_t k = na; k < b; ++k) caps = caps && is_cap(k) && !(toks_[k].f & kAbbrevDot);
      if (caps) na = b - 2;
    }
    // The person at the end of an organisation's name: "Amnesty International Man-kei Tam".
    uint32_t pa = person_run_start(na, b);
    if (!coordinated && pa > na && b - pa >= 2) na = pa;
    int nent = coordinated ? -1 : canonical_entity(entity_in(toks_[na].s, toks_[b - 1].e));
    if (nent >= 0) {
      const Entity& e = doc_.entities[nent];
      // Trust the resolver when its mention is the name itself, or a person.
      bool covers = false;
      uint32_t mention_start = toks_[na].s;
      for (const Mention& m : e.mentions)
        if (m.start <= toks_[na].s && m.end >= toks_[b - 1].e) {
          covers = true;
          mention_start = std::min(mention_start, m.start);
        }
      std::vector<std::string> ew = name_words(e.name);
      bool consistent = !ew.empty() && ew.back() == fold_key(toks_[b - 1].low);
      // A given name inside a person's longer mention: Jimmy "Barbecue" Cherizier.
      if (!consistent && covers && e.type == EntityType::kPerson && b - na == 1 && ew.size() >= 2 &&
          ew.front() == fold_key(toks_[na].low))
        consistent = true;
      // An acronym the resolver read as the entity: "the U.N." -> "United Nations".
      if (!consistent && covers) {
        std::string_view surface =
            std::string_view(doc_.text).substr(toks_[na].s, toks_[b - 1].e - toks_[na].s);
        bool acronym = surface.size() >= 2 && surface.size() <= 8;
        for (char ch : surface)
          if (!((ch >= 'A' && ch <= 'Z') || ch == '.')) acronym = false;
        consistent = acronym;
      }
      if ((covers || e.type == EntityType::kPerson) && consistent) {
        out.sp.name = e.name;
        // The resolver kept less of the name than the text gives ("Leyen" for "Ursula von der
        // Leyen"): the text's name.
        if (!covers && e.type == EntityType::kPerson && ew.size() < b - na && person_like(na, b)) {
          bool particle = false;
          for (uint32_t k = na; k < b; ++k) particle = particle || name_particle(k);
          if (particle) out.sp.name = trim_text(toks_[na].s, toks_[b - 1].e);
        }
        // "Captain Rochester" -> "Monica Rochester": a title is no part of a name.
        size_t skip = 0;  // persons only: "Health Ministry" keeps its first word
        while (e.type == EntityType::kPerson && skip + 1 < ew.size() && lex_.title(ew[skip]))
          ++skip;
        if (skip > 0) {
          size_t cut = 0;
          for (size_t k = 0; k < skip; ++k) cut = out.sp.name.find(' ', cut) + 1;
          out.sp.name = out.sp.name.substr(cut);
        }
        if (ew.size() - skip == 1 && e.type == EntityType::kPerson) {
          auto it = names_.find(ew.back());
          if (it != names_.end()) out.sp.name = it->second;
        }
        out.sp.entity = nent;
        out.person = e.type == EntityType::kPerson;
        // The mention may start before the name's last capitals ("the Bank of England").
        while (na > a && toks_[na - 1].s >= mention_start) --na;
        // (Not a lone article: "The Red Cross" has no description.)
        if (na > a && !(na == a + 1 && lex_.determiner(toks_[a].low)))
          out.sp.description = trim_text(toks_[a].s, toks_[na - 1].e);
        out.valid = true;
        return out;
      }
    }
    std::string name = trim_text(toks_[na].s, toks_[b - 1].e);
    if (b - na == 1) {
      auto it = names_.find(fold_key(toks_[na].low));
      if (it != names_.end()) name = it->second;
    }
    out.sp.name = name;
    if (na > a) {
      std::string desc = trim_text(toks_[a].s, toks_[na - 1].e);
      std::string_view dv(desc);
      if (dv.rfind("the ", 0) == 0 || dv.rfind("The ", 0) == 0) desc = desc.substr(4);
      if (desc == "The" || desc == "the" || desc == "A" || desc == "a" || desc == "An" ||
          desc == "an")
        desc.clear();  // a lone article describes nothing
      out.sp.description = desc;
    }
    out.person = titled || is_person_name(name);
    out.valid = !name.empty();
    return out;
  }

  SpeakerInfo resolve_pronoun(std::string_view p, uint32_t sent) {
    SpeakerInfo out;
    if (p == "he" || p == "she" || p == "him" || p == "her") {
      // The previous sentence's subject when it is a person, else the last quoted person.
      if (prev_subject().valid && prev_subject_.person && prev_subject_sent_ + 1 >= sent) {
        // An unnamed subject gives way to a person the same sentence names ("A spokesman
        // for the police, Kwame Boateng, said ..." / "Myanmar's military spokesman, Zaw Min
        // Tun, rejected ...").
        if (prev_subject_.sp.anonymous || prev_subject_.described) {
          // (named before the sentence's speech verb: not a person inside what was said, "the
          // boat had left Nouadhibou")
          uint32_t limit = UINT32_MAX;
          for (uint32_t t = sents_[prev_subject_np_sent_].first;
               t < sents_[prev_subject_np_sent_].second; ++t)
            if (is_low_word(t) && toks_[t].cue && (toks_[t].cue->flags & quotes::kSpeech)) {
              limit = toks_[t].s;
              break;
            }
          SpeakerInfo named = last_person_in(prev_subject_np_sent_, limit);
          // (Not a name inside the description itself: "A former Bering Air pilot".)
          bool inside = named.valid && !named.sp.name.empty() &&
                        prev_subject_.sp.name.find(named.sp.name) != std::string::npos;
          if (named.valid && !named.sp.anonymous && !inside) return named;
        }
        return prev_subject_;
      }
      // The last person the previous sentence names.
      if (sent > 0) {
        SpeakerInfo p = last_person_in(sent - 1);
        if (p.valid) return p;
      }
      // (With no one quoted yet, the person named two sentences back, in the paragraph
      // before: "Aida Fernandes has lived ... Now a company wants ... \"...,\" she says".)
      if (!last_person_.valid && sent > 1) {
        SpeakerInfo p = last_person_in(sent - 2);
        if (p.valid) return p;
      }
      if (last_person_.valid) return last_person_;
      return out;
    }
    if (p == "it") {
      if (prev_subject().valid && !prev_subject_.person && !prev_subject_.plural &&
          !prev_subject_.sp.anonymous)
        return prev_subject_;
      // ("..., the memo said. ..., it said": the document, which speaks for its writer)
      if (doc_author_.valid && doc_author_sent_ + 1 >= sent) return doc_author_;
      if (last_thing_.valid) return last_thing_;
      return out;
    }
    if (p == "they" || p == "them") {
      if (prev_subject().valid && !prev_subject_.person &&
          (prev_subject_.plural || prev_subject_.sp.anonymous))
        return prev_subject_;
      if (last_group_.valid) return last_group_;
      return out;
    }
    return out;  // I, we, you: the speaker of the surrounding quote, not resolved here
  }

  // True when byte `at` lies inside a direct quote: people named there rarely speak next.
  bool in_quote_at(uint32_t at) const {
    auto it = std::upper_bound(toks_.begin(), toks_.end(), at,
                               [](uint32_t v, const Tok& k) { return v < k.s; });
    if (it == toks_.begin()) return false;
    --it;
    return at < it->e && (it->f & kInQ);
  }

  // True when a document token inside bytes [s, e) is a nominal subject in the parse.
  bool subject_at(uint32_t s, uint32_t e) const {
    const auto& toks = doc_.tokens;
    auto it = std::lower_bound(toks.begin(), toks.end(), s,
                               [](const Token& t, uint32_t v) { return t.start < v; });
    for (; it != toks.end() && it->start < e; ++it)
      if (it->dep == "nsubj" || it->dep == "nsubj:pass") return true;
    return false;
  }

  SpeakerInfo last_person_in(uint32_t sent, uint32_t limit = UINT32_MAX) {
    SpeakerInfo out;
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    while (se > ss && limit != UINT32_MAX && toks_[se - 1].s >= limit) --se;
    if (se <= ss) return out;
    if (!mentions_.empty()) {
      uint32_t s = toks_[ss].s, e = toks_[se - 1].e;
      int subject = -1;  // a person the parse makes a subject ("... that X accepted ..."), first
      int quoted = -1;   // the person quoted last, when the sentence names them
      for (const MentionRef& m : mentions_) {
        if (m.s >= e) break;
        if (m.s >= s && doc_.entities[m.entity].type == EntityType::kPerson && !in_quote_at(m.s)) {
          out.sp.name = doc_.entities[m.entity].name;
          out.sp.entity = static_cast<int32_t>(m.entity);
          out.person = true;
          out.valid = true;
          if (subject < 0 && subject_at(m.s, m.e)) subject = static_cast<int>(m.entity);
          // (the person quoted last, named again here: "..., said X, a spokesman for the Y,
          // which the junta calls Kayah. \"...,\" he told")
          if (quoted < 0 && last_person_.valid && last_person_.sp.entity == static_cast<int32_t>(m.entity))
            quoted = static_cast<int>(m.entity);
        }
      }
      if (subject < 0 && quoted >= 0) subject = quoted;
      if (subject >= 0) {
        out.sp.name = doc_.entities[subject].name;
        out.sp.entity = subject;
      }
      if (out.valid) return out;
    }
    for (uint32_t t = se; t-- > ss;) {
      if (!is_cap(t) || (toks_[t].f & kInQ)) continue;
      // (Capitals that modify a source noun name no person: "a former Polar Air pilot".)
      if (t + 1 < se && is_low_word(t + 1) &&
          (toks_[t + 1].cls & (quotes::kSourceNoun | quotes::kTitle)))
        continue;
      uint32_t a = person_run_start(ss, t + 1);
      if (t + 1 - a >= 2 && is_person_name(trim_text(toks_[a].s, toks_[t].e))) {
        out.sp.name = trim_text(toks_[a].s, toks_[t].e);
        out.person = true;
        out.valid = true;
        return out;
      }
    }
    return out;
  }

  void remember_speaker(const SpeakerInfo& s) {
    if (!s.valid) return;
    // (An unnamed person is the unnamed source quoted last, not the last named person.)
    if (s.sp.anonymous || (s.plural && !s.person)) last_group_ = s;
    else if (s.person) last_person_ = s;
    else last_thing_ = s;
  }

  // ---------------------------------------------------------------- direct quotes
  uint32_t word_count(uint32_t a, uint32_t b) const {
    uint32_t n = 0;
    for (uint32_t t = a; t < b; ++t)
      if ((toks_[t].f & kWord) && !(toks_[t].f & kPoss)) ++n;
    return n;
  }

  bool looks_like_title(const DirectQuote& q) const {
    uint32_t words = 0;
    for (uint32_t t = q.a; t < q.b; ++t) {
      if (!(toks_[t].f & kWord) || (toks_[t].f & kPoss)) continue;
      ++words;
      std::string_view w = toks_[t].low;
      if (!is_cap(t) && !(toks_[t].f & kDigit) && !((toks_[t].cls & quotes::kPreposition) ||
                                                    (toks_[t].cls & quotes::kDeterminer) || w == "and" ||
                                                    w == "or" || w == "a"))
        return false;
    }
    return words > 0 && words <= 8;
  }

  bool naming_context(const DirectQuote& q) const {
    uint32_t o = q.open;
    uint32_t pb = paras_[toks_[o].para].tok_begin;
    if (o == pb) return false;
    uint32_t p1 = o - 1;
    if (is_punct(p1, ",") || is_punct(p1, ":")) return false;
    std::string_view w1 = toks_[p1].low;
    if (!is_word(p1)) return false;
    // ("rejected what it called \"baseless accusations\"", "what he calls \"...\"": the
    // subject's own characterisation, speech, not a name; a pronoun subject only.)
    if ((w1 == "called" || w1 == "calls" || w1 == "termed" || w1 == "described") && p1 >= pb + 2 &&
        toks_[p1 - 2].low == "what" && is_word(p1 - 1) && (toks_[p1 - 1].cls & quotes::kPronoun))
      return false;
    // ("tells Wikinews about 'self-medicating' ants": a topic, not speech.)
    if (lex_.naming(w1) || lex_.work_noun(w1) || w1 == "about") return true;
    if (p1 > pb && is_word(p1 - 1)) {
      std::string_view w2 = toks_[p1 - 1].low;
      if ((w1 == "as" || w1 == "the" || w1 == "a" || w1 == "an" || w1 == "of") &&
          (lex_.naming(w2) || lex_.work_noun(w2)))
        return true;
      // the film “...”, the 2019 album “...”
      if (lex_.work_noun(w2) && is_cap(p1)) return true;
    }
    return false;
  }

  // Token t follows ", Name Name," (one to five capitalised words set off by commas, after k),
  // or the words after the quote open with a name set off by a comma ("Kylychbek Asanov, the
  // deputy head of ..., told").
  bool set_off_name_before(uint32_t t, uint32_t k) const {
    if (t < k + 3 || !is_punct(t - 1, ",")) return false;
    uint32_t m = t - 1;
    while (m > k && m + 6 > t && is_word(m - 1) && is_cap(m - 1)) --m;
    if (m < t - 1 && m > k && is_punct(m - 1, ",")) return true;
    // (", Samoan environment minister Toeolesulusulu Cedric Schuster,": a short description
    // before a name of two or more words, all set off.)
    if (m + 2 < t && person_like(m, t - 1)) {
      uint32_t d = m;
      while (d > k && m - d < 4 && is_word(d - 1) && !verbish(d - 1) && !toks_[d - 1].cue &&
             !(toks_[d - 1].f & kInQ))
        --d;
      if (d < m && d > k && is_punct(d - 1, ",")) return true;
    }
    uint32_t e = k;
    while (e < t && e < k + 5 && is_word(e) && (is_cap(e) || name_particle(e))) ++e;
    return e - k >= 2 && e < t && is_punct(e, ",") && person_like(k, e);
  }

  // A short quote inside a noun phrase, between a determiner and its noun: `a "null vote"
  // campaign`, `the "green transition" debate` is a term, not speech.
  bool noun_modifier(const DirectQuote& q) const {
    if (q.close == kNone || q.open == 0 || q.close + 1 >= toks_.size()) return false;
    uint32_t p = q.open - 1, n = q.close + 1;
    if (!is_low_word(p) || toks_[p].para != toks_[q.open].para) return false;
    std::string_view d = toks_[p].low;
    if (d != "a" && d != "an" && d != "the" && d != "its" && d != "their" && d != "his" &&
        d != "her" && d != "this" && d != "that")
      return false;
    if (!is_low_word(n) || toks_[n].para != toks_[q.close].para) return false;
    std::string_view w = toks_[n].low;
    if ((toks_[n].cls & (quotes::kPreposition | quotes::kDeterminer | quotes::kAux |
                         quotes::kPronoun | quotes::kSubordinator | quotes::kAdverb |
                         quotes::kTimeWord)) ||
        calendar_word(n) || w == "last" || w == "next" || w == "this" ||
        toks_[n].cue || verbish(n) || w == "and" || w == "or" || w == "but" || w == "nor")
      return false;
    // (the quote itself ends without punctuation: "a \"null vote\" campaign")
    if (q.b <= q.a || !is_word(q.b - 1)) return false;
    // A characterisation is the speaker's word: `called the disappearance an "interesting"
    // case`, `described the military as a "horrible" use` (not `called for a "..." campaign`).
    uint32_t lo = paras_[toks_[q.open].para].tok_begin;
    for (uint32_t m = p; m-- > lo && p - m <= 8;) {
      const Cue* c = toks_[m].cue;
      if (!c || !is_low_word(m)) continue;
      std::string_view l = c->lemma;
      bool characterise = l == "call" || l == "describe" || l == "label" || l == "brand" ||
                          l == "dismiss" || l == "denounce" || l == "condemn" || l == "praise" ||
                          l == "criticize" || l == "hail";
      if (characterise && !(m + 1 < toks_.size() && toks_[m + 1].low == "for")) return false;
    }
    return true;
  }

  // Looks for a cue after the closing mark: “...,” he said / “...,” said X / “...,” X told Y.
  bool post_cue(DirectQuote& q, uint32_t sent) {
    if (q.close == kNone) return false;
    uint32_t se = sents_[tok_sent_[q.close]].second;
    uint32_t k = q.close + 1;
    // An epigraph's byline: “So far, it's the Internet: 1 ...” - Matthew Ingram (the name
    // alone after a dash, ending the paragraph).
    if (k + 2 < toks_.size() && toks_[k].para == toks_[q.close].para &&
        (is_punct(k, "-") || (toks_[k].f & kDash)) && q.open != kNone &&
        q.open == paras_[toks_[q.open].para].tok_begin) {
      uint32_t na = k + 1, nb = na;
      while (nb < toks_.size() && toks_[nb].para == toks_[q.close].para && is_cap(nb) &&
             nb - na < 5)
        ++nb;
      bool ends = nb >= toks_.size() || toks_[nb].para != toks_[q.close].para;
      if (ends && nb - na >= 2 && person_like(na, nb)) {
        attach(q, k, k + 1, make_speaker(NounPhrase{na, nb}, tok_sent_[na]), sent);
        return true;
      }
    }
    if (k < se && (is_punct(k, ",") || is_punct(k, "-") || (toks_[k].f & kDash))) ++k;
    if (k >= se) return false;
    // (“...,” the regional commissioner for Manyara, Queen Sendiga, told AFP: a name set off
    // after a description may take the cue a little further.)
    uint32_t limit = std::min<uint32_t>(se, k + 16);
    bool set_off = false;
    uint32_t skipped = 0;  // words of relative clauses skipped
    for (uint32_t t = k; t < limit; ++t) {
      const Tok& tk = toks_[t];
      if (tk.f & kMark) return false;
      if (t > k && is_punct(t, ",")) set_off = true;
      // (“...,” Dr. Mwangi said: an abbreviation's dot; “...,” X, the Huthis' chief negotiator,
      // wrote: the apostrophe of a name's plural possessive.)
      if ((tk.f & kAbbrevDot) && t > k && is_word(t - 1)) continue;
      if (!(tk.f & kWord) && t > k && is_word(t - 1) && is_cap(t - 1) && tk.s == toks_[t - 1].e &&
          (tk.low == "'" || tk.low == "\xE2\x80\x99") && t + 1 < se && is_word(t + 1))
        continue;
      if (!(tk.f & kWord)) {
        // “...,” Thabo Mokoena, who has led the union since 2019, told AFP: a relative
        // clause set off after the speaker's name does not count against the window.
        if (is_punct(t, ",") && t > k && t + 1 < se &&
            (toks_[t + 1].low == "who" || toks_[t + 1].low == "whose")) {
          uint32_t m = t + 2;
          while (m < se && m < t + 20 && !is_punct(m, ",") && !(toks_[m].f & kMark) &&
                 !terminal(toks_[m]))
            ++m;
          if (m < se && is_punct(m, ",")) {
            limit = std::min<uint32_t>(se, limit + (m - t));
            skipped += m - t;
            t = m;
            continue;
          }
        }
        if (is_punct(t, ",") && t > k) continue;  // “...,” Smith, a lawyer, said
        return false;
      }
      if (tk.low == "according" && t + 1 < se && toks_[t + 1].low == "to" && t == k) {
        q.according_tok = t;  // used when no verb cue before the quote names the speaker
        return false;
      }
      const Cue* cue = tk.cue;
      if (!cue || (cue->flags & quotes::kDocSubject)) continue;
      // (Past the usual window only for a cue right after a name set off by commas: not
      // "..., referring to caves, and that some historical evidence suggests".)
      if (t >= k + 9 + skipped && (!set_off || !set_off_name_before(t, k))) return false;
      if (t == k && (cue->flags & quotes::kParticiple)) return false;  // ..., recalling X
      // (“calm and orderly,” urged all sides to show restraint: an appeal's object follows,
      // no inverted speaker.)
      if (t == k && (cue->flags & quotes::kObjTo)) return false;
      if (t == k) {
        // Inverted: “...,” said Randa Slim, director of ...
        uint32_t a = t + 1;
        while (a < se && is_low_word(a) && ((toks_[a].cls & quotes::kAux) || (toks_[a].cls & quotes::kAdverb)))
          ++a;
        NounPhrase np = np_right(a, se);
        if (np.empty()) return false;
        // "... or "together save lives," began last November": a time is nobody.
        for (uint32_t k = np.a; k < np.b; ++k)
          if ((toks_[k].cls & quotes::kTimeWord) || calendar_word(k)) return false;
        // "writes Huber's longtime tag team partner Erick Rowan on Instagram": the phrase
        // stopped before the name it leads to; that name is the speaker, the rest describes.
        {
          uint32_t pe = phrase_end(np.b, se);
          uint32_t best_a = kNone, best_b = kNone;
          for (uint32_t r = np.b; r < pe;) {
            if (!is_cap(r)) {
              ++r;
              continue;
            }
            uint32_t e = r;
            while (e < pe && is_cap(e) && e - r < 6) ++e;
            bool possessive = e < pe && (toks_[e].f & kPoss);
            if (!possessive && e - r >= 2 && person_like(r, e)) {
              best_a = r;
              best_b = e;
            }
            r = e;
          }
          if (best_a != kNone && best_a - np.b <= 2) {
            SpeakerInfo si = make_speaker(NounPhrase{best_a, best_b}, sent);
            si.sp.description = trim_text(toks_[np.a].s, toks_[best_a - 1].e);
            attach(q, t, t + 1, si, sent);
            return true;
          }
        }
        // "said a protester using the pseudonym Katya", "said one marcher, identified only as
        // Chan": the name the article gives the person it describes.
        uint32_t desc_end = 0;
        if (NounPhrase named = naming_tail(np, se, &desc_end); !named.empty()) {
          SpeakerInfo si = make_speaker(named, sent);
          si.sp.description = trim_text(toks_[np.a].s, toks_[desc_end - 1].e);
          attach(q, t, t + 1, si, sent);
          return true;
        }
        // "said University of California, San Diego's chancellor, Pradeep Khosla."
        if (!person_like(np.a, np.b) && np.b < se && is_punct(np.b, ",")) {
          uint32_t seg = np.b + 1;
          for (int n = 0; n < 3 && seg < se; ++n) {
            uint32_t e = seg;
            while (e < se && !is_punct(e, ",") && !terminal(toks_[e]) && !(toks_[e].f & kMark))
              ++e;
            uint32_t pa = person_run_start(seg, e);
            if (e - pa >= 2 && person_like(pa, e)) {
              SpeakerInfo si = make_speaker(NounPhrase{pa, e}, sent);
              si.sp.description = trim_text(toks_[np.a].s, toks_[pa > seg ? pa - 1 : seg - 1].e);
              attach(q, t, t + 1, si, sent);
              return true;
            }
            if (e >= se || !is_punct(e, ",")) break;
            seg = e + 1;
          }
        }
        SpeakerInfo si = make_speaker(np, sent);
        if (np.b + 1 < se && is_punct(np.b, ",") && si.sp.description.empty()) {
          uint32_t de = np.b + 1;
          while (de < se && de < np.b + 40 && !(toks_[de].f & kMark) && !terminal(toks_[de]) &&
                 !is_punct(de, ";"))
            ++de;
          if (de > np.b + 1) si.sp.description = trim_text(toks_[np.b + 1].s, toks_[de - 1].e);
        }
        attach(q, t, t + 1, si, sent);
        return true;
      }
      // Subject between the mark and the cue. A passive cue ("as the result was announced")
      // has no speaker for its subject.
      {
        uint32_t p = t;
        while (p > k && is_low_word(p - 1) && (toks_[p - 1].cls & quotes::kAdverb)) --p;
        if (p > k && is_low_word(p - 1)) {
          std::string_view be = toks_[p - 1].low;
          if (be == "was" || be == "were" || be == "is" || be == "are" || be == "been" ||
              be == "be" || be == "being")
            return false;
        }
        // "...," but would not answer questions asked of him: a coordinated predicate of the
        // sentence's own subject, not a new speaker.
        if (is_low_word(k) && (toks_[k].low == "but" || toks_[k].low == "and")) return false;
        // Nor `to allow "safe and unimpeded" access and said ...`: the quote sits inside the
        // sentence's own predicate.
        if (p > k + 1 && is_low_word(p - 1) && (toks_[p - 1].low == "and" || toks_[p - 1].low == "but"))
          return false;
        // `"all options remain on the table" if attacks continued`: a subordinate clause after
        // the quote is no attribution.
        if (is_low_word(k) && (toks_[k].cls & quotes::kSubordinator)) return false;
      }
      Subject subj = subject_left(t, k, false);
      if (subj.negated || subj.np.empty()) return false;
      SpeakerInfo si = make_speaker(subj.np, sent);
      if (!subj.description.empty() && si.sp.description.empty())
        si.sp.description = subj.description;
      attach(q, t, t + 1, si, sent);
      if (cue->flags & quotes::kAddressee) q.addressee = addressee_after(t + 1, se);
      return true;
    }
    return false;
  }

  uint32_t phrase_end(uint32_t a, uint32_t se) const {
    uint32_t b = a;
    while (b < se && !(toks_[b].f & kMark) && !is_punct(b, ";") &&
           !terminal(toks_[b]) && !is_punct(b, ":") && !(toks_[b].f & kDash) &&
           !(is_word(b) && (toks_[b].low == "who" || toks_[b].low == "which"))) {
      // "a March 14, 2019 NATO press release": the comma of a date goes on to the year.
      if (is_punct(b, ",")) {
        bool date = b > a && (toks_[b - 1].f & kDigit) && b + 1 < se && (toks_[b + 1].f & kDigit) &&
                    toks_[b + 1].e - toks_[b + 1].s == 4 && b >= a + 2 && calendar_word(b - 2);
        if (!date) break;
      }
      ++b;
    }
    return b;
  }

  std::string addressee_after(uint32_t a, uint32_t se) const {
    uint32_t b = a;
    while (b < se && is_word(b) && !(toks_[b].cls & quotes::kSubordinator) &&
           (b == a || !(toks_[b].cls & quotes::kPreposition)) && b - a < 7 && !verbish(b))
      ++b;
    // keep the capitalised part: "the Al Jazeera network" -> "Al Jazeera"
    uint32_t ca = kNone, cb = kNone;
    for (uint32_t t = a; t < b; ++t) {
      if (is_cap(t)) {
        if (ca == kNone) ca = t;
        cb = t + 1;
      } else if (ca != kNone) {
        break;
      }
    }
    if (ca != kNone) return trim_text(toks_[ca].s, toks_[cb - 1].e);
    if (b > a) {
      std::string s = trim_text(toks_[a].s, toks_[b - 1].e);
      return s;
    }
    return {};
  }

  // A cue before the opening mark in the same sentence: X said: “...” / said the government
  // “will pay ...” / dismissed Lebanon as a “failed state”.
  bool pre_cue(DirectQuote& q, uint32_t sent) {
    uint32_t ss = sents_[sent].first;
    uint32_t lo = q.open > ss + kWindow ? q.open - kWindow : ss;
    uint32_t from = q.open;
    // "commented on the matter — which the BBC noted as unusual — “...”": skip the aside.
    if (from > lo && (toks_[from - 1].f & kDash)) {
      for (uint32_t d = from - 1; d-- > lo;)
        if (toks_[d].f & kDash) {
          from = d;
          break;
        }
    }
    for (uint32_t t = from; t-- > lo;) {
      const Tok& tk = toks_[t];
      if (tk.f & kInQ) continue;
      if (!(tk.f & kWord)) continue;
      if (tk.low == "according" && t + 1 < q.open && toks_[t + 1].low == "to") {
        NounPhrase np{t + 2, phrase_end(t + 2, q.open)};
        if (np.b <= np.a) continue;
        attach(q, t, t + 2, make_speaker(np, sent), sent);
        q.from_pre_cue = true;
        return true;
      }
      const Cue* cue = tk.cue;
      if (!cue || (is_cap(t) && t != ss) || (cue->flags & quotes::kDocSubject)) continue;
      // "a statement that said": a relative clause, not "that" + noun.
      bool relative = t > ss + 1 && toks_[t - 1].low == "that" && is_document_noun(toks_[t - 2].low);
      if (t > ss && !relative &&
          ((toks_[t - 1].cls & quotes::kDeterminer) || toks_[t - 1].low == "to" ||
           (toks_[t - 1].f & kPoss)))
        continue;
      // "his daughter reported to the police he "left home ..."": told to an addressee.
      if ((cue->flags & quotes::kAmbiguous) && !(t + 1 < q.open && is_punct(t + 1, ":")) &&
          !(t + 1 < toks_.size() && toks_[t + 1].low == "that") &&
          !(tk.low == "reported" && t + 1 < q.open && toks_[t + 1].low == "to"))
        continue;
      // "X called it "..." and said "..."": a cue coordinated after the cue of the
      // sentence's previous quote has that cue's subject.
      // Only right after that quote's closing mark ("... "a retrograde step" and said"), and
      // after a speech verb (not "According to X").
      bool right_after = false;
      if (t > ss && is_word(t - 1) && (toks_[t - 1].low == "and" || toks_[t - 1].low == "but") &&
          last_attributed_ && last_attributed_->close != kNone) {
        uint32_t c = last_attributed_->close + 1;
        if (c < t && is_punct(c, ",")) ++c;
        right_after = c == t - 1;
      }
      if (right_after && last_attributed_->info != kNone && last_attributed_->cue_tok != kNone &&
          last_attributed_->cue_tok >= ss && last_attributed_->cue_tok < t &&
          toks_[last_attributed_->cue_tok].low != "according") {
        attach(q, t, t + 1, q_info_[last_attributed_->info], sent);
        q.from_pre_cue = true;
        return true;
      }
      // "X was announced to be a "pandemic" by the WHO": a passive cue's subject is no speaker
      // ("users are calling it" is no passive).
      bool ing = tk.low.size() > 4 && tk.low.substr(tk.low.size() - 3) == "ing";
      if (!ing && t > ss && is_low_word(t - 1) &&
          (toks_[t - 1].low == "was" || toks_[t - 1].low == "were" || toks_[t - 1].low == "been" ||
           toks_[t - 1].low == "be" || toks_[t - 1].low == "is" || toks_[t - 1].low == "are" ||
           ((toks_[t - 1].cls & quotes::kAdverb) && t > ss + 1 &&
            (toks_[t - 2].low == "was" || toks_[t - 2].low == "were" || toks_[t - 2].low == "been"))))
        continue;
      Subject subj = subject_left(t, ss, cue->flags & quotes::kParticiple);
      if (subj.negated) return false;
      if (subj.np.empty()) continue;
      SpeakerInfo si = make_speaker(subj.np, sent);
      if (!subj.description.empty() && si.sp.description.empty())
        si.sp.description = subj.description;
      attach(q, t, t + 1, si, sent);
      q.from_pre_cue = true;
      if (cue->flags & quotes::kAddressee) q.addressee = addressee_after(t + 1, q.open);
      return true;
    }
    return false;
  }

  void attach(DirectQuote& q, uint32_t cue_a, uint32_t cue_b, const SpeakerInfo& si,
              uint32_t sent) {
    q.attributed = true;
    q.cue_tok = cue_a;
    q.cue_end_tok = cue_b;
    q.cue = trim_text(toks_[cue_a].s, toks_[cue_b - 1].e);
    q.speaker = si.sp;
    // A cue before the marks may still frame a reported clause (mixed quotes); one after
    // them is used up.
    if (cue_a > q.open)
      for (uint32_t t = cue_a; t < cue_b; ++t) consumed_[t] = true;
    remember_speaker(si);
    q.info = static_cast<uint32_t>(q_info_.size());
    q_info_.push_back(si);
  }

  void process_direct(DirectQuote& q, uint32_t sent) {
    uint32_t words = word_count(q.a, q.b);
    if (words == 0) return;
    if (naming_context(q) && words <= 8) return;
    if (words <= 4 && noun_modifier(q)) return;
    bool found = post_cue(q, sent);
    if (!found) found = pre_cue(q, sent);
    if (!found && q.according_tok != kNone) {
      uint32_t t = q.according_tok, se = sents_[tok_sent_[t]].second;
      NounPhrase np{t + 2, phrase_end(t + 2, se)};
      if (np.b > np.a) {
        attach(q, t, t + 2, make_speaker(np, sent), sent);
        found = true;
      }
    }
    bool title = looks_like_title(q);
    // A chanted slogan is a crowd's slogan, not what someone said: `protesters chanted "Pay
    // up now!"`.
    if (found && q.cue_tok != kNone && toks_[q.cue_tok].cue &&
        toks_[q.cue_tok].cue->lemma == "chant") {
      q.attributed = false;
      return;
    }
    if (found) {
      // Titles and scare quotes with a distant cue are not speech.
      if (title && q.from_pre_cue && words <= 6 && !adjacent_pre_cue(q)) {
        q.attributed = false;
        return;
      }
      q.keep = true;
      return;
    }
    // A short quote is a scare quote unless it is a whole sentence of its own ("Nobody
    // came.", "It will not work."): those continue the speaker of the paragraph.
    if (title || q.unclosed || (words <= 4 && !whole_sentence(q))) return;
    // Continuation: an earlier quote in the same paragraph, or a floating quote paragraph
    // after a paragraph whose quote speaker is clear.
    uint32_t para = toks_[q.open].para;
    const DirectQuote* prev = last_attributed_;
    if (prev && prev->speaker.name.size()) {
      uint32_t prev_para = toks_[prev->open].para;
      bool same_para = prev_para == para;
      bool floating = q.open == paras_[para].tok_begin && prev_para + 1 == para;
      if (same_para || floating) {
        q.speaker = prev->speaker;
        q.cue = "";
        q.attributed = true;
        q.keep = true;
        return;
      }
    }
    if (words >= 8) q.keep = true;  // a long quote whose speaker the text does not give
  }

  // The quote is a sentence of its own: it opens its paragraph or follows a sentence end (or
  // another quote's closing mark), starts with a capital and ends with . ! or ? inside the
  // marks.
  bool whole_sentence(const DirectQuote& q) const {
    if (q.close == kNone || q.b <= q.a || !is_cap(q.a)) return false;
    std::string_view last = toks_[q.b - 1].low;
    if (last != "." && last != "!" && last != "?") return false;
    if (q.open == paras_[toks_[q.open].para].tok_begin) return true;
    const Tok& before = toks_[q.open - 1];
    return terminal(before) || (before.f & kCloses);
  }

  bool adjacent_pre_cue(const DirectQuote& q) const {
    if (q.cue_end_tok == kNone) return false;
    uint32_t gap = q.open - q.cue_end_tok;
    return gap <= 2;
  }

  // ---------------------------------------------------------------- indirect speech
  struct Candidate {
    uint32_t cue_a = 0, cue_b = 0;  // cue tokens
    uint32_t a = 0, b = 0;          // content tokens
    SpeakerInfo speaker;
    std::string addressee;
    bool mixed = false;
  };

  uint32_t content_end(uint32_t a, uint32_t se, bool objof) const {
    se = std::min(se, a + 2 * kWindow);
    uint32_t b = a;
    for (; b < se; ++b) {
      const Tok& k = toks_[b];
      if (k.f & kInQ) continue;
      if (k.f & kDash) {
        // "the rainfall recorded on Saturday - 240mm in 24 hours - was the highest": a pair of
        // spaced dashes sets off an aside inside the clause when the clause's verb follows it;
        // the report goes on after it.
        uint32_t m = b + 1;
        while (m < se && m < b + 16 && !(toks_[m].f & kDash) && !terminal(toks_[m]) &&
               !is_punct(m, ";") && !(toks_[m].f & kMark))
          ++m;
        if (b > a + 2 && m < se && m < b + 16 && (toks_[m].f & kDash) && m > b + 1 &&
            m + 2 < se && is_word(m + 1) && !terminal(toks_[m + 1]) &&
            ((toks_[m + 1].cls & quotes::kAux) || finite_tag(m + 1) == 1)) {
          b = m;
          continue;
        }
        break;
      }
      if (is_punct(b, ";")) break;
      if (is_punct(b, ",") && b + 1 < se) {
        std::string_view n = toks_[b + 1].low;
        if (n == "which" || n == "who" || n == "whose") {
          // "that global warming, which may have caused ..., could have been the reason":
          // a relative clause inside the reported subject; the report goes on after it.
          // The clause may hold a list ("which excludes energy, food, alcohol and tobacco,
          // fell"): its end is the first comma, within a few commas, followed by a verb.
          uint32_t close = b + 2;
          bool verb_after = false;
          for (int commas = 0; commas < 4 && !verb_after; ++commas) {
            while (close < se && !is_punct(close, ",") && !is_punct(close, ";") &&
                   !terminal(toks_[close]) && !(toks_[close].f & kMark) && close < b + 40)
              ++close;
            // (A few words after the clause's comma, up to the next punctuation; no
            // recursion: a chain of ", who, ..." must stay linear.)
            if (!(close + 1 < se && is_punct(close, ","))) break;
            for (uint32_t m = close + 1; m < se && m < close + 4 && is_word(m) && !verb_after; ++m)
              verb_after = verbish(m);
            if (!verb_after) ++close;
          }
          if (b > a && !looks_clausal(a, b) && verb_after) {
            b = close;
            continue;
          }
          break;
        }
        if (n == "according") break;
        if (const Cue* c = lex_.cue(n); c && (c->flags & quotes::kParticiple)) break;
        // ", citing the RSF's own contacts": the ground given for the report is no part of it.
        if (n == "citing") break;
        // "..., but diplomats said he had won few concessions": another speaker's report
        // after a contrasting conjunction ends this one.
        if (n == "but" || n == "while" || n == "although" || n == "though" || n == "whereas") {
          bool other = false;
          for (uint32_t m = b + 3; m < se && m < b + 8 && is_word(m) && !other; ++m) {
            const Cue* c = toks_[m].cue;
            other = c && (c->flags & quotes::kSpeech) && !(c->flags & quotes::kAmbiguous) &&
                    !(c->flags & quotes::kParticiple) && !(toks_[m - 1].cls & quotes::kDeterminer) &&
                    toks_[m - 1].low != "to";
          }
          if (other) break;
        }
        // ", officials said.": an attribution set off after the report ends it.
        {
          bool attribution = false;
          for (uint32_t m = b + 1; m < se && m < b + 5 && is_word(m); ++m) {
            const Cue* c = toks_[m].cue;
            if (c && (c->flags & quotes::kSpeech) && !(c->flags & quotes::kAmbiguous) &&
                m > b + 1 && (m + 1 >= se || !is_word(m + 1))) {
              attribution = true;
              break;
            }
          }
          if (attribution) break;
        }
        if (objof) break;
      }
      // (and "but": "was ready for a deal but accused Israel of stalling")
      if (is_word(b) && (k.low == "and" || k.low == "but") && b + 1 < se) {
        uint32_t n = b + 1;
        while (n < se && is_low_word(n) && (toks_[n].cls & quotes::kAdverb)) ++n;
        if (n < se && is_low_word(n)) {
          const Cue* c = toks_[n].cue;
          if (c && !(c->flags & quotes::kAmbiguous)) break;
        }
      }
      // ", and its chief executive said he would resign": a new speaker and cue after ", and"
      // end the clause.
      if (is_word(b) && k.low == "and" && b > a + 2 && is_punct(b - 1, ",") && b + 2 < se) {
        uint32_t n = b + 1;
        std::string_view d = toks_[n].low;
        if (is_low_word(n) && (d == "the" || d == "a" || d == "an" || d == "its" ||
                               d == "his" || d == "her" || d == "their")) {
          ++n;
          uint32_t words = 0;
          while (n < se && words < 4 && is_word(n) && !verbish(n) && !(toks_[n].cue)) ++n, ++words;
          if (words > 0 && n < se && is_low_word(n) && toks_[n].cue &&
              (toks_[n].cue->flags & quotes::kSpeech) && !(toks_[n].cue->flags & quotes::kAmbiguous))
            break;
        }
      }
      // ("it will not negotiate while RSF fighters occupy civilian areas": "while" without a
      // comma is the report's own condition; ", while the RSF put the toll at ..." contrasts.)
      if (is_word(b) && (k.low == "while" || k.low == "whereas") && b > a + 2) {
        // (without a comma, only when another speaker's cue follows: `in an "appalling
        // tragedy" while Interior Minister X wrote ...`)
        bool other = k.low == "whereas" || is_punct(b - 1, ",");
        for (uint32_t m = b + 2; m < se && m < b + 9 && is_word(m) && !other; ++m) {
          const Cue* c = toks_[m].cue;
          other = c && (c->flags & quotes::kSpeech) && !(c->flags & quotes::kAmbiguous) &&
                  !(c->flags & quotes::kParticiple) && toks_[m - 1].low != "to";
        }
        if (other) break;
      }
      // "said the Strait was \"not an American lake\" and that Iran was enforcing the law": a
      // second "that" opens a second report of the same cue (find_indirect adds it).
      if (is_word(b) && k.low == "and" && b > a + 2 && b + 2 < se && is_low_word(b + 1) &&
          toks_[b + 1].low == "that" && !(toks_[b + 1].f & kInQ) && !objof)
        break;
      if (objof && is_word(b) && (k.low == "because" || k.low == "since" || k.low == "while" ||
                                  k.low == "after" || k.low == "when"))
        break;
    }
    while (b > a && ((toks_[b - 1].f & kPunct) && !(toks_[b - 1].f & kMark) &&
                     !(toks_[b - 1].f & kAbbrevDot)))
      --b;
    return b;
  }

  // A finite verb by the tagger's Penn tag: "dismantled", "is", "would"; -1 when untagged.
  int finite_tag(uint32_t t) const {
    if (doc_.tokens.empty() || doc_.tokens.front().tag.empty()) return -1;
    uint32_t at = toks_[t].s;
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                               [](const Token& k, uint32_t v) { return k.start < v; });
    if (it == doc_.tokens.end() || it->start != at) return 0;
    const Label& tag = it->tag;
    return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD";
  }

  bool bare_or_gerund(uint32_t t) const {
    uint32_t at = toks_[t].s;
    auto it = std::lower_bound(doc_.tokens.begin(), doc_.tokens.end(), at,
                               [](const Token& k, uint32_t v) { return k.start < v; });
    if (it == doc_.tokens.end() || it->start != at) return false;
    return it->tag == "VB" || it->tag == "VBG";
  }

  bool looks_clausal(uint32_t a, uint32_t b) const {
    if (a >= b) return false;
    std::string_view w = toks_[a].low;
    if (w == "to" || w == "for" || w == "with" || w == "by" || w == "of") return false;
    // "told reporters about the plan" is a topic; "said about 20 buildings collapsed" a count.
    if (w == "about" && !(a + 1 < b && (toks_[a + 1].f & kDigit))) {
      bool number = false;
      if (a + 1 < b && is_word(a + 1)) {
        std::string_view n = toks_[a + 1].low;
        number = n == "a" || n == "half" || n == "two" || n == "three" || n == "four" ||
                 n == "five" || n == "six" || n == "seven" || n == "eight" || n == "nine" ||
                 n == "ten" || n == "one" || n == "dozen" || n == "hundred" || n == "a";
      }
      if (!number) return false;
    }
    if (w == "he" || w == "she" || w == "it" || w == "they" || w == "we" || w == "i" ||
        w == "you" || w == "there" || w == "this") {
      return true;
    }
    // "conceded in a televised address late Saturday, saying ...": an adverbial set off by a
    // comma is no clause; the clause follows the comma ("said in a statement, Navalny would
    // ..."). "at least 71 people", "over 345 pilgrims" are counts.
    if (w == "in" || w == "on" || w == "at" || w == "during" || w == "after" || w == "before" ||
        w == "from" || w == "through" || w == "over" || w == "into") {
      bool count = (w == "at" || w == "over") && a + 1 < b &&
                   ((toks_[a + 1].f & kDigit) || toks_[a + 1].low == "least" ||
                    toks_[a + 1].low == "most" || toks_[a + 1].low == "a");
      if (!count) {
        uint32_t lim = std::min<uint32_t>(b, a + 10);
        for (uint32_t k = a + 1; k < lim; ++k)
          if (is_punct(k, ","))  // (not another cue's words: ", saying he had ...")
            return k + 1 < b && !(toks_[k + 1].cue && (toks_[k + 1].cue->flags & quotes::kSpeech)) &&
                   looks_clausal(k + 1, b);
        // a phrase cut off before ", saying ...": the adverbial of the cue, nothing said
        if (b + 1 < toks_.size() && is_punct(b, ",") && toks_[b + 1].cue &&
            (toks_[b + 1].cue->flags & quotes::kSpeech))
          return false;
        // without a comma the words may go on into the clause ("in May the AfCFTA might ...")
      }
    }
    uint32_t lim = std::min<uint32_t>(b, a + 12);
    bool tagged = finite_tag(a) >= 0;
    int asides = 0;
    for (uint32_t t = a + 1; t < lim; ++t) {
      // "a first consignment of relief material, including tents and medicines, would
      // arrive", "the 24 crew members, most of them Indian nationals, were safe": an aside set
      // off by commas inside the subject (no verb in it) does not count against the window.
      if (is_punct(t, ",") && asides < 2 && t + 1 < b && is_low_word(t + 1) &&
          !(toks_[t + 1].cue && (toks_[t + 1].cue->flags & quotes::kSpeech))) {
        uint32_t m = t + 1;
        bool verb = false;
        while (m < b && m < t + 10 && !is_punct(m, ",") && !terminal(toks_[m])) {
          std::string_view x = toks_[m].low;
          if ((verbish(m) && x != "including") || (toks_[m].cls & quotes::kAux)) verb = true;
          ++m;
        }
        if (!verb && m < b && is_punct(m, ",")) {
          ++asides;
          lim = std::min<uint32_t>(b, lim + (m - t) + 1);
          t = m;
          continue;
        }
      }
      // "he feared deportation, said the boat ...": another speaker's cue after a comma ends
      // the words of this one before any verb of theirs.
      if (is_punct(t, ",") && t + 1 < lim && toks_[t + 1].cue &&
          (toks_[t + 1].cue->flags & quotes::kSpeech))
        return false;
      if (toks_[t].f & kInQ) return true;  // a partial quote inside: reported speech
      if (tagged) {
        // With the tagger: a finite verb, not an infinitive ("his commitment to disarm").
        if (finite_tag(t) == 1) return true;
        if (verbish(t) && toks_[t - 1].low != "to" && !bare_or_gerund(t)) return true;
        continue;
      }
      if (verbish(t)) return true;
    }
    return false;
  }

  bool consumed(uint32_t t) const { return consumed_[t]; }

  // A wire dateline opening the sentence is no part of what was said: "KYIV, Ukraine (AP) —
  // Russian forces launched ...". Upper-case place, optional ", Region", optional "(AGENCY)",
  // then a dash; returns the first token after the dash, or `a`.
  uint32_t after_dateline(uint32_t a, uint32_t lim) const {
    if (a >= lim || !is_word(a)) return a;
    std::string_view first = std::string_view(doc_.text).substr(toks_[a].s, toks_[a].e - toks_[a].s);
    if (first.size() < 2) return a;
    for (char ch : first)
      if (!((ch >= 'A' && ch <= 'Z') || ch == '.' || ch == '-' || ch == '\'' || ch == '/' ||
            static_cast<unsigned char>(ch) >= 0x80))
        return a;
    // "BEIRUT —" (a known place); else "KYIV, Ukraine —", "KYIV (AP) —".
    bool set_off = !gaz_.empty() && (gaz_.place(first) || gaz_.country(first));
    for (uint32_t k = a + 1; k < lim && k < a + 12; ++k) {
      if ((toks_[k].f & kDash) || (is_punct(k, "-") && k + 1 < lim)) return set_off ? k + 1 : a;
      if (is_punct(k, ",") || is_punct(k, "(")) set_off = true;
      // (A day of the month in Reuters' "ANKARA, Nov 28 (Reuters) -"; the possessive of an
      // upper-case place, "COX'S BAZAR, Bangladesh (AFP) -".)
      std::string_view kw = std::string_view(doc_.text).substr(toks_[k].s, toks_[k].e - toks_[k].s);
      if (kw == "'S" || kw == "\xE2\x80\x99S" || kw == "'" || kw == "\xE2\x80\x99") continue;
      if (is_word(k) && !is_cap(k) && !(toks_[k].f & kDigit)) return a;
      // ("BAMAKO/ALGIERS (Reuters) -": a two-city dateline.)
      if (!is_word(k) && !is_punct(k, ",") && !is_punct(k, "(") && !is_punct(k, ")") &&
          !is_punct(k, "/"))
        return a;
    }
    return a;
  }

  // "..., The Korea Herald reported." / "..., police reported Friday.": a past-tense cue of the
  // ambiguous kind ("reported", "estimated") after a comma and a short subject, ending the
  // sentence (a time phrase may follow). The comma-set clause before it is the report.
  bool postposed_cue(uint32_t t, uint32_t ss, uint32_t se) const {
    std::string_view w = toks_[t].low;
    if (w.size() < 4 || w.substr(w.size() - 2) != "ed") return false;
    uint32_t m = t + 1;
    while (m < se && m < t + 5 && is_word(m) &&
           ((toks_[m].cls & quotes::kTimeWord) || toks_[m].low == "on" || is_cap(m) ||
            (toks_[m].f & kDigit)) &&
           !(toks_[m].cls & quotes::kPronoun))
      ++m;
    if (!(m >= se || ((toks_[m].f & kPunct) && !is_punct(m, ",") && !is_punct(m, ":"))))
      return false;
    if (m < se && !(is_punct(m, ".") || is_punct(m, "!") || is_punct(m, "?"))) return false;
    // The subject: one to five words after a comma, no verb among them.
    if (t <= ss + 3) return false;
    // "X said that ..., Cyprus Mail reported.": the clause already reports a speaker; that
    // report is the quote.
    for (uint32_t m = ss; m + 4 < t; ++m) {
      const Cue* c = toks_[m].cue;
      if (c && (c->flags & quotes::kSpeech) && !(c->flags & quotes::kAmbiguous) && !is_cap(m))
        return false;
    }
    for (uint32_t b = t; b-- > ss && t - b <= 6;) {
      if (is_punct(b, ",")) return t - b >= 2;
      if (!is_word(b) || verbish(b)) return false;
    }
    return false;
  }

  void find_indirect(uint32_t sent, std::vector<Candidate>* out) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    for (uint32_t t = ss; t < se; ++t) {
      const Tok& tk = toks_[t];
      if (!(tk.f & kWord) || (tk.f & kInQ) || blocked(t)) continue;
      if (tk.low == "according" && t + 1 < se && toks_[t + 1].low == "to") {
        if (consumed(t)) continue;
        according_to(sent, t, out);
        continue;
      }
      const Cue* cue = tk.cue;
      if (!cue || consumed(t)) continue;
      if (!(cue->flags & quotes::kSpeech)) continue;
      if (is_cap(t) && t != ss) continue;
      if (t > ss) {
        std::string_view pw = toks_[t - 1].low;
        // (Not a quantifier alone at the sentence's start: "Several said ...".)
        if ((lex_.determiner(pw) && !(t - 1 == ss && quantifier_pronoun(pw))) || pw == "to" ||
            (toks_[t - 1].f & kPoss))
          continue;
        if (toks_[t - 1].f & kDigit) continue;  // "1,279 confirmed cases": an adjective
        bool participle_form = cue->flags & quotes::kParticiple;
        bool past = pw != "has" && pw != "have" && pw != "had";
        if ((pw == "is" || pw == "was" || pw == "are" || pw == "were" || pw == "be" ||
             pw == "been" || pw == "being") && !participle_form && past)
          continue;  // passive: "is said to", "was told"
        if (lex_.aux(pw) && tk.low.size() > 1 && tk.low.back() == 's' && pw != "has") continue;
      }
      uint32_t k = t + 1;
      // (", telling parliament that ...": a participle set off by a comma, its addressee and
      // "that" are speech, though "telling" alone is often an adjective.)
      bool set_off_telling = false;
      if ((cue->flags & quotes::kAddressee) && t > ss && is_punct(t - 1, ",") && tk.low.size() > 4 &&
          tk.low.substr(tk.low.size() - 3) == "ing") {
        for (uint32_t m = k; m < se && m < k + 5 && is_word(m) && !set_off_telling; ++m)
          set_off_telling = m > k && toks_[m].low == "that";
      }
      if ((cue->flags & quotes::kAmbiguous) && !(k < se && toks_[k].low == "that") &&
          !set_off_telling && !postposed_cue(t, ss, se))
        continue;
      // "the virus claimed 6606 lives", "claimed responsibility": no reported speech; nor
      // "conceded defeat" ("conceded the election", "conceded the race").
      if (tk.low.rfind("concede", 0) == 0 && k < se &&
          (toks_[k].low == "defeat" ||
           (toks_[k].low == "the" && k + 1 < se &&
            (toks_[k + 1].low == "election" || toks_[k + 1].low == "race" ||
             toks_[k + 1].low == "vote" || toks_[k + 1].low == "match"))))
        continue;
      if (tk.low.rfind("claim", 0) == 0) {
        bool deeds = false;
        for (uint32_t m = k; m < se && m < k + 4; ++m) {
          std::string_view w = toks_[m].low;
          if (w == "lives" || w == "life" || w == "responsibility" || w == "victory" || w == "credit" ||
              w == "title" || w == "seat" || w == "seats" || w == "territory")
            deeds = true;
          if (w == "that" || is_punct(m, ",")) break;
        }
        if (deeds) continue;
      }
      {
        uint32_t m = k;
        while (m < se && (is_punct(m, ",") || is_punct(m, ":"))) ++m;
        if (m < se && (toks_[m].f & kMark) && consumed(t)) continue;
        if (m < se && (toks_[m].f & kOpens) && m == k + (m > k ? 1u : 0u) && m > k) continue;
      }
      Candidate c;
      c.cue_a = t;
      c.cue_b = t + 1;
      // "X did Y, a spokeswoman said, and Z": a parenthetical cue; the report is before it,
      // never the coordinated clause after it.
      // Likewise before a subordinate clause: "..., officials said, as rescuers dug ...",
      // "..., the report said, while only 158,700 were resettled".
      // (a time phrase may stand between: "..., prosecutors said on Thursday, as rioting ...")
      uint32_t kt = k;
      if (kt < se && (toks_[kt].low == "on" || calendar_word(kt) || (toks_[kt].cls & quotes::kTimeWord))) {
        uint32_t m = kt;
        while (m < se && m < kt + 4 && is_word(m) &&
               (toks_[m].low == "on" || toks_[m].low == "late" || toks_[m].low == "early" ||
                calendar_word(m) || (toks_[m].cls & quotes::kTimeWord)))
          ++m;
        if (m < se && is_punct(m, ",")) k = m;
      }
      // ("..., a nurse told Reuters, speaking on condition of anonymity ...": the addressee
      // stands between the cue and its comma.)
      if ((cue->flags & quotes::kAddressee) && k < se && is_word(k) && t > ss &&
          is_punct(t - 1, ",") == false) {
        uint32_t m = k;
        while (m < se && m < k + 3 && is_word(m) &&
               (is_cap(m) || toks_[m].low == "reporters" || toks_[m].low == "journalists"))
          ++m;
        if (m > k && m + 1 < se && is_punct(m, ",") && participle_tail(m + 1)) k = m;
      }
      // "..., Halvorsen said in a statement, adding that ...": a speech participle after a
      // set-off cue and its adverbial reports on its own; the cue's report is before it.
      if (k < se && is_low_word(k) && (toks_[k].cls & quotes::kPreposition) && t > ss &&
          !(is_punct(t - 1, ",") == false && subject_left(t, ss, false).np.empty())) {
        uint32_t m = k + 1;
        while (m < se && m < k + 7 && is_word(m) && !verbish(m) && !(toks_[m].f & kMark)) ++m;
        if (m > k + 1 && m + 1 < se && is_punct(m, ",") && speech_participle(m + 1)) k = m;
      }
      if (k + 1 < se && is_punct(k, ",") &&
          (toks_[k + 1].low == "and" || toks_[k + 1].low == "but" || speech_participle(k + 1) ||
           apposition_tail(k + 1, se) ||
           (toks_[k + 1].low == "as" && k + 2 < se && toks_[k + 2].low != "of" &&
            toks_[k + 2].low != "well" && toks_[k + 2].low != "part" &&
            toks_[k + 2].low != "much" && toks_[k + 2].low != "many") ||
           toks_[k + 1].low == "while" || toks_[k + 1].low == "although" ||
           toks_[k + 1].low == "though" || toks_[k + 1].low == "whereas" ||
           participle_tail(k + 1))) {
        Subject subj0 = subject_left(t, ss, cue->flags & quotes::kParticiple);
        if (!subj0.negated && inverted(sent, t, subj0, &c)) out->push_back(std::move(c));
        continue;
      }
      // "pointed out", "went on to say" are left to their last word.
      if (k < se && toks_[k].low == "out" && tk.low.substr(0, 5) == "point") ++k;
      bool objof = cue->flags & quotes::kObjOf;
      bool objto = cue->flags & quotes::kObjTo;
      bool that_seen = false;
      if (cue->flags & quotes::kAddressee) {
        if (k < se && toks_[k].low != "that") {
          uint32_t ab = k;
          // "told reporters the United States had ...": a determiner after the addressee
          // opens the report.
          while (ab < se && is_word(ab) && toks_[ab].low != "that" && ab - k < 7 &&
                 !(ab > k && (toks_[ab].cls & quotes::kDeterminer) && toks_[ab - 1].low != "of") &&
                 !(ab > k && (toks_[ab].cls & quotes::kPronoun) && toks_[ab].low != "him" &&
                   toks_[ab].low != "her" && toks_[ab].low != "them" && toks_[ab].low != "us" &&
                   toks_[ab].low != "me") &&
                 !(ab > k && (toks_[ab].cls & quotes::kPreposition) && !is_cap(ab + 1 < se ? ab + 1 : ab)) &&
                 !(ab > k + 1 && verbish(ab)) && !(ab > k && (toks_[ab].f & kInQ)))
            ++ab;
          c.addressee = addressee_after(k, ab);
          k = ab;
        }
      }
      if (objof) {
        if (k >= se || toks_[k].low == "of" || !is_word(k)) continue;
        uint32_t of = k;
        while (of < se && of < k + 9 && toks_[of].low != "of" && !is_punct(of, ",")) ++of;
        if (of >= se || toks_[of].low != "of") continue;
      } else if (objto) {
        if (k >= se || toks_[k].low == "to" || !is_word(k)) continue;
        uint32_t to = k;
        while (to < se && to < k + 9 && toks_[to].low != "to" && !is_punct(to, ",")) ++to;
        if (to >= se || toks_[to].low != "to") continue;
      } else {
        // Adverbials between the cue and the clause: "said on Tuesday that", "said in a
        // statement that", "said, however, that".
        for (uint32_t look = k; look < se && look < k + 9; ++look) {
          if (toks_[look].low == "that" && is_word(look)) {
            bool clean = true;
            // ("said in a televised speech that": a participle after a determiner is an
            // adjective, not a verb.)
            for (uint32_t m = k; m < look; ++m)
              if ((verbish(m) && !(m > k && lex_.determiner(toks_[m - 1].low))) ||
                  (toks_[m].f & kMark))
                clean = false;
            if (clean) {
              k = look + 1;
              that_seen = true;
            }
            break;
          }
          if ((verbish(look) && !(look > k && lex_.determiner(toks_[look - 1].low))) ||
              (toks_[look].f & kMark))
            break;
        }
        if (!that_seen) {
          if (k < se && (is_punct(k, ":") || is_punct(k, ","))) ++k;
          if (k < se && is_word(k) && ((toks_[k].cls & quotes::kTimeWord) || toks_[k].low == "on") &&
              !(toks_[k].cls & quotes::kPronoun)) {
            uint32_t m = k;
            while (m < se && m < k + 4 && (is_word(m)) &&
                   ((toks_[m].cls & quotes::kTimeWord) || toks_[m].low == "on" || is_cap(m) ||
                    (toks_[m].f & kDigit)))
              ++m;
            if (m < se && is_punct(m, ",")) ++m;
            // "said Thursday's accident was ...": the day owns a noun, it is the report's.
            bool owned = (m > k && (toks_[m - 1].f & kPoss)) ||
                         (m < se && (toks_[m].f & kPoss) && !is_word(m)) ||
                         (m < se && (toks_[m].low == "'s" || toks_[m].low == "\xE2\x80\x99s"));
            if (!owned) k = m;
          }
        }
      }
      c.a = k;
      c.b = content_end(k, se, objof);
      // "has said it will not negotiate ... and has instead armed ...", "had accused them of
      // ... and had asked for ...": the cue's own auxiliary again after "and" opens the
      // subject's next deed, no part of what was said.
      if (t > ss && is_low_word(t - 1) &&
          (toks_[t - 1].low == "has" || toks_[t - 1].low == "have" || toks_[t - 1].low == "had")) {
        for (uint32_t m = c.a + 2; m + 2 < c.b; ++m) {
          if (!(is_low_word(m) && toks_[m].low == "and" && toks_[m + 1].low == toks_[t - 1].low))
            continue;
          uint32_t v = m + 2;
          if (v + 1 < c.b && ((toks_[v].cls & quotes::kAdverb) || ly_adverb(v) ||
                              toks_[v].low == "instead" || toks_[v].low == "also" ||
                              toks_[v].low == "already" || toks_[v].low == "since"))
            ++v;
          if (is_low_word(v) && verbish(v) && toks_[v].low != "been") {
            c.b = m;
            while (c.b > c.a && is_punct(c.b - 1, ",")) --c.b;
          }
          break;
        }
      }
      // "urged both sides to reach an agreement": an appeal is no report of what was said,
      // unless it quotes the words ("urged delegates to \"close the gaps\"").
      if (objto) {
        bool quoted = false;
        for (uint32_t m = c.a; m < c.b && !quoted; ++m) quoted = toks_[m].f & kInQ;
        if (!quoted) continue;
      }
      // "The army, which said it had won, withdrew.": a relative clause's report ends where
      // the main clause's verb comes back.
      if (t >= ss + 2 && is_punct(t - 2, ",") &&
          (toks_[t - 1].low == "which" || toks_[t - 1].low == "who")) {
        for (uint32_t m = c.a + 1; m + 1 < c.b; ++m)
          if (is_punct(m, ",") && verbish(m + 1)) {
            c.b = m;
            break;
          }
      }
      bool participle = cue->flags & quotes::kParticiple;
      // The speaker.
      Subject subj = subject_left(t, ss, participle);
      if (subj.negated) continue;
      // "..., it said in a statement." / "..., the union said at a news conference.": a
      // prepositional adverbial alone after the cue, ending the sentence, is no report.
      bool adverbial_only = false;
      if (c.b > c.a + 1 && c.a < se && (toks_[c.a].cls & quotes::kPreposition) &&
          !that_seen && !objof && !objto) {
        // (A participle in "-ed" after an article or a document's noun is no verb of a
        // clause: "said in a televised address.", "said in a report published on Tuesday.")
        auto participle_in_np = [&](uint32_t m) {
          std::string_view w = toks_[m].low;
          if (w.size() < 5 || w.substr(w.size() - 2) != "ed" || !is_word(m - 1)) return false;
          std::string_view p = toks_[m - 1].low;
          return lex_.determiner(p) || is_document_noun(p) || is_record_noun(p);
        };
        uint32_t m = c.a + 1;
        while (m < se && m < c.a + 8 && is_word(m) && (!verbish(m) || participle_in_np(m)) &&
               !(toks_[m].f & kInQ))
          ++m;
        adverbial_only = m >= se || is_punct(m, ".") || is_punct(m, "!") || is_punct(m, "?");
      }
      if (adverbial_only || c.b <= c.a + 1 || (toks_[c.a].f & kMark && !(toks_[c.a].f & kInQ))) {
        // Nothing after the cue: "..., X said." / "..., said X."
        if (!inverted(sent, t, subj, &c)) continue;
        out->push_back(std::move(c));
        continue;
      }
      // "The plan is bad, said Doug Collins of Georgia.", "..., said a UN official who asked
      // not to be named.": an inverted cue after the report; the noun phrase after the cue
      // ends the sentence or is set off ("said the plan is bad" is a report, not a speaker).
      // Only verbs that invert with their subject: "announced the end of his campaign" and
      // "noting the touches of ..." take an object, not a speaker.
      static constexpr std::string_view kInverting[] = {"said",  "says",   "added",    "adds",
                                                        "wrote", "writes", "insisted", "stated"};
      bool inverting = std::find(std::begin(kInverting), std::end(kInverting), tk.low) !=
                       std::end(kInverting);
      if (inverting && !that_seen && !objof && !objto && t > ss && is_punct(t - 1, ",") &&
          t + 1 < se) {
        NounPhrase np = np_right(t + 1, se);
        bool ends = !np.empty() && (np.b >= se || is_punct(np.b, ",") || is_punct(np.b, ".") ||
                                    toks_[np.b].low == "who" || is_punct(np.b, ";"));
        // "..., recalled its ambassador": a possessive opens an object, not a speaker.
        if (ends && (toks_[np.a].low == "its" || toks_[np.a].low == "his" ||
                     toks_[np.a].low == "her" || toks_[np.a].low == "their" ||
                     toks_[np.a].low == "our"))
          ends = false;
        // Not a count ("said some 275,000 people took part"): a speaker is no number.
        if (ends && ((toks_[np.a].f & kDigit) || (np.a + 1 < se && (toks_[np.a + 1].f & kDigit)) ||
                     (np.b + 1 < se && is_punct(np.b, ",") && (toks_[np.b + 1].f & kDigit))))
          ends = false;
        if (ends) {
          Candidate inv = c;
          if (inverted(sent, t, subj, &inv)) {
            out->push_back(std::move(inv));
            continue;
          }
        }
        if (!looks_clausal(c.a, c.b)) continue;
      }
      if (!that_seen && !objof && !objto && !looks_clausal(c.a, c.b)) continue;
      // "pledged $10 million in emergency aid, and the World Bank approved ...": a promise or
      // an announcement of a thing is no report; its clause needs its own verb at once.
      if (!that_seen && (cue->lemma == "pledge" || cue->lemma == "promise" ||
                         cue->lemma == "announce" || cue->lemma == "vow" ||
                         cue->lemma == "offer")) {
        NounPhrase obj = np_right(c.a, c.b);
        uint32_t v = obj.empty() ? c.a : obj.b;
        while (v < c.b && is_low_word(v) && ((toks_[v].cls & quotes::kAdverb) || (toks_[v].cls & quotes::kAux)))
          ++v;
        bool verb = v < c.b && (verbish(v) || (v > obj.b && (toks_[v - 1].cls & quotes::kAux)));
        if (!verb || (toks_[c.a].f & kDigit) || toks_[c.a].low == "$") continue;
      }
      if ((cue->flags & quotes::kAttitude) && !that_seen && !looks_clausal(c.a, c.b)) continue;
      if (subj.np.empty()) continue;
      if (cue->flags & quotes::kDocSubject) {
        // "Reports by the Bureau of Fisheries seen by Reuters show that": the subject is the
        // record before who saw it.
        NounPhrase np = subj.np;
        if (!record_subject(np) && np.a >= ss + 3 && toks_[np.a - 1].low == "by" &&
            (toks_[np.a - 2].low == "seen" || toks_[np.a - 2].low == "obtained" ||
             toks_[np.a - 2].low == "reviewed" || toks_[np.a - 2].low == "viewed")) {
          NounPhrase doc = np_left(np.a - 3, ss);
          // ("Reports by the Bureau": the record before its source.)
          if (!doc.empty() && doc.a >= ss + 2 && is_low_word(doc.a - 1) &&
              (toks_[doc.a - 1].low == "by" || toks_[doc.a - 1].low == "from") &&
              is_record_noun(toks_[doc.a - 2].low)) {
            NounPhrase rec = np_left(doc.a - 2, ss);
            if (!rec.empty()) doc.a = rec.a;
          }
          if (!doc.empty()) np = NounPhrase{doc.a, np.b};
        }
        if (!record_subject(np)) continue;
        subj.np = np;
      }
      // "Early results suggested ...", "the data indicate ...": findings, not speakers.
      if ((cue->lemma == "suggest" || cue->lemma == "indicate" || cue->lemma == "signal" ||
           cue->lemma == "hint" || cue->lemma == "predict" || cue->lemma == "estimate") &&
          is_low_word(subj.np.b - 1)) {
        std::string_view h = toks_[subj.np.b - 1].low;
        if (h == "results" || h == "data" || h == "figures" || h == "numbers" ||
            h == "statistics" || h == "polls" || h == "poll" || h == "trends" || h == "signs" ||
            h == "evidence" || h == "projections" || h == "indicators" || h == "counts" ||
            h == "tallies" || h == "tally" || h == "models" || h == "surveys" || h == "survey")
          continue;
      }
      c.speaker = make_speaker(subj.np, sent);
      if (!c.speaker.valid) continue;
      if (!subj.description.empty() && c.speaker.sp.description.empty())
        c.speaker.sp.description = subj.description;
      out->push_back(c);
      // "... and that CLAUSE": the cue's second report, with the same speaker, when one of the
      // two is mostly quoted words (a direct fragment: `was "not an American lake" and that
      // Iran was enforcing the law`, `and that its troops had "responded effectively."`);
      // otherwise the two stay one report, as most golds write them (`said 12 children were
      // among the dead and that at least 1,500 homes had been destroyed`).
      for (int more = 0; more < 3; ++more) {
        Candidate& last = out->back();
        uint32_t e = last.b;
        while (e < se && (toks_[e].f & kPunct) && !(toks_[e].f & kMark)) ++e;
        if (!(e + 2 < se && is_low_word(e) && toks_[e].low == "and" && toks_[e + 1].low == "that"))
          break;
        Candidate next = last;
        next.a = e + 2;
        next.b = content_end(next.a, se, false);
        if (next.b <= next.a + 1) break;
        // (The quoted words must close the part: unquoted words after them make it a mixed
        // report, `would continue "for as long as it takes" to win a 12% raise`.)
        auto fragment = [&](uint32_t a, uint32_t b) {
          uint32_t words = 0, quoted = 0;
          bool closes = false;
          for (uint32_t t = a; t < b; ++t) {
            if (!(toks_[t].f & kWord)) continue;
            ++words;
            closes = toks_[t].f & kInQ;
            if (closes) ++quoted;
          }
          return closes && quoted * 10 >= words * 4;
        };
        if (!fragment(last.a, last.b) && !fragment(next.a, next.b)) {
          last.b = next.b;  // one report, "and that" inside it
          continue;
        }
        out->push_back(std::move(next));
      }
    }
  }

  // "..., the agency says, driven by conflicts in Sudan", "..., officials said, citing ...": a
  // participle phrase (not a speech one: "adding") after a set-off attribution.
  // "..., the United Nations said, the largest exchange since a truce collapsed.": a noun
  // phrase set off after the cue (no verb before a subordinate or relative word) describes
  // the report; it is no report of its own.
  bool apposition_tail(uint32_t k, uint32_t se) const {
    if (k >= se || !is_low_word(k)) return false;
    std::string_view d = toks_[k].low;
    if (d != "the" && d != "a" && d != "an") return false;
    for (uint32_t m = k + 1; m < se && m < k + 12; ++m) {
      if (!is_word(m)) return terminal(toks_[m]) && m > k + 1;
      std::string_view w = toks_[m].low;
      if (w == "since" || w == "after" || w == "when" || w == "which" || w == "that" ||
          w == "who" || w == "before" || w == "until" || w == "as" || w == "amid")
        return m > k + 1;
      if (verbish(m) || (toks_[m].cls & quotes::kAux) || (toks_[m].f & kInQ)) return false;
    }
    return false;
  }

  // "adding", "saying", "noting": a speech verb's participle (it reports on its own).
  bool speech_participle(uint32_t k) const {
    if (k >= toks_.size() || !is_low_word(k) || !toks_[k].cue) return false;
    std::string_view w = toks_[k].low;
    return (toks_[k].cue->flags & quotes::kSpeech) && w.size() > 4 &&
           w.substr(w.size() - 3) == "ing";
  }

  bool participle_tail(uint32_t k) const {
    if (k >= toks_.size() || !is_low_word(k)) return false;
    // Only a passive participle with its agent, or "citing": a verb form after a set-off
    // attribution is more often the main clause going on (", officials said, spilled and
    // ignited", ", scientists say, containing it may require ...").
    std::string_view w = toks_[k].low;
    if (w == "citing") return true;
    // The terms of a source's anonymity are never what it said: ", speaking on condition of
    // anonymity", ", speaking anonymously", ", requesting anonymity", ", asking not to be named".
    if (k + 1 < toks_.size()) {
      std::string_view n = toks_[k + 1].low;
      if ((w == "speaking" && (n == "on" || n == "anonymously" || n == "under")) ||
          (w == "requesting" && n == "anonymity") || (w == "asking" && n == "not"))
        return true;
    }
    bool form = (w.size() > 4 && w.substr(w.size() - 2) == "ed") || w == "driven";
    return form && k + 1 < toks_.size() && toks_[k + 1].low == "by";
  }

  bool inverted(uint32_t sent, uint32_t t, const Subject& subj, Candidate* c) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    uint32_t comma = kNone;
    NounPhrase np;
    if (t > ss && is_punct(t - 1, ",")) {
      comma = t - 1;  // ", said the minister."
      uint32_t a = t + 1;
      np = np_right(a, se);
      if (np.empty()) return false;
    } else {
      np = subj.np;
      // "..., aid workers and health officials said." / "..., officials in the three
      // countries said.": a coordinated or prepositional subject of unnamed sources reaches
      // back to the comma; the phrase on the cue's left is only its last part.
      if (!np.empty() && np.a > ss + 2 && !is_punct(np.a - 1, ",")) {
        uint32_t a0 = np.a;
        for (int step = 0; step < 2 && a0 > ss + 2 && !is_punct(a0 - 1, ","); ++step) {
          uint32_t j = a0 - 1;
          std::string_view w = toks_[j].low;
          bool link = is_low_word(j) &&
                      (w == "and" || w == "in" || w == "at" || w == "from" || w == "of");
          if (!link) break;
          NounPhrase left = np_left(j - 1, ss);
          if (left.empty() || left.a <= ss || !is_low_word(j - 1)) break;
          // (the left part is headed by a source noun: "officials", "rights groups")
          if (!(toks_[j - 1].cls & quotes::kSourceNoun) && !lex_.collective_source(toks_[j - 1].low))
            break;
          a0 = left.a;
        }
        if (a0 < np.a && is_punct(a0 - 1, ",")) np = NounPhrase{a0, np.b};
      }
      if (np.empty() || np.a == ss || !is_punct(np.a - 1, ",")) return false;
      comma = np.a - 1;
    }
    uint32_t a = clause_start(ss, comma);
    while (a < comma && (toks_[a].f & kMark)) ++a;
    a = after_dateline(a, comma);
    if (comma <= a + 2) return false;
    // "At Kenyatta National Hospital, the country's largest referral facility, between 30 and
    // 40 patients were sent home, a nurse told Reuters": a fronted place or time phrase (and
    // an appositive after it) set off by commas is the reporter's frame; the report follows.
    for (int skips = 0; skips < 3 && a + 2 < comma; ++skips) {
      bool prep = (toks_[a].cls & quotes::kPreposition) && toks_[a].low != "at" &&
                  toks_[a].low != "up" && toks_[a].low != "between";
      prep = prep || (toks_[a].low == "at" && a + 1 < comma && toks_[a + 1].low != "least" &&
                      toks_[a + 1].low != "most");
      bool apposition = (skips > 0 || (a > 0 && is_punct(a - 1, ","))) &&
                        lex_.determiner(toks_[a].low);
      if (!prep && !apposition) break;
      uint32_t m = a + 1;
      bool verb = false;
      while (m < comma && !is_punct(m, ",")) {
        if (verbish(m) || (toks_[m].f & kInQ)) verb = true;
        ++m;
      }
      if (m >= comma || verb || m + 2 >= comma) break;
      uint32_t next = m + 1;
      if (!looks_clausal(next, comma) && !lex_.determiner(toks_[next].low)) break;
      a = next;
    }
    // ("At least 17 people died ..., police said": a quantity, not a prepositional opener.)
    bool quantity = (a + 1 < comma && (toks_[a].low == "at" || toks_[a].low == "up") &&
                    (toks_[a + 1].low == "least" || toks_[a + 1].low == "most" ||
                     (toks_[a].low == "up" && toks_[a + 1].low == "to"))) ||
                    (a + 1 < comma && toks_[a].low == "between" && (toks_[a + 1].f & kDigit));
    if (((toks_[a].cls & quotes::kPreposition) && !quantity) || !looks_clausal(a, comma))
      return false;
    if (toks_[a].low.size() > 5 && toks_[a].low.substr(toks_[a].low.size() - 3) == "ing")
      return false;  // "Speaking to PBS, he said"
    for (uint32_t m = a; m < comma; ++m)
      if (toks_[m].f & kInQ) return false;  // a direct quote: handled as such
    c->a = a;
    c->b = comma;
    c->speaker = make_speaker(np, sent);
    return c->speaker.valid;
  }

  void according_to(uint32_t sent, uint32_t t, std::vector<Candidate>* out) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    Candidate c;
    c.cue_a = t;
    c.cue_b = t + 2;
    uint32_t npa = t + 2;
    uint32_t npb = phrase_end(npa, se);
    if (npb <= npa) return;
    // "according to a police source who asked not to be named because ...": a restrictive
    // clause (no comma before "who") after an unnamed source is part of its description, as
    // the golds write unnamed sources ("A shipping agent who works with ...").
    if (npb < se && is_low_word(npb) && toks_[npb].low == "who" && npb > npa &&
        is_low_word(npb - 1) && (toks_[npb - 1].cls & quotes::kSourceNoun)) {
      uint32_t m = npb + 1;
      while (m < se && m < npb + 30 && !is_punct(m, ",") && !terminal(toks_[m]) &&
             !(toks_[m].f & kMark) && !is_punct(m, ";") && !(toks_[m].f & kDash))
        ++m;
      if (m < se + 1 && m > npb + 2) npb = m;
    }
    NounPhrase np{npa, npb};
    uint32_t cs = clause_start(ss, t);
    if (t == cs || (t == ss)) {
      // According to X, CLAUSE.
      // Without the comma ("According to the Saudi Interior Ministry over 345 pilgrims have
      // been killed ..."): the source is the capitalised name, the clause starts after it.
      if (npb > npa + 1) {
        uint32_t r = npa;
        if (lex_.determiner(toks_[r].low)) ++r;
        uint32_t nb = r;
        while (nb < npb && (is_cap(nb) || (nb > r && toks_[nb].low == "of" && nb + 1 < npb &&
                                            is_cap(nb + 1))))
          ++nb;
        std::string_view pos = nb < npb ? pos_at(nb) : std::string_view();
        bool opens_clause = pos == "DET" || pos == "NUM" || pos == "ADV" || pos == "ADP" ||
                            pos == "PRON" || pos == "ADJ";
        if (nb > r && nb < npb && !is_cap(nb) && opens_clause && looks_clausal(nb, npb)) {
          c.a = nb;
          c.b = content_end(nb, se, false);
          if (c.b > c.a + 2) {
            c.speaker = make_speaker(NounPhrase{npa, nb}, sent);
            if (c.speaker.valid) out->push_back(std::move(c));
          }
          return;
        }
      }
      if (npb >= se || !is_punct(npb, ",")) return;
      c.a = npb + 1;
      // "According to an Interior Ministry source, who spoke on condition of anonymity,
      // between 2,000 and 3,000 cars ...": the source's relative clause is no part of it.
      if (c.a < se && is_low_word(c.a) && (toks_[c.a].low == "who" || toks_[c.a].low == "which")) {
        uint32_t m = c.a + 1;
        while (m < se && m < c.a + 25 && !is_punct(m, ",") && !terminal(toks_[m])) ++m;
        if (m + 1 < se && is_punct(m, ",")) c.a = m + 1;
      }
      c.b = content_end(c.a, se, false);
      // "According to his wife, Amanda, he ...": the name set off after the description is
      // the source's; the clause starts after it.
      uint32_t e = c.a;
      while (e < se && e < c.a + 5 && is_cap(e)) ++e;
      // The description is one person's: "his wife", "a government meteorologist", "the
      // team's coach" (not "agency reports").
      bool one_described = npb - npa >= 2 && lex_.determiner(toks_[npa].low) && !is_cap(npb - 1) &&
                           !(toks_[npb - 1].low.size() > 3 && toks_[npb - 1].low.back() == 's');
      if (e > c.a && e + 1 < se && is_punct(e, ",") && one_described && !person_like(npa, npb) &&
          (person_like(c.a, e) || (e - c.a == 1 && names_.count(fold_key(toks_[c.a].low))) ||
           person_entity_at(c.a, e))) {
        std::string description = trim_text(toks_[npa].s, toks_[npb - 1].e);
        np = NounPhrase{c.a, e};
        npa = c.a;
        npb = e;
        c.a = e + 1;
        c.b = content_end(c.a, se, false);
        if (c.b <= c.a + 1) return;
        c.speaker = make_speaker(np, sent);
        if (!c.speaker.valid) return;
        if (c.speaker.sp.description.empty()) c.speaker.sp.description = description;
        out->push_back(std::move(c));
        return;
      }
    } else {
      uint32_t end = t;
      if (end > ss && is_punct(end - 1, ",")) --end;
      c.a = clause_start(ss, end);
      c.b = end;
      while (c.b > c.a && (toks_[c.b - 1].f & kPunct) && !(toks_[c.b - 1].f & kMark)) --c.b;
      // "..., according to the unions' lawyer, Aissatou Kaba.": the name set off after the
      // description, ending the sentence, is the source.
      if (npb + 3 <= se && is_punct(npb, ",") && !person_like(npa, npb)) {
        uint32_t e = npb + 1;
        while (e < se && e < npb + 7 && is_word(e) && (is_cap(e) || name_particle(e))) ++e;
        bool ends = e >= se || terminal(toks_[e]);
        if (ends && e - npb - 1 >= 2 && person_like(npb + 1, e) && c.b > c.a + 1) {
          c.speaker = make_speaker(NounPhrase{npb + 1, e}, sent);
          if (c.speaker.valid) {
            if (c.speaker.sp.description.empty())
              c.speaker.sp.description = trim_text(toks_[npa].s, toks_[npb - 1].e);
            out->push_back(std::move(c));
            return;
          }
        }
      }
    }
    if (c.b <= c.a + 1) return;
    c.speaker = make_speaker(np, sent);
    if (!c.speaker.valid) return;
    // ("According to one of them": the group's description, as make_speaker gives it.)
    bool of_them = npb - npa == 3 && (toks_[npb - 1].low == "them" || toks_[npb - 1].low == "those");
    if (c.speaker.sp.anonymous && !of_them) {
      uint32_t nb = npb;  // "officials on Saturday": not the time
      if (nb - npa >= 3 && is_low_word(nb - 2) && toks_[nb - 2].low == "on" &&
          (toks_[nb - 1].cls & quotes::kTimeWord))
        nb -= 2;
      c.speaker.sp.name = trim_text(toks_[npa].s, toks_[nb - 1].e);
    }
    out->push_back(std::move(c));
  }

  // The token right after the subject (and its apposition, auxiliaries and adverbs) of the
  // clause [a, b): its verb when the clause opens with its subject; kNone when none is found.
  uint32_t main_verb_of(uint32_t a, uint32_t b) const {
    NounPhrase subj = np_right(a, b);
    if (subj.empty()) return kNone;
    uint32_t k = subj.b;
    if (k < b && is_punct(k, ",")) {
      uint32_t e = k + 1;
      while (e < b && e < k + 14 && !is_punct(e, ",") && !(toks_[e].f & kMark)) ++e;
      if (e < b && is_punct(e, ",")) k = e + 1;
    }
    while (k < b && is_low_word(k) && ((toks_[k].cls & quotes::kAdverb) || (toks_[k].cls & quotes::kAux)))
      ++k;
    return k < b ? k : kNone;
  }

  // ---------------------------------------------------------------- non-answers, anonymity
  bool blocked(uint32_t t) const {
    for (const auto& r : blocked_)
      if (toks_[t].s >= r.first && toks_[t].s < r.second) return true;
    return false;
  }

  void find_non_answers(uint32_t sent) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    uint32_t s = toks_[ss].s, e = toks_[se - 1].e;
    std::string_view text = std::string_view(low_).substr(s, e - s);
    size_t n = 0;
    const quotes::NonAnswerCue* cues = quotes::non_answer_cues(&n);
    for (size_t i = 0; i < n; ++i) {
      std::string_view ph = cues[i].phrase;
      size_t at = text.find(ph);
      if (at == std::string_view::npos) continue;
      if (at > 0 && is_ascii_alpha(text[at - 1])) continue;
      uint32_t cs = s + static_cast<uint32_t>(at);
      uint32_t ce = cs + static_cast<uint32_t>(ph.size());
      uint32_t ct = ss;
      while (ct < se && toks_[ct].s < cs) ++ct;
      if (ct >= se || (toks_[ct].f & kInQ)) continue;
      NonAnswer na;
      Subject subj = subject_left(ct, ss, false);
      SpeakerInfo si = make_speaker(subj.np, sent);
      na.who = si.sp.name;
      na.entity = si.sp.entity;
      na.text = trim_text(s, e);
      if (!doc_.text.empty() && e <= doc_.text.size() && e > s && doc_.text[e - 1] == '.')
        na.text.push_back('.');
      na.cue = doc_.text.substr(cs, ce - cs);
      na.start = cs;
      na.end = ce;
      int ds = doc_.sentence_at(cs);
      na.sentence = ds >= 0 ? static_cast<uint32_t>(ds) : sent;
      doc_.non_answers.push_back(std::move(na));
      blocked_.push_back({cs, ce});
      return;  // one per sentence
    }
  }

  void find_anonymity(uint32_t sent, size_t quotes_before_sentence) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    uint32_t s = toks_[ss].s, e = toks_[se - 1].e;
    std::string_view text = std::string_view(low_).substr(s, e - s);
    static constexpr std::string_view kPhrases[] = {
        "condition of anonymity", "on condition they not be named",
        "on condition that they not be named", "on condition he not be named",
        "on condition she not be named", "asked not to be named", "requested anonymity",
        "declined to be named", "spoke anonymously", "speaking anonymously",
        "not authorized to speak", "not authorised to speak", "not allowed to speak",
        "on background", "asked not to be identified", "on condition of not being named",
        // (round 4)
        // (the source asks it: "that he not be named"; not "the dead would not be
        // identified for days", "the victims will not be named until ...")
        "he not be named", "she not be named", "they not be named", "to not be named",
        "not want to be named", "not want to be identified",
        "not wish to be named", "not wishing to be named", "asked not to be quoted",
        "only her first name", "only his first name", "only their first names",
        "he not be identified", "she not be identified", "they not be identified",
        "not to be identified"};
    size_t at = std::string_view::npos;
    for (std::string_view ph : kPhrases) {
      at = text.find(ph);
      if (at != std::string_view::npos) break;
    }
    if (at == std::string_view::npos) return;
    // The reason: a because/as/since clause, else the phrase itself.
    std::string reason;
    size_t from = std::string_view::npos;
    for (std::string_view conj : {" because ", " as ", " since ", " due to ", " for fear "}) {
      size_t c = text.find(conj, at);
      if (c != std::string_view::npos && (from == std::string_view::npos || c < from)) from = c;
    }
    // The reason ends with its clause: "who asked not to be named for fear of reprisals, told
    // Reuters ..." -> "for fear of reprisals".
    size_t rs = from != std::string_view::npos ? from + 1 : at;
    uint32_t re = e;
    if (size_t comma = text.find(',', rs); comma != std::string_view::npos)
      re = s + static_cast<uint32_t>(comma);
    reason = trim_text(s + static_cast<uint32_t>(rs), re);
    // This sentence's anonymous quotes, else those of the previous sentences.
    bool any = false;
    for (size_t i = quotes_before_sentence; i < pending_.size(); ++i)
      if (pending_[i].speaker.anonymous) {
        pending_[i].speaker.reason = reason;
        any = true;
      }
    if (any) return;
    // "said a former engineer at the mine, who asked not to be named": a speaker described,
    // not named, in the sentence that asks for anonymity is an anonymous source whatever the
    // noun.
    for (size_t i = quotes_before_sentence; i < pending_.size(); ++i) {
      Speaker& sp = pending_[i].speaker;
      if (sp.name.empty() || !described_name(sp.name)) continue;
      // (An organisation inside the description is no name: "A former Bering Air pilot".)
      if (sp.entity >= 0) {
        size_t last = sp.name.rfind(' ');
        unsigned char h = static_cast<unsigned char>(sp.name[last == std::string::npos ? 0 : last + 1]);
        if (!(h >= 'a' && h <= 'z')) continue;
        sp.entity = -1;
      }
      sp.anonymous = true;
      sp.reason = reason;
      if (sp.description.empty()) sp.description = sp.name;
      any = true;
    }
    if (any) return;
    // "Two engineers ... told the Guardian that ... Both asked not to be named": a sentence
    // that opens with a pronoun or "both" and asks for anonymity (and reports nothing) covers
    // the unnamed speakers of the sentence before.
    if (quotes_before_sentence == pending_.size() && sent > 0) {
      std::string_view w0 = toks_[ss].low;
      if (w0 == "both" || w0 == "they" || w0 == "he" || w0 == "she" || w0 == "all" ||
          w0 == "each" || w0 == "neither") {
        for (size_t i = pending_.size(); i-- > 0;) {
          PQ& q = pending_[i];
          if (q.sentence_internal + 1 < sent) break;
          Speaker& sp = q.speaker;
          if (sp.anonymous || sp.entity >= 0 || sp.name.empty() || !described_name(sp.name))
            continue;
          sp.anonymous = true;
          sp.reason = reason;
          if (sp.description.empty()) sp.description = sp.name;
          any = true;
        }
        if (any) return;
      }
    }
    for (size_t i = pending_.size(); i-- > 0;) {
      PQ& q = pending_[i];
      if (q.sentence_internal + 2 < sent) break;
      if (q.speaker.anonymous && q.speaker.reason.empty()) q.speaker.reason = reason;
    }
  }

  // A speaker given by description, not by name: lower case ("shipping agent"), or a count
  // or quantifier and lower-case words ("Two engineers", "Several negotiators").
  static bool described_name(const std::string& name) {
    unsigned char c0 = static_cast<unsigned char>(name[0]);
    if (c0 >= 'a' && c0 <= 'z') return true;
    size_t sp = name.find(' ');
    if (sp == std::string::npos || sp + 1 >= name.size()) return false;
    std::string_view w(name.data(), sp);
    static constexpr std::string_view kCounts[] = {"One", "Two", "Three", "Four", "Five", "Six",
                                                   "Several", "Some", "Many", "A", "An", "Another"};
    if (std::find(std::begin(kCounts), std::end(kCounts), w) == std::end(kCounts)) return false;
    // (the head, the last word, is a common noun: "A former Bering Air pilot")
    size_t last = name.rfind(' ');
    unsigned char h = static_cast<unsigned char>(name[last + 1]);
    return h >= 'a' && h <= 'z';
  }

  // ---------------------------------------------------------------- the sentence loop

  // An interview printed as questions and answers: "Q: ..." paragraphs, then "A: ..." ones.
  // The answer is the interviewee's words, one direct quote per paragraph; the interviewee is
  // the person quoted last before the first question. Returns true when the sentence is part
  // of an answer (then nothing else is read in it).
  bool interview_answer(uint32_t sent) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    if (ss < answer_end_) return true;
    uint32_t para = toks_[ss].para;
    if (ss != paras_[para].tok_begin || se < ss + 3 || !is_punct(ss + 1, ":")) return false;
    std::string_view w = toks_[ss].low;
    if (w == "q" || w == "question") {
      // (The person the sentence before the first question names is the one interviewed:
      // "Its chief executive, Emanuel Proenca, spoke to the Guardian last week.", else the
      // person quoted last.)
      if (!interview_seen_) {
        SpeakerInfo named = sent > 0 ? last_person_in(sent - 1) : SpeakerInfo{};
        interviewee_ = named.valid && !named.sp.anonymous ? named : last_person_;
      }
      interview_seen_ = true;
      return false;
    }
    if ((w != "a" && w != "answer") || !interview_seen_ || !interviewee_.valid) return false;
    uint32_t a = ss + 2, b = paras_[para].tok_end;
    if (b <= a) return false;
    answer_end_ = b;
    PQ out;
    out.kind = QuoteKind::kDirect;
    out.start = toks_[a].s;
    out.end = toks_[b - 1].e;
    out.text = trim_text(out.start, out.end);
    std::string_view last = toks_[b - 1].low;
    if (last == "." || last == "!" || last == "?") out.text.append(last);
    out.cue = "";
    out.speaker = interviewee_.sp;
    out.sentence_internal = sent;
    pending_.push_back(std::move(out));
    return true;
  }

  void process_sentence(uint32_t sent) {
    uint32_t ss = sents_[sent].first, se = sents_[sent].second;
    if (interview_answer(sent)) return;
    size_t before = pending_.size();
    // Cheap word checks before the phrase searches.
    bool maybe_non_answer = false, maybe_anonymity = false;
    for (uint32_t t = ss; t < se; ++t) {
      std::string_view w = toks_[t].low;
      if ((w == "why" || w == "how" || w == "when" || w == "where") && t > ss &&
          toks_[t - 1].low == "say")
        maybe_non_answer = true;  // "did not say why"
      if (w.size() < 5) continue;
      if (w == "respond" || w == "comment" || w == "reached" || w == "return" || w == "reply" ||
          w == "answer" || w == "interviewed" || w == "elaborate" || w == "discuss" ||
          w == "available" || w == "responded" || w == "commented" || w == "declined" ||
          w == "refused" || w == "whether" || w == "confirm" || w == "provide")
        maybe_non_answer = true;
      if (w == "anonymity" || w == "named" || w == "anonymously" || w == "authorized" ||
          w == "name" || w == "quoted" ||
          w == "authorised" || w == "allowed" || w == "background" || w == "identified")
        maybe_anonymity = true;
    }
    if (maybe_non_answer) find_non_answers(sent);
    // Direct quotes that open in this sentence.
    for (uint32_t t = ss; t < se; ++t) {
      if (!(toks_[t].f & kOpens) || toks_[t].quote == kNone) continue;
      DirectQuote& q = dq_[toks_[t].quote];
      if (q.open != t) continue;
      if (blocked(t)) continue;
      process_direct(q, sent);
      if (q.keep) {
        if (q.attributed) last_attributed_ = &q;
        PQ out;
        out.text = direct_text(q);
        out.kind = QuoteKind::kDirect;
        out.start = q.start;
        out.end = q.end;
        out.cue = q.cue;
        if (q.cue_tok != kNone) {
          out.cue_start = toks_[q.cue_tok].s;
          out.cue_end = toks_[q.cue_end_tok - 1].e;
        }
        out.speaker = q.speaker;
        out.addressee = q.addressee;
        out.sentence_internal = sent;
        out.dq = toks_[t].quote;
        pending_.push_back(std::move(out));
      }
    }
    // Indirect speech.
    std::vector<Candidate> cands;
    find_indirect(sent, &cands);
    // A wire dateline opening the sentence is nobody's words.
    for (Candidate& c : cands)
      if (c.a == sents_[sent].first && c.b > c.a) c.a = after_dateline(c.a, c.b);
    // A cue inside another candidate's content is reported speech within speech: drop it.
    // But "According to the Herald, Professor X said ...": the clause has its own speaker
    // (the speech verb's subject), and the source named first only reported it.
    auto according = [&](const Candidate& c) {
      return c.cue_b == c.cue_a + 2 && toks_[c.cue_a].low == "according";
    };
    for (size_t i = 0; i < cands.size(); ++i) {
      bool inner = false;
      size_t jlo = i > 64 ? i - 64 : 0, jhi = std::min(cands.size(), i + 64);
      for (size_t j = jlo; j < jhi; ++j) {
        if (i == j) continue;
        bool inside = cands[i].cue_a >= cands[j].a && cands[i].cue_a < cands[j].b;
        bool outside = cands[j].cue_a >= cands[i].a && cands[j].cue_a < cands[i].b;
        if (inside && !according(cands[j])) inner = true;
        if (outside && according(cands[i]) && !according(cands[j]) &&
            main_verb_of(cands[i].a, cands[i].b) == cands[j].cue_a)
          inner = true;
      }
      if (inner) continue;
      Candidate& c = cands[i];
      // Partial direct quotes inside the reported clause: keep them as direct quotes when
      // they carry most of it, else report the whole clause as one mixed quote.
      uint32_t content = 0, quoted = 0;
      std::vector<size_t> inside;
      for (uint32_t t = c.a; t < c.b; ++t) {
        if (!(toks_[t].f & kWord)) continue;
        ++content;
        if (toks_[t].f & kInQ) ++quoted;
      }
      for (size_t k = before; k < pending_.size(); ++k)
        if (pending_[k].start >= toks_[c.a].s && pending_[k].end <= toks_[c.b - 1].e)
          inside.push_back(k);
      // Unquoted words after the last quoted one ("it was \"reviewing ...\" and would share
      // its findings") make the clause the report: one mixed quote.
      // (Not the quote's own attribution: "...: \"All countries ...,\" said Tedros ...")
      bool trailing = false;
      for (uint32_t t = c.b; t > c.a; --t) {
        if (toks_[t - 1].f & kInQ) break;
        if (!(toks_[t - 1].f & kWord)) continue;
        if (toks_[t - 1].cue && (toks_[t - 1].cue->flags & quotes::kSpeech)) {
          trailing = false;
          break;
        }
        trailing = true;
      }
      if (quoted > 0) {
        // (Two quoted pieces of coordinated predicates, `the commission "stands by the
        // results" and would "respect whatever the court decides."`, are one mixed clause;
        // not pieces set side by side: `a "concession ...," in light of "the ..."`.)
        bool coordinated = false;
        if (inside.size() >= 2) {
          uint32_t from = pending_[inside[0]].end, to = pending_[inside[1]].start;
          for (uint32_t t = c.a; t + 1 < c.b && !coordinated; ++t) {
            if (toks_[t].s < from || toks_[t].e > to || !is_low_word(t)) continue;
            if (toks_[t].low != "and" && toks_[t].low != "but" && toks_[t].low != "or") continue;
            coordinated = is_low_word(t + 1) && ((toks_[t + 1].cls & quotes::kAux) ||
                                                 verbish(t + 1)) &&
                          !(toks_[t + 1].f & kInQ);
          }
        }
        bool keep_direct = !inside.empty() && !coordinated && !trailing && quoted * 10 >= content * 4;
        // "said the ward had taken 40 people on Sunday, \"most of them children ...\"": a
        // whole unquoted clause before a quote set off by a comma is a report of its own,
        // and the quote stays direct (session 10).
        uint32_t first_q = c.b;
        for (uint32_t t = c.a; t < c.b; ++t)
          if (toks_[t].f & kInQ) {
            first_q = t;
            break;
          }
        uint32_t comma = first_q;
        while (comma > c.a && (toks_[comma - 1].f & kMark)) --comma;
        bool own_clause = keep_direct && inside.size() == 1 && comma > c.a + 5 &&
                          is_punct(comma - 1, ",") && word_count(c.a, comma - 1) >= 5 &&
                          !(toks_[c.a].cls & quotes::kPreposition) && looks_clausal(c.a, comma - 1);
        // (not an adverbial, "in remarks published by CNN in February,", nor a clause that
        // hands over to another speaker, "implications for X: Gownaris remarked,")
        for (uint32_t t = c.a; own_clause && t + 1 < comma; ++t)
          if (is_punct(t, ":") || is_punct(t, ";") || (toks_[t].f & kDash) ||
              (t > c.a && toks_[t].cue && (toks_[t].cue->flags & quotes::kSpeech) && is_low_word(t)))
            own_clause = false;
        if (keep_direct && !own_clause) continue;
        if (own_clause) {
          c.b = comma - 1;
        } else {
          for (size_t k : inside) pending_[k].dq = kNone - 1;  // dropped below
          c.mixed = true;
        }
      }
      PQ out;
      out.start = toks_[c.a].s;
      out.end = toks_[c.b - 1].e;
      if (c.mixed && (toks_[c.b - 1].f & kMark) == 0 && c.b < se && (toks_[c.b].f & kMark))
        out.end = toks_[c.b].e;
      out.text = trim_text(out.start, out.end);
      out.kind = c.mixed ? QuoteKind::kMixed : QuoteKind::kIndirect;
      out.cue = trim_text(toks_[c.cue_a].s, toks_[c.cue_b - 1].e);
      out.cue_start = toks_[c.cue_a].s;
      out.cue_end = toks_[c.cue_b - 1].e;
      out.speaker = c.speaker.sp;
      out.addressee = c.addressee;
      out.sentence_internal = sent;
      remember_speaker(c.speaker);
      pending_.push_back(std::move(out));
    }
    pending_.erase(std::remove_if(pending_.begin() + static_cast<long>(before), pending_.end(),
                                  [](const PQ& q) { return q.dq == kNone - 1; }),
                   pending_.end());
    if (maybe_anonymity) find_anonymity(sent, before);
    // The subject of this sentence, for "it", "they" and "he" in the next one.
    // Kept as a phrase and made a speaker only when a pronoun asks for it.
    NounPhrase subj = clause_subject(ss, se > ss ? se - 1 : ss);
    bool appositive_name = false;
    // "Mokoena's lawyer, Pieter van der Merwe, said ...": the name set off after a described
    // subject is who "he" or "she" is next.
    if (!subj.empty() && subj.b + 3 < se && is_punct(subj.b, ",") && !person_like(subj.a, subj.b)) {
      uint32_t e = subj.b + 1;
      while (e < se && e < subj.b + 8 && is_word(e) &&
             (is_cap(e) || name_particle(e) || (toks_[e].f & kAbbrevDot)))
        ++e;
      if (e < se && is_punct(e, ",") && e - subj.b - 1 >= 2 && person_like(subj.b + 1, e)) {
        subj = NounPhrase{subj.b + 1, e};
        appositive_name = true;
      }
    }
    // "Day married ... She divorced him in 1981. She said ...": a pronoun subject carries the
    // subject it refers to on to the next sentence.
    // Only "he"/"she": "it" and "they" are often no one ("For Martin, it does not matter").
    if (!subj.empty() && subj.b - subj.a == 1 && (toks_[subj.a].low == "he" || toks_[subj.a].low == "she") &&
        !prev_subject_np_.empty() && prev_subject_sent_ + 1 == sent)
      prev_subject_sent_ = sent;
    if (prev_subject_sent_ + 1 < sent) {
      prev_subject_.valid = false;
      prev_subject_np_ = {};
    }
    if (!subj.empty() && !(subj.b - subj.a == 1 && (toks_[subj.a].cls & quotes::kPronoun)) &&
        !(toks_[subj.a].f & kInQ)) {
      prev_subject_np_ = subj;
      prev_subject_np_sent_ = sent;
      prev_subject_sent_ = sent;
      prev_subject_appositive_ = appositive_name;
      prev_subject_.valid = false;
      prev_subject_ready_ = false;
    }
  }

  // The previous sentence's subject as a speaker (built on first use).
  const SpeakerInfo& prev_subject() {
    if (!prev_subject_ready_) {
      prev_subject_ready_ = true;
      if (!prev_subject_np_.empty()) prev_subject_ = make_speaker(prev_subject_np_, prev_subject_np_sent_);
      // (A name set off after a description of a person is a person's.)
      if (prev_subject_appositive_ && prev_subject_.valid) prev_subject_.person = true;
    }
    return prev_subject_;
  }

  std::string direct_text(const DirectQuote& q) const {
    // Paragraph pieces joined by a space; continuation marks left out.
    std::string out;
    uint32_t t = q.a;
    while (t < q.b) {
      uint32_t para = toks_[t].para;
      uint32_t u = t;
      while (u < q.b && toks_[u].para == para) ++u;
      uint32_t a = t, b = u;
      while (a < b && (toks_[a].f & kContOpen)) ++a;
      while (b > a && (toks_[b - 1].f & kMark) && !(toks_[b - 1].f & kInQ) ) --b;
      if (a < b) {
        if (!out.empty()) out.push_back(' ');
        out += trim_text(toks_[a].s, toks_[b - 1].e);
        // keep the final punctuation inside the marks ("mistake,")
        std::string_view tail = std::string_view(doc_.text).substr(toks_[b - 1].s,
                                                                   toks_[b - 1].e - toks_[b - 1].s);
        // (A paragraph's own end too, when the quote goes on: "... its doors. But I ...")
        // ("?" and "!" are already there: the trim keeps them.)
        if ((u == q.b && tail == ",") || tail == "." ||
            ((tail == "?" || tail == "!") && (out.empty() || out.back() != tail[0])))
          out.append(tail);
      }
      t = u;
    }
    return out;
  }

  // A named speaker is written as the golds write names: "The Kremlin" -> "Kremlin", "The
  // Huthis" -> "Huthis" (an article before capitals only), "The rebels' Supreme Political
  // Council later" -> "Supreme Political Council" (a lower-case owner before the name and a
  // time adverb after it are no part of it). Descriptions of unnamed sources keep theirs.
  // A "speaker" that is a function word, a generic pronoun, an interjection or a contraction
  // ("reads the report" cut to "the", "saying that", "one could argue", an interview's "I'd
  // say", "Um"): the quote is kept with no speaker rather than with that word as a name.
  static bool no_name(std::string_view name) {
    if (name.empty()) return false;
    std::string low(name);
    for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    static const char* kWords[] = {"the", "a", "an", "that", "this", "these", "those", "it", "one", "there",
                                   "here", "which", "who", "what", "um", "uh", "oh", "out", "'s", "s"};
    for (const char* w : kWords)
      if (low == w) return true;
    size_t ap = low.find('\'');
    if (ap == std::string::npos) ap = low.find("\xE2\x80\x99");  // ’
    if (ap != std::string::npos && low.find(' ') == std::string::npos) {
      std::string_view head = std::string_view(low).substr(0, ap);
      for (const char* p : {"i", "we", "you", "they", "he", "she", "it", "that", "there"})
        if (head == p) return true;  // I'm, I'd, we're, they've ...
    }
    return false;
  }

  void normalise_name(Speaker* sp) const {
    if (sp->anonymous || sp->name.empty()) return;
    std::vector<std::string_view> w;
    std::string_view n = sp->name;
    for (size_t p = 0; p < n.size();) {
      size_t q = n.find(' ', p);
      if (q == std::string_view::npos) q = n.size();
      if (q > p) w.push_back(n.substr(p, q - p));
      p = q + 1;
    }
    if (w.size() < 2) return;
    auto upper = [](std::string_view x) { return !x.empty() && x[0] >= 'A' && x[0] <= 'Z'; };
    size_t b = 0, e = w.size();
    std::string_view last = w[e - 1];
    if (e - b >= 2 && (last == "later" || last == "earlier" || last == "also" || last == "then" ||
                       last == "again" || last == "meanwhile" || last == "previously"))
      --e;
    std::string_view first = w[0];
    bool owner = !upper(first) && first.size() > 2 &&
                 (first.back() == '\'' || (first.size() > 3 && first.substr(first.size() - 2) == "'s") ||
                  (first.size() > 5 && first.substr(first.size() - 4) == "\xE2\x80\x99s"));
    // (One word after the article only when the resolver names it without one: "The Kremlin"
    // -> "Kremlin", but a paper "The Hill" keeps its article.)
    bool entity_plain = false;
    if (e - b == 2 && (first == "The" || first == "the")) {
      std::string_view rest = w[1];
      for (const Entity& en : doc_.entities)
        if (en.name == rest && (en.type == EntityType::kOrg || en.type == EntityType::kGpe)) {
          entity_plain = true;
          break;
        }
    }
    if ((first == "The" || first == "the" || owner) && e - b >= 2 &&
        (owner || e - b >= 3 || entity_plain)) {
      bool caps = true;
      for (size_t k = 1; k < e; ++k) {
        std::string_view x = w[k];
        caps = caps && (upper(x) || ((x == "of" || x == "for" || x == "and" || x == "the" ||
                                      x == "to" || x == "on") && k + 1 < e));
      }
      if (caps) b = 1;
    }
    if (b == 0 && e == w.size()) return;
    size_t from = static_cast<size_t>(w[b].data() - n.data());
    size_t to = static_cast<size_t>(w[e - 1].data() + w[e - 1].size() - n.data());
    sp->name = std::string(n.substr(from, to - from));
  }

  void emit() {
    std::sort(pending_.begin(), pending_.end(),
              [](const PQ& x, const PQ& y) { return x.start < y.start; });
    // The same unnamed source stays anonymous: `A former pilot, who spoke on condition that
    // he not be named, said ... "...," he said.` (the pronoun took the described subject
    // before the anonymity was read).
    for (size_t i = 0; i < pending_.size(); ++i) {
      const Speaker& a = pending_[i].speaker;
      if (!a.anonymous || a.name.empty()) continue;
      for (size_t j = i + 1; j < pending_.size() && j < i + 16; ++j) {
        Speaker& b = pending_[j].speaker;
        if (b.anonymous || b.name != a.name) continue;
        // (an organisation the description names is no entity of the source's: the first
        // mention, made anonymous, has none)
        if (b.entity >= 0 && a.entity >= 0) continue;
        b.entity = -1;
        b.anonymous = true;
        if (b.reason.empty()) b.reason = a.reason;
        if (b.description.empty()) b.description = a.description;
      }
    }
    doc_.quotes.reserve(pending_.size());
    for (PQ& q : pending_) {
      Quote out = static_cast<Quote&>(q);
      // "Malawi Electoral Commission (MEC)": a bracketed short name ending the speaker's
      // name is no part of it.
      std::string& nm = out.speaker.name;
      if (nm.size() > 4 && nm.back() == ')') {
        size_t o = nm.rfind(" (");
        bool acronym = o != std::string::npos && nm.size() - o - 3 >= 2 && nm.size() - o - 3 <= 8;
        for (size_t k = o + 2; acronym && k + 1 < nm.size(); ++k)
          acronym = (nm[k] >= 'A' && nm[k] <= 'Z') || nm[k] == '-';
        if (acronym) nm.resize(o);
      }
      normalise_name(&out.speaker);
      if (out.speaker.entity < 0 && no_name(out.speaker.name)) out.speaker = Speaker{};
      int ds = doc_.sentence_at(q.start);
      out.sentence = ds >= 0 ? static_cast<uint32_t>(ds) : q.sentence_internal;
      doc_.quotes.push_back(std::move(out));
    }
  }

  Document& doc_;
  const Gazetteer& gaz_;
  const Lexicon& lex_;
  std::string low_;
  std::vector<Para> paras_;
  std::vector<Tok> toks_;
  std::vector<DirectQuote> dq_;
  std::vector<std::pair<uint32_t, uint32_t>> sents_;
  std::vector<uint32_t> tok_sent_;
  std::vector<bool> consumed_;
  struct OrgMention {
    uint32_t start, end, entity;
  };
  mutable std::vector<OrgMention> org_mentions_;  // org_antecedent's index
  mutable std::vector<int8_t> place_cache_;  // per token: -1 unknown, 0 no, 1 a place word  // cue tokens already used by a direct quote
  std::vector<std::pair<uint32_t, uint32_t>> blocked_;
  std::unordered_map<std::string, std::string> names_;  // last name -> fullest person name
  std::unordered_set<std::string> person_names_;
  // "president" -> where the article gives that title to whom ("Joseph Aoun"), in text order
  std::unordered_map<std::string, std::vector<std::pair<uint32_t, std::string>>> titled_;
  // The holder of a title at byte `at`: the person last given it before (a definite "the
  // minister" is the one named last), else the first one after.
  const std::string* titled_name(std::string_view title, uint32_t at) const {
    auto it = titled_.find(std::string(title));
    if (it == titled_.end() || it->second.empty()) return nullptr;
    // (entries are in text order: index_names reads the paragraphs in order)
    const auto& v = it->second;
    auto after = std::lower_bound(v.begin(), v.end(), at,
                                  [](const auto& e, uint32_t pos) { return e.first < pos; });
    return after == v.begin() ? &v.front().second : &std::prev(after)->second;
  }
  std::vector<MentionRef> mentions_;
  std::vector<SpeakerInfo> q_info_;
  std::vector<PQ> pending_;
  const DirectQuote* last_attributed_ = nullptr;
  SpeakerInfo last_person_, last_thing_, last_group_, prev_subject_;
  uint32_t prev_subject_sent_ = 0;
  NounPhrase prev_subject_np_;
  bool prev_subject_appositive_ = false;
  uint32_t prev_subject_np_sent_ = 0;
  bool prev_subject_ready_ = true;
  SpeakerInfo last_spokes_body_;  // the body the last unnamed spokesperson spoke for
  SpeakerInfo doc_author_;  // the writer a document named as a speaker stood for
  uint32_t doc_author_sent_ = 0;
  bool interview_seen_ = false;  // a "Q:" paragraph came before
  SpeakerInfo interviewee_;
  uint32_t answer_end_ = 0;  // the end of the answer paragraph being read
};

}  // namespace

void extract_quotes(Document* doc, const Gazetteer& gazetteer) {
  if (doc == nullptr) return;
  Analyzer analyzer(doc, gazetteer);
  analyzer.run();
}

}  // namespace factwire
