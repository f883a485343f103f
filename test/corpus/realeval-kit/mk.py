#!/usr/bin/env python3
"""usage: python3 mk.py SETDIR < doc.json
doc.json = {"url": "...", "lang": "en|fr|de|it", "text": "...", "source": {"issuer": null|"US", "country": null|"ML"},
            "findings": [{"country":"ML","issuer":"US","level":4,"signals":["leave_immediately"]}], "notes": "..."}
Writes SETDIR/NNN.txt and SETDIR/NNN.expected.json (next free number), records the URL in used.txt."""
import json, os, sys, re
SIG = {"leave_immediately","ordered_departure","authorized_departure","departure_lifted","evacuation","embassy_suspended",
       "shelter_in_place","level_raised","level_lowered","do_not_travel","reconsider_travel","increased_caution","normal_precautions"}
here = os.path.dirname(os.path.abspath(__file__))
setdir = os.path.join(here, sys.argv[1]); os.makedirs(setdir, exist_ok=True)
d = json.load(sys.stdin)
url = d["url"].strip()
used = open(os.path.join(here, "used.txt")).read().split()
if url in used: sys.exit(f"REFUSED: {url} already used")
text = d["text"].strip()
if len(text) < 200: sys.exit("REFUSED: text shorter than 200 characters")
for f in d["findings"]:
    assert re.fullmatch(r"[A-Z]{2}", f["country"]), f
    assert f["issuer"] is None or re.fullmatch(r"[A-Z]{2}", f["issuer"]), f
    assert f["level"] in (None, 1, 2, 3, 4), f
    bad = set(f["signals"]) - SIG
    assert not bad, f"unknown signals {bad}"
src = d.get("source") or {"issuer": None, "country": None}
n = 1
while os.path.exists(os.path.join(setdir, f"{n:03d}.txt")): n += 1
open(os.path.join(setdir, f"{n:03d}.txt"), "w").write(text + "\n")
exp = {"source": src, "findings": d["findings"], "notes": f"{d.get('lang','en')} | {url} | {d.get('notes','')}"}
open(os.path.join(setdir, f"{n:03d}.expected.json"), "w").write(json.dumps(exp, ensure_ascii=False, indent=1) + "\n")
open(os.path.join(here, "used.txt"), "a").write(url + "\n")
print(f"wrote {sys.argv[1]}/{n:03d}")
