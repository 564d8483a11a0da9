#!/usr/bin/env python3
"""Make a synthetic news corpus (JSON Lines) by recombining real articles' paragraphs.

    python3 scripts/make_synthetic_corpus.py ../shared/data/corpus/wikinews_en.jsonl \
        --count 100000 --out /tmp/synthetic.jsonl [--copies 0.1] [--seed 7]

Each synthetic article takes its first paragraph from one real article and 3-9 more from
others, so the text reads like news (real names, quotes, figures) but no two articles are the
same. A share of articles (--copies) is re-published as syndicated copies on other sites with
small edits (a credit line, a changed headline), to exercise near-duplicate grouping.
Dates spread over a year, sources over 40 sites. Standard library only; deterministic for a seed.
Keep the output out of git (write it under /tmp).
"""
import argparse
import datetime
import json
import random
import sys


def paragraphs(text):
    out = []
    for p in text.replace("\r\n", "\n").split("\n\n"):
        p = " ".join(p.split())
        if len(p) >= 40:
            out.append(p)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("sources", nargs="+", help="JSON Lines files of real articles ({title?, text})")
    ap.add_argument("--count", type=int, default=100000, help="articles to write (copies included)")
    ap.add_argument("--out", default="-", help="output file (default: standard output)")
    ap.add_argument("--copies", type=float, default=0.1, help="share of articles that are syndicated copies")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--start", default="2024-01-01", help="first publication date")
    ap.add_argument("--days", type=int, default=366, help="days the dates spread over")
    args = ap.parse_args()

    rng = random.Random(args.seed)
    titles, leads, bodies = [], [], []
    for path in args.sources:
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if not line:
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError:
                    continue
                ps = paragraphs(rec.get("text", ""))
                if len(ps) < 2:
                    continue
                # The first paragraph of a wikinews article is often its dateline: skip short ones.
                start = 1 if len(ps[0]) < 60 else 0
                leads.append(ps[start])
                bodies.extend(ps[start + 1:])
                if rec.get("title"):
                    titles.append(rec["title"])
    if not leads or not bodies:
        sys.exit("no usable articles in the sources")

    sites = ["news%02d.example.com" % i for i in range(30)] + ["wire%d.example.org" % i for i in range(10)]
    start = datetime.date.fromisoformat(args.start)
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    originals = []
    n = 0
    while n < args.count:
        if originals and rng.random() < args.copies:
            # A syndicated copy of an earlier article on another site, a day or two later.
            base = rng.choice(originals)
            site = rng.choice(sites)
            day = datetime.date.fromisoformat(base["published"]) + datetime.timedelta(days=rng.randint(0, 2))
            text = base["text"]
            if rng.random() < 0.5:
                text += "\n\n(Reporting by staff; distributed by %s.)" % rng.choice(sites)
            title = base["title"] if rng.random() < 0.5 else base["title"] + " - " + site.split(".")[0]
            rec = {"id": "syn-%d" % n, "title": title, "url": "https://%s/story/%d" % (site, n),
                   "published": day.isoformat(), "text": text}
        else:
            k = rng.randint(3, 9)
            ps = [rng.choice(leads)] + [rng.choice(bodies) for _ in range(k)]
            day = start + datetime.timedelta(days=rng.randrange(args.days))
            site = rng.choice(sites)
            rec = {"id": "syn-%d" % n, "title": rng.choice(titles) if titles else "Untitled",
                   "url": "https://%s/story/%d" % (site, n), "published": day.isoformat(),
                   "text": "\n\n".join(ps)}
            originals.append(rec)
            if len(originals) > 5000:
                originals.pop(rng.randrange(len(originals)))
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    if out is not sys.stdout:
        out.close()


if __name__ == "__main__":
    main()
