# Merge the hand-written truth in people.py with file names/layouts produced by build.py.
import os, json, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from people import P
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAY = json.load(open(os.path.join(ROOT, 'tmp', 'layout.json')))
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
with open(os.path.join(ROOT, 'truth.jsonl'), 'w', encoding='utf-8') as f:
    for num in sorted(LAY):
        fn, layout = LAY[num]
        row = {"file": fn, "layout": layout}
        if num in P:
            t = P[num]['truth']
            assert set(t) == set(KEYS), (num, set(KEYS) ^ set(t))
            row.update({k: t[k] for k in KEYS})
            if int(num) >= 13: row["needs_ocr"] = True
        else:
            row["error"] = True
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print('truth rows', len(LAY))
