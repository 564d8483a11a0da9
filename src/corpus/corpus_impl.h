// Corpus::Impl, shared by the writer (corpus.cc) and the queries (query.cc).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "corpus/sqlite.h"
#include "corpus/story_index.h"
#include "factwire/corpus.h"

namespace factwire {

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

  ~Impl();
  // A cached prepared statement (reset, bindings cleared).
  corpus::Stmt& stmt(const char* sql);
  // Ids of entities named `name` (case-insensitive), else of those containing it as words.
  Result<std::vector<int64_t>> resolve_entities(const std::string& name, int max = 64);
};

namespace corpus {
// "2024-06" -> "2024-06-01"; "" stays "".
std::string day_from(const std::string& d);
// "2024-06" -> "2024-06-31" (a bound, not a real day); "" stays "".
std::string day_to(const std::string& d);
}  // namespace corpus

}  // namespace factwire
