// quotes_probe: runs the whole pipeline over files and prints the analysis JSON, or with
// --quotes one line per quote. A development aid for the quotes stage.
//
//   quotes_probe [--no-models] [--quotes] FILE...
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "factwire/json.h"
#include "factwire/pipeline.h"

int main(int argc, char** argv) {
  factwire::PipelineOptions opts;
  bool quotes_only = false;
  std::vector<std::string> files;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--no-models") opts.tag = false;
    else if (a == "--quotes") quotes_only = true;
    else files.push_back(a);
  }
  auto p = factwire::Pipeline::Create(opts);
  if (!p.ok()) {
    std::cerr << p.status().ToString() << "\n";
    return 3;
  }
  for (const std::string& f : files) {
    std::ifstream in(f, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    auto doc = p->analyze_text(ss.str(), f);
    if (!doc.ok()) {
      std::cerr << f << ": " << doc.status().ToString() << "\n";
      continue;
    }
    if (!quotes_only) {
      std::cout << factwire::to_json(doc.value(), {.pretty = true}) << "\n";
      continue;
    }
    for (const auto& q : doc.value().quotes)
      std::cout << factwire::quote_kind_name(q.kind) << " | " << q.speaker.name << " | " << q.cue
                << " | " << q.text << "\n";
  }
  return 0;
}
