#include "server/response_cache.h"

namespace factwire::server {
namespace {

uint64_t mix(uint64_t h, uint64_t v) {
  h ^= v + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
  return h;
}

uint64_t file_state(const std::string& path) {
  struct stat st {};
  if (stat(path.c_str(), &st) != 0) return 0;
  uint64_t h = static_cast<uint64_t>(st.st_size);
  h = mix(h, static_cast<uint64_t>(st.st_mtim.tv_sec));
  h = mix(h, static_cast<uint64_t>(st.st_mtim.tv_nsec));
  h = mix(h, static_cast<uint64_t>(st.st_ino));
  return h;
}

}  // namespace

uint64_t corpus_generation(const std::string& db_path, uint64_t writes) {
  uint64_t h = mix(0, writes);
  h = mix(h, file_state(db_path));
  h = mix(h, file_state(db_path + "-wal"));
  return h;
}

std::shared_ptr<const std::string> ResponseCache::get(const std::string& key, uint64_t generation) {
  std::lock_guard<std::mutex> l(mu_);
  auto it = index_.find(key);
  if (it == index_.end()) return nullptr;
  if (it->second->generation != generation) {
    bytes_ -= it->second->body->size() + it->second->key.size();
    lru_.erase(it->second);
    index_.erase(it);
    return nullptr;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  return it->second->body;
}

void ResponseCache::put(const std::string& key, uint64_t generation, std::string body) {
  if (max_bytes_ == 0 || body.size() > max_entry_) return;
  auto shared = std::make_shared<const std::string>(std::move(body));
  std::lock_guard<std::mutex> l(mu_);
  auto it = index_.find(key);
  if (it != index_.end()) {
    bytes_ -= it->second->body->size() + it->second->key.size();
    lru_.erase(it->second);
    index_.erase(it);
  }
  lru_.push_front(Entry{key, generation, shared});
  index_[key] = lru_.begin();
  bytes_ += shared->size() + key.size();
  evict_locked();
}

void ResponseCache::evict_locked() {
  while (bytes_ > max_bytes_ && !lru_.empty()) {
    const Entry& e = lru_.back();
    bytes_ -= e.body->size() + e.key.size();
    index_.erase(e.key);
    lru_.pop_back();
  }
}

size_t ResponseCache::bytes() const {
  std::lock_guard<std::mutex> l(mu_);
  return bytes_;
}

}  // namespace factwire::server
