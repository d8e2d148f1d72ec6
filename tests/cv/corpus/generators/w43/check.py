"""Validate truth.jsonl against the contract and the files in files/."""
import json, os, re, sys, subprocess, zipfile, html, tempfile, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..')); FILES = os.path.join(ROOT, 'files')
SPECS = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
         "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
         "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = {"file", "layout", "full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages", "publications",
        "usce_months", "usce_months_clinical", "usce_entries"}
errs = []
def err(f, m): errs.append(f"{f}: {m}")

def months(entries, clinical=False):
    s = set()
    for e in entries:
        if clinical and e['type'] in ('research', 'telehealth'): continue
        y, m = map(int, e['start'].split('-')); y2, m2 = map(int, e['end'].split('-'))
        while y * 12 + m <= y2 * 12 + m2:
            s.add(y * 12 + m); m += 1
    return len(s)

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
    if ext in ('docx', 'odt'):
        z = zipfile.ZipFile(path); out = []
        for n in z.namelist():
            if n.endswith('.xml'):
                x = z.read(n).decode('utf-8', 'replace'); x = re.sub(r'<(w:p|text:p|text:h)[ >/]', '\n<', x); out.append(html.unescape(re.sub(r'<[^>]+>', '', x)))
        return '\n'.join(out)
    if ext == 'rtf':
        d = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', '--norestore', '-env:UserInstallation=file:///tmp/w43_lo_chk', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', d, path],
                       capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-4] + '.txt'), encoding='utf-8-sig').read()
    if ext == 'txt':
        return open(path, encoding='utf-8').read()
    raise ValueError(ext)

norm = lambda s: re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).lower()

rows = [json.loads(l) for l in open(os.path.join(ROOT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
names = [r['file'] for r in rows]
if len(set(names)) != len(names): err('truth', 'duplicate files')
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err('truth', f'files mismatch: {set(names) ^ set(ondisk)}')
for i, r in enumerate(rows, 1):
    f = r['file']; path = os.path.join(FILES, f)
    if not re.fullmatch(r'w43_%03d_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)' % i, f): err(f, 'bad name/order')
    if f.rsplit('.', 1)[0].split('_', 2)[2] != r['layout']: err(f, 'layout mismatch with name')
    if r.get('error'):
        if set(r) != {'file', 'layout', 'error'} or r['error'] is not True: err(f, 'damaged row keys')
        # it must really be unreadable
        ext = f.rsplit('.', 1)[1]
        if ext == 'pdf':
            pr = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True)
            if pr.returncode == 0 and pr.stdout.strip(): err(f, 'damaged pdf is readable')
        elif ext in ('docx', 'odt'):
            if zipfile.is_zipfile(path): err(f, 'damaged docx is a zip')
        continue
    scan = r.get('needs_ocr') is True
    exp = KEYS | ({'needs_ocr'} if scan else set())
    if set(r) != exp: err(f, f'keys {set(r) ^ exp}')
    for k in ('full_name', 'email', 'medical_school'):
        if not isinstance(r[k], str) or not r[k]: err(f, f'{k} empty')
    if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', r['email']): err(f, 'email')
    if r['phone_e164'] is not None and not re.fullmatch(r'\+[1-9]\d{7,14}', r['phone_e164']): err(f, 'phone not E.164')
    if not re.fullmatch(r'[A-Z]{2}', r['medical_school_country']) or r['medical_school_country'] == 'US': err(f, 'country')
    if not isinstance(r['graduation_year'], int) or not 1980 <= r['graduation_year'] <= 2032: err(f, 'graduation_year')
    if not isinstance(r['is_student'], bool): err(f, 'is_student')
    if r['is_student'] != (r['graduation_year'] > 2026): err(f, 'is_student inconsistent with graduation_year (ref 2026-12-01)')
    s1 = r['usmle_step1']
    if not (s1 is None or s1 in ('pass', 'fail') or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, 'step1')
    for k in ('usmle_step2ck', 'usmle_step3'):
        if not (r[k] is None or (isinstance(r[k], int) and 100 <= r[k] <= 300)): err(f, k)
    if r['ecfmg_status'] not in (None, 'certified', 'pending', 'not_certified'): err(f, 'ecfmg')
    if r['visa_status'] not in (None, 'citizen', 'green_card', 'j1', 'h1b', 'b1b2'): err(f, 'visa')
    if not isinstance(r['specialties'], list) or any(s not in SPECS for s in r['specialties']): err(f, 'specialties')
    if not isinstance(r['languages'], list) or not all(isinstance(x, str) and x[:1].isupper() for x in r['languages']): err(f, 'languages')
    if not isinstance(r['publications'], int) or r['publications'] < 0: err(f, 'publications')
    for e in r['usce_entries']:
        if set(e) != {'type', 'specialty', 'state', 'start', 'end'}: err(f, f'entry keys {e}'); continue
        if e['type'] not in ('hands_on', 'observership', 'research', 'telehealth'): err(f, 'entry type')
        if e['specialty'] not in SPECS: err(f, 'entry specialty')
        if e['state'] not in STATES: err(f, 'entry state')
        if not all(re.fullmatch(r'20\d\d-(0[1-9]|1[0-2])', e[k]) for k in ('start', 'end')) or e['start'] > e['end'] or e['end'] > '2026-12': err(f, f'entry dates {e}')
    if r['usce_months'] != months(r['usce_entries']): err(f, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if r['usce_months_clinical'] != months(r['usce_entries'], True): err(f, 'usce_months_clinical')
    ext = f.rsplit('.', 1)[1]
    if scan:
        if ext == 'pdf':
            t = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
            fonts = subprocess.run(['pdffonts', path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2: err(f, 'scan has a text layer')
        elif ext not in ('png', 'jpg'): err(f, 'scan ext')
        if os.environ.get('OCR'):
            o = subprocess.run(['tesseract', path if ext != 'pdf' else path, '-'], capture_output=True, text=True).stdout if ext != 'pdf' else ''
            if o and r['email'].split('@')[0] not in o: print(f'warn {f}: OCR did not find email user')
    else:
        t = norm(text_of(path))
        if norm(r['full_name']) not in t: err(f, 'name not in text')
        if r['email'].lower() not in t: err(f, 'email not in text')
kinds = {'readable': sum(1 for r in rows if not r.get('error') and not r.get('needs_ocr')), 'scan': sum(1 for r in rows if r.get('needs_ocr')),
         'damaged': sum(1 for r in rows if r.get('error'))}
print(kinds)
for e in errs: print('FAIL', e)
print(f"{len(rows) - len({e.split(':')[0] for e in errs})} passed, {len({e.split(':')[0] for e in errs})} failed")
sys.exit(1 if errs else 0)
