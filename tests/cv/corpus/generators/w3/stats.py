import json, collections
rows=[json.loads(l) for l in open('truth.jsonl')]
c=collections.Counter(r['layout'] for r in rows); print(dict(c))
ok=[r for r in rows if not r.get('error')]
for k in ['is_student','usmle_step1','ecfmg_status','visa_status','medical_school_country']:
    print(k, collections.Counter(str(r[k]) if k!='usmle_step1' else (type(r[k]).__name__ if isinstance(r[k],int) else str(r[k])) for r in ok))
print('pubs', collections.Counter(str(r['publications']) for r in ok))
print('usce_types', collections.Counter(e['type'] for r in ok for e in r['usce_entries']))
print('usce0', sum(1 for r in ok if r['usce_months']==0), 'clin<total', sum(1 for r in ok if r['usce_months_clinical']<r['usce_months']))
print('present', sum(1 for r in ok for e in r['usce_entries'] if e['end']=='2026-12'))
print('step2', sum(1 for r in ok if r['usmle_step2ck']), 'step3', sum(1 for r in ok if r['usmle_step3']))
print('nospecs', sum(1 for r in ok if not r['specialties']), 'nolang', sum(1 for r in ok if not r['languages']))
