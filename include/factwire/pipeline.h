// The pipeline: loaded models and the stages, run in order over each document.
//
//   auto p = factwire::Pipeline::Create({});          // loads models/ once
//   if (!p.ok()) { std::cerr << p.status().ToString(); return 1; }
//   factwire::Document doc = p->analyze_text("Aoun said ...", "my-doc");
//   std::string json = factwire::to_json(doc, {});
//
// A Pipeline is immutable after Create and may be shared by threads; analyze is re-entrant.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "factwire/document.h"
#include "factwire/reader.h"
#include "factwire/status.h"

namespace factwire {

struct PipelineOptions {
  std::string data_dir;  // folder holding models/ and data/; empty = FACTWIRE_DATA_DIR or built-in
  ReadOptions read;
  std::string published;  // default publication date (YYYY-MM-DD) for relative times
  bool tag = true;        // run the trained models (POS, parse, entities)
  bool facts = true;      // quotes, figures, times, events
};

class Pipeline {
 public:
  static Result<Pipeline> Create(const PipelineOptions& opts);
  Pipeline(Pipeline&&) noexcept;
  Pipeline& operator=(Pipeline&&) noexcept;
  ~Pipeline();

  // Reads, cleans and analyses one input. A bad input gives a Status, never a crash.
  Result<Document> analyze(const Input& input) const;
  // Convenience for text in memory (format detected from content).
  Result<Document> analyze_text(std::string_view bytes, std::string id = "-") const;
  // Runs the stages after reading over an assembled document.
  void annotate(Document* doc) const;

  const PipelineOptions& options() const;

  struct Impl;

 private:
  explicit Pipeline(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace factwire
