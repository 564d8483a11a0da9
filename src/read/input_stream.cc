// Streaming documents out of files: plain or gzip, one document per file or per JSON line.
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <simdjson.h>
#include <string>

#include "factwire/reader.h"

namespace factwire {
namespace {

// Reads a file (or standard input), plain or gzip, through zlib's transparent reader.
class ByteSource {
 public:
  static Result<std::unique_ptr<ByteSource>> open(const std::string& path) {
    gzFile f = path == "-" ? gzdopen(dup(0), "rb") : gzopen(path.c_str(), "rb");
    if (f == nullptr) {
      int err = errno;
      if (err == ENOENT) return Status::NotFound("no such file: " + path);
      return Status::IoError("cannot open " + path + ": " + std::strerror(err ? err : EIO));
    }
    gzbuffer(f, 1 << 17);
    return std::unique_ptr<ByteSource>(new ByteSource(f));
  }
  ~ByteSource() { gzclose(file_); }

  // Appends up to n bytes; returns how many, 0 at the end; sets *error on failure.
  size_t read(std::string* out, size_t n, Status* error) {
    size_t old = out->size();
    out->resize(old + n);
    int got = gzread(file_, out->data() + old, static_cast<unsigned>(n));
    if (got < 0) {
      int errnum = 0;
      const char* msg = gzerror(file_, &errnum);
      *error = Status::InvalidInput(std::string("cannot decompress: ") + (msg ? msg : "read error"));
      out->resize(old);
      return 0;
    }
    out->resize(old + static_cast<size_t>(got));
    if (got == 0) {
      int errnum = 0;
      const char* msg = gzerror(file_, &errnum);
      if (errnum != Z_OK && errnum != Z_STREAM_END)
        *error = Status::InvalidInput(std::string("truncated or corrupt gzip data: ") + (msg ? msg : ""));
    }
    return static_cast<size_t>(got);
  }

 private:
  explicit ByteSource(gzFile f) : file_(f) {}
  gzFile file_;
};

constexpr size_t kChunk = 1 << 16;

bool looks_like_jsonl(std::string_view head) {
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) ++i;
  return i < head.size() && head[i] == '{';
}

// One whole file is one document.
class WholeFileStream : public InputStream {
 public:
  WholeFileStream(std::string id, std::string head, std::unique_ptr<ByteSource> src, const ReadOptions& opts)
      : id_(std::move(id)), head_(std::move(head)), src_(std::move(src)), opts_(opts) {}
  bool next(Input* out) override {
    if (done_) return false;
    done_ = true;
    *out = Input();
    out->id = id_;
    out->format = opts_.format;
    out->bytes = std::move(head_);
    Status err;
    while (src_ && out->bytes.size() <= opts_.max_document_bytes) {
      if (src_->read(&out->bytes, kChunk, &err) == 0) break;
    }
    if (!err.ok()) {
      out->error = err;
    } else if (out->bytes.size() > opts_.max_document_bytes) {
      out->error = Status::TooLarge("document is over the limit of " + std::to_string(opts_.max_document_bytes) +
                                    " bytes (raise it with --max-bytes)");
      out->bytes.clear();
    }
    return true;
  }

 private:
  std::string id_, head_;
  std::unique_ptr<ByteSource> src_;
  ReadOptions opts_;
  bool done_ = false;
};

// JSON Lines: {id?, title?, text | html, url?, published? | date?} one per line.
class JsonLinesStream : public InputStream {
 public:
  JsonLinesStream(std::string name, std::string head, std::unique_ptr<ByteSource> src, const ReadOptions& opts)
      : name_(std::move(name)), buf_(std::move(head)), src_(std::move(src)), opts_(opts) {}

  bool next(Input* out) override {
    while (true) {
      std::string line;
      bool too_long = false;
      if (!next_line(&line, &too_long)) return false;
      ++line_no_;
      *out = Input();
      out->id = name_ + ":" + std::to_string(line_no_);
      if (too_long) {
        out->error = Status::TooLarge("JSON line " + std::to_string(line_no_) + " is over the limit of " +
                                      std::to_string(opts_.max_document_bytes) + " bytes (raise it with --max-bytes)");
        return true;
      }
      size_t b = 0;
      while (b < line.size() && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r')) ++b;
      if (b == line.size()) continue;  // blank line
      parse(line, out);
      return true;
    }
  }

 private:
  // A line without its newline. Lines over the limit are skipped to their end.
  bool next_line(std::string* line, bool* too_long) {
    while (true) {
      size_t nl = buf_.find('\n', pos_);
      if (nl != std::string::npos) {
        if (skipping_ || nl - pos_ > opts_.max_document_bytes) {
          skipping_ = false;
          pos_ = nl + 1;
          *too_long = true;
          return true;
        }
        line->assign(buf_, pos_, nl - pos_);
        pos_ = nl + 1;
        return true;
      }
      if (buf_.size() - pos_ > opts_.max_document_bytes) {
        skipping_ = true;
        buf_.clear();
        pos_ = 0;
      }
      if (pos_ > 0) {
        buf_.erase(0, pos_);
        pos_ = 0;
      }
      if (eof_ || !src_) {
        if (skipping_) {
          skipping_ = false;
          *too_long = true;
          buf_.clear();
          return true;
        }
        if (buf_.empty()) return false;
        *line = std::move(buf_);
        buf_.clear();
        return true;
      }
      Status err;
      if (src_->read(&buf_, kChunk, &err) == 0) {
        eof_ = true;
        if (!err.ok()) read_error_ = err;
      }
    }
  }

  void parse(const std::string& line, Input* out) {
    simdjson::padded_string padded(line);
    simdjson::dom::element doc;
    auto err = parser_.parse(padded).get(doc);
    if (err) {
      out->error = Status::InvalidInput("line " + std::to_string(line_no_) + " is not valid JSON (" +
                                        simdjson::error_message(err) + ")" +
                                        (read_error_.ok() ? "" : "; " + read_error_.message()));
      return;
    }
    simdjson::dom::object obj;
    if (doc.get(obj)) {
      out->error = Status::InvalidInput("line " + std::to_string(line_no_) + " is JSON but not an object");
      return;
    }
    auto str = [&](const char* key, std::string* dst) {
      std::string_view v;
      if (!obj[key].get(v)) dst->assign(v);
      else {
        int64_t n;
        if (!obj[key].get(n)) *dst = std::to_string(n);
      }
    };
    std::string id;
    str("id", &id);
    if (!id.empty()) out->id = id;
    str("title", &out->title);
    str("url", &out->url);
    str("published", &out->published);
    if (out->published.empty()) str("date", &out->published);
    if (out->published.size() > 10) out->published.resize(10);  // "2021-03-05T12:00Z" -> date
    std::string html;
    str("html", &html);
    str("text", &out->bytes);
    if (out->bytes.empty() && !html.empty()) {
      out->bytes = std::move(html);
      out->format = InputFormat::kHtml;
    } else if (!out->bytes.empty()) {
      out->format = opts_.format == InputFormat::kHtml ? InputFormat::kHtml : InputFormat::kText;
    } else {
      out->error = Status::InvalidInput("record has no \"text\" or \"html\" field");
    }
  }

  std::string name_;
  std::string buf_;
  size_t pos_ = 0;
  std::unique_ptr<ByteSource> src_;
  ReadOptions opts_;
  simdjson::dom::parser parser_;
  size_t line_no_ = 0;
  bool eof_ = false, skipping_ = false;
  Status read_error_;
};

class ErrorStream : public InputStream {
 public:
  ErrorStream(std::string id, Status st) : id_(std::move(id)), st_(std::move(st)) {}
  bool next(Input* out) override {
    if (done_) return false;
    done_ = true;
    *out = Input();
    out->id = id_;
    out->error = st_;
    return true;
  }

 private:
  std::string id_;
  Status st_;
  bool done_ = false;
};

std::unique_ptr<InputStream> make_stream(std::string id, std::string head, std::unique_ptr<ByteSource> src,
                                         const ReadOptions& opts) {
  bool jsonl = opts.format == InputFormat::kJsonl || (opts.format == InputFormat::kAuto && looks_like_jsonl(head));
  if (jsonl) return std::make_unique<JsonLinesStream>(std::move(id), std::move(head), std::move(src), opts);
  return std::make_unique<WholeFileStream>(std::move(id), std::move(head), std::move(src), opts);
}

}  // namespace

Result<std::unique_ptr<InputStream>> InputStream::open(const std::string& path, const ReadOptions& opts) {
  auto src = ByteSource::open(path);
  if (!src.ok()) return src.status();
  std::unique_ptr<ByteSource> s = std::move(src.value());
  std::string head;
  Status err;
  while (head.size() < 4096) {
    if (s->read(&head, 4096, &err) == 0) break;
  }
  if (!err.ok()) return std::unique_ptr<InputStream>(new ErrorStream(path, err));
  return make_stream(path, std::move(head), std::move(s), opts);
}

std::unique_ptr<InputStream> InputStream::from_bytes(std::string id, std::string bytes, const ReadOptions& opts) {
  return make_stream(std::move(id), std::move(bytes), nullptr, opts);
}

}  // namespace factwire
