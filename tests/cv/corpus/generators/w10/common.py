# -*- coding: utf-8 -*-
import calendar, json
from xml.sax.saxutils import escape as xesc

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
         "November", "December"]
ES = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.", "nov.", "dic."]
PRESENT = "2026-12"


def fmt_one(ym, style, end=False):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "month":
        return f"{MONTH[m-1]} {y}"
    if style == "mm/yyyy":
        return f"{m:02d}/{y}"
    if style == "dmy":
        d = calendar.monthrange(y, m)[1] if end else 1
        return f"{d:02d}/{m:02d}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}"
    if style == "es":
        return f"{ES[m-1]} {y}"
    if style == "dot":
        return f"{m:02d}.{y}"
    raise ValueError(style)


def fmt_range(rec, ent, dash=" – "):
    st = rec["datefmt"]
    s = fmt_one(ent["s"], st)
    if ent["e"] == "present":
        return s + dash + rec["present"]
    if ent["e"] == ent["s"] and st != "dmy":
        return s
    return s + dash + fmt_one(ent["e"], st, end=True)


def months_of(s, e):
    if e == "present":
        e = PRESENT
    y1, m1 = int(s[:4]), int(s[5:7])
    y2, m2 = int(e[:4]), int(e[5:7])
    out = set()
    y, m = y1, m1
    while (y, m) <= (y2, m2):
        out.add((y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def usce_entries(rec):
    out = []
    for _h, items in rec["sections"]:
        for it in items:
            if isinstance(it, dict) and it.get("usce"):
                t, sp, stt = it["usce"]
                out.append({"type": t, "specialty": sp, "state": stt, "start": it["s"],
                            "end": "present" if it["e"] == "present" else it["e"]})
    return out


def usce_months(entries, clinical_only=False):
    ms = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        ms |= months_of(e["start"], e["end"])
    return len(ms)


def fname(rec):
    return f"w10_{rec['n']:03d}_{rec['layout']}.{rec['ext']}"


def truth_row(rec, file=None, layout=None, needs_ocr=False):
    ents = usce_entries(rec)
    row = {"file": file or fname(rec), "layout": layout or rec["layout"], "full_name": rec["full_name"],
           "email": rec["email"], "phone_e164": rec["phone"]}
    row.update(rec["t"])
    row["usce_months"] = usce_months(ents)
    row["usce_months_clinical"] = usce_months(ents, True)
    row["usce_entries"] = ents
    if needs_ocr:
        row["needs_ocr"] = True
    return row


def item_lines(rec, it, dash=" – ", bullet="• "):
    """Plain-text lines of one item (used by txt / fpdf / rtf renderers)."""
    if isinstance(it, str):
        return [("p", it)]
    if isinstance(it, dict):
        out = [("entry", it["title"], fmt_range(rec, it, dash), it["org"] + (", " + it["place"] if it["place"] else ""))]
        out += [("bul", b) for b in it["bul"]]
        return out
    kind = it[0]
    if kind == "b":
        return [("bul", b) for b in it[1]]
    if kind == "kv":
        return [("kv", k, v) for k, v in it[1]]
    if kind == "ref":
        _, name, role, org, em, ph = it
        return [("ref", name, role, org, em, ph)]
    raise ValueError(it)
