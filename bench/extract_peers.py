#!/usr/bin/python3
"""Times peer main-content extractors on the same pages as extract_bench.

    /usr/bin/python3 bench/extract_peers.py --list PAGES [--repeat N]

PAGES holds one page path per line (.gz files are gunzipped). All pages are
read, gunzipped and decoded to str (UTF-8, errors replaced) before any
timing; then, single-threaded, each peer's extraction call alone is timed:

    readability  readability.Document(html).summary()   (python3-readability)
    html_text    html_text.extract_text(html)           (python3-html-text)

One tab-separated line per peer on stdout:

    <peer> ok <pages> <bytes> <seconds> <errors>
    <peer> missing <reason>

<bytes> counts the gunzipped page bytes (what extract_bench calls input
bytes), once per timed call. Run it with the Debian Python, which sees the
Debian packages; the peers are optional.
"""

import argparse
import gzip
import logging
import sys
import time


def load_pages(list_path):
    pages = []
    with open(list_path, encoding="utf-8") as f:
        for line in f:
            path = line.rstrip("\n")
            if not path:
                continue
            with open(path, "rb") as p:
                raw = p.read()
            if raw[:2] == b"\x1f\x8b":
                raw = gzip.decompress(raw)
            pages.append((len(raw), raw.decode("utf-8", errors="replace")))
    return pages


def peer_functions():
    """(name, callable or None, reason) for each peer."""
    peers = []
    try:
        import readability  # noqa: PLC0415 (optional dependency)

        peers.append(("readability", lambda h: readability.Document(h).summary(), ""))
    except ImportError as e:
        peers.append(("readability", None, str(e)))
    try:
        import html_text  # noqa: PLC0415 (optional dependency)

        peers.append(("html_text", html_text.extract_text, ""))
    except ImportError as e:
        peers.append(("html_text", None, str(e)))
    return peers


def time_peer(fn, pages, repeat):
    seconds = 0.0
    nbytes = 0
    runs = 0
    errors = 0
    for _ in range(repeat):
        for size, html in pages:
            start = time.perf_counter()
            try:
                fn(html)
            except Exception:  # a peer failing on one page is counted, not fatal
                errors += 1
            seconds += time.perf_counter() - start
            nbytes += size
            runs += 1
    return runs, nbytes, seconds, errors


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--list", required=True, help="file of page paths, one a line")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--only", help="run only this peer")
    args = ap.parse_args()
    logging.disable(logging.CRITICAL)  # readability logs per page
    pages = load_pages(args.list)
    for name, fn, reason in peer_functions():
        if args.only and name != args.only:
            continue
        if fn is None:
            print(f"{name}\tmissing\t{reason}", flush=True)
            continue
        runs, nbytes, seconds, errors = time_peer(fn, pages, max(1, args.repeat))
        print(f"{name}\tok\t{runs}\t{nbytes}\t{seconds:.6f}\t{errors}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
