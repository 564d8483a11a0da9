#include "server/static_bundle.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace factwire::server {
namespace {

// FNV-1a 64: an ETag only needs to change when the bytes do.
std::string etag_of(std::string_view body) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : body) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, "\"%016llx\"", static_cast<unsigned long long>(h));
  return buf;
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::string StaticBundle::mime_type(std::string_view name) {
  struct Ext {
    const char* ext;
    const char* mime;
  };
  static const Ext kTypes[] = {
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".ico", "image/x-icon"},
      {".txt", "text/plain; charset=utf-8"},
      {".woff2", "font/woff2"},
      {".webmanifest", "application/manifest+json"},
  };
  for (const auto& t : kTypes) {
    if (ends_with(name, t.ext)) return t.mime;
  }
  return "application/octet-stream";
}

std::string StaticBundle::key_for(std::string_view path) {
  if (path.empty() || path[0] != '/') return "";
  path.remove_prefix(1);
  if (path.empty()) return "index.html";
  std::string key;
  size_t start = 0;
  while (start <= path.size()) {
    size_t slash = path.find('/', start);
    if (slash == std::string_view::npos) slash = path.size();
    std::string_view seg = path.substr(start, slash - start);
    // No empty segments ("a//b", a trailing "/"), no ".", "..", hidden names, no backslash,
    // NUL, colon (drive letters) or control characters.
    if (seg.empty() || seg[0] == '.') return "";
    for (unsigned char c : seg) {
      if (c < 0x20 || c == 0x7f || c == '\\' || c == ':') return "";
    }
    if (!key.empty()) key += '/';
    key.append(seg);
    start = slash + 1;
    if (slash == path.size()) break;
  }
  return key;
}

void StaticBundle::add(std::string key, std::string body) {
  StaticFile f;
  f.mime = mime_type(key);
  f.etag = etag_of(body);
  f.body = std::move(body);
  files_[std::move(key)] = std::move(f);
}

Status StaticBundle::load(const std::string& dir, size_t max_bytes) {
  files_.clear();
  dir_ = dir;
  std::error_code ec;
  if (!fs::is_directory(fs::status(dir, ec)) || ec) {
    return Status::NotFound("no dashboard folder at " + dir);
  }
  size_t total = 0;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const fs::directory_entry& e = *it;
    std::string name = e.path().filename().string();
    std::error_code ec2;
    fs::file_status ls = e.symlink_status(ec2);
    if (ec2) continue;
    if (!name.empty() && name[0] == '.') {
      if (fs::is_directory(ls)) it.disable_recursion_pending();
      continue;
    }
    if (fs::is_symlink(ls)) {
      continue;  // never followed: the directory iterator does not recurse into links either
    }
    if (!fs::is_regular_file(ls)) continue;
    std::string rel = fs::relative(e.path(), dir, ec2).generic_string();
    if (ec2 || rel.empty() || key_for("/" + rel) != rel) continue;
    std::ifstream in(e.path(), std::ios::binary);
    if (!in) continue;
    std::ostringstream ss;
    ss << in.rdbuf();
    std::string body = ss.str();
    total += body.size();
    if (total > max_bytes) {
      files_.clear();
      return Status::TooLarge("the dashboard folder " + dir + " holds more than " +
                              std::to_string(max_bytes >> 20) + " MiB");
    }
    add(rel, std::move(body));
  }
  if (ec) return Status::IoError("cannot read " + dir + ": " + ec.message());
  return Status::Ok();
}

const StaticFile* StaticBundle::find(std::string_view path) const {
  std::string key = key_for(path);
  if (key.empty()) return nullptr;
  auto it = files_.find(key);
  if (it == files_.end()) return nullptr;
  return &it->second;
}

}  // namespace factwire::server
