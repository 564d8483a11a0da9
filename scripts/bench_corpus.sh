#!/usr/bin/env bash
# Times every query kind of issue 7 on a corpus (search with date/source/entity/event-type
# filters and facets; quotes by speaker, entity, keyword and date; figures by category, place
# and date and the per-story timeline; events by actor, target, type and date; the dyad
# matrix; entity profiles), and optionally makes and ingests the synthetic corpus first.
#
#   scripts/bench_corpus.sh --db /tmp/corpus-100k.db [--runs 5] [--build build]
#   scripts/bench_corpus.sh --db /tmp/corpus-100k.db --make 100000 [--rough] [--jobs 2]
#
# --make N: generate N synthetic articles (scripts/make_synthetic_corpus.py, from the Wikinews
# articles of ../shared) into /tmp and ingest them with corpus_dev (the real Pipeline, or the
# stand-in analyser with --rough), printing articles/s, storage share and bytes per article.
# Then each query kind runs --runs times (median, max wall ms; median thread CPU ms) and the
# slowest median is printed last. The machine's load (uptime) is printed before and after:
# on a shared machine, wall times vary with it; CPU times much less.
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=build
DB=""
RUNS=5
MAKE=0
ROUGH=()
JOBS=0
SHARED=${FACTWIRE_SHARED:-../shared}
while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --build) BUILD=$2; shift 2 ;;
    --make) MAKE=$2; shift 2 ;;
    --rough) ROUGH=(--rough); shift ;;
    --jobs) JOBS=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -n "$DB" ] || { echo "bench_corpus: --db FILE is needed" >&2; exit 2; }
DEV="$BUILD/src/corpus/corpus_dev"
[ -x "$DEV" ] || { echo "bench_corpus: no $DEV (cmake --build $BUILD --target corpus_dev)" >&2; exit 2; }

echo "== $(date -u +%FT%TZ) load: $(uptime)"
if [ "$MAKE" -gt 0 ]; then
  SRC="$SHARED/data/corpus/wikinews_en.jsonl"
  JSONL="/tmp/factwire-synthetic-$MAKE.jsonl"
  [ -f "$JSONL" ] || python3 scripts/make_synthetic_corpus.py "$SRC" --count "$MAKE" --out "$JSONL"
  echo "== ingesting $JSONL into $DB ${ROUGH[*]:-(pipeline)}"
  JOBARGS=()
  [ "$JOBS" -gt 0 ] && JOBARGS=(--jobs "$JOBS")
  "$DEV" ingest "$DB" ${ROUGH[@]+"${ROUGH[@]}"} ${JOBARGS[@]+"${JOBARGS[@]}"} "$JSONL"
fi
echo "== queries on $DB ($RUNS runs each)"
"$DEV" queries "$DB" --runs "$RUNS"
echo "== $(date -u +%FT%TZ) load: $(uptime)"
