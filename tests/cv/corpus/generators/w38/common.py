# -*- coding: utf-8 -*-
import html as H

def sections(p):
    """Ordered list of (title, items) where items are dicts with keys when/title/org/desc or plain strings."""
    out = []
    if p.get("interests"):
        out.append(("Career Objective", [p["interests"]]))
    out.append(("Education", [dict(when=a, title=b, org=c, desc="") for a, b, c in p["education"]]))
    exams = list(p["usmle"])
    if p.get("ecfmg"): exams.append(p["ecfmg"])
    out.append(("USMLE / ECFMG", exams))
    out.append(("Clinical Experience", p["experience"]))
    if p["pubs"]:
        out.append(("Peer-reviewed Publications", p["pubs"]))
    if p["other_pubs"]:
        out.append(("Posters, Abstracts & Presentations", p["other_pubs"]))
    out.append(("Languages", [p["lang_line"]]))
    if p.get("visa"):
        out.append(("Visa / Immigration", [p["visa"]]))
    if p["referees"]:
        out.append(("References", [f"{n} — {r}. Email: {e}; Tel: {t}" for n, r, e, t in p["referees"]]))
    return out

def display_name(p):
    n = p["name"]
    if p.get("prefix"): n = p["prefix"] + " " + n
    if p.get("suffix"): n = n + ", " + p["suffix"]
    return n

def e(s): return H.escape(s)
