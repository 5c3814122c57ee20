#!/usr/bin/env python3
"""Scores `chronicle extract` on the extraction benchmarks in ../shared.

Runs the scorer the issues name (../shared/tools/extract_score.py): lists each
benchmark's inputs, runs `chronicle extract --manifest` on them, scores the
predictions and prints one table. Text mode (--mode text) first flattens the
pages with `extract_score.py astext` (cached under --work) and extracts from
those plain-text files, scored against the same ground truth.

  bench/extract_eval.py --chronicle build/release/tools/chronicle \
      [--bench aeb trafilatura wcxb readability] [--mode html|text] [--threads 2]
      [--work build/extract-eval] [--per-doc]

Exit status 0 even when targets are missed: this measures, it does not judge.
"""

import argparse
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SCORER = os.path.join(SHARED, "tools", "extract_score.py")
DATA = {
    "aeb": "aeb",
    "trafilatura": "trafilatura-eval",
    "readability": "readability",
    "wcxb": "wcxb-dev",
}


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, **kw)


def manifest(bench, mode, work):
    data = os.path.join(SHARED, "data", "extract", DATA[bench])
    path = os.path.join(work, f"{bench}.{mode}.manifest")
    if not os.path.exists(path):
        if mode == "text":
            out = os.path.join(work, f"{bench}-astext")
            lines = run([sys.executable, SCORER, "astext", "--bench", bench, "--data", data,
                         "--out", out]).stdout
        else:
            lines = run([sys.executable, SCORER, "inputs", "--bench", bench,
                         "--data", data]).stdout
        with open(path, "w") as f:
            f.write(lines)
    return path, data


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--chronicle", default=os.path.join(HERE, "..", "build", "release",
                                                          "tools", "chronicle"))
    ap.add_argument("--bench", nargs="+", default=list(DATA))
    ap.add_argument("--mode", choices=["html", "text"], default="html")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--work", default=os.path.join(HERE, "..", "build", "extract-eval"))
    ap.add_argument("--per-doc", action="store_true",
                    help="also write per-document scores to WORK/<bench>.<mode>.perdoc.jsonl")
    args = ap.parse_args()
    if not os.path.exists(SCORER):
        print(f"extract_eval: {SCORER} absent: nothing to score")
        return 0
    os.makedirs(args.work, exist_ok=True)
    rows = []
    for bench in args.bench:
        man, data = manifest(bench, args.mode, args.work)
        pred = os.path.join(args.work, f"{bench}.{args.mode}.pred.jsonl")
        start = time.monotonic()
        with open(pred, "w") as out:
            p = subprocess.run([args.chronicle, "extract", "--manifest", man, "--mode", args.mode,
                                "--threads", str(args.threads)], stdout=out,
                               stderr=subprocess.PIPE, text=True)
        secs = time.monotonic() - start
        skipped = sum(1 for l in p.stderr.splitlines() if "skipped" in l)
        cmd = [sys.executable, SCORER, "score", "--bench", bench, "--data", data, "--pred", pred,
               "--json"]
        if args.per_doc:
            cmd += ["--per-doc", os.path.join(args.work, f"{bench}.{args.mode}.perdoc.jsonl")]
        s = json.loads(run(cmd).stdout)
        rows.append((bench, s, skipped, secs))
    for bench, s, skipped, secs in rows:
        m, md = s.get("metrics", {}), s.get("metadata", {})
        meta = [f"{k}={md[k]['share']:.3f}" for k in ("title", "date", "author", "sitename")
                if k in md]
        print(f"{bench:12s} {args.mode:4s} F1={m.get('f1', 0):.4f} P={m.get('precision', 0):.4f} "
              f"R={m.get('recall', 0):.4f} empty={s.get('empty_predictions')} "
              f"skipped={skipped} {secs:.1f}s " + " ".join(meta))
    return 0


if __name__ == "__main__":
    sys.exit(main())
