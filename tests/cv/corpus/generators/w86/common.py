# -*- coding: utf-8 -*-
import json
from data import R

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
MONFR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."]

HOSP = {
    "MI": "Henry Ford Hospital, Detroit, MI", "OH": "Cleveland Clinic, Cleveland, OH", "TX": "Texas Children's Hospital, Houston, TX",
    "PA": "UPMC Presbyterian, Pittsburgh, PA", "NY": "Maimonides Medical Center, Brooklyn, NY", "FL": "Jackson Memorial Hospital, Miami, FL",
    "NJ": "Saint Peter's University Hospital, New Brunswick, NJ", "CA": "UCLA Health (virtual), Los Angeles, CA",
    "IL": "Rush University Medical Center, Chicago, IL", "MA": "McLean Hospital, Belmont, MA", "GA": "Emory University Hospital, Atlanta, GA",
    "MN": "Mayo Clinic, Rochester, MN", "MD": "Johns Hopkins Hospital, Baltimore, MD", "CT": "Yale New Haven Hospital, New Haven, CT",
    "WA": "Harborview Medical Center, Seattle, WA", "VA": "Inova Fairfax Hospital, Falls Church, VA", "AZ": "Banner University Medical Center, Phoenix, AZ",
    "MO": "Barnes-Jewish Hospital, St. Louis, MO",
}
HOSP_OVR = {(2, "OH"): "Cincinnati Children's Hospital Medical Center, Cincinnati, OH",
            (10, "TX"): "MD Anderson Cancer Center, Houston, TX", (11, "IL"): "Advocate Christ Medical Center, Oak Lawn, IL",
            (5, "IL"): "Rush University Medical Center, Chicago, IL"}

TYPE_LABEL = {"hands_on": "Clinical Elective (hands-on)", "observership": "Clinical Observership",
              "research": "Research Fellowship", "telehealth": "Telehealth Rotation (virtual)"}
TYPE_FR = {"hands_on": "Stage clinique (externship, hands-on)", "observership": "Observership (stage d'observation)",
           "research": "Research fellow (recherche)", "telehealth": "Téléconsultation (telehealth)"}


def ym(s):
    y, m = s.split("-")
    return int(y), int(m)


def fmt(s, style):
    if s is None:
        return {"fr": "en cours", "iso": "present", "slash": "Present", "dot": "current"}.get(style, "present")
    y, m = ym(s)
    if style == "mon":
        return f"{MON[m-1]} {y}"
    if style == "full":
        return f"{MONFULL[m-1]} {y}"
    if style == "slash":
        return f"{m:02d}/{y}"
    if style == "dot":
        return f"{y}.{m:02d}"
    if style == "iso":
        return s
    if style == "fr":
        return f"{MONFR[m-1]} {y}"
    return s


def rng(e, style, dash=" – "):
    if e.get("disp"):
        return e["disp"]
    if e["end"] is not None and e["start"] == e["end"]:
        return fmt(e["start"], style)
    a, b = e["start"], e["end"]
    if style == "full" and b and a[:4] == b[:4]:
        return f"{MONFULL[ym(a)[1]-1]}{dash}{MONFULL[ym(b)[1]-1]} {a[:4]}"
    return fmt(a, style) + dash + fmt(b, style)


def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e["type"] in ("research", "telehealth"):
            continue
        y, m = ym(e["start"])
        end = e["end"] or "2026-12"
        y2, m2 = ym(end)
        while (y, m) <= (y2, m2):
            s.add((y, m))
            m += 1
            if m == 13:
                y, m = y + 1, 1
    return len(s)


def truth(r):
    if r.get("damaged"):
        return {"file": fname(r), "layout": r["layout"], "error": True}
    ents = [{"type": e["type"], "specialty": e["specialty"], "state": e["state"], "start": e["start"],
             "end": e["end"] or "2026-12"} for e in r["usce"]]
    t = {"file": fname(r), "layout": r["layout"], "full_name": r["name"], "email": r["email"], "phone_e164": r["e164"],
         "medical_school": r["school"], "medical_school_country": r["cc"], "graduation_year": r["grad"],
         "is_student": r["student"], "usmle_step1": r["step1"], "usmle_step2ck": r["step2"], "usmle_step3": r["step3"],
         "ecfmg_status": r["ecfmg"], "specialties": r["spec"], "languages": r["langs"], "visa_status": r["visa"],
         "publications": len(r["pubs"]), "usce_months": months(r["usce"]), "usce_months_clinical": months(r["usce"], True),
         "usce_entries": ents}
    if r.get("scan"):
        t["needs_ocr"] = True
    return t


def fname(r):
    return f"w86_{r['n']:03d}_{r['layout']}.{r['ext']}"


def hosp(r, e):
    return HOSP_OVR.get((r["n"], e["state"]), HOSP[e["state"]])


ECFMG_TXT = {"certified": "ECFMG Certified", "pending": "ECFMG certification pending (Step 2 CK scheduled)",
             "not_certified": "Not yet ECFMG certified", None: None}
VISA_TXT = {"j1": "Will require J-1 visa", "b1b2": "Holds B1/B2 visitor visa", "h1b": "Currently on H-1B visa",
            "green_card": "US Permanent Resident (Green Card holder)", "citizen": "US citizen", None: None}


def step_lines(r):
    L = []
    s1 = r["step1"]
    L.append("USMLE Step 1: " + ("PASS" if s1 == "pass" else ("FAIL" if s1 == "fail" else str(s1))))
    if r["step2"]:
        L.append(f"USMLE Step 2 CK: {r['step2']}")
    else:
        L.append("USMLE Step 2 CK: preparing (NBME practice score 238)" if r["n"] % 2 else "USMLE Step 2 CK: not yet taken")
    if r["step3"]:
        L.append(f"USMLE Step 3: {r['step3']}")
    if r["n"] % 3 == 0:
        L.append("UWSA2 (practice): 257")
    if r["n"] in (6, 12, 14):
        L.append("PLAB 1: Pass (2022) — not pursuing UK")
    if ECFMG_TXT[r["ecfmg"]]:
        L.append(ECFMG_TXT[r["ecfmg"]])
    return L


def sections(r, style="mon", fr=False):
    """Generic ordered content: list of (heading, [lines])."""
    S = []
    S.append(("Objectif / Objective" if fr else "Career Objective",
              [f"{'Médecin' if fr else 'Physician'} from {dict(LB='Lebanon',JO='Jordan',SY='Syria',EG='Egypt',IQ='Iraq',TN='Tunisia',DZ='Algeria',MA='Morocco',PS='Palestine',LY='Libya')[r['cc']]} "
               f"seeking US clinical experience; applying to residency in {' and '.join(r['spec'])}."]))
    deg = "MD" if r["cc"] in ("LB", "JO", "TN", "DZ", "MA") else "MBBCh" if r["cc"] == "EG" else "MBChB" if r["cc"] == "IQ" else "MD"
    if r["cc"] in ("TN", "DZ", "MA"):
        deg = "Doctorat en Médecine (MD)"
    if r["student"]:
        edu = [f"{deg} candidate — {r['school']}", f"Expected graduation: June {r['grad']}"]
    else:
        edu = [f"{deg} — {r['school']}", f"Graduated {r['grad']}"]
    edu.append(f"Baccalauréat / High school diploma, {r['grad'] - (7 if r['cc'] in ('TN','DZ','MA') else 6)}")
    S.append(("Formation / Education" if fr else "Education", edu))
    S.append(("USMLE & Certification", step_lines(r)))
    us = []
    for e in r["usce"]:
        lab = (TYPE_FR if fr else TYPE_LABEL)[e["type"]]
        us.append(f"{rng(e, style)} | {lab} — {e['specialty']} | {hosp(r, e)}")
    S.append(("Expérience clinique aux États-Unis / US Clinical Experience" if fr else "US Clinical Experience", us))
    S.append(("Expérience clinique (pays d'origine)" if fr else "Clinical Experience (Home Country)",
              [f"{a} – {b} | {t}" for (t, a, b) in r["home"]]))
    pl = [f"{i+1}. {p}" for i, p in enumerate(r["pubs"])] or ["None to date."]
    S.append(("Publications (peer-reviewed)", pl))
    if r["nonpubs"]:
        S.append(("Posters, Abstracts & Other Work", r["nonpubs"]))
    S.append(("Langues / Languages" if fr else "Languages", [", ".join(r["langs"])]))
    v = VISA_TXT[r["visa"]]
    if v:
        S.append(("Visa Status", [v]))
    S.append(("Références / References" if fr else "References",
              [f"{n}, {t} — Tel: {p} — Email: {m}" for (n, t, p, m) in r["refs"]]))
    return S


def write_truth(path):
    with open(path, "w", encoding="utf-8") as f:
        for r in R:
            f.write(json.dumps(truth(r), ensure_ascii=False) + "\n")
