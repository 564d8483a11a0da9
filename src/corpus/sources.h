// Where ingest finds documents: folders walked recursively, and the two container formats
// the core readers do not cover: WARC crawl files (ISO 28500; plain or gzip, whole-file or
// per-record) and RSS 2.0 / RSS 1.0 (RDF) / Atom feeds. Everything else goes to
// InputStream (plain, gzip; text, HTML, JSON Lines).
//
// The feed parser is a small XML scanner written here (no libxml2): it finds item/entry
// elements, reads their child elements' text (CDATA and character references decoded),
// and ignores everything else; it never builds a tree, so deep or huge files cost nothing
// but a scan.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "factwire/reader.h"
#include "factwire/status.h"

namespace factwire::corpus {

// Expands files and folders (recursively, sorted; hidden entries skipped) into files. A path
// that does not exist goes to *missing.
std::vector<std::string> list_files(const std::vector<std::string>& paths,
                                    std::vector<std::string>* missing);

enum class FileKind { kWarc, kFeed, kOther };
// Looks at the first bytes (after gunzip, when gzip).
Result<FileKind> sniff_file(const std::string& path);
// The same test on bytes already read (the first few KiB of a file or stream).
FileKind sniff_bytes(std::string_view head);

// Standard input, sniffed as a file is: a feed or a WARC file is read whole (at most
// max(16 x max_document_bytes, 256 MiB)) and split into its items or records; anything else
// (text, HTML, JSON Lines, gzip) streams through InputStream::open("-") with the sniffed
// bytes put back in front (unread_stdin).
Result<std::unique_ptr<InputStream>> open_stdin(const ReadOptions& opts);
// Puts `head` back in front of standard input (fd 0 becomes a pipe fed by a detached thread:
// head, then the rest of the original input).
void unread_stdin(std::string head);

// Streams the HTML pages of a WARC file's response records (HTTP 2xx, an HTML or text
// content type; chunked and gzip/deflate transfer decoded). Other records are skipped
// silently; a record that cannot be decoded yields an Input with `error` set.
Result<std::unique_ptr<InputStream>> open_warc(const std::string& path, const ReadOptions& opts);

// The items of an RSS or Atom feed, each an Input with title, url, published (YYYY-MM-DD)
// and its content (content:encoded, content, description or summary) as HTML or text.
Result<std::unique_ptr<InputStream>> open_feed(const std::string& path, const ReadOptions& opts);
// Same over bytes in memory (tests, requests).
std::unique_ptr<InputStream> feed_from_bytes(std::string name, std::string bytes, const ReadOptions& opts);
std::unique_ptr<InputStream> warc_from_bytes(std::string name, std::string bytes, const ReadOptions& opts);

// "Tue, 10 Jun 2003 04:00:00 GMT" or "2003-06-10T04:00:00Z" -> "2003-06-10"; "" if neither.
std::string feed_date(std::string_view s);

}  // namespace factwire::corpus
