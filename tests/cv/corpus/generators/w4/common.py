# -*- coding: utf-8 -*-
import json, html

def months_set(entries, clinical_only=False):
    s = set()
    for e in entries:
        t, sp, st, a, b = e
        if clinical_only and t in ("research", "telehealth"):
            continue
        y, m = map(int, a.split("-")); y2, m2 = map(int, b.split("-"))
        assert (y, m) <= (y2, m2), e
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return s

def truth(p, fname, layout, needs_ocr=False):
    usce = [x["usce"] for x in p["exp"] if x["usce"]]
    pubs = p["pubs"]
    npub = None if pubs is None else sum(1 for k, _ in pubs if k == "paper")
    d = {"file": fname, "layout": layout, "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
         "medical_school": p["school"], "medical_school_country": p["country"], "graduation_year": p["grad"],
         "is_student": p["student"], "usmle_step1": p["s1"], "usmle_step2ck": p["s2"], "usmle_step3": p["s3"],
         "ecfmg_status": p["ecfmg"], "specialties": p["specialties"], "languages": p["langs"],
         "visa_status": p["visa"], "publications": npub,
         "usce_months": len(months_set(usce)), "usce_months_clinical": len(months_set(usce, True)),
         "usce_entries": [{"type": t, "specialty": sp, "state": st, "start": a, "end": b} for t, sp, st, a, b in usce]}
    if needs_ocr:
        d["needs_ocr"] = True
    return d

def error_truth(fname, layout):
    keys = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year",
            "is_student", "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages",
            "visa_status", "publications", "usce_months", "usce_months_clinical", "usce_entries"]
    d = {"file": fname, "layout": layout}
    d.update({k: None for k in keys}); d["error"] = True
    return d

def esc(s):
    return html.escape(s or "")

def display_name(p, with_prefix=True, with_suffix=True):
    s = p["name"]
    if with_prefix and p.get("prefix"): s = p["prefix"] + " " + s
    if with_suffix and p.get("suffix"): s = s + ", " + p["suffix"]
    return s

def pub_lines(p):
    """(heading, [lines]) or None"""
    if p["pubs"] is None: return None
    head = p.get("pubs_head", "Publications")
    if not p["pubs"]:
        return head, [p.get("pubs_none", "None")]
    papers = [t for k, t in p["pubs"] if k == "paper"]
    other = [(k, t) for k, t in p["pubs"] if k != "paper"]
    lines = list(papers)
    for k, t in other:
        lab = {"poster": "Poster", "abstract": "Abstract", "talk": "Oral presentation", "thesis": "Thesis"}[k]
        if head.startswith("Posters"):
            lines.append(t)
        else:
            lines.append(f"[{lab}] {t}")
    return head, lines

def us_exp(p):
    return [e for e in p["exp"] if e["usce"]]

def other_exp(p):
    return [e for e in p["exp"] if not e["usce"]]
