"""Shared helpers: date formatting, USCE month counting, truth rows."""
import json

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
OPEN_WORDS = ("present", "Present", "current", "Current", "ongoing", "Ongoing", "now", "Now", "PRESENT")


def fmt(ym, style="mon"):
    if ym in OPEN_WORDS:
        return ym
    if len(ym) == 4:
        return ym
    y, m = ym.split("-")
    mi = int(m) - 1
    if style == "mon":
        return f"{MON[mi]} {y}"
    if style == "month":
        return f"{MONTH[mi]} {y}"
    if style == "slash":
        return f"{m}/{y}"
    if style == "dot":
        return f"{y}.{m}"
    if style == "apos":
        return f"{MON[mi]} '{y[2:]}"
    if style == "dash":
        return f"{m}-{y}"
    if style == "upper":
        return f"{MON[mi].upper()} {y}"
    raise ValueError(style)


def rng(s, e, style="mon", sep=" – "):
    """Date range; 'compact' style collapses same-year ranges: 'March–May 2024'."""
    if style == "compact":
        if e not in OPEN_WORDS and len(s) == 7 and s[:4] == e[:4]:
            return f"{MONTH[int(s[5:])-1]}–{MONTH[int(e[5:])-1]} {s[:4]}"
        return rng(s, e, "month", sep)
    if s == e:
        return fmt(s, style)
    return f"{fmt(s, style)}{sep}{fmt(e, style)}"


def _months(s, e):
    if e in OPEN_WORDS:
        e = "2026-12"
    ys, ms = map(int, s.split("-"))
    ye, me = map(int, e.split("-"))
    out = set()
    while (ys, ms) <= (ye, me):
        out.add((ys, ms))
        ms += 1
        if ms == 13:
            ys, ms = ys + 1, 1
    return out


def usce_entries(p):
    out = []
    for x in p["exp"]:
        if x.get("usce"):
            t, spec, st = x["usce"]
            end = "present" if x["end"] in OPEN_WORDS else x["end"]
            out.append({"type": t, "specialty": spec, "state": st, "start": x["start"], "end": end})
    return out


def count_months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e["type"] not in ("hands_on", "observership"):
            continue
        s |= _months(e["start"], e["end"])
    return len(s)


def truth_row(p, file, layout, **extra):
    ents = usce_entries(p)
    row = {
        "file": file, "layout": layout,
        "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
        "medical_school": p["school"], "medical_school_country": p["country"],
        "graduation_year": p["grad"], "is_student": p["student"],
        "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"],
        "ecfmg_status": p["ecfmg"], "specialties": p["specs"], "languages": [l[0] for l in p["langs"]],
        "visa_status": p["visa"],
        "publications": sum(1 for x in p["pubs"] if x[0] == "paper"),
        "usce_months": count_months(ents), "usce_months_clinical": count_months(ents, True),
        "usce_entries": ents,
    }
    row.update(extra)
    return row


def error_row(file, layout):
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
            "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
            "languages", "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
    row = {"file": file, "layout": layout}
    row.update({k: None for k in keys})
    row["error"] = True
    return row


def lang_label(l):
    """l = (english_name, shown_as, level)"""
    return l[1]


def dump(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
