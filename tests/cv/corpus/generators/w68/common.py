# -*- coding: utf-8 -*-
import json

def months_of(start, end):
    y, m = map(int, start.split("-")); ye, me = map(int, end.split("-"))
    out = set()
    while (y, m) <= (ye, me):
        out.add((y, m)); m += 1
        if m == 13: y, m = y + 1, 1
    return out

def usce_entries(p):
    ents = []
    for _, items in p["usce_sections"]:
        for it in items:
            if it["usce"]:
                t, s, st, a, b = it["usce"]
                ents.append({"type": t, "specialty": s, "state": st, "start": a, "end": b})
    return ents

def count_months(ents, clinical_only=False):
    ms = set()
    for e in ents:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        ms |= months_of(e["start"], e["end"])
    return len(ms)

def fname(p):
    return "w68_%03d_%s.%s" % (p["num"], p["layout"], p["ext"])

def truth(p):
    ents = usce_entries(p)
    d = {"file": fname(p), "layout": p["layout"]}
    for k in ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
              "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties",
              "languages", "visa_status", "publications"]:
        d[k] = p[k]
    assert p["publications"] == sum(1 for _, ok in p["pubs"] if ok), p["num"]
    d["usce_months"] = count_months(ents)
    d["usce_months_clinical"] = count_months(ents, True)
    d["usce_entries"] = ents
    if p.get("scan"):
        d["needs_ocr"] = True
    return d

LANG_NOTE = {"English": "fluent", "Hindi": "conversational", "German": "A1", "Arabic": "reading",
             "Tamil": "conversational", "Sinhala": "conversational", "Nepali": "fluent", "Punjabi": "conversational"}

def lang_line(p):
    out = []
    for i, l in enumerate(p["languages"]):
        note = "native" if i == 0 and l != "English" else LANG_NOTE.get(l, "fluent")
        out.append("%s (%s)" % (l, note))
    return ", ".join(out)

def entry_lines(it):
    """(headline, sub, dates, bullets)"""
    sub = it["org"] + (", " + it["place"] if it["place"] else "")
    return it["title"], sub, it["dates"], it["bullets"]

def sections(p):
    """Generic section list: (title, kind, payload). kind: text|entries|list"""
    s = []
    s.append(("Profile", "text", p["summary"]))
    s.append(("Education", "entries", p["education"]))
    s.append(("USMLE & Examinations", "list", p["exams"]))
    for title, items in p["usce_sections"]:
        s.append((title, "entries", items))
    if p["work"]:
        s.append(("Work Experience (Home Country)" if p["num"] % 2 else "Professional Experience", "entries", p["work"]))
    if p["pubs"]:
        s.append(("Publications, Posters & Presentations", "list", [t for t, _ in p["pubs"]]))
    s.append(("Languages", "text", lang_line(p)))
    for t, v in p["extra"]:
        s.append((t, "text", v))
    refs = ["%s — %s — %s — %s" % r for r in p["refs"]]
    s.append(("References", "list", refs))
    return s
