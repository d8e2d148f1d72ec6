import json
from data import P, fmt, rng

def months(s, e):
    y1, m1 = int(s[:4]), int(s[5:7]); y2, m2 = int(e[:4]), int(e[5:7])
    out = set()
    while (y1, m1) <= (y2, m2):
        out.add((y1, m1)); m1 += 1
        if m1 == 13: y1, m1 = y1 + 1, 1
    return out

def entries(p):
    return [dict(type=u["type"], specialty=u["specialty"], state=u["state"], start=u["start"], end=u["end"] or "2026-12") for u in p["usce"]]

def count(ents, clinical=False):
    s = set()
    for e in ents:
        if clinical and e["type"] in ("research", "telehealth"): continue
        s |= months(e["start"], e["end"])
    return len(s)

def truth(p, file, layout, scan=False):
    ents = entries(p)
    t = dict(file=file, layout=layout, full_name=p["name"], email=p["email"], phone_e164=p["e164"],
             medical_school=p["school"], medical_school_country=p["country"], graduation_year=p["grad"], is_student=False,
             usmle_step1=p["step1"], usmle_step2ck=p["step2"], usmle_step3=p["step3"], ecfmg_status=p["ecfmg"],
             specialties=p["specialties"], languages=p["languages"], visa_status=p["visa"], publications=len(p["pubs"]),
             usce_months=count(ents), usce_months_clinical=count(ents, True), usce_entries=ents)
    if scan: t["needs_ocr"] = True
    return t

ALIASES = [{}, {"Education": "Medical Education", "USMLE / ECFMG": "Licensure Examinations", "US Clinical Experience": "U.S. Clinical Experience (USCE)",
  "Research Experience": "Research", "Work Experience": "Employment History", "Volunteer Experience": "Volunteer Activities",
  "Peer-Reviewed Publications": "Publications (PubMed-indexed)", "Posters, Presentations & Other Work": "Abstracts, Posters & Presentations",
  "Certifications": "Certifications & Licenses", "Languages": "Language Fluency", "Career Goal / Specialty Interest": "Specialty Interest",
  "Immigration / Work Authorization": "Visa Status", "References": "Referees"},
  {"Education": "EDUCATION & DEGREES", "USMLE / ECFMG": "Board Examinations", "US Clinical Experience": "Clinical Experience in the United States",
  "Research Experience": "Research Positions (USA)", "Work Experience": "Professional Experience", "Volunteer Experience": "Community Service",
  "Peer-Reviewed Publications": "Journal Articles", "Posters, Presentations & Other Work": "Presentations",
  "Certifications": "Certificates", "Languages": "Languages Spoken", "Career Goal / Specialty Interest": "Objective",
  "Immigration / Work Authorization": "Citizenship / Immigration Status", "References": "References (available upon request)"}]

def sections(p, style=None):
    """Generic CV model: list of (title, items). item: dict(date, head, sub, desc) or str."""
    secs = _sections(p, style)
    al = ALIASES[p.get("alias", 0)]
    return [(al.get(t, t), i) for t, i in secs]

def _sections(p, style=None):
    st = style or p["datefmt"]; pr = p["present"]
    R = lambda s, e: fmt(s, st) if s == e else rng(s, e, st, pr)
    secs = []
    if p.get("dob"):
        secs.append(("Personal Details", [p["dob"]]))
    edu = [dict(date=str(p["grad"]) if st != "mm/yyyy" else f"{fmt(str(p['grad'])+'-06', st)}", head=f"{p['degree']}", sub=f"{p['school']} — {p['school_city']}", desc="")]
    for d, s, y in p["edu_extra"]:
        edu.append(dict(date=y, head=d, sub=s, desc=""))
    secs.append(("Education", edu))
    exams = [p["step1_txt"], p["step2_txt"]] + ([p["step3_txt"]] if p["step3_txt"] else []) + [p["ecfmg_txt"]]
    secs.append(("USMLE / ECFMG", exams))
    us_clin = [u for u in p["usce"] if u["type"] != "research"]
    us_res = [u for u in p["usce"] if u["type"] == "research"]
    mixed = [w for w in p["work"] if p.get("mix_in_usce") and w.get("us")]
    if us_clin or mixed:
        its = [dict(date=u.get("disp") or R(u["start"], u["end"]), head=u["title"], sub=f"{u['inst']}, {u['city']}", desc=u["desc"], k=u["start"]) for u in us_clin]
        its += [dict(date=R(w["start"], w["end"]), head=w["title"], sub=f"{w['org']}, {w['place']}", desc=w["desc"], k=w["start"]) for w in mixed]
        its.sort(key=lambda x: x["k"], reverse=True)
        secs.append(("US Clinical Experience", its))
    if us_res:
        secs.append(("Research Experience", [dict(date=u.get("disp") or R(u["start"], u["end"]), head=u["title"], sub=f"{u['inst']}, {u['city']}", desc=u["desc"]) for u in us_res]))
    work = [w for w in p["work"] if w not in mixed]
    if work:
        secs.append(("Work Experience", [dict(date=R(w["start"], w["end"]), head=w["title"], sub=f"{w['org']}, {w['place']}", desc=w["desc"]) for w in work]))
    if p["volunteer"]:
        secs.append(("Volunteer Experience", [dict(date=R(w["start"], w["end"]), head=w["title"], sub=f"{w['org']}, {w['place']}", desc=w["desc"]) for w in p["volunteer"]]))
    if p["pubs"]:
        secs.append(("Peer-Reviewed Publications", [f"{i+1}. {x}" for i, x in enumerate(p["pubs"])]))
    if p["other_pubs"]:
        secs.append(("Posters, Presentations & Other Work", list(p["other_pubs"])))
    secs.append(("Certifications", list(p["certs"])))
    secs.append(("Languages", [p["langs_txt"]]))
    secs.append(("Career Goal / Specialty Interest", [p["objective"]]))
    secs.append(("Immigration / Work Authorization", [p["visa_txt"]]))
    if p["refs"]:
        secs.append(("References", [f"{n} — {r} — {e} — {ph}" for n, r, e, ph in p["refs"]]))
    return secs

def item_text(it):
    if isinstance(it, str): return [it]
    out = [f"{it['date']}  {it['head']}", f"    {it['sub']}"]
    if it["desc"]: out.append(f"    {it['desc']}")
    return out
