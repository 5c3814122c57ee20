"""What the event-coding bench scripts share (events_eval.py, dict_compare.py):
where ../shared keeps the gold and the scorer, and the three steps: print a
set's gold records, run `chronicle code` into a prediction file, score it
with ../shared/tools/events_score.py."""

import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
SCORER = os.path.join(SHARED, "tools", "events_score.py")
EVENTS = os.path.join(SHARED, "data", "events")
BUILD = os.path.join(HERE, "..", "build")
DEFAULT_CHRONICLE = os.path.join(BUILD, "release", "tools", "chronicle")


def gold_records(set_name, data):
    """The scorer's gold records of a set, as JSONL text."""
    return subprocess.run([sys.executable, SCORER, "gold", "--set", set_name, "--data", data],
                          check=True, capture_output=True, text=True).stdout


def code(cmd, pred):
    """Runs a `chronicle code` command into `pred`; returns the seconds it took.
    Exit status 1 means some records had problems (reported on stderr); the
    rest is coded and scored."""
    start = time.monotonic()
    with open(pred, "w") as out:
        subprocess.run(cmd, stdout=out, stderr=subprocess.DEVNULL)
    return time.monotonic() - start


def score(set_name, data, pred, report=None):
    """The scorer's JSON summary; with `report`, also writes its per-record
    report there."""
    cmd = [sys.executable, SCORER, "score", "--set", set_name, "--data", data, "--pred", pred]
    s = json.loads(subprocess.run(cmd + ["--json"], check=True, capture_output=True,
                                  text=True).stdout)
    if report:
        with open(report, "w") as out:
            subprocess.run(cmd + ["--verbose"], stdout=out, check=True)
    return s


def plover_labels(pred):
    """Rewrites a prediction file the PLOVER way: each event's code is its
    PLOVER type and its actors are PLOVER actors (source_plover,
    target_plover: country or IGO/NGO/IMG plus sector, no organisation);
    events with no type become bare {"record_id"} lines (coded, no event).
    Also writes the same events with their CAMEO actor codes kept, beside
    it, and returns that file's path."""
    with open(pred) as f:
        events = [json.loads(line) for line in f if line.strip()]
    cameo_actors = pred[:-len(".pred.jsonl")] + ".cameo-actors.pred.jsonl"
    with open(pred, "w") as out, open(cameo_actors, "w") as kept:
        for e in events:
            if e.get("plover"):
                e = dict(e, code=e["plover"])
                kept.write(json.dumps(e) + "\n")
                e = dict(e, source=e.get("source_plover", e.get("source")),
                         target=e.get("target_plover", e.get("target")))
            else:
                e = {"record_id": e["record_id"]}
                kept.write(json.dumps(e) + "\n")
            out.write(json.dumps(e) + "\n")
    return cameo_actors
