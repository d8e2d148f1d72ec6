"""Write truth.jsonl from people.py (usce_months computed as the union of inclusive month ranges)."""
import sys, os, json
sys.path.insert(0, os.path.dirname(__file__))
from people import P, DAMAGED
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "specialties", "languages", "visa_status", "publications"]

def months(entries, clinical_only=False):
    s = set()
    for e in entries:
        if clinical_only and e['type'] in ('research', 'telehealth'): continue
        y, m = map(int, e['start'].split('-')); y2, m2 = map(int, e['end'].split('-'))
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

rows = []
for n in sorted(P):
    p = P[n]; t = p['truth']
    r = {"file": p['file'], "layout": p['layout']}
    for k in KEYS: r[k] = t[k]
    r["usce_months"] = months(t['usce_entries']); r["usce_months_clinical"] = months(t['usce_entries'], True)
    r["usce_entries"] = t['usce_entries']
    if p['ext'] in ('png', 'jpg') or p['layout'].startswith('scan_'): r["needs_ocr"] = True
    rows.append(r)
for n, lay, ext in DAMAGED:
    rows.append({"file": f"w43_{n:03d}_{lay}.{ext}", "layout": lay, "error": True})
out = os.path.join(os.path.dirname(__file__), '..', 'truth.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + '\n')
print('wrote', len(rows), 'rows')
