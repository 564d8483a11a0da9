#!/usr/bin/env bash
# Runs every libFuzzer target in BUILD_DIR for SECONDS each, seeded from the repo's examples
# and ../shared (when present). Usage: scripts/run_fuzzers.sh build-fuzz 600 [parallel jobs]
set -euo pipefail
build=${1:-build-fuzz}
seconds=${2:-60}
jobs=${3:-1}
root=$(cd "$(dirname "$0")/.." && pwd)
shared="$root/../shared"
status=0
for bin in "$build"/fuzz/*_fuzz; do
  name=$(basename "$bin")
  corpus="$root/fuzz/corpus-$name"
  mkdir -p "$corpus"
  # Seeds: the examples and, where there, real articles and pages.
  cp -n "$root"/examples/* "$corpus"/ 2>/dev/null || true
  # Committed seeds of a target (fuzz/seeds-NAME: e.g. tiny model files for model_fuzz).
  if [ -d "$root/fuzz/seeds-$name" ]; then cp -n "$root/fuzz/seeds-$name"/* "$corpus"/; fi
  if [ -d "$shared/data/html_dev/pages" ] && [[ $name == html* || $name == pipeline* ]]; then
    for f in "$shared"/data/html_dev/pages/page-00*.html.gz; do zcat "$f" > "$corpus/$(basename "$f" .gz)"; done
  fi
  if [ -f "$shared/data/corpus/wikinews_en.jsonl" ] && [[ $name == jsonl* ]]; then
    head -c 200000 "$shared/data/corpus/wikinews_en.jsonl" > "$corpus/wikinews-head.jsonl"
  fi
  echo "== $name: ${seconds}s"
  if ! "$bin" "$corpus" -max_total_time="$seconds" -max_len=1048576 -rss_limit_mb=4096 -timeout=30 \
       -jobs="$jobs" -workers="$jobs" -print_final_stats=1 2>&1 | tail -n 12; then
    status=1
  fi
done
exit $status
