# -*- coding: utf-8 -*-
import os, sys, json, random
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from data import PEOPLE
from render import RENDER, r_scan, r_rl_twocol

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, "files")
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_months", "usce_months_clinical", "usce_entries"]

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); y2, m2 = map(int, e["end"].split("-"))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

DAMAGED_PERSON = dict(name="Rohan Deshpande", headline="MBBS student, Grant Government Medical College, Mumbai",
    contact=["rohan.deshpande@gmail.com", "+91 99200 11223", "Mumbai, India"],
    sections=[("Education", [("MBBS, Grant Government Medical College, Mumbai", "2021 – 2027", ["Final year"])]),
              ("US Electives", [("Observership, Internal Medicine — Rush University Medical Center, Chicago, IL", "Jun 2026", [])]),
              ("Languages", ["English, Marathi, Hindi"])] * 2)

def main(only=None):
    os.makedirs(FILES, exist_ok=True)
    lines = []
    for p in PEOPLE:
        fn = f"w66_{p['n']:03d}_{p['layout']}.{p['ext']}"
        out = os.path.join(FILES, fn)
        if only and p["n"] not in only:
            pass
        else:
            if os.path.exists(out): os.remove(out)
            r = p["render"]
            if r == "scan":
                r_scan(p, out, seed=p["n"])
            elif r == "dmg_trunc":
                tmp = "/tmp/w66_dmg_full.pdf"; r_rl_twocol(DAMAGED_PERSON, tmp)
                b = open(tmp, "rb").read(); open(out, "wb").write(b[: int(len(b) * 0.42)])
            elif r == "dmg_encrypt":
                from pypdf import PdfReader, PdfWriter
                tmp = "/tmp/w66_dmg_enc.pdf"
                dp = dict(DAMAGED_PERSON, name="Mariam Tesfaye", contact=["mariam.tesfaye@gmail.com", "+251 91 123 4567", "Addis Ababa"])
                r_rl_twocol(dp, tmp)
                w = PdfWriter(clone_from=PdfReader(tmp)); w.encrypt(user_password="kidus2027", owner_password="owner-w66", algorithm="RC4-128")
                with open(out, "wb") as f: w.write(f)
            elif r == "dmg_random":
                open(out, "wb").write(random.Random(24).randbytes(18437))
            else:
                RENDER[r](p, out)
            print("built", fn, flush=True)
        if p["render"].startswith("dmg_"):
            lines.append({"file": fn, "layout": p["layout"], "error": True})
            continue
        t = dict(p["truth"])
        t["usce_months"] = months(t["usce_entries"])
        t["usce_months_clinical"] = months([e for e in t["usce_entries"] if e["type"] in ("hands_on", "observership")])
        rec = {"file": fn, "layout": p["layout"]}
        for k in KEYS: rec[k] = t[k]
        if p["render"] == "scan": rec["needs_ocr"] = True
        lines.append(rec)
    with open(os.path.join(ROOT, "truth.jsonl"), "w", encoding="utf-8") as f:
        for rec in lines: f.write(json.dumps(rec, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    only = set(int(x) for x in sys.argv[1:]) or None
    main(only)
