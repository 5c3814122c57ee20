#!/usr/bin/env python3
"""How far a title chooser can go on the extraction benchmarks' title gold.

For trafilatura-eval and wcxb-dev (the two sets whose title share issue 4
targets) this reads each page and its gold title (through
../shared/tools/extract_score.py, so the same pages and the same comparison
as the scorer) and reports, over the pages with a gold title:

  ours      the share `chronicle extract` gets right (its predictions, from
            bench/extract_eval.py's work folder);
  choice    the share a perfect chooser would get right if it picked, for
            every page, the right one of the strings the page offers as a
            title: <title>, og:/twitter:/DC titles, <h1>/<h2> texts, JSON-LD
            headline/name, each of these split at a title separator
            (" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", ": ") into its
            parts, and each without its last part;
  anywhere  the share whose gold occurs anywhere in the page: in its text
            with the tags removed, or in an attribute (an upper bound for
            any extractor that copies text rather than writes it);
  h1|title  on the pages whose first <h1> and whose <title> without its
            last part differ and the gold is one of the two, how often it
            is the <h1> and how often the <title>: the split the gold makes
            where the page itself gives no other sign.

and lists the pages whose gold title is not in the page at all.

  bench/title_ceiling.py [--work build/extract-eval] [--list]
"""

import argparse
import gzip
import html
import json
import os
import re
import sys
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
sys.path.insert(0, os.path.join(SHARED, "tools"))
import extract_score as es  # noqa: E402  (the scorer's own loaders and norm_text)

SETS = {"trafilatura": ("trafilatura-eval", es.load_trafilatura),
        "wcxb": ("wcxb-dev", es.load_wcxb)}
META_TITLES = ("og:title", "twitter:title", "title", "dc.title", "dcterms.title")
SPLIT = re.compile(r"\s+(?:\||-|–|—|::|»|«|·|/)\s+|:\s+")


class Candidates(HTMLParser):
    """The title-like strings of one page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self.title = ""
        self.h1 = ""
        self._open = None  # ("title"|"h1"|"h2"|"ld", text so far)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("title", "h1", "h2"):
            self._open = (tag, "")
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key in META_TITLES and a.get("content"):
                self.found.append(a["content"])
        elif tag == "script" and (a.get("type") or "").lower() == "application/ld+json":
            self._open = ("ld", "")

    def handle_endtag(self, tag):
        if self._open and (tag == self._open[0] or (tag == "script" and self._open[0] == "ld")):
            kind, text = self._open
            self._open = None
            if kind == "ld":
                try:
                    self._ld(json.loads(text))
                except ValueError:
                    pass
            else:
                self.found.append(text)
                text = " ".join(text.split())
                if kind == "title" and not self.title:
                    self.title = text
                elif kind == "h1" and not self.h1:
                    self.h1 = text

    def handle_data(self, data):
        if self._open:
            self._open = (self._open[0], self._open[1] + data)

    def _ld(self, obj):
        if isinstance(obj, dict):
            for key in ("headline", "name"):
                if isinstance(obj.get(key), str):
                    self.found.append(obj[key])
            for v in obj.values():
                self._ld(v)
        elif isinstance(obj, list):
            for v in obj:
                self._ld(v)


def page_text(raw):
    """The page's text without tags, and its attribute values, normalized."""
    no_tags = re.sub(r"<[^>]*>", " ", raw)
    attrs = " ".join(re.findall(r'=\s*"([^"]*)"', raw))
    return es.norm_text(html.unescape(no_tags)), es.norm_text(html.unescape(attrs))


def strings(raw):
    p = Candidates()
    try:
        p.feed(raw)
    except Exception:  # a page html.parser cannot finish still gave what it read
        pass
    title_part = p.title
    parts = SPLIT.split(p.title)
    if len(parts) > 1:
        title_part = p.title[:p.title.rfind(parts[-1])].rstrip(" |-–—:»«·/")
    out = set()
    for s in p.found:
        s = " ".join(s.split())
        out.add(s)
        parts = SPLIT.split(s)
        if len(parts) > 1:
            out.update(parts)
            out.add(s[:s.rfind(parts[-1])].rstrip(" |-–—:»«·/"))
    return ({es.norm_text(s) for s in out} - {""}, es.norm_text(p.h1),
            es.norm_text(title_part))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", default=os.path.join(HERE, "..", "build", "extract-eval"))
    ap.add_argument("--list", action="store_true", help="list pages whose gold is not in the page")
    args = ap.parse_args()
    if not os.path.isdir(os.path.join(SHARED, "data", "extract")):
        print("title_ceiling: ../shared/data/extract is absent; nothing to measure")
        return 0
    for name, (folder, load) in SETS.items():
        pred_path = os.path.join(args.work, f"{name}.html.pred.jsonl")
        preds = {}
        if os.path.exists(pred_path):
            with open(pred_path, encoding="utf-8") as f:
                for line in f:
                    o = json.loads(line)
                    preds[o["id"]] = es.norm_text(o.get("title") or "")
        n = ours = choice = anywhere = gold_h1 = gold_title = 0
        missing = []
        for doc in load(os.path.join(SHARED, "data", "extract", folder)):
            gold = es.norm_text(doc["gold"]().get("title") or "")
            if not gold:
                continue
            n += 1
            with open(doc["html"], "rb") as f:
                data = f.read()
            if doc["html"].endswith(".gz"):
                data = gzip.decompress(data)
            raw = data.decode("utf-8", "replace")
            ours += preds.get(doc["id"]) == gold
            found, h1, title_part = strings(raw)
            choice += gold in found
            if h1 and title_part and h1 != title_part:
                gold_h1 += gold == h1
                gold_title += gold == title_part
            text, attrs = page_text(raw)
            if gold in text or gold in attrs:
                anywhere += 1
            else:
                missing.append((doc["id"], doc["gold"]().get("title")))
        print(f"{name:12s} pages {n:5d}" + (f"  ours {ours / n:.3f}" if preds else "") +
              f"  choice {choice / n:.3f} ({choice})  anywhere {anywhere / n:.3f}"
              f"  h1|title {gold_h1}|{gold_title}  not in page {len(missing)}")
        if args.list:
            for doc_id, gold in missing:
                print(f"    {doc_id}\t{gold}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
