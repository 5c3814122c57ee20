#!/usr/bin/env bash
# End-to-end test of the chronicle CLI: run, query, export, extract, code,
# idempotent re-run, and a bad file in the batch.
set -euo pipefail
chronicle=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# run on the bundled examples plus a binary and an empty file
mkdir -p "$tmp/in"
cp examples/news/* "$tmp/in/"
printf '\x7fELF\x02\x01\x01\x00\x00\x00' > "$tmp/in/zz-binary.bin"
: > "$tmp/in/zz-empty.txt"
# a 50 MB text file: over the default 32 MiB per-document budget
head -c 50000000 /dev/zero | tr '\0' 'a' > "$tmp/in/zz-huge.txt"
# invalid UTF-8 (a lone continuation byte and a truncated sequence): repaired
printf 'Kerry met Lavrov in Geneva \x80on Friday.\n\nPutin criticised the \xe2\x82United States.\n' \
  > "$tmp/in/zz-latin.txt"
out=$("$chronicle" run "$tmp/in" --db "$tmp/x.db" 2> "$tmp/err")
echo "$out"
grep -q "^chronicle run: 5 documents (5 new, 0 already stored), 3 failed" <<<"$out" || fail "summary: $out"
grep -q "skipped .*zz-binary.bin: binary file" "$tmp/err" || fail "no binary message: $(cat "$tmp/err")"
grep -q "skipped .*zz-empty.txt: empty file" "$tmp/err" || fail "no empty message"
grep -q "skipped .*zz-huge.txt: 50000000 bytes, over the limit" "$tmp/err" || fail "no size message: $(cat "$tmp/err")"
grep -q "zz-latin.txt: .*invalid UTF-8" "$tmp/err" || fail "no UTF-8 warning: $(cat "$tmp/err")"
"$chronicle" query --db "$tmp/x.db" --actor USAGOV > "$tmp/latin.txt" 2>/dev/null
grep -q '"met"' "$tmp/latin.txt" || fail "repaired document not coded: $(cat "$tmp/latin.txt")"
rm "$tmp/in/zz-huge.txt"

# stdin is one document
echo "Lavrov held talks with Kerry in Moscow." | "$chronicle" run - --db "$tmp/stdin.db" > "$tmp/s.out" 2>&1
grep -q "1 documents (1 new" "$tmp/s.out" || fail "stdin run: $(cat "$tmp/s.out")"

# re-run adds nothing
out=$("$chronicle" run "$tmp/in" --db "$tmp/x.db" 2>/dev/null)
grep -q "(0 new, 5 already stored)" <<<"$out" || fail "re-run: $out"

# query and export
"$chronicle" query --db "$tmp/x.db" --code 04 > "$tmp/q.txt" 2>/dev/null
[ -s "$tmp/q.txt" ] || fail "no 04 events"
grep -v -E ' 04[0-9]*/' "$tmp/q.txt" && fail "query returned non-04 events"
"$chronicle" query --db "$tmp/x.db" --actor RUS --format jsonl > "$tmp/q.jsonl"
python3 - "$tmp/q.jsonl" <<'PY'
import json, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows, "no RUS events"
for r in rows:
    codes = [r["source"], r["target"] or ""]
    assert any(c.startswith("RUS") for c in codes), r
PY
"$chronicle" export --db "$tmp/x.db" --format csv -o "$tmp/all.csv"
head -1 "$tmp/all.csv" | grep -q "^id,record_id,sentence_index,date,source," || fail "csv header"
[ "$(wc -l < "$tmp/all.csv")" -gt 5 ] || fail "csv rows"
"$chronicle" query --db "$tmp/x.db" --from 2017-01-01 --to 2017-12-31 --format jsonl > "$tmp/d.jsonl"
python3 -c "
import json,sys
rows=[json.loads(l) for l in open('$tmp/d.jsonl')]
assert rows and all('2017-01-01' <= r['date'] <= '2017-12-31' for r in rows), rows
"

# extract: one JSON object per input
"$chronicle" extract examples/news/ankara-visit.html > "$tmp/e.jsonl"
python3 -c "
import json
j=json.loads(open('$tmp/e.jsonl').readline())
assert j['title'].startswith('Erdogan Hosts Putin'), j['title']
assert 'cookies' not in j['text'] and 'Related stories' not in j['text'], j['text']
assert j['date'] == '2017-09-28', j['date']
"

# extract: a page with no main text keeps its metadata line, says why on
# stderr, and fails alone (exit 1 for a single input)
printf '<html><head><title>Linen tablecloth</title></head><body><footer><p>Help Center, Returns, Shipping Policy, Contact Us, About Us</p></footer></body></html>' > "$tmp/nt.html"
"$chronicle" extract "$tmp/nt.html" > "$tmp/nt.jsonl" 2> "$tmp/nt.err" && fail "page without text not reported"
grep -q "nt.html: no article text found" "$tmp/nt.err" || fail "no-text message: $(cat "$tmp/nt.err")"
python3 -c "
import json
j=json.loads(open('$tmp/nt.jsonl').readline())
assert j['text']=='' and j['title']=='Linen tablecloth' and j['no_text'].startswith('no article'), j
"

# code: plain text from stdin and JSONL records
echo "Kerry held talks with Lavrov in Geneva." | "$chronicle" code --date 2016-05-09 > "$tmp/c.jsonl"
python3 -c "
import json
rows=[json.loads(l) for l in open('$tmp/c.jsonl')]
assert any(r['code'].startswith('04') and r['source']=='USAGOV' and r['target']=='RUSGOV' for r in rows), rows
"
printf '%s\n' '{"record_id":"r1","date":"2010-01-01","text":"John Kerry criticised Russia."}' 'not json' \
  | "$chronicle" code --input jsonl > "$tmp/j.jsonl" 2> "$tmp/j.err" && fail "bad JSONL line not reported"
grep -q "chronicle: -:2: not a JSON object" "$tmp/j.err" || fail "jsonl error message: $(cat "$tmp/j.err")"
python3 -c "
import json
rows=[json.loads(l) for l in open('$tmp/j.jsonl')]
assert rows and rows[0]['record_id']=='r1' and rows[0]['source']=='USALEG', rows
"
# explain: the actor entries, the patterns with file:line and their fate,
# the rules that chose source and target, the events
"$chronicle" explain "Kerry held talks with Lavrov in Geneva, but Lavrov did not criticize Iran." \
  --date 2016-05-09 > "$tmp/x.txt" || fail "explain"
grep -q 'actor John Kerry (actors/' "$tmp/x.txt" || fail "explain actors: $(cat "$tmp/x.txt")"
grep -q 'verbs/verbs.txt:[0-9]*: \[criticize\]' "$tmp/x.txt" || fail "explain patterns: $(cat "$tmp/x.txt")"
grep -q 'negated: no event' "$tmp/x.txt" || fail "explain negation: $(cat "$tmp/x.txt")"
grep -q 'source: the subject before the verb' "$tmp/x.txt" || fail "explain rules: $(cat "$tmp/x.txt")"
grep -q 'USAGOV (Kerry) -> RUSGOV (Lavrov)  04' "$tmp/x.txt" || fail "explain events: $(cat "$tmp/x.txt")"
# a frame's act and a background clause are shown as such, not as "coded"
"$chronicle" explain "Russia agreed to withdraw its troops if Ukraine is attacked." \
  --date 2016-05-09 > "$tmp/x2.txt" || fail "explain frame"
grep -q 'the act of the frame before it: coded there' "$tmp/x2.txt" ||
  fail "explain framed act: $(cat "$tmp/x2.txt")"
grep -q 'background (a setting, condition' "$tmp/x2.txt" ||
  fail "explain background: $(cat "$tmp/x2.txt")"
# dict harvest: a verb no pattern covers, counted with its example
mkdir -p "$tmp/corpus"
printf 'Kerry pestered Lavrov in Geneva on Friday.\n\nLater, Kerry pestered Lavrov again.\n' > "$tmp/corpus/a.txt"
"$chronicle" dict harvest "$tmp/corpus" --jsonl > "$tmp/h.jsonl" || fail "harvest"
python3 -c "
import json
rows=[json.loads(l) for l in open('$tmp/h.jsonl')]
v=[r for r in rows if r['kind']=='verb' and r['phrase']=='pestered']
assert v and v[0]['count']==2 and v[0]['with_target']==2 and 'Geneva' in v[0]['example'], rows
"
# code: TABARI text records and PETRARCH XML records
printf '\n100101  T-1\nJohn Kerry criticised Russia.\n/* { USALEG / RUS / 121 } */\n' > "$tmp/v.text"
"$chronicle" code --input tabari "$tmp/v.text" > "$tmp/t.jsonl" || fail "tabari input"
python3 -c "
import json
rows=[json.loads(l) for l in open('$tmp/t.jsonl')]
assert rows and rows[0]['record_id']=='T-1' and rows[0]['date']=='2010-01-01', rows
"
printf '<Sentences><Sentence id="P-1" date="20100101"><Text>John Kerry criticised Russia.</Text>\n<Parse>(S (NN x)</Parse></Sentence></Sentences>\n' > "$tmp/p.xml"
"$chronicle" code --input petrarch-xml "$tmp/p.xml" > "$tmp/p.jsonl" 2> "$tmp/p.err" && fail "bad parse not reported"
grep -q "p.xml:2: record P-1: parse dropped" "$tmp/p.err" || fail "xml parse message: $(cat "$tmp/p.err")"
grep -q '"record_id":"P-1"' "$tmp/p.jsonl" || fail "record with a bad parse not coded: $(cat "$tmp/p.jsonl")"
# code with a TABARI project: TABARI's dictionaries and coder, options after their record
mkdir -p "$tmp/tp"
printf 'NORLAND [NRL]\nSUDRIA [SUD]\n' > "$tmp/tp/t.actors"
printf 'CRITICIZE [111]\n- * HARSHLY + [112]\n' > "$tmp/tp/t.verbs"
printf 'SET: MINIMUM WORDS = 8\n' > "$tmp/tp/t.options"
printf 'test\n<actorsfile> t.actors\n<verbsfile> t.verbs\n<optionsfile> t.options\n' > "$tmp/tp/t.project"
printf '\n950101  A-1\nNorland criticized Sudria.\n/* { OPTION: SET: MINIMUM WORDS = 3 } */\n' > "$tmp/tp/t.text"
printf '\n950101  A-2\nNorland criticized harshly Sudria.\n/* { NRL / SUD / 112 } */\n' >> "$tmp/tp/t.text"
"$chronicle" code --input tabari --dict "$tmp/tp/t.project" "$tmp/tp/t.text" > "$tmp/tp.jsonl" \
  || fail "tabari project"
python3 -c "
import json
rows=[json.loads(l) for l in open('$tmp/tp.jsonl')]
assert [(r['record_id'], r['source'], r['target'], r['code']) for r in rows] == [('A-2', 'NRL', 'SUD', '112')], rows
assert rows[0]['pattern'].endswith('t.verbs:2: - * HARSHLY + [112]'), rows
"
# explain with a TABARI project: the verb and pattern that coded each event
"$chronicle" explain "Norland criticized harshly Sudria today over the long border dispute." --dict "$tmp/tp/t.project" \
  --date 1995-01-01 > "$tmp/tx.txt" || fail "explain tabari"
grep -q 'event NRL -> SUD 112' "$tmp/tx.txt" || fail "explain tabari event: $(cat "$tmp/tx.txt")"
grep -q 'pattern: .*t.verbs:2: - \* HARSHLY + \[112\]' "$tmp/tx.txt" || fail "explain tabari pattern: $(cat "$tmp/tx.txt")"
# explain with PETRARCH-1 dictionaries: the shallow parse and the events
mkdir -p "$tmp/p1"
printf -- '--- CRITICIZE [111] ---\nCRITICIZE\n' > "$tmp/p1/PETR.T.verbs.txt"
printf 'NORLAND [NRL]\nSUDRIA [SUD]\nBREE [BRE]\n' > "$tmp/p1/PETR.T.actors.txt"  # PETRARCH-1 leaves the last entry uncoded
printf 'GOVERNMENT [~GOV]\n' > "$tmp/p1/PETR.T.agents.txt"
printf '+TYPHOON\n' > "$tmp/p1/PETR.T.discards.txt"
"$chronicle" explain "Norland criticized Sudria." --dict "$tmp/p1" > "$tmp/p1.txt" \
  || fail "explain petrarch: $(cat "$tmp/p1.txt")"
grep -q 'shallow parse: (ROOT' "$tmp/p1.txt" || fail "explain petrarch parse: $(cat "$tmp/p1.txt")"
grep -q 'event NRL -> SUD 111' "$tmp/p1.txt" || fail "explain petrarch event: $(cat "$tmp/p1.txt")"
"$chronicle" explain "Norland criticized Sudria." --date 2016-13 2> "$tmp/bd.err" && fail "bad --date accepted"
grep -q "expected YYYY-MM-DD" "$tmp/bd.err" || fail "bad date message: $(cat "$tmp/bd.err")"
# missing store
"$chronicle" query --db "$tmp/none.db" 2> "$tmp/m.err" && fail "missing db accepted"
grep -q "no such store" "$tmp/m.err" || fail "missing db message"
# dict lint and dict stats on a small dictionary: an overlap is an error (exit 1)
mkdir -p "$tmp/ld/actors" "$tmp/ld/verbs" "$tmp/ld/cameo"
printf 'code\tquad\tgoldstein\tname\n040\t1\t1.0\tConsult\n' > "$tmp/ld/cameo/codes.tsv"
printf 'verb: 040\n  pattern: [meet] +\n' > "$tmp/ld/verbs/verbs.txt"
printf 'actor: A B\n  role: USAGOV 2001-01-01..2005-01-01\n  role: USALEG 2004-01-01..\n' \
  > "$tmp/ld/actors/people.txt"
"$chronicle" dict lint --dict "$tmp/ld" > "$tmp/lint.txt" && fail "lint: error not in exit status"
grep -q "^$tmp/ld/actors/people.txt:3: error: overlapping roles: " "$tmp/lint.txt" \
  || fail "lint: $(cat "$tmp/lint.txt")"
grep -q "^1 errors, 0 warnings in 3 files$" "$tmp/lint.txt" || fail "lint summary: $(cat "$tmp/lint.txt")"
printf 'actor: A B\n  role: USAGOV 2001-01-01..2005-01-01\n' > "$tmp/ld/actors/people.txt"
"$chronicle" dict lint --dict "$tmp/ld" > "$tmp/lint.txt" || fail "lint clean: $(cat "$tmp/lint.txt")"
"$chronicle" dict stats --dict "$tmp/ld" --json > "$tmp/stats.json" || fail "stats"
python3 - "$tmp/stats.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
assert s["actors"] == 1 and s["dated_roles"] == 1 and s["patterns"] == 1, s
assert s["cameo_covered"] == 1 and s["active_on"]["2000-01-01"] == 0, s
PY
"$chronicle" dict stats --dict "$tmp/ld" | grep -q "^CAMEO codes  *1 of 1 covered" || fail "stats text"
echo "cli_test: all checks passed"
