#!/usr/bin/env python3
"""Write truth.jsonl from the hand-written truth in people.py (usce tuples, scores, statuses and the hand-counted months below)."""
import json, sys
from people import P, LAYOUT, fname

# usce_months / usce_months_clinical counted by hand (check.py recounts them from the entries)
MONTHS = {1: (11, 5), 2: (6, 5), 3: (17, 7), 4: (6, 5), 5: (12, 5), 6: (19, 6), 7: (8, 6), 8: (9, 6), 9: (53, 4),
          10: (10, 6), 11: (18, 5), 12: (7, 4), 13: (9, 4), 14: (10, 4), 15: (32, 6), 16: (9, 5),
          17: (10, 3), 18: (5, 3), 19: (23, 3), 20: (26, 3), 21: (15, 3)}

# school name as a reader would give it (display strings in people.py carry faculty / affiliation / local-language extras)
SCHOOL = {1: "Madras Medical College", 2: "Universidad de Antioquia", 3: "University of Ibadan",
          5: "Hanoi Medical University", 6: "Dhaka Medical College", 9: "Peking Union Medical College",
          11: "University of Colombo", 13: "Universidade Federal de Minas Gerais", 16: "University of Santo Tomas",
          17: "University of Nairobi", 19: "Universidad de Buenos Aires"}

out = open(sys.argv[1] if len(sys.argv) > 1 else "../truth.jsonl", "w", encoding="utf-8")
for n in sorted(LAYOUT):
    lay, ext = LAYOUT[n]
    rec = {"file": fname(n), "layout": lay}
    if n >= 22:
        rec["error"] = True
    else:
        p = P[n]
        rec.update({
            "full_name": p["name"], "email": p["email"], "phone_e164": p["e164"],
            "medical_school": SCHOOL.get(n, p["school"]), "medical_school_country": p["cc"], "graduation_year": p["grad_year"],
            "is_student": p["student"], "usmle_step1": p["step1"], "usmle_step2ck": p["step2"], "usmle_step3": p["step3"],
            "ecfmg_status": p["ecfmg"], "visa_status": p["visa"], "specialties": p["specialties"],
            "languages": p["languages"], "publications": p["npubs"],
            "usce_entries": [dict(zip(["type", "specialty", "state", "start", "end"], e.usce)) for e in p["usce"]],
            "usce_months": MONTHS[n][0], "usce_months_clinical": MONTHS[n][1],
        })
        if n >= 17:
            rec["needs_ocr"] = True
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
