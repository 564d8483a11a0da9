// A bounded LRU cache of API response bodies, keyed by the request (path and sorted query)
// and tagged with the corpus generation they were computed at. A new generation (the server
// stored documents, or the database file or its WAL changed on disk: another process
// ingested) makes every older entry stale.
#pragma once

#include <sys/stat.h>

#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace factwire::server {

class ResponseCache {
 public:
  ResponseCache(size_t max_bytes, size_t max_entry_bytes) : max_bytes_(max_bytes), max_entry_(max_entry_bytes) {}

  // The body cached under `key` at `generation`, or nullptr.
  std::shared_ptr<const std::string> get(const std::string& key, uint64_t generation);
  void put(const std::string& key, uint64_t generation, std::string body);
  size_t bytes() const;

 private:
  struct Entry {
    std::string key;
    uint64_t generation;
    std::shared_ptr<const std::string> body;
  };
  void evict_locked();
  mutable std::mutex mu_;
  std::list<Entry> lru_;  // most recent first
  std::unordered_map<std::string, std::list<Entry>::iterator> index_;
  size_t bytes_ = 0;
  size_t max_bytes_, max_entry_;
};

// The corpus generation: a hash of the database file's and its WAL's size and modification
// time, mixed with `writes` (the server's own committed ingests). Two stat calls.
uint64_t corpus_generation(const std::string& db_path, uint64_t writes);

}  // namespace factwire::server
