# -*- coding: utf-8 -*-
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from data import P, DAMAGED, LANG_MAP

EXT = {"001": "pdf", "002": "pdf", "003": "pdf", "004": "pdf", "005": "pdf", "006": "pdf", "007": "pdf", "008": "pdf",
       "009": "pdf", "010": "docx", "011": "docx", "012": "odt", "013": "rtf", "014": "txt", "015": "pdf", "016": "pdf",
       "017": "jpg", "018": "pdf", "019": "pdf", "020": "png", "021": "pdf", "022": "pdf", "023": "pdf", "024": "docx"}
SCANS = {"017", "018", "019", "020", "021"}

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e["start"].split("-")); Y, M = map(int, e["end"].split("-"))
        while (y, m) <= (Y, M):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def truth(k):
    if k in DAMAGED:
        return {"file": f"w17_{k}_{DAMAGED[k]}.{EXT[k]}", "layout": DAMAGED[k], "error": True}
    p = P[k]
    ents = [{kk: u[kk] for kk in ("type", "specialty", "state", "start", "end")} for u in p["usce"]]
    langs = [LANG_MAP.get(l[0] if isinstance(l, tuple) else l, l[0] if isinstance(l, tuple) else l) for l in p["langs"]]
    t = {"file": f"w17_{k}_{p['layout']}.{EXT[k]}", "layout": p["layout"], "full_name": p["name"], "email": p["email"],
         "phone_e164": p["phone"], "medical_school": p["school"], "medical_school_country": p["school_cc"],
         "graduation_year": p["grad"], "is_student": p["student"], "usmle_step1": p["s1"], "usmle_step2ck": p["s2"],
         "usmle_step3": p["s3"], "ecfmg_status": p["ecfmg"], "specialties": p["specialties"], "languages": langs,
         "visa_status": p["visa"], "publications": len(p["pubs"]), "usce_months": months(ents),
         "usce_months_clinical": months([e for e in ents if e["type"] in ("hands_on", "observership")]), "usce_entries": ents}
    if k in SCANS: t["needs_ocr"] = True
    return t

if __name__ == "__main__":
    with open(sys.argv[1], "w", encoding="utf-8") as f:
        for k in sorted(EXT):
            f.write(json.dumps(truth(k), ensure_ascii=False) + "\n")
    print("truth written")
