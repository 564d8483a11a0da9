// The corpus commands: `factwire ingest`, `search`, `quotes`, `figures`, `events`, `entity`,
// `stats` and `document`: flag parsing over include/factwire/corpus.h. Link: fw_corpus.
#pragma once

namespace CLI {
class App;
}

void add_corpus_commands(CLI::App& app);
