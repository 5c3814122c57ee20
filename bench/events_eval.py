#!/usr/bin/env python3
"""Scores `chronicle code` on the event-coding gold sets in ../shared.

Runs the scorer the issues name (../shared/tools/events_score.py): prints each
set's records as JSONL (`gold`), codes them with `chronicle code` (raw
text, no parses yet: the JSONL records, or the suite's own file with its own
dictionaries), scores the events (`score`) and prints one table: records passed and event precision/recall/F1 at the scorer's
full, primary and root levels.

  bench/events_eval.py --chronicle build/release/tools/chronicle \
      [--set tabari petr-unit petr-unit-text petr-ud-unit ud-validate plover] \
      [--dict DIR] [--work build/events-eval] [--verbose]

--dict is passed to `chronicle code` for every set; without it each set is
coded with its own suite's dictionaries where chronicle reads them (tabari:
Validate.project, through the TABARI-compatible coder; petr-unit: the
PETR.Validate.* files of petrarch2/ on the records' Treebank parses, through
the PETRARCH-1-compatible coder; petr-unit-text: the same with --ignore-parse,
the records' text through that coder's shallow parser; ud-validate and petr-ud-unit: the
UD-PETRARCH dictionaries, through the UD-PETRARCH-compatible coder, on the
suite's XML with its CoNLL-U parses) and with the bundled data/ otherwise. --verbose
also writes the scorer's per-record report to WORK/<set>.report.txt.
Exit status 0 even when targets are missed: this measures, it does not judge.
"""

import argparse
import os
import sys

from events_common import (BUILD, DEFAULT_CHRONICLE, EVENTS, SCORER, code, gold_records,
                           plover_labels, score)
# The suite's own dictionaries and record file, where chronicle codes with
# them: the file as the suite ships it carries what JSONL loses (TABARI's
# { OPTION: } records).
UDP = os.path.join(EVENTS, "universal-petrarch")
SUITE_DICT = {
    "tabari": os.path.join(EVENTS, "tabari", "Validate.project"),
    # PETRARCH-1's unit tests with their PETR.Validate.* dictionaries.
    "petr-unit": os.path.join(EVENTS, "petrarch2"),
    # The same records coded from their text alone (--ignore-parse).
    "petr-unit-text": os.path.join(EVENTS, "petrarch2"),
    # The UD-PETRARCH validation suite's own *_verbs_2_02 etc. files.
    "ud-validate": UDP,
    # The UD unit tests' dictionaries (UniversalPetrarch data/dictionaries,
    # agents and discards as PETRARCH's): a PETR_config.ini-style file
    # written into --work, see ud_unit_config().
    "petr-ud-unit": "petr-ud-unit.ini",
}
SUITE_INPUT = {
    "tabari": ("tabari", os.path.join(EVENTS, "tabari", "Validate.text")),
    "petr-unit": ("petrarch-xml", os.path.join(EVENTS, "petrarch2", "PETR.UnitTest.records.xml")),
    "petr-unit-text": ("petrarch-xml",
                       os.path.join(EVENTS, "petrarch2", "PETR.UnitTest.records.xml")),
    "ud-validate": ("petrarch-xml", os.path.join(UDP, "PETR_Validate_records_2_02.xml")),
    "petr-ud-unit": ("petrarch-xml",
                     os.path.join(UDP, "PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml")),
}


def ud_unit_config(work):
    """Writes the UD unit tests' dictionary set as a config; returns its path."""
    p2 = os.path.join(EVENTS, "petrarch2")
    path = os.path.join(work, "petr-ud-unit.ini")
    with open(path, "w") as out:
        out.write("[Dictionaries]\n"
                  f"verbfile_name = {os.path.join(UDP, 'PETR.Validate.verbs.2.0.txt')}\n"
                  f"actorfile_list = {os.path.join(UDP, 'PETR.Validate.actors.txt')}\n"
                  f"agentfile_name = {os.path.join(p2, 'PETR.Validate.agents.txt')}\n"
                  f"discardfile_name = {os.path.join(p2, 'PETR.Validate.discards.txt')}\n"
                  "internal_coding_ontology = "
                  f"{os.path.join(UDP, 'PETR.Internal.Coding.Ontology.txt')}\n")
    return path
DATA = {
    "tabari": "tabari",
    "petr-unit": "petrarch2",
    "petr-unit-text": "petrarch2",
    "petr-ud-unit": "universal-petrarch",
    "ud-validate": "universal-petrarch",
    "plover": "plover",
}


# Sets scored as another set's gold, coded with extra `chronicle code` flags:
# petr-unit-text is petr-unit from the raw text (the parses dropped).
SCORE_AS = {"petr-unit-text": "petr-unit"}
CODE_FLAGS = {"petr-unit-text": ["--ignore-parse"],
              # The PLOVER gold names PLOVER 2016 types: score our labels.
              "plover": ["--plover-version", "2016"]}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("--chronicle", default=DEFAULT_CHRONICLE)
    ap.add_argument("--set", nargs="+", default=list(DATA), choices=list(DATA))
    ap.add_argument("--dict", help="dictionary directory for chronicle code")
    ap.add_argument("--work", default=os.path.join(BUILD, "events-eval"))
    ap.add_argument("--verbose", action="store_true",
                    help="write the scorer's per-record report to WORK/<set>.report.txt")
    args = ap.parse_args()
    if not os.path.exists(SCORER):
        print(f"events_eval: {SCORER} absent: nothing to score")
        return 0
    os.makedirs(args.work, exist_ok=True)
    print(f"{'set':14s} {'records':>7s} {'passed':>7s}  {'full P/R/F1':20s} "
          f"{'primary F1':>10s} {'root F1':>8s}  time  dictionaries")
    for name in args.set:
        data = os.path.join(EVENTS, DATA[name])
        gold = os.path.join(args.work, f"{name}.gold.jsonl")
        pred = os.path.join(args.work, f"{name}.pred.jsonl")
        with open(gold, "w") as out:
            out.write(gold_records(SCORE_AS.get(name, name), data))
        dict_path = args.dict or SUITE_DICT.get(name)
        fmt, records = ("jsonl", gold)
        if dict_path and dict_path == SUITE_DICT.get(name) and name in SUITE_INPUT:
            fmt, records = SUITE_INPUT[name]
            if name == "petr-ud-unit":
                dict_path = ud_unit_config(args.work)
        cmd = [args.chronicle, "code", "--input", fmt, records] + CODE_FLAGS.get(name, [])
        if dict_path:
            cmd += ["--dict", dict_path]
        secs = code(cmd, pred)
        if name == "plover":
            plover_labels(pred)
        report = os.path.join(args.work, f"{name}.report.txt") if args.verbose else None
        s = score(SCORE_AS.get(name, name), data, pred, report)
        ev = s["events"]
        full = ev["full"]
        print(f"{name:14s} {s['records_scored']:7d} {s['pass_rate']:7.1%}  "
              f"{full['precision']:.3f}/{full['recall']:.3f}/{full['f1']:.3f}    "
              f"{ev['primary']['f1']:10.3f} {ev['root']['f1']:8.3f}  {secs:.1f}s  "
              f"{os.path.basename(dict_path) if dict_path else 'data/'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
