// The pipeline: read -> clean -> segment -> tag -> resolve -> quotes -> figures -> events.
#include "factwire/pipeline.h"

#include <cstdlib>
#include <sys/stat.h>

#include "events/events.h"
#include "events/patterns.h"
#include "figures/figures.h"
#include "quotes/quotes.h"
#include "read/text_reader.h"
#include "resolve/gazetteer.h"
#include "resolve/resolve.h"
#include "segment/segment.h"
#include "tag/tagger.h"

#ifndef FACTWIRE_DATA_DIR
#define FACTWIRE_DATA_DIR "."
#endif

namespace factwire {

struct Pipeline::Impl {
  PipelineOptions opts;
  std::unique_ptr<Tagger> tagger;
  std::shared_ptr<const Gazetteer> gazetteer;
  std::shared_ptr<const EventPatterns> event_patterns;
};

namespace {

bool is_dir(const std::string& path) {
  struct stat st;
  return stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// The data folder: the option, else $FACTWIRE_DATA, else the source tree the binary was
// built from, else the current folder.
std::string find_data_dir(const std::string& configured) {
  if (!configured.empty()) return configured;
  if (const char* env = std::getenv("FACTWIRE_DATA"); env && *env) return env;
  if (is_dir(std::string(FACTWIRE_DATA_DIR) + "/models")) return FACTWIRE_DATA_DIR;
  return ".";
}

}  // namespace

Result<Pipeline> Pipeline::Create(const PipelineOptions& opts) {
  auto impl = std::make_unique<Impl>();
  impl->opts = opts;
  impl->opts.data_dir = find_data_dir(opts.data_dir);
  if (opts.tag) {
    auto tagger = Tagger::Load(impl->opts.data_dir + "/models");
    if (!tagger.ok()) return tagger.status();
    impl->tagger = std::move(tagger.value());
  }
  auto gaz = Gazetteer::Load(impl->opts.data_dir);
  if (!gaz.ok()) return gaz.status();
  impl->gazetteer = gaz.value();
  auto patterns = EventPatterns::Load(impl->opts.data_dir);
  if (!patterns.ok()) return patterns.status();
  impl->event_patterns = patterns.value();
  return Pipeline(std::move(impl));
}

Pipeline::Pipeline(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Pipeline::Pipeline(Pipeline&&) noexcept = default;
Pipeline& Pipeline::operator=(Pipeline&&) noexcept = default;
Pipeline::~Pipeline() = default;

const PipelineOptions& Pipeline::options() const { return impl_->opts; }

Result<Document> Pipeline::analyze(const Input& input) const {
  if (!input.error.ok()) return input.error;
  const ReadOptions& ro = impl_->opts.read;
  Status st = check_document(input.bytes, ro);
  if (!st.ok()) return st;
  InputFormat fmt = input.format != InputFormat::kAuto ? input.format : ro.format;
  if (fmt == InputFormat::kAuto || fmt == InputFormat::kJsonl) fmt = detect_format(input.bytes);
  Result<Draft> draft = fmt == InputFormat::kHtml ? read_html(input.bytes, ro)
                                                  : read_text_with_title(input.bytes, ro, input.title);
  if (!draft.ok()) return draft.status();
  Draft& d = draft.value();
  d.id = input.id;
  if (!input.title.empty()) d.title = input.title;
  if (!input.url.empty()) d.url = input.url;
  if (!input.published.empty()) d.published = input.published;
  if (d.published.empty()) d.published = impl_->opts.published;
  Document doc = assemble(std::move(d));
  annotate(&doc);
  return doc;
}

Result<Document> Pipeline::analyze_text(std::string_view bytes, std::string id) const {
  Input in;
  in.id = std::move(id);
  in.bytes.assign(bytes.data(), bytes.size());
  return analyze(in);
}

void Pipeline::annotate(Document* doc) const {
  segment_document(doc);
  if (impl_->tagger) impl_->tagger->annotate(doc);
  resolve_entities(doc, *impl_->gazetteer);
  if (!impl_->opts.facts) return;
  extract_times(doc);
  extract_quotes(doc, *impl_->gazetteer);
  extract_figures(doc);
  extract_events(doc, *impl_->gazetteer, *impl_->event_patterns);
}

}  // namespace factwire
