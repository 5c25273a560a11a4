"""Entity probes: invented passages in the forms committee papers print (``bench/
entity_probe_specs.py``), each run through the real pipeline as a document of its own (parsed
from its text as ingest parses a text file, so the document's own council is read as ingest
reads it, then ``extract_entities``), and scored by form:

- recall: the expected entities found with their label (the ``normalised`` or the ``text`` of
  an entity equal to the name, as ``eval entities`` matches: case, spacing and a trailing
  possessive aside);
- precision: of the distinct entities given (label and name), the share that are expected
  (``ignore`` ones are neither); PERSON precision the same for people alone;
- council: the probes that say which council they are by, and whether the document's council
  metadata names it.

    .venv/bin/python bench/entity_probes.py              # recall / precision by form
    .venv/bin/python bench/entity_probes.py -v           # and every miss and extra
    .venv/bin/python bench/entity_probes.py --only votes # the probes of matching forms or names
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from entity_probe_specs import PROBES, Probe  # noqa: E402

from councilsearch.evaluate.entities import norm  # noqa: E402
from councilsearch.extract.entities import extract_entities_batch  # noqa: E402
from councilsearch.ingest.parse import parse_bytes  # noqa: E402
from councilsearch.models import Entity  # noqa: E402


def _key(item: str) -> tuple[str, str]:
    label, _, name = item.partition(":")
    return label, norm(name)


def score(p: Probe, ents: list[Entity]) -> dict[str, object]:
    expect = {_key(x) for x in p.expect}
    ignore = {_key(x) for x in p.ignore}
    given: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for e in ents:  # an entity is its normalised name, matched by either of its forms
        forms = {(e.label, norm(e.normalised)), (e.label, norm(e.text))}
        given.setdefault((e.label, norm(e.normalised)), set()).update(forms)
    found = {k for k in expect if any(k in f for f in given.values())}
    extra = [k for k, f in given.items() if not (f & expect) and not (f & ignore)]
    right = [k for k, f in given.items() if f & expect]
    people = [k for k in given if k[0] == "PERSON"]
    bad_people = [k for k in people if k in extra]
    return {"expect": len(expect), "found": len(found), "given": len(right) + len(extra), "right": len(right),
            "missed": sorted(expect - found), "extra": sorted(extra), "people": len(people),
            "bad_people": len(bad_people)}


def run(probes: list[Probe], dump: bool = False) -> list[tuple[Probe, dict[str, object], str | None]]:
    docs = [parse_bytes(p.text.encode("utf-8"), f"{p.name}.txt") for p in probes]
    got = extract_entities_batch([d.text for d in docs], councils=[d.council or None for d in docs])
    for p, ents in zip(probes, got, strict=True) if dump else ():
        print(f"== {p.form}/{p.name}")
        for e in ents:
            print(f"   {e.label:9} {e.text!r} -> {e.normalised!r} role={e.role!r} affiliation={e.affiliation!r}")
    return [(p, score(p, ents), d.council or None) for p, ents, d in zip(probes, got, docs, strict=True)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    ap.add_argument("--only", help="only the probes whose form or name contains this")
    ap.add_argument("--json", help="write the counts by form here")
    ap.add_argument("--dump", action="store_true", help="print every entity of the probes run")
    args = ap.parse_args(argv)
    probes = [p for p in PROBES if not args.only or args.only in p.form or args.only in p.name]
    results = run(probes, args.dump)
    by_form: dict[str, list[int]] = defaultdict(lambda: [0] * 6)
    council = [0, 0]
    for p, s, doc_council in results:
        row = by_form[p.form]
        for i, k in enumerate(("expect", "found", "given", "right", "people", "bad_people")):
            row[i] += int(s[k])  # type: ignore[call-overload]
        if p.council is not None:
            council[0] += 1
            council[1] += norm(doc_council) == norm(p.council)
        if args.verbose and (s["missed"] or s["extra"] or (p.council and norm(doc_council) != norm(p.council))):
            print(f"-- {p.form}/{p.name}")
            for k in s["missed"]:  # type: ignore[attr-defined]
                print(f"   missed {k[0]}:{k[1]}")
            for k in s["extra"]:  # type: ignore[attr-defined]
                print(f"   extra  {k[0]}:{k[1]}")
            if p.council and norm(doc_council) != norm(p.council):
                print(f"   council {doc_council!r} (expected {p.council!r})")
    print(f"{'form':18} {'probes':>6} {'expect':>6} {'recall':>7} {'precision':>9} {'PERSON prec':>11}")
    total = [0] * 6
    for form, row in by_form.items():
        total = [a + b for a, b in zip(total, row, strict=True)]
        n = sum(p.form == form for p in probes)
        print(f"{form:18} {n:6d} {row[0]:6d} {row[1] / max(row[0], 1):7.3f} {row[3] / max(row[2], 1):9.3f} "
              f"{1 - row[5] / max(row[4], 1):11.3f}")
    print(f"{'all':18} {len(probes):6d} {total[0]:6d} {total[1] / max(total[0], 1):7.3f} "
          f"{total[3] / max(total[2], 1):9.3f} {1 - total[5] / max(total[4], 1):11.3f}")
    print(f"council metadata from the document {council[1]}/{council[0]}")
    if args.json:
        Path(args.json).write_text(json.dumps({"forms": by_form, "council": council}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
