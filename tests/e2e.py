#!/usr/bin/env python3
"""End-to-end checks of the factwire binary (run by ctest; python3 standard library only).

    e2e.py BINARY CHECK

CHECK is one of: seed, golden_rules, html_dev, bad_input, cli, examples, news_dev, events_probes.
Scores are compared with tests/thresholds.json: a drop below a locked-in score fails.
Checks that need ../shared exit 77 (ctest: skipped) when it is absent.
"""
import gzip
import json
import os
import sqlite3
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.environ.get("FACTWIRE_SHARED") or os.path.join(ROOT, "..", "shared")
THRESHOLDS = json.load(open(os.path.join(ROOT, "tests", "thresholds.json")))
SKIP = 77


def need_shared(*parts):
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        print("skipped: %s is absent" % path)
        sys.exit(SKIP)
    return path


def run(binary, *args, stdin=None, timeout=600):
    return subprocess.run([binary, *args], capture_output=True, text=True, input=stdin, timeout=timeout)


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def check_seed(binary):
    gold = need_shared("gold", "seed-article.json")
    article = need_shared("examples", "seed-article.txt")
    r = run(binary, "analyze", article)
    if r.returncode != 0:
        fail("analyze exited %d: %s" % (r.returncode, r.stderr[-2000:]))
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        f.write(r.stdout)
    s = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), gold, f.name, "--json"],
                       capture_output=True, text=True)
    full = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "score.py"), gold, f.name],
                          capture_output=True, text=True)
    print(full.stdout)
    got = json.loads(s.stdout)
    want = THRESHOLDS["seed"]
    bad = []
    for key, floor in want.items():
        value = got.get(key)
        if key == "document":
            passed, total = map(int, value.split("/"))
            if passed < floor:
                bad.append("document checks %s < %d" % (value, floor))
        elif value is None or value < floor - 1e-9:
            bad.append("%s = %s < %s" % (key, value, floor))
    if bad:
        fail("; ".join(bad))
    print("seed scores hold:", got)


def check_golden_rules(binary):
    rules = need_shared("data", "golden_rules", "golden_rules_en.jsonl")
    r = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "golden_rules.py"), binary, rules],
                       capture_output=True, text=True)
    print(r.stdout)
    passed = int(r.stdout.strip().splitlines()[-1].split("/")[0])
    if passed < THRESHOLDS["golden_rules"]:
        fail("golden rules passed %d < %d" % (passed, THRESHOLDS["golden_rules"]))


def check_html_dev(binary):
    need_shared("data", "html_dev", "gold.jsonl")
    r = subprocess.run([sys.executable, os.path.join(SHARED, "eval", "html_snippets.py"), binary],
                       capture_output=True, text=True)
    print(r.stdout)
    f1 = [float(l.split("=")[1]) for l in r.stdout.splitlines() if l.startswith("summary html_f1=")]
    if not f1 or f1[0] < THRESHOLDS["html_f1"]:
        fail("html_dev F1 %s < %s" % (f1, THRESHOLDS["html_f1"]))


def check_bad_input(binary):
    d = tempfile.mkdtemp()
    files = {}

    def put(name, data):
        p = os.path.join(d, name)
        with open(p, "wb") as f:
            f.write(data)
        files[name] = p

    put("good.txt", b"The council met on Monday. It approved the budget.\n")
    put("empty.txt", b"")
    put("binary.bin", bytes(range(256)) * 64)
    put("invalid-utf8.txt", b"Caf\xe9 owners said \xff\xfe the rent rose." + b" More text." * 20)
    put("huge-no-newline.txt", b"word " * (10 * 1024 * 1024))  # 50 MB, one line
    put("deep.html", b"<html><body>" + b"<div>" * 100000 + b"deep text" + b"</div>" * 100000 + b"</body></html>")
    put("truncated.jsonl", b'{"id": "ok-1", "text": "A good record."}\n{"id": "cut", "text": "trunc\n'
                           b'{"id": "ok-2", "text": "Another good one."}\n')
    put("bad.gz", b"\x1f\x8b\x08\x00garbage-not-gzip")
    # 1.5 MB naming ~40,000 distinct made-up people, firms and towns: no article, but no stage
    # may grow with the square of the number of names (it would not finish in the timeout).
    syl = ["ka", "lo", "mi", "ra", "te", "vu", "zen", "dor", "bel", "sta", "qui", "nor", "fa", "gri", "hol"]
    def made_up(k):
        return "".join(syl[(k // 15 ** j) % 15] for j in range(4)).capitalize()
    paras, k = [], 0
    while sum(len(p) for p in paras) < 1500000:
        paras.append("%s %s met %s %s of the %s Company in %s City on Monday." % tuple(made_up(k + j) for j in range(6)))
        k += 7
    put("many-names.txt", ("Names\n\n" + "\n\n".join(paras) + "\n").encode())
    order = ["good.txt", "empty.txt", "binary.bin", "invalid-utf8.txt", "huge-no-newline.txt", "deep.html",
             "truncated.jsonl", "bad.gz", "many-names.txt"]
    r = run(binary, "analyze", "--format", "jsonl", "--max-bytes", str(16 * 1024 * 1024),
            *[files[n] for n in order], timeout=300)
    if r.returncode != 1:
        fail("expected exit code 1 (some documents failed), got %d; stderr: %s" % (r.returncode, r.stderr[-1500:]))
    out = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    by_id = {}
    for o in out:
        by_id.setdefault(o["document"]["id"], o)
    def errors_of(key):
        o = by_id.get(key)
        if o is None:
            fail("no output object for %s (got ids %s)" % (key, list(by_id)))
        return o.get("errors") or []
    for ok in ("good.txt", "many-names.txt"):
        if errors_of(files[ok]):
            fail("%s should be analysed: %s" % (ok, errors_of(files[ok])))
    if len(by_id[files["many-names.txt"]]["entities"]) < 10000:
        fail("many-names.txt: expected thousands of entities, got %d" % len(by_id[files["many-names.txt"]]["entities"]))
    if not by_id[files["good.txt"]]["sentences"]:
        fail("good.txt has no sentences")
    for bad in ("empty.txt", "binary.bin", "huge-no-newline.txt", "bad.gz"):
        errs = errors_of(files[bad])
        if not errs or not errs[0].get("message"):
            fail("%s should carry an error" % bad)
    inv = by_id[files["invalid-utf8.txt"]]
    if inv.get("errors") or not inv["document"].get("warnings"):
        fail("invalid UTF-8 should be repaired with a warning: %s" % inv.get("errors"))
    deep = by_id[files["deep.html"]]
    if not deep.get("errors") and "deep text" not in deep["document"]["text"]:
        fail("deep HTML neither analysed nor reported")
    if errors_of("ok-1") or errors_of("ok-2"):
        fail("good JSON lines around a truncated one must be analysed")
    if not errors_of(files["truncated.jsonl"] + ":2"):
        fail("the truncated JSON line must be reported")
    lines = [l for l in r.stderr.splitlines() if l.startswith("factwire: ")]
    if len(lines) < 5:
        fail("each bad document needs a one-line error on stderr; got:\n" + r.stderr[-2000:])
    print("bad input handled: %d objects, %d error lines" % (len(out), len(lines)))


def check_cli(binary):
    r = run(binary, "--help")
    if r.returncode != 0 or "analyze" not in r.stdout or "Exit codes" not in r.stdout:
        fail("--help should list the commands and the exit codes")
    r = run(binary, "analyze", "--no-such-flag", "x")
    if r.returncode != 2:
        fail("a bad flag should exit 2, got %d" % r.returncode)
    r = run(binary, "analyze", "--published", "yesterday", "x")
    if r.returncode != 2:
        fail("a bad --published should exit 2")
    r = run(binary, "analyze", "--format", "jsonl", "-", stdin="Rain fell. The river rose.\n")
    doc = json.loads(r.stdout)
    if r.returncode != 0 or doc["schema"] != "factwire/1" or len(doc["sentences"]) != 2:
        fail("stdin analysis failed: %s %s" % (r.returncode, r.stdout[:300]))
    r = run(binary, "analyze", "--format", "jsonl", "--tokens", "-", stdin="Rain fell.\n")
    toks = json.loads(r.stdout).get("tokens")
    if not toks or toks[0]["text"] != "Rain":
        fail("--tokens should print tokens")
    r = run(binary, "analyze", "/nonexistent/file.txt")
    if r.returncode != 1 or "not_found" not in r.stderr:
        fail("a missing file should be reported (exit 1), got %d %s" % (r.returncode, r.stderr))
    check_reading_inputs(binary)
    check_cli_stdin_streams(binary)
    check_cli_output_order(binary)
    check_cli_dates(binary)
    check_cli_option_ranges(binary)
    check_cli_corpus(binary)


def check_reading_inputs(binary):
    """analyze on the inputs a user hands it: an empty folder, a feed, a WARC file, JSON that is
    not JSON Lines."""
    d = tempfile.mkdtemp()
    os.mkdir(os.path.join(d, "emptydir"))
    r = run(binary, "analyze", "--no-models", os.path.join(d, "emptydir"))
    if r.returncode != 0 or r.stdout.strip() != "[]" or "no files" not in r.stderr:
        fail("an empty folder should print [] and say so: rc %d, out %r, err %r" % (r.returncode, r.stdout, r.stderr))
    feed = os.path.join(d, "feed.xml")
    with open(feed, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Wire</title>'
                b'<item><title>One</title><link>https://x.example/1</link><description><![CDATA[<p>The polic\xe9 '
                b'said 3 people died on Monday.</p>]]></description></item>'
                b'<item><title>Two</title><link>https://x.example/2</link><description>Rain fell on Tuesday.'
                b'</description></item></channel></rss>')
    warc_body = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
                 b"<html><body><article><p>The council approved the budget on Monday.</p></article></body></html>")
    warc = os.path.join(d, "crawl.warc")
    with open(warc, "wb") as f:
        f.write(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/w\r\n"
                b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(warc_body)
                + warc_body + b"\r\n\r\n")
    arr = os.path.join(d, "arr.json")
    with open(arr, "w") as f:
        f.write('[{"id": "arr1", "text": "Police said 3 people died."},\n {"id": "arr2", "text": "Rain fell."}]\n')
    pretty = os.path.join(d, "pretty.json")
    with open(pretty, "w") as f:
        f.write('{\n  "id": "pretty1",\n  "text": "The river rose on Monday."\n}\n')
    r = run(binary, "analyze", "--no-models", "--format", "jsonl", feed, warc, arr, pretty)
    out = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    ids = [o["document"]["id"] for o in out]
    if r.returncode != 0 or ids != ["https://x.example/1", "https://x.example/2", "https://x.example/w",
                                    "arr1", "arr2", "pretty1"]:
        fail("feed items, WARC records and JSON records should each be a document: rc %d ids %s err %s"
             % (r.returncode, ids, r.stderr[-600:]))
    # The same pretty-printed object on standard input (which otherwise streams JSON Lines).
    r = run(binary, "analyze", "--no-models", "--format", "jsonl", "-", stdin=open(pretty).read())
    ids_in = [json.loads(l)["document"]["id"] for l in r.stdout.splitlines() if l.strip()]
    if r.returncode != 0 or ids_in != ["pretty1"]:
        fail("a pretty-printed object on stdin should be one document: rc %d ids %s err %s"
             % (r.returncode, ids_in, r.stderr[-300:]))
    text = out[0]["document"]["text"]
    if "polic\u00e9 said" not in text or "]]>" in text:
        fail("the feed item text should be decoded from its declared encoding: %r" % text)
    # A feed and a WARC file piped in are split as the files are.
    for path, want, packed in ((feed, ["https://x.example/1", "https://x.example/2"], False),
                               (warc, ["https://x.example/w"], False),
                               (feed, ["https://x.example/1", "https://x.example/2"], True),
                               (warc, ["https://x.example/w"], True)):
        with open(path, "rb") as f:
            data = f.read()
            if packed:  # gzip, a member per record as crawlers write WARC files
                data = gzip.compress(data[:40]) + gzip.compress(data[40:])
            p = subprocess.run([binary, "analyze", "--no-models", "--format", "jsonl", "-"], input=data,
                               capture_output=True, timeout=300)
        ids_in = [json.loads(l)["document"]["id"] for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
        if p.returncode != 0 or ids_in != want:
            fail("%s%s on standard input should give %s: rc %d ids %s err %s"
                 % (os.path.basename(path), " (gzip)" if packed else "", want, p.returncode, ids_in, p.stderr[-300:]))
    # A file name that is not UTF-8 (and a feed link with a stray byte) still gives valid JSON.
    odd = os.path.join(os.fsencode(d), b"caf\xe9.txt")
    with open(odd, "w") as f:
        f.write("Rain fell on Monday.")
    badlink = os.path.join(d, "badlink.xml")
    with open(badlink, "wb") as f:
        f.write(b'<rss version="2.0"><channel><item><title>T</title><link>https://x.example/\xff</link>'
                b'<description>Rain fell on Tuesday.</description></item></channel></rss>')
    p = subprocess.run([os.fsencode(binary), b"analyze", b"--no-models", b"--format", b"jsonl", odd,
                        os.fsencode(badlink)], capture_output=True, timeout=300)
    try:
        ids_odd = [json.loads(l)["document"]["id"] for l in p.stdout.decode("utf-8").splitlines() if l.strip()]
    except (UnicodeDecodeError, ValueError) as e:
        fail("output for a non-UTF-8 file name or link is not UTF-8 JSON: %s" % e)
    if p.returncode != 0 or len(ids_odd) != 2 or "\ufffd" not in ids_odd[0]:
        fail("a non-UTF-8 file name should be shown with U+FFFD: rc %d ids %r" % (p.returncode, ids_odd))


def check_cli_stdin_streams(binary):
    """analyze --format jsonl - prints each record's result before standard input ends."""
    import select
    p = subprocess.Popen([binary, "analyze", "--no-models", "--format", "jsonl", "-"], stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        p.stdin.write(b'{"id":"s1","text":"Police said 3 people were arrested on Monday."}\n')
        p.stdin.flush()
        ready, _, _ = select.select([p.stdout], [], [], 60)  # generous: not a speed bound
        if not ready:
            fail("analyze --format jsonl -: no result for the first record while standard input is open")
        first = json.loads(p.stdout.readline())
        if first["document"]["id"] != "s1":
            fail("streamed result is not s1: %r" % first["document"])
        p.stdin.write(b'{"id":"s2","text":"Police said 4 people were arrested on Monday."}\n')
        p.stdin.close()
        rest = [json.loads(l) for l in p.stdout.read().splitlines() if l.strip()]
        if p.wait(timeout=60) != 0 or [d["document"]["id"] for d in rest] != ["s2"]:
            fail("analyze -: the second record: %r" % rest)
    finally:
        if p.poll() is None:
            p.kill()
            p.wait()


def check_cli_output_order(binary):
    """Errors come out in their place among the results (argument order)."""
    with tempfile.TemporaryDirectory() as d:
        a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
        for path in (a, b):
            with open(path, "w") as f:
                f.write("Rain fell on Monday.\n")
        missing = os.path.join(d, "nosuch.txt")
        r = run(binary, "analyze", "--no-models", "--format", "jsonl", a, missing, b)
        ids = [json.loads(l)["document"]["id"] for l in r.stdout.splitlines()]
        if r.returncode != 1 or ids != [a, missing, b]:
            fail("analyze output should follow the arguments: %r (rc %d)" % (ids, r.returncode))


def check_cli_dates(binary):
    """Impossible dates: refused on the command line, dropped with a warning in records."""
    for bad in ("2026-13-45", "2026-02-30", "2026", "20260302"):
        r = run(binary, "analyze", "--no-models", "--published", bad, "-", stdin="Rain fell.\n")
        if r.returncode != 2:
            fail("--published %s should exit 2, got %d" % (bad, r.returncode))
    r = run(binary, "analyze", "--no-models", "--format", "jsonl", "--published", "2024-02-29T10:00:00Z", "-",
            stdin="Rain fell.\n")
    if r.returncode != 0 or json.loads(r.stdout)["document"]["published"] != "2024-02-29":
        fail("--published 2024-02-29T10:00:00Z should give 2024-02-29: %s %s" % (r.returncode, r.stdout[:200]))
    recs = '{"id":"p1","text":"Rain fell.","published":"2026-02-30"}\n{"id":"p2","text":"Rain fell.","published":20260302}\n'
    r = run(binary, "analyze", "--no-models", "--format", "jsonl", "-", stdin=recs)
    docs = [json.loads(l) for l in r.stdout.splitlines()]
    for d in docs:
        if d["document"].get("published") is not None or not any("not a real date" in w for w in d["document"].get("warnings", [])):
            fail("an impossible record date should be dropped with a warning: %r %r" % (
                d["document"], d["document"].get("warnings")))
    for flag in ("2026-13", "2026-02-31", "2026-00"):
        r = run(binary, "figures", "--db", "/nonexistent/x.db", "--from", flag)
        if r.returncode != 2:
            fail("figures --from %s should exit 2, got %d" % (flag, r.returncode))


def check_cli_option_ranges(binary):
    for args in (["figures", "--limit", "-1"], ["figures", "--limit", "0"], ["search", "x", "--offset", "-5"],
                 ["ingest", "x", "--jobs", "-3"], ["ingest", "x", "--batch", "0"]):
        r = run(binary, *args, "--db", "/nonexistent/x.db")
        if r.returncode != 2 or not r.stderr.strip():
            fail("%s should be refused with exit 2 and a message, got %d %r" % (args, r.returncode, r.stderr))


def plover_keys(line):
    return list(json.loads(line).keys())


def stored_published(binary, db):
    """{document id: its published field} of every stored document (`document N`, N = 1, 2, ...)."""
    out = {}
    for n in range(1, 1000):
        r = run(binary, "document", str(n), "--db", db)
        if r.returncode != 0:
            break
        d = json.loads(r.stdout)["document"]
        out[d["id"]] = d["published"]
    return out


def check_cli_corpus(binary):
    """ingest, document, figures, events and a read-only corpus."""
    d = tempfile.mkdtemp(prefix="fw_e2e_")
    try:
        check_cli_corpus_in(binary, d)
    finally:
        subprocess.run(["chmod", "-R", "u+w", d])
        subprocess.run(["rm", "-rf", d])


def check_cli_corpus_in(binary, d):
    seed = os.path.join(ROOT, "examples", "seed-article.txt")
    src = os.path.join(d, "in")
    os.makedirs(src)
    subprocess.run(["cp", seed, src])
    db = os.path.join(src, "news.db")  # the corpus inside the folder it ingests
    for attempt in (1, 2):
        r = run(binary, "ingest", "--no-models", "--progress", "none", src, "--db", db)
        if r.returncode != 0 or "news.db" in r.stderr:
            fail("ingest of a folder holding its corpus (run %d): rc %d %s" % (attempt, r.returncode, r.stderr))
    # document ID prints what analyze printed.
    a = json.loads(run(binary, "analyze", "--no-models", "--format", "jsonl", seed).stdout)
    doc = json.loads(run(binary, "document", "1", "--db", db).stdout)
    if [p["source"] for p in doc["document"]["paragraphs"]] != [p["source"] for p in a["document"]["paragraphs"]]:
        fail("document: paragraphs[].source differ from analyze")
    if [q["speaker"].get("reason") for q in doc["quotes"]] != [q["speaker"].get("reason") for q in a["quotes"]]:
        fail("document: quotes[].speaker.reason differ from analyze")
    if [t.get("mod") for t in doc["times"]] != [t.get("mod") for t in a["times"]]:
        fail("document: times[].mod differ from analyze")
    names = lambda x: [((e.get("actor") or {}).get("name"), (e.get("target") or {}).get("name")) for e in x["events"]]
    if names(doc) != names(a):
        fail("document: event actor/target names differ from analyze: %r vs %r" % (names(doc), names(a)))
    # analyze --format plover and events --format plover: one record layout, the same values
    # (but the ids, which are the corpus's). The corpus holds the seed alone.
    ap = [l for l in run(binary, "analyze", "--no-models", "--format", "plover", seed).stdout.splitlines() if l]
    ep = [l for l in run(binary, "events", "--db", db, "--format", "plover", "--negated",
                         "--limit", "1000").stdout.splitlines() if l]
    if not ap or not ep:
        fail("no PLOVER records (analyze %d, events %d)" % (len(ap), len(ep)))
    base = lambda keys: [k for k in keys if k not in ("quad_code", "event_scale")]
    if base(plover_keys(ap[0])) != base(plover_keys(ep[0])):
        fail("PLOVER layouts differ:\n analyze %s\n events  %s" % (plover_keys(ap[0]), plover_keys(ep[0])))

    def plover_values(lines):
        out = []
        for l in lines:
            rec = json.loads(l)
            for k in ("id", "event_id", "story_id"):
                rec.pop(k, None)
            out.append(json.dumps(rec, sort_keys=True, ensure_ascii=False))
        return sorted(out)
    av, ev = plover_values(ap), plover_values(ep)
    if av != ev:
        diff = [(a, e) for a, e in zip(av, ev) if a != e][:1] or [(len(av), len(ev))]
        fail("PLOVER values differ between analyze and events (%d vs %d records), first: %r" %
             (len(av), len(ev), diff[0]))
    # ingest - reads standard input; impossible dates are not stored.
    recs = "".join(json.dumps({"id": "m%d" % i, "published": "2026-%02d-10" % i,
                               "text": "Officials said %d people were killed in the town on Monday." % (i + 4)}) + "\n"
                   for i in range(1, 4))
    recs += json.dumps({"id": "bad", "published": "2026-02-30", "text": "Officials said 9 people were killed."}) + "\n"
    r = run(binary, "ingest", "--no-models", "--progress", "none", "-", "--db", db, stdin=recs)
    if r.returncode != 0:
        fail("ingest - should read standard input: %d %s" % (r.returncode, r.stderr))
    published = stored_published(binary, db)
    if "bad" not in published or len(published) != 5:
        fail("ingest -: documents stored %r, expected the seed, m1..m3 and bad" % sorted(published))
    if published["bad"] == "2026-02-30" or "2026-02-30" in published.values():
        fail("an impossible date was stored: %r" % published)
    # A feed piped into ingest - is split into its items, as a feed file is.
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
            '<item><title>Fire</title><link>https://x.example/f1</link><description>A fire destroyed 12 homes '
            'in the valley on Monday, officials said.</description></item>'
            '<item><title>Strike</title><link>https://x.example/f2</link><description>Dock workers walked out '
            'over pay on Tuesday, their union said.</description></item></channel></rss>')
    r = run(binary, "ingest", "--no-models", "--progress", "none", "-", "--db", db, stdin=feed)
    published = stored_published(binary, db)
    if r.returncode != 0 or "https://x.example/f1" not in published or "https://x.example/f2" not in published:
        fail("a feed on standard input should be stored item by item: rc %d ids %r err %s"
             % (r.returncode, sorted(published), r.stderr[-300:]))
    # figures --timeline honours --limit.
    r = run(binary, "figures", "--db", db, "--timeline", "month", "--limit", "1", "--format", "csv")
    lines = [l for l in r.stdout.splitlines() if l.strip()]
    if r.returncode != 0 or len(lines) != 2:
        fail("figures --timeline --limit 1 should print a header and one row: %r" % lines)
    # A read-only corpus (file and folder not writable) is still queryable.
    ro = os.path.join(d, "ro")
    os.makedirs(ro)
    subprocess.run(["cp", db, os.path.join(ro, "ro.db")])
    run(binary, "stats", "--db", os.path.join(ro, "ro.db"))  # checkpoints and drops the -wal
    for f in os.listdir(ro):
        if f != "ro.db":
            os.remove(os.path.join(ro, f))
    # A schema-5 corpus (as an older build wrote it, its -wal and -shm files left beside it)
    # that cannot be migrated: the queries read it read-only (docs/corpus.md, "Migrations").
    ro5 = os.path.join(d, "ro5")
    os.makedirs(ro5)
    db5 = os.path.join(ro5, "c.db")
    subprocess.run(["cp", os.path.join(ro, "ro.db"), db5])
    con = sqlite3.connect(db5)
    con.executescript("ALTER TABLE paragraphs DROP COLUMN source_start; ALTER TABLE paragraphs DROP COLUMN source_end; "
                      "ALTER TABLE quotes DROP COLUMN reason; ALTER TABLE times DROP COLUMN mod; "
                      "ALTER TABLE events DROP COLUMN actor_text; ALTER TABLE events DROP COLUMN target_text; "
                      "PRAGMA user_version = 5;")
    con.close()
    subprocess.run([sys.executable, "-c", "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
                    "c.execute('PRAGMA journal_mode=WAL'); c.execute('SELECT count(*) FROM events').fetchall(); "
                    "os._exit(0)", db5], check=True)
    if not os.path.exists(db5 + "-wal") or not os.path.exists(db5 + "-shm"):
        fail("could not leave a -wal and -shm beside the schema-5 corpus: %r" % os.listdir(ro5))
    for f in os.listdir(ro5):
        os.chmod(os.path.join(ro5, f), 0o444)
    os.chmod(ro5, 0o555)
    os.chmod(os.path.join(ro, "ro.db"), 0o444)
    os.chmod(ro, 0o555)
    os.chmod(d, 0o755)
    prefix = []
    if os.geteuid() == 0:
        if not os.path.exists("/usr/bin/setpriv"):
            print("read-only corpus: skipped (root without setpriv)")
            return
        prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    for path in (os.path.join(ro, "ro.db"), db5):
        for args in (["stats"], ["search", "killed"], ["entity", "Lebanon"], ["events", "--format", "plover"],
                     ["document", "1"]):
            r = subprocess.run(prefix + [binary, *args, "--db", path], capture_output=True,
                               text=True, timeout=120)
            if r.returncode != 0 or not r.stdout.strip():
                fail("read-only corpus %s: %s exited %d: %s" % (os.path.basename(path), args[0], r.returncode,
                                                               r.stderr))


def check_examples(binary):
    ex = os.path.join(ROOT, "examples")
    r = run(binary, "analyze", "--format", "jsonl", ex)
    if r.returncode != 0:
        fail("examples/ should analyse cleanly: %s" % r.stderr[-2000:])
    docs = [json.loads(l) for l in r.stdout.splitlines()]
    if len(docs) < 5:
        fail("expected >= 5 documents from examples/, got %d" % len(docs))
    html = [d for d in docs if d["document"]["format"] == "html" and d["document"]["id"].endswith(".html")]
    if not html:
        fail("the HTML example was not read as HTML")
    page = html[0]["document"]
    if "Heavy rains have driven" not in page["text"] or "Accept all" in page["text"] or "42 comments" in page["text"]:
        fail("HTML example: body not extracted cleanly: %r" % page["text"][:500])
    if page.get("published") != "2026-04-14" or not page.get("title", "").startswith("Floods displace"):
        fail("HTML example: metadata missing: %s %s" % (page.get("published"), page.get("title")))


def check_news_dev(binary):
    """Hand-coded wire-style articles written here (tests/data/news_dev: NAME.txt + NAME.json in the
    gold format of ../shared/gold, scored by ../shared/eval/score.py). A gold file scores the
    sections it lists in "scored" (default: every section key it has). Totals are summed over the
    articles per group (the name's prefix before the first '-') and compared with
    thresholds.json "news_dev": {group: {section: F1 floor}}. NEWS_DEV_VERBOSE=1 prints misses."""
    score_py = need_shared("eval", "score.py")
    import importlib.util
    spec = importlib.util.spec_from_file_location("fw_score", score_py)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    folder = os.environ.get("NEWS_DEV_DIR") or os.path.join(ROOT, "tests", "data", "news_dev")
    verbose = os.environ.get("NEWS_DEV_VERBOSE") == "1"
    totals = {}  # group -> section -> [tp, fp, fn]
    names = sorted(n[:-5] for n in os.listdir(folder) if n.endswith(".json") and
                   os.path.exists(os.path.join(folder, n[:-5] + ".txt")))
    if not names:
        fail("no articles in %s" % folder)
    for name in names:
        gold = json.load(open(os.path.join(folder, name + ".json"), encoding="utf-8"))
        r = run(binary, "analyze", os.path.join(folder, name + ".txt"))
        if r.returncode != 0:
            fail("%s: analyze exited %d: %s" % (name, r.returncode, r.stderr[-2000:]))
        result = scorer.score(gold, json.loads(r.stdout))
        result.pop("document")
        sections = gold.get("scored") or [k for k in ("entities", "quotes", "figures", "events") if k in gold]
        wanted = set(sections)
        if "quotes" in wanted:
            wanted |= {"quotes+speaker", "anonymous sources"}
        group = name.split("-")[0]
        line = []
        for sec, t in result.items():
            if sec not in wanted:
                continue
            acc = totals.setdefault(group, {}).setdefault(sec, [0, 0, 0])
            acc[0] += t.tp
            acc[1] += t.fp
            acc[2] += t.fn
            line.append("%s %d/%d/%d" % (sec, t.tp, t.fp, t.fn))
            if verbose:
                for g in t.misses:
                    print("  %s missed %s: %s" % (name, sec, json.dumps(g, ensure_ascii=False)[:200]))
        print("%-28s %s" % (name, "  ".join(line)))
    floors = THRESHOLDS.get("news_dev", {})
    bad = []
    for group, secs in sorted(totals.items()):
        for sec, (tp, fp, fn) in secs.items():
            p = tp / (tp + fp) if tp + fp else 0.0
            rc = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * rc / (p + rc) if p + rc else 0.0
            floor = floors.get(group, {}).get(sec)
            print("%s %-18s P=%.3f R=%.3f F1=%.3f (tp %d, fp %d, fn %d)%s" % (
                group, sec, p, rc, f, tp, fp, fn, "" if floor is None else "  floor %.3f" % floor))
            if floor is not None and f < floor - 1e-9:
                bad.append("%s %s F1 %.3f < %.3f" % (group, sec, f, floor))
    if bad:
        fail("; ".join(bad))


def _probe_party_matches(want, party):
    """A probe's actor/target column against an event's party: '-' is anyone (or no one); else
    one of the '|' alternatives is the party's ISO3 country (three capitals) or a substring of
    its name (case-sensitive, so 'UN' is not 'Hungary')."""
    if want == "-":
        return True
    if not party:
        return False
    name = party.get("name") or ""
    country = party.get("country") or ""
    for alt in want.split("|"):
        if alt == "-" or alt in name or (len(alt) == 3 and alt.isupper() and alt == country):
            return True
    return False


def check_events_probes(binary):
    """Round 19 coverage probes (tests/data/events_probes/probes.tsv, written before the coder saw
    them): one wire sentence a row, each its own document, all in ONE analyze run over JSON Lines.
    A positive row (target column not 'none') is right when some non-negated event has one of its
    types and its actor and target match; a negative row is right when no non-negated event of
    its types exists. Prints right/wrong per probe, recall per type, and compares with
    thresholds.json "events_probes": {"recall": floor, "negatives": floor}. Skips (77) when the
    binary cannot load its models. EVENTS_PROBES_VERBOSE=1 prints the records of wrong rows."""
    path = os.path.join(ROOT, "tests", "data", "events_probes", "probes.tsv")
    rows = []
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 4:
            fail("probes.tsv: 4 columns wanted: %r" % line)
        rows.append(cols)
    feed = "".join(json.dumps({"id": "probe-%03d" % i, "text": r[0], "published": "2024-06-01"}) + "\n"
                   for i, r in enumerate(rows))
    r = run(binary, "analyze", "--format", "jsonl", "-", stdin=feed)
    if r.returncode == 3:
        print("skipped: the binary could not load its models or data: %s" % r.stderr[-500:])
        sys.exit(SKIP)
    if r.returncode != 0:
        fail("analyze exited %d: %s" % (r.returncode, r.stderr[-2000:]))
    docs = {}
    for line in r.stdout.splitlines():
        if line.strip():
            d = json.loads(line)
            docs[d["document"]["id"]] = d
    verbose = os.environ.get("EVENTS_PROBES_VERBOSE") == "1"
    per_type = {}  # type -> [right, total]
    pos_right = pos_total = neg_right = neg_total = false_records = 0
    for i, (sentence, types, actor, target) in enumerate(rows):
        d = docs.get("probe-%03d" % i)
        if d is None:
            fail("no result for probe %d: %s" % (i, sentence))
        wanted = set(types.split("|"))
        events = [e for e in d.get("events", []) if not e.get("negated")]
        got = ["%s %s -> %s" % (e["type"], (e.get("actor") or {}).get("name"), (e.get("target") or {}).get("name"))
               for e in events]
        if target == "none":
            bad = [e for e in events if e["type"] in wanted]
            ok = not bad
            neg_total += 1
            neg_right += ok
            false_records += len(bad)
            key = "NEG"
        else:
            ok = any(e["type"] in wanted and _probe_party_matches(actor, e.get("actor")) and
                     _probe_party_matches(target, e.get("target")) for e in events)
            pos_total += 1
            pos_right += ok
            key = types.split("|")[0]
            acc = per_type.setdefault(key, [0, 0])
            acc[0] += ok
            acc[1] += 1
        print("%s %-8s %s" % ("right" if ok else "WRONG", key, sentence))
        if verbose and not ok:
            print("        want %s %s -> %s; got %s" % (types, actor, target, "; ".join(got) or "nothing"))
    print()
    for t, (a, n) in sorted(per_type.items()):
        print("  %-10s %2d/%2d" % (t, a, n))
    recall = pos_right / pos_total if pos_total else 0.0
    negatives = neg_right / neg_total if neg_total else 1.0
    print("events_probes recall %.3f (%d/%d positive probes); negatives right %.3f (%d/%d, %d false records)" % (
        recall, pos_right, pos_total, negatives, neg_right, neg_total, false_records))
    floors = THRESHOLDS.get("events_probes", {})
    bad = []
    if recall < floors.get("recall", 0.0) - 1e-9:
        bad.append("recall %.3f < %.3f" % (recall, floors["recall"]))
    if negatives < floors.get("negatives", 0.0) - 1e-9:
        bad.append("negatives %.3f < %.3f" % (negatives, floors["negatives"]))
    if bad:
        fail("; ".join(bad))


CHECKS = {"seed": check_seed, "golden_rules": check_golden_rules, "html_dev": check_html_dev,
          "bad_input": check_bad_input, "cli": check_cli, "examples": check_examples,
          "news_dev": check_news_dev, "events_probes": check_events_probes}

if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[2] not in CHECKS:
        sys.exit(__doc__)
    CHECKS[sys.argv[2]](sys.argv[1])
