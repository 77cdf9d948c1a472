#!/usr/bin/env python3
"""Checks nerid/1 JSON outputs against their input texts.

usage: validate_output.py TEXT JSON [UNIT]

Checks the structure of schema nerid/1 (docs/schema.md) and that every
start/end slices the input back to the reported text, in the unit the
document says (codepoints, utf16 or bytes). Exit 0 when valid, 1 with the
problems listed otherwise.
"""
import json
import sys

TYPES = {"PERSON", "MINISTRY", "GOV_AGENCY", "COMPANY", "ORGANIZATION", "LOCATION"}


def slicer(text, unit):
    if unit == "codepoints":
        return lambda s, e: text[s:e]
    if unit == "bytes":
        b = text.encode("utf-8")
        return lambda s, e: b[s:e].decode("utf-8")
    if unit == "utf16":
        u = text.encode("utf-16-le")
        return lambda s, e: u[2 * s:2 * e].decode("utf-16-le")
    raise ValueError(unit)


def main(text_path, json_path, want_unit=None):
    raw = open(text_path, "rb").read().decode("utf-8")
    doc = json.load(open(json_path, encoding="utf-8"))
    errs = []

    def need(cond, msg):
        if not cond:
            errs.append(msg)

    need(doc.get("schema") == "nerid/1", "schema is not nerid/1")
    unit = doc.get("doc", {}).get("offsets")
    need(unit in ("codepoints", "utf16", "bytes"), f"bad doc.offsets {unit!r}")
    if want_unit:
        need(unit == want_unit, f"doc.offsets {unit!r}, expected {want_unit!r}")
    if errs:
        print("\n".join(errs))
        return 1
    cut = slicer(raw, unit)
    length = {"codepoints": len(raw), "bytes": len(raw.encode()),
              "utf16": len(raw.encode("utf-16-le")) // 2}[unit]
    need(doc["doc"].get("length") == length, f"doc.length {doc['doc'].get('length')} != {length}")
    for k in ("meta", "entities", "quotes", "times", "ignored"):
        need(k in doc, f"missing {k}")

    def span(obj, where):
        s, e, t = obj.get("start"), obj.get("end"), obj.get("text")
        if s is None and e is None:
            return
        need(isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= length,
             f"{where}: bad offsets {s}..{e}")
        if isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= length:
            need(cut(s, e) == t, f"{where}: text {t!r} != input {cut(s, e)!r}")

    ids = set()
    for e in doc.get("entities", []):
        need(e.get("type") in TYPES, f"{e.get('id')}: bad type {e.get('type')!r}")
        need(e.get("name"), f"{e.get('id')}: empty name")
        need(e.get("mentions"), f"{e.get('id')}: no mentions")
        need(e.get("id") not in ids, f"duplicate id {e.get('id')}")
        ids.add(e.get("id"))
        for m in e.get("mentions", []):
            span(m, f"{e.get('id')} mention")
            need(m.get("source") in ("gazetteer", "rule", "alias", "role"),
                 f"{e.get('id')}: bad source {m.get('source')!r}")
            need(m.get("rule"), f"{e.get('id')}: mention without rule")
    for q in doc.get("quotes", []):
        need(q.get("kind") in ("direct", "indirect"), f"{q.get('id')}: bad kind")
        span(q, f"{q.get('id')} text")
        if q.get("cue"):
            span(q["cue"], f"{q.get('id')} cue")
        sp = q.get("speaker")
        if sp:
            span(sp, f"{q.get('id')} speaker")
            need(sp.get("entity") is None or sp.get("entity") in ids,
                 f"{q.get('id')}: speaker entity {sp.get('entity')} unknown")
        need(q.get("rule"), f"{q.get('id')}: quote without rule")
    for t in doc.get("times", []):
        need(t.get("type") in ("DATE", "TIME"), f"{t.get('id')}: bad type")
        span(t, f"{t.get('id')}")
        need(isinstance(t.get("value"), str) and t.get("value"), f"{t.get('id')}: no value")
        need(t.get("rule"), f"{t.get('id')}: time without rule")
    for g in doc.get("ignored", []):
        need(0 <= g.get("start", -1) <= g.get("end", -1) <= length, f"ignored span out of range: {g}")
        need(g.get("reason"), f"ignored span without reason: {g}")
    if errs:
        print(f"{json_path}:")
        print("\n".join("  " + x for x in errs[:40]))
        return 1
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
