# Independent check of truth.jsonl against the files (does not import people.py).
import os, re, json, sys, subprocess, zipfile, unicodedata, tempfile
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = os.path.join(ROOT, 'files')
SPEC = {"Internal Medicine", "Family Medicine", "Pediatrics", "Psychiatry", "Neurology", "General Surgery", "Obstetrics and Gynecology",
        "Emergency Medicine", "Anesthesiology", "Radiology", "Pathology", "Cardiology", "Gastroenterology", "Nephrology",
        "Pulmonology/Critical Care", "Endocrinology", "Rheumatology", "Hematology/Oncology", "Infectious Disease", "Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
KEYS = ["full_name", "email", "phone_e164", "medical_school", "medical_school_country", "graduation_year", "is_student",
        "usmle_step1", "usmle_step2ck", "usmle_step3", "ecfmg_status", "visa_status", "specialties", "languages",
        "publications", "usce_entries", "usce_months", "usce_months_clinical"]
ERR = []
def bad(fn, msg): ERR.append(f"{fn}: {msg}")
def norm(s): return re.sub(r'\s+', ' ', unicodedata.normalize('NFC', s)).casefold()

def months(entries):
    s = set()
    for en in entries:
        y, m = map(int, en['start'].split('-')); y2, m2 = map(int, en['end'].split('-'))
        while (y, m) <= (y2, m2) and (y, m) <= (2026, 12):
            s.add((y, m)); m += 1
            if m == 13: y, m = y + 1, 1
    return len(s)

def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf':
        return subprocess.run(['pdftotext', '-enc', 'UTF-8', path, '-'], capture_output=True, text=True, check=True).stdout
    if ext in ('docx', 'odt'):
        z = zipfile.ZipFile(path); parts = []
        for n in z.namelist():
            if n.endswith('.xml') and (n.startswith('word/') or n == 'content.xml'):
                x = z.read(n).decode('utf-8')
                x = re.sub(r'<w:tab/>|<text:tab/>|</w:p>|</text:p>|</text:h>', ' ', x)
                parts.append(re.sub(r'<[^>]+>', '', x))
        import html; return html.unescape(' '.join(parts))
    if ext == 'rtf':
        d = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + d + '/p', '--convert-to', 'txt:Text (encoded):UTF8',
                        '--outdir', d, path], check=True, capture_output=True, timeout=180)
        return open(os.path.join(d, os.path.basename(path)[:-3] + 'txt'), encoding='utf-8-sig').read()
    if ext == 'txt':
        return open(path, encoding='utf-8').read()
    raise ValueError(ext)

rows = [json.loads(l) for l in open(os.path.join(ROOT, 'truth.jsonl'), encoding='utf-8')]
files = sorted(os.listdir(FILES))
if sorted(r['file'] for r in rows) != files: bad('ALL', 'truth rows and files differ')
cnt = {'readable': 0, 'scan': 0, 'damaged': 0}; layouts = set()
for r in rows:
    fn = r['file']; path = os.path.join(FILES, fn); ext = fn.rsplit('.', 1)[1]
    m = re.fullmatch(r'w126_(\d{3})_(.+)\.(\w+)', fn)
    if not m or m.group(2) != r['layout']: bad(fn, 'name/layout mismatch')
    if r.get('error'):
        cnt['damaged'] += 1
        if set(r) != {'file', 'layout', 'error'}: bad(fn, 'damaged row has extra keys')
        if ext == 'pdf':
            info = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True)
            if info.returncode == 0 and info.stdout.strip(): bad(fn, 'damaged pdf gives text')
            from pypdf import PdfReader
            try:
                rd = PdfReader(path)
                if not rd.is_encrypted: rd.pages[0].extract_text(); bad(fn, 'pypdf opened it')
                elif rd.decrypt('') != 0: bad(fn, 'empty password opens it')
            except Exception: pass
        elif ext == 'docx':
            try: zipfile.ZipFile(path); bad(fn, 'docx opens as zip')
            except zipfile.BadZipFile: pass
        continue
    for k in KEYS:
        if k not in r: bad(fn, 'missing ' + k)
    if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', r['email'] or ''): bad(fn, 'email')
    if r['phone_e164'] is not None and not re.fullmatch(r'\+[1-9]\d{7,14}', r['phone_e164']): bad(fn, 'phone')
    if not re.fullmatch(r'[A-Z]{2}', r['medical_school_country']): bad(fn, 'country')
    if not isinstance(r['graduation_year'], int) or isinstance(r['is_student'], int) is False: bad(fn, 'grad/is_student type')
    if r['is_student'] != (r['graduation_year'] > 2026): bad(fn, 'is_student vs year (check by hand)')
    if not (r['usmle_step1'] in ('pass', 'fail', None) or (isinstance(r['usmle_step1'], int) and 100 <= r['usmle_step1'] <= 300)): bad(fn, 'step1')
    for k in ('usmle_step2ck', 'usmle_step3'):
        if r[k] is not None and not (isinstance(r[k], int) and 100 <= r[k] <= 300): bad(fn, k)
    if r['ecfmg_status'] not in ('certified', 'pending', 'not_certified', None): bad(fn, 'ecfmg')
    if r['visa_status'] not in ('citizen', 'green_card', 'j1', 'h1b', 'b1b2', None): bad(fn, 'visa')
    if not set(r['specialties']) <= SPEC: bad(fn, 'specialty names')
    if not isinstance(r['publications'], int) or r['publications'] < 0: bad(fn, 'pubs')
    for en in r['usce_entries']:
        if set(en) != {'type', 'specialty', 'state', 'start', 'end'}: bad(fn, 'usce keys')
        if en['type'] not in ('hands_on', 'observership', 'research', 'telehealth'): bad(fn, 'usce type')
        if en['specialty'] is not None and en['specialty'] not in SPEC: bad(fn, 'usce specialty')
        if en['state'] not in STATES: bad(fn, 'state')
        if not (re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', en['start']) and re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', en['end'])) or en['start'] > en['end'] or en['end'] > '2026-12':
            bad(fn, 'usce dates')
    if months(r['usce_entries']) != r['usce_months']: bad(fn, f"usce_months {r['usce_months']} != {months(r['usce_entries'])}")
    if months([e for e in r['usce_entries'] if e['type'] in ('hands_on', 'observership')]) != r['usce_months_clinical']: bad(fn, 'usce_months_clinical')
    layouts.add(r['layout'])
    if r.get('needs_ocr'):
        cnt['scan'] += 1
        if ext == 'pdf':
            t = subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True).stdout
            fonts = subprocess.run(['pdffonts', path], capture_output=True, text=True).stdout.strip().splitlines()
            imgs = subprocess.run(['pdfimages', '-list', path], capture_output=True, text=True).stdout.strip().splitlines()
            if t.strip() or len(fonts) > 2 or len(imgs) < 3: bad(fn, 'scan pdf has text layer or no image')
        else:
            from PIL import Image
            im = Image.open(path); im.verify()
            if ext == 'png' and any(k.lower() in ('xml:com.adobe.xmp', 'comment', 'description') for k in im.info): bad(fn, 'png text chunk')
    else:
        cnt['readable'] += 1
        t = norm(text_of(path))
        if norm(r['full_name']) not in t: bad(fn, 'name not in text')
        if norm(r['email']) not in t: bad(fn, 'email not in text')
        digits = re.sub(r'\D', '', t)
        nsn = r['phone_e164'][4:] if r['phone_e164'] else ''
        if nsn and nsn[-7:] not in digits: bad(fn, 'phone digits not in text')
print('counts', cnt, 'readable layouts', len([l for l in layouts]))
if cnt != {'readable': 12, 'scan': 9, 'damaged': 3}: bad('ALL', 'counts')
print('\n'.join(ERR) if ERR else 'ALL CHECKS PASSED')
sys.exit(1 if ERR else 0)
