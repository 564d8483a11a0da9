// The in-memory search index (factwire::SearchIndex): how it is stored, brought up to date and
// searched. Private to src/corpus; query.cc answers Corpus::search from it when asked to.
//
// Postings: per distinct token, one byte stream over the documents that hold it, in id order:
//   varint(doc id - previous doc id), varint(tf in title), varint(tf in text),
//   then the title positions and the text positions, each delta-coded as varints.
// About 1.3 bytes per token occurrence. Documents: their token count and day, by id.
//
// A query is understood only when it is a disjunction (OR) of conjunctions (AND, or
// whitespace) of phrases: barewords and "quoted strings", the last one optionally a prefix
// (word*, "a phrase"*  for one-token phrases). That is FTS5's grammar for these operators
// (implicit AND binds tighter than AND, AND tighter than OR). Anything else (NOT, NEAR,
// parentheses, column filters, ^, +, a phrase of no token or a multi-token prefix phrase) is
// left to FTS5.
#pragma once

#include <sqlite3.h>

#include <atomic>
#include <cstdint>
#include <map>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "corpus/corpus_impl.h"
#include "corpus/sqlite.h"
#include "factwire/corpus.h"

namespace factwire {

struct SearchIndex::Data {
  mutable std::shared_mutex mu;
  std::unordered_map<std::string, uint32_t> term_ids;
  std::map<std::string_view, uint32_t> sorted;  // views of term_ids' keys, for prefixes
  std::vector<std::vector<uint8_t>> postings;    // by term id
  std::vector<uint32_t> last_doc;                // by term id: the last doc in its postings
  std::vector<uint32_t> doc_count;               // by term id: documents in its postings
  std::vector<uint32_t> length;                  // by doc id: tokens (title + text)
  std::vector<int32_t> day;                      // by doc id: YYYYMMDD; -1 none
  // For facets: each document's source, entities and (not negated) event types. The entities
  // of document d are ents[ent_begin[d] .. ent_begin[d + 1]) (ents.size() past the end); so
  // are its event types in evs / ev_begin.
  std::vector<uint32_t> source;                  // by doc id: sources.id; 0 none
  std::unordered_map<int64_t, std::string> source_names;
  std::vector<uint32_t> ent_begin, ents;
  std::vector<uint32_t> ev_begin;
  std::vector<uint16_t> evs;
  std::vector<std::string> event_types;          // by evs value
  std::unordered_map<std::string, uint16_t> event_type_ids;
  int64_t odd_days = 0;                          // documents whose day is not YYYY-MM-DD
  int64_t rows = 0;                              // documents indexed
  int64_t tokens = 0;
  std::atomic<int64_t> max_id{0};                // the largest document id indexed
};

namespace corpus {

// FTS5's tokenizer as documents_fts uses it (unicode61 remove_diacritics 2), found through the
// connection's fts5_api.
class FtsTokenizer {
 public:
  FtsTokenizer() = default;
  ~FtsTokenizer();
  FtsTokenizer(const FtsTokenizer&) = delete;
  FtsTokenizer& operator=(const FtsTokenizer&) = delete;
  Status open(sqlite3* db);
  // The same through a prepared "SELECT fts5(?1)" (e.g. a connection's cached one).
  Status open(Stmt& select_fts5);
  // Calls f(token, start, end) for each token of text.
  template <class F>
  Status tokenize(std::string_view text, int flags, F&& f) {
    return tokenize_while(text, flags, [&](std::string_view t, int start, int end) {
      f(t, start, end);
      return true;
    });
  }
  // The same, until f returns false.
  //
  // ASCII runs are tokenized here, as unicode61 does (a token is a run of ASCII letters and
  // digits, folded to lower case; every other ASCII byte separates), without a call into
  // FTS5 per token; a stretch holding bytes >= 0x80 goes to FTS5's tokenizer, from the start
  // of its token to the next ASCII separator (never inside a token, since no UTF-8 sequence
  // holds an ASCII byte), with its offsets shifted. The tokens are the same as FTS5's alone.
  template <class F>
  Status tokenize_while(std::string_view text, int flags, F&& f) {
    const char* p = text.data();
    const size_t n = text.size();
    char small[64];
    std::string big;
    size_t i = 0;
    while (i < n) {
      while (i < n && ascii_sep(static_cast<unsigned char>(p[i]))) ++i;
      if (i == n) break;
      size_t s = i;
      while (i < n && ascii_word(static_cast<unsigned char>(p[i]))) ++i;
      if (i == n || static_cast<unsigned char>(p[i]) < 0x80) {
        // An ASCII token [s, i).
        size_t len = i - s;
        char* out = small;
        if (len > sizeof small) {
          big.resize(len);
          out = big.data();
        }
        for (size_t k = 0; k < len; ++k) {
          char c = p[s + k];
          out[k] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
        }
        if (!f(std::string_view(out, len), static_cast<int>(s), static_cast<int>(i))) return Status::Ok();
        continue;
      }
      // Not ASCII at i: FTS5 tokenizes [s, e), e the next ASCII separator after the non-ASCII bytes.
      size_t e = i;
      while (e < n && !ascii_sep(static_cast<unsigned char>(p[e]))) ++e;
      bool go_on = true;
      auto g = [&](std::string_view t, int ts, int te) {
        go_on = f(t, ts + static_cast<int>(s), te + static_cast<int>(s));
        return go_on;
      };
      if (Status st = fts5_tokenize(text.substr(s, e - s), flags, g); !st.ok()) return st;
      if (!go_on) return Status::Ok();
      i = e;
    }
    return Status::Ok();
  }
  // FTS5's tokenizer alone (one call back per token).
  template <class F>
  Status fts5_tokenize(std::string_view text, int flags, F&& f) {
    auto cb = [](void* ctx, int tflags, const char* tok, int n, int start, int end) -> int {
      if (tflags & FTS5_TOKEN_COLOCATED) return SQLITE_OK;
      return (*static_cast<std::remove_reference_t<F>*>(ctx))(std::string_view(tok, static_cast<size_t>(n)), start,
                                                                end)
                 ? SQLITE_OK
                 : SQLITE_DONE;
    };
    int rc = api_.xTokenize(tok_, &f, flags, text.data(), static_cast<int>(text.size()), cb);
    if (rc != SQLITE_OK && rc != SQLITE_DONE) return Status::Internal("the FTS5 tokenizer failed");
    return Status::Ok();
  }

 private:
  static bool ascii_word(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
  static bool ascii_sep(unsigned char c) { return c < 0x80 && !ascii_word(c); }
  fts5_tokenizer api_{};
  ::Fts5Tokenizer* tok_ = nullptr;
};

// Adds the documents with ids above data.max_id.
Status index_update(SearchIndex::Data& data, sqlite3* db);

struct IndexPhrase {
  std::vector<std::string> tokens;
  bool prefix = false;  // the last token is a prefix
};
struct IndexQuery {
  std::vector<IndexPhrase> phrases;        // in the query's order (BM25 sums over all)
  std::vector<std::vector<int>> any_of;    // OR of these ANDs of phrase indexes
};
// False when the query is not one the index answers (see above); *out is then unspecified.
bool index_parse(FtsTokenizer& tok, std::string_view match, IndexQuery* out);

// The hits of a parsed query: documents matching it and in `filter` (when given), best first
// (BM25 of the newest `rank_window` of them, 0 = all) or newest first; `page` of them.
Corpus::Impl::Hits index_search(const SearchIndex::Data& data, const IndexQuery& q, const DocSet* filter,
                                bool by_date, int rank_window, const Page& page);

// Facets of a page of hits, counted as Corpus::search_facets counts them in SQL: documents per
// month (calendar order), per source name ("(unknown)" for none) and per event type (most
// first, then by value, `top` at most), and per entity (each document counting an entity once;
// the `top` most frequent, ties by smaller id). False when some day cannot be read as
// YYYY-MM-DD (the caller counts in SQL then).
struct IndexFacets {
  std::vector<std::pair<std::string, int64_t>> month, source, event_type;
  std::vector<std::pair<int64_t, int64_t>> entity;  // (entity id, documents)
};
bool index_facets(const SearchIndex::Data& data, const std::vector<int64_t>& ids, int top, IndexFacets* out);

// A snippet of a matching document: `tokens` tokens of its text (else its title) around the
// best cluster of the query's phrases near their first match, the phrases between \x01 and
// \x02, "…" where text was cut. Among fragments starting up to 2 x `tokens` tokens after the
// first match, the one with the most distinct phrases wins (then the most instances), one that
// starts a sentence is preferred, the earliest on ties. The text is tokenized once, from a
// little before the first place its words appear (an ASCII search) to a little past the first
// match (FTS5's snippet() tokenizes every column in full two or three times).
std::string index_snippet(FtsTokenizer& tok, const IndexQuery& q, std::string_view title, std::string_view text,
                          int tokens = 16);

}  // namespace corpus
}  // namespace factwire
