// The factwire command: a thin layer over the library (include/factwire/).
//
// Exit codes (also in `factwire --help`):
//   0  every document was analysed
//   1  some documents could not be analysed (each is reported; the others are printed)
//   2  bad command line
//   3  could not start: models or data missing or corrupt, output not writable
#include <CLI/CLI.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <filesystem>
#include <cerrno>
#include <iostream>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <pthread.h>
#include <signal.h>
#include <unistd.h>

#include "factwire/json.h"
#include "factwire/pipeline.h"
#include "factwire/reader.h"
#include "corpus/dates.h"
#include "events/plover.h"

#if __has_include("train_cmd.h")
#include "train_cmd.h"
#define FACTWIRE_HAS_TRAIN 1
#endif
#if __has_include("corpus_cmd.h")
#include "corpus_cmd.h"
#define FACTWIRE_HAS_CORPUS 1
#endif
#if __has_include("corpus/sources.h")
#include "corpus/sources.h"  // feeds and WARC files, split into documents as ingest does
#define FACTWIRE_HAS_SOURCES 1
#endif
#if __has_include("serve_cmd.h")
#include "serve_cmd.h"
#define FACTWIRE_HAS_SERVE 1
#endif

namespace fs = std::filesystem;

namespace {

constexpr int kExitOk = 0, kExitSomeFailed = 1, kExitSetup = 3;

struct AnalyzeArgs {
  std::vector<std::string> inputs;
  std::string format = "json";
  std::string published;
  std::string input_format = "auto";
  bool tokens = false;
  bool no_models = false;
  size_t max_bytes = 16u << 20;
  unsigned threads = 0;
  std::string data_dir;
};

// Expands folders into the files below them as ingest does (recursively, sorted, hidden files
// and folders skipped: corpus::list_files); files, missing paths and "-" stay in their place.
std::vector<std::string> expand_inputs(const std::vector<std::string>& inputs) {
  std::vector<std::string> out;
  for (const auto& in : inputs) {
    std::error_code ec;
    if (in != "-" && fs::is_directory(in, ec)) {
      std::vector<std::string> files = factwire::corpus::list_files({in}, nullptr);
      if (files.empty()) std::cerr << "factwire: " << in << ": the folder holds no files (nothing to analyse)\n";
      out.insert(out.end(), files.begin(), files.end());
    } else {
      out.push_back(in);
    }
  }
  return out;
}

class Printer {
 public:
  Printer(bool pretty) : pretty_(pretty) {}
  void print(std::string json) {
    if (!pretty_) {
      // JSON Lines: one object per line.
      std::fwrite(json.data(), 1, json.size(), stdout);
      std::fputc('\n', stdout);
      return;
    }
    // Pretty JSON: one document prints as an object; several as an array.
    if (count_ == 0) {
      held_ = std::move(json);
    } else {
      if (count_ == 1) {
        std::fputs("[\n", stdout);
        std::fwrite(held_.data(), 1, held_.size(), stdout);
        held_.clear();
      }
      std::fputs(",\n", stdout);
      std::fwrite(json.data(), 1, json.size(), stdout);
    }
    ++count_;
  }
  void finish() {
    if (pretty_ && count_ == 0) std::fputs("[]\n", stdout);  // no documents: an empty batch
    if (pretty_ && count_ == 1) std::fwrite(held_.data(), 1, held_.size(), stdout);
    if (pretty_ && count_ > 1) std::fputs("]\n", stdout);
    std::fflush(stdout);
  }

 private:
  bool pretty_;
  size_t count_ = 0;
  std::string held_;
};

// A file's documents: RSS/Atom feeds and WARC files split into items and records (as
// `ingest` reads them); anything else through InputStream (text, HTML, JSON, JSON Lines).
factwire::Result<std::unique_ptr<factwire::InputStream>> open_input(const std::string& path,
                                                                     const factwire::ReadOptions& ro) {
#ifdef FACTWIRE_HAS_SOURCES
  // Standard input is sniffed too: a feed or WARC file piped in is split as a file is.
  if (path == "-") return factwire::corpus::open_stdin(ro);
  if (ro.format == factwire::InputFormat::kAuto) {
    auto kind = factwire::corpus::sniff_file(path);
    if (kind.ok() && kind.value() == factwire::corpus::FileKind::kWarc) return factwire::corpus::open_warc(path, ro);
    if (kind.ok() && kind.value() == factwire::corpus::FileKind::kFeed) return factwire::corpus::open_feed(path, ro);
  }
#endif
  return factwire::InputStream::open(path, ro);
}

// Standard input as JSON Lines, one record at a time as its line arrives (zlib's reader waits
// for a full buffer), so that `analyze --format jsonl -` streams. Anything else on standard
// input (plain text, HTML, gzip) is handed back to InputStream unchanged through a pipe.
class StdinLines {
 public:
  explicit StdinLines(const factwire::ReadOptions& ro) : ro_(ro) {}

  // Reads the first bytes; false when the input is not JSON Lines (then use InputStream).
  bool start() {
    size_t i = 0;
    for (;;) {  // up to the first byte that is not a BOM or white space
      i = buf_.compare(0, 3, "\xEF\xBB\xBF") == 0 ? 3 : 0;
      while (i < buf_.size() && (buf_[i] == ' ' || buf_[i] == '\t' || buf_[i] == '\r' || buf_[i] == '\n')) ++i;
      if ((i < buf_.size() && buf_.size() >= 2) || buf_.size() > (1u << 16) || !fill()) break;
    }
    if (buf_.size() >= 2 && static_cast<unsigned char>(buf_[0]) == 0x1f && static_cast<unsigned char>(buf_[1]) == 0x8b) {
      return false;  // gzip: zlib's reader decompresses it
    }
    if (ro_.format == factwire::InputFormat::kJsonl) return true;
    if (ro_.format != factwire::InputFormat::kAuto || i >= buf_.size() || buf_[i] != '{') return false;
    // One object per line, not a pretty-printed object ("{" alone on its first line), which
    // InputStream reads whole.
    size_t nl;
    while ((nl = buf_.find('\n', i)) == std::string::npos && buf_.size() < (1u << 20) && fill()) {
    }
    if (nl == std::string::npos) return true;
    size_t last = nl;
    while (last > i && (buf_[last - 1] == ' ' || buf_[last - 1] == '\t' || buf_[last - 1] == '\r')) --last;
    return last > i && buf_[last - 1] == '}';
  }

  // After start() said no: puts the bytes read so far back in front of standard input.
  void hand_back() {
    factwire::corpus::unread_stdin(std::move(buf_));
    buf_.clear();
  }

  // True when a whole line is buffered (next() will not wait for input).
  bool ready() const { return eof_ || buf_.find('\n', pos_) != std::string::npos; }

  bool next(factwire::Input* out) {
    for (;;) {
      size_t nl = buf_.find('\n', pos_);
      if (nl == std::string::npos && !eof_ && buf_.size() - pos_ <= ro_.max_document_bytes + 4096) {
        if (pos_ > 0) {
          buf_.erase(0, pos_);
          pos_ = 0;
        }
        fill();
        continue;
      }
      if (nl == std::string::npos && pos_ == buf_.size()) return false;
      size_t end = nl == std::string::npos ? buf_.size() : nl;
      std::string line = buf_.substr(pos_, end - pos_);
      bool too_long = nl == std::string::npos && !eof_;
      pos_ = nl == std::string::npos ? buf_.size() : nl + 1;
      if (too_long) skip_rest_of_line();
      ++line_no_;
      while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) line.pop_back();
      if (line_no_ == 1 && line.compare(0, 3, "\xEF\xBB\xBF") == 0) line.erase(0, 3);
      if (line.find_first_not_of(" \t") == std::string::npos && !too_long) continue;
      *out = factwire::Input();
      std::string id = "-:" + std::to_string(line_no_);
      if (too_long) {
        out->id = id;
        out->error = factwire::Status::TooLarge("JSON line " + std::to_string(line_no_) + " is over the limit of " +
                                                std::to_string(ro_.max_document_bytes) +
                                                " bytes (raise it with --max-bytes)");
        return true;
      }
      factwire::ReadOptions ro = ro_;
      ro.format = factwire::InputFormat::kJsonl;
      auto one = factwire::InputStream::from_bytes("-", std::move(line), ro);
      if (!one->next(out)) continue;
      // The record was read alone: give it its place in standard input.
      if (out->id == "-:1") out->id = id;
      if (!out->error.ok() && line_no_ != 1) {
        std::string m = out->error.message();
        if (m.compare(0, 7, "line 1 ") == 0) m = "line " + std::to_string(line_no_) + m.substr(6);
        if (out->error.code() == factwire::Code::kInvalidInput) out->error = factwire::Status::InvalidInput(m);
      }
      return true;
    }
  }

 private:
  bool fill() {
    char chunk[1 << 16];
    ssize_t k;
    do {
      k = ::read(0, chunk, sizeof chunk);
    } while (k < 0 && errno == EINTR);
    if (k <= 0) {
      eof_ = true;
      return false;
    }
    buf_.append(chunk, static_cast<size_t>(k));
    return true;
  }
  void skip_rest_of_line() {
    buf_.clear();
    pos_ = 0;
    while (fill()) {
      size_t nl = buf_.find('\n');
      if (nl != std::string::npos) {
        pos_ = nl + 1;
        return;
      }
      buf_.clear();
    }
  }

  factwire::ReadOptions ro_;
  std::string buf_;
  size_t pos_ = 0;
  size_t line_no_ = 0;
  bool eof_ = false;
};

int run_analyze(const AnalyzeArgs& a) {
  factwire::PipelineOptions po;
  po.data_dir = a.data_dir;
  po.published = factwire::dates::publication_day(a.published);
  po.tag = !a.no_models;
  po.read.max_document_bytes = a.max_bytes;
  if (!factwire::parse_input_format(a.input_format, &po.read.format)) {
    std::cerr << "factwire: unknown --input-format '" << a.input_format << "' (auto, text, html, jsonl)\n";
    return 2;
  }
  auto pipeline = factwire::Pipeline::Create(po);
  if (!pipeline.ok()) {
    std::cerr << "factwire: cannot start: " << pipeline.status().ToString() << "\n";
    return kExitSetup;
  }
  const factwire::Pipeline& p = pipeline.value();
  factwire::JsonOptions jo;
  jo.pretty = a.format == "json";
  const bool plover = a.format == "plover";
  jo.tokens = a.tokens;
  Printer printer(jo.pretty);
  unsigned threads = a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());

  size_t failed = 0;
  std::vector<factwire::Input> batch;
  std::vector<std::string> notes;  // per batch entry: a warning to add to the analysis
  std::vector<std::string> out;
  auto report = [&](const factwire::Input& in, const factwire::Status& st) {
    std::cerr << "factwire: " << in.id << ": " << st.ToString() << "\n";
    ++failed;
  };
  auto flush = [&]() {
    out.assign(batch.size(), std::string());
    std::vector<factwire::Status> errors(batch.size());
    std::atomic<size_t> next{0};
    auto work = [&]() {
      for (size_t i; (i = next.fetch_add(1)) < batch.size();) {
        auto r = p.analyze(batch[i]);
        if (r.ok() && !notes[i].empty()) r.value().warnings.push_back(notes[i]);
        if (r.ok()) out[i] = plover ? factwire::to_plover_json(r.value()) : factwire::to_json(r.value(), jo);
        else errors[i] = r.status();
      }
    };
    unsigned n = std::min<unsigned>(threads, static_cast<unsigned>(batch.size()));
    if (n <= 1) {
      work();
    } else {
      std::vector<std::thread> pool;
      for (unsigned t = 0; t < n; ++t) pool.emplace_back(work);
      for (auto& t : pool) t.join();
    }
    for (size_t i = 0; i < batch.size(); ++i) {
      if (!errors[i].ok()) {
        report(batch[i], errors[i]);
        printer.print(factwire::error_json(batch[i].id, errors[i], jo));
      } else if (plover) {
        std::fwrite(out[i].data(), 1, out[i].size(), stdout);  // one PLOVER record per line
      } else {
        printer.print(std::move(out[i]));
      }
    }
    std::fflush(stdout);
    batch.clear();
    notes.clear();
  };

  size_t batch_bytes = 0;
  auto add = [&](factwire::Input in) {
    // A record's publication date must be a real day; otherwise it is dropped with a warning.
    std::string note = factwire::dates::clean_published(&in.published);
    batch_bytes += in.bytes.size();
    batch.push_back(std::move(in));
    notes.push_back(std::move(note));
    // Bounded memory: a batch holds at most 64 documents or 64 MB.
    if (batch.size() >= 64 || batch_bytes >= (64u << 20)) {
      flush();
      batch_bytes = 0;
    }
  };
  std::unique_ptr<StdinLines> stdin_lines;  // outlives the stream that reads what it hands back
  for (const auto& path : expand_inputs(a.inputs)) {
    if (path == "-") {
      // JSON Lines on standard input stream: what is read is analysed and printed before the
      // reader waits for more.
      stdin_lines = std::make_unique<StdinLines>(po.read);
      StdinLines& lines = *stdin_lines;
      if (lines.start()) {
        factwire::Input in;
        for (;;) {
          if (!lines.ready() && !batch.empty()) {
            flush();
            batch_bytes = 0;
          }
          if (!lines.next(&in)) break;
          add(std::move(in));
        }
        continue;
      }
      lines.hand_back();
    }
    auto stream = open_input(path, po.read);
    if (!stream.ok()) {
      // Reported in its place among the results (argument order).
      factwire::Input in;
      in.id = path;
      in.error = stream.status();
      add(std::move(in));
      continue;
    }
    factwire::Input in;
    while (stream.value()->next(&in)) add(std::move(in));
  }
  flush();
  printer.finish();
  return failed ? kExitSomeFailed : kExitOk;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"factwire: turns news articles into facts — entities, quotes, figures, events.\n"};
  app.require_subcommand(1);
  app.footer(
      "Exit codes: 0 all documents analysed; 1 some documents failed (each reported on stderr and\n"
      "as an object with \"errors\" on stdout, the rest analysed); 2 bad command line; 3 could not\n"
      "start (models or data missing or corrupt).\n"
      "Run 'factwire COMMAND --help' for a command's options.");

  AnalyzeArgs a;
  auto* analyze = app.add_subcommand("analyze", "Analyse documents and print the analysis as JSON");
  analyze->add_option("inputs", a.inputs, "Files or folders (text, HTML, JSON Lines, .gz); - reads standard input")
      ->required();
  analyze->add_option("--format", a.format, "json (pretty; an array for several documents), jsonl (one per line) or plover (PLOVER event records, one per line)")
      ->check(CLI::IsMember({"json", "jsonl", "plover"}));
  analyze->add_option("--published", a.published, "Publication date YYYY-MM-DD for documents that lack one")
      ->check([](const std::string& s) {
        return factwire::dates::publication_day(s).empty()
                   ? std::string("expected a real date YYYY-MM-DD (optionally with a time), not '" + s + "'")
                   : std::string();
      });
  analyze->add_option("--input-format", a.input_format, "auto (default: by content), text, html or jsonl");
  analyze->add_flag("--tokens", a.tokens, "Include tokens with part of speech, lemma, head and relation");
  analyze->add_flag("--no-models", a.no_models, "Skip the trained models (faster; no entities from NER)");
  analyze->add_option("--max-bytes", a.max_bytes, "Largest document accepted, in bytes (default 16 MiB)");
  analyze->add_option("--threads", a.threads, "Worker threads (default: all cores)");
  analyze->add_option("--data", a.data_dir, "Folder holding models/ and data/ (default: built-in)");
  analyze->callback([&]() { std::exit(run_analyze(a)); });

  auto* version = app.add_subcommand("version", "Print the version and the output schema");
  version->callback([]() {
    std::cout << "factwire 0.1.0 (" << factwire::kSchema << ")\n";
    std::exit(0);
  });

#ifdef FACTWIRE_HAS_TRAIN
  add_train_commands(app);
#endif
#ifdef FACTWIRE_HAS_CORPUS
  add_corpus_commands(app);
#endif
#ifdef FACTWIRE_HAS_SERVE
  add_serve_commands(app);
#endif

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);  // prints the help, or the error
    return rc == 0 ? 0 : 2;
  }
  return 0;
}
