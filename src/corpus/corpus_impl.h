// Corpus::Impl, shared by the writer (corpus.cc) and the queries (query.cc).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <chrono>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/sqlite.h"
#include "corpus/story_index.h"
#include "factwire/corpus.h"

namespace factwire {

namespace corpus {
// A set of document ids as a bitmap (ids are small dense integers): the filters of a search
// are built into one and tested per FTS5 match by the SQL function fw_docset(id), far cheaper
// than SQLite's IN (subquery), which builds a b-tree of every id first.
class DocSet {
 public:
  void add(int64_t id) {
    if (id < 0) return;
    size_t w = static_cast<size_t>(id) >> 6;
    if (w >= bits_.size()) bits_.resize(w + 1, 0);
    uint64_t m = uint64_t{1} << (id & 63);
    if (!(bits_[w] & m)) {
      bits_[w] |= m;
      ++count_;
    }
  }
  bool has(int64_t id) const {
    if (id < 0) return false;
    size_t w = static_cast<size_t>(id) >> 6;
    return w < bits_.size() && (bits_[w] >> (id & 63)) & 1;
  }
  void intersect(const DocSet& o) {
    if (bits_.size() > o.bits_.size()) bits_.resize(o.bits_.size());
    count_ = 0;
    for (size_t i = 0; i < bits_.size(); ++i) {
      bits_[i] &= o.bits_[i];
      count_ += static_cast<size_t>(__builtin_popcountll(bits_[i]));
    }
  }
  size_t count() const { return count_; }

 private:
  std::vector<uint64_t> bits_;
  size_t count_ = 0;
};
}  // namespace corpus

struct Corpus::Impl {
  sqlite3* db = nullptr;
  std::string path;
  bool read_only = false;
  int version = 0;

  // Writer state.
  bool in_batch = false;
  int64_t next_doc_id = 0;  // valid inside a batch (we hold the write lock)
  bool story_index_loaded = false;
  corpus::StoryIndex stories;
  int near_bits = 7;
  std::unordered_map<std::string, int64_t> entity_ids;  // key -> entities.id
  std::unordered_map<std::string, int64_t> source_ids;
  std::unordered_map<std::string, std::unique_ptr<corpus::Stmt>> stmts;
  // Row counts added by the batch's stored documents, written to `counts` at commit.
  std::unordered_map<std::string, int64_t> pending_counts;
  // The writer's prepared statements and what the batch writes at commit (full-text entries,
  // aggregate deltas); defined in corpus.cc.
  struct Writer;
  std::unique_ptr<Writer> writer;

  // Query deadline (Corpus::set_query_timeout): a progress handler interrupts a statement
  // that runs past `deadline`; `timed_out` says that the last query was stopped so.
  // The set fw_docset(id) tests (nullptr: no document is in it).
  const corpus::DocSet* docset = nullptr;
  int timeout_ms = 0;
  std::chrono::steady_clock::time_point deadline{};
  bool deadline_armed = false;
  bool timed_out = false;

  ~Impl();
  // A query's failure as the caller sees it: an interrupted statement is a deadline message.
  Status query_status(const Status& s) const;
  // One page of search hits (query.cc): ids, and their BM25 ranks when ranked.
  struct Hits {
    std::vector<int64_t> ids;
    std::vector<double> ranks;  // empty when newest first
  };
  Result<Hits> search_ids(const SearchQuery& q, const std::string& match, const std::vector<int64_t>& entity_ids,
                          const Page& page);
  // The last search's hits (its first kHitsKept at least), so that the facets of the same
  // search on this connection reuse its ranking. Keyed by the query and PRAGMA data_version
  // (which changes when another connection commits); cleared by this connection's writes.
  static constexpr int kHitsKept = 500;
  std::string hits_key;
  Hits hits_kept;
  bool hits_complete = false;  // every match passing the filters is in hits_kept
  // A cached prepared statement (reset, bindings cleared).
  corpus::Stmt& stmt(const char* sql);
  // Ids of entities named `name` (case-insensitive), else of those containing it as words.
  Result<std::vector<int64_t>> resolve_entities(const std::string& name, int max = 64);
  // resolve_entities for an optional filter: an empty name leaves *ids empty; an error comes
  // back through query_status (a deadline reads as one).
  Status filter_ids(const std::string& name, std::vector<int64_t>* ids);
};

// Arms the query deadline for the life of one public query call.
class QueryClock {
 public:
  explicit QueryClock(Corpus::Impl* impl) : impl_(impl) {
    impl_->timed_out = false;
    if (impl_->timeout_ms > 0) {
      impl_->deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(impl_->timeout_ms);
      impl_->deadline_armed = true;
    }
  }
  ~QueryClock() { impl_->deadline_armed = false; }
  QueryClock(const QueryClock&) = delete;
  QueryClock& operator=(const QueryClock&) = delete;

 private:
  Corpus::Impl* impl_;
};

namespace corpus {
// "2024-06" -> "2024-06-01"; "" stays "".
std::string day_from(const std::string& d);
// "2024-06" -> "2024-06-31" (a bound, not a real day); "" stays "".
std::string day_to(const std::string& d);
}  // namespace corpus

}  // namespace factwire
