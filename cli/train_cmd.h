// `factwire train tagger|parser|ner` and `factwire evaluate tagger|parser|ner`: thin flag
// parsing over src/train/train.h. Link: fw_train (which brings fw_tag and fw_core).
#pragma once

namespace CLI {
class App;
}

void add_train_commands(CLI::App& app);
