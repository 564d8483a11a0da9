// factwire::ingest with the library's own Pipeline and InputStream.
#include <memory>

#include "corpus/ingest.h"
#include "factwire/corpus.h"
#include "factwire/pipeline.h"

namespace factwire {

Result<IngestReport> ingest(const std::vector<std::string>& paths, const std::string& db_path,
                            const IngestOptions& opts) {
  IngestOptions o = opts;
  std::shared_ptr<Pipeline> pipeline;
  if (!o.analyze) {
    PipelineOptions po;
    po.data_dir = opts.data_dir;
    po.read = opts.read;
    po.tag = opts.models;
    auto p = Pipeline::Create(po);
    if (!p.ok()) return p.status();
    pipeline = std::make_shared<Pipeline>(std::move(p.value()));
    o.analyze = [pipeline](const Input& in) { return pipeline->analyze(in); };
  }
  if (!o.open_stream) {
    o.open_stream = [](const std::string& path, const ReadOptions& ro) { return InputStream::open(path, ro); };
  }
  return corpus::run_ingest(paths, db_path, o);
}

}  // namespace factwire
