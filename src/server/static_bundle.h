// The dashboard's files, read into memory once at start-up.
//
// Serving from a map instead of the file system rules out path traversal by construction:
// a request names a key, never a path. Loading walks the folder without following symbolic
// links (a link inside the folder is skipped, whether it points inside or outside), keeps
// regular files only, and skips hidden entries (".git", ".env").
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>

#include "factwire/status.h"

namespace factwire::server {

struct StaticFile {
  std::string body;
  std::string mime;  // "text/html; charset=utf-8"
  std::string etag;  // "\"<hex>\""
};

class StaticBundle {
 public:
  // Reads every regular file under `dir` (at most `max_bytes` in all). A missing folder is
  // Code::kNotFound; the bundle is then empty.
  Status load(const std::string& dir, size_t max_bytes = 64u << 20);
  // Adds one file under `key` ("index.html").
  void add(std::string key, std::string body);

  // The file for a request path ("/", "/app.js", "/assets/x.css"), or nullptr. The path is
  // the decoded URL path. Anything that is not a clean relative key (empty segments, ".",
  // "..", backslashes, NUL, hidden names) finds nothing. "/" and "/index.html" are the same.
  const StaticFile* find(std::string_view path) const;

  bool empty() const { return files_.empty(); }
  size_t size() const { return files_.size(); }
  const std::string& dir() const { return dir_; }

  // "app.js" -> "text/javascript; charset=utf-8"; unknown -> "application/octet-stream".
  static std::string mime_type(std::string_view name);
  // The map key for a request path, or "" when the path is not a clean relative key.
  static std::string key_for(std::string_view path);

 private:
  std::map<std::string, StaticFile, std::less<>> files_;
  std::string dir_;
};

}  // namespace factwire::server
