// The ingest engine: one reader thread, N analysis workers, one writer thread that stores
// documents in batched transactions. factwire::ingest (ingest_default.cc) fills in the
// Pipeline and InputStream; tests call run_ingest with their own analyze/open_stream.
#pragma once

#include <string>
#include <vector>

#include "factwire/corpus.h"

struct sqlite3;

namespace factwire::corpus {

// Like factwire::ingest, but opts.analyze and opts.open_stream must be set.
Result<IngestReport> run_ingest(const std::vector<std::string>& paths, const std::string& db_path,
                                const IngestOptions& opts);

// A stored document back with its annotations (tokens are not stored): what
// Corpus::document_json serialises, and what `corpus_dev replay` stores again.
Result<Document> read_document(sqlite3* db, int64_t doc_id);

}  // namespace factwire::corpus
