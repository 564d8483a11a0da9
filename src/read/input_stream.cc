// Streaming documents out of files: plain or gzip, one document per file or per JSON line.
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "factwire/reader.h"
#include "read/html/charset.h"

namespace factwire {
namespace {

// UTF-16 decoded as it is read: damaged units become the byte 0xFF, which the readers repair
// into U+FFFD with their usual warning, so the damage is not silent.
size_t utf16_decode(std::string_view b, bool big_endian, bool last, std::string* out) {
  return html::utf16_decode(b, big_endian, last, /*mark_bad=*/true, out, nullptr);
}

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

  // From now on read() gives the file's UTF-16 as UTF-8; `pending` are the UTF-16 bytes
  // already read after the byte order mark.
  void decode_utf16(bool big_endian, std::string pending) {
    utf16_ = true;
    big_endian_ = big_endian;
    carry_ = std::move(pending);
  }

  // Appends up to n bytes (about n once decoded from UTF-16); returns how many, 0 at the end;
  // sets *error on failure.
  size_t read(std::string* out, size_t n, Status* error) {
    if (!utf16_) return read_raw(out, n, error);
    const size_t old = out->size();
    while (out->size() == old && !ended_) {
      std::string raw = std::move(carry_);
      carry_.clear();
      if (read_raw(&raw, n, error) == 0) ended_ = true;
      size_t used = utf16_decode(raw, big_endian_, ended_, out);
      carry_.assign(raw, used, std::string::npos);
    }
    return out->size() - old;
  }

 private:
  size_t read_raw(std::string* out, size_t n, Status* error) {
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

  explicit ByteSource(gzFile f) : file_(f) {}
  gzFile file_;
  bool utf16_ = false, big_endian_ = false, ended_ = false;
  std::string carry_;  // UTF-16 bytes not decoded yet (half a unit, a high surrogate)
};

constexpr size_t kChunk = 1 << 16;

constexpr std::string_view kBom = "\xEF\xBB\xBF";

size_t skip_space(std::string_view s, size_t i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) ++i;
  return i;
}

// ---- Records: one JSON object -> one Input. ----------------------------------------------------

// Bytes that are not UTF-8 inside a JSON string (simdjson rejects the whole record for them) are
// carried through the parse as private-use code points U+10FF80..U+10FFFF, one per byte, and put
// back afterwards: as the raw bytes in "text"/"html" (the text reader then repairs them with its
// usual warning, as for a plain-text file), as U+FFFD elsewhere. A lone surrogate escape
// (\ud800) travels as the byte 0xFF, which the repair turns into U+FFFD too.
void append_placeholder(std::string* out, uint8_t b) {
  utf8::append(out, char32_t(0x10FF00 + b));  // b >= 0x80
}

int hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : (c >= 'A' && c <= 'F') ? c - 'A' + 10 : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

// Rewrites `json` with placeholders for invalid bytes and lone surrogate escapes inside strings.
// Returns how many were replaced (0: *out untouched).
size_t mend_json(std::string_view json, std::string* out) {
  std::string o;
  size_t fixed = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size();) {
    char c = json[i];
    if (!in_string) {
      if (c == '"') in_string = true;
      o.push_back(c);
      ++i;
      continue;
    }
    if (c == '"') {
      in_string = false;
      o.push_back(c);
      ++i;
    } else if (c == '\\' && i + 1 < json.size()) {
      if (json[i + 1] == 'u') {
        int u = hex4(json, i + 2);
        if (u >= 0xD800 && u <= 0xDFFF) {
          bool paired = false;
          if (u <= 0xDBFF && i + 7 < json.size() && json[i + 6] == '\\' && json[i + 7] == 'u') {
            int v = hex4(json, i + 8);
            paired = v >= 0xDC00 && v <= 0xDFFF;
          }
          if (paired) {
            o.append(json.substr(i, 12));
            i += 12;
          } else {
            append_placeholder(&o, 0xFF);
            ++fixed;
            i += 6;
          }
          continue;
        }
      }
      o.append(json.substr(i, 2));
      i += 2;
    } else if (static_cast<uint8_t>(c) < 0x80) {
      o.push_back(c);
      ++i;
    } else {
      char32_t cp;
      size_t n = utf8::decode(json, i, &cp);
      if (n == 0) {
        append_placeholder(&o, static_cast<uint8_t>(c));
        ++fixed;
        ++i;
      } else {
        o.append(json.substr(i, n));
        i += n;
      }
    }
  }
  if (fixed) *out = std::move(o);
  return fixed;
}

// Puts the placeholders of mend_json back: the raw byte (raw = true) or U+FFFD.
void unmend(std::string* s, bool raw) {
  if (s->find("\xF4\x8F") == std::string::npos) return;
  std::string o;
  o.reserve(s->size());
  for (size_t i = 0; i < s->size();) {
    char32_t cp;
    size_t n = utf8::decode(*s, i, &cp);
    if (n == 4 && cp >= 0x10FF80) {
      if (raw) o.push_back(static_cast<char>(cp - 0x10FF00));
      else utf8::append(&o, char32_t(0xFFFD));
    } else {
      o.append(*s, i, n ? n : 1);
    }
    i += n ? n : 1;
  }
  *s = std::move(o);
}

// Fills *out from one JSON record; `where` names it in messages ("line 3", "record 2").
void record_from_json(simdjson::dom::element doc, const std::string& where, const ReadOptions& opts, bool mended,
                      Input* out) {
  simdjson::dom::object obj;
  if (doc.get(obj)) {
    out->error = Status::InvalidInput(where + " is JSON but not an object");
    return;
  }
  auto str = [&](const char* key, std::string* dst) {
    std::string_view v;
    if (!obj[key].get(v)) {
      dst->assign(v);
      return true;
    }
    int64_t n;
    if (!obj[key].get(n)) {
      *dst = std::to_string(n);
      return true;
    }
    return false;
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
  bool has_html = str("html", &html);
  bool has_text = str("text", &out->bytes);
  if (mended) {
    unmend(&out->id, false);
    unmend(&out->title, false);
    unmend(&out->url, false);
    unmend(&out->published, false);
    unmend(&html, true);
    unmend(&out->bytes, true);
  }
  // A "\u0000" escape is valid JSON but no character: shown as U+FFFD (as in UTF-16 input),
  // not taken for binary data that would cost the whole record, nor stored in an id or url.
  for (std::string* v : {&out->bytes, &html, &out->title, &out->id, &out->url, &out->published}) {
    for (size_t z = 0; (z = v->find('\0', z)) != std::string::npos; z += 3) v->replace(z, 1, "\xEF\xBF\xBD");
  }
  if (std::max(out->bytes.size(), html.size()) > opts.max_document_bytes) {
    out->error = Status::TooLarge(where + " is over the limit of " + std::to_string(opts.max_document_bytes) +
                                  " bytes (raise it with --max-bytes)");
    out->bytes.clear();
    return;
  }
  if (out->bytes.empty() && !html.empty()) {
    out->bytes = std::move(html);
    out->format = InputFormat::kHtml;
  } else if (!out->bytes.empty()) {
    out->format = opts.format == InputFormat::kHtml ? InputFormat::kHtml : InputFormat::kText;
  } else if (has_text || has_html) {
    out->error = Status::InvalidInput(std::string("the document is empty (\"") + (has_text ? "text" : "html") +
                                      "\" is \"\")");
  } else {
    out->error = Status::InvalidInput("record has no \"text\" or \"html\" field");
  }
}

// Parses one record's JSON (repairing bad UTF-8 in strings) into *out.
void parse_record(simdjson::dom::parser& parser, std::string_view json, const std::string& where,
                  const ReadOptions& opts, const Status& read_error, Input* out) {
  simdjson::padded_string padded(json);
  simdjson::dom::element doc;
  auto err = parser.parse(padded).get(doc);
  bool mended = false;
  if (err == simdjson::UTF8_ERROR || err == simdjson::STRING_ERROR) {
    std::string fixed;
    if (mend_json(json, &fixed) > 0) {
      padded = simdjson::padded_string(fixed);
      err = parser.parse(padded).get(doc);
      mended = true;
    }
  }
  if (err) {
    out->error = Status::InvalidInput(where + " is not valid JSON (" + simdjson::error_message(err) + ")" +
                                      (read_error.ok() ? "" : "; " + read_error.message()));
    return;
  }
  record_from_json(doc, where, opts, mended, out);
}

enum class JsonShape { kNone, kLines, kDocument };

bool named_json_lines(std::string_view name) {
  for (std::string_view ext : {".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz"}) {
    if (name.size() > ext.size() && name.substr(name.size() - ext.size()) == ext) return true;
  }
  return false;
}

// JSON Lines (an object per line), one JSON document (an array of records, or objects written
// over several lines, as pretty printers do), or not JSON at all. `head` is the file's start.
// A file cut at the start (a crawl split into parts) or with a header line (`["id","text"]`)
// is still JSON Lines when its second line is a record, or when it is named *.jsonl /
// *.ndjson: the first line is then reported as a broken record and the rest is read.
JsonShape json_shape(std::string_view head, bool forced, bool named_lines) {
  size_t i = head.substr(0, 3) == kBom ? 3 : 0;
  i = skip_space(head, i);
  if (i >= head.size()) return forced ? JsonShape::kLines : JsonShape::kNone;
  auto second_line_is_record = [&] {
    size_t nl = head.find('\n', i);
    if (nl == std::string_view::npos) return false;
    size_t j = skip_space(head, nl + 1);
    size_t end = head.find('\n', j);
    if (j >= head.size() || head[j] != '{' || end == std::string_view::npos) return false;
    while (end > j && (head[end - 1] == '\r' || head[end - 1] == ' ' || head[end - 1] == '\t')) --end;
    return end > j && head[end - 1] == '}';
  };
  if (head[i] == '[') {
    size_t nl = head.find('\n', i);
    std::string_view first = head.substr(i, nl == std::string_view::npos ? head.size() - i : nl - i);
    while (!first.empty() && (first.back() == '\r' || first.back() == ' ' || first.back() == '\t')) first.remove_suffix(1);
    // A one-line array followed by records is a header line, not an array of records.
    if (!first.empty() && first.back() == ']' && second_line_is_record()) return JsonShape::kLines;
    return JsonShape::kDocument;
  }
  if (head[i] != '{') {
    if (forced || named_lines || second_line_is_record()) return JsonShape::kLines;
    return JsonShape::kNone;
  }
  size_t nl = head.find('\n', i);
  if (nl == std::string_view::npos) return JsonShape::kLines;  // one line (or a very long first one)
  std::string_view first = head.substr(i, nl - i);
  while (!first.empty() && (first.back() == '\r' || first.back() == ' ' || first.back() == '\t')) first.remove_suffix(1);
  // A JSON Lines record ends its line with '}'; the first line of a pretty-printed object
  // ends with '{', ',' or '['. A first line that ends in '}' but is not whole JSON is a
  // broken JSON Lines record (reported as such).
  if (!first.empty() && first.back() == '}') return JsonShape::kLines;
  return JsonShape::kDocument;
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
    }  // UTF-16 is decoded by make_stream: the limit applies to the UTF-8
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
      if (line_no_ == 1 && std::string_view(line).substr(0, 3) == kBom) line.erase(0, 3);  // a UTF-8 BOM
      size_t b = 0;
      while (b < line.size() && (line[b] == ' ' || line[b] == '\t' || line[b] == '\r')) ++b;
      if (b == line.size()) continue;  // blank line
      parse_record(parser_, line, "line " + std::to_string(line_no_), opts_, read_error_, out);
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

// One JSON document holding records: an array of objects, or objects written over several
// lines (pretty-printed, one or several in a row). The whole file is read (up to a limit) and
// parsed at once; when it is not one JSON document after all, it is read as JSON Lines.
class JsonDocumentStream : public InputStream {
 public:
  JsonDocumentStream(std::string name, std::string head, std::unique_ptr<ByteSource> src, const ReadOptions& opts)
      : name_(std::move(name)), opts_(opts) {
    std::string all = std::move(head);
    Status err;
    const size_t limit = std::max<size_t>(opts.max_document_bytes, 64u << 20);
    while (src && all.size() <= limit) {
      if (src->read(&all, kChunk, &err) == 0) break;
    }
    if (!err.ok()) {
      fail(err);
      return;
    }
    const size_t start = std::string_view(all).substr(0, 3) == kBom ? 3 : 0;
    const bool array = skip_space(all, start) < all.size() && all[skip_space(all, start)] == '[';
    if (all.size() > limit && !array) {
      // Too big to be one document: JSON Lines (with a broken first line), streamed.
      lines_ = std::make_unique<JsonLinesStream>(name_, std::move(all), std::move(src), opts_);
      return;
    }
    if (all.size() > limit) {
      fail(Status::TooLarge("a JSON file (not JSON Lines) over " + std::to_string(limit >> 20) +
                            " MiB: convert it to JSON Lines, one record per line (jq -c '.[]')"));
      return;
    }
    parse(std::string_view(all).substr(start), all);
  }

  bool next(Input* out) override {
    if (lines_) return lines_->next(out);
    if (next_ >= records_.size()) return false;
    *out = std::move(records_[next_++]);
    return true;
  }

 private:
  void fail(Status st) {
    Input in;
    in.id = name_;
    in.error = std::move(st);
    records_.push_back(std::move(in));
  }

  // An array that is not valid JSON as a whole (cut short, or one broken record): each whole
  // element is read on its own, and what is left is reported once. Elements are found by
  // matching brackets outside strings.
  void salvage_array(std::string_view json, simdjson::error_code whole) {
    simdjson::dom::parser parser;
    size_t k = 0, start = 0;
    int depth = 0;
    bool in_string = false, closed = false;
    for (size_t i = skip_space(json, 0) + 1; i < json.size() && !closed; ++i) {
      const char c = json[i];
      if (in_string) {
        if (c == '\\') ++i;
        else if (c == '"') in_string = false;
        continue;
      }
      if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        if (depth++ == 0) start = i;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          closed = true;  // the array's own ']'
        } else if (--depth == 0) {
          Input in;
          ++k;
          in.id = name_ + "#" + std::to_string(k);
          parse_record(parser, json.substr(start, i + 1 - start), "record " + std::to_string(k), opts_, Status::Ok(),
                       &in);
          records_.push_back(std::move(in));
        }
      }
    }
    if (!closed) {
      fail(Status::InvalidInput(
          k == 0 ? "not valid JSON (" + std::string(simdjson::error_message(whole)) + ")"
                 : "the JSON array is cut short after record " + std::to_string(k) +
                       " (the records before it were read)"));
    } else if (k == 0) {
      fail(Status::InvalidInput("not valid JSON (" + std::string(simdjson::error_message(whole)) + ")"));
    }
  }

  void parse(std::string_view json, std::string& all) {
    std::string fixed;
    bool mended = !simdjson::validate_utf8(json.data(), json.size()) || json.find("\\u") != std::string_view::npos
                      ? mend_json(json, &fixed) > 0
                      : false;
    simdjson::padded_string padded(mended ? std::string_view(fixed) : json);
    simdjson::dom::parser parser;
    size_t k = 0;
    auto add = [&](simdjson::dom::element e) {
      Input in;
      ++k;
      in.id = name_ + "#" + std::to_string(k);
      record_from_json(e, "record " + std::to_string(k), opts_, mended, &in);
      records_.push_back(std::move(in));
    };
    size_t i = skip_space(json, 0);
    if (i < json.size() && json[i] == '[') {
      simdjson::dom::element doc;
      auto err = parser.parse(padded).get(doc);
      simdjson::dom::array arr;
      if (err) {
        salvage_array(mended ? std::string_view(fixed) : json, err);
        return;
      }
      if (doc.get(arr)) return;  // unreachable: it opened with '['
      for (simdjson::dom::element e : arr) add(e);
      return;
    }
    // Objects over several lines, one after another.
    simdjson::dom::document_stream docs;
    auto err = parser.parse_many(padded, padded.size() + 1024).get(docs);
    if (!err) {
      for (auto d : docs) {
        simdjson::dom::element e;
        if ((err = d.get(e))) break;
        add(e);
      }
      // An unfinished last document is left out by parse_many, not reported: report it.
      if (!err && docs.truncated_bytes() > 0) err = simdjson::INCOMPLETE_ARRAY_OR_OBJECT;
    }
    if (err) {
      if (k == 0) {
        // Not one JSON document: JSON Lines after all (a broken first line, say); each line
        // is reported on its own.
        records_.clear();
        const size_t open = std::min(json.find('{'), json.size());
        const size_t open_line = 1 + static_cast<size_t>(std::count(json.begin(), json.begin() + open, '\n'));
        auto lines = std::make_unique<JsonLinesStream>(name_, std::move(all), nullptr, opts_);
        if (err != simdjson::INCOMPLETE_ARRAY_OR_OBJECT) {
          lines_ = std::move(lines);
          return;
        }
        // An object that is never closed: when no line is a record either, it is one
        // unfinished object (a pretty-printed record cut short), reported once.
        std::vector<Input> got;
        bool any = false;
        for (Input in; lines->next(&in);) {
          any = any || in.error.ok();
          got.push_back(std::move(in));
        }
        if (any) {
          records_ = std::move(got);
          return;
        }
        fail(Status::InvalidInput("unfinished JSON object: the object that opens on line " + std::to_string(open_line) +
                                  " is never closed"));
        return;
      }
      fail(Status::InvalidInput("not valid JSON after record " + std::to_string(k) + " (" +
                                simdjson::error_message(err) + ")"));
    }
  }

  std::string name_;
  ReadOptions opts_;
  std::vector<Input> records_;
  size_t next_ = 0;
  std::unique_ptr<InputStream> lines_;
};

std::unique_ptr<InputStream> make_stream(std::string id, std::string head, std::unique_ptr<ByteSource> src,
                                         const ReadOptions& opts) {
  // UTF-16 (by its byte order mark), in any format: the readers, and the JSON Lines and
  // JSON records, take UTF-8. `head` is then the decoded start of the file.
  if (std::string_view bom = html::utf16_bom(head); !bom.empty()) {
    const bool big_endian = bom == "utf-16be";
    std::string raw = head.substr(2);
    head.clear();
    if (src) {
      src->decode_utf16(big_endian, std::move(raw));
      Status err;
      while (head.size() < 4096) {
        if (src->read(&head, 4096, &err) == 0) break;
      }
      if (!err.ok()) return std::make_unique<ErrorStream>(std::move(id), err);
    } else {
      utf16_decode(raw, big_endian, /*last=*/true, &head);
    }
  }
  JsonShape shape = JsonShape::kNone;
  if (opts.format == InputFormat::kJsonl || opts.format == InputFormat::kAuto)
    shape = json_shape(head, opts.format == InputFormat::kJsonl, named_json_lines(id));
  if (shape == JsonShape::kDocument)
    return std::make_unique<JsonDocumentStream>(std::move(id), std::move(head), std::move(src), opts);
  if (shape == JsonShape::kLines)
    return std::make_unique<JsonLinesStream>(std::move(id), std::move(head), std::move(src), opts);
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
