// `factwire serve`: the HTTP API and the dashboard (docs/api.md). Link: fw_server.
#pragma once

namespace CLI {
class App;
}

void add_serve_commands(CLI::App& app);
