# Independent checks of truth.jsonl against the files (does not generate anything).
import json, os, re, subprocess, zipfile, sys
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE); FILES = os.path.join(ROOT, 'files')
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery",
        "Obstetrics and Gynecology", "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology",
        "Gastroenterology", "Nephrology", "Pulmonology/Critical Care", "Endocrinology", "Rheumatology",
        "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR'.split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
errs = []
def E(f, m): errs.append(f'{f}: {m}')

def months(entries):
    s = set()
    for e in entries:
        y, m = map(int, e['start'].split('-')); y2, m2 = map(int, e['end'].split('-'))
        if (y2, m2) > (2026, 12): y2, m2 = 2026, 12
        while (y, m) <= (y2, m2):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def rtf_text(p):
    s = open(p, encoding='ascii').read()
    s = re.sub(r'\\u(-?\d+)\?', lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r'\\par\b', '\n', s); s = re.sub(r'\\[a-z]+-?\d* ?', '', s)
    return s.replace('{', '').replace('}', '')

def text_of(p):
    ext = p.rsplit('.', 1)[-1].lower()
    if ext == 'pdf':
        r = subprocess.run(['pdftotext', '-layout', p, '-'], capture_output=True)
        return r.returncode, r.stdout.decode('utf-8', 'replace')
    if ext == 'docx':
        z = zipfile.ZipFile(p); parts = [n for n in z.namelist() if re.match(r'word/(document|header\d*|footer\d*)\.xml', n)]
        t = ''
        for n in parts:
            x = z.read(n).decode('utf8')
            x = re.sub(r'</w:p>', '\n', x); x = re.sub(r'<w:tab/>', '\t', x); t += re.sub(r'<[^>]+>', '', x) + '\n'
        import html; return 0, html.unescape(t)
    if ext == 'txt': return 0, open(p, encoding='utf-8').read()
    if ext == 'rtf': return 0, rtf_text(p)
    return None, ''

def norm(s): return re.sub(r'\s+', ' ', s).casefold()

rows = [json.loads(l) for l in open(os.path.join(ROOT, 'truth.jsonl'), encoding='utf-8')]
files = sorted(os.listdir(FILES))
if len(rows) != 24: E('truth', f'{len(rows)} rows')
if sorted(r['file'] for r in rows) != files: E('truth', 'file set mismatch with files/')
n_read = n_scan = n_dmg = 0; layouts = set()
for r in rows:
    f = r['file']; p = os.path.join(FILES, f)
    if not re.match(r'w111_\d{3}_[a-z0-9_]+\.(pdf|docx|txt|rtf|png|jpg)$', f): E(f, 'bad name')
    if not f.startswith(f"w111_{f.split('_')[1]}_"): E(f, 'bad name')
    if r.get('error'):
        n_dmg += 1
        if set(r) != {'file', 'layout', 'error'}: E(f, 'damaged row has extra keys')
        if f.endswith('.pdf'):
            rc, t = text_of(p)
            q = subprocess.run(['qpdf', '--check', p], capture_output=True)
            if rc == 0 and t.strip(): E(f, 'damaged pdf still yields text')
            if q.returncode == 0: E(f, 'qpdf --check passes')
        elif f.endswith('.docx'):
            try: zipfile.ZipFile(p); E(f, 'docx opens')
            except zipfile.BadZipFile: pass
        continue
    missing = [k for k in KEYS if k not in r]
    if missing: E(f, f'missing {missing}')
    if r['phone_e164'] is not None and not re.fullmatch(r'\+[1-9]\d{7,14}', r['phone_e164']): E(f, 'phone')
    if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]+', r['email'] or ''): E(f, 'email')
    if not re.fullmatch(r'[A-Z]{2}', r['medical_school_country']): E(f, 'country')
    if not isinstance(r['graduation_year'], int) or isinstance(r['graduation_year'], bool): E(f, 'grad year')
    if not isinstance(r['is_student'], bool): E(f, 'is_student')
    if r['is_student'] and r['graduation_year'] <= 2026: E(f, 'student with past grad year')
    s1 = r['usmle_step1']
    if not (s1 in (None, 'pass', 'fail') or (isinstance(s1, int) and 100 <= s1 <= 300)): E(f, 'step1')
    for k in ('usmle_step2ck', 'usmle_step3'):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): E(f, k)
    if r['ecfmg_status'] not in (None, 'certified', 'pending', 'not_certified'): E(f, 'ecfmg')
    if r['visa_status'] not in (None, 'citizen', 'green_card', 'j1', 'h1b', 'b1b2'): E(f, 'visa')
    for s in r['specialties']:
        if s not in SPEC: E(f, f'specialty {s}')
    if not isinstance(r['publications'], int): E(f, 'pubs')
    for e in r['usce_entries']:
        if set(e) != {'type', 'specialty', 'state', 'start', 'end'}: E(f, 'usce keys')
        if e['type'] not in ('hands_on', 'observership', 'research', 'telehealth'): E(f, 'usce type')
        if e['specialty'] is not None and e['specialty'] not in SPEC: E(f, 'usce spec')
        if e['state'] not in STATES: E(f, 'usce state')
        if not (re.fullmatch(r'\d{4}-\d{2}', e['start']) and re.fullmatch(r'\d{4}-\d{2}', e['end'])) or e['start'] > e['end']: E(f, 'usce dates')
    if months(r['usce_entries']) != r['usce_months']: E(f, f"usce_months {months(r['usce_entries'])} != {r['usce_months']}")
    mc = months([e for e in r['usce_entries'] if e['type'] in ('hands_on', 'observership')])
    if mc != r['usce_months_clinical']: E(f, f'usce_months_clinical {mc} != {r["usce_months_clinical"]}')
    if r.get('needs_ocr'):
        n_scan += 1
        if f.endswith('.pdf'):
            rc, t = text_of(p)
            if t.strip(): E(f, 'scan has a text layer')
            fonts = subprocess.run(['pdffonts', p], capture_output=True, text=True).stdout.strip().splitlines()
            if len(fonts) > 2: E(f, 'scan pdf has fonts')
        elif not f.endswith(('.png', '.jpg')): E(f, 'scan ext')
        continue
    n_read += 1; layouts.add(r['layout'])
    rc, t = text_of(p)
    nt = norm(t)
    if norm(r['full_name']) not in nt: E(f, f"name {r['full_name']} not in text")
    if norm(r['email']) not in nt: E(f, f"email {r['email']} not in text")
    if r['phone_e164']:
        digits = re.sub(r'\D', '', t)
        tail = r['phone_e164'][-8:]
        if tail not in digits: E(f, 'phone digits not in text')
print(f'readable={n_read} scans={n_scan} damaged={n_dmg} distinct readable layouts={len(layouts)}')
if n_read != 16 or n_scan != 5 or n_dmg != 3 or len(layouts) < 8: E('counts', 'wrong')
print('\n'.join(errs) if errs else 'ALL CHECKS PASSED')
sys.exit(1 if errs else 0)
