# -*- coding: utf-8 -*-
"""Validate /work/blind/w87/truth.jsonl against the brief's contract and the files."""
import os, sys, json, re, zipfile, subprocess, unicodedata
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..'))
FILES = os.path.join(ROOT, 'files')
SPEC = {"Internal Medicine","Family Medicine","Pediatrics","Psychiatry","Neurology","General Surgery","Obstetrics and Gynecology",
 "Emergency Medicine","Anesthesiology","Radiology","Pathology","Cardiology","Gastroenterology","Nephrology","Pulmonology/Critical Care",
 "Endocrinology","Rheumatology","Hematology/Oncology","Infectious Disease","Geriatrics"}
STATES = set("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR".split())
FULL = ['file','layout','full_name','email','phone_e164','medical_school','medical_school_country','graduation_year','is_student',
 'usmle_step1','usmle_step2ck','usmle_step3','ecfmg_status','specialties','languages','visa_status','publications',
 'usce_months','usce_months_clinical','usce_entries']
errs = []
def err(f, m): errs.append(f'{f}: {m}')
def ym(s): y, m = s.split('-'); return int(y) * 12 + int(m) - 1
def months(es):
    s = set()
    for e in es: s.update(range(ym(e['start']), ym(e['end']) + 1))
    return len(s)
def norm(s):
    s = unicodedata.normalize('NFC', s).lower()
    return re.sub(r'\s+', ' ', s)
def xml_text(path, members):
    z = zipfile.ZipFile(path); out = []
    for n in z.namelist():
        if any(re.fullmatch(m, n) for m in members):
            x = z.read(n).decode('utf-8')
            x = re.sub(r'<(w:p|text:p|text:h)[ >/][^>]*>', '\n', x); x = re.sub(r'<(w:tab|text:s|text:tab)[^>]*/>', ' ', x)
            out.append(re.sub(r'<[^>]+>', '', x))
    import html; return html.unescape('\n'.join(out))
def rtf_text(path):
    s = open(path, encoding='ascii').read()
    s = re.sub(r'\\u(-?\d+)\?', lambda m: chr(int(m.group(1)) % 65536), s)
    s = re.sub(r'\\(line|par)\b', '\n', s); s = re.sub(r'\\[a-z]+-?\d* ?', '', s); s = re.sub(r'\\([\\{}])', r'\1', s)
    return s.replace('{', '').replace('}', '')
def pdf_text(path):
    try:
        return subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True, check=True, timeout=60).stdout.decode('utf-8', 'replace')
    except Exception:
        from pypdf import PdfReader
        return '\n'.join((pg.extract_text() or '') for pg in PdfReader(path).pages)
def text_of(path):
    ext = path.rsplit('.', 1)[1]
    if ext == 'pdf': return pdf_text(path)
    if ext == 'docx': return xml_text(path, [r'word/document\.xml', r'word/header\d*\.xml', r'word/footer\d*\.xml'])
    if ext == 'odt': return xml_text(path, [r'content\.xml'])
    if ext == 'rtf': return rtf_text(path)
    if ext == 'txt': return open(path, encoding='utf-8').read()
    raise ValueError(ext)

lines = [json.loads(l) for l in open(os.path.join(ROOT, 'truth.jsonl'), encoding='utf-8') if l.strip()]
names = [t['file'] for t in lines]
if len(names) != len(set(names)): err('truth', 'duplicate file entries')
ondisk = sorted(os.listdir(FILES))
if sorted(names) != ondisk: err('truth', f'files mismatch: {set(names) ^ set(ondisk)}')
kinds = {'readable': 0, 'scan': 0, 'damaged': 0}
for t in lines:
    f = t['file']; path = os.path.join(FILES, f)
    if not re.fullmatch(r'w87_\d{3}_[a-z0-9_]+\.(pdf|docx|odt|rtf|txt|png|jpg)', f): err(f, 'bad name')
    if f.split('_')[2:] and t['layout'] != f.split('_', 2)[2].rsplit('.', 1)[0]: err(f, 'layout does not match file name')
    if t.get('error'):
        kinds['damaged'] += 1
        if set(t) != {'file', 'layout', 'error'}: err(f, 'damaged entry has extra keys')
        continue
    scan = t.get('needs_ocr') is True
    kinds['scan' if scan else 'readable'] += 1
    exp = set(FULL) | ({'needs_ocr'} if scan else set())
    if set(t) != exp: err(f, f'keys differ: {set(t) ^ exp}')
    if not re.fullmatch(r'[^@\s]+@[^@\s]+\.[a-z]{2,}', t['email'] or ''): err(f, 'email')
    if t['phone_e164'] is not None and not re.fullmatch(r'\+[1-9]\d{7,14}', t['phone_e164']): err(f, 'phone not E.164')
    if not re.fullmatch(r'[A-Z]{2}', t['medical_school_country']): err(f, 'country')
    if not isinstance(t['graduation_year'], int) or not 1970 <= t['graduation_year'] <= 2032: err(f, 'grad year')
    if not isinstance(t['is_student'], bool): err(f, 'is_student')
    if t['is_student'] != (t['graduation_year'] > 2026): err(f, 'is_student vs graduation_year inconsistent')
    s1 = t['usmle_step1']
    if not (s1 is None or s1 in ('pass', 'fail') or (isinstance(s1, int) and 100 <= s1 <= 300)): err(f, 'step1')
    for k in ('usmle_step2ck', 'usmle_step3'):
        if not (t[k] is None or (isinstance(t[k], int) and 100 <= t[k] <= 300)): err(f, k)
    if t['ecfmg_status'] not in ('certified', 'pending', 'not_certified', None): err(f, 'ecfmg enum')
    if t['visa_status'] not in ('citizen', 'green_card', 'j1', 'h1b', 'b1b2', None): err(f, 'visa enum')
    if not all(x in SPEC for x in t['specialties']): err(f, 'specialty not in vocabulary')
    if not t['languages'] or not all(isinstance(x, str) for x in t['languages']): err(f, 'languages')
    if not isinstance(t['publications'], int) or t['publications'] < 0: err(f, 'publications')
    for e in t['usce_entries']:
        if set(e) != {'type', 'specialty', 'state', 'start', 'end'}: err(f, 'entry keys')
        if e['type'] not in ('hands_on', 'observership', 'research', 'telehealth'): err(f, 'entry type')
        if e['specialty'] not in SPEC: err(f, 'entry specialty')
        if e['state'] not in STATES: err(f, 'entry state')
        if not (re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', e['start']) and re.fullmatch(r'\d{4}-(0[1-9]|1[0-2])', e['end'])): err(f, 'entry date fmt')
        elif e['start'] > e['end'] or e['end'] > '2026-12': err(f, 'entry date order')
    if t['usce_months'] != months(t['usce_entries']): err(f, f"usce_months {t['usce_months']} != {months(t['usce_entries'])}")
    cl = [e for e in t['usce_entries'] if e['type'] in ('hands_on', 'observership')]
    if t['usce_months_clinical'] != months(cl): err(f, 'usce_months_clinical recount')
    if scan:
        if f.endswith('.pdf'):
            txt = pdf_text(path).strip()
            if txt: err(f, 'scan PDF has a text layer')
            from pypdf import PdfReader
            for pg in PdfReader(path).pages:
                if '/Font' in str(pg.get('/Resources', {})): err(f, 'scan PDF has fonts')
        else:
            from PIL import Image
            Image.open(path).verify()
        continue
    try:
        txt = norm(text_of(path))
        if path.endswith('.pdf'):  # sidebars interleave in -layout mode; also try reading order
            txt += ' ' + norm(subprocess.run(['pdftotext', path, '-'], capture_output=True).stdout.decode('utf-8', 'replace'))
    except Exception as ex:
        err(f, f'cannot extract text: {ex}'); continue
    if norm(t['full_name']) not in txt: err(f, 'full_name not found in text')
    if norm(t['email']) not in txt: err(f, 'email not found in text')
# damaged files really are damaged
for t in lines:
    if not t.get('error'): continue
    path = os.path.join(FILES, t['file']); ok = False
    if t['file'].endswith('.pdf'):
        try:
            from pypdf import PdfReader
            r = PdfReader(path)
            if r.is_encrypted: ok = True
            else: r.pages[0].extract_text(); ok = not open(path, 'rb').read().rstrip().endswith(b'%%EOF')
        except Exception: ok = True
    else:
        try: zipfile.ZipFile(path)
        except Exception: ok = True
    if not ok: err(t['file'], 'damaged file opens cleanly')
print('counts:', kinds, 'total', len(lines))
if kinds['readable'] < 12 or kinds['scan'] < 3 or kinds['damaged'] < 3: err('truth', 'too few files of some kind')
if errs:
    print('\n'.join('FAIL ' + e for e in errs)); sys.exit(1)
print('check.py: ALL OK')
