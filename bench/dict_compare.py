#!/usr/bin/env python3
"""Compares dictionary sets on the same coder (issue 6's bench).

Codes the raw text of event gold records (parses dropped) with chronicle's
coder three ways, side by side: (a) our dictionaries (data/), (b) the
Phoenix dictionaries of ../shared/data/events/petrarch2 (`--phoenix`), (c)
both merged, ours first (`--add-phoenix`). Scores each with
../shared/tools/events_score.py and prints event precision, recall and F1
at the scorer's full, primary and root levels, and the records passed.

  bench/dict_compare.py [--chronicle build/release/tools/chronicle]
      [--set plover petr-unit] [--work build/dict-compare]

On the PLOVER gold the events are scored by their PLOVER type (our
cameo/plover.tsv, the 2016 draft's labels the gold uses: `--plover-version
2016`), not through the scorer's 2021 CAMEO table; events with no PLOVER
type (statements, appeals) are dropped, and the actors are PLOVER actors
(source_plover, target_plover: a country or IGO/NGO/IMG and a sector, as
the gold writes them: "IGO" for the UN). The last column scores "full" with
the CAMEO actor codes instead ("IGOUNO" is then not "IGO").

Exit status 0 even when targets are missed: this measures, it does not judge.
"""

import argparse
import json
import os
import sys

from events_common import (BUILD, DEFAULT_CHRONICLE, EVENTS, SCORER, SHARED, code,
                           gold_records, plover_labels, score)
PHOENIX = os.path.join(EVENTS, "petrarch2")
DATA = {"plover": "plover", "petr-unit": "petrarch2"}
WAYS = [("data/", []), ("Phoenix", ["--phoenix", PHOENIX]), ("merged", ["--add-phoenix", PHOENIX])]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--chronicle", default=DEFAULT_CHRONICLE)
    ap.add_argument("--set", nargs="+", default=list(DATA), choices=list(DATA))
    ap.add_argument("--work", default=os.path.join(BUILD, "dict-compare"))
    args = ap.parse_args()
    if not os.path.exists(SCORER) or not os.path.isdir(PHOENIX):
        print(f"dict_compare: {SHARED} absent: nothing to compare")
        return 0
    os.makedirs(args.work, exist_ok=True)
    print(f"{'set':10s} {'dictionaries':12s} {'passed':>7s}  {'full P/R/F1':20s} "
          f"{'primary P/R/F1':20s} {'root F1':>7s}  time  full, CAMEO actors")
    for name in args.set:
        data = os.path.join(EVENTS, DATA[name])
        gold_out = gold_records(name, data)
        # Raw text only: the records without their parses.
        text = os.path.join(args.work, f"{name}.text.jsonl")
        with open(text, "w") as out:
            for line in gold_out.splitlines():
                r = json.loads(line)
                out.write(json.dumps({"record_id": r["record_id"], "date": r.get("date"),
                                      "text": r.get("text", "")}) + "\n")
        for way, flags in WAYS:
            pred = os.path.join(args.work, f"{name}.{way.strip('/').lower()}.pred.jsonl")
            if name == "plover":
                # The PLOVER gold names event types in PLOVER's 2016 draft:
                # score our PLOVER label (cameo/plover.tsv), not the CAMEO
                # code through the scorer's 2021 table, and drop the events
                # PLOVER has no type for (statements, appeals).
                flags = flags + ["--plover-version", "2016"]
            secs = code([args.chronicle, "code", "--input", "jsonl", text] + flags, pred)
            cameo_full = ""
            if name == "plover":
                kept = plover_labels(pred)
                f = score(name, data, kept)["events"]["full"]
                cameo_full = f"{f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f}"
            s = score(name, data, pred)
            ev = s["events"]
            f, p = ev["full"], ev["primary"]
            print(f"{name:10s} {way:12s} {s['pass_rate']:7.1%}  "
                  f"{f['precision']:.3f}/{f['recall']:.3f}/{f['f1']:.3f}    "
                  f"{p['precision']:.3f}/{p['recall']:.3f}/{p['f1']:.3f}    "
                  f"{ev['root']['f1']:7.3f}  {secs:4.1f}s  {cameo_full}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
