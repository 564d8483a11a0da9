#include "corpus/sources.h"

#include <pthread.h>
#include <signal.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <functional>
#include <system_error>
#include <thread>

#include "core/utf8.h"
#include "read/html/charset.h"
#include "read/html/html_scrub.h"

namespace factwire::corpus {
namespace fs = std::filesystem;

// ---------------------------------------------------------------------------------------------
// Files.

std::vector<std::string> list_files(const std::vector<std::string>& paths,
                                    std::vector<std::string>* missing) {
  std::vector<std::string> out;
  for (const std::string& p : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(p, ec);
    if (ec || !fs::exists(st)) {
      if (missing) missing->push_back(p);
      continue;
    }
    if (!fs::is_directory(st)) {
      out.push_back(p);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(p, fs::directory_options::skip_permission_denied, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory(ec)) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file(ec)) found.push_back(it->path().string());
    }
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

namespace {

// A buffered byte source: a gzip-or-plain file, or bytes in memory.
class Bytes {
 public:
  static Result<std::unique_ptr<Bytes>> open(const std::string& path) {
    gzFile f = gzopen(path.c_str(), "rb");
    if (!f) return Status::IoError("cannot open " + path + ": " + std::strerror(errno));
    gzbuffer(f, 1 << 17);
    auto b = std::unique_ptr<Bytes>(new Bytes());
    b->gz_ = f;
    b->name_ = path;
    return b;
  }
  static std::unique_ptr<Bytes> memory(std::string name, std::string bytes) {
    auto b = std::unique_ptr<Bytes>(new Bytes());
    b->buf_ = std::move(bytes);
    b->name_ = std::move(name);
    b->eof_ = true;
    return b;
  }
  ~Bytes() {
    if (gz_) gzclose(gz_);
  }
  const std::string& name() const { return name_; }
  const Status& error() const { return error_; }

  // Reads one line without its "\n" (and "\r"); false at the end. Lines over `max` bytes are
  // cut (the rest is discarded).
  bool line(std::string* out, size_t max = 1 << 16) {
    out->clear();
    for (;;) {
      size_t nl = buf_.find('\n', pos_);
      if (nl != std::string::npos) {
        append_clipped(out, std::string_view(buf_).substr(pos_, nl - pos_), max);
        pos_ = nl + 1;
        if (!out->empty() && out->back() == '\r') out->pop_back();
        return true;
      }
      append_clipped(out, std::string_view(buf_).substr(pos_), max);
      pos_ = buf_.size();
      if (!fill()) return !out->empty();
    }
  }
  // Reads exactly n bytes (fewer at the end of input).
  void read(size_t n, std::string* out) {
    out->clear();
    while (out->size() < n) {
      if (pos_ >= buf_.size() && !fill()) return;
      size_t take = std::min(n - out->size(), buf_.size() - pos_);
      out->append(buf_, pos_, take);
      pos_ += take;
    }
  }
  void skip(uint64_t n) {
    while (n > 0) {
      if (pos_ >= buf_.size() && !fill()) return;
      size_t take = static_cast<size_t>(std::min<uint64_t>(n, buf_.size() - pos_));
      pos_ += take;
      n -= take;
    }
  }
  // Everything that is left, up to max bytes (false if there was more).
  bool rest(std::string* out, size_t max) {
    out->assign(buf_, pos_, std::string::npos);
    pos_ = buf_.size();
    while (out->size() <= max && fill()) {
      out->append(buf_);
      pos_ = buf_.size();
    }
    return out->size() <= max;
  }

 private:
  Bytes() = default;
  static void append_clipped(std::string* out, std::string_view s, size_t max) {
    if (out->size() < max) out->append(s.substr(0, max - out->size()));
  }
  bool fill() {
    if (eof_) return false;
    buf_.erase(0, pos_);
    pos_ = 0;
    size_t old = buf_.size();
    buf_.resize(old + (1 << 16));
    int n = gzread(gz_, buf_.data() + old, 1 << 16);
    if (n <= 0) {
      buf_.resize(old);
      eof_ = true;
      if (n < 0) {
        int errnum = 0;
        const char* msg = gzerror(gz_, &errnum);
        error_ = Status::Corrupt(name_ + ": " + (msg ? msg : "read error"));
      }
      return false;
    }
    buf_.resize(old + static_cast<size_t>(n));
    return true;
  }

  gzFile gz_ = nullptr;
  std::string name_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  Status error_;
};

bool iequals_prefix(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char a = s[i], b = prefix[i];
    if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + 32);
    if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + 32);
    if (a != b) return false;
  }
  return true;
}

std::string lower(std::string_view s) {
  std::string o(s);
  for (char& c : o) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return o;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) s.remove_suffix(1);
  return s;
}

// "Name: value" -> (lower(name), value)
bool header(std::string_view line, std::string* name, std::string* value) {
  size_t c = line.find(':');
  if (c == std::string_view::npos || c == 0) return false;
  *name = lower(trim(line.substr(0, c)));
  *value = std::string(trim(line.substr(c + 1)));
  return true;
}

// Inflates gzip or zlib/deflate bytes (windowBits auto-detect), up to max bytes out.
Status inflate_all(std::string_view in, size_t max, std::string* out, bool raw_deflate) {
  z_stream z{};
  int wbits = raw_deflate ? -MAX_WBITS : (MAX_WBITS + 32);
  if (inflateInit2(&z, wbits) != Z_OK) return Status::Internal("zlib init");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char chunk[1 << 15];
  int rc = Z_OK;
  while (rc != Z_STREAM_END) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      return Status::InvalidInput("bad compressed HTTP body");
    }
    out->append(chunk, sizeof chunk - z.avail_out);
    if (out->size() > max) {
      inflateEnd(&z);
      return Status::TooLarge("HTTP body over the document size limit");
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out != 0) break;  // truncated: keep what we have
  }
  inflateEnd(&z);
  return Status::Ok();
}

// A gzip file's members one after another (WARC files compress each record on its own), at
// most `max` bytes out; a truncated last member keeps what it gave.
Status gunzip_members(std::string_view in, size_t max, std::string* out) {
  z_stream z{};
  if (inflateInit2(&z, MAX_WBITS + 16) != Z_OK) return Status::Internal("zlib init");
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  z.avail_in = static_cast<uInt>(in.size());
  out->clear();
  char chunk[1 << 15];
  Status st;
  for (;;) {
    z.next_out = reinterpret_cast<Bytef*>(chunk);
    z.avail_out = sizeof chunk;
    int rc = inflate(&z, Z_NO_FLUSH);
    out->append(chunk, sizeof chunk - z.avail_out);
    if (out->size() > max) {
      st = Status::TooLarge("over " + std::to_string(max >> 20) + " MiB once decompressed");
      break;
    }
    if (rc == Z_STREAM_END) {
      if (z.avail_in == 0) break;
      inflateReset(&z);  // the next member
      continue;
    }
    if (rc != Z_OK) {
      if (out->empty()) st = Status::InvalidInput("not valid gzip data");
      break;
    }
    if (z.avail_in == 0 && z.avail_out != 0) break;  // truncated: keep what we have
  }
  inflateEnd(&z);
  return st;
}

Status dechunk(std::string_view in, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    size_t nl = in.find('\n', i);
    if (nl == std::string_view::npos) break;
    std::string_view size_line = trim(in.substr(i, nl - i));
    size_t semi = size_line.find(';');
    if (semi != std::string_view::npos) size_line = size_line.substr(0, semi);
    uint64_t n = 0;
    if (size_line.empty()) return Status::InvalidInput("bad chunked HTTP body");
    for (char c : size_line) {
      int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
      if (d < 0 || n > (1ULL << 40)) return Status::InvalidInput("bad chunked HTTP body");
      n = n * 16 + static_cast<uint64_t>(d);
    }
    i = nl + 1;
    if (n == 0) break;
    if (n > in.size() - i) n = in.size() - i;  // truncated crawl: keep what is there
    out->append(in.substr(i, static_cast<size_t>(n)));
    i += static_cast<size_t>(n);
    if (i < in.size() && in[i] == '\r') ++i;
    if (i < in.size() && in[i] == '\n') ++i;
  }
  return Status::Ok();
}

// ---------------------------------------------------------------------------------------------
// WARC.

class WarcStream : public InputStream {
 public:
  WarcStream(std::unique_ptr<Bytes> in, ReadOptions opts) : in_(std::move(in)), opts_(opts) {}

  bool next(Input* out) override {
    std::string line, name, value;
    for (;;) {
      // Find the next record's version line.
      bool found = false;
      while (in_->line(&line)) {
        if (line.rfind("WARC/", 0) == 0) {
          found = true;
          break;
        }
      }
      if (!found) {
        if (!in_->error().ok() && !reported_end_) {
          reported_end_ = true;
          *out = Input{};
          out->id = in_->name();
          out->error = in_->error();
          return true;
        }
        return false;
      }
      ++record_;
      std::string type, uri, record_id, content_type;
      uint64_t length = 0;
      bool has_length = false;
      while (in_->line(&line) && !line.empty()) {
        if (!header(line, &name, &value)) continue;
        if (name == "warc-type") type = lower(value);
        else if (name == "warc-target-uri") uri = std::string(trim(value));
        else if (name == "warc-record-id") record_id = value;
        else if (name == "content-type") content_type = lower(value);
        else if (name == "content-length") {
          has_length = !value.empty();
          for (char c : value) {
            if (c < '0' || c > '9' || length > (1ULL << 50)) {
              has_length = false;
              break;
            }
            length = length * 10 + static_cast<uint64_t>(c - '0');
          }
        }
      }
      std::string id = in_->name() + "#" + std::to_string(record_);
      if (!has_length) {
        *out = Input{};
        out->id = id;
        out->error = Status::InvalidInput("WARC record without a valid Content-Length");
        return true;
      }
      bool wanted = type == "response" && content_type.find("application/http") != std::string::npos;
      size_t max = opts_.max_document_bytes + (64u << 10);
      if (!wanted) {
        in_->skip(length);
        continue;
      }
      if (length > max * 2) {
        in_->skip(length);
        *out = Input{};
        out->id = uri.empty() ? id : uri;
        out->error = Status::TooLarge("WARC record of " + std::to_string(length) + " bytes, over the limit");
        return true;
      }
      std::string block;
      in_->read(static_cast<size_t>(length), &block);
      Input in;
      in.id = uri.empty() ? id : uri;
      in.url = uri;
      in.format = InputFormat::kHtml;
      Status s = http_body(block, &in.bytes, &in.format);
      if (s.code() == Code::kNotFound) continue;  // not an HTML page: skip quietly
      in.error = s;
      *out = std::move(in);
      return true;
    }
  }

 private:
  // Splits an HTTP response into its body; kNotFound for responses that are not a page.
  Status http_body(std::string_view block, std::string* body, InputFormat* format) {
    size_t end = block.find("\r\n\r\n");
    size_t skip = 4;
    if (end == std::string_view::npos) {
      end = block.find("\n\n");
      skip = 2;
    }
    if (end == std::string_view::npos) return Status::InvalidInput("HTTP response without headers");
    std::string_view head = block.substr(0, end);
    std::string_view payload = block.substr(end + skip);
    size_t nl = head.find('\n');
    std::string_view status_line = trim(head.substr(0, nl));
    if (!iequals_prefix(status_line, "HTTP/")) return Status::InvalidInput("not an HTTP response");
    size_t sp = status_line.find(' ');
    int code = sp == std::string_view::npos ? 0 : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
    if (code < 200 || code >= 300) return Status::NotFound("HTTP status " + std::to_string(code));
    std::string ctype, encoding, transfer, name, value;
    size_t i = nl == std::string_view::npos ? head.size() : nl + 1;
    while (i < head.size()) {
      size_t e = head.find('\n', i);
      if (e == std::string_view::npos) e = head.size();
      if (header(head.substr(i, e - i), &name, &value)) {
        if (name == "content-type") ctype = lower(value);
        else if (name == "content-encoding") encoding = lower(value);
        else if (name == "transfer-encoding") transfer = lower(value);
      }
      i = e + 1;
    }
    if (!ctype.empty() && ctype.find("html") == std::string::npos && ctype.find("text/plain") == std::string::npos) {
      return Status::NotFound("content type " + ctype);
    }
    if (ctype.find("text/plain") != std::string::npos) *format = InputFormat::kText;
    std::string tmp;
    if (transfer.find("chunked") != std::string::npos) {
      Status s = dechunk(payload, &tmp);
      if (!s.ok()) return s;
      payload = tmp;
    }
    if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
      std::string inflated;
      Status s = inflate_all(payload, opts_.max_document_bytes, &inflated, false);
      if (!s.ok() && encoding == "deflate") s = inflate_all(payload, opts_.max_document_bytes, &inflated, true);
      if (!s.ok()) return s;
      *body = std::move(inflated);
    } else if (!encoding.empty() && encoding != "identity") {
      return Status::Unsupported("HTTP content encoding '" + encoding + "'");
    } else {
      if (payload.size() > opts_.max_document_bytes) return Status::TooLarge("page over the document size limit");
      *body = std::string(payload);
    }
    apply_http_charset(ctype, *format, body);
    return Status::Ok();
  }

  // "Content-Type: text/html; charset=windows-1251": a page that is not UTF-8 and declares no
  // charset itself is transcoded by the header's (the HTML reader would take it for broken
  // UTF-8). A page's own declaration is left to the HTML reader.
  static void apply_http_charset(const std::string& ctype, InputFormat format, std::string* body) {
    size_t at = ctype.find("charset=");
    if (at == std::string::npos) return;
    std::string label(trim(std::string_view(ctype).substr(at + 8)));
    label = label.substr(0, label.find(';'));
    label.erase(std::remove(label.begin(), label.end(), '"'), label.end());
    std::string canon = html::canonical_charset(label);
    if (canon.empty() || canon == "utf-8" || canon.rfind("utf-16", 0) == 0 || utf8::is_valid(*body)) return;
    if (format != InputFormat::kText && !html::declared_charset(*body).empty()) return;
    std::string out;
    if (html::to_utf8(canon, *body, &out)) *body = std::move(out);
  }

  std::unique_ptr<Bytes> in_;
  ReadOptions opts_;
  uint64_t record_ = 0;
  bool reported_end_ = false;
};

// ---------------------------------------------------------------------------------------------
// Feeds.

void append_utf8(std::string* out, uint32_t cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    *out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    *out += static_cast<char>(0xC0 | (cp >> 6));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *out += static_cast<char>(0xE0 | (cp >> 12));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *out += static_cast<char>(0xF0 | (cp >> 18));
    *out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// XML character data: CDATA sections copied, the five named and numeric references decoded.
std::string xml_text(std::string_view s) {
  std::string out;
  size_t i = 0;
  while (i < s.size()) {
    if (s.compare(i, 9, "<![CDATA[") == 0) {
      size_t e = s.find("]]>", i + 9);
      if (e == std::string_view::npos) e = s.size();
      out.append(s.substr(i + 9, e - i - 9));
      i = e == s.size() ? e : e + 3;
    } else if (s[i] == '&') {
      size_t semi = s.find(';', i);
      if (semi == std::string_view::npos || semi - i > 10) {
        out += '&';
        ++i;
        continue;
      }
      std::string_view ent = s.substr(i + 1, semi - i - 1);
      if (ent == "lt") out += '<';
      else if (ent == "gt") out += '>';
      else if (ent == "amp") out += '&';
      else if (ent == "quot") out += '"';
      else if (ent == "apos") out += '\'';
      else if (!ent.empty() && ent[0] == '#') {
        uint32_t cp = 0;
        bool hex = ent.size() > 1 && (ent[1] == 'x' || ent[1] == 'X');
        bool ok = ent.size() > (hex ? 2u : 1u);
        for (size_t k = hex ? 2 : 1; k < ent.size() && ok; ++k) {
          char c = ent[k];
          int d = (c >= '0' && c <= '9') ? c - '0'
                  : (hex && c >= 'a' && c <= 'f') ? c - 'a' + 10
                  : (hex && c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
          if (d < 0 || cp > 0x10FFFF) ok = false;
          else cp = cp * (hex ? 16 : 10) + static_cast<uint32_t>(d);
        }
        if (ok) append_utf8(&out, cp);
        else out.append(s.substr(i, semi - i + 1));
      } else {
        out.append(s.substr(i, semi - i + 1));  // an HTML entity inside escaped HTML: keep
      }
      i = semi + 1;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// The local name of a tag ("content:encoded" keeps its prefix; matching is on full names).
struct Tag {
  std::string name;  // lower case, with prefix
  std::string raw;   // as written (closing tags are matched on it)
  std::string_view attrs;
  bool closing = false, self_closing = false;
  size_t end = 0;  // offset after '>'
};

// Parses the tag starting at s[i] == '<'. Comments, PIs and doctype give an empty name.
bool parse_tag(std::string_view s, size_t i, Tag* t) {
  t->name.clear();
  t->closing = t->self_closing = false;
  if (s.compare(i, 4, "<!--") == 0) {
    size_t e = s.find("-->", i + 4);
    t->end = e == std::string_view::npos ? s.size() : e + 3;
    return true;
  }
  if (s.compare(i, 9, "<![CDATA[") == 0) {
    size_t e = s.find("]]>", i + 9);
    t->end = e == std::string_view::npos ? s.size() : e + 3;
    return true;
  }
  size_t e = s.find('>', i + 1);
  if (e == std::string_view::npos) return false;
  t->end = e + 1;
  size_t j = i + 1;
  if (j < e && (s[j] == '?' || s[j] == '!')) return true;
  if (j < e && s[j] == '/') {
    t->closing = true;
    ++j;
  }
  size_t n = j;
  while (n < e && s[n] != ' ' && s[n] != '\t' && s[n] != '\n' && s[n] != '\r' && s[n] != '/') ++n;
  t->raw = std::string(s.substr(j, n - j));
  t->name = lower(t->raw);
  t->attrs = s.substr(n, e - n);
  t->self_closing = e > i && s[e - 1] == '/';
  return true;
}

std::string attr(std::string_view attrs, std::string_view name) {
  size_t i = 0;
  while ((i = attrs.find(name, i)) != std::string_view::npos) {
    bool start_ok = i == 0 || attrs[i - 1] == ' ' || attrs[i - 1] == '\t' || attrs[i - 1] == '\n';
    size_t j = i + name.size();
    while (j < attrs.size() && attrs[j] == ' ') ++j;
    if (start_ok && j < attrs.size() && attrs[j] == '=') {
      ++j;
      while (j < attrs.size() && attrs[j] == ' ') ++j;
      if (j < attrs.size() && (attrs[j] == '"' || attrs[j] == '\'')) {
        char q = attrs[j];
        size_t e = attrs.find(q, j + 1);
        if (e == std::string_view::npos) return {};
        return xml_text(attrs.substr(j + 1, e - j - 1));
      }
    }
    i = j;
  }
  return {};
}

// The encoding an XML document declares (<?xml version="1.0" encoding="ISO-8859-1"?>); empty
// when none.
std::string xml_encoding(std::string_view xml) {
  if (xml.substr(0, 3) == "\xEF\xBB\xBF") xml.remove_prefix(3);
  xml = trim(xml.substr(0, 512));
  if (xml.rfind("<?xml", 0) != 0) return {};
  size_t e = xml.find("?>");
  if (e == std::string_view::npos) return {};
  return attr(xml.substr(5, e - 5), "encoding");
}

// The feed as UTF-8: UTF-16 by its BOM; a declared single-byte encoding when the bytes are
// not UTF-8 already. Other bytes stay as they are (each item's text is repaired later).
std::string feed_to_utf8(std::string bytes) {
  std::string out;
  std::string_view bom16 = html::utf16_bom(bytes);
  if (!bom16.empty()) {
    html::utf16_to_utf8(bytes, bom16 == "utf-16be", &out);
    return out;
  }
  std::string enc = xml_encoding(bytes);
  if (enc.empty()) return bytes;
  std::string canon = html::canonical_charset(enc);
  if (canon.empty() || canon == "utf-8" || canon.rfind("utf-16", 0) == 0) return bytes;
  if (utf8::is_valid(bytes)) return bytes;
  if (!html::to_utf8(canon, bytes, &out)) return bytes;
  return out;
}

class FeedStream : public InputStream {
 public:
  FeedStream(std::string name, std::string bytes, ReadOptions opts)
      : name_(std::move(name)), xml_(feed_to_utf8(std::move(bytes))), opts_(opts) {}

  bool next(Input* out) override {
    std::string_view s = xml_;
    Tag t;
    while (pos_ < s.size()) {
      size_t lt = s.find('<', pos_);
      if (lt == std::string_view::npos) break;
      if (!parse_tag(s, lt, &t)) break;
      pos_ = t.end;
      if (t.closing || t.self_closing) continue;
      if (t.name == "item" || t.name == "entry") {
        ++item_;
        return read_item(s, t.name, out);
      }
    }
    return false;
  }

 private:
  bool read_item(std::string_view s, const std::string& item_tag, Input* out) {
    std::string title, link, alt_link, date, content, encoded, description, summary, guid;
    Tag t;
    int depth = 0;  // nesting of unknown elements inside the item
    while (pos_ < s.size()) {
      size_t lt = s.find('<', pos_);
      if (lt == std::string_view::npos) {
        pos_ = s.size();
        break;
      }
      if (!parse_tag(s, lt, &t)) {
        pos_ = s.size();
        break;
      }
      pos_ = t.end;
      if (t.name.empty()) continue;
      if (t.closing) {
        if (t.name == item_tag) break;
        if (depth > 0) --depth;
        continue;
      }
      if (t.name == "link" && (t.self_closing || !t.attrs.empty())) {
        std::string href = attr(t.attrs, "href");
        std::string rel = attr(t.attrs, "rel");
        if (!href.empty() && (rel.empty() || rel == "alternate")) alt_link = href;
        if (t.self_closing) continue;
      }
      if (t.self_closing) continue;
      // An element with text: read to its closing tag (nested markup inside stays as-is:
      // escaped HTML content is text; XHTML content is kept as markup).
      std::string close = "</" + t.raw;
      size_t e = find_close(s, pos_, close);
      std::string_view inner = s.substr(pos_, e - pos_);
      size_t after = s.find('>', e);
      pos_ = after == std::string_view::npos ? s.size() : after + 1;
      const std::string& n = t.name;
      std::string text = xml_text(inner);
      if (n == "title") {
        // Atom type="html" (and RSS, whose titles are often escaped HTML): the text is HTML,
        // so its character references need a second decode ("&amp;amp;" -> "&").
        std::string type = lower(attr(t.attrs, "type"));
        if ((type == "html" || type.empty()) && text.find('&') != std::string::npos) text = html::decode_entities(text);
        title = std::string(trim(text));
      }
      else if (n == "link" && link.empty()) link = std::string(trim(text));
      else if (n == "guid") guid = std::string(trim(text));
      else if (n == "pubdate" || n == "published" || n == "dc:date" || n == "updated" || n == "date") {
        if (date.empty() || n == "pubdate" || n == "published") {
          std::string d = feed_date(text);
          if (!d.empty()) date = d;
        }
      } else if (n == "content:encoded") encoded = text;
      else if (n == "content") content = text;
      else if (n == "description") description = text;
      else if (n == "summary") summary = text;
      (void)depth;
    }
    Input in;
    in.url = !link.empty() ? link : !alt_link.empty() ? alt_link : (guid.rfind("http", 0) == 0 ? guid : "");
    in.id = !in.url.empty() ? in.url : name_ + "#" + std::to_string(item_);
    in.title = title;
    in.published = date;
    std::string& body = !encoded.empty() ? encoded : !content.empty() ? content : !description.empty() ? description : summary;
    in.bytes = std::move(body);
    in.format = in.bytes.find('<') != std::string::npos ? InputFormat::kHtml : InputFormat::kText;
    if (trim(in.bytes).empty()) {
      in.error = Status::InvalidInput("feed item without content");
    } else if (in.bytes.size() > opts_.max_document_bytes) {
      in.error = Status::TooLarge("feed item over the document size limit");
      in.bytes.clear();
    }
    *out = std::move(in);
    return true;
  }

  // Offset of the closing tag `close` ("</name") for the element whose content starts at i,
  // skipping CDATA sections; s.size() when absent.
  // The element's closing tag ("</title" then '>' or a space) from i on, skipping CDATA
  // sections; s.size() when there is none. Linear in what it passes over: a CDATA section is
  // looked for only before the candidate closing tag (one cannot straddle it: "<![CDATA["
  // holds no '<' but its first byte), and the candidate is looked for again only once passed.
  static size_t find_close(std::string_view s, size_t i, const std::string& close) {
    constexpr std::string_view kCdata = "<![CDATA[";
    size_t c = s.find(close, i);
    while (c != std::string_view::npos) {
      size_t cd = s.substr(0, c).find(kCdata, i);
      if (cd == std::string_view::npos) {
        size_t after = c + close.size();
        if (after < s.size() && (s[after] == '>' || s[after] == ' ' || s[after] == '\n' || s[after] == '\t')) return c;
        i = after;
        c = s.find(close, i);
        continue;
      }
      size_t e = s.find("]]>", cd + kCdata.size());
      if (e == std::string_view::npos) return s.size();
      i = e + 3;
      if (c < i) c = s.find(close, i);
    }
    return s.size();
  }

  std::string name_;
  std::string xml_;
  ReadOptions opts_;
  size_t pos_ = 0;
  uint64_t item_ = 0;
};

}  // namespace

std::string feed_date(std::string_view s) {
  s = trim(s);
  auto digits = [](std::string_view v) {
    for (char c : v) {
      if (c < '0' || c > '9') return false;
    }
    return !v.empty();
  };
  if (s.size() >= 10 && s[4] == '-' && s[7] == '-' && digits(s.substr(0, 4)) && digits(s.substr(5, 2)) &&
      digits(s.substr(8, 2))) {
    return std::string(s.substr(0, 10));
  }
  // RFC 822: [Day, ]DD Mon YYYY ...
  size_t comma = s.find(',');
  if (comma != std::string_view::npos) s = trim(s.substr(comma + 1));
  size_t sp1 = s.find(' ');
  if (sp1 == std::string_view::npos) return {};
  size_t sp2 = s.find(' ', sp1 + 1);
  if (sp2 == std::string_view::npos) return {};
  std::string_view day = s.substr(0, sp1), mon = s.substr(sp1 + 1, sp2 - sp1 - 1);
  size_t sp3 = s.find(' ', sp2 + 1);
  std::string_view year = s.substr(sp2 + 1, sp3 == std::string_view::npos ? std::string_view::npos : sp3 - sp2 - 1);
  static const char* kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  int m = 0;
  for (int i = 0; i < 12; ++i) {
    if (iequals_prefix(mon, kMonths[i])) m = i + 1;
  }
  if (!m || !digits(day) || day.size() > 2 || !digits(year)) return {};
  std::string y(year);
  if (y.size() == 2) y = (y[0] >= '7' ? "19" : "20") + y;
  if (y.size() != 4) return {};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%s-%02d-%02d", y.c_str(), m, std::atoi(std::string(day).c_str()));
  return buf;
}

Result<FileKind> sniff_file(const std::string& path) {
  auto b = Bytes::open(path);
  if (!b.ok()) return b.status();
  std::string head;
  b.value()->read(8192, &head);
  if (!b.value()->error().ok()) return b.value()->error();
  return sniff_bytes(head);
}

FileKind sniff_bytes(std::string_view head) {
  if (head.rfind("WARC/", 0) == 0) return FileKind::kWarc;
  std::string_view h = head;
  if (h.rfind("\xEF\xBB\xBF", 0) == 0) h.remove_prefix(3);
  h = trim(h);
  if (h.rfind("<?xml", 0) == 0 || h.rfind("<rss", 0) == 0 || h.rfind("<feed", 0) == 0 || h.rfind("<rdf:RDF", 0) == 0) {
    std::string l = lower(h);
    if (l.find("<rss") != std::string::npos || l.find("<feed") != std::string::npos ||
        l.find("<rdf:rdf") != std::string::npos) {
      return FileKind::kFeed;
    }
  }
  return FileKind::kOther;
}

Result<std::unique_ptr<InputStream>> open_warc(const std::string& path, const ReadOptions& opts) {
  auto b = Bytes::open(path);
  if (!b.ok()) return b.status();
  return std::unique_ptr<InputStream>(new WarcStream(std::move(b.value()), opts));
}

std::unique_ptr<InputStream> warc_from_bytes(std::string name, std::string bytes, const ReadOptions& opts) {
  return std::make_unique<WarcStream>(Bytes::memory(std::move(name), std::move(bytes)), opts);
}

Result<std::unique_ptr<InputStream>> open_feed(const std::string& path, const ReadOptions& opts) {
  auto b = Bytes::open(path);
  if (!b.ok()) return b.status();
  std::string all;
  size_t max = std::max<size_t>(opts.max_document_bytes * 16, 256u << 20);
  if (!b.value()->rest(&all, max)) return Status::TooLarge(path + ": feed file over " + std::to_string(max >> 20) + " MiB");
  if (!b.value()->error().ok()) return b.value()->error();
  return std::unique_ptr<InputStream>(new FeedStream(path, std::move(all), opts));
}

std::unique_ptr<InputStream> feed_from_bytes(std::string name, std::string bytes, const ReadOptions& opts) {
  return std::make_unique<FeedStream>(std::move(name), std::move(bytes), opts);
}

void unread_stdin(std::string head) {
  int fds[2];
  if (pipe(fds) != 0) return;
  int orig = dup(0);
  dup2(fds[0], 0);
  close(fds[0]);
  int w = fds[1];
  // Detached, with its own copy of the bytes: it ends at the end of input, or when the
  // reader stops reading (EPIPE; SIGPIPE is blocked on this thread only).
  std::thread([head = std::move(head), orig, w]() {
    sigset_t pipe_sig;
    sigemptyset(&pipe_sig);
    sigaddset(&pipe_sig, SIGPIPE);
    pthread_sigmask(SIG_BLOCK, &pipe_sig, nullptr);
    auto put = [&](const char* p, size_t n) {
      while (n > 0) {
        ssize_t k = ::write(w, p, n);
        if (k <= 0) return false;
        p += k;
        n -= static_cast<size_t>(k);
      }
      return true;
    };
    bool ok = put(head.data(), head.size());
    char chunk[1 << 16];
    for (ssize_t k; ok && (k = ::read(orig, chunk, sizeof chunk)) > 0;) ok = put(chunk, static_cast<size_t>(k));
    close(w);
    close(orig);
  }).detach();
}

Result<std::unique_ptr<InputStream>> open_stdin(const ReadOptions& opts) {
  // Enough bytes to sniff: 8 KiB (as sniff_file) or the whole input when shorter.
  std::string head;
  char chunk[1 << 13];
  while (head.size() < sizeof chunk) {
    ssize_t k = ::read(0, chunk, sizeof chunk - head.size());
    if (k < 0 && errno == EINTR) continue;
    if (k <= 0) break;
    head.append(chunk, static_cast<size_t>(k));
  }
  // Gzip: the decompressed start is what is sniffed (zlib's reader streams the rest).
  const bool gz = head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                  static_cast<unsigned char>(head[1]) == 0x8b;
  std::string unzipped_head;
  if (gz && opts.format == InputFormat::kAuto) (void)gunzip_members(head, sizeof chunk, &unzipped_head);
  FileKind kind = opts.format == InputFormat::kAuto ? sniff_bytes(gz ? unzipped_head : head) : FileKind::kOther;
  if (kind == FileKind::kOther) {
    unread_stdin(std::move(head));
    return InputStream::open("-", opts);
  }
  const size_t max = std::max<size_t>(opts.max_document_bytes * 16, 256u << 20);
  std::string all = std::move(head);
  for (;;) {
    ssize_t k = ::read(0, chunk, sizeof chunk);
    if (k < 0 && errno == EINTR) continue;
    if (k < 0) return Status::IoError(std::string("reading standard input: ") + std::strerror(errno));
    if (k == 0) break;
    if (all.size() + static_cast<size_t>(k) > max) {
      return Status::TooLarge("standard input: " + std::string(kind == FileKind::kWarc ? "WARC" : "feed") +
                              " over " + std::to_string(max >> 20) + " MiB: pass it as a file");
    }
    all.append(chunk, static_cast<size_t>(k));
  }
  if (gz) {
    std::string plain;
    if (Status st = gunzip_members(all, max, &plain); !st.ok()) {
      return st.code() == Code::kTooLarge ? Status::TooLarge("standard input: " + st.message() + ": pass it as a file")
                                          : Status::InvalidInput("standard input: " + st.message());
    }
    all = std::move(plain);
  }
  if (kind == FileKind::kWarc) return warc_from_bytes("-", std::move(all), opts);
  return feed_from_bytes("-", std::move(all), opts);
}

}  // namespace factwire::corpus
