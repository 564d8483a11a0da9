// html_dump: a development driver for read_html with the command line the evaluation uses,
//   html_dump analyze --format jsonl FILE...
// printing {"document":{"id":FILE,"text":...}} per file, the text laid out by assemble() as the
// factwire CLI does (NFC, paragraphs joined by "\n\n"). --time reports read_html alone.
#include <chrono>
#include <ctime>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "core/json_writer.h"
#include "factwire/reader.h"

int main(int argc, char** argv) {
  std::vector<std::string> files;
  bool timing = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "analyze") continue;
    if (a == "--format" && i + 1 < argc) {
      ++i;
      continue;
    }
    if (a == "--time") {
      timing = true;
      continue;
    }
    files.push_back(a);
  }
  // Read everything first so that --time measures extraction only.
  std::vector<std::string> bytes(files.size());
  for (size_t i = 0; i < files.size(); ++i) {
    std::ifstream in(files[i], std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    bytes[i] = ss.str();
  }
  factwire::ReadOptions opts;
  std::string out;
  std::vector<factwire::Result<factwire::Draft>> drafts;
  drafts.reserve(files.size());
  auto t0 = std::chrono::steady_clock::now();
  std::clock_t c0 = std::clock();
  for (size_t i = 0; i < files.size(); ++i) drafts.push_back(factwire::read_html(bytes[i], opts));
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  double cpu = double(std::clock() - c0) / CLOCKS_PER_SEC;
  for (size_t i = 0; i < files.size(); ++i) {
    auto& r = drafts[i];
    factwire::JsonWriter w(&out);
    w.begin_object().key("document").begin_object().field("id", files[i]);
    if (r.ok()) {
      factwire::Document doc = factwire::assemble(std::move(r.value()));
      w.field("text", doc.text).field("title", doc.title).field("byline", doc.byline);
      w.field("published", doc.published).field("url", doc.url);
    } else {
      w.field("text", "").field("error", r.status().ToString());
    }
    w.end_object().end_object();
    out.push_back('\n');
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  if (timing)
    std::fprintf(stderr, "%zu pages in %.3f s wall (%.1f pages/s), %.3f s CPU (%.1f pages/s)\n",
                 files.size(), secs, files.size() / (secs > 0 ? secs : 1e-9), cpu,
                 files.size() / (cpu > 0 ? cpu : 1e-9));
  return 0;
}
