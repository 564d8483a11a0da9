#!/usr/bin/env python3
"""The server's CPU time per uncached search request, independent of the machine's load.

Replays queries of the mix of tests/web/search_varied.lua (words, two words, phrases, OR,
prefixes; newest-first, date, source, entity and event-type filters, second pages, facets),
one at a time on one keep-alive connection, each with Cache-Control: no-cache, and reads the
server process's CPU time (utime + stime, /proc/PID/stat) before and after.

  tests/web/cpu_per_request.py --url http://127.0.0.1:PORT --pid PID [--requests 1000]

Prints one line: requests, CPU ms per request, wall ms per request, failures.
"""
import argparse
import http.client
import os
import random
import sys
import time
import urllib.parse

WORDS = """government police election president killed minister protest court storm football health
oil earthquake company scientists parliament fire war conflict economy prices school hospital army
rebels border talks agreement vote party leader city water flood rain space nasa research study
university students teachers workers strike union bank market trade tax budget energy power nuclear
climate forest animals species museum music film festival award championship team coach players
season match olympic world country capital region village island coast ship airport flight train
road bridge accident crash victims injured dead rescue aid refugees camp peace ceasefire attack bomb
soldiers troops security law judge trial prison arrested charged investigation report media internet
computer software phone technology car fuel gas food farmers drought disease virus vaccine doctors
children women church religious king queen prince prime senate congress mayor governor""".split()
SOURCES = ["news01.example.com", "news02.example.com", "news07.example.com", "news13.example.com"]
ENTITIES = ["United States", "Wikinews", "United Kingdom", "Donald Trump", "Australia", "Twitter"]
TYPES = ["ASSAULT", "CONSULT", "PROTEST", "RETREAT", "REQUEST", "MOBILIZE"]
MONTHS = ["2024-%02d" % m for m in range(1, 13)]


def query(rng, only=None):
    r = rng.randint(1, 100)
    pick = rng.choice
    if r <= 45:
        q = pick(WORDS)
    elif r <= 65:
        q = pick(WORDS) + " " + pick(WORDS)
    elif r <= 75:
        q = '"%s %s"' % (pick(WORDS), pick(WORDS))
    elif r <= 85:
        q = pick(WORDS) + " OR " + pick(WORDS)
    else:
        w = pick(WORDS)
        q = w[: max(3, len(w) - 3)] + "*"
    params = [("q", q)]
    f = rng.randint(1, 100) if only is None else only
    if f <= 20:
        params.append(("sort", "date"))
    elif f <= 30:
        m = pick(MONTHS)
        params += [("from", m), ("to", m)]
    elif f <= 36:
        params.append(("source", pick(SOURCES)))
    elif f <= 42:
        params.append(("entity", pick(ENTITIES)))
    elif f <= 48:
        params.append(("event_type", pick(TYPES)))
    elif f <= 53:
        params.append(("offset", "20"))
    elif f <= 63:
        params.append(("facets", "1"))
    return "/api/search?" + urllib.parse.urlencode(params)


def cpu_seconds(pid):
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--requests", type=int, default=1000)
    ap.add_argument("--warmup", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--only", type=int, help="one kind of filter: the mix's draw 1-100 (20: newest first, "
                    "30: a month, 36: a source, 42: an entity, 48: an event type, 53: page 2, 63: facets, 100: none)")
    args = ap.parse_args()
    u = urllib.parse.urlparse(args.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
    rng = random.Random(args.seed)
    failures = 0

    def get(path):
        nonlocal failures
        conn.request("GET", path, headers={"Cache-Control": "no-cache"})
        r = conn.getresponse()
        r.read()
        if r.status != 200:
            failures += 1

    for _ in range(args.warmup):
        get(query(rng, args.only))
    paths = [query(rng, args.only) for _ in range(args.requests)]
    c0, t0 = cpu_seconds(args.pid), time.monotonic()
    for p in paths:
        get(p)
    c1, t1 = cpu_seconds(args.pid), time.monotonic()
    n = args.requests
    print("requests %d, server CPU %.3f ms/request, wall %.3f ms/request, failures %d"
          % (n, (c1 - c0) * 1000 / n, (t1 - t0) * 1000 / n, failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
