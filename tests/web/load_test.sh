#!/usr/bin/env bash
# Load test of the search API: 50 concurrent clients (wrk, loopback only) against a corpus of
# 10,000 documents made by recombining the Wikinews articles. Not part of `make test`.
#
#   tests/web/load_test.sh [--factwire build/factwire] [--docs 10000] [--duration 30s]
#                          [--connections 50] [--work /tmp/factwire-load]
#
# Prints wrk's report and one summary line; exits 1 when the search p99 latency is 50 ms or
# more, or when any request failed. The corpus is kept in --work and reused by later runs.
# Needs: wrk (apt-get install wrk), python3, ../shared/data/corpus/wikinews_en.jsonl.
set -euo pipefail
cd "$(dirname "$0")/../.."

FACTWIRE=build/factwire
DOCS=10000
DURATION=30s
CONNECTIONS=50
THREADS=4
WORK=/tmp/factwire-load
SHARED=${FACTWIRE_SHARED:-../shared}
while [ $# -gt 0 ]; do
  case "$1" in
    --factwire) FACTWIRE=$2; shift 2 ;;
    --docs) DOCS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --threads) THREADS=$2; shift 2 ;;
    --work) WORK=$2; shift 2 ;;
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
  echo "== making $DOCS documents from $SOURCE"
  python3 scripts/make_synthetic_corpus.py "$SOURCE" --count "$DOCS" --out "$WORK/synthetic-$DOCS.jsonl"
  echo "== ingesting"
  "$FACTWIRE" ingest "$WORK/synthetic-$DOCS.jsonl" --db "$DB.part" --progress none
  mv "$DB.part" "$DB"
  for ext in -wal -shm; do [ -f "$DB.part$ext" ] && mv "$DB.part$ext" "$DB$ext"; done
fi
"$FACTWIRE" stats --db "$DB" --format csv | grep -E '^(documents|stories|bytes),' || true

echo "== serving"
OUT="$WORK/serve.out"
"$FACTWIRE" serve --db "$DB" --port 0 --no-models --quiet --threads 128 >"$OUT" 2>"$WORK/serve.err" &
PID=$!
trap 'kill $PID 2>/dev/null || true; wait $PID 2>/dev/null || true' EXIT
URL=""
for _ in $(seq 1 200); do
  URL=$(sed -n 's/^listening on //p' "$OUT" | head -1)
  [ -n "$URL" ] && break
  sleep 0.1
done
[ -n "$URL" ] || { echo "load_test: the server did not start" >&2; cat "$WORK/serve.err" >&2; exit 1; }

# Warm the page cache, then measure.
wrk -t2 -c10 -d3s -s tests/web/search.lua "$URL" >/dev/null
echo "== wrk -t$THREADS -c$CONNECTIONS -d$DURATION (search, rotating queries) against $URL"
REPORT=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s tests/web/search.lua "$URL")
echo "$REPORT"
SUMMARY=$(echo "$REPORT" | sed -n 's/^SUMMARY //p')
echo "$SUMMARY"
python3 - "$SUMMARY" <<'EOF'
import json, sys
s = json.loads(sys.argv[1])
bad = s["errors"] + s["non2xx"]
ok = s["p99_ms"] < 50 and bad == 0 and s["requests"] > 0
print(f"search: {s['requests']} requests, {s['rps']:.0f}/s, p50 {s['p50_ms']:.2f} ms, p99 {s['p99_ms']:.2f} ms, "
      f"max {s['max_ms']:.2f} ms, failed {bad} -> {'PASS' if ok else 'FAIL'} (p99 < 50 ms, no errors)")
sys.exit(0 if ok else 1)
EOF
