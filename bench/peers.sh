#!/usr/bin/env bash
# Side-by-side speed and quality of factwire and the peers in ../shared/bench/peers (wink-nlp,
# compromise, Mozilla Readability), in one run on the same machine and the same data.
#
#   bench/peers.sh [FACTWIRE_BINARY]        (default: build/factwire; `make peers` builds it)
#
# Needs ../shared (or FACTWIRE_SHARED=DIR), node and npm (the peers are installed with `npm ci`
# into build/peers/, from the npm registry). Prints a Markdown table; the raw JSON of each run
# is kept in build/peers/results/. Every figure is a median of runs in this process, one core.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
FW=${1:-$ROOT/build/factwire}
SHARED=${FACTWIRE_SHARED:-$ROOT/../shared}
WORK=$ROOT/build/peers
OUT=$WORK/results
CORPUS=$SHARED/data/corpus/wikinews_en.jsonl
PAGES=$SHARED/data/html_dev/pages

if [[ ! -d $SHARED/bench/peers || ! -f $CORPUS ]]; then
  echo "peers.sh: $SHARED/bench/peers or the corpus is missing; nothing to compare" >&2
  exit 0
fi
if [[ ! -x $FW ]]; then
  echo "peers.sh: $FW not found (run 'make build' first)" >&2
  exit 2
fi
command -v node >/dev/null || { echo "peers.sh: node is not installed" >&2; exit 2; }

mkdir -p "$WORK" "$OUT"
# The peers' folder in ../shared is read-only: install them in a copy.
if [[ ! -d $WORK/node_modules ]]; then
  cp "$SHARED"/bench/peers/*.js "$SHARED"/bench/peers/package-lock.json "$WORK"/ 2>/dev/null || true
  [[ -f $SHARED/bench/peers/package.json ]] && cp "$SHARED/bench/peers/package.json" "$WORK"/
  (cd "$WORK" && npm ci --no-audit --no-fund --silent) ||
    { echo "peers.sh: npm ci failed (no registry?); nothing to compare" >&2; exit 0; }
fi
cp "$SHARED"/bench/peers/*.js "$WORK"/

now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.3f}')" "$1" "$2"; }
median3() {  # median wall seconds of three runs of "$@" (stdout discarded)
  local a b c t0
  t0=$(now); "$@" >/dev/null; a=$(secs "$t0" "$(now)")
  t0=$(now); "$@" >/dev/null; b=$(secs "$t0" "$(now)")
  t0=$(now); "$@" >/dev/null; c=$(secs "$t0" "$(now)")
  printf '%s\n%s\n%s\n' "$a" "$b" "$c" | sort -n | sed -n 2p
}

MB=$(python3 - "$CORPUS" <<'EOF'
import json, sys
n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    if line.strip():
        d = json.loads(line)
        n += len(((d.get("title") + "\n\n") if d.get("title") else "").encode()) + len(d["text"].encode())
print(f"{n / 1e6:.3f}")
EOF
)
DOCS=$(grep -c . "$CORPUS")

echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); corpus $DOCS articles, $MB MB of text" >&2

# factwire, one thread: without models (read, segment, tokenize, rule stages) and with them.
T_NOMOD=$(median3 "$FW" analyze --no-models --threads 1 --format jsonl "$CORPUS")
T_FULL=$(median3 "$FW" analyze --threads 1 --format jsonl "$CORPUS")
"$FW" analyze --threads 1 --tokens --format jsonl "$CORPUS" > "$OUT/factwire_corpus.jsonl"
FW_COUNTS=$(python3 - "$OUT/factwire_corpus.jsonl" <<'EOF'
import json, sys
s = t = e = 0
for line in open(sys.argv[1], encoding="utf-8"):
    d = json.loads(line)
    s += len(d.get("sentences", []))
    t += len(d.get("tokens", []))
    e += len(d.get("entities", []))
print(s, t, e)
EOF
)
read -r FW_SENTS FW_TOKS FW_ENTS <<<"$FW_COUNTS"

# Peers on the same corpus.
(cd "$WORK" && node bench_wink.js "$CORPUS" 3) > "$OUT/wink.json"
(cd "$WORK" && node bench_compromise.js "$CORPUS" 1) > "$OUT/compromise.json"

# HTML: factwire without models (extraction + rule stages) and Readability (linkedom, jsdom).
HTML_LIST=$(ls "$PAGES"/*.html.gz 2>/dev/null | wc -l)
T_HTML=$(median3 "$FW" analyze --no-models --threads 1 --format jsonl --input-format html "$PAGES")
(cd "$WORK" && node bench_readability.js --dom linkedom --html-dir "$PAGES" --out "$OUT/readability_linkedom.json") > "$OUT/readability_linkedom.log"
(cd "$WORK" && node bench_readability.js --dom jsdom --html-dir "$PAGES" --out "$OUT/readability_jsdom.json") > "$OUT/readability_jsdom.log"
F1_FW=$(python3 "$SHARED/eval/html_snippets.py" "$FW" | sed -n 's/^summary html_f1=//p')
F1_LD=$(python3 "$SHARED/eval/html_snippets.py" --pred "$OUT/readability_linkedom.json" | sed -n 's/^summary html_f1=//p')
F1_JS=$(python3 "$SHARED/eval/html_snippets.py" --pred "$OUT/readability_jsdom.json" | sed -n 's/^summary html_f1=//p')

python3 - "$OUT" "$MB" "$DOCS" "$T_NOMOD" "$T_FULL" "$FW_SENTS" "$FW_TOKS" "$FW_ENTS" \
    "$HTML_LIST" "$T_HTML" "$F1_FW" "$F1_LD" "$F1_JS" <<'EOF'
import json, os, re, sys
out, mb, docs, t_nomod, t_full, sents, toks, ents, pages, t_html, f1_fw, f1_ld, f1_js = sys.argv[1:]
mb, docs, t_nomod, t_full, t_html = float(mb), int(docs), float(t_nomod), float(t_full), float(t_html)
wink = json.load(open(os.path.join(out, "wink.json")))
comp = json.load(open(os.path.join(out, "compromise.json")))
def rd(name):
    text = open(os.path.join(out, name)).read()
    m = re.search(r"\{.*\}", text, re.S)
    return json.loads(m.group(0)) if m else {}
ld, js = rd("readability_linkedom.log"), rd("readability_jsdom.log")
toks = int(toks) if toks.isdigit() else 0
print("| program | work | wall (1 core) | speed | quality |")
print("|---|---|---|---|---|")
print(f"| factwire --no-models | read + clean + segment + tokenize + quotes/figures/times/events rules | {t_nomod:.2f} s | {mb / t_nomod:.2f} MB/s | {sents} sentences |")
print(f"| factwire (models) | + tagger, parser, NER, entities | {t_full:.2f} s | {mb / t_full:.2f} MB/s, {docs / t_full:.0f} articles/s" + (f", {toks / t_full:,.0f} tokens/s" if toks else "") + f" | {ents} entities |")
print(f"| {wink.get('lib', 'wink-nlp')} | sentences + tokens + entities | {wink['median_wall_s']:.2f} s | {wink['MB_per_s']:.2f} MB/s | {wink['sentences']} sentences, {wink['entities']} entities (numeric/date types) |")
cs = comp.get("median_wall_s", comp.get("wall_s", 0))
types = ", ".join(f"{v} {k}" for k, v in sorted(comp.get("entity_types", {}).items()))
print(f"| {comp.get('lib', 'compromise')} | sentences + terms + people/places/orgs | {cs:.2f} s | {comp.get('MB_per_s', 0):.2f} MB/s | {comp.get('sentences', '?')} sentences, {types} |")
print(f"| factwire --no-models, HTML | {pages} html_dev pages: extraction + rule stages | {t_html:.2f} s | {int(pages) / t_html:.0f} pages/s | F1 {f1_fw} (full CLI with models) |")
print(f"| Readability + linkedom | same pages, extraction only | {ld.get('wall_s', 0):.2f} s | {ld.get('pages_per_s', 0):.0f} pages/s | F1 {f1_ld} |")
print(f"| Readability + jsdom | same pages, extraction only | {js.get('wall_s', 0):.2f} s | {js.get('pages_per_s', 0):.0f} pages/s | F1 {f1_js} |")
EOF
