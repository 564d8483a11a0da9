// Readers: bytes in, a Draft out; `assemble` turns a Draft into a clean Document.
//
//   factwire::ReadOptions opts;
//   auto draft = factwire::read_any(bytes, opts);        // format detected from content
//   if (!draft.ok()) { report(draft.status()); return; }
//   factwire::Document doc = factwire::assemble(std::move(draft.value()));
//
// Every reader validates its input (empty, binary, invalid UTF-8, over the size or nesting
// limits) and answers a Status for that document; none of them throws or aborts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factwire/document.h"
#include "factwire/status.h"

namespace factwire {

enum class InputFormat : uint8_t { kAuto, kText, kHtml, kJsonl };
const char* input_format_name(InputFormat f);
bool parse_input_format(std::string_view name, InputFormat* out);

struct ReadOptions {
  InputFormat format = InputFormat::kAuto;
  size_t max_document_bytes = 16u << 20;  // one document (a file, or one JSON line)
  size_t max_html_depth = 400;            // deeper elements are flattened into their parent
  bool repair_utf8 = true;                // false: invalid UTF-8 is an error
};

// One paragraph as a reader found it; text is raw (not yet normalised).
struct DraftParagraph {
  ParagraphKind kind = ParagraphKind::kBody;
  std::string text;
  std::string attribution;
  uint64_t source_start = 0, source_end = 0;
  // Link anchors found in this paragraph: start/end are byte offsets into `text`.
  std::vector<Link> links;
};

struct Draft {
  std::string id, url, title, byline, published;
  std::string source_format;  // "text", "html"
  std::vector<DraftParagraph> paragraphs;
  std::vector<std::string> warnings;
};

// Content sniffing: '<' markup -> HTML, a JSON object per line -> JSON Lines, else text.
InputFormat detect_format(std::string_view bytes);

// Checks the bytes could be a document at all: not empty, not over the size limit, not
// binary (NUL bytes, control characters, known binary signatures). Encoding is not checked.
Status check_document(std::string_view bytes, const ReadOptions& opts);

// Checks the bytes are a text document: non-empty, not binary (NUL bytes, control
// characters), valid UTF-8. Invalid sequences are replaced by U+FFFD with a warning when
// `opts.repair_utf8`, else rejected. Writes the repaired text to *out.
Status validate_text(std::string_view bytes, const ReadOptions& opts, std::string* out,
                     std::vector<std::string>* warnings);

Result<Draft> read_text(std::string_view bytes, const ReadOptions& opts);  // scraped plain text
Result<Draft> read_html(std::string_view bytes, const ReadOptions& opts);  // an HTML page
// Text or HTML by content (or opts.format); JSON Lines are read by InputStream instead.
Result<Draft> read_any(std::string_view bytes, const ReadOptions& opts);

// Normalises (NFC, spaces, control characters) and lays the paragraphs end to end.
Document assemble(Draft draft);

// One document to analyse, as found in a file, a JSON line or a request.
struct Input {
  std::string id;        // file path, "path:line", or the JSON record's id
  std::string bytes;     // the text or HTML
  InputFormat format = InputFormat::kAuto;
  std::string title, url, published;  // from a JSON record, when given
  Status error;          // reading this record failed: the document is reported, not analysed
};

// Streams the documents in a file (plain, gzip; text, HTML, JSON Lines) one at a time, in
// bounded memory. `-` is standard input.
class InputStream {
 public:
  virtual ~InputStream() = default;
  // False at the end. A bad record yields an Input with `error` set, and the stream goes on.
  virtual bool next(Input* out) = 0;
  static Result<std::unique_ptr<InputStream>> open(const std::string& path, const ReadOptions& opts);
  // Over bytes in memory (a request body), named `id`.
  static std::unique_ptr<InputStream> from_bytes(std::string id, std::string bytes,
                                                 const ReadOptions& opts);
};

}  // namespace factwire
