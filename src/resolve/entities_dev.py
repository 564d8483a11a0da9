#!/usr/bin/env python3
"""Entities of `factwire analyze` on the hand-annotated Wikinews set, scored like score.py.

    entities_dev.py BINARY [--split dev|test|all] [--verbose] [--floors] [--data DIR]

Reads tests/data/entities_dev/<id>.json (gold entities, split), takes each article's text
from tests/data/quotes_dev/<id>.json when it is there, else from
../shared/data/corpus/wikinews_en.jsonl, runs the analyser once on all of them and scores
the `entities` list with the rules of ../shared/eval/score.py (imported, not copied):
one prediction per gold entity, names matched by alias / surname / overlap, types folded,
every extra prediction a false positive. Prints micro P/R/F1 per split; with --floors it
exits 1 when a split falls below tests/data/entities_dev/floors.json. Exits 77 (ctest:
skipped) when ../shared is absent. python3 standard library only.
"""
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SHARED = os.environ.get("FACTWIRE_SHARED") or os.path.join(ROOT, "..", "shared")
DATA = os.path.join(ROOT, "tests", "data", "entities_dev")
SKIP = 77


def load_score():
    path = os.path.join(SHARED, "eval", "score.py")
    if not os.path.exists(path):
        print("skipped: %s is absent" % path)
        sys.exit(SKIP)
    spec = importlib.util.spec_from_file_location("fw_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def texts_for(ids):
    out = {}
    for i in ids:
        q = os.path.join(ROOT, "tests", "data", "quotes_dev", i + ".json")
        if os.path.exists(q):
            out[i] = json.load(open(q, encoding="utf-8"))["text"]
    missing = set(ids) - set(out)
    corpus = os.path.join(SHARED, "data", "corpus", "wikinews_en.jsonl")
    if missing:
        if not os.path.exists(corpus):
            print("skipped: %s is absent" % corpus)
            sys.exit(SKIP)
        for line in open(corpus, encoding="utf-8"):
            d = json.loads(line)
            if d["id"] in missing:
                out[d["id"]] = d["text"]
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    split = "dev"
    for a in argv:
        if a.startswith("--split="):
            split = a.split("=", 1)[1]
    if "--split" in argv:
        split = argv[argv.index("--split") + 1]
        args.remove(split)
    verbose = "--verbose" in argv
    extra = []
    if "--data" in argv:  # models/ and data/ from another folder (a baseline's gazetteer)
        extra = ["--data", argv[argv.index("--data") + 1]]
        args.remove(extra[1])
    if not args:
        sys.exit(__doc__)
    binary = args[0]
    score = load_score()
    golds = {}
    for name in sorted(os.listdir(DATA)):
        if name.endswith(".json") and name != "floors.json":
            g = json.load(open(os.path.join(DATA, name), encoding="utf-8"))
            golds[g["id"]] = g
    texts = texts_for(list(golds))
    missing = [i for i in golds if i not in texts]
    if missing:
        print("FAIL: no text for", missing)
        return 1
    ids = sorted(golds)
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for i in ids:
            p = os.path.join(tmp, i + ".txt")
            with open(p, "w", encoding="utf-8") as f:
                f.write(texts[i])
            paths.append(p)
        r = subprocess.run([binary, "analyze", "--format", "jsonl", "--threads", "1", *extra, *paths],
                           capture_output=True, text=True, timeout=900)
    if r.returncode != 0:
        print("FAIL: analyze exited %d: %s" % (r.returncode, r.stderr[-2000:]))
        return 1
    preds = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    if len(preds) != len(ids):
        print("FAIL: %d analyses for %d articles" % (len(preds), len(ids)))
        return 1
    splits = ["dev", "test"] if split == "all" else [split]
    totals = {}
    for i, pred in zip(ids, preds):
        g = golds[i]
        if g["split"] not in splits:
            continue
        t = score.score(g, pred)["entities"]
        tot = totals.setdefault(g["split"], [0, 0, 0])
        tot[0] += t.tp; tot[1] += t.fp; tot[2] += t.fn
        if verbose:
            p, rc, f = t.f1()
            print("%s [%s] P=%.2f R=%.2f F1=%.2f (tp %d, fp %d, fn %d)" % (i, g["split"], p, rc, f, t.tp, t.fp, t.fn))
            for m in t.misses:
                print("   missed: %s %s" % (m["type"], m["name"]))
            pairs, unpaired = score.match(g["entities"], pred.get("entities") or [],
                                          lambda ge, pe: (1.0 if score.fold(score.name_of(pe)) == score.fold(ge["name"]) else 0.9)
                                          if score.same_name(g, ge["name"], score.name_of(pe)) and
                                          score.ENTITY_TYPES.get(str(pe.get("type", "")).upper()) ==
                                          score.ENTITY_TYPES.get(ge["type"]) else 0.0)
            for pe in unpaired:
                print("   extra:  %s %s" % (pe.get("type"), pe.get("name")))
    floors = json.load(open(os.path.join(DATA, "floors.json"))) if "--floors" in argv else {}
    bad = []
    for s in splits:
        tp, fp, fn = totals.get(s, [0, 0, 0])
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * rc / (p + rc) if p + rc else 0.0
        print("entities_dev %-4s P=%.3f R=%.3f F1=%.3f  (tp %d, fp %d, fn %d)" % (s, p, rc, f, tp, fp, fn))
        for key, value in (("precision", p), ("recall", rc), ("f1", f)):
            floor = floors.get(s, {}).get(key)
            if floor is not None and value < floor - 1e-9:
                bad.append("%s %s %.3f < %.3f" % (s, key, value, floor))
    if bad:
        print("FAIL:", "; ".join(bad))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
