#!/usr/bin/env bash
# Load test of the search API: 50 concurrent clients (wrk, loopback only) against a corpus of
# 10,000 documents made by recombining the Wikinews articles. Not part of `make test`.
#
#   tests/web/load_test.sh [--factwire build/factwire] [--docs 10000] [--duration 30s]
#                          [--connections 50] [--work /tmp/factwire-load]
#
# Two runs: "served" (as the server answers, 24 rotating queries: a query's answer is cached
# until the corpus changes) and "uncached" (queries drawn at random from a vocabulary with
# filters, facets and pages, tests/web/search_varied.lua, all with Cache-Control: no-cache, so
# every request runs its SQLite queries). Prints wrk's reports and a summary line each; exits 1
# when either run's search p99 latency is 50 ms or more, or when any request failed (an
# error, a timeout or a non-2xx answer). The corpus is kept in --work and reused (migrated to
# the current schema when the server opens it). --cache-mb 0 runs the server without its cache.
# Needs: wrk (apt-get install wrk), python3, ../shared/data/corpus/wikinews_en.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."

FACTWIRE=build/factwire
DOCS=10000
DURATION=30s
CONNECTIONS=50
THREADS=4
WORK=/tmp/factwire-load
CACHE_MB=64
SERVE_ARGS=()
SHARED=${FACTWIRE_SHARED:-../shared}
while [ $# -gt 0 ]; do
  case "$1" in
    --factwire) FACTWIRE=$2; shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
    --cache-mb) CACHE_MB=$2; shift 2 ;;
    --serve-arg) SERVE_ARGS+=("$2"); shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "load_test: wrk is needed (apt-get install wrk)" >&2; exit 2; }
[ -x "$FACTWIRE" ] || { echo "load_test: no $FACTWIRE (build it first)" >&2; exit 2; }
SOURCE="$SHARED/data/corpus/wikinews_en.jsonl"
[ -f "$SOURCE" ] || { echo "load_test: no $SOURCE" >&2; exit 2; }
mkdir -p "$WORK"
DB="$WORK/corpus-$DOCS.db"

if [ ! -f "$DB" ]; then
  # The generator repeats about 5% of its articles exactly (ingest keeps one): ask for more.
  echo "== making $DOCS documents from $SOURCE"
  python3 scripts/make_synthetic_corpus.py "$SOURCE" --count $((DOCS + DOCS / 16)) --out "$WORK/synthetic-$DOCS.jsonl"
  echo "== ingesting"
  "$FACTWIRE" ingest "$WORK/synthetic-$DOCS.jsonl" --db "$DB.part" --progress none --no-models
  mv "$DB.part" "$DB"
  for ext in -wal -shm; do [ -f "$DB.part$ext" ] && mv "$DB.part$ext" "$DB$ext"; done
fi
"$FACTWIRE" stats --db "$DB" --format csv | grep -E '^(documents|stories|bytes),' || true

echo "== serving"
OUT="$WORK/serve.out"
"$FACTWIRE" serve --db "$DB" --port 0 --no-models --quiet --threads 128 --cache-mb "$CACHE_MB" \
  ${SERVE_ARGS[@]+"${SERVE_ARGS[@]}"} >"$OUT" 2>"$WORK/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 200); do
  URL=$(sed -n 's/^listening on //p' "$OUT" | head -1)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "load_test: the server did not start" >&2; cat "$WORK/serve.err" >&2; exit 1; }

# Warm the page cache, then measure twice: as served (answers cached until the corpus
# changes) and uncached (every request with Cache-Control: no-cache runs its SQLite query).
wrk -t2 -c10 -d3s -s tests/web/search.lua "$URL" >/dev/null
run() {  # NAME SCRIPT [wrk options]
  local name=$1 script=$2
  shift 2
  echo "== $name: wrk -t$THREADS -c$CONNECTIONS -d$DURATION $* -s $script against $URL"
  local report
  report=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency "$@" -s "$script" "$URL")
  echo "$report"
  echo "$report" | sed -n 's/^SUMMARY //p' >"$WORK/$name.json"
}
run served tests/web/search.lua
run uncached tests/web/search_varied.lua -H "Cache-Control: no-cache"
python3 - "$WORK/served.json" "$WORK/uncached.json" <<'EOF2'
import json, sys
status = 0
for path in sys.argv[1:]:
    name = path.rsplit("/", 1)[-1][:-5]
    s = json.load(open(path))
    bad = s["errors"] + s["non2xx"]
    ok = s["p99_ms"] < 50 and bad == 0 and s["requests"] > 0
    print(f"{name:9s} search: {s['requests']} requests, {s['rps']:.0f}/s, p50 {s['p50_ms']:.2f} ms, "
          f"p90 {s['p90_ms']:.2f} ms, p99 {s['p99_ms']:.2f} ms, max {s['max_ms']:.2f} ms, failed {bad} -> "
          f"{'PASS' if ok else 'FAIL'} (p99 < 50 ms, no errors)")
    if not ok:
        status = 1
sys.exit(status)
EOF2
