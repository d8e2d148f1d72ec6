# -*- coding: utf-8 -*-
"""Turn a person into an ordered list of blocks (format-neutral)."""
import common

SPECWORD = {"neph": "nephrology", "cardio": "cardiology", "gi": "gastroenterology", "hemonc": "hematology-oncology", "pulm": "pulmonary & critical care",
            "psych": "psychiatry", "id": "infectious diseases", "fm": "family medicine", "surg": "surgery", "neuro": "neurology", "endo": "endocrinology",
            "rheum": "rheumatology", "path": "pathology", "anes": "anesthesiology", "peds": "pediatrics", "obgyn": "maternal-fetal medicine",
            "em": "emergency medicine", "im": "internal medicine"}


def pubs(p):
    n = p["pubn"]
    return common.make_pubs(p["seed"], p["cite"], p["pubkey"], n[0], n[1], n[2], n[3], p["years"][0], p["years"][1])


def blocks(p, pubstyle="split", heads=None, with_contacts=True, refs=3):
    """pubstyle: split | mixed | continuous | unnumbered"""
    H = {"summary": "Professional Summary", "edu": "Education", "exams": "Examinations, Certification & Licensure",
         "teach": "Teaching Experience", "grants": "Grants, Honors and Awards", "pubs": "Publications",
         "mem": "Professional Memberships", "skills": "Skills & Certifications", "lang": "Languages", "refs": "References"}
    H.update(heads or {})
    b = []
    b.append(("h", H["summary"])); b.append(("p", p["summary"]))
    if p.get("dob"):
        b.append(("p", p["dob"]))
    b.append(("h", H["edu"]))
    for d, deg, sch, place, extra in p["education"]:
        b.append(("entry", {"title": deg, "org": sch, "place": place, "dates": d, "bullets": [extra] if extra else []}))
    b.append(("h", H["exams"]))
    items = list(p["exams"])
    if p.get("visa"):
        items.append(p["visa"])
    b.append(("ul", items))
    for title, ents in p.get("sections", []):
        b.append(("h", title))
        for e in ents:
            b.append(("entry", e))
    for title, hdr, rows in p.get("tables", []):
        b.append(("h", title))
        b.append(("table", hdr, rows))
    sw = SPECWORD[p["pubkey"]]
    b.append(("h", H["teach"])); b.append(("ul", common.teaching(p["seed"], sw)))
    b.append(("h", H["grants"])); b.append(("ul", common.grants(p["seed"], sw)))
    P = pubs(p)
    b.append(("h", H["pubs"]))
    if pubstyle == "split":
        b.append(("subh", f"Peer-Reviewed Journal Articles ({len(P['peer'])})")); b.append(("ol", P["peer"], 1))
        if P["chapters"]:
            b.append(("subh", "Book Chapters")); b.append(("ol", P["chapters"], 1))
        if P["submitted"]:
            b.append(("subh", "Manuscripts Submitted / Under Review")); b.append(("ul", P["submitted"]))
        if P["abstracts"]:
            b.append(("subh", "Abstracts and Poster Presentations")); b.append(("ol", P["abstracts"], 1))
    elif pubstyle == "continuous":
        k = 1
        for lab, key in [("Original Articles (peer-reviewed)", "peer"), ("Book Chapters", "chapters"),
                         ("Submitted Manuscripts", "submitted"), ("Published Abstracts / Posters", "abstracts")]:
            if P[key]:
                b.append(("subh", lab)); b.append(("ol", P[key], k)); k += len(P[key])
    elif pubstyle == "unnumbered":
        for lab, key in [("Peer-reviewed articles", "peer"), ("Book chapters", "chapters"),
                         ("Submitted", "submitted"), ("Abstracts / posters", "abstracts")]:
            if P[key]:
                b.append(("subh", lab)); b.append(("ul", P[key]))
    elif pubstyle == "mixed":
        b.append(("p", "Key: [A] abstract / poster (not peer-reviewed full paper); [C] book chapter; [S] submitted, under review. Unmarked items are peer-reviewed original articles."))
        allp = [("", c) for c in P["peer"]] + [("[C] ", c) for c in P["chapters"]] + [("[S] ", c) for c in P["submitted"]] + [("[A] ", c) for c in P["abstracts"]]
        import re
        def yr(c):
            m = re.findall(r"(20\d\d)", c[1]); return -int(m[0]) if m else 0
        allp.sort(key=yr)
        b.append(("ol", [t + c for t, c in allp], 1))
    b.append(("h", H["mem"])); b.append(("ul", p["memberships"]))
    b.append(("h", H["skills"])); b.append(("ul", p["skills"]))
    b.append(("h", H["lang"])); b.append(("p", p["languages"]))
    b.append(("h", H["refs"]))
    for r in common.referees(p["seed"], refs, p["refinst"]):
        b.append(("ref", r))
    return b


def contact_line(p):
    return f"{p['email']}  ·  {p['phone']}  ·  {p['address']}"
